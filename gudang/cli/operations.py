"""`gudang count ...`, `confirm`, `transfer`, `quarantine`, `release`, `recall`,
`writeoff` and `unconfirmed`: warehouse operations on the command line."""

from __future__ import annotations

import argparse
import sys

from gudang.cli.context import Context, read_json
from gudang.cli.output import print_json, print_table
from gudang.domain.dates import parse_date
from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.inputs import where_field
from gudang.i18n import N_, tr


def _say(ctx: Context, message: str) -> None:
    if not ctx.json:
        sys.stdout.write(message + "\n")


def _date(value: str | None, field: str):
    if value is None:
        return None
    try:
        return parse_date(value)
    except GudangError as error:
        raise error.at(where_field(field))


# -- count --------------------------------------------------------------------

def _summary_json(summary) -> dict:
    return {"id": summary.id, "number": summary.number, "date": summary.date, "state": summary.state,
            "blind": summary.blind, "round": summary.round, "locations": list(summary.locations),
            "categories": list(summary.categories), "lines": summary.lines}


def _print_summary(ctx: Context, summary, message: str) -> None:
    if ctx.json:
        print_json(_summary_json(summary))
    else:
        _say(ctx, tr(message).format(id=summary.id, number=summary.number, round=summary.round,
                                     lines=summary.lines, state=summary.state))
        _say(ctx, tr(N_("Bins: {bins}")).format(bins=", ".join(summary.locations) or "-"))


