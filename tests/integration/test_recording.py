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


TRICKY = "Posko Ma'arif \"Al-Ikhlas\" \\ Kec. Tambang\n\tĞüç 𝄞 مسجد"


def test_texts_dates_and_timestamps_recorded_at_commit_are_what_verify_computes(fresh_db):
    """The fast read at commit (on PostgreSQL one JSON value, decoded) gives the digests a plain
    read gives `verify`: quotes, backslashes, control characters, Arabic and astral characters,
    NULLs, dates, and timestamps with and without microseconds, in every part of a document."""
    basic_world(fresh_db, items=["BRS-01"])
    receive(fresh_db, "2026-11-05", [("BRS-01", 5, "B3", "2027-06-30", "A-01")])
    with UnitOfWork(fresh_db, Actor(ADMIN, "admin")) as uow:
        recording.expect(uow.conn, {"partner", "item", "lot", "document", "document_line"})
        conn = uow.conn
        conn.execute(text("UPDATE partner SET name = :t, region_code = NULL WHERE kind = 'recipient'"), {"t": TRICKY})
        conn.execute(text("UPDATE item SET name = :t, gtin = NULL"), {"t": TRICKY})
        conn.execute(text("UPDATE lot SET code = :t, expiry = :d"), {"t": TRICKY[:40], "d": "2028-02-29"})
        for n, created in enumerate(("2026-11-05 10:00:00", "2026-11-05 10:00:00.000001",
                                     "2026-11-05 23:59:59.999999", "2026-11-05 10:00:00.5")):
            conn.execute(text("INSERT INTO document (type, date, state, notes, destination, created_at, created_by) "
                              "VALUES ('issue', :day, 'draft', :t, :t2, :at, 'admin')"),
                         {"day": "2026-11-06", "t": f"{TRICKY} {n}", "t2": TRICKY, "at": created})
        conn.execute(text("INSERT INTO document_line (document_id, line_no, item_id, qty, unit, qty_base, remark, "
                          "expiry) SELECT max(d.id), 1, (SELECT min(id) FROM item), 2000, 'pcs', 2000, :t, "
                          "'2027-01-31' FROM document d"), {"t": TRICKY})
        uow.audit("test.tricky", "values")
        uow.commit()
    with english():
        report = verify(fresh_db)
    assert report.ok, report.problems
