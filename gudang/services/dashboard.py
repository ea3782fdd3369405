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

from sqlalchemy import BigInteger, Date, and_, bindparam, case, func, or_, select, tuple_, type_coerce
from sqlalchemy.orm import aliased

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.models import ON_HAND_KINDS, Balance, Document, DocumentLine, Item, Location, Lot, Partner
from gudang.domain.quantity import ZERO
from gudang.services.bundle import Bundle
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
    lots: int  # lot-in-bin rows on hand
    weight_kg: Decimal


@dataclass(frozen=True)
class ExpiryBuckets:
    expired: int  # lot-in-bin rows on hand past their expiry (as the Stock page lists them)
    within: tuple[tuple[int, int], ...]  # (days, rows expiring in 0..days days), expired ones not included


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
    dispatches: tuple[Dispatch, ...]  # the latest 200 of the day
    dispatch_count: int = 0  # goods issues posted today, not cancelled


def _on_hand_totals():
    """Stock on hand per item (one pass over the balances)."""
    return (select(Balance.item_id, func.sum(Balance.qty).label("qty"))
            .join(Location, Location.id == Balance.location_id)
            .where(Location.kind.in_(ON_HAND_KINDS)).group_by(Balance.item_id).subquery())


# The dashboard's figures in one statement (gudang.services.bundle: one round trip to a
# distant server): stock by category with the expiry buckets, items below their minimum,
# today's goods issues and how many were posted. Parameters: "as_of", "h30", "h60", "h90"
# (the horizons' last days).
_as_of = bindparam("as_of", type_=Date)
_buckets = [func.sum(case((Lot.expiry < _as_of, 1), else_=0)).label("expired")]
_buckets += [func.sum(case((and_(Lot.expiry >= _as_of, Lot.expiry <= bindparam(f"h{days}", type_=Date)), 1),
                           else_=0)).label(f"within_{days}") for days in EXPIRY_HORIZONS]
_totals = _on_hand_totals()
_on_hand = func.coalesce(_totals.c.qty, 0)
_reversal = aliased(Document)
_DASHBOARD = Bundle(
    categories=select(Item.category, func.count().label("lots"),
                      func.sum(type_coerce(Balance.qty, BigInteger) * type_coerce(Item.weight_kg, BigInteger))
                      .label("weight"), *_buckets)
    .select_from(Balance)
    .join(Location, Location.id == Balance.location_id)
    .join(Lot, Lot.id == Balance.lot_id)
    .join(Item, Item.id == Balance.item_id)
    .where(Balance.qty > 0, Location.kind.in_(ON_HAND_KINDS))
    .group_by(Item.category).order_by(Item.category),
    below=select(Item.sku, Item.name, Item.base_unit, _on_hand.label("on_hand"), Item.min_stock)
    .select_from(Item).outerjoin(_totals, _totals.c.item_id == Item.id)
    .where(Item.active.is_(True), Item.min_stock > 0, _on_hand < Item.min_stock),
    dispatches=select(Document.id, Document.number, Document.date, Document.state, Partner.code,
                      Partner.name, Document.destination,
                      select(func.count(DocumentLine.id)).where(DocumentLine.document_id == Document.id)
                      .scalar_subquery().label("lines"), _reversal.id.label("reversal"))
    .outerjoin(Partner, Partner.id == Document.partner_id)
    .outerjoin(_reversal, _reversal.reverses_id == Document.id)
    .where(Document.type == "issue", Document.date == _as_of)
    .order_by(Document.id.desc()).limit(200),
    posted_today=select(func.count(Document.id).label("n")).outerjoin(_reversal, _reversal.reverses_id == Document.id)
    .where(Document.type == "issue", Document.date == _as_of, Document.state == "posted", _reversal.id.is_(None)),
)


def dashboard(db: Database, as_of: dt.date | None = None, *, below_limit: int = 50) -> Dashboard:
    """The dashboard's figures: one statement, one pass over the balances per aggregate."""
    as_of = as_of or dates.today()
    params = {"as_of": as_of, **{f"h{days}": as_of + dt.timedelta(days=days) for days in EXPIRY_HORIZONS}}
    with UnitOfWork(db, write=False) as uow:
        got = _DASHBOARD.fetch(uow.conn, params)
    rows = got["categories"]
    categories = tuple(
        CategoryStock(row.category, row.lots, Decimal(row.weight or 0).scaleb(-_WEIGHT_SCALE).quantize(Decimal("0.001")))
        for row in rows)
    sums = [sum(row[3 + i] or 0 for row in rows) for i in range(1 + len(EXPIRY_HORIZONS))]
    expiry = ExpiryBuckets(sums[0], tuple(zip(EXPIRY_HORIZONS, sums[1:])))
    below_all = sorted(got["below"], key=lambda r: (Decimal(r.on_hand or 0) / r.min_stock, r.sku))
    below = tuple(BelowMinimum(r.sku, r.name, r.base_unit, Decimal(r.on_hand or 0), Decimal(r.min_stock))
                  for r in below_all[:below_limit])
    dispatches = tuple(
        Dispatch(r.id, r.number, r.date, r.state, r.code, r.name, r.destination, r.lines, r.reversal is not None)
        for r in sorted(got["dispatches"], key=lambda r: r.id, reverse=True))
    posted_today = got["posted_today"][0].n if got["posted_today"] else 0
    return Dashboard(as_of, categories, expiry, below, len(below_all), dispatches, posted_today)


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
    as_of = where.as_of or dates.today()
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


