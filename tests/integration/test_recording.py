"""The digests a unit of work records at commit (gudang.services.recording) are the ones
`verify` computes: also for rows the SQLite read returns in pieces (a document, a wide
plain table such as partner) and for several rows of one kind."""

from __future__ import annotations

from sqlalchemy import text

from gudang.services import recording
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.verify import verify
from tests.conftest import ADMIN
from tests.support.builders import basic_world, english, fresh_db, receive  # noqa: F401 - fixtures


def test_wide_rows_written_by_a_unit_of_work_verify_clean_and_a_later_edit_is_found(fresh_db):
    basic_world(fresh_db, items=["BRS-01"])
    receive(fresh_db, "2026-11-05", [("BRS-01", 5, "B3", "2027-06-30", "A-01")])  # a document (in pieces), lots
    with UnitOfWork(fresh_db, Actor(ADMIN, "admin")) as uow:
        recording.expect(uow.conn, {"partner"})  # read back at commit the fast way
        uow.conn.execute(text("UPDATE partner SET region_code = '32.04.01', households = 12, "
                              "disabilitas = 3 WHERE kind = 'recipient'"))
        uow.audit("partner.edit", "recipients")
        uow.commit()
    with english():
        assert verify(fresh_db).ok
    with fresh_db.engine.begin() as conn:  # a hand edit of the last column of a partner
        conn.execute(text("UPDATE partner SET region_code = '99' WHERE kind = 'recipient'"))
    with english():
        report = verify(fresh_db)
    assert not report.ok
    assert any("REC-1" in problem for problem in report.problems), report.problems
