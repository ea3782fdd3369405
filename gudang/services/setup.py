"""Creating and upgrading a database, and the settings (agency, numbering)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from gudang.db.engine import Database
from gudang.db.migrate import migrate
from gudang.db.models import Location, Setting, User, Warehouse
from gudang.domain.errors import InvalidInput
from gudang.domain.inputs import clean_text, where_field
from gudang.domain.numbering import validate_pattern
from gudang.i18n import N_
from gudang.services.locations import VIRTUAL_LOCATIONS
from gudang.services.posting import DEFAULT_SETTINGS
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.users import create_user_row

DEFAULT_WAREHOUSE = ("GDG-01", "Gudang Logistik BPBD")
DEFAULT_RECEIVING = "TERIMA-01"
DEFAULT_QUARANTINE = "KARANTINA-01"

# Settings a user may change, with their defaults (letterhead and numbering).
SETTING_DEFAULTS = {
    **DEFAULT_SETTINGS,
    "agency_line1": "PEMERINTAH KABUPATEN KAMPAR",
    "agency_line2": "BADAN PENANGGULANGAN BENCANA DAERAH",
    "agency_address": "",
    "agency_contact": "",
    "agency_city": "Bangkinang",
    "agency_logo": "",
    "head_name": "",
    "head_nip": "",
    "head_title": "Kepala Pelaksana BPBD",
    "warehouse_head_name": "",
    "warehouse_head_nip": "",
    "overlap_days": "3",
    "language": "id",
}


@dataclass(frozen=True)
class InitResult:
    migrated: bool
    created_admin: str | None
    created_defaults: bool


def initialize(db: Database, admin_user: str | None = None, admin_password: str | None = None) -> InitResult:
    """Create or migrate the schema, then make sure the fixed rows exist."""
    migrated = migrate(db)
    created_defaults = False
    created_admin = None
    with UnitOfWork(db) as uow:
        session = uow.session
        existing = set(session.scalars(select(Location.code)))
        for code, name, kind in VIRTUAL_LOCATIONS:
            if code not in existing:
                session.add(Location(code=code, name=name, kind=kind, active=True))
                created_defaults = True
        if session.scalar(select(Warehouse.id).limit(1)) is None:
            site = Warehouse(code=DEFAULT_WAREHOUSE[0], name=DEFAULT_WAREHOUSE[1], active=True)
            session.add(site)
            session.add(Location(code=DEFAULT_RECEIVING, name="Area penerimaan", kind="receiving",
                                 warehouse=site, active=True))
            session.add(Location(code=DEFAULT_QUARANTINE, name="Area karantina", kind="quarantine",
                                 warehouse=site, active=True))
            created_defaults = True
        if admin_user:
            if session.scalar(select(User.id).where(User.name == admin_user)) is None:
                session.add(create_user_row(admin_user, admin_password or "", "admin"))
                created_admin = admin_user
        if created_defaults or created_admin:
            uow.audit("database.init", None, f"admin {created_admin}" if created_admin else None)
        uow.commit()
    return InitResult(migrated, created_admin, created_defaults)


def has_users(db: Database) -> bool:
    with UnitOfWork(db, write=False) as uow:
        return uow.session.scalar(select(User.id).limit(1)) is not None


def get_settings(db: Database) -> dict[str, str]:
    with UnitOfWork(db, write=False) as uow:
        values = dict(SETTING_DEFAULTS)
        values.update({s.key: s.value for s in uow.session.scalars(select(Setting))})
        return values


def update_settings(db: Database, actor: Actor, changes: dict[str, str]) -> dict[str, str]:
    unknown = [key for key in changes if key not in SETTING_DEFAULTS and not key.startswith("code_")]
    if unknown:
        raise InvalidInput(N_("unknown setting {key}"), key=unknown[0])
    cleaned = {key: clean_text(str(value), max_length=300) for key, value in changes.items()}
    if "number_pattern" in cleaned:
        validate_pattern(cleaned["number_pattern"])
    for key in ("overlap_days", "backdate_days"):
        if key in cleaned and not (cleaned[key].isdigit() and len(cleaned[key]) <= 5):
            raise InvalidInput(N_("must be a whole number, not {value}"), value=cleaned[key]).at(where_field(key))
    with UnitOfWork(db, actor, "settings.edit") as uow:
        for key, value in cleaned.items():
            setting = uow.session.get(Setting, key)
            if setting is None:
                uow.session.add(Setting(key=key, value=value))
            else:
                setting.value = value
        uow.audit("settings.update", None, ", ".join(sorted(cleaned)))
        uow.commit()
    return get_settings(db)
