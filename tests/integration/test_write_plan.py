"""WritePlan.update_rows on both engines: each row its own values in one statement, and a
row that should be there but is not fails the whole unit of work."""

from __future__ import annotations

import pytest

from gudang.db.models import CountLine, CountScan
from gudang.services import counts
from gudang.services.uow import UnitOfWork
from gudang.services.verify import verify
from gudang.services.writes import WritePlan, WriteFailed
from tests.conftest import snapshot
from tests.support.builders import ADMIN_ACTOR, basic_world, item, receive


def _count(db):
    basic_world(db)
    item(db, "BRS")
    receive(db, "2026-11-01", [("BRS", 10, "L1", "2027-01-01", "A-01"), ("BRS", 4, "L2", "2027-02-01", "A-01"),
                               ("BRS", 6, "L3", "2027-03-01", "A-02")])
    count = counts.start_count(db, ADMIN_ACTOR, ["A-01", "A-02"])
    return count, counts.show_count(db, None, count.id).lines


def _write(db, plan: WritePlan) -> None:
    with UnitOfWork(db, ADMIN_ACTOR, "count.start") as uow:
        plan.execute(uow.conn)
        uow.audit("count.recount", "test", "WritePlan.update_rows")
        uow.commit()


def test_each_row_gets_its_own_values_and_a_missing_one_fails_the_whole(any_db):
    db = any_db
    count, lines = _count(db)
    _write(db, WritePlan().update_rows(CountLine.__table__, "id", [
        {"id": line.id, "reason": f"alasan {n}"} for n, line in enumerate(lines)]))
    assert [line.reason for line in counts.show_count(db, None, count.id).lines] == ["alasan 0", "alasan 1",
                                                                                     "alasan 2"]
    before = snapshot(db)
    with pytest.raises(WriteFailed, match="1 count_line rows to update are missing"):
        _write(db, WritePlan().update_rows(CountLine.__table__, "id", [
            {"id": lines[0].id, "reason": "berubah"}, {"id": 999_999, "reason": "tidak ada"}]))
    assert snapshot(db) == before
    assert verify(db).ok, verify(db).problems


def test_any_number_of_rows_per_key_when_not_exact(any_db):
    db = any_db
    count, lines = _count(db)
    for line in lines[:2]:  # two scans on the first two lines, none on the third
        for _ in range(2):
            counts.scan_count(db, ADMIN_ACTOR, count.id, line.location)
            counts.scan_count(db, ADMIN_ACTOR, count.id, line.barcode, 1)
    _write(db, WritePlan().update_rows(CountScan.__table__, "line_id", [
        {"line_id": line.id, "void": True} for line in lines], exact=False))
    assert [line.counted for line in counts.show_count(db, None, count.id).lines] == [0, 0, 0]
    assert verify(db).ok, verify(db).problems
