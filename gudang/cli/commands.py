"""The command handlers: parse arguments into service calls, print results."""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal
from typing import Any

from gudang.cli.context import Context, parse_json, read_json, read_text
from gudang.cli.output import print_json, print_table, say
from gudang.cli.requesting import partner_fields
from gudang.domain.errors import AlreadyExists, GudangError, InvalidInput
from gudang.domain.inputs import issue_from_json, receipt_from_json, where_field
from gudang.domain.numbers import parse_written
from gudang.domain.quantity import parse_quantity
from gudang.i18n import N_, tr
from gudang.services import cancel, catalogue, issues, keys, locations, partners, receipts


_say = say


# -- catalogue, partners, locations, events ----------------------------------

def _item_input(args: argparse.Namespace) -> catalogue.ItemInput:
    def qty(value, name):
        if value is None:
            return Decimal(0)
        try:
            return parse_quantity(parse_written(value), allow_zero=True)
        except GudangError as error:
            raise error.at(where_field(name))

    def measure(value, name):
        """Typed at a prompt, so either notation when only one reading is possible."""
        if value is None:
            return Decimal(0)
        try:
            return parse_written(value)
        except GudangError as error:
            raise error.at(where_field(name))

    packs = []
    for spec in args.pack or ():
        unit, _, factor = spec.partition("=")
        if not unit or not factor:
            raise InvalidInput(N_("pack unit must look like dus=40, not {value}"), value=spec).at(where_field("pack"))
        packs.append((unit.strip(), qty(factor, "pack")))
    return catalogue.ItemInput(
        sku=args.sku, name=args.name, unit=args.unit, category=args.category, gtin=args.gtin,
        lot_tracked=not args.no_lot, expiry_required=not args.no_expiry,
        min_stock=measure(args.min_stock, "min-stock"), weight_kg=measure(args.weight_kg, "weight-kg"),
        volume_m3=measure(args.volume_m3, "volume-m3"), pack_units=tuple(packs),
        decimals=args.decimals if args.decimals is not None else 0)


def cmd_item_add(ctx: Context, args: argparse.Namespace) -> int:
    row = catalogue.add_item(ctx.database(), ctx.actor(), _item_input(args))
    print_json(row) if ctx.json else _say(ctx, tr(N_("Item {sku} added.")).format(sku=row.sku))
    return 0


def cmd_item_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = catalogue.list_items(ctx.database(), args.search)
    if ctx.json:
        print_json(rows)
    else:
        print_table([(r.sku, r.name, r.category, r.unit, r.gtin, r.lot_tracked, r.expiry_required, r.active)
                     for r in rows], ["SKU", tr(N_("Name")), tr(N_("Category")), tr(N_("Unit")), "GTIN",
                                      tr(N_("Lot")), tr(N_("Expiry")), tr(N_("Active"))])
    return 0


def read_records(path: str) -> list[dict[str, Any]]:
    """Rows of a CSV or XLSX file with a header row."""
    if path.lower().endswith((".xlsx", ".xlsm")):
        try:
            import openpyxl

            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except FileNotFoundError:
            raise InvalidInput(N_("cannot read {path}: {problem}"), path=path, problem="not found") from None
        except Exception as error:  # openpyxl raises many kinds for a broken file
            raise InvalidInput(N_("{path} is not a readable XLSX file: {problem}"), path=path,
                               problem=type(error).__name__) from None
        sheet = book.active
        rows = list(sheet.iter_rows(values_only=True))
        if not rows:
            return []
        header = [str(h).strip().lower() if h is not None else "" for h in rows[0]]
        return [{h: v for h, v in zip(header, row) if h}
                for row in rows[1:] if any(v not in (None, "") for v in row)]
    import csv
    import io

    text = read_text(path)
    try:
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else "", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        records = [{(k or "").strip().lower(): v for k, v in row.items() if k is not None}
                   for row in reader if any((v or "").strip() for v in row.values() if isinstance(v, str))]
    except csv.Error as error:
        raise InvalidInput(N_("{path} is not a readable CSV file: {problem}"), path=path, problem=error) from None
    return records


