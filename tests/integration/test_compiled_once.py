"""A posting done again compiles no statement (SQLite).

A connection keeps the statements it prepared, so the second receipt, issue,
transfer or count scan should only run them. SQLite compiles a statement again
at every run when a bound parameter could change its plan: the pattern of
`LIKE ?` does (the LIKE optimisation), and the goods issue's one read, which
carried the desa guard's `region_code LIKE ?`, was compiled for every issue:
0.9 ms of a 5 ms issue, more than running it. The counter sees a compilation
through the connection's authorizer, which SQLite calls only while it compiles
(tests/benchmarks/roundtrips.py).
"""

from __future__ import annotations

import pytest

from tests.benchmarks.roundtrips import StatementCounter
from tests.support.builders import ADMIN_ACTOR, basic_world, issue, item, receive

SKUS = [f"CP-{n:02d}" for n in range(8)]


@pytest.fixture
def counted(sqlite_db, scenario_day):
    db = sqlite_db
    basic_world(db)
    for sku in SKUS:
        item(db, sku, min_stock=5)
    counter = StatementCounter(db.engine)
    yield db, counter
    counter.close()


def _lines(start: int, n: int = 16):
    return [(SKUS[k % len(SKUS)], 100, f"LOT-{start + k:03d}", f"2027-0{1 + k % 9}-15",
             ("A-01", "A-02", "B-01")[k % 3]) for k in range(n)]


def _twice(counter, action, first_args, second_args):
    action(*first_args)
    with counter.measure() as again:
        result = action(*second_args)
    return again, result


def test_the_counter_sees_a_statement_compiled_again(counted):
    """The measure itself: a statement with `LIKE ?` is compiled at every run, one without
    it only at its first."""
    db, counter = counted
    like = "SELECT count(*) FROM item WHERE sku LIKE ?"
    plain = "SELECT count(*) FROM item WHERE sku = ?"
    with db.engine.connect() as conn:
        for sql in (like, plain):
            conn.exec_driver_sql(sql, ("CP-%",))
        with counter.measure() as runs:
            for sql in (like, plain):
                conn.exec_driver_sql(sql, ("CP-%",))
    assert runs.statements == 2 and runs.compiled == 1, runs
    assert "[compiled]" in str(runs).splitlines()[0]


def test_receipts_issues_and_drafts_done_again_compile_nothing(counted):
    from gudang.services import drafts, issues
    from tests.support.builders import issue_input

    db, counter = counted
    again, _ = _twice(counter, receive, (db, "2026-11-01", _lines(0)), (db, "2026-11-01", _lines(100)))
    assert again.compiled == 0, again
    # The overlap guard warns (REC-1 was served the day before); the desa guard's part, whose
    # LIKE made this read compile at every issue, is in the same statement whether it warns or not.
    again, result = _twice(counter, issue, (db, "2026-11-02", [(sku, 30) for sku in SKUS]),
                           (db, "2026-11-03", [(sku, 20) for sku in SKUS]))
    assert result.warnings and again.compiled == 0, again
    draft = lambda qty: issues.draft_issue(db, ADMIN_ACTOR, issue_input(  # noqa: E731
        "2026-11-03", [(sku, qty) for sku in SKUS[:4]]))
    again, made = _twice(counter, draft, (5,), (6,))
    assert again.compiled == 0, again
    change = lambda qty: drafts.update_issue_draft(db, ADMIN_ACTOR, made.id, issue_input(  # noqa: E731
        "2026-11-03", [(sku, qty) for sku in SKUS[:3]]))
    again, _ = _twice(counter, change, (4,), (3,))
    assert again.compiled == 0, again


def test_moving_documents_done_again_compile_nothing(counted):
    from gudang.services import cancel, delivery, quarantine, transfers, writeoff
    from gudang.services.delivery import confirmation_from_json

    db, counter = counted
    lots = [line.barcode for line in receive(db, "2026-11-01", _lines(0, 24)).lines]
    bins = ("A-01", "A-02", "B-01")

    def transfer(first: int):
        return transfers.post_transfer(db, ADMIN_ACTOR, transfers.transfer_from_json({"date": "2026-11-02", "lines": [
            {"lot": lots[n], "qty": 5, "from": bins[n % 3], "to": bins[(n + 1) % 3]} for n in range(first, first + 3)]}))

    def write_off(first: int):
        return writeoff.post_writeoff(db, ADMIN_ACTOR, writeoff.writeoff_from_json({
            "date": "2026-11-03", "reason": "rusak terendam banjir",
            "lines": [{"lot": lots[n], "qty": 2, "location": bins[n % 3]} for n in range(first, first + 2)]}))

    def hold_and_release(n: int):
        quarantine.quarantine_lot(db, ADMIN_ACTOR, lots[n], "kemasan sobek")
        return quarantine.release_lot(db, ADMIN_ACTOR, lots[n], reason="diperiksa, baik")

    def confirm(date: str):
        number = issue(db, date, [(SKUS[0], 10), (SKUS[1], 10)]).number
        shipped = delivery.dispatch_view(db, number).lots
        return delivery.confirm_delivery(db, ADMIN_ACTOR, number, confirmation_from_json({
            "date": date, "received_by": "Kades Lipat Kain",
            "lines": [{"lot": lot.barcode, "good": str(lot.qty), "damaged": 0, "short": 0} for lot in shipped]}))

    cancelled = lambda number: cancel.cancel_document(db, ADMIN_ACTOR, number, "salah rak")  # noqa: E731
    first, second = transfer(0).number, transfer(3).number
    for action, one, two in ((transfer, 6, 9), (write_off, 12, 14), (hold_and_release, 16, 17),
                             (cancelled, first, second), (confirm, "2026-11-04", "2026-11-05")):
        again, _ = _twice(counter, action, (one,), (two,))
        assert again.compiled == 0, f"{action.__name__}\n{again}"


def test_a_stock_count_scanned_and_posted_again_compiles_nothing(counted):
    from gudang.services import counts
    from gudang.services.uow import Actor

    db, counter = counted
    head, clerk = Actor("kepala", "kepala_gudang"), Actor("budi", "petugas")
    lots = {line.lot: line.barcode for line in receive(db, "2026-11-01", _lines(0, 12)).lines}

    def count_and_post(bin_code: str, lot_codes: list[str]):
        count = counts.start_count(db, head, [bin_code])
        counts.scan_count(db, clerk, count.id, bin_code)
        for code in lot_codes:
            counts.scan_count(db, clerk, count.id, lots[code], 99)
        return counts.post_count(db, head, count.id, "selisih hitung")

    again, posted = _twice(counter, count_and_post, ("A-01", ["LOT-000", "LOT-003"]),
                           ("A-02", ["LOT-001", "LOT-004"]))
    assert posted.variances and again.compiled == 0, again
