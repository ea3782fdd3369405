"""The 4W distribution report: who delivered what, where (with the region code), when.

The facts are the dispatches: every posted goods issue that no reversal has
cancelled, per item and per donor of the lots it took (the stock's owner is the
"who" the cluster asks about). `distribution_rows` returns them one per
(goods issue, item, donor); `distribution_report` groups them:

- kecamatan / desa / recipient: per place and item;
- item: per item;
- donor: per donor and item;
- detail: every row, the 4W matrix as the cluster's spreadsheet has it.

Quantities are in each item's base unit, weight in kg (quantity x the item's
weight per unit). People served are the jiwa of the distinct recipients
reached, as their partner records say now.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import TRANSIT, Document, Event, Item, Location, Lot, Partner, Request, StockMove
from gudang.domain.errors import InvalidInput, NotFound
from gudang.domain.quantity import ZERO
from gudang.i18n import N_, tr
from gudang.reports.tables import CODE, DATE, INT, KG, QTY, TEXT, Column, Report, Table
from gudang.services.uow import UnitOfWork

GROUPINGS = ("kecamatan", "desa", "recipient", "item", "donor", "detail")


@dataclass(frozen=True)
class DistributionRow:
    date: dt.date
    number: str
    event: str | None
    request: str | None
    recipient: str
    recipient_name: str
    kecamatan: str | None
    desa: str | None
    region_code: str | None
    people: int | None  # the recipient's jiwa
    sku: str
    item: str
    unit: str
    qty: Decimal
    kg: Decimal
    donor: str | None
    donor_name: str | None


_reversal = aliased(Document)
_target = aliased(Location)


def _dispatches(event_id: int | None, start: dt.date | None, end: dt.date | None):
    query = (
        select(Document.id, Document.number, Document.date, Document.partner_id, Document.event_id,
               Document.request_id, StockMove.item_id, Lot.donor_id, func.sum(StockMove.qty).label("qty"))
        .select_from(StockMove)
        .join(Document, Document.id == StockMove.document_id)
        .join(_target, _target.id == StockMove.to_location_id)
        .join(Lot, Lot.id == StockMove.lot_id)
        .outerjoin(_reversal, _reversal.reverses_id == Document.id)
        .where(Document.type == "issue", Document.state == "posted", _target.kind == TRANSIT,
               _reversal.id.is_(None))
        .group_by(Document.id, Document.number, Document.date, Document.partner_id, Document.event_id,
                  Document.request_id, StockMove.item_id, Lot.donor_id)
        .order_by(Document.date, Document.id, StockMove.item_id))
    if event_id is not None:
        query = query.where(Document.event_id == event_id)
    if start:
        query = query.where(Document.date >= start)
    if end:
        query = query.where(Document.date <= end)
    return query


def distribution_rows(db: Database, *, event: str | None = None, start: dt.date | None = None,
                      end: dt.date | None = None) -> list[DistributionRow]:
    if start and end and end < start:
        raise InvalidInput(N_("the end {end} is before the start {start}"), end=end, start=start)
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        event_id = None
        if event:
            event_id = conn.execute(select(Event.id).where(Event.code == event)).scalar()
            if event_id is None:
                raise NotFound(N_("unknown event {code}"), code=event)
        facts = conn.execute(_dispatches(event_id, start, end)).all()
        partner_ids = {f.partner_id for f in facts} | {f.donor_id for f in facts if f.donor_id}
        partners = {}
        if partner_ids:
            for row in conn.execute(select(Partner.id, Partner.code, Partner.name, Partner.region, Partner.desa,
                                           Partner.region_code, Partner.people_served)
                                    .where(Partner.id.in_(sorted(partner_ids)))):
                partners[row.id] = row
        item_ids = sorted({f.item_id for f in facts})
        items = {}
        for index in range(0, len(item_ids), 900):
            for row in conn.execute(select(Item.id, Item.sku, Item.name, Item.base_unit, Item.weight_kg)
                                    .where(Item.id.in_(item_ids[index:index + 900]))):
                items[row.id] = row
        events = dict(conn.execute(select(Event.id, Event.code)).all())
        request_ids = sorted({f.request_id for f in facts if f.request_id})
        requests = {}
        for index in range(0, len(request_ids), 900):
            requests.update(conn.execute(select(Request.id, Request.number)
                                         .where(Request.id.in_(request_ids[index:index + 900]))).all())
    rows = []
    for f in facts:
        recipient, item = partners[f.partner_id], items[f.item_id]
        donor = partners.get(f.donor_id)
        rows.append(DistributionRow(
            f.date, f.number, events.get(f.event_id), requests.get(f.request_id), recipient.code, recipient.name,
            recipient.region, recipient.desa, recipient.region_code, recipient.people_served, item.sku, item.name,
            item.base_unit, f.qty, f.qty * (item.weight_kg or ZERO), donor.code if donor else None,
            donor.name if donor else None))
    return rows


def _kecamatan_code(code: str | None) -> str | None:
    return ".".join(code.split(".")[:3]) if code and code.count(".") >= 2 else code


def _people(recipients: dict[str, int | None]) -> int:
    return sum(p or 0 for p in recipients.values())


def group_rows(rows: list[DistributionRow], by: str) -> list[tuple]:
    """The rows of the grouped table for `by` (see `columns`)."""
    if by == "detail":
        return [(r.date, r.number, r.donor_name or r.donor or "-", r.sku, r.item, r.qty, r.unit, r.kg,
                 r.recipient_name, r.desa, r.kecamatan, r.region_code, r.people, r.request)
                for r in rows]
    groups: dict[tuple, dict] = {}
    for r in rows:
        if by == "kecamatan":
            key = (r.kecamatan or "-", _kecamatan_code(r.region_code) or "", r.sku, r.item, r.unit)
        elif by == "desa":
            key = (r.kecamatan or "-", r.desa or "-", r.region_code or "", r.sku, r.item, r.unit)
        elif by == "recipient":
            key = (r.recipient, r.recipient_name, r.desa or "-", r.kecamatan or "-", r.region_code or "", r.sku,
                   r.item, r.unit)
        elif by == "item":
            key = (r.sku, r.item, r.unit)
        elif by == "donor":
            key = (r.donor or "-", r.donor_name or "-", r.sku, r.item, r.unit)
        else:
            raise InvalidInput(N_("{value} is not a grouping: use one of {choices}"), value=by,
                               choices=", ".join(GROUPINGS))
        entry = groups.setdefault(key, {"qty": ZERO, "kg": ZERO, "documents": set(), "recipients": {},
                                        "places": set(), "first": r.date, "last": r.date})
        entry["qty"] += r.qty
        entry["kg"] += r.kg
        entry["documents"].add(r.number)
        entry["recipients"][r.recipient] = r.people
        entry["places"].add(r.kecamatan)
        entry["first"] = min(entry["first"], r.date)
        entry["last"] = max(entry["last"], r.date)
    def order(kv):
        key = kv[0]
        if by == "item":
            return (key[1], key[0])
        place = key[:-3]  # the columns before SKU, item and unit
        return tuple(str(k) for k in place) + (key[-2], key[-3])

    out = []
    for key, e in sorted(groups.items(), key=order):
        common = (e["qty"], key[-1], e["kg"], len(e["documents"]))
        if by in ("kecamatan", "desa"):
            out.append(key[:-1] + common + (len(e["recipients"]), _people(e["recipients"]), e["first"], e["last"]))
        elif by == "recipient":
            out.append(key[:-1] + common + (_people(e["recipients"]), e["first"], e["last"]))
        elif by == "item":
            out.append(key[:-1] + common + (len(e["recipients"]), len(e["places"]), _people(e["recipients"])))
        else:  # donor
            out.append(key[:-1] + common + (len(e["recipients"]), len(e["places"]), _people(e["recipients"])))
    return out


def columns(by: str) -> tuple[Column, ...]:
    """The table's columns; those with pdf=False are left out of the A4 print."""
    t = lambda text: tr(text)  # noqa: E731
    qty = (Column(t(N_("Quantity")), QTY, 18), Column(t(N_("Unit")), TEXT, 14),
           Column(t(N_("Weight (kg)")), KG, 18, True))
    dispatches = Column(t(N_("Dispatches")), INT, 17)
    when = (Column(t(N_("First")), DATE, 17, pdf=False), Column(t(N_("Last")), DATE, 17, pdf=False))
    item = (Column("SKU", CODE, 22), Column(t(N_("Item")), TEXT))
    item_pdf = (Column("SKU", CODE, 22, pdf=False), Column(t(N_("Item")), TEXT))
    people = Column(t(N_("People")), INT, 13)
    recipients = Column(t(N_("Recipients")), INT, 17)
    region = Column(t(N_("Region code")), CODE, 22)
    if by == "detail":
        return (Column(t(N_("Date")), DATE, 18), Column(t(N_("Number")), CODE, 25),
                Column(t(N_("Who (donor)")), TEXT, 22), Column("SKU", CODE, 20, pdf=False), Column(t(N_("Item")), TEXT),
                Column(t(N_("Quantity")), QTY, 13), Column(t(N_("Unit")), TEXT, 14),
                Column(t(N_("Weight (kg)")), KG, 16, True, pdf=False), Column(t(N_("Recipient")), TEXT, 26),
                Column(t(N_("Desa")), TEXT, 17), Column(t(N_("Kecamatan")), TEXT, 18, pdf=False),
                Column(t(N_("Region code")), CODE, 19),
                Column(t(N_("People")), INT, 14, pdf=False), Column(t(N_("Request")), CODE, 28, pdf=False))
    if by == "kecamatan":
        return ((Column(t(N_("Kecamatan")), TEXT, 26), Column(t(N_("Region code")), CODE, 16)) + item_pdf + qty
                + (dispatches, recipients, people) + when)
    if by == "desa":
        return ((Column(t(N_("Kecamatan")), TEXT, 22), Column(t(N_("Desa")), TEXT, 22), region) + item_pdf + qty
                + (Column(t(N_("Dispatches")), INT, 17, pdf=False), recipients, people) + when)
    if by == "recipient":
        return ((Column(t(N_("Code")), CODE, 20, pdf=False), Column(t(N_("Recipient")), TEXT, 34),
                 Column(t(N_("Desa")), TEXT, 20), Column(t(N_("Kecamatan")), TEXT, 20, pdf=False), region) + item_pdf
                + qty + (Column(t(N_("Dispatches")), INT, 17, pdf=False), people) + when)
    if by == "item":
        return item + qty + (dispatches, recipients, Column(t(N_("Kecamatan")), INT, 17), people)
    if by == "donor":
        return ((Column(t(N_("Donor")), CODE, 24, pdf=False), Column(t(N_("Donor name")), TEXT, 34)) + item_pdf + qty
                + (dispatches, recipients, Column(t(N_("Kecamatan")), INT, 17), people))
    raise InvalidInput(N_("{value} is not a grouping: use one of {choices}"), value=by, choices=", ".join(GROUPINGS))


