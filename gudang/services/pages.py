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
from gudang.db.models import (ALLOCATABLE_KINDS, Balance, Event, Item, ItemUnit, Location, Lot, Partner, Setting,
                              Warehouse)
from gudang.domain import dates
from gudang.services.bundle import Bundle
from gudang.services.catalogue import ItemRow
from gudang.services.locations import USER_KINDS, LocationRow
from gudang.services.partners import EventRow, PartnerRow
from gudang.services.setup import SETTING_DEFAULTS
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


def _partners(kind: str):
    """As `partners.list_partners(db, kind)` lists them."""
    return select(*partner_t.c).where(partner_t.c.kind == kind).order_by(partner_t.c.kind, partner_t.c.code)


def _partner_row(p) -> PartnerRow:
    return PartnerRow(p.id, p.code, p.name, p.kind, p.region, p.desa, p.address, p.contact, p.phone,
                      p.people_served, p.active, p.region_code, p.households, p.balita, p.lansia, p.ibu_hamil,
                      p.disabilitas)


_EVENTS = select(*event_t.c).order_by(event_t.c.start.desc(), event_t.c.code)  # as `partners.list_events`
# as `locations.list_locations` (the bins a user works with)
_LOCATIONS = (select(Location.id, Location.code, Location.name, Location.kind, Warehouse.code.label("warehouse"),
                     Location.active)
              .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
              .where(Location.kind.in_(USER_KINDS)).order_by(Location.code))


def _event_row(e) -> EventRow:
    return EventRow(e.id, e.code, e.name, e.type, e.area, e.start, e.end)


_ISSUING = Bundle(
    recipients=_partners("recipient"),
    events=_EVENTS,
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
        got = _ISSUING.fetch(uow.conn, {"today": dates.today()})
    units: dict[int, list[tuple[str, Decimal]]] = {}
    for row in got["units"]:
        units.setdefault(row.item_id, []).append((row.unit, row.factor))
    return IssuingLists(
        recipients=[_partner_row(p) for p in got["recipients"]],
        events=[_event_row(e) for e in got["events"]],
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
    locations=_LOCATIONS,
)


def stock_choices(db: Database) -> StockChoices:
    with UnitOfWork(db, write=False) as uow:
        got = _STOCK_CHOICES.fetch(uow.conn, {})
    return StockChoices([row.category for row in got["categories"] if row.category],
                        [LocationRow(*row) for row in got["locations"]])


@dataclass(frozen=True)
class ReceivingLists:
    """The receiving page's lists: as `setup.get_settings`, `partners.list_partners(db, "donor")`,
    `partners.list_events` and `locations.list_locations` give them."""

    settings: dict[str, str]
    donors: list[PartnerRow]
    events: list[EventRow]
    locations: list[LocationRow]


_RECEIVING = Bundle(
    settings=select(Setting.key, Setting.value),
    donors=_partners("donor"),
    events=_EVENTS,
    locations=_LOCATIONS,
)


def receiving_lists(db: Database) -> ReceivingLists:
    with UnitOfWork(db, write=False) as uow:
        got = _RECEIVING.fetch(uow.conn, {})
    return ReceivingLists(settings={**SETTING_DEFAULTS, **{row.key: row.value for row in got["settings"]}},
                          donors=[_partner_row(p) for p in got["donors"]],
                          events=[_event_row(e) for e in got["events"]],
                          locations=[LocationRow(*row) for row in got["locations"]])
