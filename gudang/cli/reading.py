"""The read-side commands: stock, expiring, card, trace, scan, verify."""

from __future__ import annotations

import argparse
import sys

from gudang.cli.context import Context
from gudang.cli.output import jsonable, print_json, print_table, say as _say
from gudang.domain.dates import parse_date
from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.inputs import where_field
from gudang.i18n import N_, tr
from gudang.services import queries, verify as verifying


# -- read side ----------------------------------------------------------------

def stock_json(row: queries.StockRow, days_left: bool = False) -> dict:
    out = {"sku": row.sku, "item": row.item, "lot": row.lot, "barcode": row.barcode, "expiry": row.expiry,
           "location": row.location, "qty": row.qty, "unit": row.unit, "status": row.status,
           "donor": row.donor}
    if days_left:
        out["days_left"] = row.days_left
    return out


def _print_stock(ctx: Context, rows: list[queries.StockRow], days_left: bool = False) -> None:
    if ctx.json:
        print_json([stock_json(r, days_left) for r in rows])
        return
    headers = ["SKU", tr(N_("Item")), "Lot", "Barcode", tr(N_("Expiry")), tr(N_("Location")), tr(N_("Qty")),
               tr(N_("Unit"))]
    table = [[r.sku, r.item, r.lot, r.barcode, r.expiry, r.location, r.qty, r.unit] for r in rows]
    if days_left:
        headers.append(tr(N_("Days left")))
        for row, r in zip(table, rows):
            row.append(r.days_left)
    print_table(table, headers)


def cmd_stock(ctx: Context, args: argparse.Namespace) -> int:
    _print_stock(ctx, queries.stock_on_hand(ctx.database(), sku=args.sku, location=args.location))
    return 0


def cmd_expiring(ctx: Context, args: argparse.Namespace) -> int:
    if not 0 <= args.days <= 36500:
        raise InvalidInput(N_("{value} is out of range"), value=args.days).at(where_field("days"))
    as_of = None
    if args.as_of:
        try:
            as_of = parse_date(args.as_of)
        except GudangError as error:
            raise error.at(where_field("as-of"))
    _print_stock(ctx, queries.expiring(ctx.database(), args.days, as_of), days_left=True)
    return 0


def cmd_card(ctx: Context, args: argparse.Namespace) -> int:
    opening, rows = queries.stock_card(ctx.database(), args.sku, lot=args.lot)
    if ctx.json:
        print_json([{"date": r.date, "number": r.number, "type": r.type, "partner": r.partner, "lot": r.lot,
                     "barcode": r.barcode, "location": r.location, "in": r.qty_in, "out": r.qty_out,
                     "balance": r.balance} for r in rows])
    else:
        print_table([(r.date, r.number, r.type, r.partner, r.lot, r.location, r.qty_in or "", r.qty_out or "",
                      r.balance) for r in rows],
                    [tr(N_("Date")), tr(N_("Number")), tr(N_("Type")), tr(N_("Partner")), "Lot",
                     tr(N_("Location")), tr(N_("In")), tr(N_("Out")), tr(N_("Balance"))])
    return 0


def cmd_trace(ctx: Context, args: argparse.Namespace) -> int:
    trace = queries.trace_lot(ctx.database(), args.lot)
    out = {"lot": trace.lot, "barcode": trace.barcode, "sku": trace.sku, "item": trace.item,
           "expiry": trace.expiry, "donor": trace.donor, "donor_name": trace.donor_name,
           "received": trace.received, "receipt": trace.receipt, "status": trace.status,
           "on_hand": trace.on_hand,
           "issues": [{"number": i.number, "date": i.date, "recipient": i.recipient,
                       "recipient_name": i.recipient_name, "qty": i.qty, "delivered": i.delivered}
                      for i in trace.issues]}
    if ctx.json:
        print_json(out)
    else:
        _say(ctx, f"{trace.lot or '-'} ({trace.barcode}) {trace.sku} {trace.item}")
        _say(ctx, tr(N_("Donor: {donor}, received {date} on {receipt}")).format(
            donor=trace.donor_name or "-", date=trace.received, receipt=trace.receipt or "-"))
        print_table([(i.number, i.date, i.recipient, i.recipient_name, i.qty) for i in trace.issues],
                    [tr(N_("Number")), tr(N_("Date")), tr(N_("Recipient")), tr(N_("Name")), tr(N_("Qty"))])
    return 0


def cmd_scan(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import scanning

    result = scanning.resolve(ctx.database(), args.code)
    out = {"kind": result.kind, "code": result.code, **jsonable(result.data)}
    if ctx.json:
        print_json(out)
    else:
        for key, value in out.items():
            _say(ctx, f"{key}: {value if value is not None else '-'}")
    return 0


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    full = not args.quick
    report = verifying.verify(ctx.database(), full=full)
    if ctx.json:
        print_json({"ok": report.ok, "problems": list(report.problems), "moves": report.moves,
                    "balances": report.balances, "documents": report.documents,
                    "audit_entries": report.audit_entries, "full": full, "rows": report.rows})
    else:
        for problem in report.problems:
            sys.stderr.write(problem + "\n")
        _say(ctx, tr(N_("{status}: {moves} moves, {balances} balances, {documents} documents, {audit} audit entries checked.")).format(
            status=tr(N_("OK")) if report.ok else tr(N_("PROBLEMS FOUND")), moves=report.moves,
            balances=report.balances, documents=report.documents, audit=report.audit_entries))
        if not full:
            _say(ctx, tr(N_("Quick check: the digests of {rows} rows touched outside Gudang were recomputed; "
                            "run `gudang verify` without --quick to recompute every row.")).format(rows=report.rows))
    return 0 if report.ok else 1