BY_TITLES = {"kecamatan": N_("by kecamatan"), "desa": N_("by desa"), "recipient": N_("by recipient"),
             "item": N_("by item"), "donor": N_("by donor"), "detail": N_("detail (4W)")}


def distribution_report(db: Database, *, event: str | None = None, start: dt.date | None = None,
                        end: dt.date | None = None, by: str = "kecamatan") -> Report:
    if by not in GROUPINGS:
        raise InvalidInput(N_("{value} is not a grouping: use one of {choices}"), value=by,
                           choices=", ".join(GROUPINGS))
    rows = distribution_rows(db, event=event, start=start, end=end)
    table_columns = columns(by)
    grouped = group_rows(rows, by)
    people = _people({r.recipient: r.people for r in rows})
    recipients = len({r.recipient for r in rows})
    places = len({r.kecamatan for r in rows if r.kecamatan})
    lines = _cover(db, event, start, end) + (
        (tr(N_("Grouped")), tr(BY_TITLES[by])),
        (tr(N_("Reached")), tr(N_("{recipients} recipients in {kecamatan} kecamatan, {people} people")).format(
            recipients=recipients, kecamatan=places, people=people)),
    )
    table = Table(tr(N_("Distribution")) + " " + tr(BY_TITLES[by]), table_columns, tuple(grouped),
                  total_label=tr(N_("TOTAL")))
    notes = (tr(N_("Quantities in each item's base unit; weight = quantity x weight per unit. People: the jiwa "
                   "of the recipients reached, as recorded now. Cancelled dispatches are left out.")),)
    return Report(f"4w-{by}", tr(N_("4W distribution report")), lines, (table,),
                  reference=" ".join(p for p in (event, dt.date.today().isoformat()) if p), notes=notes)


