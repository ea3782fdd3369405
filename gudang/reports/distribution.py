"""The 4W distribution report: who delivered what, where (with the region code), when.

The facts are the dispatches: every posted goods issue that no reversal has
cancelled, per item and per donor of the lots it took (the stock's owner is the
"who" the cluster asks about). `distribution_rows` returns them one per
(goods issue, item, donor); `distribution_report` groups them, the sums made by
the database (over the issues' lines, or their moves when the donor matters), so
a year of dispatches at S=10 takes a second or two:

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
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, distinct, func, select, type_coerce
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import (
    TRANSIT, Document, DocumentLine, Event, Item, Location, Lot, Partner, Request, StockMove,
)
from gudang.domain import dates
from gudang.domain.errors import InvalidInput, NotFound
from gudang.domain.quantity import MEASURE_SCALE, SCALE, ZERO
from gudang.domain.numbers import format_decimal
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
# Goods issues a reversal has cancelled: left out of every figure.
_cancelled = select(_reversal.reverses_id).where(_reversal.reverses_id.is_not(None))


def _raw(column):
    """The stored integer of a quantity (thousandths), for sums that stay exact and cheap."""
    return type_coerce(column, BigInteger)


def _qty(stored) -> Decimal:
    return Decimal(stored or 0).scaleb(-SCALE)


def _kg(stored, weight) -> Decimal:
    """Quantity (thousandths) x weight per unit (millionths of a kg), as kg."""
    return Decimal((stored or 0) * (weight or 0)).scaleb(-(SCALE + MEASURE_SCALE))


def _filters(event_id: int | None, start: dt.date | None, end: dt.date | None) -> list:
    conditions = [Document.type == "issue", Document.state == "posted", Document.id.not_in(_cancelled)]
    if event_id is not None:
        conditions.append(Document.event_id == event_id)
    if start:
        conditions.append(Document.date >= start)
    if end:
        conditions.append(Document.date <= end)
    return conditions


def _event_id(conn, event: str | None) -> int | None:
    if not event:
        return None
    event_id = conn.execute(select(Event.id).where(Event.code == event)).scalar()
    if event_id is None:
        raise NotFound(N_("unknown event {code}"), code=event)
    return event_id


def _check_period(start, end) -> None:
    if start and end and end < start:
        raise InvalidInput(N_("the end {end} is before the start {start}"), end=end, start=start)


def _items(conn, ids) -> dict[int, tuple]:
    """id -> (sku, name, unit, weight per unit) of the items given."""
    items: dict[int, tuple] = {}
    ids = sorted(ids)
    for index in range(0, len(ids), 900):
        for row in conn.execute(select(Item.id, Item.sku, Item.name, Item.base_unit, Item.weight_kg)
                                .where(Item.id.in_(ids[index:index + 900]))):
            items[row.id] = (row.sku, row.name, row.base_unit, row.weight_kg or ZERO)
    return items


def _partners(conn, ids) -> dict[int, object]:
    partners = {}
    ids = sorted(i for i in ids if i is not None)
    for index in range(0, len(ids), 900):
        for row in conn.execute(select(Partner.id, Partner.code, Partner.name, Partner.region, Partner.desa,
                                       Partner.region_code, Partner.people_served)
                                .where(Partner.id.in_(ids[index:index + 900]))):
            partners[row.id] = row
    return partners


def _detail_facts(conn, event_id, start, end):
    """Per goods issue, item and donor of the lots: the dispatched quantity (moves into transit)."""
    transit = conn.execute(select(Location.id).where(Location.kind == TRANSIT)).scalars().all()
    query = (
        select(Document.id, Document.number, Document.date, Document.partner_id, Document.event_id,
               Document.request_id, StockMove.item_id, Lot.donor_id, func.sum(_raw(StockMove.qty)).label("qty"))
        .select_from(StockMove)
        .join(Document, Document.id == StockMove.document_id)
        .join(Lot, Lot.id == StockMove.lot_id)
        .where(StockMove.to_location_id.in_(transit), *_filters(event_id, start, end))
        .group_by(Document.id, Document.number, Document.date, Document.partner_id, Document.event_id,
                  Document.request_id, StockMove.item_id, Lot.donor_id)
        .order_by(Document.date, Document.id, StockMove.item_id))
    return conn.execute(query).all()


def distribution_rows(db: Database, *, event: str | None = None, start: dt.date | None = None,
                      end: dt.date | None = None) -> list[DistributionRow]:
    """Every dispatch per item and donor (the 4W in detail)."""
    _check_period(start, end)
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        facts = _detail_facts(conn, _event_id(conn, event), start, end)
        partners = _partners(conn, {f.partner_id for f in facts} | {f.donor_id for f in facts})
        items = _items(conn, {f.item_id for f in facts})
        events = dict(conn.execute(select(Event.id, Event.code)).all())
        request_ids = sorted({f.request_id for f in facts if f.request_id})
        requests = {}
        for index in range(0, len(request_ids), 900):
            requests.update(conn.execute(select(Request.id, Request.number)
                                         .where(Request.id.in_(request_ids[index:index + 900]))).all())
    rows = []
    none = _NoPartner()
    for document_id, number, date, partner_id, event_id, request_id, item_id, donor_id, stored in facts:
        recipient = partners[partner_id]
        sku, name, unit, weight = items[item_id]
        donor = partners.get(donor_id, none)
        qty = _qty(stored)
        rows.append(DistributionRow(
            date, number, events.get(event_id), requests.get(request_id), recipient.code, recipient.name,
            recipient.region, recipient.desa, recipient.region_code, recipient.people_served, sku, name, unit,
            qty, qty * weight, donor.code, donor.name))
    return rows


class _NoPartner:
    code = name = None


def _kecamatan_code(code: str | None) -> str | None:
    return ".".join(code.split(".")[:3]) if code and code.count(".") >= 2 else code


def _place_people(conn, keys, filters) -> dict[tuple, int]:
    """The jiwa of the distinct recipients reached, per place (the key columns)."""
    people: dict[tuple, int] = {}
    query = (select(*keys, Partner.id, Partner.people_served).select_from(Document)
             .join(Partner, Partner.id == Document.partner_id).where(*filters).distinct())
    for *key, _, count in conn.execute(query):
        people[tuple(key)] = people.get(tuple(key), 0) + (count or 0)
    return people


def grouped_rows(conn, by: str, event_id: int | None, start: dt.date | None, end: dt.date | None) -> list[tuple]:
    """The rows of the grouped table for `by` (see `columns`), summed in the database."""
    filters = _filters(event_id, start, end)
    if by == "detail":
        facts = _detail_facts(conn, event_id, start, end)
        partners = _partners(conn, {f.partner_id for f in facts} | {f.donor_id for f in facts})
        items = _items(conn, {f.item_id for f in facts})
        requests = {}
        request_ids = sorted({f.request_id for f in facts if f.request_id})
        for index in range(0, len(request_ids), 900):
            requests.update(conn.execute(select(Request.id, Request.number)
                                         .where(Request.id.in_(request_ids[index:index + 900]))).all())
        out = []
        none = _NoPartner()
        for _, number, date, partner_id, _, request_id, item_id, donor_id, stored in facts:
            r = partners[partner_id]
            sku, name, unit, weight = items[item_id]
            donor = partners.get(donor_id, none)
            qty = _qty(stored)
            out.append((date, number, donor.name or donor.code or "-", sku, name, qty, unit, qty * weight, r.name,
                        r.desa, r.region, r.region_code, r.people_served, requests.get(request_id)))
        return out
    line = DocumentLine
    # The item's columns come with the sums (grouped by item id, its primary key), sorted by the
    # database; the weight stays the stored integer (millionths): kg = qty x weight, one Decimal.
    item_columns = (Item.sku, Item.name, Item.base_unit, _raw(Item.weight_kg))
    measures = (func.sum(_raw(line.qty_base)), func.count(distinct(Document.id)),
                func.count(distinct(Document.partner_id)))
    when = (func.min(Document.date), func.max(Document.date))
    base = lambda *columns: (select(*columns).select_from(Document)  # noqa: E731
                             .join(line, line.document_id == Document.id)
                             .join(Item, Item.id == line.item_id)
                             .join(Partner, Partner.id == Document.partner_id).where(*filters))
    out = []
    codes: dict[str | None, str] = {}
    if by in ("kecamatan", "desa"):
        keys = (Partner.region,) if by == "kecamatan" else (Partner.region, Partner.desa)
        rows = conn.execute(base(*keys, func.min(Partner.region_code), *item_columns, *measures, *when)
                            .group_by(*keys, Item.id).order_by(*keys, Item.name, Item.sku)).all()
        people = _place_people(conn, keys, filters)
        n = len(keys)
        for row in rows:
            place, code = tuple(row[:n]), row[n]
            sku, name, unit, weight, stored, documents, recipients, first, last = row[n + 1:]
            if by == "kecamatan":
                if code not in codes:
                    codes[code] = _kecamatan_code(code) or ""
                code = codes[code]
            out.append(tuple(p or "-" for p in place) + (
                code or "", sku, name, _qty(stored), unit, _kg(stored, weight), documents, recipients,
                people.get(place, 0), first, last))
        return out
    if by == "recipient":
        rows = conn.execute(base(Partner.code, Partner.name, Partner.desa, Partner.region, Partner.region_code,
                                 Partner.people_served, *item_columns, *measures, *when)
                            .group_by(Partner.id, Item.id).order_by(Partner.code, Item.name, Item.sku)).all()
        for (code, name, desa, region, region_code, people, sku, item, unit, weight, stored, documents, _,
             first, last) in rows:
            out.append((code, name, desa or "-", region or "-", region_code or "", sku, item, _qty(stored), unit,
                        _kg(stored, weight), documents, people or 0, first, last))
        return out
    if by == "item":
        rows = conn.execute(base(Item.id, *item_columns, *measures, func.count(distinct(Partner.region)))
                            .group_by(Item.id).order_by(Item.name, Item.sku)).all()
        people: dict[int, int] = {}
        for item_id, _, count in conn.execute(base(line.item_id, Partner.id, Partner.people_served).distinct()):
            people[item_id] = people.get(item_id, 0) + (count or 0)
        for item_id, sku, name, unit, weight, stored, documents, recipients, places in rows:
            out.append((sku, name, _qty(stored), unit, _kg(stored, weight), documents, recipients, places,
                        people.get(item_id, 0)))
        return out
    if by == "donor":
        transit = conn.execute(select(Location.id).where(Location.kind == TRANSIT)).scalars().all()
        moves = lambda *columns: (select(*columns).select_from(StockMove)  # noqa: E731
                                  .join(Document, Document.id == StockMove.document_id)
                                  .join(Lot, Lot.id == StockMove.lot_id)
                                  .join(Partner, Partner.id == Document.partner_id)
                                  .where(StockMove.to_location_id.in_(transit), *filters))
        rows = conn.execute(moves(Lot.donor_id, StockMove.item_id, func.sum(_raw(StockMove.qty)),
                                  func.count(distinct(Document.id)), func.count(distinct(Document.partner_id)),
                                  func.count(distinct(Partner.region)))
                            .group_by(Lot.donor_id, StockMove.item_id)).all()
        people: dict[int | None, int] = {}
        for donor_id, _, count in conn.execute(moves(Lot.donor_id, Partner.id, Partner.people_served).distinct()):
            people[donor_id] = people.get(donor_id, 0) + (count or 0)
        items = _items(conn, {row[1] for row in rows})
        donors = _partners(conn, {row[0] for row in rows})
        none = _NoPartner()
        for donor_id, item_id, stored, documents, recipients, places in rows:
            donor = donors.get(donor_id, none)
            sku, name, unit, weight = items[item_id]
            qty = _qty(stored)
            out.append((donor.code or "-", donor.name or "-", sku, name, qty, unit, qty * weight, documents,
                        recipients, places, people.get(donor_id, 0)))
        return sorted(out, key=lambda r: (r[0], r[3], r[2]))
    raise InvalidInput(N_("{value} is not a grouping: use one of {choices}"), value=by, choices=", ".join(GROUPINGS))


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
    _check_period(start, end)
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        event_id = _event_id(conn, event)
        grouped = grouped_rows(conn, by, event_id, start, end)
        filters = _filters(event_id, start, end)
        reached = conn.execute(select(Partner.id, Partner.people_served, Partner.region).select_from(Document)
                               .join(Partner, Partner.id == Document.partner_id).where(*filters).distinct()).all()
    people = sum(row.people_served or 0 for row in reached)
    places = len({row.region for row in reached if row.region})
    lines = _cover(db, event, start, end) + (
        (tr(N_("Grouped")), tr(BY_TITLES[by])),
        (tr(N_("Reached")), tr(N_("{recipients} recipients in {kecamatan} kecamatan, {people} people")).format(
            recipients=format_decimal(len(reached)), kecamatan=format_decimal(places),
            people=format_decimal(people))),
    )
    table = Table(tr(N_("Distribution")) + " " + tr(BY_TITLES[by]), columns(by), tuple(grouped),
                  total_label=tr(N_("TOTAL")))
    notes = (tr(N_("Quantities in each item's base unit; weight = quantity x weight per unit. People: the jiwa "
                   "of the distinct recipients reached (in the place; with the item; with the donor's goods), as "
                   "recorded now. Cancelled dispatches are left out.")),)
    return Report(f"4w-{by}", tr(N_("4W distribution report")), lines, (table,),
                  reference=" ".join(p for p in (event, dates.today().isoformat()) if p), notes=notes)


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
    from gudang.domain.terbilang import format_date
    from gudang.i18n import get_language

    lang = get_language()
    if not end:
        return tr(N_("from {start}")).format(start=format_date(start, lang))
    if not start:
        return tr(N_("until {end}")).format(end=format_date(end, lang))
    return f"{format_date(start, lang)} \u2013 {format_date(end, lang)}"  # 1 November 2026 – 30 November 2026


def kecamatan_totals(db: Database, *, event: str | None = None, start: dt.date | None = None,
                     end: dt.date | None = None) -> list[tuple[str, Decimal, int]]:
    """(kecamatan, kg, people) for the chart, heaviest first, summed in the database."""
    _check_period(start, end)
    line = DocumentLine
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        filters = _filters(_event_id(conn, event), start, end)
        rows = conn.execute(
            select(Partner.region, func.sum(_raw(line.qty_base) * type_coerce(Item.weight_kg, BigInteger)))
            .select_from(Document).join(line, line.document_id == Document.id)
            .join(Item, Item.id == line.item_id).join(Partner, Partner.id == Document.partner_id)
            .where(*filters).group_by(Partner.region)).all()
        people = _place_people(conn, (Partner.region,), filters)
    return sorted(((region or "-", Decimal(grams or 0).scaleb(-(SCALE + MEASURE_SCALE)), people.get((region,), 0))
                   for region, grams in rows), key=lambda t: (-t[1], t[0]))
