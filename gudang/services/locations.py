"""Warehouses and their locations (bins), plus the virtual locations.

A new warehouse gets its receiving area and its quarantine area at once
(TERIMA-<code>, KARANTINA-<code>): goods arriving by transfer, quarantine
and release need them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from gudang.db.engine import Database
from gudang.db.models import (
    ADJUSTMENT, DONOR, QUARANTINE, RECEIVING, RECIPIENT, STORAGE, TRANSIT, WRITEOFF, Location, Warehouse,
)
from gudang.domain.errors import AlreadyExists, GudangError, InvalidInput, NotFound
from gudang.domain.inputs import clean_code, optional_text, where_field
from gudang.i18n import N_
from gudang.services.uow import Actor, UnitOfWork

USER_KINDS = (STORAGE, RECEIVING, QUARANTINE)
# The virtual locations every database has: where goods come from and go to.
VIRTUAL_LOCATIONS = (
    ("VIRT-DONATUR", "Donatur", DONOR),
    ("VIRT-PENERIMA", "Penerima", RECIPIENT),
    ("VIRT-TRANSIT", "Dalam perjalanan", TRANSIT),
    ("VIRT-PENYESUAIAN", "Penyesuaian stok", ADJUSTMENT),
    ("VIRT-PENGHAPUSAN", "Penghapusan", WRITEOFF),
)


@dataclass(frozen=True)
class LocationRow:
    id: int
    code: str
    name: str | None
    kind: str
    warehouse: str | None
    active: bool


def _row(location: Location) -> LocationRow:
    return LocationRow(location.id, location.code, location.name, location.kind,
                       location.warehouse.code if location.warehouse else None, location.active)


def add_location(db: Database, actor: Actor, code: str, kind: str = STORAGE,
                 warehouse: str | None = None, name: str | None = None) -> LocationRow:
    try:
        code = clean_code(code)
    except GudangError as error:
        raise error.at(where_field("code"))
    if kind not in USER_KINDS:
        raise InvalidInput(N_("must be one of {choices}, not {value}"), choices=", ".join(USER_KINDS),
                           value=kind).at(where_field("kind"))
    name = optional_text(name, 200)
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        if uow.session.scalar(select(Location.id).where(Location.code == code)):
            raise AlreadyExists(N_("location {code} already exists"), code=code)
        query = select(Warehouse)
        query = query.where(Warehouse.code == warehouse) if warehouse else query.order_by(Warehouse.id).limit(1)
        site = uow.session.scalar(query)
        if site is None:
            raise NotFound(N_("unknown warehouse {code}"), code=warehouse or "-").at(where_field("warehouse"))
        location = Location(code=code, kind=kind, warehouse=site, name=name, active=True)
        uow.session.add(location)
        uow.audit("location.add", code, kind)
        uow.commit()
        return _row(location)


def set_location_active(db: Database, actor: Actor, code: str, active: bool) -> LocationRow:
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        location = uow.session.scalar(select(Location).where(Location.code == code))
        if location is None or location.kind not in USER_KINDS:
            raise NotFound(N_("unknown location {code}"), code=code)
        location.active = active
        uow.audit("location.activate" if active else "location.deactivate", code)
        uow.commit()
        return _row(location)


def list_locations(db: Database, *, include_virtual: bool = False) -> list[LocationRow]:
    with UnitOfWork(db, write=False) as uow:
        # the warehouse in the same statement (one round trip, not one per warehouse)
        query = select(Location).options(joinedload(Location.warehouse)).order_by(Location.code)
        if not include_virtual:
            query = query.where(Location.kind.in_(USER_KINDS))
        return [_row(location) for location in uow.session.scalars(query)]


@dataclass(frozen=True)
class WarehouseRow:
    id: int
    code: str
    name: str
    address: str | None
    region: str | None
    active: bool
    bins: int  # storage, receiving and quarantine locations


def _field(name: str, parse, value):
    try:
        return parse(value)
    except GudangError as error:
        raise error.at(where_field(name))


def add_warehouse(db: Database, actor: Actor, code: str, name: str, address: str | None = None,
                  region: str | None = None) -> WarehouseRow:
    """A new site, with its receiving and quarantine areas."""
    code = _field("code", lambda v: clean_code(v, max_length=24), code)
    name = _field("name", lambda v: clean_code(v, max_length=200), name)
    address = _field("address", lambda v: optional_text(v, 300), address)
    region = _field("region", lambda v: optional_text(v, 100), region)
    areas = ((f"TERIMA-{code}", "Area penerimaan", RECEIVING), (f"KARANTINA-{code}", "Area karantina", QUARANTINE))
    with UnitOfWork(db, actor, "settings.edit") as uow:
        if uow.session.scalar(select(Warehouse.id).where(Warehouse.code == code)):
            raise AlreadyExists(N_("warehouse {code} already exists"), code=code).at(where_field("code"))
        taken = set(uow.session.scalars(select(Location.code).where(Location.code.in_([a[0] for a in areas]))))
        site = Warehouse(code=code, name=name, address=address, region=region, active=True)
        uow.session.add(site)
        for area_code, area_name, kind in areas:
            if area_code not in taken:
                uow.session.add(Location(code=area_code, name=area_name, kind=kind, warehouse=site, active=True))
        uow.audit("warehouse.add", code, name)
        uow.commit()
        return WarehouseRow(site.id, code, name, address, region, True, len(areas) - len(taken))


def list_warehouses(db: Database) -> list[WarehouseRow]:
    bins = (select(func.count(Location.id)).where(Location.warehouse_id == Warehouse.id,
                                                  Location.kind.in_(USER_KINDS))
            .correlate(Warehouse).scalar_subquery())
    with UnitOfWork(db, write=False) as uow:
        return [WarehouseRow(*row) for row in uow.conn.execute(
            select(Warehouse.id, Warehouse.code, Warehouse.name, Warehouse.address, Warehouse.region,
                   Warehouse.active, bins).order_by(Warehouse.id))]