def cmd_item_import(ctx: Context, args: argparse.Namespace) -> int:
    records = read_records(args.file)
    try:
        count = catalogue.import_items(ctx.database(), ctx.actor(), records)
    except catalogue.ImportRejected as error:
        for problem in error.problems:
            sys.stderr.write(problem + "\n")
        raise
    print_json({"imported": count}) if ctx.json else _say(ctx, tr(N_("{count} items imported.")).format(count=count))
    return 0


def cmd_partner_add(ctx: Context, args: argparse.Namespace) -> int:
    row = partners.add_partner(ctx.database(), ctx.actor(), partners.PartnerInput(
        code=args.code, name=args.name, kind=args.kind, region=args.region, desa=args.desa,
        address=args.address, contact=args.contact, phone=args.phone, **partner_fields(args)))
    print_json(row) if ctx.json else _say(ctx, tr(N_("Partner {code} added.")).format(code=row.code))
    return 0


def cmd_partner_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = partners.list_partners(ctx.database(), args.kind)
    if ctx.json:
        print_json(rows)
    else:
        print_table([(r.code, r.name, r.kind, r.region, r.desa, r.active) for r in rows],
                    [tr(N_("Code")), tr(N_("Name")), tr(N_("Kind")), tr(N_("Kecamatan")), tr(N_("Desa")),
                     tr(N_("Active"))])
    return 0


def cmd_location_add(ctx: Context, args: argparse.Namespace) -> int:
    row = locations.add_location(ctx.database(), ctx.actor(), args.code, args.kind, args.warehouse, args.name)
    print_json(row) if ctx.json else _say(ctx, tr(N_("Location {code} added.")).format(code=row.code))
    return 0


def cmd_location_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = locations.list_locations(ctx.database(), include_virtual=args.all)
    if ctx.json:
        print_json(rows)
    else:
        print_table([(r.code, r.name, r.kind, r.warehouse, r.active) for r in rows],
                    [tr(N_("Code")), tr(N_("Name")), tr(N_("Kind")), tr(N_("Warehouse")), tr(N_("Active"))])
    return 0


def cmd_event_add(ctx: Context, args: argparse.Namespace) -> int:
    row = partners.add_event(ctx.database(), ctx.actor(), args.code, args.name, args.type, args.start,
                             args.end, args.area)
    print_json(row) if ctx.json else _say(ctx, tr(N_("Event {code} added.")).format(code=row.code))
    return 0


def cmd_event_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = partners.list_events(ctx.database())
    if ctx.json:
        print_json(rows)
    else:
        print_table([(r.code, r.name, r.type, r.start, r.end) for r in rows],
                    [tr(N_("Code")), tr(N_("Name")), tr(N_("Type")), tr(N_("Start")), tr(N_("End"))])
    return 0


# -- documents ----------------------------------------------------------------

def receipt_output(posted: receipts.PostedReceipt) -> dict:
    return {"number": posted.number, "id": posted.id, "date": posted.date, "lines": [
        {"sku": line.sku, "lot": line.lot, "barcode": line.barcode, "qty": line.qty,
         "expiry": line.expiry, "location": line.location, "unit": line.unit}
        for line in posted.lines]}


def cmd_receive(ctx: Context, args: argparse.Namespace) -> int:
    receipt = receipt_from_json(read_json(args.file))
    db = ctx.database()
    posted = receipts.post_receipt(db, ctx.actor(), receipt)
    if ctx.json:
        print_json(receipt_output(posted))
    else:
        _say(ctx, tr(N_("Receipt {number} posted.")).format(number=posted.number))
        print_table([(l.sku, l.lot, l.barcode, l.qty, l.unit, l.expiry, l.location) for l in posted.lines],
                    ["SKU", "Lot", "Barcode", tr(N_("Qty")), tr(N_("Unit")), tr(N_("Expiry")),
                     tr(N_("Location"))])
    return 0


def issue_output(result: issues.IssueResult, warnings: list[str]) -> dict:
    return {"number": result.number, "id": result.id, "state": result.state, "date": result.date,
            "allocations": [{"sku": a.sku, "lot": a.lot, "barcode": a.barcode, "expiry": a.expiry,
                             "location": a.location, "qty": a.qty, "unit": a.unit, "line": a.line_no,
                             "why": a.why} for a in result.allocations],
            "warnings": warnings}


