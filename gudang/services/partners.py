"""Partners (donors, recipients, transporters) and disaster events.

A recipient (posko, desa, kecamatan office, institution) carries where it is
(kecamatan, desa and the Kemendagri region code, looked up in the shipped list
when not given: gudang.domain.regions) and the people behind it: jiwa
(`people_served`), households (KK) and the vulnerable groups (balita, lansia,
ibu hamil, disabilitas). A posko's figures change as people come and go:
`change_partner` updates only what is given and audits every old -> new value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, or_, select

from gudang.db.engine import Database
from gudang.db.models import Event, Partner
from gudang.domain.dates import parse_date
from gudang.domain.errors import AlreadyExists, InvalidInput, NotFound
from gudang.domain.inputs import check_field, clean_code, optional_text, where_field
from gudang.domain.regions import check_region_code, regions
from gudang.i18n import N_
from gudang.services.uow import Actor, UnitOfWork

PARTNER_KINDS = ("donor", "recipient", "transporter")
# The people behind a recipient, as (field, option name): jiwa, KK and vulnerable groups.
POPULATION_FIELDS = (("people_served", "people-served"), ("households", "households"), ("balita", "balita"),
                     ("lansia", "lansia"), ("ibu_hamil", "ibu-hamil"), ("disabilitas", "disabilitas"))


def _count(value):
    """A number of people: a whole number 0..10,000,000, or None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidInput(N_("must be a whole number, not {value}"), value=value)
    try:
        number = int(value) if not isinstance(value, str) else int(value.strip())
    except (TypeError, ValueError):
        raise InvalidInput(N_("must be a whole number, not {value}"), value=value) from None
    if not isinstance(value, (int, str)) and number != value:
        raise InvalidInput(N_("must be a whole number, not {value}"), value=value)
    if not 0 <= number <= 10_000_000:
        raise InvalidInput(N_("{value} is out of range"), value=value)
    return number


def _region_code(region: str | None, desa: str | None, code: str | None) -> str | None:
    """The code given, else the one the shipped list has for the kecamatan/desa, else None."""
    if code:
        return code
    found = regions().find(region, desa)
    if found is None and desa:
        return None  # a desa we do not know: not the kecamatan's code
    return found.code if found else None


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
    region_code: str | None = None  # looked up from kecamatan/desa when not given
    households: int | None = None
    balita: int | None = None
    lansia: int | None = None
    ibu_hamil: int | None = None
    disabilitas: int | None = None

    def checked(self) -> "PartnerInput":
        def kind(value):
            if value not in PARTNER_KINDS:
                raise InvalidInput(N_("must be one of {choices}, not {value}"),
                                   choices=", ".join(PARTNER_KINDS), value=value)
            return value

        counts = {field: check_field(option, _count, getattr(self, field))
                   for field, option in POPULATION_FIELDS}
        region = check_field("kecamatan", lambda v: optional_text(v, 100), self.region)
        desa = check_field("desa", lambda v: optional_text(v, 100), self.desa)
        code = check_field("region-code", check_region_code, self.region_code)
        return replace(
            self,
            code=check_field("code", clean_code, self.code),
            name=check_field("name", lambda v: clean_code(v, max_length=200), self.name),
            kind=check_field("kind", kind, self.kind),
            region=region, desa=desa, region_code=_region_code(region, desa, code),
            address=check_field("address", lambda v: optional_text(v, 300), self.address),
            contact=check_field("contact", lambda v: optional_text(v, 120), self.contact),
            phone=check_field("phone", lambda v: optional_text(v, 40), self.phone),
            **counts,
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
    region_code: str | None = None
    households: int | None = None
    balita: int | None = None
    lansia: int | None = None
    ibu_hamil: int | None = None
    disabilitas: int | None = None


def _row(p: Partner) -> PartnerRow:
    return PartnerRow(p.id, p.code, p.name, p.kind, p.region, p.desa, p.address, p.contact,
                      p.phone, p.people_served, p.active, p.region_code, p.households, p.balita,
                      p.lansia, p.ibu_hamil, p.disabilitas)


_EDITABLE = ("name", "region", "desa", "region_code", "address", "contact", "phone") + tuple(
    field for field, _ in POPULATION_FIELDS)


def _changes_text(partner: Partner, values: dict) -> str:
    """'people_served 420 -> 515; households - -> 130' for the audit log."""
    parts = []
    for key in _EDITABLE:
        if key in values and getattr(partner, key) != values[key]:
            old, new = getattr(partner, key), values[key]
            parts.append(f"{key} {'-' if old is None else old} -> {'-' if new is None else new}")
    return "; ".join(parts)


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
        values = {key: value for key, value in data.__dict__.items() if key not in ("code", "kind")}
        summary = _changes_text(partner, values)
        for key, value in values.items():
            setattr(partner, key, value)
        uow.audit("partner.update", code, summary or data.name)
        uow.commit()
        return _row(partner)


def change_partner(db: Database, actor: Actor, code: str, **changes: object) -> PartnerRow:
    """Change only the fields given (`partner set`): e.g. a posko's people as they change.

    Fields: name, region (kecamatan), desa, region_code, address, contact, phone,
    people_served, households, balita, lansia, ibu_hamil, disabilitas. A new
    kecamatan or desa without a new region code takes the code of the list.
    Every old -> new value is written to the audit log.
    """
    unknown = sorted(set(changes) - set(_EDITABLE))
    if unknown:
        raise InvalidInput(N_("unknown field {field}"), field=unknown[0])
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        partner = uow.session.scalar(select(Partner).where(Partner.code == code))
        if partner is None:
            raise NotFound(N_("unknown partner {code}"), code=code)
        current = _row(partner)
        merged = {key: getattr(current, key) for key in PartnerInput.__dataclass_fields__ if key != "kind"}
        merged.update(changes)
        if ("region" in changes or "desa" in changes) and "region_code" not in changes:
            merged["region_code"] = None  # looked up again for the new place
        data = PartnerInput(kind=partner.kind, **merged).checked()
        values = {key: value for key, value in data.__dict__.items() if key not in ("code", "kind")}
        summary = _changes_text(partner, values)
        if not summary:
            return current
        for key, value in values.items():
            setattr(partner, key, value)
        uow.audit("partner.update", code, summary)
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
