"""Reads that must not grow with the whole ledger's history (issue 15, big histories).

Four reads visited far more than they needed. The dispatches awaiting confirmation joined
each dispatch to the BASTs by their reference, which has no index: every BAST again for
each dispatch (minutes on a year's history; the confirmation page did not open). Gudang's
SQLite files have no planner statistics, so SQLite picks indexes by a query's shape, and
three reads had picked the (type, state) index, visiting every posted document of their
type: a goods issue's desa guard (every posted issue, 6 ms of each dispatch at 20,000
issues), a receipt's duplicate check (every receipt) and the lot trace (every issue). Work is counted
in SQLite's virtual-machine instructions (a progress handler), which do not depend on the
machine's speed; the plans are read with EXPLAIN QUERY PLAN.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json

import pytest
from sqlalchemy import event

from gudang.services import cancel, delivery, issues, queries, receipts
from gudang.services.bundle import Bundle
from gudang.services.delivery import confirmation_from_json
from tests.support.builders import ADMIN_ACTOR, basic_world, issue, item, receive

pytestmark = pytest.mark.usefixtures("scenario_day")

STEP = 10  # instructions per call of the progress handler


@contextlib.contextmanager
def instructions(db):
    """Counts the SQLite instructions every connection of `db` runs inside the block."""
    counted = [0]

    def count() -> int:
        counted[0] += STEP
        return 0  # go on

    def on_checkout(dbapi_connection, _record, _proxy):
        dbapi_connection.set_progress_handler(count, STEP)

    event.listen(db.engine, "checkout", on_checkout)
    try:
        yield counted
    finally:
        event.remove(db.engine, "checkout", on_checkout)


def _confirmed_dispatches(db, count: int, start: int) -> None:
    """`count` goods issues of one box each to REC-1, each confirmed by its BAST."""
    for n in range(start, start + count):
        number = issue(db, "2026-11-05", [("BRS", 1)]).number
        delivery.confirm_delivery(db, ADMIN_ACTOR, number, confirmation_from_json(
            {"date": "2026-11-06", "received_by": f"Kades {n}", "lines": [{"lot": "L1", "good": 1}]}))


def test_the_dispatches_awaiting_confirmation_are_found_without_reading_every_bast_for_each(sqlite_db):
    db = sqlite_db
    basic_world(db)
    item(db, "BRS")
    receive(db, "2026-11-01", [("BRS", 500, "L1", "2027-06-01", "A-01")])
    waiting = issue(db, "2026-11-04", [("BRS", 2)]).number

    def work() -> int:
        with instructions(db) as counted:
            rows = delivery.unconfirmed(db, 0, as_of=dt.date(2026, 11, 9))
        assert [row.number for row in rows] == [waiting]
        return counted[0]

    _confirmed_dispatches(db, 10, 0)
    small = work()
    _confirmed_dispatches(db, 30, 10)
    large = work()
    # Four times the confirmed dispatches: about four times the work (each dispatch once, the
    # confirmed numbers read once). Read against every BAST per dispatch, it was 11-13 times.
    assert large < 6 * small, (small, large)


def _plan(db, bundle: Bundle) -> list[str]:
    """EXPLAIN QUERY PLAN of a bundle's statement as the services send it to SQLite (lists as
    JSON texts; the values do not change SQLite's plan without statistics)."""
    compiled = bundle.statement("sqlite").compile(dialect=db.engine.dialect)
    values = []
    for name in compiled.positiontup:
        value = compiled.params.get(name)
        if isinstance(value, (list, tuple)):
            value = json.dumps(list(value))
        elif isinstance(value, dt.date):
            value = value.isoformat()
        values.append(1 if value is None else value)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, tuple(values)).all()
    return [row[3] for row in rows]


@pytest.mark.parametrize("name,bundle", [
    ("a goods issue's read (its desa guard)", issues._ISSUE_CONTEXT),
    ("a receipt's read (its duplicate check)", receipts._CONTEXT),
    ("the lot trace", queries._TRACE),
])
def test_a_posting_and_the_lot_trace_do_not_read_every_document_of_a_type(sqlite_db, name, bundle):
    plan = _plan(sqlite_db, bundle)
    assert not [row for row in plan if "ix_document_type_state" in row], (name, plan)


@pytest.mark.parametrize("name,bundle,index", [
    ("a receipt's duplicate check", receipts._CONTEXT, "ix_document_reference_lower"),
    ("a dispatch's view (its BAST)", delivery._VIEW, "ix_document_reference"),
    ("a cancellation (the dispatch's BAST)", cancel._CANCEL, "ix_document_reference"),
])
def test_a_document_is_found_by_its_reference_through_the_index(sqlite_db, name, bundle, index):
    """Revision 0012: a receipt's duplicate among the donor's receipts, a dispatch's BAST among
    all BASTs, each found through an index on the reference instead of reading them all."""
    plan = _plan(sqlite_db, bundle)
    assert [row for row in plan if f"USING INDEX {index} (" in row], (name, plan)


def test_the_awaiting_list_on_postgresql_does_not_read_every_bast_again_for_each_dispatch(postgres_url):
    """PostgreSQL hashed a `NOT IN` list of the confirmed numbers only while the list fitted in
    `work_mem` (at the default 4 MB, 150,000 BASTs but not 400,000); past that it scanned the
    whole list for every dispatch. Here 5,000 more BASTs (drafts written with SQL: only their references
    count) and the least `work_mem` there is stand for years of them: NOT EXISTS through the
    reference index plans no subplan at all (NOT IN planned one run for every dispatch), and
    the list is still right."""
    from sqlalchemy import event as sa_event
    from sqlalchemy.dialects import postgresql

    from tests.conftest import make_database

    db = make_database(postgres_url)
    try:
        basic_world(db)
        item(db, "BRS")
        receive(db, "2026-11-01", [("BRS", 500, "L1", "2027-06-01", "A-01")])
        waiting = issue(db, "2026-11-04", [("BRS", 2)]).number
        _confirmed_dispatches(db, 3, 0)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO document (type, date, state, reference) SELECT 'handover', "
                                 "DATE '2026-11-06', 'draft', 'SJ-LAMA/' || n FROM generate_series(1, 5000) AS n")
            conn.exec_driver_sql("ANALYZE document")

        @sa_event.listens_for(db.engine, "connect")
        def least_memory(dbapi_connection, _record) -> None:  # noqa: ANN001
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET work_mem = '64kB'")

        db.engine.dispose()  # every connection from now on has the least work_mem
        day = dt.date(2026, 11, 9)
        query = delivery.unconfirmed_query(day).compile(dialect=postgresql.dialect(),
                                                        compile_kwargs={"literal_binds": True})
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW work_mem").scalar() == "64kB"
            plan = "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {query}"))
        assert "SubPlan" not in plan, plan
        assert [row.number for row in delivery.unconfirmed(db, 0, as_of=day)] == [waiting]
    finally:
        db.dispose()