def _print_issue(ctx: Context, result: issues.IssueResult) -> None:
    for warning in result.warnings:
        ctx.warn(warning)
    if ctx.json:
        print_json(issue_output(result, ctx.warnings))
        return
    if result.number:
        _say(ctx, tr(N_("Goods issue {number} posted.")).format(number=result.number))
    else:
        _say(ctx, tr(N_("Goods issue #{id} saved as {state}.")).format(id=result.id, state=result.state))
    print_table([(a.line_no, a.sku, a.lot, a.barcode, a.expiry, a.location, a.qty, a.unit)
                 for a in result.allocations],
                ["#", "SKU", "Lot", "Barcode", tr(N_("Expiry")), tr(N_("Location")), tr(N_("Qty")),
                 tr(N_("Unit"))])


def cmd_issue(ctx: Context, args: argparse.Namespace) -> int:
    issue = issue_from_json(read_json(args.file))
    db = ctx.database()
    actor = ctx.actor()
    result = (issues.draft_issue if args.draft else issues.issue_goods)(db, actor, issue)
    _print_issue(ctx, result)
    return 0


def _document_id(value: str) -> int:
    text = value.lstrip("#")
    if not text.isdigit() or len(text) > 12:
        raise InvalidInput(N_("a draft is named by its id, such as 12 or #12, not {value}"), value=value)
    return int(text)


def cmd_approve(ctx: Context, args: argparse.Namespace) -> int:
    _print_issue(ctx, issues.approve_issue(ctx.database(), ctx.actor(), _document_id(args.id)))
    return 0


def cmd_post(ctx: Context, args: argparse.Namespace) -> int:
    _print_issue(ctx, issues.post_issue(ctx.database(), ctx.actor(), _document_id(args.id)))
    return 0


def cmd_cancel(ctx: Context, args: argparse.Namespace) -> int:
    result = cancel.cancel_document(ctx.database(), ctx.actor(), args.number, args.reason)
    if ctx.json:
        print_json({"number": result.number, "cancelled": result.cancelled, "moves": result.moves})
    else:
        _say(ctx, tr(N_("{cancelled} cancelled by {number}.")).format(cancelled=result.cancelled,
                                                                       number=result.number))
    return 0


# -- replay -------------------------------------------------------------------

def _canonical(key: str) -> str:
    return key.lower().replace("-", "").replace("_", "")


ITEM_OPTIONS = {_canonical(o): o for o in ("sku", "name", "unit", "category", "gtin", "no-lot", "no-expiry",
                                            "min-stock", "weight-kg", "volume-m3", "decimals")}
PARTNER_OPTIONS = {_canonical(o): o for o in ("code", "name", "kind", "region", "desa", "address", "contact",
                                               "phone", "people-served", "region-code", "households", "balita",
                                               "lansia", "ibu-hamil", "disabilitas")}
PARTNER_OPTIONS.update({"kecamatan": "region", "people": "people-served"})
LOCATION_OPTIONS = {_canonical(o): o for o in ("code", "warehouse", "kind", "name")}
EVENT_OPTIONS = {_canonical(o): o for o in ("code", "name", "type", "start", "end", "area")}


def _options(record: dict, known: dict[str, str]) -> dict[str, Any]:
    out = {}
    for key, value in record.items():
        if key == "type" and "type" not in known:
            continue
        canonical = known.get(_canonical(str(key)))
        if canonical is None:
            raise InvalidInput(N_("unknown field {field}"), field=key)
        out[canonical] = value
    return out


