"""Write-off (penghapusan), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from gudang.domain.errors import InsufficientStock, InvalidInput, NotFound, PermissionDenied
from gudang.services import writeoff
from gudang.services.uow import Actor
from gudang.services.verify import verify
from gudang.services.writeoff import writeoff_from_json
from tests.conftest import snapshot
from tests.support.builders import basic_world, english, item, on_hand, receive, scalar

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

HEAD = Actor("kepala", "kepala_gudang")


def stocked(db):
    basic_world(db)
    item(db, "BSK")
    receive(db, "2026-11-01", [("BSK", 10, "K1", "2026-12-01", "A-01"),
                               ("BSK", 3, "K2", "2027-12-01", None, "damaged")])


def test_writeoff_moves_to_the_writeoff_location(any_db):
    db = any_db
    stocked(db)
    posted = writeoff.post_writeoff(db, HEAD, writeoff_from_json({
        "date": "2026-12-01", "reason": "kedaluwarsa", "decree_ref": "SK 12/2026", "method": "dibakar",
        "lines": [{"lot": "K1", "qty": 10, "location": "A-01"},
                  {"lot": "K2", "qty": 2, "location": "KARANTINA-01", "reason": "kemasan robek"}]}))
    assert posted.number.startswith("001/PH/")
    assert [(l.lot, l.qty, l.reason) for l in posted.lines] == [("K1", 10, "kedaluwarsa"),
                                                                ("K2", 2, "kemasan robek")]
    assert on_hand(db, "BSK") == {("K2", "KARANTINA-01"): 1}
    assert scalar(db, "SELECT approved_by FROM document WHERE number = :n", {"n": posted.number}) == "kepala"
    assert verify(db).ok


@pytest.mark.parametrize("data, error, message", [
    ({"date": "2026-12-01", "lines": [{"lot": "K1", "qty": 1, "location": "A-01"}]}, InvalidInput, "reason"),
    ({"date": "2026-12-01", "reason": " ", "lines": [{"lot": "K1", "qty": 1, "location": "A-01"}]},
     InvalidInput, "reason"),
    ({"date": "2026-12-01", "reason": "x", "lines": [{"lot": "K1", "qty": 0, "location": "A-01"}]},
     InvalidInput, "qty"),
    ({"date": "2026-12-01", "reason": "x", "lines": [{"lot": "K1", "qty": "abc", "location": "A-01"}]},
     InvalidInput, "qty"),
    ({"date": "2026-12-01", "reason": "x", "lines": [{"lot": "NOPE", "qty": 1, "location": "A-01"}]},
     NotFound, "unknown lot"),
    ({"date": "2026-12-01", "reason": "x", "lines": [{"lot": "K1", "qty": 1, "location": "ZZ"}]},
     NotFound, "unknown location"),
    ({"date": "2026-12-01", "reason": "x", "lines": [{"lot": "K1", "qty": 11, "location": "A-01"}]},
     InsufficientStock, "insufficient stock"),
])
def test_refused_writeoffs_write_nothing(sqlite_db, data, error, message):
    db = sqlite_db
    stocked(db)
    before = snapshot(db)
    with english(), pytest.raises(error, match=message):
        writeoff.post_writeoff(db, HEAD, writeoff_from_json(data))
    assert snapshot(db) == before


def test_needs_approval_role(sqlite_db):
    db = sqlite_db
    stocked(db)
    with pytest.raises(PermissionDenied):
        writeoff.post_writeoff(db, Actor("budi", "petugas"), writeoff_from_json(
            {"date": "2026-12-01", "reason": "rusak", "lines": [{"lot": "K1", "qty": 1, "location": "A-01"}]}))