def cmd_count_start(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import counts

    summary = counts.start_count(ctx.database(), ctx.actor(), args.location or (), warehouse=args.warehouse,
                                 categories=args.category or (), blind=args.blind, date=_date(args.date, "date"))
    _print_summary(ctx, summary, N_("Stock count {number} started (id {id}): {lines} lines frozen."))
    return 0


def cmd_count_scan(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import counts

    out = counts.scan_count(ctx.database(), ctx.actor(), args.id, args.code, args.qty)
    if ctx.json:
        print_json(out)
    elif out.kind == "bin":
        _say(ctx, tr(N_("Bin {bin}: now scan its lots.")).format(bin=out.location))
    else:
        text = tr(N_("{bin}: {sku} lot {lot} +{qty}, counted {counted} {unit}")).format(
            bin=out.location, sku=out.sku, lot=out.lot or out.barcode, qty=out.qty, counted=out.counted,
            unit=out.unit)
        if out.expected is not None:
            text += " " + tr(N_("(books: {expected})")).format(expected=out.expected)
        if out.new_line:
            text += " " + tr(N_("(not expected in this bin)"))
        _say(ctx, text)
    return 0


def cmd_count_recount(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import counts

    summary = counts.recount(ctx.database(), ctx.actor(), args.id)
    _print_summary(ctx, summary, N_("Stock count {number}: round {round} started for the lines with a variance."))
    return 0


def cmd_count_show(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import counts

    view = counts.show_count(ctx.database(), ctx.actor(), args.id, variances=args.variances)
    if ctx.json:
        print_json(view)
        return 0
    _say(ctx, f"{view.number} ({view.state}, {tr(N_('round'))} {view.round}"
              + (f", {tr(N_('blind'))}" if view.blind else "") + ")")
    _say(ctx, tr(N_("Bins: {bins}")).format(bins=", ".join(view.locations)))
    if view.adjustment:
        _say(ctx, tr(N_("Adjustment: {number}")).format(number=view.adjustment))
    print_table([(l.location, l.sku, l.lot or l.barcode, l.barcode, l.expected if l.expected is not None else "",
                  l.counted, l.difference if l.difference is not None else "", "*" if l.recount else "")
                 for l in view.lines],
                [tr(N_("Location")), "SKU", "Lot", "Barcode", tr(N_("Books")), tr(N_("Counted")),
                 tr(N_("Difference")), tr(N_("Recount"))])
    return 0


def cmd_count_post(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import counts

    result = counts.post_count(ctx.database(), ctx.actor(), args.id, args.reason)
    if ctx.json:
        print_json(result)
    elif result.adjustment:
        _say(ctx, tr(N_("Stock count {number} posted: {variances} variances adjusted by {adjustment}.")).format(
            number=result.number, variances=result.variances, adjustment=result.adjustment))
    else:
        _say(ctx, tr(N_("Stock count {number} posted: no variance.")).format(number=result.number))
    return 0


def cmd_count_cancel(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import counts

    summary = counts.cancel_count(ctx.database(), ctx.actor(), args.id, args.reason)
    _print_summary(ctx, summary, N_("Stock count {number} cancelled."))
    return 0


def cmd_count_list(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import counts

    rows = counts.list_counts(ctx.database(), args.state)
    if ctx.json:
        print_json([_summary_json(r) for r in rows])
    else:
        print_table([(r.id, r.number, r.date, r.state, r.blind, r.round, ", ".join(r.locations), r.lines)
                     for r in rows],
                    ["ID", tr(N_("Number")), tr(N_("Date")), tr(N_("State")), tr(N_("Blind")),
                     tr(N_("Round")), tr(N_("Bins")), tr(N_("Lines"))])
    return 0


# -- delivery -----------------------------------------------------------------

def cmd_confirm(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import delivery

    confirmation = delivery.confirmation_from_json(read_json(args.file))
    result = delivery.confirm_delivery(ctx.database(), ctx.actor(), args.number, confirmation)
    if ctx.json:
        print_json(result)
    else:
        _say(ctx, tr(N_("{dispatch} confirmed by {number}.")).format(dispatch=result.dispatch, number=result.number))
        print_table([(l.sku, l.lot, l.barcode, l.shipped, l.good, l.damaged, l.short, l.unit) for l in result.lines],
                    ["SKU", "Lot", "Barcode", tr(N_("Shipped")), tr(N_("Good")), tr(N_("Damaged")),
                     tr(N_("Short")), tr(N_("Unit"))])
    return 0


def cmd_unconfirmed(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import delivery

    if not 0 <= args.days <= 36500:
        raise InvalidInput(N_("{value} is out of range"), value=args.days).at(where_field("days"))
    rows = delivery.unconfirmed(ctx.database(), args.days, _date(args.as_of, "as-of"))
    if ctx.json:
        print_json(rows)
    else:
        print_table([(r.number, r.date, r.days, r.recipient, r.destination, r.vehicle, r.lots, r.qty) for r in rows],
                    [tr(N_("Number")), tr(N_("Date")), tr(N_("Days")), tr(N_("Recipient")),
                     tr(N_("Destination")), tr(N_("Vehicle")), tr(N_("Lots")), tr(N_("Qty"))])
    return 0


# -- transfer, quarantine, write-off ---------------------------------------------

def cmd_transfer(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import transfers

    result = transfers.post_transfer(ctx.database(), ctx.actor(), transfers.transfer_from_json(read_json(args.file)))
    if ctx.json:
        print_json(result)
    else:
        _say(ctx, tr(N_("Transfer {number} posted.")).format(number=result.number))
        if result.in_transit:
            _say(ctx, tr(N_("The goods are in transit to {warehouse}: confirm their arrival with "
                            "`gudang confirm {number} FILE.json`.")).format(warehouse=result.destination,
                                                                           number=result.number))
        print_table([(l.sku, l.lot, l.barcode, l.qty, l.unit, l.from_location, l.to_location) for l in result.lines],
                    ["SKU", "Lot", "Barcode", tr(N_("Qty")), tr(N_("Unit")), tr(N_("From")), tr(N_("To"))])
    return 0


def _print_quarantine(ctx: Context, result, message: str) -> None:
    if ctx.json:
        print_json(result)
        return
    _say(ctx, tr(message).format(lot=result.lot or result.barcode, number=result.number or "-"))
    for move in result.moved:
        _say(ctx, f"  {move.from_location} -> {move.to_location}: {move.qty}")


def cmd_quarantine(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import quarantine

    result = quarantine.quarantine_lot(ctx.database(), ctx.actor(), args.lot, args.reason)
    _print_quarantine(ctx, result, N_("Lot {lot} is in quarantine ({number})."))
    return 0


def cmd_release(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import quarantine

    result = quarantine.release_lot(ctx.database(), ctx.actor(), args.lot, to=args.to, reason=args.reason)
    _print_quarantine(ctx, result, N_("Lot {lot} is released ({number})."))
    return 0


def cmd_recall(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import quarantine

    result = quarantine.recall_lot(ctx.database(), ctx.actor(), args.lot, args.reason)
    trace = result.trace
    recipients = [{"number": i.number, "date": i.date, "recipient": i.recipient,
                   "recipient_name": i.recipient_name, "qty": i.qty, "delivered": i.delivered}
                  for i in trace.issues]
    if ctx.json:
        held = result.quarantine
        print_json({"lot": trace.lot, "barcode": trace.barcode, "sku": trace.sku, "item": trace.item,
                    "status": trace.status, "on_hand": trace.on_hand, "number": held.number if held else None,
                    "moved": list(held.moved) if held else [], "recipients": recipients})
        return 0
    _say(ctx, tr(N_("Lot {lot} ({sku}) recalled: in quarantine, {on_hand} on hand.")).format(
        lot=trace.lot or trace.barcode, sku=trace.sku, on_hand=trace.on_hand))
    print_table([(r["number"], r["date"], r["recipient"], r["recipient_name"], r["qty"], r["delivered"])
                 for r in recipients],
                [tr(N_("Number")), tr(N_("Date")), tr(N_("Recipient")), tr(N_("Name")), tr(N_("Qty")),
                 tr(N_("Delivered"))])
    return 0


def cmd_writeoff(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import writeoff

    result = writeoff.post_writeoff(ctx.database(), ctx.actor(), writeoff.writeoff_from_json(read_json(args.file)))
    if ctx.json:
        print_json(result)
    else:
        _say(ctx, tr(N_("Write-off {number} posted.")).format(number=result.number))
        print_table([(l.sku, l.lot, l.barcode, l.qty, l.unit, l.location, l.reason) for l in result.lines],
                    ["SKU", "Lot", "Barcode", tr(N_("Qty")), tr(N_("Unit")), tr(N_("Location")), tr(N_("Reason"))])
    return 0


# -- registration ---------------------------------------------------------------

def add_commands(command, sub) -> None:
    """Add the operations commands to the `gudang` parser (called by build_parser)."""
    p = command("count", None, "stock opname: start, scan, recount, show, post, cancel, list")
    group = p.add_subparsers(dest="count_command", required=True, parser_class=type(p))
    p = command("start", cmd_count_start, "start a count, freezing the expected quantities", group)
    p.add_argument("--location", action="append", metavar="CODE", help="a bin to count (repeatable)")
    p.add_argument("--warehouse", help="every bin of a warehouse")
    p.add_argument("--category", action="append", help="only items of this category (repeatable)")
    p.add_argument("--blind", action="store_true", help="hide the expected quantities from counters")
    p.add_argument("--date")
    p = command("scan", cmd_count_scan, "scan a bin label, then lot labels (one package each)", group)
    p.add_argument("id", help="count id or number")
    p.add_argument("code")
    p.add_argument("--qty", help="count this many base units instead of one package")
    p = command("recount", cmd_count_recount, "count the lines with a variance again", group)
    p.add_argument("id")
    p = command("show", cmd_count_show, "the count's lines (expected vs counted)", group)
    p.add_argument("id")
    p.add_argument("--variances", action="store_true", help="only the lines that differ")
    p = command("post", cmd_count_post, "post the variances as one adjustment document", group)
    p.add_argument("id")
    p.add_argument("--reason", help="reason of the variances")
    p = command("cancel", cmd_count_cancel, "abandon an open count", group)
    p.add_argument("id")
    p.add_argument("--reason", required=True)
    p = command("list", cmd_count_list, "list counts", group)
    p.add_argument("--state", choices=("open", "posted", "cancelled"))

    p = command("confirm", cmd_confirm, "confirm the delivery of a dispatch (BAST) from a JSON file")
    p.add_argument("number")
    p.add_argument("file")
    p = command("unconfirmed", cmd_unconfirmed, "dispatches not confirmed N days after leaving")
    p.add_argument("--days", type=int, required=True)
    p.add_argument("--as-of")
    p = command("transfer", cmd_transfer, "post a transfer between bins or warehouses from a JSON file")
    p.add_argument("file")
    p = command("quarantine", cmd_quarantine, "hold a lot: never allocated, moved to quarantine")
    p.add_argument("lot")
    p.add_argument("--reason", required=True)
    p = command("release", cmd_release, "release a lot from quarantine")
    p.add_argument("lot")
    p.add_argument("--to", help="bin to put it in (else where it came from)")
    p.add_argument("--reason")
    p = command("recall", cmd_recall, "quarantine a lot everywhere and list who received it")
    p.add_argument("lot")
    p.add_argument("--reason", required=True)
    p = command("writeoff", cmd_writeoff, "post a write-off (penghapusan) from a JSON file")
    p.add_argument("file")
