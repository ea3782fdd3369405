"""The dispatches awaiting confirmation on PostgreSQL beside many BASTs: NOT EXISTS (now) against
NOT IN a list of the confirmed numbers (before), on a throwaway server.

    python tests/benchmarks/bench_awaiting.py [--dispatches 300] [--basts 400000]

Posts the dispatches through the services, writes the BASTs beyond them as drafts with SQL (only
their references count here), ANALYZEs, then times each form of the list three times. Prints one
JSON line: per form the rows, the seconds and how PostgreSQL planned the BAST lookup (an anti
join; a hashed subplan, built once; a subplan, run again for every dispatch).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dispatches", type=int, default=300)
    parser.add_argument("--basts", type=int, default=400_000)
    args = parser.parse_args(argv)

    from sqlalchemy import select
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.orm import aliased

    from gudang.db.models import Document
    from gudang.domain import dates
    from gudang.services import delivery
    from tests.conftest import make_database
    from tests.support.builders import basic_world, issue, item, receive
    from tests.support.clock import SCENARIO_DAY
    from tests.support.pgserver import PostgresServer

    real_today = dates.today
    dates.today = lambda: dt.date.fromisoformat(SCENARIO_DAY)  # the builders' fixed dates
    try:
        out: dict = {"dispatches": args.dispatches, "basts": args.basts}
        with PostgresServer() as server:
            db = make_database(server.create_database("awaiting"))
            basic_world(db)
            item(db, "BRS")
            receive(db, "2026-11-01", [("BRS", args.dispatches + 1, "L1", "2027-06-01", "A-01")])
            for _ in range(args.dispatches):
                issue(db, "2026-11-04", [("BRS", 1)])
            with db.engine.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO document (type, date, state, reference) SELECT 'handover', DATE '2026-11-06', "
                    f"'draft', lpad(n::text, 6, '0') || '/SJ/BPBD-KPR/XI/2026' FROM generate_series(1, {args.basts}) AS n")
                conn.exec_driver_sql("ANALYZE")
            now = delivery.unconfirmed_query(dt.date(2026, 11, 9))
            handover = aliased(Document)
            confirmed = select(handover.reference).where(handover.type == "handover", handover.reference.is_not(None))
            # Before: NOT IN. Added to today's query, whose anti join lets every dispatch through
            # (none is confirmed here), so the list is looked at for each dispatch as it was.
            before = now.where(delivery.document_t.c.number.not_in(confirmed))
            for label, query in (("not_exists", now), ("not_in", before)):
                text = str(query.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
                with db.engine.connect() as conn:
                    plan = "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + text))
                seconds = []
                for _ in range(3):
                    with db.engine.connect() as conn:
                        started = time.perf_counter()
                        rows = conn.execute(query).all()
                        seconds.append(round(time.perf_counter() - started, 4))
                out[label] = {"rows": len(rows), "seconds": seconds,
                              "plan": "hashed subplan" if "hashed SubPlan" in plan
                              else "subplan per dispatch" if "SubPlan" in plan else "anti join"}
            db.dispose()
    finally:  # called from a test, the rest of its process keeps the real day
        dates.today = real_today
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