StockKey = tuple[int, int]  # (lot id, location id): one row of the stock listing


def stock_keys(db: Database, where: StockFilter) -> list[StockKey]:
    """The rows of the stock listing for a filter, in display order, as keys only.

    The Stock page keeps this list (a few MB even for 200,000 rows) and asks
    `stock_rows_for` for the rows of each screenful: one sort per filter,
    then primary-key lookups while scrolling (Anki's browser does the same).
    """
    query = (_stock_select((Balance.lot_id, Balance.location_id), where)
             .order_by(Item.sku, Lot.expiry.is_(None), Lot.expiry, Lot.received, Lot.id, Location.code))
    with UnitOfWork(db, write=False) as uow:
        return [tuple(row) for row in uow.conn.execute(query)]


def stock_rows_for(db: Database, keys: list[StockKey], as_of: dt.date | None = None) -> list[StockRow]:
    """The stock rows of these keys, in the order given (gone ones left out)."""
    if not keys:
        return []
    as_of = as_of or dates.today()
    query = (select(Balance.lot_id, Balance.location_id, *_stock_columns).select_from(Balance)
             .join(Lot, Lot.id == Balance.lot_id)
             .join(Item, Item.id == Balance.item_id)
             .join(Location, Location.id == Balance.location_id)
             .outerjoin(Partner, Partner.id == Lot.donor_id)
             .where(tuple_(Balance.lot_id, Balance.location_id).in_(keys)))
    with UnitOfWork(db, write=False) as uow:
        found = {(row[0], row[1]): row[2:] for row in uow.conn.execute(query)}
    rows = []
    for key in keys:
        row = found.get(key)
        if row is not None:
            expiry = row[6]
            rows.append(StockRow(*row, days_left=(expiry - as_of).days if expiry else None))
    return rows


def stock_rows(db: Database, where: StockFilter, offset: int = 0, limit: int = 200) -> list[StockRow]:
    """One page of stock by item, lot and bin (FEFO order within an item), with days left."""
    as_of = where.as_of or dates.today()
    query = (_stock_select(_stock_columns, where)
             .order_by(Item.sku, Lot.expiry.is_(None), Lot.expiry, Lot.received, Lot.id, Location.code)
             .offset(offset).limit(limit))
    with UnitOfWork(db, write=False) as uow:
        return [StockRow(*row, days_left=(row.expiry - as_of).days if row.expiry else None)
                for row in uow.conn.execute(query)]


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


def item_keys(db: Database, search: str | None = None, category: str | None = None, *,
              include_inactive: bool = True) -> list[int]:
    """Ids of the catalogue items matching a search, ordered by SKU."""
    query = select(Item.id).order_by(Item.sku)
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
        return list(uow.conn.execute(query).scalars())


def item_rows_for(db: Database, ids: list[int]) -> list[ItemListRow]:
    """Catalogue rows with their stock on hand, in the order of `ids`."""
    if not ids:
        return []
    on_hand = (select(func.coalesce(func.sum(Balance.qty), 0))
               .join(Location, Location.id == Balance.location_id)
               .where(Balance.item_id == Item.id, Location.kind.in_(ON_HAND_KINDS))
               .correlate(Item).scalar_subquery())
    query = (select(Item.id, Item.sku, Item.name, Item.category, Item.base_unit, Item.gtin, Item.lot_tracked,
                    Item.expiry_required, Item.min_stock, Item.weight_kg, Item.active,
                    type_coerce(on_hand, Balance.qty.type))
             .where(Item.id.in_(ids)))
    with UnitOfWork(db, write=False) as uow:
        found = {row[0]: row[1:] for row in uow.conn.execute(query)}
    return [ItemListRow(*found[i][:-1], found[i][-1] if found[i][-1] is not None else ZERO)
            for i in ids if i in found]


def item_rows(db: Database, search: str | None = None, category: str | None = None, *,
              include_inactive: bool = True, offset: int = 0, limit: int = 200) -> list[ItemListRow]:
    """One page of the catalogue with the stock on hand of each item."""
    ids = item_keys(db, search, category, include_inactive=include_inactive)
    return item_rows_for(db, ids[offset:offset + limit])
