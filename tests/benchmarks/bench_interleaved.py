"""Gudang and the bare floor posting the same documents in turns: the ratio of issue 15,
measured so that the host's drift cannot decide it. Prints one JSON line.

    python tests/benchmarks/bench_interleaved.py --scale 0.1 [--dir /tmp] [--seed 42]

`bench_core.py` posts all of Gudang's documents, then all of the floor's (bare_sqlite):
on this project's virtual machine the host's speed moves by half within minutes, so the
two halves of one run can meet two different machines, and the same code gave 2.5x and
6.5x in one hour. Here each receipt, then each issue, is posted by Gudang and by the floor
one after the other (which goes first alternates), on two fresh SQLite files with the same
durability (WAL, synchronous=FULL, one transaction per document); a slow minute slows
both. Per kind: wall and CPU ms (median and mean) of each, and their ratios. The
documents' first of each kind (statements built and prepared) is left out of the medians
and means and reported apart. Both ledgers are checked at the end (Gudang's `verify`, the
floor's balances against its moves, and FEFO through the same model for both).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks import bare_sqlite  # noqa: E402
from tests.benchmarks.bench_core import issue_inputs_of, receipt_inputs_of, set_up  # noqa: E402
from tests.benchmarks.workload import FefoModel, Workload, make_workload  # noqa: E402


def _summary(wall: list[float], cpu: list[float]) -> dict:
    return {"first_ms": round(1000 * wall[0], 3),
            "p50_ms": round(1000 * statistics.median(wall[1:]), 3), "mean_ms": round(1000 * statistics.fmean(wall[1:]), 3),
            "cpu_p50_ms": round(1000 * statistics.median(cpu[1:]), 3),
            "cpu_mean_ms": round(1000 * statistics.fmean(cpu[1:]), 3)}


def run(workload: Workload, folder: Path) -> dict:
    from gudang.db.engine import Database
    from gudang.services import catalogue, issues, receipts, verify

    db = Database(f"sqlite:///{folder / 'gudang.sqlite3'}")
    conn = bare_sqlite.connect(folder / "bare.sqlite3")
    clock, cpu = time.perf_counter, time.process_time
    times = {(engine, kind, what): [] for engine in ("gudang", "bare") for kind in ("receipt", "issue")
             for what in ("wall", "cpu")}
    models = {"gudang": FefoModel(), "bare": FefoModel()}
    try:
        actor = set_up(db, workload)
        catalogue.import_items(db, actor, workload.items)
        bare_sqlite.set_up(conn, workload)
        bare_sqlite.import_items(conn, workload)

        def gudang_receipt(document):
            posted = receipts.post_receipt(db, actor, document)
            models["gudang"].receive((line.sku, line.barcode, line.expiry, line.location, line.qty)
                                     for line in posted.lines)

        def bare_receipt(spec):
            _, lines = bare_sqlite.post_receipt(conn, workload.date, workload.donor, spec.reference, spec.lines)
            models["bare"].receive(lines)

        def gudang_issue(document, spec):
            result = issues.issue_goods(db, actor, document)
            models["gudang"].issue(result.number, spec.date, spec.lines, (
                (a.line_no, a.sku, a.barcode, a.expiry, a.location, a.qty) for a in result.allocations))

        def bare_issue(spec):
            number, allocations = bare_sqlite.issue_goods(conn, spec.date, spec.recipient, spec.lines)
            models["bare"].issue(number, spec.date, spec.lines, allocations)

        def timed(engine: str, kind: str, action) -> None:
            started, used = clock(), cpu()
            action()
            times[(engine, kind, "wall")].append(clock() - started)
            times[(engine, kind, "cpu")].append(cpu() - used)

        steps = [("receipt", (lambda d=d: gudang_receipt(d)), (lambda s=s: bare_receipt(s)))
                 for d, s in zip(receipt_inputs_of(workload), workload.receipts)]
        steps += [("issue", (lambda d=d, s=s: gudang_issue(d, s)), (lambda s=s: bare_issue(s)))
                  for d, s in zip(issue_inputs_of(workload), workload.issues)]
        for n, (kind, by_gudang, by_bare) in enumerate(steps):
            turns = [("gudang", by_gudang), ("bare", by_bare)]
            for engine, action in (turns if n % 2 else reversed(turns)):
                timed(engine, kind, action)
        verified, bare_ok = verify.verify(db).ok, bare_sqlite.verify(conn)
    finally:
        conn.close()
        db.dispose()
    out: dict = {"scale": workload.scale, "documents": {"receipts": len(workload.receipts),
                                                        "issues": len(workload.issues)}}
    for kind in ("receipt", "issue"):
        mine = _summary(times[("gudang", kind, "wall")], times[("gudang", kind, "cpu")])
        floor = _summary(times[("bare", kind, "wall")], times[("bare", kind, "cpu")])
        out[kind] = {"gudang": mine, "bare": floor, "ratio": {
            key.replace("_ms", ""): round(mine[key] / floor[key], 2)
            for key in ("p50_ms", "mean_ms", "cpu_p50_ms", "cpu_mean_ms") if floor[key]}}
    out["verify_ok"] = verified and bare_ok
    out["fefo_ok"] = models["gudang"].ok and models["bare"].ok
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--dir", help="where the two SQLite files go (default: a new temporary folder)")
    args = parser.parse_args(argv)
    workload = make_workload(args.scale, args.seed)
    if args.dir:
        folder = Path(args.dir)
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("gudang.sqlite3", "bare.sqlite3"):
            for suffix in ("", "-wal", "-shm"):
                (folder / f"{name}{suffix}").unlink(missing_ok=True)
        result = run(workload, folder)
    else:
        with tempfile.TemporaryDirectory(prefix="gudang-interleaved-") as folder:
            result = run(workload, Path(folder))
    print(json.dumps(result))
    return 0 if result["verify_ok"] and result["fefo_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
