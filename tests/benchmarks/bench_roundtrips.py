"""Statements and round trips per user action (issue 15), on SQLite or PostgreSQL.

    python tests/benchmarks/bench_roundtrips.py --db /tmp/rt.sqlite3 --overwrite
    python tests/benchmarks/bench_roundtrips.py --db pgserver                 # throwaway PostgreSQL
    python tests/benchmarks/bench_roundtrips.py --db pgserver --delay-ms 20   # behind a 20 ms link
    python tests/benchmarks/bench_roundtrips.py --db /tmp/rt.sqlite3 --overwrite --log issue

Builds a small standard workload (S=0.02 unless --scale: 40 items, 10 receipts,
40 issues), then counts (tests/benchmarks/roundtrips.py says how) what each
action sends to the database:

- `receipt`: a 40-line receipt (every receipt of the workload);
- `issue`: a 10-line FEFO goods issue in one step (`issues.issue_goods`);
- `draft_approve_post`: the same kind of issue as draft, approval and posting;
- `count_scan`: one lot label scanned in an open stock count;
- screens, as the page calls the core when it is shown (`screen_*`): the issuing
  page, the stock card, the dashboard, the stock list (first screenful), the
  documents register (first screenful), the receiving page, the requests page
  (tests/ui/test_page_round_trips.py counts every page of the real window);
- `transfer` (3 lines between bins), `writeoff` (2 lines), `quarantine` and `release` of a
  lot, `bast` (the confirmation of a 10-line issue) and `count_post` (a count of ten bins
  posted, every lot a variance);
- scans on the receiving and issuing pages (`scan_lot_label`, `scan_sku`,
  `scan_gs1`: a GS1 string of a carton) and the lot trace (`lot_trace`).

Prints one JSON line: per action the statements and round trips (min, median,
max over its runs) and, behind a delay, the wall time in ms (median). With
--log ACTION the statements of one run of that action are printed on stderr.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.roundtrips import Count, StatementCounter  # noqa: E402
from tests.benchmarks.workload import BACKDATE_REASON, make_workload  # noqa: E402

ADMIN, PASSWORD = "bench", "bench-password"
STOCK_CHUNK = 200  # rows the stock and register pages fetch first (ui/models/table.py CHUNK)


def screen_loads():
    """What each page asks the core when it is shown, as (name, [(service, args, kwargs)])."""
    from gudang.services import activity, dashboard, pages, partners, queries, register, requests, setup

    def stock_page(db):
        pages.stock_choices(db)  # categories and bins for the filters
        keys = dashboard.stock_keys(db, dashboard.StockFilter())
        dashboard.stock_rows_for(db, keys[:STOCK_CHUNK], None)

    def register_page(db):
        partners.list_partners(db)
        keys = register.register_keys(db, register.RegisterFilter())
        register.register_rows(db, keys[:STOCK_CHUNK])

    def issuing_page(db):
        setup.get_settings(db)  # backdate_days, when the page is built
        pages.issuing_lists(db)  # recipients, events, items, what can be issued today

    def dashboard_page(db):
        dashboard.dashboard(db)
        register.pending(db)
        activity.recent(db, 50, 0)

    def receiving_page(db):
        pages.receiving_lists(db)  # settings, donors, events, bins

    def requests_page(db):
        partners.list_events(db)  # the event filter
        requests.list_requests(db)  # with their lines, issued and pending

    return {"screen_issuing": issuing_page, "screen_dashboard": dashboard_page,
            "screen_stock": stock_page, "screen_register": register_page,
            "screen_receiving": receiving_page, "screen_requests": requests_page,
            "screen_stock_card": lambda db, sku: queries.stock_card(db, sku)}


def moving_documents(db, actor, workload, timed) -> None:
    """A 3-line transfer between bins, a 2-line write-off, a quarantine and its release, the
    BAST of a 10-line issue and a stock count of ten bins posted with its variances, each
    timed as one action (gudang.services.moves_posting: one read, one write)."""
    from gudang.domain.inputs import IssueInput, IssueLineInput
    from gudang.services import counts, delivery, issues, quarantine, queries, transfers, writeoff

    today = workload.as_of
    stocked = [row for row in queries.stock_on_hand(db) if row.location in workload.bins and row.qty >= 2]
    for n in range(3):
        picks = stocked[3 * n:3 * n + 3]
        timed("transfer", transfers.post_transfer, db, actor, transfers.TransferInput(
            date=today, backdate_reason=BACKDATE_REASON, lines=tuple(transfers.TransferLineInput(
                row.barcode, Decimal(1), row.location, next(b for b in workload.bins if b != row.location))
                for row in picks)))
        picks = stocked[9 + 2 * n:11 + 2 * n]
        timed("writeoff", writeoff.post_writeoff, db, actor, writeoff.WriteoffInput(
            date=today, reason="benchmark: kemasan rusak", backdate_reason=BACKDATE_REASON,
            lines=tuple(writeoff.WriteoffLineInput(row.barcode, Decimal(1), row.location) for row in picks)))
        lot = stocked[20 + n].barcode
        timed("quarantine", quarantine.quarantine_lot, db, actor, lot, "benchmark: kemasan basah", date=today,
              backdate_reason=BACKDATE_REASON)
        timed("release", quarantine.release_lot, db, actor, lot, reason="benchmark: diperiksa, baik", date=today,
              backdate_reason=BACKDATE_REASON)
        skus = sorted({row.sku for row in stocked[30:]})[10 * n:10 * n + 10]
        shipped = issues.issue_goods(db, actor, IssueInput(
            date=today, recipient=workload.recipients[n], backdate_reason=BACKDATE_REASON,
            lines=tuple(IssueLineInput(sku=sku, qty=Decimal(1)) for sku in skus)))
        view = delivery.dispatch_view(db, shipped.number)
        timed("bast", delivery.confirm_delivery, db, actor, shipped.number, delivery.ConfirmationInput(
            date=today, received_by="Kepala Posko", backdate_reason=BACKDATE_REASON,
            lines=tuple(delivery.ConfirmLineInput(lot.barcode, good=lot.qty) for lot in view.lots)))
        # A count of ten bins, every lot found one more than the books say: a variance each.
        places = workload.bins[3 + 10 * n:13 + 10 * n]
        session = counts.start_count(db, actor, places)
        for place in places:
            counts.scan_count(db, actor, session.id, place)
            for row in queries.stock_on_hand(db, location=place):
                counts.scan_count(db, actor, session.id, row.barcode, row.qty + 1)
        timed("count_post", counts.post_count, db, actor, session.id, "benchmark: selisih hitung")


def run(target: str, scale: float, *, overwrite: bool, log: str | None, proxy=None) -> dict:
    from gudang.db.engine import Database, resolve_url
    from gudang.services import catalogue, counts, issues, receipts
    from tests.benchmarks.bench_core import (is_url, issue_inputs_of, prepare_postgres, prepare_sqlite,
                                             receipt_inputs_of, set_up)

    if is_url(target):
        prepare_postgres(target, overwrite)
    else:
        prepare_sqlite(Path(target), overwrite)
    workload = make_workload(scale)
    db = Database(resolve_url(target))
    counter = StatementCounter(db.engine)
    results: dict[str, list[tuple[Count, float, int | None]]] = {}

    def timed(name, call, *args, **kwargs):
        turns = proxy.turns if proxy else None
        with counter.measure() as count:
            t0 = time.perf_counter()
            value = call(*args, **kwargs)
            spent = time.perf_counter() - t0
        results.setdefault(name, []).append((count, spent, (proxy.turns - turns) if proxy else None))
        return value

    try:
        actor = set_up(db, workload)
        catalogue.import_items(db, actor, workload.items)
        for receipt in receipt_inputs_of(workload):
            timed("receipt", receipts.post_receipt, db, actor, receipt)
        inputs = issue_inputs_of(workload)
        staged = inputs[-len(inputs) // 4:]  # the last quarter goes draft -> approve -> post
        for issue in inputs[:len(inputs) - len(staged)]:
            timed("issue", issues.issue_goods, db, actor, issue)
        for issue in staged:
            with counter.measure() as whole:
                t0 = time.perf_counter()
                turns = proxy.turns if proxy else None
                draft = timed("draft", issues.draft_issue, db, actor, issue)
                timed("approve", issues.approve_issue, db, actor, draft.id)
                timed("post", issues.post_issue, db, actor, draft.id)
                spent = time.perf_counter() - t0
            whole.log = [entry for name in ("draft", "approve", "post") for entry in results[name][-1][0].log]
            results.setdefault("draft_approve_post", []).append(
                (whole, spent, (proxy.turns - turns) if proxy else None))

        session = counts.start_count(db, actor, [workload.bins[0]])
        counts.scan_count(db, actor, session.id, workload.bins[0])
        from gudang.services import queries

        lots = [row.barcode for row in queries.stock_on_hand(db, location=workload.bins[0])][:5]
        for barcode in lots:
            timed("count_scan", counts.scan_count, db, actor, session.id, barcode)
        counts.cancel_count(db, actor, session.id, "benchmark")
        moving_documents(db, actor, workload, timed)

        from gudang.domain.inputs import IssueInput, IssueLineInput
        from gudang.domain.request_inputs import RequestInput, RequestLineInput
        from gudang.services import requests

        # The requests page lists them with what was issued: five items that can still be issued
        # today (the workload's dates are fixed, so as the calendar moves on its first items' lots
        # expire or run out, and the requests' issues failed for want of stock).
        stock = catalogue.issuable_stock(db)
        skus = sorted(stock, key=lambda sku: (-stock[sku], sku))[:5]
        for n, recipient in enumerate(workload.recipients[:20]):
            asked = requests.add_request(db, actor, RequestInput(
                date=workload.date, recipient=recipient, reference=f"BENCH-{n}",
                lines=tuple(RequestLineInput(sku, Decimal(10)) for sku in skus)))
            if n < 5:
                issues.issue_goods(db, actor, IssueInput(
                    date=workload.date, recipient=recipient, request=asked.number, backdate_reason=BACKDATE_REASON,
                    lines=(IssueLineInput(sku=skus[0], qty=Decimal(2)),)))

        if is_url(target):
            # What autovacuum does on a server that runs for a while (the throwaway server may not
            # have got to it yet): without statistics the planner takes each table for one row.
            with db.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
        loads = screen_loads()
        for _ in range(5):
            for name in ("screen_issuing", "screen_dashboard", "screen_stock", "screen_register",
                         "screen_receiving", "screen_requests"):
                timed(name, loads[name], db)
        for sku in workload.card_skus[:10]:
            timed("screen_stock_card", loads["screen_stock_card"], db, sku)
        from gudang.domain.barcodes import mod10_check_digit
        from gudang.services import scanning

        gtin = "0899" + "12345678"
        gtin += mod10_check_digit(gtin)  # a carton's GTIN-13 the catalogue does not know
        on_hand = queries.stock_on_hand(db)[:10]
        for row in on_hand:
            timed("scan_lot_label", scanning.resolve, db, row.barcode)
            timed("scan_sku", scanning.resolve, db, row.sku)
            expiry = row.expiry.strftime("%y%m%d") if row.expiry else "301231"
            timed("scan_gs1", scanning.resolve, db, f"01{gtin.zfill(14)}10{row.lot or 'X'}\x1d17{expiry}")
            timed("lot_trace", queries.trace_lot, db, row.barcode)
    finally:
        counter.close()
        db.dispose()

    out: dict[str, object] = {"backend": "sqlite" if not is_url(target) else "postgresql", "scale": scale,
                              "delay_ms": proxy.delay_ms if proxy else 0}
    actions = {}
    for name, runs in results.items():
        stmts = [c.statements for c, _, _ in runs]
        trips = [c.round_trips for c, _, _ in runs]
        entry = {"n": len(runs),
                 "statements": {"min": min(stmts), "median": statistics.median(stmts), "max": max(stmts)},
                 "round_trips": {"min": min(trips), "median": statistics.median(trips), "max": max(trips)},
                 "ms_median": round(1000 * statistics.median(s for _, s, _ in runs), 2)}
        if proxy:
            turns = [t for _, _, t in runs]
            entry["proxy_turns"] = {"min": min(turns), "median": statistics.median(turns), "max": max(turns)}
        actions[name] = entry
        if log == name:
            print(f"-- {name}: {runs[0][0].kinds()}\n{runs[0][0]}", file=sys.stderr)
    out["actions"] = actions
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLite path, PostgreSQL URL, or `pgserver`")
    parser.add_argument("--scale", type=float, default=0.02)
    parser.add_argument("--overwrite", action="store_true")
    parser.add_argument("--delay-ms", type=float, default=0.0, help="PostgreSQL only: delay each way (ms)")
    parser.add_argument("--log", help="print the statements of one run of this action on stderr")
    args = parser.parse_args(argv)
    server = proxy = None
    target = args.db
    try:
        if args.db == "pgserver":
            from tests.benchmarks.bench_core import start_postgres

            server, target = start_postgres()
        if args.delay_ms:
            from tests.benchmarks.slowlink import behind_proxy

            proxy, target = behind_proxy(target, args.delay_ms)
        print(json.dumps(run(target, args.scale, overwrite=args.overwrite, log=args.log, proxy=proxy),
                         separators=(",", ":")))
    finally:
        if proxy is not None:
            proxy.stop()
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
