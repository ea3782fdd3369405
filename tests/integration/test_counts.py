"""Stock opname through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gudang.domain.errors import CountInProgress, InvalidInput, InvalidState, NotFound, PermissionDenied
from gudang.services import counts
from gudang.services.catalogue import ItemInput, add_item
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import ADMIN_ACTOR, basic_world, english, issue, on_hand, receive

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

HEAD = Actor("kepala", "kepala_gudang")
COUNTER = Actor("budi", "petugas")
COUNTER2 = Actor("sari", "petugas")


def stocked(db):
    """A-01: BRS lot L1 x10; A-02: BRS lot L2 x5; B-01: SRG lot S1 x7."""
    basic_world(db)
    add_item(db, ADMIN_ACTOR, ItemInput(sku="BRS", name="Beras 5 kg", unit="sak", category="permakanan"))
    add_item(db, ADMIN_ACTOR, ItemInput(sku="SRG", name="Sarung", unit="lembar", category="sandang",
                                        expiry_required=False))
    posted = receive(db, "2026-11-01", [("BRS", 10, "L1", "2027-06-01", "A-01"),
                                        ("BRS", 5, "L2", "2027-08-01", "A-02"),
                                        ("SRG", 7, "S1", None, "B-01")])
    return {line.lot: line.barcode for line in posted.lines}


def test_blind_count_recount_and_post(any_db):
    db = any_db
    lots = stocked(db)
    count = counts.start_count(db, HEAD, ["A-01", "A-02"], blind=True)
    assert count.number.startswith("001/SO/")
    assert count.lines == 2 and count.locations == ("A-01", "A-02")

    # Postings touching the scope are refused, naming the count; elsewhere they go on.
    before = snapshot(db)
    with english(), pytest.raises(CountInProgress, match=count.number.replace("/", ".")):
        receive(db, "2026-11-02", [("BRS", 1, "L9", "2027-06-01", "A-01")])
    with english(), pytest.raises(CountInProgress, match="A-01"):
        issue(db, "2026-11-02", [("BRS", 1)])
    assert snapshot(db) == before
    receive(db, "2026-11-02", [("SRG", 3, "S2", None, "B-01")])

    # A lot before any bin, a bin outside the scope, garbage: refused, nothing counted.
    before = snapshot(db)
    with english(), pytest.raises(InvalidInput, match="bin label first"):
        counts.scan_count(db, COUNTER, count.id, lots["L1"])
    with english(), pytest.raises(InvalidInput, match="not part of"):
        counts.scan_count(db, COUNTER, count.id, "B-01")
    with english(), pytest.raises(NotFound, match="unknown code"):
        counts.scan_count(db, COUNTER, count.id, "#!%garbage")
    with english(), pytest.raises(InvalidInput, match="unreadable"):
        counts.scan_count(db, COUNTER, count.id, "A-01\x07")
    with english(), pytest.raises(InvalidInput):
        counts.scan_count(db, COUNTER, count.id, "A-01", qty="abc")
    assert snapshot(db) == before

    # Two counters at once, each with their own bin.
    assert counts.scan_count(db, COUNTER, count.id, "A-01").kind == "bin"
    counts.scan_count(db, COUNTER2, count.id, "A-02")
    for _ in range(7):
        outcome = counts.scan_count(db, COUNTER, count.id, lots["L1"])
    assert outcome.counted == 7 and outcome.expected is None and outcome.location == "A-01"
    counts.scan_count(db, COUNTER, count.id, lots["L1"], qty="1")
    counts.scan_count(db, COUNTER2, count.id, lots["L2"], qty=Decimal(5))
    found = counts.scan_count(db, COUNTER2, count.id, lots["L1"])  # a stray pack of L1 in A-02
    assert found.new_line and found.location == "A-02"
    for bad in ("0", "-1", "abc"):
        with pytest.raises(InvalidInput):
            counts.scan_count(db, COUNTER2, count.id, lots["L2"], qty=bad)

    # Counters see no expected quantities; the head asking for variances does.
    view = counts.show_count(db, COUNTER, count.id)
    assert view.expected_hidden and all(line.expected is None for line in view.lines)
    assert counts.show_count(db, HEAD, count.id).expected_hidden  # the plain list stays blind
    variances = counts.show_count(db, HEAD, count.id, variances=True)
    assert not variances.expected_hidden
    assert {(l.location, l.barcode, l.expected, l.counted) for l in variances.lines} == {
        ("A-01", lots["L1"], 10, 8), ("A-02", lots["L1"], 0, 1)}
    assert counts.show_count(db, COUNTER, count.id, variances=True).expected_hidden

    # Recount: only the variance lines are cleared and counted again.
    again = counts.recount(db, HEAD, count.id)
    assert again.round == 2
    with english(), pytest.raises(InvalidState, match="agreed in round 1"):
        counts.scan_count(db, COUNTER2, count.id, lots["L2"])
    counts.scan_count(db, COUNTER, count.id, lots["L1"], qty=9)
    view = counts.show_count(db, HEAD, count.id, variances=True)
    assert [(l.location, l.expected, l.counted, l.round) for l in view.lines] == [("A-01", 10, 9, 2)]

    # Posting needs the head and a reason for every variance.
    with pytest.raises(PermissionDenied):
        counts.post_count(db, COUNTER, count.id, reason="hilang")
    before = snapshot(db)
    with english(), pytest.raises(InvalidInput, match="needs a reason"):
        counts.post_count(db, HEAD, count.id)
    assert snapshot(db) == before
    posted = counts.post_count(db, HEAD, count.id, reasons={("A-01", lots["L1"]): "hilang (dicuri)"})
    assert posted.adjustment.startswith("001/PNY/") and posted.variances == 1
    assert on_hand(db, "BRS") == {("L1", "A-01"): 9, ("L2", "A-02"): 5}
    shown = counts.show_count(db, COUNTER, count.id)
    assert shown.state == "posted" and shown.adjustment == posted.adjustment and not shown.expected_hidden
    assert verify(db).ok

    # The bins are free again; a posted count takes no more scans.
    receive(db, "2026-11-03", [("BRS", 1, "L3", "2027-06-01", "A-01")])
    with pytest.raises(InvalidState):
        counts.scan_count(db, COUNTER, count.id, "A-01")
    assert verify(db).ok


def test_found_stock_posts_into_the_bin_and_no_variance_posts_without_document(any_db):
    db = any_db
    lots = stocked(db)
    count = counts.start_count(db, HEAD, ["A-01"])
    counts.scan_count(db, COUNTER, count.id, "A-01")
    out = counts.scan_count(db, COUNTER, count.id, lots["L1"], qty=12)
    assert out.expected == 10  # not blind: the counter sees the books
    posted = counts.post_count(db, HEAD, count.number, reason="salah catat penerimaan")
    assert posted.adjustment and on_hand(db, "BRS")[("L1", "A-01")] == 12

    clean = counts.start_count(db, HEAD, ["A-02"])
    counts.scan_count(db, COUNTER, clean.id, "A-02")
    counts.scan_count(db, COUNTER, clean.id, lots["L2"], qty=5)
    with english(), pytest.raises(InvalidState, match="no variance"):
        counts.recount(db, HEAD, clean.id)
    result = counts.post_count(db, HEAD, clean.id)
    assert result.adjustment is None and result.variances == 0
    assert verify(db).ok


def test_uncounted_lot_is_a_shortage(any_db):
    db = any_db
    stocked(db)
    count = counts.start_count(db, HEAD, ["A-02"])
    counts.post_count(db, HEAD, count.id, reason="tidak ditemukan")
    assert ("L2", "A-02") not in on_hand(db, "BRS")
    assert verify(db).ok


def test_scope_rules(any_db):
    db = any_db
    lots = stocked(db)
    with english(), pytest.raises(NotFound, match="unknown location"):
        counts.start_count(db, HEAD, ["NOPE"])
    with english(), pytest.raises(InvalidInput, match="not a bin"):
        counts.start_count(db, HEAD, ["VIRT-TRANSIT"])
    with pytest.raises(InvalidInput):
        counts.start_count(db, HEAD, [])
    with english(), pytest.raises(NotFound, match="category"):
        counts.start_count(db, HEAD, ["A-01"], categories=["tidak-ada"])

    food = counts.start_count(db, HEAD, ["A-01", "B-01"], categories=["permakanan"])
    assert food.lines == 1  # B-01 holds only sandang
    with english(), pytest.raises(CountInProgress, match="A-01"):
        counts.start_count(db, HEAD, ["A-01"])
    # Another category in a counted bin still moves; the counted category does not.
    receive(db, "2026-11-02", [("SRG", 2, "S2", None, "A-01")])
    with pytest.raises(CountInProgress):
        receive(db, "2026-11-02", [("BRS", 2, "L7", "2027-01-01", "B-01")])
    counts.scan_count(db, COUNTER, food.id, "B-01")
    with english(), pytest.raises(InvalidInput, match="not in the categories"):
        counts.scan_count(db, COUNTER, food.id, lots["S1"])
    with english(), pytest.raises(InvalidInput, match="item"):
        counts.scan_count(db, COUNTER, food.id, "BRS")  # an item code is not a lot label

    with pytest.raises(InvalidInput):
        counts.cancel_count(db, HEAD, food.id, "  ")
    cancelled = counts.cancel_count(db, HEAD, food.id, "listrik padam")
    assert cancelled.state == "cancelled"
    receive(db, "2026-11-03", [("BRS", 2, "L7", "2027-01-01", "B-01")])

    whole = counts.start_count(db, HEAD, warehouse="GDG-01")
    assert {"A-01", "A-02", "B-01", "TERIMA-01", "KARANTINA-01"} <= set(whole.locations)
    assert [c.number for c in counts.list_counts(db, "open")] == [whole.number]
    assert whole.number.startswith("002/SO/")
    with english(), pytest.raises(NotFound, match="unknown stock count"):
        counts.show_count(db, HEAD, 999)
    assert verify(db).ok
