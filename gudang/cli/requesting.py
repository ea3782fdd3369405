"""The commands of needs-based distribution: recipients' people, requests, allocation, reports.

    gudang partner add ... [--kecamatan K] [--desa D] [--region-code C] [--people N]
                           [--households N] [--balita N] [--lansia N] [--ibu-hamil N] [--disabilitas N]
    gudang partner set CODE [the same options, only those given change]
    gudang request add FILE.json            -> {"number", "id", "warnings"}
    gudang request list [--event E] [--open] [--recipient CODE]
    gudang request show NUMBER
    gudang request close NUMBER --reason TEXT
    gudang request need --people N [--households N] --days D    (lines from the ration standards)
    gudang request ration SKU [--per-person-day Q] [--per-household Q]   (nothing given: cleared)
    gudang request rations
    gudang allocate --event E [--date D] [--draft] [--set NUMBER:SKU=QTY ...]
    gudang report distribution [--event E] [--from D] [--to D] [--by G] --out FILE.xlsx|.csv|.pdf
    gudang report donor CODE [--from D] [--to D] --out FILE
    gudang report position --from D --to D [--category C] --out FILE
"""

from __future__ import annotations

import argparse

from gudang.cli.context import Context, read_json
from gudang.cli.output import print_json, print_table, say
from gudang.domain.dates import parse_date
from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.inputs import where_field
from gudang.domain.request_inputs import request_from_json
from gudang.i18n import N_, tr

POPULATION_OPTIONS = (("people", "people_served"), ("households", "households"), ("balita", "balita"),
                      ("lansia", "lansia"), ("ibu-hamil", "ibu_hamil"), ("disabilitas", "disabilitas"))


# -- partners: where a recipient is and the people behind it -----------------------------------------

def add_partner_options(parser: argparse.ArgumentParser, *, with_region: bool = True) -> None:
    """The options of `partner add` and `partner set` for place and people."""
    if with_region:
        parser.add_argument("--kecamatan", "--region", dest="region", help="kecamatan")
        parser.add_argument("--desa")
    parser.add_argument("--region-code", help="Kemendagri code, e.g. 14.01.07.2005 (looked up when not given)")
    parser.add_argument("--people", "--people-served", dest="people_served", help="jiwa")
    for option, dest in POPULATION_OPTIONS[1:]:
        parser.add_argument(f"--{option}", dest=dest)


def partner_fields(args: argparse.Namespace) -> dict:
    """The place and people fields `partner add` was given."""
    return {dest: getattr(args, dest, None) for dest in ("region_code",) + tuple(d for _, d in POPULATION_OPTIONS)}


