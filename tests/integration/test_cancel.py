"""Cancelling posted documents by reversal (gudang.services.cancel)."""

from __future__ import annotations

import pytest

from gudang.domain import dates
from gudang.domain.errors import InsufficientStock, InvalidInput, InvalidState, NotFound, PermissionDenied
from gudang.domain.numbering import roman
from gudang.services.queries import trace_lot
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import fresh_db  # noqa: F401  (fixture)
from tests.support.builders import basic_world, cancel, english, issue, on_hand, receive, scalar, taken

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)


@pytest.fixture
def db(fresh_db):
    basic_world(fresh_db, items=["BRS"])
    with english():
        yield fresh_db


def reversal_number(seq: int) -> str:
    today = dates.today()  # a reversal is dated the day it is made (here the pinned day)
    return f"{seq:03d}/BTL/BPBD-KPR/{roman(today.month)}/{today.year}"


def test_cancelling_an_issue_puts_the_goods_back_and_keeps_the_number(db):
    receive(db, "2026-11-01", [("BRS", 10, "A", "2027-01-01", "A-01"), ("BRS", 10, "B", "2027-02-01", "A-02")])
    posted = issue(db, "2026-11-27", [("BRS", 15)])
    assert on_hand(db, "BRS") == {("B", "A-02"): 5}
    result = cancel(db, posted.number, "tujuan salah")
    assert (result.cancelled, result.number, result.moves) == (posted.number, reversal_number(1), 2)
    assert on_hand(db, "BRS") == {("A", "A-01"): 10, ("B", "A-02"): 10}
    # the original is untouched, the reversal points to it and carries the reason
    original = scalar(db, "SELECT state FROM document WHERE number = :n", {"n": posted.number})
    assert original == "posted"
    assert scalar(db, "SELECT reason FROM document WHERE reverses_id = :i", {"i": posted.id}) == "tujuan salah"
    assert scalar(db, "SELECT reference FROM document WHERE type = 'reversal'") == posted.number
    # the goods are not reported as delivered any more
    assert trace_lot(db, "A").issues == ()
    # numbers of issues continue after the cancelled one; the cancelled one is not reused
    assert issue(db, "2026-11-27", [("BRS", 1)]).number == "002/SJ/BPBD-KPR/XI/2026"
    assert verify(db).ok


def test_a_document_is_cancelled_once_and_reversals_are_final(db):
    receive(db, "2026-11-01", [("BRS", 10, "A", "2027-01-01", "A-01")])
    posted = issue(db, "2026-11-27", [("BRS", 1)])
    first = cancel(db, posted.number)
    before = snapshot(db)
    with pytest.raises(InvalidState, match=f"already cancelled by {first.number}"):
        cancel(db, posted.number)
    with pytest.raises(InvalidState, match="cannot be cancelled"):
        cancel(db, first.number)
    with pytest.raises(NotFound, match="unknown document 999/SJ"):
        cancel(db, "999/SJ/BPBD-KPR/XI/2026")
    with pytest.raises(InvalidInput, match="reason"):
        cancel(db, posted.number, "   ")
    assert snapshot(db) == before
    assert cancel(db, issue(db, "2026-11-27", [("BRS", 1)]).number).number == reversal_number(2)


def test_a_receipt_whose_goods_left_cannot_be_cancelled(db):
    received = receive(db, "2026-11-01", [("BRS", 10, "A", "2027-01-01", "A-01")])
    issue(db, "2026-11-27", [("BRS", 4)])
    before = snapshot(db)
    with pytest.raises(InsufficientStock) as raised:
        cancel(db, received.number)
    message = str(raised.value)
    assert "BRS" in message and "lot A" in message and "A-01" in message  # item, lot and bin named
    assert snapshot(db) == before
    untouched = receive(db, "2026-11-02", [("BRS", 3, "C", "2027-01-01", "A-02")])
    cancel(db, untouched.number)
    assert on_hand(db, "BRS") == {("A", "A-01"): 6}
    assert verify(db).ok


def test_only_the_head_of_warehouse_or_admin_may_cancel(db):
    received = receive(db, "2026-11-01", [("BRS", 10, "A", "2027-01-01", "A-01")])
    with pytest.raises(PermissionDenied):
        cancel(db, received.number, actor=Actor("budi", "petugas"))
    assert cancel(db, received.number, actor=Actor("sari", "kepala_gudang")).cancelled == received.number
    assert on_hand(db) == {}
