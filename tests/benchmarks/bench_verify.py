"""`gudang verify`, full and quick, on a database built by bench_core (issue 15, item 4).

    python tests/benchmarks/bench_verify.py --db /tmp/s10.sqlite3 [--runs 3]

Build the database first, e.g. `bench_core.py --scale 10 --db /tmp/s10.sqlite3 --no-bare
--no-replay --overwrite` (a few minutes). Prints one JSON line: the ledger's size and, per
mode, the wall time of each run (seconds), the median and whether the database checked out.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from gudang.db.engine import Database
    from gudang.services.verify import verify

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an SQLite file or a PostgreSQL URL")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    if "://" not in args.db and not Path(args.db).exists():
        parser.error(f"{args.db} does not exist: build it with bench_core.py first")
    db = Database(url)
    out: dict = {"db": args.db}
    ok = True
    for mode, full in (("full", True), ("quick", False)):
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            report = verify(db, full=full)
            times.append(round(time.perf_counter() - started, 3))
            ok = ok and report.ok
        out[mode] = {"seconds": times, "median": statistics.median(times), "ok": report.ok,
                     "rows_recomputed": report.rows}
        out.setdefault("ledger", {"moves": report.moves, "balances": report.balances,
                                  "documents": report.documents, "audit_entries": report.audit_entries})
    db.dispose()
    if db.is_sqlite:  # gudang.db.sqlite_memory: off unless sqlite3 was loaded before gudang.db
        from gudang.db.sqlite_memory import memory_statistics_off

        out["sqlite_memory_statistics_off"] = memory_statistics_off()
    print(json.dumps(out))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
