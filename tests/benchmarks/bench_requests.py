"""Benchmark of needs-based allocation and of the reports (issue 13), on the standard workload.

    .venv/bin/python tests/benchmarks/bench_requests.py --db /tmp/bench10.sqlite3 --scale 10

The ledger is the standard workload's (tests/benchmarks/workload.py, DESIGN.md section
10) at the given scale. Building it at S=10 takes a long while, so the database at --db
is kept and reused: it is built only when missing, built by an older schema, or with
--rebuild, and every run works on a copy of it. On the copy:

- the workload's recipients get real Kampar kecamatan and desa (the 4W groups by them);
- 200 open requests of one event, 10 lines each, over 2,000 items (priorities 1-3,
  quantities 10..300), are entered;
- `allocation.plan_allocation` is timed (median of --repeat runs), then
  `allocation.draft_plan` once (200 draft goods issues in one transaction);
- each report is timed: 4W by kecamatan and in detail, donor accountability of the
  workload's donor (every lot), position (mutasi) over the whole period, the three charts'
  figures, and the XLSX export of the position report.

Prints one JSON line. Targets (issue 13 and 15): allocation under 1 s; reports under a few
seconds, 4W and position under 3 s at S=10.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

REQUESTS, LINES, ITEMS = 200, 10, 2_000
EVENT = "BENCH-NEEDS"
SMALL_DONOR = "DON-BENCH-15"


def build(path: Path, scale: float, seed: int) -> dict:
    from tests.benchmarks.bench_core import run_gudang
    from tests.benchmarks.workload import make_workload

    started = time.perf_counter()
    # synchronous=NORMAL: the ledger is what matters here, not the fsync per posting.
    result = run_gudang(make_workload(scale, seed), str(path), replay=False, overwrite=True, synchronous="NORMAL")
    return {"build_seconds": round(time.perf_counter() - started, 1), "verify_ok": result["verify_ok"],
            "fefo_ok": result["fefo_ok"], "documents": result["documents"]}


def stale(path: Path) -> bool:
    """The saved database was built by an older schema (its migrations were renumbered or
    added since): it is built again rather than trusted."""
    from gudang.db.migrate import HEAD

    try:
        with sqlite3.connect(path) as conn:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] != HEAD
    except sqlite3.Error:
        return True


def copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def timed(function, *args, **kwargs):
    """(value, wall seconds, CPU seconds): the CPU time is what a quiet machine would take, the
    shared test machine being often busy with other work (SQLite runs in this process)."""
    started, cpu = time.perf_counter(), time.process_time()
    value = function(*args, **kwargs)
    return value, time.perf_counter() - started, time.process_time() - cpu


def prepare(db, seed: int) -> float:
    """Kampar places and people for the workload's recipients, an event, 200 open requests."""
    from sqlalchemy import select, text

    from gudang.db.models import Item, Partner
    from gudang.domain.regions import regions
    from gudang.domain.request_inputs import RequestInput, RequestLineInput
    from gudang.services import partners, requests
    from gudang.services.uow import Actor, UnitOfWork

    rng = random.Random(seed)
    actor = Actor("admin", "admin")
    with UnitOfWork(db, write=False) as uow:
        skus = uow.conn.execute(select(Item.sku).order_by(Item.id).limit(ITEMS)).scalars().all()
        recipients = uow.conn.execute(select(Partner.code).where(Partner.kind == "recipient")
                                      .order_by(Partner.code)).scalars().all()
    villages = [r for r in regions().regions if r.kind in ("desa", "kelurahan")]
    started = time.perf_counter()
    for code in recipients:
        village = rng.choice(villages)
        kecamatan = regions().by_code(village.parent_code)
        partners.change_partner(db, actor, code, region=kecamatan.name, desa=village.name,
                                people_served=rng.randint(80, 900), households=rng.randint(20, 240))
    today = dt.date.today()
    partners.add_event(db, actor, EVENT, "Banjir benchmark", "banjir", today)
    # A second donor owning one lot in 15, as one of the demo's 15 donors would (the workload has one).
    partners.add_partner(db, actor, partners.PartnerInput(SMALL_DONOR, "Donatur sebagian", "donor"))
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            conn.execute(text("UPDATE lot SET donor_id = (SELECT id FROM partner WHERE code = :code) "
                              "WHERE id % 15 = 0"), {"code": SMALL_DONOR})
    for _ in range(REQUESTS):
        lines = tuple(RequestLineInput(sku, Decimal(rng.randint(10, 300))) for sku in rng.sample(skus, LINES))
        requests.add_request(db, actor, RequestInput(today, rng.choice(recipients), lines, event=EVENT,
                                                     priority=rng.choice((1, 2, 2, 3))))
    return round(time.perf_counter() - started, 1)


