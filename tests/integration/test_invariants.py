"""Invariants 1-5 of DESIGN.md section 4, on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError

from gudang.domain.errors import InsufficientStock
from gudang.services import issues as svc
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import fresh_db  # noqa: F401  (fixture)
from tests.support.builders import (
    ADMIN_ACTOR, basic_world, cancel, english, execute, issue, issue_input, on_hand, receive, scalar,
)

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)


@pytest.fixture(autouse=True)
def _english():
    with english():
        yield


def world(db):
    basic_world(db, items=["BRS", "MIE"])
    rc = receive(db, "2026-11-01", [("BRS", 10, "A", "2027-01-01", "A-01"), ("MIE", 5, "M", "2027-02-01", "A-02")])
    si = issue(db, "2026-11-05", [("BRS", 3)])
    return rc, si


# -- 1. posted documents and moves are never updated or deleted -----------------

@pytest.mark.parametrize("sql", [
    "UPDATE stock_move SET qty = 1",
    "DELETE FROM stock_move",
    "UPDATE document SET notes = 'diubah' WHERE state = 'posted'",
    "UPDATE document SET state = 'draft' WHERE state = 'posted'",
    "DELETE FROM document WHERE state = 'posted'",
    "UPDATE audit_entry SET summary = 'diubah'",
    "DELETE FROM audit_entry",
    "UPDATE document_line SET qty = 1",
    "DELETE FROM document_line",
])
def test_the_database_refuses_to_rewrite_history(fresh_db, sql):
    world(fresh_db)
    before = snapshot(fresh_db)
    with pytest.raises(DBAPIError) as raised:
        execute(fresh_db, sql)
    assert "immutable" in str(raised.value.orig)
    assert snapshot(fresh_db) == before


def test_drafts_may_still_change(fresh_db):
    world(fresh_db)
    draft = svc.draft_issue(fresh_db, ADMIN_ACTOR, issue_input("2026-11-27", [("BRS", 1)]))
    execute(fresh_db, "UPDATE document SET notes = 'catatan' WHERE id = :i", {"i": draft.id})
    assert scalar(fresh_db, "SELECT notes FROM document WHERE id = :i", {"i": draft.id}) == "catatan"
    execute(fresh_db, "UPDATE document_line SET qty = 2 WHERE document_id = :i", {"i": draft.id})
    assert scalar(fresh_db, "SELECT qty FROM document_line WHERE document_id = :i", {"i": draft.id}) == 2


# -- 2. balances equal the sum of moves; `verify` says so --------------------------

def test_verify_is_ok_after_real_work_and_catches_an_edited_balance(fresh_db):
    rc, si = world(fresh_db)
    cancel(fresh_db, si.number)
    issue(fresh_db, "2026-11-06", [("BRS", 2), ("MIE", 5)])
    report = verify(fresh_db)
    assert report.ok, report.problems
    assert report.moves == 2 + 1 + 1 + 2 and report.documents == 4
    execute(fresh_db, "UPDATE balance SET qty = qty + 1000 WHERE qty > 0")  # +1 unit, by hand
    report = verify(fresh_db)
    assert not report.ok
    assert "is 9 but its moves sum to 8" in " ".join(report.problems)


def test_verify_catches_a_missing_balance_row(fresh_db):
    world(fresh_db)
    execute(fresh_db, "DELETE FROM balance WHERE qty > 0 AND lot_id = (SELECT id FROM lot WHERE code = 'M')")
    assert any("is 0 but its moves sum to 5" in p for p in verify(fresh_db).problems)


def test_verify_catches_an_altered_audit_entry(any_db):
    """A tamperer with file access drops the trigger first; the hash chain still tells."""
    with english():
        world(any_db)
        assert verify(any_db).ok
        if any_db.is_sqlite:
            execute(any_db, "DROP TRIGGER audit_no_update")
        else:
            execute(any_db, "DROP TRIGGER audit_immutable ON audit_entry")
        execute(any_db, "UPDATE audit_entry SET summary = 'REC-1: 0 lines' WHERE action = 'issue.post'")
        report = verify(any_db)
        assert not report.ok
        assert any("issue.post" in p and "hash chain" in p for p in report.problems)


# -- 3. no negative balance, ever --------------------------------------------------

def test_no_negative_balance_even_by_hand(fresh_db):
    world(fresh_db)
    with pytest.raises(IntegrityError):
        execute(fresh_db, "UPDATE balance SET qty = -1000")


def test_an_issue_that_would_go_negative_fails_whole(fresh_db):
    world(fresh_db)
    with english():
        before = snapshot(fresh_db)
        with pytest.raises(InsufficientStock) as raised:
            issue(fresh_db, "2026-11-27", [("MIE", 5), ("BRS", 8)])
        assert str(raised.value) == "line 2, field qty: insufficient stock of BRS: 8 pcs needed, 7 available"
        assert snapshot(fresh_db) == before
    assert on_hand(fresh_db) == {("A", "A-01"): 7, ("M", "A-02"): 5}


# -- 5. numbers unique and gapless per type and year --------------------------------

def test_numbers_are_gapless_per_type_and_year_and_restart_each_year(fresh_db, pin_today):
    pin_today("2027-02-02")  # documents may not be dated in the future
    basic_world(fresh_db, items=["BRS"])
    numbers = [receive(fresh_db, d, [("BRS", 10, f"L{d}", "2028-01-01", "A-01")]).number
               for d in ("2026-11-30", "2026-12-31", "2027-01-01", "2027-02-01")]
    assert numbers == ["001/BAP/BPBD-KPR/XI/2026", "002/BAP/BPBD-KPR/XII/2026",
                       "001/BAP/BPBD-KPR/I/2027", "002/BAP/BPBD-KPR/II/2027"]
    # each type has its own sequence; back-dating into 2026 continues 2026's
    assert issue(fresh_db, "2027-01-02", [("BRS", 1)]).number == "001/SJ/BPBD-KPR/I/2027"
    assert issue(fresh_db, "2026-12-31", [("BRS", 1)]).number == "001/SJ/BPBD-KPR/XII/2026"
    assert receive(fresh_db, "2026-12-31", [("BRS", 1, "X", "2028-01-01", "A-01")]).number \
        == "003/BAP/BPBD-KPR/XII/2026"
    rows = scalar(fresh_db, "SELECT count(DISTINCT number) = count(*) FROM document")
    assert rows in (True, 1)
    assert verify(fresh_db).ok


def test_verify_catches_a_gap_in_the_numbers(any_db):
    with english():
        world(any_db)
        receive(any_db, "2026-11-02", [("BRS", 1, "Z", "2027-01-01", "A-01")])
        # a tamperer removes a posted document (and everything hanging off it)
        trigger = "document_posted_no_delete" if any_db.is_sqlite else "document_posted_immutable ON document"
        execute(any_db, f"DROP TRIGGER {trigger}")
        if any_db.is_sqlite:
            execute(any_db, "DROP TRIGGER stock_move_no_delete")
            execute(any_db, "DROP TRIGGER document_line_posted_no_delete")
        else:
            execute(any_db, "DROP TRIGGER stock_move_immutable ON stock_move")
            execute(any_db, "DROP TRIGGER document_line_posted_immutable ON document_line")
        first = scalar(any_db, "SELECT id FROM document WHERE number LIKE '001/BAP/%'")
        for sql in ("DELETE FROM stock_move WHERE document_id = :d", "DELETE FROM balance WHERE lot_id IN "
                    "(SELECT id FROM lot WHERE receipt_id = :d)", "UPDATE lot SET receipt_id = NULL WHERE receipt_id = :d",
                    "DELETE FROM document_line WHERE document_id = :d", "DELETE FROM document WHERE id = :d"):
            execute(any_db, sql, {"d": first})
        problems = " ".join(verify(any_db).problems)
        assert "receipt numbers of 2026 are not gapless: missing 1" in problems
