"""Creating and upgrading a database, and the settings (agency, numbering)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from gudang.db.engine import Database
from gudang.db.migrate import migrate
from gudang.db.models import Document, Location, Setting, User, Warehouse
from gudang.domain.errors import AuthenticationFailed, InvalidInput
from gudang.domain.inputs import clean_text, where_field
from gudang.domain.roles import require
from gudang.domain.numbering import validate_pattern
from gudang.i18n import N_
from gudang.services.locations import VIRTUAL_LOCATIONS
from gudang.services.posting import DEFAULT_SETTINGS
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.users import create_user_row

if TYPE_CHECKING:
    from gudang.db.pgroles import Roles

DEFAULT_WAREHOUSE = ("GDG-01", "Gudang Logistik BPBD")
TRAINING_SETTING = "training_database"  # "1" in a database holding the demo training data
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
    roles: tuple[str, str] | None = None  # PostgreSQL owner and application roles set up


def initialize(db: Database, admin_user: str | None = None, admin_password: str | None = None, *,
               actor: Actor | None = None, roles: "Roles | None" = None,
               admin_details: dict | None = None) -> InitResult:
    """Create or migrate the schema, make sure the fixed rows exist, optionally add an administrator.

    Only the first administrator of a database without users is created without
    an `actor`; adding one to a database that has users needs an authenticated
    administrator. Migrating runs as "system" after a backup (the app does it at
    start, so that it can run at all); the `gudang init` command asks for an
    administrator for anything it does to a database that has users.

    On PostgreSQL, when the connected role may create roles, the owner and
    application roles are set up (gudang.db.pgroles) and the grants renewed.
    """
    from gudang.db import pgroles

    role_names = None
    if not db.is_sqlite:
        role_names = roles or pgroles.Roles()
        _prepare_roles(db, role_names)
    migrated = migrate(db, owner=role_names.owner if role_names else None)
    created_defaults = False
    created_admin = None
    with UnitOfWork(db, actor) as uow:
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
        if admin_user and session.scalar(select(User.id).where(User.name == admin_user)) is None:
            if session.scalar(select(User.id).limit(1)) is not None:
                if actor is None:
                    raise AuthenticationFailed(N_("this database has users: adding an administrator needs one, "
                                                  "set GUDANG_USER and GUDANG_PASSWORD"))
                require(actor.role, "users.manage")
            session.add(create_user_row(admin_user, admin_password or "", "admin", **(admin_details or {})))
            created_admin = admin_user
        if created_defaults:
            uow.audit("database.init", None, f"admin {created_admin}" if created_admin else None)
        elif created_admin:
            uow.audit("user.add", created_admin, "role admin")
        uow.commit()
    if role_names is not None and _may_grant(db, role_names):
        _grant(db, role_names)
    return InitResult(migrated, created_admin, created_defaults,
                      (role_names.owner, role_names.app) if role_names else None)


def _prepare_roles(db: Database, roles) -> None:
    """Create the PostgreSQL roles and hand the schema to the owner, if we may."""
    from gudang.db import pgroles

    with db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            if not pgroles.can_create_roles(conn):
                return
            db.lock_for_posting(conn)
            pgroles.create_roles(conn, roles)
            pgroles.take_ownership(conn, roles)


def _may_grant(db: Database, roles) -> bool:
    from gudang.db import pgroles

    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        return pgroles.role_exists(conn, roles.app) and pgroles.may_act_as(conn, roles.owner)


def _grant(db: Database, roles) -> None:
    from gudang.db import pgroles

    with db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            pgroles.become_owner(conn, roles.owner)
            pgroles.grant_app(conn, roles)


def posted_documents(db: Database) -> int:
    with UnitOfWork(db, write=False) as uow:
        return uow.session.scalar(select(func.count(Document.id)).where(Document.state == "posted")) or 0


def has_users(db: Database) -> bool:
    with UnitOfWork(db, write=False) as uow:
        return uow.session.scalar(select(User.id).limit(1)) is not None


def is_training(settings: dict[str, str]) -> bool:
    """True for a training database (the demo data was loaded into it)."""
    return settings.get(TRAINING_SETTING) == "1"


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
