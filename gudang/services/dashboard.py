"""Read side for the dashboard and the stock browser of the desktop app.

Aggregates for the dashboard (stock by category, expiry buckets, items below
minimum, today's dispatches) and a paged stock listing with the filters the
Stock page offers, so a table model fetches one chunk at a time instead of
the whole balance table. Each function is one read-only transaction and
returns frozen rows; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, func, or_, select, type_coerce
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import ON_HAND_KINDS, Balance, Document, DocumentLine, Item, Location, Lot, Partner
from gudang.domain.quantity import ZERO
from gudang.services.queries import StockRow
from gudang.services.uow import UnitOfWork

EXPIRY_HORIZONS = (30, 60, 90)
# Expiry filters of the stock listing.
EXPIRED, NO_EXPIRY = "expired", "none"
# Quantities and weights are stored as scaled integers; their product sums exactly in SQL.
_WEIGHT_SCALE = Balance.qty.type.scale + Item.weight_kg.type.scale


@dataclass(frozen=True)
class CategoryStock:
    category: str | None
    items: int
    lots: int
    weight_kg: Decimal


@dataclass(frozen=True)
class ExpiryBuckets:
    expired: int  # lots (lot and bin pairs) on hand past their expiry
    within: tuple[tuple[int, int], ...]  # (days, lots expiring in 0..days days), not expired ones


@dataclass(frozen=True)
class BelowMinimum:
    sku: str
    item: str
    unit: str
    on_hand: Decimal
    min_stock: Decimal


@dataclass(frozen=True)
class Dispatch:
    id: int
    number: str | None
    date: dt.date
    state: str
    recipient: str | None
    recipient_name: str | None
    destination: str | None
    lines: int
    cancelled: bool


@dataclass(frozen=True)
class Dashboard:
    as_of: dt.date
    categories: tuple[CategoryStock, ...]
    expiry: ExpiryBuckets
    below_minimum: tuple[BelowMinimum, ...]
    below_minimum_count: int
    dispatches: tuple[Dispatch, ...]


def _on_hand():
    return (select(Balance.item_id, Balance.lot_id, Balance.qty)
            .join(Location, Location.id == Balance.location_id)
            .where(Balance.qty > 0, Location.kind.in_(ON_HAND_KINDS)))


def dashboard(db: Database, as_of: dt.date | None = None, *, below_limit: int = 50) -> Dashboard:
    as_of = as_of or dt.date.today()
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        stock = _on_hand().subquery()
        categories = tuple(
            CategoryStock(cat, items, lots, Decimal(weight or 0).scaleb(-_WEIGHT_SCALE).quantize(Decimal("0.001")))
            for cat, items, lots, weight in conn.execute(
                select(Item.category, func.count(func.distinct(stock.c.item_id)),
                       func.count(func.distinct(stock.c.lot_id)),
                       func.sum(type_coerce(stock.c.qty, BigInteger) * type_coerce(Item.weight_kg, BigInteger)))
                .select_from(stock).join(Item, Item.id == stock.c.item_id)
                .group_by(Item.category).order_by(Item.category)))

        horizon = as_of + dt.timedelta(days=max(EXPIRY_HORIZONS))
        expiring = conn.execute(
            select(Lot.expiry).select_from(stock).join(Lot, Lot.id == stock.c.lot_id)
            .where(Lot.expiry.is_not(None), Lot.expiry <= horizon)).scalars().all()
        expired = sum(1 for day in expiring if day < as_of)
        within = tuple((days, sum(1 for day in expiring if as_of <= day <= as_of + dt.timedelta(days=days)))
                       for days in EXPIRY_HORIZONS)

        totals = (select(Balance.item_id, func.sum(Balance.qty).label("qty"))
                  .join(Location, Location.id == Balance.location_id)
                  .where(Location.kind.in_(ON_HAND_KINDS)).group_by(Balance.item_id).subquery())
        on_hand = func.coalesce(totals.c.qty, 0)
        below_query = (select(Item.sku, Item.name, Item.base_unit, on_hand, Item.min_stock)
                       .select_from(Item).outerjoin(totals, totals.c.item_id == Item.id)
                       .where(Item.active.is_(True), Item.min_stock > 0, on_hand < Item.min_stock))
        below_count = conn.execute(select(func.count()).select_from(below_query.subquery())).scalar() or 0
        below = tuple(BelowMinimum(sku, name, unit, Decimal(qty), Decimal(minimum))
                      for sku, name, unit, qty, minimum in conn.execute(
                          below_query.order_by((on_hand / Item.min_stock), Item.sku).limit(below_limit)))

        reversal = aliased(Document)
        dispatches = tuple(
            Dispatch(doc_id, number, date, state, code, name, destination, lines, rev is not None)
            for doc_id, number, date, state, code, name, destination, lines, rev in conn.execute(
                select(Document.id, Document.number, Document.date, Document.state, Partner.code,
                       Partner.name, Document.destination,
                       select(func.count(DocumentLine.id)).where(DocumentLine.document_id == Document.id)
                       .scalar_subquery(), reversal.id)
                .outerjoin(Partner, Partner.id == Document.partner_id)
                .outerjoin(reversal, reversal.reverses_id == Document.id)
                .where(Document.type == "issue", Document.date == as_of)
                .order_by(Document.id.desc()).limit(200)))
        return Dashboard(as_of, categories, ExpiryBuckets(expired, within), below, below_count, dispatches)


@dataclass(frozen=True)
class StockFilter:
    search: str | None = None
    category: str | None = None
    location: str | None = None
    expiry: str | None = None  # None (all), "expired", "none" (no expiry date) or days as text: "30"
    sku: str | None = None
    as_of: dt.date | None = None


_stock_columns = (Item.sku, Item.name, Item.category, Item.base_unit, Lot.code, Lot.barcode, Lot.expiry,
                  Lot.received, Partner.code, Location.code, Location.kind, Lot.status, Balance.qty)


def _stock_select(columns, where: StockFilter):
    query = (select(*columns).select_from(Balance)
             .join(Lot, Lot.id == Balance.lot_id)
             .join(Item, Item.id == Balance.item_id)
             .join(Location, Location.id == Balance.location_id)
             .outerjoin(Partner, Partner.id == Lot.donor_id)
             .where(Balance.qty > 0, Location.kind.in_(ON_HAND_KINDS)))
    as_of = where.as_of or dt.date.today()
    if where.sku:
        query = query.where(Item.sku == where.sku)
    if where.category:
        query = query.where(Item.category == where.category)
    if where.location:
        query = query.where(Location.code == where.location)
    if where.expiry == EXPIRED:
        query = query.where(Lot.expiry < as_of)
    elif where.expiry == NO_EXPIRY:
        query = query.where(Lot.expiry.is_(None))
    elif where.expiry:
        query = query.where(Lot.expiry >= as_of, Lot.expiry <= as_of + dt.timedelta(days=int(where.expiry)))
    if where.search:
        text = where.search.strip()
        pattern = f"%{text.lower()}%"
        query = query.where(or_(func.lower(Item.sku).like(pattern), func.lower(Item.name).like(pattern),
                                func.lower(Lot.code).like(pattern), Lot.barcode == text.upper(),
                                func.lower(Location.code).like(pattern)))
    return query


def stock_rows(db: Database, where: StockFilter, offset: int = 0, limit: int = 200) -> list[StockRow]:
    """One page of stock by item, lot and bin (FEFO order within an item), with days left."""
    as_of = where.as_of or dt.date.today()
    query = (_stock_select(_stock_columns, where)
             .order_by(Item.sku, Lot.expiry.is_(None), Lot.expiry, Lot.received, Lot.id, Location.code)
             .offset(offset).limit(limit))
    with UnitOfWork(db, write=False) as uow:
        return [StockRow(*row, days_left=(row.expiry - as_of).days if row.expiry else None)
                for row in uow.conn.execute(query)]


def stock_total(db: Database, where: StockFilter) -> int:
    """How many rows `stock_rows` has for this filter."""
    with UnitOfWork(db, write=False) as uow:
        return uow.conn.execute(
            select(func.count()).select_from(_stock_select((Balance.lot_id,), where).subquery())).scalar() or 0


@dataclass(frozen=True)
class ItemListRow:
    sku: str
    name: str
    category: str | None
    unit: str
    gtin: str | None
    lot_tracked: bool
    expiry_required: bool
    min_stock: Decimal
    weight_kg: Decimal
    active: bool
    on_hand: Decimal


def item_rows(db: Database, search: str | None = None, category: str | None = None, *,
              include_inactive: bool = True, offset: int = 0, limit: int = 200) -> list[ItemListRow]:
    """One page of the catalogue with the stock on hand of each item."""
    totals = (select(Balance.item_id, func.sum(Balance.qty).label("qty"))
              .join(Location, Location.id == Balance.location_id)
              .where(Location.kind.in_(ON_HAND_KINDS)).group_by(Balance.item_id).subquery())
    query = (select(Item.sku, Item.name, Item.category, Item.base_unit, Item.gtin, Item.lot_tracked,
                    Item.expiry_required, Item.min_stock, Item.weight_kg, Item.active,
                    func.coalesce(totals.c.qty, 0))
             .select_from(Item).outerjoin(totals, totals.c.item_id == Item.id)
             .order_by(Item.sku).offset(offset).limit(limit))
    if search:
        text = search.strip()
        pattern = f"%{text.lower()}%"
        query = query.where(or_(func.lower(Item.sku).like(pattern), func.lower(Item.name).like(pattern),
                                Item.gtin == text))
    if category:
        query = query.where(Item.category == category)
    if not include_inactive:
        query = query.where(Item.active.is_(True))
    with UnitOfWork(db, write=False) as uow:
        return [ItemListRow(*row[:-1], Decimal(row[-1]) if row[-1] is not None else ZERO)
                for row in uow.conn.execute(query)]