def cmd_partner_set(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import partners

    changes = {key: getattr(args, key) for key in ("name", "region", "desa", "region_code", "address", "contact",
                                                    "phone") + tuple(d for _, d in POPULATION_OPTIONS)
               if getattr(args, key, None) is not None}
    if not changes:
        raise InvalidInput(N_("nothing to change: give at least one option"))
    row = partners.change_partner(ctx.database(), ctx.actor(), args.code, **changes)
    print_json(row) if ctx.json else say(ctx, tr(N_("Partner {code} changed.")).format(code=row.code))
    return 0


def add_partner_commands(command, group) -> None:
    p = command("set", cmd_partner_set, "change a partner: only the options given", group)
    p.add_argument("code")
    p.add_argument("--name")
    add_partner_options(p)
    p.add_argument("--address")
    p.add_argument("--contact")
    p.add_argument("--phone")


# -- requests ---------------------------------------------------------------------------------------------

def _date(value: str | None, field: str):
    if value is None:
        return None
    try:
        return parse_date(value)
    except GudangError as error:
        raise error.at(where_field(field))


def cmd_request_add(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import requests

    request = request_from_json(read_json(args.file))
    made = requests.add_request(ctx.database(), ctx.actor(), request)
    for warning in made.warnings:
        ctx.warn(warning)
    if ctx.json:
        print_json({"number": made.number, "id": made.id, "lines": made.lines, "warnings": ctx.warnings})
    else:
        say(ctx, tr(N_("Request {number} entered: {lines} lines.")).format(number=made.number, lines=made.lines))
    return 0


def cmd_request_list(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import requests

    rows = requests.list_request_lines(ctx.database(), event=args.event, open_only=args.open,
                                       recipient=args.recipient)
    if ctx.json:
        print_json([{"number": r.number, "date": r.date, "recipient": r.recipient, "priority": r.priority,
                     "state": r.state, "sku": r.sku, "unit": r.unit, "asked": r.asked, "issued": r.issued,
                     "pending": r.pending, "outstanding": r.outstanding} for r in rows])
    else:
        print_table([(r.number, r.date, r.recipient, r.priority, r.sku, r.asked, r.issued, r.outstanding, r.unit)
                     for r in rows],
                    [tr(N_("Number")), tr(N_("Date")), tr(N_("Recipient")), tr(N_("Priority")), "SKU",
                     tr(N_("Asked")), tr(N_("Issued")), tr(N_("Outstanding")), tr(N_("Unit"))])
    return 0


def cmd_request_show(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import requests

    detail = requests.request_detail(ctx.database(), args.number)
    head = detail.summary
    out = {"number": head.number, "date": head.date, "recipient": head.recipient,
           "recipient_name": head.recipient_name, "kecamatan": head.kecamatan, "desa": head.desa,
           "region_code": head.region_code, "event": head.event, "reference": head.reference,
           "priority": head.priority, "people": head.people, "households": head.households, "state": head.state,
           "status": head.status, "close_reason": head.close_reason, "notes": detail.notes,
           "lines": [{"sku": r.sku, "item": r.item, "unit": r.unit, "asked": r.asked, "issued": r.issued,
                      "pending": r.pending, "outstanding": r.outstanding} for r in detail.lines],
           "issues": [{"id": i.id, "number": i.number, "date": i.date, "state": i.state,
                       "cancelled_by": i.cancelled_by} for i in detail.issues]}
    if ctx.json:
        print_json(out)
        return 0
    say(ctx, f"{head.number}  {head.date}  {head.recipient} ({head.recipient_name})  "
             f"{tr(N_('priority'))} {head.priority}  {tr(requests.STATUS_NAMES[head.status])}")
    print_table([(r.sku, r.item, r.asked, r.issued, r.pending, r.outstanding, r.unit) for r in detail.lines],
                ["SKU", tr(N_("Item")), tr(N_("Asked")), tr(N_("Issued")), tr(N_("Pending")), tr(N_("Outstanding")),
                 tr(N_("Unit"))])
    return 0


def cmd_request_close(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import requests

    row = requests.close_request(ctx.database(), ctx.actor(), args.number, args.reason)
    print_json({"number": row.number, "state": row.state}) if ctx.json else say(
        ctx, tr(N_("Request {number} closed.")).format(number=row.number))
    return 0


def cmd_request_need(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.domain.request_inputs import whole
    from gudang.domain.rations import MAX_DAYS
    from gudang.services import requests

    def number(value, field, high):
        if value is None:
            return None
        try:
            return whole(0, high)(value)
        except GudangError as error:
            raise error.at(where_field(field))

    people = number(args.people, "people", 10_000_000)
    households = number(args.households, "households", 10_000_000)
    days = number(args.days, "days", MAX_DAYS)
    if not days:
        raise InvalidInput(N_("must be between {low} and {high}, not {value}"), low=1, high=MAX_DAYS,
                           value=args.days).at(where_field("days"))
    lines = requests.compute_lines(ctx.database(), people, households, days)
    if ctx.json:
        print_json([{"sku": r.sku, "qty": r.qty, "unit": r.unit, "basis": r.basis} for r in lines])
    else:
        print_table([(r.sku, r.name, r.qty, r.unit, r.basis) for r in lines],
                    ["SKU", tr(N_("Item")), tr(N_("Qty")), tr(N_("Unit")), tr(N_("Basis"))])
    return 0


def cmd_request_ration(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import requests

    row = requests.set_ration(ctx.database(), ctx.actor(), args.sku, args.per_person_day, args.per_household)
    print_json(row) if ctx.json else say(ctx, tr(N_("Ration standard of {sku} saved.")).format(sku=row.sku))
    return 0


def cmd_request_rations(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import requests

    rows = requests.ration_standards(ctx.database())
    if ctx.json:
        print_json(rows)
    else:
        print_table([(r.sku, r.name, r.unit, r.per_person_day, r.per_household) for r in rows],
                    ["SKU", tr(N_("Item")), tr(N_("Unit")), tr(N_("Per person per day")), tr(N_("Per household"))])
    return 0


# -- allocation -------------------------------------------------------------------------------------------

def _adjustments(values: list[str] | None) -> dict[tuple[str, str], str]:
    out = {}
    for value in values or ():
        target, _, qty = value.rpartition("=")
        number, _, sku = target.rpartition(":")
        if not number or not sku or not qty:
            raise InvalidInput(N_("write a change as NUMBER:SKU=QTY, not {value}"), value=value).at(where_field("set"))
        out[(number, sku)] = qty
    return out


def plan_json(plan) -> dict:
    return {"event": plan.event, "date": plan.date,
            "plan": [{"request": line.request, "recipient": line.recipient, "priority": line.priority,
                      "kecamatan": line.kecamatan, "desa": line.desa, "sku": line.sku, "unit": line.unit,
                      "asked": line.asked, "issued": line.issued, "pending": line.pending,
                      "outstanding": line.outstanding, "allocated": line.allocated, "short": line.short,
                      "lots": [{"barcode": lot.barcode, "lot": lot.lot, "expiry": lot.expiry,
                                "location": lot.location, "qty": lot.qty, "donor": lot.donor}
                               for lot in line.lots]}
                     for line in plan.lines],
            "stock": [{"sku": s.sku, "unit": s.unit, "usable": s.usable, "reserved": s.reserved,
                       "available": s.available, "claimed": s.claimed, "allocated": s.allocated,
                       "short": s.short} for s in plan.stock],
            "drafts": [{"id": d.id, "request": d.request, "recipient": d.recipient, "lines": d.lines}
                       for d in plan.drafts]}


def cmd_allocate(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import allocation

    date = _date(args.date, "date")
    adjust = _adjustments(args.set)
    db = ctx.database()
    if args.draft:
        plan = allocation.draft_plan(db, ctx.actor(), args.event, date, adjust)
    else:
        plan = allocation.plan_allocation(db, args.event, date, adjust)
    for warning in plan.warnings:
        ctx.warn(warning)
    for draft in plan.drafts:
        for warning in draft.warnings:
            ctx.warn(warning)
    if ctx.json:
        print_json({**plan_json(plan), "warnings": ctx.warnings})
        return 0
    print_table([(line.request, line.recipient, line.priority, line.sku, line.outstanding, line.allocated,
                  line.short, line.unit) for line in plan.lines],
                [tr(N_("Request")), tr(N_("Recipient")), tr(N_("Priority")), "SKU", tr(N_("Outstanding")),
                 tr(N_("Allocated")), tr(N_("Short")), tr(N_("Unit"))])
    for draft in plan.drafts:
        say(ctx, tr(N_("Draft goods issue #{id} for {request} ({recipient}).")).format(
            id=draft.id, request=draft.request, recipient=draft.recipient))
    return 0


# -- reports ------------------------------------------------------------------------------------------------

def _write(ctx: Context, report, out: str) -> int:
    from gudang.reports.exports import export
    from gudang.reports.printing import letterhead
    from gudang.services.posting import settings
    from gudang.services.uow import UnitOfWork

    with UnitOfWork(ctx.database(), write=False) as uow:
        head = letterhead(settings(uow.conn))
    rows = export(report, out, head)
    if ctx.json:
        print_json({"file": out, "rows": rows, "title": report.title})
    else:
        say(ctx, tr(N_("{rows} rows written to {file}.")).format(rows=rows, file=out))
    return 0


def _check_out(out: str) -> str:
    from gudang.reports.exports import FORMATS

    if not out.lower().endswith(FORMATS):
        raise InvalidInput(N_("{path}: the file name must end in .xlsx, .csv or .pdf"), path=out).at(
            where_field("out"))
    return out


def cmd_report_distribution(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.reports.distribution import distribution_report

    out = _check_out(args.out)
    report = distribution_report(ctx.database(), event=args.event, start=_date(args.start, "from"),
                                 end=_date(args.end, "to"), by=args.by)
    return _write(ctx, report, out)


def cmd_report_donor(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.reports.donor import donor_report

    out = _check_out(args.out)
    report = donor_report(ctx.database(), args.code, start=_date(args.start, "from"), end=_date(args.end, "to"))
    return _write(ctx, report, out)


def cmd_report_position(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.reports.position import position_report

    out = _check_out(args.out)
    report = position_report(ctx.database(), _date(args.start, "from"), _date(args.end, "to"),
                             category=args.category)
    return _write(ctx, report, out)


def add_commands(command, sub) -> None:
    p = command("request", None, "requests (permintaan) from posko and villages")
    group_sub = p.add_subparsers(dest="request_command", required=True, parser_class=type(p))
    p = command("add", cmd_request_add, "enter a request from a JSON file", group_sub)
    p.add_argument("file")
    p = command("list", cmd_request_list, "request lines with asked, issued and outstanding", group_sub)
    p.add_argument("--event")
    p.add_argument("--open", action="store_true", help="only requests with something outstanding")
    p.add_argument("--recipient")
    p = command("show", cmd_request_show, "one request with its lines and goods issues", group_sub)
    p.add_argument("number")
    p = command("close", cmd_request_close, "close a request", group_sub)
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p = command("need", cmd_request_need, "lines for people x days from the ration standards", group_sub)
    p.add_argument("--people")
    p.add_argument("--households")
    p.add_argument("--days", required=True)
    p = command("ration", cmd_request_ration, "set an item's ration standard (base unit)", group_sub)
    p.add_argument("sku")
    p.add_argument("--per-person-day")
    p.add_argument("--per-household")
    command("rations", cmd_request_rations, "items with a ration standard", group_sub)

    p = command("allocate", cmd_allocate, "plan (and draft) the open requests of an event from stock")
    p.add_argument("--event", required=True)
    p.add_argument("--date")
    p.add_argument("--draft", action="store_true", help="save one draft goods issue per request")
    p.add_argument("--set", action="append", metavar="NUMBER:SKU=QTY", help="change a line's allocation")

    p = command("report", None, "distribution (4W), donor and position reports")
    report = p.add_subparsers(dest="report_command", required=True, parser_class=type(p))
    p = command("distribution", cmd_report_distribution, "the 4W distribution report", report)
    p.add_argument("--event")
    p.add_argument("--from", dest="start")
    p.add_argument("--to", dest="end")
    p.add_argument("--by", default="kecamatan", choices=("kecamatan", "desa", "recipient", "item", "donor", "detail"))
    p.add_argument("--out", required=True, help="FILE.xlsx, .csv or .pdf")
    p = command("donor", cmd_report_donor, "what a donor gave and where it went", report)
    p.add_argument("code")
    p.add_argument("--from", dest="start")
    p.add_argument("--to", dest="end")
    p.add_argument("--out", required=True, help="FILE.xlsx, .csv or .pdf")
    p = command("position", cmd_report_position, "stock position (mutasi) per item for a period", report)
    p.add_argument("--from", dest="start", required=True)
    p.add_argument("--to", dest="end", required=True)
    p.add_argument("--category")
    p.add_argument("--out", required=True, help="FILE.xlsx, .csv or .pdf")