def _replay_one(ctx: Context, db, actor, record: dict, key: str | None) -> str:
    """Post one record; with a `key`, a record posted before raises keys.AlreadyPosted."""
    kind = record.get("type")
    if kind == "receipt":
        receipts.post_receipt(db, actor, receipt_from_json(record), key=key)
        return kind
    if kind == "issue":
        result = issues.issue_goods(db, actor, issue_from_json(record), key=key)
        for warning in result.warnings:
            ctx.warn(warning)
        return kind
    if key is not None and keys.is_posted(db, key):
        raise keys.AlreadyPosted(N_("key {key} was already posted"), key=key)
    code = record.get("sku") if kind == "item" else record.get("code")
    try:
        _replay_master(db, actor, kind, record)
    except AlreadyExists:
        if key is None:
            raise
        # added by an earlier run that stopped before its key was kept: nothing to add again
    if key is not None:
        keys.remember(db, actor, key, kind, str(code) if code is not None else None)
    return kind


def _replay_master(db, actor, kind: str | None, record: dict) -> None:
    if kind == "item":
        values = _options(record, ITEM_OPTIONS)
        flag = lambda v: v is True or str(v).lower() in ("1", "true", "yes", "ya")  # noqa: E731
        values["no-lot"] = "yes" if flag(values.get("no-lot", False)) else "no"
        values["no-expiry"] = "yes" if flag(values.get("no-expiry", False)) else "no"
        catalogue.add_item(db, actor, catalogue.item_from_record(values))
    elif kind == "partner":
        values = {k.replace("-", "_"): v for k, v in _options(record, PARTNER_OPTIONS).items()}
        partners.add_partner(db, actor, partners.PartnerInput(**{
            "code": values.get("code"), "name": values.get("name"), "kind": values.get("kind"),
            **{k: v for k, v in values.items() if k not in ("code", "name", "kind")}}))
    elif kind == "location":
        values = _options(record, LOCATION_OPTIONS)
        locations.add_location(db, actor, values.get("code"), values.get("kind") or "storage",
                               values.get("warehouse"), values.get("name"))
    elif kind == "event":
        values = _options(record, EVENT_OPTIONS)
        partners.add_event(db, actor, values.get("code"), values.get("name"), values.get("type"),
                           values.get("start"), values.get("end"), values.get("area"))
    else:
        raise InvalidInput(N_("unknown type {type}: use item, partner, location, event, receipt or issue"),
                           type=kind)


def cmd_replay(ctx: Context, args: argparse.Namespace) -> int:
    """Post a JSON-lines file, each document its own transaction, stopping at the first bad line.

    A record with a `"key"` is posted once: its key is kept in the record's own transaction,
    and a record whose key was posted before (by this run or an earlier one, even one that
    stopped midway) is skipped and counted under "skipped"."""
    db = ctx.database()
    actor = ctx.actor()
    stats: dict[str, Any] = {}
    skipped = 0
    text = read_text(args.file)
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = parse_json(line, tr(N_("the line")))
            if not isinstance(record, dict):
                raise InvalidInput(N_("must be a JSON object"))
            record = dict(record)
            key = keys.clean_key(record.pop("key")) if record.get("key") is not None else None
            started = time.perf_counter()
            try:
                kind = _replay_one(ctx, db, actor, record, key)
            except keys.AlreadyPosted:
                skipped += 1
                continue
            entry = stats.setdefault(kind, {"count": 0, "seconds": 0.0})
            entry["count"] += 1
            entry["seconds"] += time.perf_counter() - started
        except GudangError as error:
            done = sum(e["count"] for e in stats.values())
            if skipped:
                sys.stderr.write(tr(N_("{skipped} records posted before (by their key) were skipped.")).format(
                    skipped=skipped) + "\n")
            sys.stderr.write(tr(N_("{done} records before this line were posted and stay.")).format(done=done) + "\n")
            raise error.at(tr(N_("{file} line {line}")).format(file=args.file, line=line_no))
    for entry in stats.values():
        entry["seconds"] = round(entry["seconds"], 4)
    stats["skipped"] = skipped
    if ctx.json:
        print_json({**stats, "warnings": ctx.warnings} if ctx.warnings else stats)
    else:
        for kind, entry in stats.items():
            if kind != "skipped":
                _say(ctx, f"{kind}: {entry['count']} ({entry['seconds']:.3f} s)")
        if skipped:
            _say(ctx, tr(N_("{skipped} records posted before (by their key) were skipped.")).format(skipped=skipped))
    return 0
