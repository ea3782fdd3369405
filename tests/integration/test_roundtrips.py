"""Postings in a few round trips (issue 15): the statements a 40-line receipt and a 10-line
FEFO goods issue send are pinned, counted the way the benchmarks count them
(tests/benchmarks/roundtrips.py), so a change that adds a statement per line, a lookup
or a second read fails here rather than on a 4G link.

The limits are the counts measured when they were set; a change that lowers them
should lower the limits too.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.benchmarks.roundtrips import StatementCounter
from tests.support.builders import basic_world, issue, item, receive

# (statements, round trips) at most, per engine. Round trips count BEGIN and COMMIT too.
# SQLite has no data-modifying CTEs: one executemany per table written.
LIMITS = {
    "sqlite": {"receipt": (11, 13), "issue": (11, 13),
               # a transfer, a quarantine or release, a write-off: one executemany per table written
               "moves": (12, 14),
               # a scan in a stock count: one read, the scan (and a new line), the general commit
               "bin_scan": (6, 8), "count_scan": (6, 8), "count_scan_new_line": (7, 9), "count_set": (6, 8),
               "count_undo": (6, 8), "count_start": (9, 11),
               # a recount, posting a count (whatever its variances), cancelling one
               "count_close": (13, 15)},
    "postgresql": {"receipt": (4, 4), "issue": (4, 4), "moves": (4, 4),
                   "bin_scan": (4, 4), "count_scan": (4, 4), "count_scan_new_line": (4, 4), "count_set": (4, 4),
                   "count_undo": (4, 4), "count_start": (4, 4), "count_close": (4, 4)},
}
SKUS = [f"RT-{n:02d}" for n in range(12)]


@pytest.fixture
def counted(any_db, scenario_day):  # fixed dates (tests.support.clock)
    basic_world(any_db)
    for sku in SKUS:
        item(any_db, sku, min_stock=5)
    counter = StatementCounter(any_db.engine)
    yield any_db, counter, LIMITS[any_db.engine.dialect.name]
    counter.close()


def _receipt_lines(n: int, start: int = 0):
    return [(SKUS[k % len(SKUS)], 100 + k, f"LOT-{start + k:03d}", f"2027-0{1 + k % 9}-15",
             ("A-01", "A-02", "B-01")[k % 3]) for k in range(n)]


def test_a_40_line_receipt_and_a_10_line_issue_stay_within_their_round_trips(counted):
    db, counter, limits = counted
    receive(db, "2026-11-01", _receipt_lines(40))  # warm: compiled statements, the overlap window
    issue(db, "2026-11-02", [(sku, 30) for sku in SKUS[:10]])

    with counter.measure() as receipt:
        posted = receive(db, "2026-11-03", _receipt_lines(40, start=40), reference="SJ-2")
    assert len(posted.lines) == 40
    with counter.measure() as goods_issue:
        # 10 lines, each spanning lots in several bins (FEFO), with warnings (minimum, overlap)
        result = issue(db, "2026-11-04", [(sku, 150) for sku in SKUS[:10]])
    assert len(result.allocations) > 10 and result.warnings

    for name, count in (("receipt", receipt), ("issue", goods_issue)):
        statements, round_trips = limits[name]
        assert count.statements <= statements, f"{name}: {count.statements} statements\n{count}"
        assert count.round_trips <= round_trips, f"{name}: {count.round_trips} round trips\n{count}"


def test_postings_on_the_short_path_record_the_digests_verify_computes(counted):
    """The posting path reads its rows back for their digests in one trip
    (gudang.services.recording), not through gudang.db.digests.Reader: what it records
    must be what `verify` recomputes, row for row, on both engines; and a row changed
    behind its back afterwards is still named."""
    from sqlalchemy import text

    from gudang.db.digests import Reader
    from gudang.services import issues, receipts
    from gudang.services.verify import verify
    from tests.support.builders import ADMIN_ACTOR, execute, issue_input, receipt_input

    db, _, _ = counted
    posted = receipts.post_receipt(db, ADMIN_ACTOR, receipt_input("2026-11-01", _receipt_lines(12)),
                                   key="replay:receipt:1")
    issue(db, "2026-11-02", [(sku, 30) for sku in SKUS[:4]])
    draft = issues.draft_issue(db, ADMIN_ACTOR, issue_input("2026-11-03", [(SKUS[5], 20), (SKUS[6], 7)]))
    issues.approve_issue(db, ADMIN_ACTOR, draft.id)
    issues.post_issue(db, ADMIN_ACTOR, draft.id)

    with db.engine.connect() as conn:
        recorded = {}
        for kind, key, value in conn.execute(text(
                "SELECT table_name, row_key, digest FROM audit_row ORDER BY id")):
            recorded[(kind, key)] = value
        reader = Reader(conn)
        lots = reader.digests("lot")
        documents = reader.digests("document")
        sequences = reader.digests("number_sequence")
        replay_keys = reader.digests("replay_key")
    assert documents[str(posted.id)].digest == recorded[("document", str(posted.id))]
    assert documents[str(draft.id)].digest == recorded[("document", str(draft.id))]
    assert len(lots) >= 12 and all(recorded[("lot", key)] == row.digest for key, row in lots.items())
    assert sequences and all(recorded[("number_sequence", key)] == row.digest for key, row in sequences.items())
    assert recorded[("replay_key", "replay:receipt:1")] == replay_keys["replay:receipt:1"].digest
    assert verify(db).ok, verify(db).problems

    execute(db, "UPDATE lot SET expiry = '2030-01-01' WHERE id = :id", {"id": int(next(iter(lots)))})
    assert not verify(db).ok


def test_a_page_reads_its_lists_in_one_statement_the_same_rows_as_the_services(counted):
    """The issuing page's lists, the stock page's filters and the receiving page's lists
    (gudang.services.pages) are the rows the services give one by one: recipients and donors
    with their details, events newest first, active items with pack units, weights and
    decimals, what can be issued today (not an expired, quarantined or inactive lot); bins
    with their warehouse; the settings with their defaults."""
    from gudang.services import catalogue, locations, pages, partners, setup
    from gudang.services.catalogue import ItemInput
    from tests.support.builders import ADMIN_ACTOR, receive

    db, counter, _ = counted
    catalogue.add_item(db, ADMIN_ACTOR, ItemInput(
        sku="RT-KG", name="Beras curah", unit="kg", category="pangan", weight_kg=Decimal("1.25"),
        volume_m3=Decimal("0.002"), min_stock=Decimal("12.5"), decimals=2,
        pack_units=(("karung", Decimal(25)), ("sak", Decimal("12.5")))))
    catalogue.add_item(db, ADMIN_ACTOR, ItemInput(sku="RT-OLD", name="Lama", unit="pcs", category="lain"))
    catalogue.set_item_active(db, ADMIN_ACTOR, "RT-OLD", False)
    partners.add_partner(db, ADMIN_ACTOR, partners.PartnerInput(
        "POSKO-9", "Posko Tapung", "recipient", region="Tapung", desa="Sei Putih", address="Jl. Garuda 1",
        contact="Pak Amir", phone="0812", people_served=340))
    partners.add_partner(db, ADMIN_ACTOR, partners.PartnerInput(
        "BAZNAS", "Baznas Kabupaten Kampar", "donor", region="Bangkinang Kota", contact="Ibu Rahmah"))
    setup.update_settings(db, ADMIN_ACTOR, {"overlap_days": "5"})
    partners.add_event(db, ADMIN_ACTOR, "BJR-01", "Banjir Kampar", "banjir", start="2026-11-01")
    partners.add_event(db, ADMIN_ACTOR, "LSR-01", "Longsor XIII Koto", "longsor")
    locations.add_warehouse(db, ADMIN_ACTOR, "GUD-2", "Gudang Bangkinang")
    locations.add_location(db, ADMIN_ACTOR, "C-01", warehouse="GUD-2")
    receive(db, "2026-11-01", [("RT-KG", "37.5", "K-1", "2027-01-01", "C-01"),
                               ("RT-00", 10, "L-OLD", "2026-11-02", "A-01"),  # expired by today
                               ("RT-01", 20, "L-BAD", "2027-03-01", None, "damaged"),  # quarantined
                               ("RT-01", 30, "L-OK", "2027-03-01", "A-02")])

    with counter.measure() as read:
        lists = pages.issuing_lists(db)
        choices = pages.stock_choices(db)
        receiving = pages.receiving_lists(db)
    assert read.statements == 3
    assert lists.recipients == partners.list_partners(db, "recipient")
    assert lists.events == partners.list_events(db) and {e.code for e in lists.events} == {"BJR-01", "LSR-01"}
    assert lists.items == catalogue.list_items(db, include_inactive=False)
    kg = next(i for i in lists.items if i.sku == "RT-KG")
    assert kg.pack_units == (("karung", Decimal(25)), ("sak", Decimal("12.5"))) and kg.weight_kg == Decimal("1.25")
    assert lists.stock == catalogue.issuable_stock(db)
    assert lists.stock["RT-KG"] == Decimal("37.5") and lists.stock["RT-01"] == Decimal(30)
    assert "RT-00" not in lists.stock
    assert choices.categories == catalogue.categories(db) == ["lain", "pangan"]
    assert choices.locations == locations.list_locations(db)
    assert next(b for b in choices.locations if b.code == "C-01").warehouse == "GUD-2"
    assert receiving.settings == setup.get_settings(db) and receiving.settings["overlap_days"] == "5"
    assert receiving.donors == partners.list_partners(db, "donor")
    assert "BAZNAS" in {p.code for p in receiving.donors} and "POSKO-9" not in {p.code for p in receiving.donors}
    assert receiving.events == lists.events and receiving.locations == choices.locations


def test_a_scan_in_a_stock_count_stays_within_its_round_trips(counted):
    """A clerk scans hundreds of labels in a count, often over 4G: a bin label, a lot label
    (of a line expected in the bin, and of a lot found where it was not expected), typing
    over a line and taking a scan back each read in one statement and write in one go
    (gudang.services.count_scans); the totals returned are the ones the count then shows,
    and `verify` recomputes the digests recorded on the way."""
    from gudang.services import counts
    from gudang.services.uow import Actor
    from gudang.services.verify import verify

    db, counter, limits = counted
    lots = {line.lot: line.barcode for line in receive(db, "2026-11-01", _receipt_lines(6)).lines}
    measured = {}
    with counter.measure() as measured["count_start"]:  # the bins' stock frozen in one read and one write
        count = counts.start_count(db, Actor("kepala", "kepala_gudang"), ["A-01", "A-02"])
    assert count.lines == 4  # the lots in
    clerk = Actor("budi", "petugas")
    counts.scan_count(db, clerk, count.id, "A-02")  # warm: compiled statements
    counts.scan_count(db, clerk, count.id, lots["LOT-004"])

    with counter.measure() as measured["bin_scan"]:
        assert counts.scan_count(db, clerk, count.id, "A-01").kind == "bin"
    with counter.measure() as measured["count_scan"]:
        out = counts.scan_count(db, clerk, count.id, lots["LOT-000"], 40)
    assert (out.counted, out.expected, out.new_line) == (40, 100, False)
    with counter.measure() as measured["count_scan_new_line"]:  # LOT-001 lies in A-02
        out = counts.scan_count(db, clerk, count.id, lots["LOT-001"], 3)
    assert (out.counted, out.expected, out.new_line) == (3, 0, True)
    with counter.measure() as measured["count_set"]:
        out = counts.set_count(db, clerk, count.id, out.line_id, 5)
    assert (out.qty, out.counted) == (2, 5)
    with counter.measure() as measured["count_undo"]:
        out = counts.undo_scan(db, clerk, count.id)
    assert (out.qty, out.counted) == (2, 3)
    view = {(line.location, line.barcode): line.counted for line in counts.show_count(db, None, count.id).lines}
    assert view[("A-01", lots["LOT-000"])] == 40 and view[("A-01", lots["LOT-001"])] == 3
    assert verify(db).ok, verify(db).problems

    for name, count in measured.items():
        statements, round_trips = limits[name]
        assert count.statements <= statements, f"{name}: {count.statements} statements\n{count}"
        assert count.round_trips <= round_trips, f"{name}: {count.round_trips} round trips\n{count}"


def test_an_issue_to_a_posko_in_a_desa_for_its_request_warns_within_its_round_trips(any_db):
    """The guards a dispatch in a flood meets (issue 13) read with the posting, not after it:
    another posko in the same desa served from other donors' stock (by desa name, or by the
    desa's region code) and the request the issue names (too much, an item not asked for).
    Only a neighbour whose desa is spelled so that SQL cannot match it (a "Desa" prefix, a
    full stop) costs the guard its own reads; it is still named."""
    from gudang.services import partners
    from tests.support.builders import ADMIN_ACTOR, english
    from tests.support.needs import TODAY, ask, day, needs_world

    db = any_db
    needs_world(db)  # R1 and R4 in desa Kuntu; noodles M-1 of DON-1
    for code, desa, region_code in (("R6", "Ranah", "14.01.07.2005"), ("R7", "Ranah Baru", "14.01.07.2005")):
        partners.add_partner(db, ADMIN_ACTOR, partners.PartnerInput(code, f"Posko {code}", "recipient",
                                                                     region="Kampar", desa=desa,
                                                                     region_code=region_code))
    asked = ask(db, "R1", [("MIE", 10)])
    issue(db, TODAY, [("MIE", 5)], recipient="R4")  # DON-1's noodles
    receive(db, TODAY, [("MIE", 50, "M-2", day(30), "A-01")], donor="DON-2", reference="SJ-3")  # FEFO's next
    limits = LIMITS[db.engine.dialect.name]["issue"]
    counter = StatementCounter(db.engine)
    try:
        with english(), counter.measure() as for_request:  # DON-2's noodles, DON-1's rice
            result = issue(db, TODAY, [("MIE", 15), ("BRS", 1)], recipient="R1", request=asked.number)
        issue(db, TODAY, [("MIE", 5)], recipient="R7")  # DON-2's noodles
        receive(db, TODAY, [("MIE", 20, "M-3", day(20), "A-02")], reference="SJ-4")  # DON-1's, taken first now
        with english(), counter.measure() as by_code:
            coded = issue(db, TODAY, [("MIE", 2)], recipient="R6")
    finally:
        counter.close()
    warnings = " | ".join(result.warnings)
    assert f"desa Kuntu: R4 (Posko R4) already received permakanan from DON-1 stock on {TODAY.isoformat()}" \
           in warnings and "this dispatch takes permakanan from DON-1, DON-2 stock" in warnings, warnings
    assert f"MIE: 15 is more than the 10 still outstanding on request {asked.number}" in warnings, warnings
    assert f"BRS is not on request {asked.number}" in warnings, warnings
    assert [w for w in coded.warnings if w.startswith("desa Ranah: R7 (Posko R7) already received permakanan "
                                                      "from DON-2 stock")], coded.warnings
    for name, count in (("an issue for a request", for_request), ("an issue by region code", by_code)):
        assert count.statements <= limits[0] and count.round_trips <= limits[1], f"{name}\n{count}"

    partners.add_partner(db, ADMIN_ACTOR, partners.PartnerInput("R5", "Posko R5", "recipient", region="Kampar Kiri",
                                                                 desa="Desa KUNTU."))
    issue(db, TODAY, [("BRS", 2)], recipient="R5")  # DON-1's rice
    receive(db, TODAY, [("BRS", 30, "B-2", day(5), "A-01")], donor="DON-2", reference="SJ-5")
    with english():
        again = issue(db, TODAY, [("BRS", 1)], recipient="R4")  # DON-2's rice, FEFO's first now
    assert [w for w in again.warnings if w.startswith("desa Kuntu: R5 (Posko R5) already received permakanan "
                                                      "from DON-1 stock")], again.warnings


def test_a_draft_is_opened_in_one_statement_and_changed_within_an_issues_round_trips(counted):
    """The kepala gudang opens a draft from the needs-based plan and changes a line: reading
    it back is one statement, saving it as many as a new draft."""
    from gudang.services import drafts, issues
    from tests.support.builders import ADMIN_ACTOR, issue_input

    db, counter, limits = counted
    receive(db, "2026-11-01", _receipt_lines(12))
    draft = issues.draft_issue(db, ADMIN_ACTOR, issue_input("2026-11-02", [(sku, 30) for sku in SKUS[:10]]))
    with counter.measure() as opened:
        loaded = drafts.load_issue(db, draft.id)
    assert len(loaded.lines) == 10 and loaded.state == "draft"
    with counter.measure() as changed:
        result = drafts.update_issue_draft(db, ADMIN_ACTOR, draft.id,
                                           issue_input("2026-11-02", [(sku, 20) for sku in SKUS[:9]]))
    assert sum(a.qty for a in result.allocations) == 180
    assert [line.qty for line in drafts.load_issue(db, draft.id).lines] == [20] * 9
    assert opened.statements == 1, opened
    statements, round_trips = limits["issue"]
    assert changed.statements <= statements and changed.round_trips <= round_trips, changed


def test_an_allocation_plan_drafts_any_number_of_requests_in_the_same_statements(any_db):
    """The day's plan is read in one statement and drafts one goods issue per open request:
    thirty posko cost what one costs,
    each draft is warned about as on the issuing page (here: the desa guard), and the audit
    chain and the digests of all of them check out."""
    from gudang.services import allocation
    from gudang.services.verify import verify
    from tests.support.builders import ADMIN_ACTOR, english
    from tests.support.needs import EVENT, TODAY, ask, day, needs_world

    db = any_db
    needs_world(db)  # R1 and R4 in desa Kuntu
    counter = StatementCounter(db.engine)
    try:
        ask(db, "R1", [("BRS", 10), ("MIE", 5)])
        with counter.measure() as one:
            first = allocation.draft_plan(db, ADMIN_ACTOR, EVENT)
        issue(db, TODAY, [("MIE", 5)], recipient="R4")  # DON-1's noodles
        receive(db, TODAY, [("MIE", 50, "M-2", day(30), "A-01")], donor="DON-2", reference="SJ-3")  # FEFO's next
        for recipient, lines in (("R1", [("MIE", 5)]), ("R2", [("BRS", 5), ("KIT", 1)]), ("R3", [("MIE", 2)])):
            ask(db, recipient, lines)
        with english(), counter.measure() as shown:
            plan = allocation.plan_allocation(db, EVENT)
        with english(), counter.measure() as three:
            more = allocation.draft_plan(db, ADMIN_ACTOR, EVENT)
    finally:
        counter.close()
    assert shown.statements == 1 and len({line.request for line in plan.lines}) == 3, shown
    assert len(first.drafts) == 1 and len(more.drafts) == 3
    assert three.statements == one.statements and three.round_trips == one.round_trips, f"{one}\n{three}"
    warned = {draft.recipient: draft.warnings for draft in more.drafts}
    assert [w for w in warned["R1"] if w.startswith("desa Kuntu: R4 (Posko R4) already received permakanan from "
                                                    "DON-1 stock") and w.endswith("from DON-2 stock")], warned
    assert not [w for w in warned["R2"] + warned["R3"] if w.startswith("desa")], warned
    report = verify(db)
    assert report.ok, report.problems


def test_transfers_quarantine_write_offs_and_cancelling_take_a_postings_round_trips(counted):
    """Documents that only move given lots (gudang.services.moves_posting): a transfer of six
    lots between bins, a lot put in quarantine and released, a write-off of three lots, each
    one read and one write, and so is cancelling one; what they refuse they still refuse."""
    from gudang.domain.errors import InsufficientStock
    from gudang.services import cancel, quarantine, transfers, writeoff
    from gudang.services.verify import verify
    from tests.support.builders import ADMIN_ACTOR, english

    db, counter, limits = counted
    lots = [line.barcode for line in receive(db, "2026-11-01", _receipt_lines(12)).lines]
    moves = transfers.transfer_from_json({"date": "2026-11-02", "lines": [
        {"lot": barcode, "qty": 5, "from": ("A-01", "A-02", "B-01")[n % 3], "to": ("A-02", "B-01", "A-01")[n % 3]}
        for n, barcode in enumerate(lots[:6])]})
    gone = writeoff.writeoff_from_json({"date": "2026-11-03", "reason": "rusak terendam banjir", "lines": [
        {"lot": barcode, "qty": 2, "location": ("A-01", "A-02", "B-01")[n % 3]}
        for n, barcode in enumerate(lots[6:9], start=6)]})
    measured = {}
    with counter.measure() as measured["transfer of 6 lots"]:
        posted = transfers.post_transfer(db, ADMIN_ACTOR, moves)
    with counter.measure() as measured["quarantine"]:
        held = quarantine.quarantine_lot(db, ADMIN_ACTOR, lots[9], "kemasan sobek")
    with counter.measure() as measured["release"]:
        released = quarantine.release_lot(db, ADMIN_ACTOR, lots[9], reason="diperiksa, baik")
    with counter.measure() as measured["write-off of 3 lots"]:
        written = writeoff.post_writeoff(db, ADMIN_ACTOR, gone)
    with counter.measure() as measured["cancelling the transfer"]:
        cancelled = cancel.cancel_document(db, ADMIN_ACTOR, posted.number, "salah rak")
    assert cancelled.moves == 6
    assert len(posted.lines) == 6 and held.moved and released.status == "available" and len(written.lines) == 3
    assert [m.to_location for m in released.moved] == [m.from_location for m in held.moved]  # back where it was
    with english(), pytest.raises(InsufficientStock, match="insufficient stock of RT-00 lot LOT-000 in A-01: "
                                                         "100 available, 1,000 needed"):
        transfers.post_transfer(db, ADMIN_ACTOR, transfers.transfer_from_json({"date": "2026-11-04", "lines": [
            {"lot": lots[0], "qty": 1000, "from": "A-01", "to": "B-01"}]}))  # back in A-01 since the cancel
    assert verify(db).ok, verify(db).problems
    statements, round_trips = limits["moves"]
    for name, count in measured.items():
        assert count.statements <= statements and count.round_trips <= round_trips, f"{name}\n{count}"


def test_a_bast_takes_a_postings_round_trips_whatever_the_lots(counted):
    """Confirming a delivery read the dispatch, its moves, its reversal and BAST, each virtual
    location and the balances one statement each and wrote row by row: 24 round trips for 7 lots."""
    from gudang.services import delivery
    from gudang.services.delivery import confirmation_from_json
    from gudang.services.verify import verify
    from tests.support.builders import ADMIN_ACTOR

    db, counter, limits = counted
    receive(db, "2026-11-01", _receipt_lines(14))  # RT-00 and RT-01 in two lots each
    dispatch = issue(db, "2026-11-02", [(sku, 150 if sku in SKUS[:2] else 50) for sku in SKUS[:7]])
    shipped = delivery.dispatch_view(db, dispatch.number).lots
    assert len(shipped) == 9
    lines = []
    for n, lot in enumerate(shipped):  # good, some damaged, one short on every third lot
        damaged, short = (1, 0) if n % 3 == 1 else (0, 2) if n % 3 == 2 else (0, 0)
        lines.append({"lot": lot.barcode, "good": str(lot.qty - damaged - short), "damaged": damaged,
                      "short": short})
    confirmation = confirmation_from_json({"date": "2026-11-03", "received_by": "Kades Lipat Kain",
                                           "lines": lines})
    with counter.measure() as bast:
        result = delivery.confirm_delivery(db, ADMIN_ACTOR, dispatch.number, confirmation)
    assert [(lot.lot, lot.good, lot.damaged, lot.short) for lot in result.lines] == [
        (lot.lot, lot.qty - (n % 3 == 1) - 2 * (n % 3 == 2), n % 3 == 1, 2 * (n % 3 == 2))
        for n, lot in enumerate(shipped)]
    assert delivery.dispatch_view(db, dispatch.number).confirmed_by == result.number
    assert verify(db).ok, verify(db).problems
    statements, round_trips = limits["moves"]
    assert bast.statements <= statements and bast.round_trips <= round_trips, f"BAST\n{bast}"


def test_recounting_posting_and_cancelling_a_count_take_a_postings_round_trips(counted):
    """They read the count, its lines, scans, bins, the balances and the counter one statement
    each and wrote each line's reason with its own: posting 30 variances took 55 round trips."""
    from gudang.services import counts
    from gudang.services.uow import Actor
    from gudang.services.verify import verify
    from tests.support.builders import on_hand

    db, counter, limits = counted
    receive(db, "2026-11-01", _receipt_lines(30))
    head, clerk = Actor("kepala", "kepala_gudang"), Actor("budi", "petugas")
    count = counts.start_count(db, head, ["A-01", "A-02", "B-01"])
    lines = counts.show_count(db, None, count.id).lines
    assert len(lines) == 30

    def scan_all(qty):
        for line in lines:
            counts.scan_count(db, clerk, count.id, line.location)
            counts.scan_count(db, clerk, count.id, line.barcode, qty(line))

    scan_all(lambda line: 7)
    measured = {}
    with counter.measure() as measured["recount"]:
        again = counts.recount(db, head, count.id)
    assert again.round == 2 and again.lines == 30
    assert all(line.counted == 0 and line.recount for line in counts.show_count(db, None, count.id).lines)
    scan_all(lambda line: line.expected - 1 if line.sku in SKUS[:3] else line.expected + 2)
    with counter.measure() as measured["post"]:
        posted = counts.post_count(db, head, count.id, "selisih hitung", reasons={
            (lines[0].location, lines[0].barcode): "rusak tikus"})
    assert (posted.lines, posted.variances) == (30, 30) and posted.adjustment.startswith("001/PNY/")
    stock = on_hand(db, "RT-00")
    assert all(stock[(line.lot, line.location)] == line.expected - 1 for line in lines if line.sku == "RT-00")
    shown = counts.show_count(db, None, count.id)
    assert shown.state == "posted" and shown.adjustment == posted.adjustment
    assert [line.reason for line in shown.lines[:2]] == ["rusak tikus", "selisih hitung"]
    other = counts.start_count(db, head, ["A-01"])  # the bins are free again
    with counter.measure() as measured["cancel"]:
        cancelled = counts.cancel_count(db, head, other.id, "salah pilih rak")
    assert cancelled.state == "cancelled" and cancelled.locations == ("A-01",)
    receive(db, "2026-11-02", [("RT-00", 1, "LOT-X", "2027-05-01", "A-01")])  # A-01 takes postings again
    assert verify(db).ok, verify(db).problems
    statements, round_trips = limits["count_close"]
    for name, count in measured.items():
        assert count.statements <= statements and count.round_trips <= round_trips, f"{name}\n{count}"