def run(path: Path, repeat: int, seed: int) -> dict:
    from gudang.db.engine import Database
    from gudang.reports import indicators
    from gudang.reports.distribution import distribution_report
    from gudang.reports.donor import donor_report
    from gudang.reports.exports import write_csv, write_xlsx
    from gudang.reports.position import position_report
    from gudang.services import allocation
    from gudang.services.uow import Actor
    from tests.benchmarks.workload import BASE_DATE, DONOR, ISSUE_DAYS

    db = Database(f"sqlite:///{path}")
    actor = Actor("admin", "admin")
    today = dt.date.today()
    last_issue = BASE_DATE + dt.timedelta(days=ISSUE_DAYS)  # the workload's issues end here
    out: dict = {}
    try:
        out["setup_seconds"] = prepare(db, seed)
        times, cpus = [], []
        for _ in range(repeat):
            plan, seconds, cpu = timed(allocation.plan_allocation, db, EVENT)
            times.append(seconds)
            cpus.append(cpu)
        out["allocate"] = {"requests": len({l.request_id for l in plan.lines}), "lines": len(plan.lines),
                           "items": len(plan.stock), "short_items": sum(1 for s in plan.stock if s.short),
                           "seconds_median": round(statistics.median(times), 3), "seconds_max": round(max(times), 3),
                           "cpu_median": round(statistics.median(cpus), 3)}
        drafted, seconds, cpu = timed(allocation.draft_plan, db, actor, EVENT)
        out["allocate"].update(draft_seconds=round(seconds, 3), draft_cpu=round(cpu, 3), drafts=len(drafted.drafts))

        reports = {}
        for name, call in (
                ("4w_kecamatan", lambda: distribution_report(db, by="kecamatan")),
                ("4w_detail", lambda: distribution_report(db, by="detail")),
                ("donor", lambda: donor_report(db, DONOR)),
                ("donor_one_in_15", lambda: donor_report(db, SMALL_DONOR)),
                ("position", lambda: position_report(db, today.replace(year=today.year - 1), today)),
                ("chart_kecamatan", lambda: indicators.distribution_by_kecamatan(db)),
                ("chart_cover", lambda: indicators.stock_cover(db, days=30, as_of=last_issue)),
                ("chart_expiries", lambda: indicators.expiries_by_month(db, months=12))):
            value, seconds, cpu = timed(call)
            rows = sum(len(t.rows) for t in value.tables) if hasattr(value, "tables") else len(value)
            reports[name] = {"seconds": round(seconds, 3), "cpu": round(cpu, 3), "rows": rows}
        position = position_report(db, today.replace(year=today.year - 1), today)
        folder = Path(tempfile.mkdtemp(prefix="gudang-bench-"))
        for suffix, writer in (("xlsx", write_xlsx), ("csv", write_csv)):
            _, seconds, cpu = timed(writer, position, folder / f"posisi.{suffix}")
            reports[f"position_{suffix}"] = {"seconds": round(seconds, 3), "cpu": round(cpu, 3),
                                             "rows": len(position.tables[0].rows)}
        shutil.rmtree(folder, ignore_errors=True)
        out["reports"] = reports
    finally:
        db.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the saved workload database (built when missing)")
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--repeat", type=int, default=5, help="runs of the allocation plan")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    saved = Path(args.db)
    result: dict = {"scale": args.scale}
    if args.rebuild or not saved.exists() or stale(saved):
        result["build"] = build(saved, args.scale, args.seed)
    work = Path(tempfile.mkdtemp(prefix="gudang-bench-")) / "work.sqlite3"
    copy(saved, work)
    try:
        result.update(run(work, args.repeat, args.seed))
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)
    print(json.dumps(result))
    ok = result["allocate"]["cpu_median"] < 1 and all(
        r["cpu"] < 5 for name, r in result["reports"].items() if name in ("4w_kecamatan", "position"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
