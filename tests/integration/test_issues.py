"""Goods issues with FEFO allocation (gudang.services.issues) on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain.errors import InsufficientStock, InvalidInput, InvalidState, LotNotAllowed, NotFound, PermissionDenied
from gudang.services import issues as svc
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import fresh_db  # noqa: F401  (fixture)
from tests.support.builders import (
    ADMIN_ACTOR, QUARANTINE_BIN, basic_world, english, issue, issue_input, item, on_hand, receive, scalar, taken,
)

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

PETUGAS, KEPALA = Actor("budi", "petugas"), Actor("sari", "kepala_gudang")


@pytest.fixture
def db(fresh_db):
    basic_world(fresh_db, items=["BRS", "MIE"])
    item(fresh_db, "TKR", lot=False, expiry=False)
    with english():
        yield fresh_db


def test_earliest_expiry_first_split_across_lots_and_bins(db):
    receive(db, "2026-11-01", [("BRS", 10, "LATE", "2027-06-30", "A-01"),
                               ("BRS", 4, "SOON", "2027-01-31", "B-01"),
                               ("BRS", 3, "SOON2", "2027-01-31", "A-02")])
    result = issue(db, "2026-11-27", [("BRS", 9)])
    assert result.number == "001/SJ/BPBD-KPR/XI/2026"
    # same expiry and received date: lot id decides (SOON was received on line 2, before SOON2)
    assert taken(result) == [("SOON", "B-01", 4), ("SOON2", "A-02", 3), ("LATE", "A-01", 2)]
    assert on_hand(db, "BRS") == {("LATE", "A-01"): 8}
    assert {a.why for a in result.allocations} == {"fefo"}
    assert verify(db).ok


def test_received_date_breaks_an_expiry_tie_and_lots_without_expiry_go_last(db):
    from gudang.services.catalogue import ItemInput, add_item

    add_item(db, ADMIN_ACTOR, ItemInput(sku="SBN", name="Sabun", unit="pcs", expiry_required=False))
    receive(db, "2026-11-10", [("SBN", 5, "NEWER", "2027-03-01", "A-01"), ("SBN", 5, "NOEXP-A", None, "A-01")])
    receive(db, "2026-11-05", [("SBN", 5, "OLDER", "2027-03-01", "A-02"), ("SBN", 5, "NOEXP-B", None, "A-02")])
    result = issue(db, "2026-11-27", [("SBN", 18)])
    assert [lot for lot, _, _ in taken(result)] == ["OLDER", "NEWER", "NOEXP-B", "NOEXP-A"]
    assert [q for _, _, q in taken(result)] == [5, 5, 5, 3]


def test_expired_lots_skipped_but_usable_on_expiry_day_and_quarantine_never_taken(db, pin_today):
    pin_today("2026-11-27")
    receive(db, "2026-11-01", [("BRS", 5, "OLD", "2026-11-26", "A-01"),
                               ("BRS", 5, "TODAY", "2026-11-27", "A-01"),
                               ("BRS", 5, "DMG", "2026-12-01", QUARANTINE_BIN, "damaged"),
                               ("BRS", 5, "NEXT", "2027-01-01", "A-02")])
    result = issue(db, "2026-11-27", [("BRS", 7)])
    assert taken(result) == [("TODAY", "A-01", 5), ("NEXT", "A-02", 2)]
    before = snapshot(db)
    with pytest.raises(InsufficientStock) as raised:
        issue(db, "2026-11-27", [("BRS", 4)])
    assert str(raised.value) == "line 1, field qty: insufficient stock of BRS: 4 pcs needed, 3 available"
    assert snapshot(db) == before
    assert on_hand(db, "BRS") == {("OLD", "A-01"): 5, ("DMG", QUARANTINE_BIN): 5, ("NEXT", "A-02"): 3}


def test_a_requested_lot_is_honoured(db):
    posted = receive(db, "2026-11-01", [("BRS", 5, "FIRST", "2027-01-01", "A-01"),
                                        ("BRS", 5, "SECOND", "2027-02-01", "A-02")])
    before = snapshot(db)
    with pytest.raises(LotNotAllowed, match="line 1, field reason: lot SECOND is not the FEFO lot"):
        issue(db, "2026-11-27", [("BRS", 2, posted.lines[1].barcode)])  # out of FEFO order: a reason
    assert snapshot(db) == before
    by_label = issue(db, "2026-11-27", [("BRS", 2, posted.lines[1].barcode, "donor asked")])
    by_code = issue(db, "2026-11-27", [("BRS", 1, "SECOND", "the truck takes the pallet")])
    assert taken(by_label) == [("SECOND", "A-02", 2)]
    assert taken(by_code) == [("SECOND", "A-02", 1)]
    assert by_label.allocations[0].why == "requested"
    assert on_hand(db, "BRS") == {("FIRST", "A-01"): 5, ("SECOND", "A-02"): 2}
    with pytest.raises(InsufficientStock, match="line 1, field qty"):
        issue(db, "2026-11-27", [("BRS", 3, "SECOND", "why")])  # the lot only, never topped up from others


def test_several_lines_of_one_item_consume_in_turn(db):
    receive(db, "2026-11-01", [("BRS", 4, "A", "2027-01-01", "A-01"), ("BRS", 4, "B", "2027-02-01", "A-01"),
                               ("MIE", 2, "M", "2027-01-01", "B-01"), ("TKR", 9, None, None, "B-01")])
    result = issue(db, "2026-11-27", [("BRS", 3), ("MIE", 2), ("BRS", 3), ("TKR", 9), ("BRS", 2)])
    assert [(a.line_no, a.lot, a.qty) for a in result.allocations] == [
        (1, "A", 3), (2, "M", 2), (3, "A", 1), (3, "B", 2), (4, None, 9), (5, "B", 2)]
    assert on_hand(db) == {}
    assert scalar(db, "SELECT count(*) FROM stock_move") == 4 + 6
    assert verify(db).ok


def test_refused_lots_and_lines_write_nothing(db):
    posted = receive(db, "2026-11-01", [("BRS", 5, "EXP", "2026-11-20", "A-01"),
                                        ("BRS", 5, "DMG", "2027-01-01", QUARANTINE_BIN, "damaged"),
                                        ("BRS", 5, "OK", "2027-01-01", "A-01"),
                                        ("MIE", 5, "M", "2027-01-01", "A-01")])
    before = snapshot(db)
    cases = [
        ([("BRS", 1), ("BRS", 1, "EXP")], LotNotAllowed, "line 2, field lot: lot EXP expired on 2026-11-20"),
        ([("BRS", 1), ("BRS", 1, "DMG")], LotNotAllowed, "line 2, field lot: lot DMG is in quarantine"),
        ([("BRS", 1), ("BRS", 1, "NOLOT")], NotFound, "line 2, field lot: unknown lot NOLOT"),
        ([("BRS", 1), ("BRS", 1, posted.lines[3].barcode)], InvalidInput, "line 2, field lot: lot L"),
        ([("BRS", 1), ("XXX", 1)], NotFound, "line 2, field sku: unknown item XXX"),
        ([("BRS", 1), ("MIE", 6)], InsufficientStock, "line 2, field qty: insufficient stock of MIE"),
    ]
    for lines, error, message in cases:
        with pytest.raises(error) as raised:
            issue(db, "2026-11-27", lines)
        assert str(raised.value).startswith(message), str(raised.value)
    with pytest.raises(NotFound, match="field recipient: unknown recipient NOBODY"):
        issue(db, "2026-11-27", [("BRS", 1)], recipient="NOBODY")
    with pytest.raises(InvalidInput, match="field recipient: DON-1 is a donor, not a recipient"):
        issue(db, "2026-11-27", [("BRS", 1)], recipient="DON-1")
    assert snapshot(db) == before
    # nothing consumed a number
    assert issue(db, "2026-11-27", [("BRS", 1)]).number == "001/SJ/BPBD-KPR/XI/2026"


def test_draft_approve_post_draws_the_number_at_posting(db, pin_today):
    pin_today("2026-11-27")  # lot B (expiring 2026-12-01) is still good on the day of the issue
    receive(db, "2026-11-01", [("BRS", 10, "A", "2027-01-01", "A-01"), ("BRS", 10, "B", "2026-12-01", "A-02")])
    draft = svc.draft_issue(db, PETUGAS, issue_input("2026-11-27", [("BRS", 12)]))
    assert (draft.number, draft.state) == (None, "draft")
    assert taken(draft) == [("B", "A-02", 10), ("A", "A-01", 2)]
    assert on_hand(db, "BRS") == {("A", "A-01"): 10, ("B", "A-02"): 10}  # a draft moves nothing
    with pytest.raises(PermissionDenied):
        svc.approve_issue(db, PETUGAS, draft.id)
    with pytest.raises(InvalidState, match="must be approved"):
        svc.post_issue(db, KEPALA, draft.id)
    svc.approve_issue(db, KEPALA, draft.id)
    issue(db, "2026-11-27", [("BRS", 8)])  # stock moves between approval and posting
    posted = svc.post_issue(db, KEPALA, draft.id)
    assert posted.number == "002/SJ/BPBD-KPR/XI/2026"
    assert taken(posted) == [("B", "A-02", 2), ("A", "A-01", 10)]  # allocated again when posted
    assert on_hand(db, "BRS") == {}
    with pytest.raises(InvalidState, match="already posted"):
        svc.post_issue(db, KEPALA, draft.id)
    assert verify(db).ok


def test_a_failed_posting_of_an_approved_draft_uses_no_number(db):
    receive(db, "2026-11-01", [("BRS", 5, "A", "2027-01-01", "A-01")])
    draft = svc.draft_issue(db, KEPALA, issue_input("2026-11-27", [("BRS", 5)]))
    svc.approve_issue(db, KEPALA, draft.id)
    issue(db, "2026-11-27", [("BRS", 2)])
    before = snapshot(db)
    with pytest.raises(InsufficientStock):
        svc.post_issue(db, KEPALA, draft.id)
    assert snapshot(db) == before
    assert issue(db, "2026-11-27", [("BRS", 3)]).number == "002/SJ/BPBD-KPR/XI/2026"


def test_roles(db):
    receive(db, "2026-11-01", [("BRS", 5, "A", "2027-01-01", "A-01")])
    before = snapshot(db)
    for actor in (PETUGAS, Actor("tamu", "viewer")):
        with pytest.raises(PermissionDenied):
            issue(db, "2026-11-27", [("BRS", 1)], actor=actor)
    with pytest.raises(PermissionDenied):
        svc.draft_issue(db, Actor("tamu", "viewer"), issue_input("2026-11-27", [("BRS", 1)]))
    assert snapshot(db) == before
    assert issue(db, "2026-11-27", [("BRS", 1)], actor=KEPALA).number


def test_below_minimum_stock_is_a_warning_not_an_error(db):
    item(db, "AIR", min_stock=10)
    receive(db, "2026-11-01", [("AIR", 12, "W", "2027-01-01", "A-01")])
    result = issue(db, "2026-11-27", [("AIR", 5)])
    assert result.number and len(result.warnings) == 1
    assert "AIR" in result.warnings[0] and "7" in result.warnings[0]


def test_partial_quantities_are_exact(db):
    item(db, "BRS-KG", unit="kg", decimals=3)
    receive(db, "2026-11-01", [("BRS-KG", "10.5", "A", "2027-01-01", "A-01")])
    issue(db, "2026-11-27", [("BRS-KG", "0.1")])
    issue(db, "2026-11-27", [("BRS-KG", "0.2")])
    assert on_hand(db, "BRS-KG") == {("A", "A-01"): Decimal("10.2")}
    assert verify(db).ok
