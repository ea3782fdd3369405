"""Partners (donors, recipients, transporters) and disaster events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, or_, select

from gudang.db.engine import Database
from gudang.db.models import Event, Partner
from gudang.domain.dates import parse_date
from gudang.domain.errors import AlreadyExists, InvalidInput, NotFound
from gudang.domain.inputs import check_field, clean_code, optional_text, where_field
from gudang.i18n import N_
from gudang.services.uow import Actor, UnitOfWork

PARTNER_KINDS = ("donor", "recipient", "transporter")


@dataclass(frozen=True)
class PartnerInput:
    code: str
    name: str
    kind: str
    region: str | None = None
    desa: str | None = None
    address: str | None = None
    contact: str | None = None
    phone: str | None = None
    people_served: int | None = None

    def checked(self) -> "PartnerInput":
        def kind(value):
            if value not in PARTNER_KINDS:
                raise InvalidInput(N_("must be one of {choices}, not {value}"),
                                   choices=", ".join(PARTNER_KINDS), value=value)
            return value

        def people(value):
            if value is None or value == "":
                return None
            try:
                number = int(value)
            except (TypeError, ValueError):
                raise InvalidInput(N_("must be a whole number, not {value}"), value=value) from None
            if not 0 <= number <= 10_000_000:
                raise InvalidInput(N_("{value} is out of range"), value=value)
            return number

        return replace(
            self,
            code=check_field("code", clean_code, self.code),
            name=check_field("name", lambda v: clean_code(v, max_length=200), self.name),
            kind=check_field("kind", kind, self.kind),
            region=check_field("region", lambda v: optional_text(v, 100), self.region),
            desa=check_field("desa", lambda v: optional_text(v, 100), self.desa),
            address=check_field("address", lambda v: optional_text(v, 300), self.address),
            contact=check_field("contact", lambda v: optional_text(v, 120), self.contact),
            phone=check_field("phone", lambda v: optional_text(v, 40), self.phone),
            people_served=check_field("people-served", people, self.people_served),
        )


@dataclass(frozen=True)
class PartnerRow:
    id: int
    code: str
    name: str
    kind: str
    region: str | None
    desa: str | None
    address: str | None
    contact: str | None
    phone: str | None
    people_served: int | None
    active: bool


def _row(p: Partner) -> PartnerRow:
    return PartnerRow(p.id, p.code, p.name, p.kind, p.region, p.desa, p.address, p.contact,
                      p.phone, p.people_served, p.active)


def add_partner(db: Database, actor: Actor, data: PartnerInput) -> PartnerRow:
    data = data.checked()
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        if uow.session.scalar(select(Partner.id).where(Partner.code == data.code)):
            raise AlreadyExists(N_("partner {code} already exists"), code=data.code)
        partner = Partner(active=True, **data.__dict__)
        uow.session.add(partner)
        uow.audit("partner.add", data.code, data.name)
        uow.commit()
        return _row(partner)


def update_partner(db: Database, actor: Actor, code: str, data: PartnerInput) -> PartnerRow:
    data = data.checked()
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        partner = uow.session.scalar(select(Partner).where(Partner.code == code))
        if partner is None:
            raise NotFound(N_("unknown partner {code}"), code=code)
        if data.kind != partner.kind:
            raise InvalidInput(N_("the kind of partner {code} cannot change"), code=code)
        for key, value in data.__dict__.items():
            if key not in ("code", "kind"):
                setattr(partner, key, value)
        uow.audit("partner.update", code, data.name)
        uow.commit()
        return _row(partner)


def set_partner_active(db: Database, actor: Actor, code: str, active: bool) -> PartnerRow:
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        partner = uow.session.scalar(select(Partner).where(Partner.code == code))
        if partner is None:
            raise NotFound(N_("unknown partner {code}"), code=code)
        partner.active = active
        uow.audit("partner.activate" if active else "partner.deactivate", code)
        uow.commit()
        return _row(partner)


def list_partners(db: Database, kind: str | None = None, search: str | None = None) -> list[PartnerRow]:
    with UnitOfWork(db, write=False) as uow:
        query = select(Partner).order_by(Partner.kind, Partner.code)
        if kind:
            query = query.where(Partner.kind == kind)
        if search:
            pattern = f"%{search.lower()}%"
            query = query.where(or_(func.lower(Partner.code).like(pattern),
                                    func.lower(Partner.name).like(pattern),
                                    func.lower(Partner.region).like(pattern)))
        return [_row(p) for p in uow.session.scalars(query)]


@dataclass(frozen=True)
class EventRow:
    id: int
    code: str
    name: str
    type: str
    area: str | None
    start: dt.date | None
    end: dt.date | None


EVENT_TYPES = ("banjir", "longsor", "karhutla", "angin puting beliung", "gempa", "kekeringan",
               "kebakaran", "lainnya")


def add_event(db: Database, actor: Actor, code: str, name: str, type: str,
              start: object = None, end: object = None, area: str | None = None) -> EventRow:
    code = check_field("code", clean_code, code)
    name = check_field("name", lambda v: clean_code(v, max_length=200), name)
    type = check_field("type", lambda v: clean_code(v, max_length=40).lower(), type)
    area = check_field("area", lambda v: optional_text(v, 1000), area)
    start = check_field("start", lambda v: parse_date(v) if v else None, start)
    end = check_field("end", lambda v: parse_date(v) if v else None, end)
    if start and end and end < start:
        raise InvalidInput(N_("the end {end} is before the start {start}"), end=end, start=start).at(
            where_field("end"))
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        if uow.session.scalar(select(Event.id).where(Event.code == code)):
            raise AlreadyExists(N_("event {code} already exists"), code=code)
        event = Event(code=code, name=name, type=type, area=area, start=start, end=end)
        uow.session.add(event)
        uow.audit("event.add", code, name)
        uow.commit()
        return EventRow(event.id, code, name, type, area, start, end)


def list_events(db: Database) -> list[EventRow]:
    with UnitOfWork(db, write=False) as uow:
        return [EventRow(e.id, e.code, e.name, e.type, e.area, e.start, e.end)
                for e in uow.session.scalars(select(Event).order_by(Event.start.desc(), Event.code))]
