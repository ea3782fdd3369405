"""Quarantine, release and recall of lots, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from gudang.domain.errors import InvalidInput, InvalidState, LotNotAllowed, NotFound, PermissionDenied
from gudang.services import quarantine
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import basic_world, english, issue, item, on_hand, receive

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

OFFICER = Actor("budi", "petugas")
HEAD = Actor("kepala", "kepala_gudang")


def stocked(db):
    basic_world(db)
    item(db, "SUS")
    posted = receive(db, "2026-11-01", [("SUS", 10, "M1", "2027-01-01", "A-01"),
                                        ("SUS", 5, "M1B", "2027-01-01", "A-02"),
                                        ("SUS", 20, "M2", "2027-06-01", "A-02")])
    return {line.lot: line.barcode for line in posted.lines}


def test_quarantine_moves_and_flags_then_release_moves_back(any_db):
    db = any_db
    lots = stocked(db)
    result = quarantine.quarantine_lot(db, OFFICER, "M1", "diduga tercemar")
    assert result.number.startswith("001/KRT/") and result.status == "quarantine"
    assert [(m.from_location, m.to_location, m.qty) for m in result.moved] == [("A-01", "KARANTINA-01", 10)]
    assert on_hand(db, "SUS")[("M1", "KARANTINA-01")] == 10
    # FEFO skips it, asking for it is refused.
    assert [(a.lot, a.qty) for a in issue(db, "2026-11-02", [("SUS", 2)]).allocations] == [("M1B", 2)]
    with english(), pytest.raises(LotNotAllowed, match="quarantine"):
        issue(db, "2026-11-02", [("SUS", 1, "M1")])
    with english(), pytest.raises(InvalidState, match="already in quarantine"):
        quarantine.quarantine_lot(db, OFFICER, "M1", "lagi")

    with pytest.raises(PermissionDenied):
        quarantine.release_lot(db, OFFICER, "M1")
    released = quarantine.release_lot(db, HEAD, lots["M1"], reason="hasil uji lab baik")
    assert released.status == "available"
    assert [(m.from_location, m.to_location, m.qty) for m in released.moved] == [("KARANTINA-01", "A-01", 10)]
    assert on_hand(db, "SUS")[("M1", "A-01")] == 10
    with english(), pytest.raises(InvalidState, match="not in quarantine"):
        quarantine.release_lot(db, HEAD, "M1")
    assert verify(db).ok


def test_release_to_a_given_bin_and_received_damaged(sqlite_db):
    db = sqlite_db
    basic_world(db)
    item(db, "SUS")
    receive(db, "2026-11-01", [("SUS", 3, "D1", "2027-01-01", None, "damaged")])
    assert on_hand(db, "SUS") == {("D1", "KARANTINA-01"): 3}
    with english(), pytest.raises(InvalidInput, match="not a bin goods can be put in"):
        quarantine.release_lot(db, HEAD, "D1", to="KARANTINA-01")
    quarantine.release_lot(db, HEAD, "D1")  # no origin: to the receiving area
    assert on_hand(db, "SUS") == {("D1", "TERIMA-01"): 3}
    quarantine.quarantine_lot(db, OFFICER, "D1", "rusak")
    quarantine.release_lot(db, HEAD, "D1", to="B-01")
    assert on_hand(db, "SUS") == {("D1", "B-01"): 3}
    assert verify(db).ok


def test_refusals_write_nothing(sqlite_db):
    db = sqlite_db
    stocked(db)
    before = snapshot(db)
    with english():
        with pytest.raises(InvalidInput, match="reason is required"):
            quarantine.quarantine_lot(db, OFFICER, "M1", "   ")
        with pytest.raises(NotFound, match="unknown lot"):
            quarantine.quarantine_lot(db, OFFICER, "NOPE", "rusak")
        with pytest.raises(InvalidInput, match="reason is required"):
            quarantine.recall_lot(db, OFFICER, "M1", "")
        with pytest.raises(PermissionDenied):
            quarantine.quarantine_lot(db, Actor("tamu", "viewer"), "M1", "rusak")
    assert snapshot(db) == before


def test_recall_lists_recipients(any_db):
    db = any_db
    stocked(db)
    first = issue(db, "2026-11-02", [("SUS", 12)])  # M1 x10 + M1B x2 (FEFO by expiry then receipt)
    recall = quarantine.recall_lot(db, OFFICER, "M1", "penarikan oleh produsen")
    assert recall.quarantine is not None and recall.quarantine.moved == ()  # nothing left on hand
    assert [(i.number, i.recipient, i.qty) for i in recall.trace.issues] == [(first.number, "REC-1", 10)]
    assert recall.trace.status == "quarantine"
    again = quarantine.recall_lot(db, OFFICER, "M1", "pengingat")
    assert again.quarantine is None and len(again.trace.issues) == 1
    assert verify(db).ok
