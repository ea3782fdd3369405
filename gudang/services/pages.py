"""What a page lists when it opens, read in one statement.

Over a 4G link to the office's PostgreSQL each query is a round trip of 20-60 ms,
and a page that asks four services for its lists waits four times (issue 15: a
page loads in at most 3 round trips). These read the same rows as the services
the pages used to call one by one (the tests compare them), as parts of one
statement (gudang.services.bundle).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, func, or_, select

from gudang.db.engine import Database
from gudang.db.models import ALLOCATABLE_KINDS, Balance, Event, Item, ItemUnit, Location, Lot, Partner, Warehouse
from gudang.domain.dates import today
from gudang.services.bundle import Bundle
from gudang.services.catalogue import ItemRow
from gudang.services.locations import USER_KINDS, LocationRow
from gudang.services.partners import EventRow, PartnerRow
from gudang.services.uow import UnitOfWork

partner_t, event_t, item_t = Partner.__table__, Event.__table__, Item.__table__


@dataclass(frozen=True)
class IssuingLists:
    """The issuing page's lists: as `partners.list_partners(db, "recipient")`,
    `partners.list_events`, `catalogue.list_items(db, include_inactive=False)` and
    `catalogue.issuable_stock` give them."""

    recipients: list[PartnerRow]
    events: list[EventRow]
    items: list[ItemRow]
    stock: dict[str, Decimal]


_ISSUING = Bundle(
    recipients=select(*partner_t.c).where(partner_t.c.kind == "recipient").order_by(partner_t.c.kind,
                                                                                     partner_t.c.code),
    events=select(*event_t.c).order_by(event_t.c.start.desc(), event_t.c.code),
    items=select(*item_t.c).where(item_t.c.active.is_(True)).order_by(item_t.c.sku),
    units=(select(ItemUnit.item_id, ItemUnit.unit, ItemUnit.factor).join(Item, Item.id == ItemUnit.item_id)
           .where(Item.active.is_(True)).order_by(ItemUnit.id)),
    stock=(select(Item.sku, func.sum(Balance.qty).label("qty"))
           .join(Balance, Balance.item_id == Item.id)
           .join(Location, Location.id == Balance.location_id)
           .join(Lot, Lot.id == Balance.lot_id)
           .where(Balance.qty > 0, Location.kind.in_(ALLOCATABLE_KINDS), Lot.status == "available",
                  or_(Lot.expiry.is_(None), Lot.expiry >= bindparam("today")))
           .group_by(Item.sku)),
)


def issuing_lists(db: Database) -> IssuingLists:
    with UnitOfWork(db, write=False) as uow:
        got = _ISSUING.fetch(uow.conn, {"today": today()})
    units: dict[int, list[tuple[str, Decimal]]] = {}
    for row in got["units"]:
        units.setdefault(row.item_id, []).append((row.unit, row.factor))
    return IssuingLists(
        recipients=[PartnerRow(p.id, p.code, p.name, p.kind, p.region, p.desa, p.address, p.contact, p.phone,
                               p.people_served, p.active) for p in got["recipients"]],
        events=[EventRow(e.id, e.code, e.name, e.type, e.area, e.start, e.end) for e in got["events"]],
        items=[ItemRow(i.id, i.sku, i.name, i.category, i.base_unit, i.gtin, i.lot_tracked, i.expiry_required,
                       i.min_stock, i.weight_kg, i.volume_m3, i.active, tuple(units.get(i.id, ())), i.decimals or 0)
               for i in got["items"]],
        stock={row.sku: row.qty for row in got["stock"]})


@dataclass(frozen=True)
class StockChoices:
    """The stock page's filter lists: as `catalogue.categories` and
    `locations.list_locations` give them."""

    categories: list[str]
    locations: list[LocationRow]


_STOCK_CHOICES = Bundle(
    categories=select(Item.category).where(Item.category.is_not(None)).distinct().order_by(Item.category),
    locations=(select(Location.id, Location.code, Location.name, Location.kind, Warehouse.code.label("warehouse"),
                      Location.active)
               .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
               .where(Location.kind.in_(USER_KINDS)).order_by(Location.code)),
)


def stock_choices(db: Database) -> StockChoices:
    with UnitOfWork(db, write=False) as uow:
        got = _STOCK_CHOICES.fetch(uow.conn, {})
    return StockChoices([row.category for row in got["categories"] if row.category],
                        [LocationRow(*row) for row in got["locations"]])
