"""`gudang documents` (the document register) and `gudang event close`."""

from __future__ import annotations

import argparse

from gudang.cli.context import Context
from gudang.cli.output import print_json, print_table, say
from gudang.i18n import N_, tr


def register_json(row) -> dict:
    return {"number": row.number, "id": row.id, "type": row.type, "date": row.date, "state": row.state,
            "partner": row.partner, "reference": row.reference, "lines": row.lines,
            "cancelled_by": row.cancelled_by}


def cmd_documents(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import register

    where = register.RegisterFilter(type=args.type, state=args.state, start=args.start, end=args.end,
                                    partner=args.partner, search=args.search)
    rows = register.iter_register(ctx.database(), where)
    if ctx.json:
        print_json([register_json(row) for row in rows])
        return 0
    print_table([(row.label, row.type, row.date, row.state, row.partner, row.reference, row.lines,
                  row.cancelled_by) for row in rows],
                [tr(N_("Number")), tr(N_("Type")), tr(N_("Date")), tr(N_("State")), tr(N_("Partner")),
                 tr(N_("Reference")), tr(N_("Lines")), tr(N_("Cancelled by"))])
    return 0


def cmd_event_close(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import events

    row = events.close_event(ctx.database(), ctx.actor(), args.code, args.end)
    if ctx.json:
        print_json(row)
    else:
        say(ctx, tr(N_("Event {code} closed on {end}.")).format(code=row.code, end=row.end))
    return 0


def add_commands(command, sub, events=None) -> None:
    """`documents` on the top level; `close` in the `event` group when given."""
    from gudang.services.register import STATES, TYPES

    p = command("documents", cmd_documents, "the document register: every document and stock count")
    p.add_argument("--type", choices=TYPES)
    p.add_argument("--state", choices=STATES)
    p.add_argument("--from", dest="start", metavar="DATE", help="dated on or after (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE", help="dated on or before (YYYY-MM-DD)")
    p.add_argument("--partner", metavar="CODE", help="donor or recipient code")
    p.add_argument("--search", metavar="TEXT", help="part of the number")
    if events is not None:
        p = command("close", cmd_event_close, "close an event (its end date, default today)", events)
        p.add_argument("code")
        p.add_argument("--end", metavar="DATE")
