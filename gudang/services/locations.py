"""Warehouses and their locations (bins), plus the virtual locations."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

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
        query = select(Location).order_by(Location.code)
        if not include_virtual:
            query = query.where(Location.kind.in_(USER_KINDS))
        return [_row(location) for location in uow.session.scalars(query)]


def add_warehouse(db: Database, actor: Actor, code: str, name: str, address: str | None = None) -> None:
    code, name = clean_code(code), clean_code(name, max_length=200)
    with UnitOfWork(db, actor, "settings.edit") as uow:
        if uow.session.scalar(select(Warehouse.id).where(Warehouse.code == code)):
            raise AlreadyExists(N_("warehouse {code} already exists"), code=code)
        uow.session.add(Warehouse(code=code, name=name, address=optional_text(address, 300), active=True))
        uow.audit("warehouse.add", code, name)
        uow.commit()
