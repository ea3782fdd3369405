"""The standard workload (DESIGN.md section 10) through gudang's service layer.

    python tests/benchmarks/bench_core.py --scale 1 --db /tmp/bench.sqlite3
    python tests/benchmarks/bench_core.py --scale 1 --db postgresql://user@host/db
    python tests/benchmarks/bench_core.py --scale 0.1 --db /tmp/b.sqlite3 --bare   # the reference only

Prints one JSON line. A default run times gudang (services, then `gudang
replay` of the same documents on a fresh database) and the bare-sqlite3
reference (tests/benchmarks/bare_sqlite.py), and prints
{"scale", "gudang": {...}, "bare": {...}, "ratio": {...}}; --bare prints the
reference's object alone, --no-bare gudang's alone.

The SQLite database files (PATH, PATH.replay.sqlite3, PATH.bare.sqlite3) must
not exist unless --overwrite is given. A PostgreSQL database must be empty
(or --overwrite drops its public schema); replay uses a second database
<name>_replay on the same server, created and dropped by this script.

The checks (ledger == balances via gudang.services.verify, FEFO held for
every allocation, the stock on hand equals an in-memory model) are run on
every run and reported as "verify_ok" and "fefo_ok"; the exit code is 1 if
either failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.workload import (  # noqa: E402
    BACKDATE_REASON, EXPIRING_DAYS, FefoModel, Workload, make_workload, per_document, write_items_csv, write_replay,
)

ADMIN, PASSWORD = "bench", "bench-password"
QUERY_PHASES = ("q_stock_on_hand", "q_expiring", "q_stock_card", "q_lot_scan")


def is_url(target: str) -> bool:
    return "://" in target


def backend_of(target: str) -> str:
    return target.split(":", 1)[0].split("+", 1)[0] if is_url(target) else "sqlite"


def sqlite_files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def prepare_sqlite(path: Path, overwrite: bool) -> None:
    existing = [p for p in sqlite_files(path) if p.exists()]
    if existing and not overwrite:
        raise SystemExit(f"{path} exists: pass --overwrite to replace it")
    for p in existing:
        p.unlink()


def _pg_admin(url: str):
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    return u, create_engine(u, isolation_level="AUTOCOMMIT")


def prepare_postgres(url: str, overwrite: bool) -> None:
    from sqlalchemy import text

    _, engine = _pg_admin(url)
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()
        if tables:
            if not overwrite:
                raise SystemExit(f"{url} is not empty: pass --overwrite to drop its public schema")
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def replay_target(target: str, overwrite: bool) -> str:
    """A fresh database next to `target` for the replay run."""
    if not is_url(target):
        path = Path(f"{target}.replay.sqlite3")
        prepare_sqlite(path, overwrite)
        return str(path)
    from sqlalchemy import text

    u, engine = _pg_admin(target)
    name = f"{u.database}_replay"
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return u.set(database=name).render_as_string(hide_password=False)


def drop_replay_database(target: str, url: str) -> None:
    if not is_url(url):
        return
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    _, engine = _pg_admin(target)  # connected to the main database: one cannot drop the one in use
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    engine.dispose()


# -- gudang through the service layer -------------------------------------------

def set_up(db, workload: Workload):
    """The first administrator, the bins, the donor and the recipients; returns the actor."""
    from gudang.services import locations, partners, setup
    from gudang.services.users import authenticate

    setup.initialize(db, ADMIN, PASSWORD)
    actor = authenticate(db, ADMIN, PASSWORD)
    for code in workload.bins:
        locations.add_location(db, actor, code, "storage")
    partners.add_partner(db, actor, partners.PartnerInput(workload.donor, "Donatur benchmark", "donor"))
    for code in workload.recipients:
        partners.add_partner(db, actor, partners.PartnerInput(code, f"Posko {code}", "recipient"))
    return actor


def receipt_inputs_of(workload: Workload) -> list:
    from gudang.domain.inputs import ReceiptInput, ReceiptLineInput

    return [ReceiptInput(date=workload.date, donor=workload.donor, reference=r.reference,
                         backdate_reason=BACKDATE_REASON, lines=tuple(
                ReceiptLineInput(sku=l.sku, qty=Decimal(l.qty), lot=l.lot, expiry=l.expiry, location=l.location)
                for l in r.lines))
            for r in workload.receipts]


def issue_inputs_of(workload: Workload) -> list:
    from gudang.domain.inputs import IssueInput, IssueLineInput

    return [IssueInput(date=i.date, recipient=i.recipient, destination=f"Posko {i.recipient}",
                       backdate_reason=BACKDATE_REASON, lines=tuple(
                IssueLineInput(sku=l.sku, qty=Decimal(l.qty)) for l in i.lines))
            for i in workload.issues]


def run_gudang(workload: Workload, target: str, *, replay: bool = True, overwrite: bool = False,
               synchronous: str = "FULL") -> dict:
    """Run the workload on a fresh database at `target` (path or URL) and return the result object."""
    from gudang.db.engine import Database, resolve_url
    from gudang.services import catalogue, issues, queries, receipts, scanning, verify

    if is_url(target):
        prepare_postgres(target, overwrite)
    else:
        prepare_sqlite(Path(target), overwrite)
    url = resolve_url(target)
    db = Database(url)
    if db.is_sqlite and synchronous != "FULL":  # a diagnostic: what the run costs without the fsyncs
        from sqlalchemy import event

        event.listen(db.engine, "connect",
                     lambda dbapi, _record: dbapi.execute(f"PRAGMA synchronous = {synchronous}"))
    from tests.benchmarks.roundtrips import StatementCounter

    counter = StatementCounter(db.engine)  # statements and round trips per document (roundtrips.py)
    counts: dict[str, list] = {"receipt": [], "issue": []}
    phases: dict[str, float] = {}
    per_call: dict[str, list[float]] = {"receipt": [], "issue": [], "stock_card": [], "lot_scan": []}
    clock, cpu = time.perf_counter, time.process_time
    cpu_time = {"receipt": 0.0, "issue": 0.0}
    model = FefoModel()
    try:
        started = clock()
        actor = set_up(db, workload)
        phases["setup"] = clock() - started

        started = clock()
        catalogue.import_items(db, actor, workload.items)
        phases["items"] = clock() - started

        receipt_inputs = receipt_inputs_of(workload)
        barcodes: list[list[str]] = []
        started = clock()
        for receipt in receipt_inputs:
            t0, c0 = clock(), cpu()
            with counter.measure() as count:
                posted = receipts.post_receipt(db, actor, receipt)
            per_call["receipt"].append(clock() - t0)
            counts["receipt"].append(count)
            cpu_time["receipt"] += cpu() - c0
            barcodes.append([line.barcode for line in posted.lines])
            model.receive((line.sku, line.barcode, line.expiry, line.location, line.qty) for line in posted.lines)
        phases["receipts"] = clock() - started

        issue_inputs = issue_inputs_of(workload)
        started = clock()
        for spec, issue in zip(workload.issues, issue_inputs):
            t0, c0 = clock(), cpu()
            with counter.measure() as count:
                result = issues.issue_goods(db, actor, issue)
            per_call["issue"].append(clock() - t0)
            counts["issue"].append(count)
            cpu_time["issue"] += cpu() - c0
            model.issue(result.number, spec.date, spec.lines, (
                (a.line_no, a.sku, a.barcode, a.expiry, a.location, a.qty) for a in result.allocations))
        phases["issues"] = clock() - started

        started = clock()
        on_hand = queries.stock_on_hand(db)
        phases["q_stock_on_hand"] = clock() - started

        started = clock()
        expiring = queries.expiring(db, EXPIRING_DAYS, as_of=workload.as_of)
        phases["q_expiring"] = clock() - started

        started = clock()
        for sku in workload.card_skus:
            t0 = clock()
            queries.stock_card(db, sku)
            per_call["stock_card"].append(clock() - t0)
        phases["q_stock_card"] = clock() - started

        scans = [barcodes[r][n] for r, n in workload.scan_lots]
        started = clock()
        scan_problems = 0
        for code in scans:
            t0 = clock()
            found = scanning.resolve(db, code)
            per_call["lot_scan"].append(clock() - t0)
            if found.kind != "lot" or found.data["on_hand"] is None or found.data["expiry"] is None:
                scan_problems += 1
        phases["q_lot_scan"] = clock() - started

        screens = screen_timings(db, counter, workload)

        started = clock()
        report = verify.verify(db)
        phases["verify"] = clock() - started
        started = clock()
        quick = verify.verify(db, full=False)
        phases["verify_quick"] = clock() - started
        if not quick.ok:
            model.problems.append("verify --quick found problems the full check did not")

        model.compare((row.barcode, row.location, row.qty) for row in on_hand)
        want_expiring = {(b, loc) for (b, loc) in model.on_hand()
                         if (model.expiry[b] - workload.as_of).days <= EXPIRING_DAYS}
        if {(row.barcode, row.location) for row in expiring} != want_expiring:
            model.problems.append("the expiring query does not match the model")
        if scan_problems:
            model.problems.append(f"{scan_problems} lot scans did not resolve to a lot with expiry and on hand")
    finally:
        counter.close()
        db.dispose()

    result = {
        "scale": workload.scale, "backend": backend_of(target), "engine": "gudang",
        **({"delay_ms": _delay_of(target)} if is_url(target) else {}),
        **({"synchronous": synchronous} if db.is_sqlite else {}),
        "documents": {"receipts": len(workload.receipts), "receipt_lines": workload.receipt_lines,
                      "issues": len(workload.issues),
                      "allocations": model.allocations_checked},
        "seconds": {k: round(v, 4) for k, v in phases.items()},
        "ms": {"receipt": per_document(per_call["receipt"]), "issue": per_document(per_call["issue"]),
               "stock_card": per_document(per_call["stock_card"]),
               "lot_scan": per_document(per_call["lot_scan"])},
        "cpu_ms": {kind: round(1000 * spent / max(1, len(per_call[kind])), 3) for kind, spent in cpu_time.items()},
        "statements": {kind: _spread([c.statements for c in counts[kind]]) for kind in counts},
        "round_trips": {kind: _spread([c.round_trips for c in counts[kind]]) for kind in counts},
        # statements SQLite compiled per document after the first (0: each is prepared once per connection)
        **({"compiled_after_first": {kind: _spread([c.compiled for c in counts[kind][1:]] or [0]) for kind in counts}}
           if db.is_sqlite else {}),
        "screens": screens,
        "rows": {"stock_on_hand": len(on_hand), "expiring": len(expiring)},
        "verify_ok": report.ok, "fefo_ok": model.ok,
    }
    if not report.ok:
        result["verify_problems"] = list(report.problems[:5])
    if not model.ok:
        result["fefo_problems"] = model.problems[:5]
    if replay and synchronous == "FULL":
        result["replay"] = run_replay(workload, target, overwrite=overwrite)
    return result


def _delay_of(target: str) -> float:
    from tests.benchmarks import slowlink

    return slowlink.active_delay_ms(target)


def _spread(values: list[int]) -> dict:
    if not values:
        return {"mean": None, "max": None}
    return {"mean": round(sum(values) / len(values), 2), "max": max(values)}


SCREEN_REPEATS = 5


def screen_timings(db, counter, workload) -> dict:
    """What each page asks the core when it is shown (bench_roundtrips.screen_loads): the median
    ms of SCREEN_REPEATS loads and the round trips of one (the stock card: of 10 items)."""
    import statistics

    from tests.benchmarks.bench_roundtrips import screen_loads

    loads = screen_loads()
    out = {}
    for name, call in loads.items():
        spent, trips = [], []
        samples = [(sku,) for sku in workload.card_skus[:10]] if name == "screen_stock_card" else \
            [()] * SCREEN_REPEATS
        for args in samples:
            with counter.measure() as count:
                t0 = time.perf_counter()
                call(db, *args)
                spent.append(time.perf_counter() - t0)
            trips.append(count.round_trips)
        out[name] = {"ms": round(1000 * statistics.median(spent), 2), "round_trips": max(trips)}
    return out


def _gudang(args: list[str], env: dict, *, check: bool = True, stdin: str | None = None
            ) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "gudang", *args], env=env, capture_output=True,
                          text=True, cwd=ROOT, input=stdin)
    if check and done.returncode != 0:
        raise RuntimeError(f"gudang {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done


def run_replay(workload: Workload, target: str, *, overwrite: bool = False) -> dict:
    """Time `gudang replay FILE --json` of the same documents on a fresh database."""
    url = replay_target(target, overwrite)
    env = dict(os.environ, GUDANG_USER=ADMIN, GUDANG_PASSWORD=PASSWORD, GUDANG_LANG="en",
               PYTHONPATH=str(ROOT))
    try:
        with tempfile.TemporaryDirectory(prefix="gudang-bench-") as tmp:
            items = write_items_csv(workload, Path(tmp) / "items.csv")
            setup_file = Path(tmp) / "setup.jsonl"
            documents = Path(tmp) / "documents.jsonl"
            with open(setup_file, "w") as out:
                out.writelines(line for line in _setup_lines(workload))
            write_replay(workload, documents, setup=False)
            _gudang(["--db", url, "init", "--admin-user", ADMIN, "--admin-password-stdin"], env, stdin=PASSWORD + "\n")
            _gudang(["--db", url, "--json", "item", "import", str(items)], env)
            _gudang(["--db", url, "--json", "replay", str(setup_file)], env)
            started = time.perf_counter()
            done = _gudang(["--db", url, "--json", "replay", str(documents)], env)
            wall = time.perf_counter() - started
        stats = json.loads(done.stdout)
        out = {"wall_seconds": round(wall, 3)}
        for kind in ("receipt", "issue"):
            entry = stats.get(kind, {"count": 0, "seconds": 0})
            out[kind] = {"count": entry["count"], "seconds": entry["seconds"],
                         "ms_per_document": round(1000 * entry["seconds"] / entry["count"], 3)
                         if entry["count"] else None}
        return out
    finally:
        drop_replay_database(target, url)


def _setup_lines(workload: Workload):
    from tests.benchmarks.workload import replay_records

    for record in replay_records(workload, setup=True):
        if record["type"] in ("location", "partner"):
            yield json.dumps(record) + "\n"


# -- comparison -------------------------------------------------------------------

def ratios(gudang: dict, bare: dict) -> dict:
    out = {}
    for phase in ("receipts", "issues", *QUERY_PHASES):
        g, b = gudang["seconds"].get(phase), bare["seconds"].get(phase)
        if g is not None and b:
            out[phase] = round(g / b, 2)
    for kind in ("receipt", "issue"):
        g, b = gudang.get("cpu_ms", {}).get(kind), bare.get("cpu_ms", {}).get(kind)
        if g is not None and b:
            out[f"{kind}_cpu_ms"] = round(g / b, 2)
    for kind in ("receipt", "issue", "stock_card", "lot_scan"):
        for stat in ("mean", "p50", "p95"):
            g, b = gudang["ms"][kind][stat], bare["ms"][kind][stat]
            if g is not None and b:
                out[f"{kind}_ms_{stat}"] = round(g / b, 2)
    if "replay" in gudang:
        for kind in ("receipt", "issue"):
            g, b = gudang["replay"][kind]["ms_per_document"], bare["ms"][kind]["mean"]
            if g is not None and b:
                out[f"replay_{kind}_ms"] = round(g / b, 2)
    return out


def markdown_table(d: dict) -> str:
    """The README table (phase | gudang | bare | ratio) from a printed result object."""
    lines: list[str] = []
    g, b = (d["gudang"], d["bare"]) if "gudang" in d else (d, None)
    def f(x, unit=""):
        return "-" if x is None else (f"{x:.3f}" if x < 1 else f"{x:.2f}" if x < 100 else f"{x:.0f}") + unit
    def row(name, gv, bv, unit):
        r = f"{gv / bv:.1f}x" if (gv is not None and bv) else "-"
        lines.append(f"| {name} | {f(gv, unit)} | {f(bv, unit)} | {r} |")
    lines.append(f"| phase | gudang ({g['backend']}) | bare sqlite3 | ratio |\n|---|---|---|---|")
    for p in ("setup", "items", "receipts", "issues"):
        row(f"{p} (s)", g["seconds"][p], b and b["seconds"][p], "")
    for k, label in (("receipt", "40-line receipt"), ("issue", "10-line FEFO issue")):
        for s in ("mean", "p50", "p95"):
            row(f"{label}, {s} (ms)", g["ms"][k][s], b and b["ms"][k][s], "")
        row(f"{label}, CPU mean (ms)", g["cpu_ms"][k], b and b["cpu_ms"][k], "")
    if "replay" in g:
        for k, label in (("receipt", "replay: receipt"), ("issue", "replay: issue")):
            row(f"{label}, mean (ms)", g["replay"][k]["ms_per_document"], b and b["ms"][k]["mean"], "")
    for p, label in (("q_stock_on_hand", "(a) stock on hand, all items"), ("q_expiring", "(b) expiring within 60 days")):
        row(f"{label} (ms)", 1000 * g["seconds"][p], b and 1000 * b["seconds"][p], "")
    row("(c) stock card, per item, mean (ms)", g["ms"]["stock_card"]["mean"], b and b["ms"]["stock_card"]["mean"], "")
    row("(d) lot-barcode lookup, mean (ms)", g["ms"]["lot_scan"]["mean"], b and b["ms"]["lot_scan"]["mean"], "")
    row("verify (s)", g["seconds"]["verify"], b and b["seconds"]["verify"], "")
    if "verify_quick" in g["seconds"]:
        row("verify --quick (s)", g["seconds"]["verify_quick"], None, "")
    lines.append(f"\nrows: {g['rows']}; allocations checked: {g['documents']['allocations']}; verify_ok={g['verify_ok']}, fefo_ok={g['fefo_ok']}"
          + (f"; bare verify_ok={b['verify_ok']}, fefo_ok={b['fefo_ok']}" if b else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    if argv is None and len(sys.argv) == 3 and sys.argv[1] == "--table":
        print(markdown_table(json.loads(Path(sys.argv[2]).read_text())))  # the README table of a saved run
        return 0
    parser.add_argument("--db", required=True, help="SQLite path or PostgreSQL URL for the gudang run, or "
                        "`pgserver` for a throwaway PostgreSQL server (tests/support/pgserver.py) with "
                        "durability switched back on (fsync, synchronous_commit, full_page_writes)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--bare", action="store_true", help="run only the bare-sqlite3 reference")
    parser.add_argument("--no-bare", action="store_true", help="run only gudang")
    parser.add_argument("--no-replay", action="store_true", help="skip the `gudang replay` run")
    parser.add_argument("--bare-db", help="where the reference's SQLite file goes (default: next to --db)")
    parser.add_argument("--overwrite", action="store_true", help="replace existing benchmark databases")
    parser.add_argument("--delay-ms", type=float, default=0.0,
                        help="PostgreSQL only: run through a TCP proxy that delays each way by this much "
                             "(tests/benchmarks/slowlink.py; a 4G VPN is 20-30 ms each way); no replay")
    parser.add_argument("--synchronous", choices=("FULL", "NORMAL"), default="FULL",
                        help="SQLite synchronous pragma for both engines (FULL is gudang's; NORMAL shows "
                             "the cost without an fsync per commit; replay is skipped then)")
    args = parser.parse_args(argv)
    workload = make_workload(args.scale, args.seed)
    server = None
    proxy = None
    if args.db == "pgserver" and not args.bare:
        server, args.db = start_postgres()
        args.bare_db = args.bare_db or str(Path(tempfile.gettempdir()) / f"gudang-bench-{os.getpid()}.bare.sqlite3")
    try:
        if args.delay_ms:
            if not is_url(args.db):
                raise SystemExit("--delay-ms needs PostgreSQL (--db pgserver or a URL)")
            from tests.benchmarks.slowlink import behind_proxy

            proxy, args.db = behind_proxy(args.db, args.delay_ms)
            args.no_replay = True
        return _run(args, workload)
    finally:
        if proxy is not None:
            proxy.stop()
        if server is not None:
            server.stop()


def start_postgres():
    """A throwaway server from tests/support/pgserver.py, made durable like a real one."""
    from tests.support.pgserver import PostgresServer

    server = PostgresServer().start()
    for setting in ("fsync = on", "synchronous_commit = on", "full_page_writes = on"):
        server.execute_admin(f"ALTER SYSTEM SET {setting}")
    server.execute_admin("SELECT pg_reload_conf()")
    return server, server.create_database("gudang_bench")


def _run(args: argparse.Namespace, workload: Workload) -> int:
    from tests.benchmarks import bare_sqlite

    bare_path = Path(args.bare_db) if args.bare_db else (
        Path(f"{args.db}.bare.sqlite3") if not is_url(args.db)
        else Path(tempfile.gettempdir()) / f"gudang-bench-{os.getpid()}.bare.sqlite3")
    if args.bare:
        prepare_sqlite(bare_path, args.overwrite)
        out = bare_sqlite.run_bare(workload, bare_path, synchronous=args.synchronous)
        ok = out["verify_ok"] and out["fefo_ok"]
    else:
        gudang = run_gudang(workload, args.db, replay=not args.no_replay, overwrite=args.overwrite,
                            synchronous=args.synchronous)
        ok = gudang["verify_ok"] and gudang["fefo_ok"]
        if args.no_bare:
            out = gudang
        else:
            prepare_sqlite(bare_path, args.overwrite)
            bare = bare_sqlite.run_bare(workload, bare_path, synchronous=args.synchronous)
            ok = ok and bare["verify_ok"] and bare["fefo_ok"]
            out = {"scale": args.scale, "backend": gudang["backend"], "gudang": gudang, "bare": bare,
                   "ratio": ratios(gudang, bare)}
    print(json.dumps(out, separators=(",", ":"), default=str))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
