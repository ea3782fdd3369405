"""Reads that must not grow with the whole history, on a copy of a built ledger (issue 15).

    python tests/benchmarks/bench_history.py --db /tmp/bench10.sqlite3 [--bast 2000] [--issues 150]

Build the ledger first with `bench_core.py --scale 10 --db /tmp/bench10.sqlite3 --no-bare
--no-replay --overwrite`. On a copy of it: `--bast` of the workload's dispatches are
confirmed, each by its BAST (`delivery.confirm_delivery`, every lot arrived good); then
timed: the dispatches awaiting confirmation (the confirmation page's list), the lot trace
of 50 lots, the issuing page's lists, a confirmed dispatch opened (its view, with its BAST)
for 50 of them, `--issues` goods issues of 10 lines (one unit of 10 items in stock each, to
the workload's recipients; the first 20 not counted) and `--receipts` receipts of 40 lines
from the workload's donor (the first 10 not counted). Prints one JSON line (seconds, or ms
per action).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_core import ADMIN, PASSWORD  # noqa: E402
from tests.benchmarks.bench_requests import copy  # noqa: E402
from tests.benchmarks.workload import BACKDATE_REASON  # noqa: E402


def _confirm(db, actor, count: int) -> float:
    """Confirm `count` dispatches, oldest first; returns the seconds it took."""
    from gudang.services import delivery
    from gudang.services.delivery import ConfirmationInput, ConfirmLineInput

    waiting = delivery.unconfirmed(db, 0)
    started = time.perf_counter()
    for row in waiting[:count]:
        view = delivery.dispatch_view(db, row.number)
        lines = tuple(ConfirmLineInput(lot.barcode, good=lot.qty) for lot in view.lots)
        delivery.confirm_delivery(db, actor, row.number, ConfirmationInput(
            row.date, lines, received_by="Kepala Posko", backdate_reason=BACKDATE_REASON))
    return time.perf_counter() - started


def _spread(seconds: list[float]) -> dict:
    """Mean and median in ms of the timed documents."""
    return {"mean": round(1000 * statistics.mean(seconds), 2), "median": round(1000 * statistics.median(seconds), 2),
            "count": len(seconds)}


def _timed(call, *args, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call(*args)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an SQLite ledger built by bench_core.py")
    parser.add_argument("--bast", type=int, default=2000, help="dispatches to confirm first")
    parser.add_argument("--issues", type=int, default=150)
    parser.add_argument("--receipts", type=int, default=50)
    args = parser.parse_args(argv)
    source = Path(args.db)
    if not source.exists():
        parser.error(f"{args.db} does not exist: build it with bench_core.py first")

    from gudang.db.engine import Database
    from gudang.domain.inputs import IssueInput, IssueLineInput, ReceiptInput, ReceiptLineInput
    from gudang.services import delivery, issues, pages, queries, receipts
    from gudang.services.users import authenticate

    out: dict = {"db": args.db}
    with tempfile.TemporaryDirectory(prefix="gudang-history-") as folder:
        target = Path(folder) / "history.sqlite3"
        copy(source, target)  # SQLite's backup: the WAL's pages too
        db = Database(f"sqlite:///{target}")
        actor = authenticate(db, ADMIN, PASSWORD)
        conn = db.engine.raw_connection()
        try:
            out["documents"] = dict(conn.execute("SELECT type, count(*) FROM document GROUP BY type").fetchall())
            barcodes = [row[0] for row in conn.execute(
                "SELECT barcode FROM lot WHERE id IN (SELECT lot_id FROM stock_move GROUP BY lot_id "
                "HAVING count(*) > 2) ORDER BY id LIMIT 50")]
            in_stock = [row[0] for row in conn.execute(
                "SELECT i.sku FROM balance b JOIN item i ON i.id = b.item_id JOIN location l "
                "ON l.id = b.location_id JOIN lot ON lot.id = b.lot_id WHERE l.kind = 'storage' "
                "AND lot.status = 'available' AND (lot.expiry IS NULL OR lot.expiry > date('now', '+30 days')) "
                "GROUP BY i.sku HAVING sum(b.qty) >= ?", (1000 * (args.issues + 5),))]
            recipients = [row[0] for row in conn.execute("SELECT code FROM partner WHERE kind = 'recipient'")]
            donor = conn.execute("SELECT code FROM partner WHERE kind = 'donor' ORDER BY id LIMIT 1").fetchone()[0]
            bins = [row[0] for row in conn.execute("SELECT code FROM location WHERE kind = 'storage' ORDER BY id")]
            skus = [row[0] for row in conn.execute("SELECT sku FROM item ORDER BY id LIMIT 400")]
        finally:
            conn.close()
        out["bast_seconds"] = round(_confirm(db, actor, args.bast), 1)
        out["bast"] = args.bast
        out["awaiting_confirmation_s"] = _timed(lambda: delivery.unconfirmed(db, 0))
        out["awaiting_rows"] = len(delivery.unconfirmed(db, 0))
        out["lot_trace_ms"] = round(1000 * _timed(lambda: [queries.trace_lot(db, code) for code in barcodes])
                                    / max(len(barcodes), 1), 2)
        out["issuing_lists_s"] = _timed(pages.issuing_lists, db)
        with db.engine.connect() as connection:  # dispatches confirmed above
            shown = list(connection.exec_driver_sql(
                "SELECT reference FROM document WHERE type = 'handover' ORDER BY id LIMIT 50").scalars())
        out["dispatch_view_ms"] = round(1000 * _timed(lambda: [delivery.dispatch_view(db, number) for number in shown])
                                        / max(len(shown), 1), 3)
        rng = random.Random(7)
        times = []
        for _ in range(args.issues + 20):
            lines = tuple(IssueLineInput(sku=sku, qty=Decimal(1)) for sku in rng.sample(in_stock, 10))
            issue = IssueInput(date=dt.date.today(), recipient=rng.choice(recipients), destination="Posko",
                               lines=lines)
            started = time.perf_counter()
            issues.issue_goods(db, actor, issue)
            times.append(time.perf_counter() - started)
        out["issue_ms"] = _spread(times[20:])
        today = dt.date.today()
        times = []
        for n in range(args.receipts + 10):
            lines = tuple(ReceiptLineInput(sku=sku, qty=Decimal(10), lot=f"H{n}-{k}", expiry=today + dt.timedelta(days=400),
                                           location=bins[k % len(bins)])
                          for k, sku in enumerate(rng.sample(skus, 40)))
            receipt = ReceiptInput(date=today, donor=donor, reference=f"SJ-HISTORY-{n}", lines=lines)
            started = time.perf_counter()
            receipts.post_receipt(db, actor, receipt)
            times.append(time.perf_counter() - started)
        out["receipt_ms"] = _spread(times[10:])
        db.dispose()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