def _cover(db: Database, event: str | None, start, end) -> tuple[tuple[str, str], ...]:
    lines = []
    if event:
        with UnitOfWork(db, write=False) as uow:
            name = uow.conn.execute(select(Event.name).where(Event.code == event)).scalar()
        lines.append((tr(N_("Event")), f"{event} \u2014 {name}" if name else event))
    lines.append((tr(N_("Period")), period_text(start, end)))
    return tuple(lines)


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    if not start and not end:
        return tr(N_("all dates"))
    if not end:
        return tr(N_("from {start}")).format(start=start.isoformat())
    if not start:
        return tr(N_("until {end}")).format(end=end.isoformat())
    return f"{start.isoformat()} \u2013 {end.isoformat()}"


def kecamatan_totals(rows: list[DistributionRow]) -> list[tuple[str, Decimal, int]]:
    """(kecamatan, kg, people) for the chart, heaviest first."""
    kg: dict[str, Decimal] = defaultdict(lambda: ZERO)
    people: dict[str, dict[str, int | None]] = defaultdict(dict)
    for r in rows:
        key = r.kecamatan or "-"
        kg[key] += r.kg
        people[key][r.recipient] = r.people
    return sorted(((k, kg[k], _people(people[k])) for k in kg), key=lambda t: (-t[1], t[0]))
