"""PostgreSQL roles: an owner that alone may change the schema, and the application
role that workstations log in as.

`gudang init`, run by a PostgreSQL superuser (or a role with CREATEROLE that owns
the database), sets them up:

- the owner role (default `gudang_owner`, NOLOGIN) owns every table, sequence
  and function, so only it (and superusers) can ALTER or DROP them, disable a
  trigger or TRUNCATE; migrations run as it (`SET ROLE`);
- the application role (default `gudang_app`, LOGIN; its password is set by
  the database administrator, see the README) may read everything, append to
  the ledger and the audit log, and change only what the app changes:

  | tables | application role |
  |---|---|
  | stock_move, audit_entry, audit_row | SELECT, INSERT (never UPDATE, DELETE) |
  | alembic_version, chain_anchor | SELECT |
  | row_touch | SELECT, INSERT, DELETE (the triggers' scratch notes) |
  | every other table | SELECT, INSERT, UPDATE, DELETE |

  Posted documents and their lines stay immutable through the triggers, which
  the application role cannot disable, drop or replace. No TRUNCATE, TRIGGER
  or REFERENCES privilege anywhere, and nothing for PUBLIC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from gudang.domain.errors import InvalidInput
from gudang.i18n import N_

OWNER_ROLE = "gudang_owner"
APP_ROLE = "gudang_app"
APPEND_ONLY = ("stock_move", "audit_entry", "audit_row")
READ_ONLY = ("alembic_version", "chain_anchor")
SCRATCH = ("row_touch",)
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class Roles:
    owner: str = OWNER_ROLE
    app: str = APP_ROLE


def check_role_name(name: str) -> str:
    if not _ROLE_NAME.match(name or ""):
        raise InvalidInput(N_("{name} is not a usable PostgreSQL role name (lower-case letters, digits, _)"),
                           name=name)
    return name


def can_create_roles(conn: Connection) -> bool:
    row = conn.execute(text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")).first()
    return bool(row and (row[0] or row[1]))


def role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def may_act_as(conn: Connection, name: str) -> bool:
    """True if the current user may SET ROLE to `name` (a member, or a superuser)."""
    return bool(conn.execute(text(
        "SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar())


def become_owner(conn: Connection, owner: str = OWNER_ROLE) -> bool:
    """SET LOCAL ROLE owner for this transaction, if the owner role exists, we may, and it owns
    (may create in) this database's schema."""
    if role_exists(conn, owner) and may_act_as(conn, owner) and conn.execute(text(
            "SELECT has_schema_privilege(:o, 'public', 'CREATE')"), {"o": owner}).scalar():
        conn.execute(text(f'SET LOCAL ROLE "{check_role_name(owner)}"'))
        return True
    return False


def create_roles(conn: Connection, roles: Roles) -> None:
    """Create the two roles if missing, and let the current user act as the owner."""
    owner, app = check_role_name(roles.owner), check_role_name(roles.app)
    if not role_exists(conn, owner):
        conn.execute(text(f'CREATE ROLE "{owner}" NOLOGIN'))
    if not role_exists(conn, app):
        conn.execute(text(f'CREATE ROLE "{app}" LOGIN'))
    superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    if not superuser and not may_act_as(conn, owner):
        conn.execute(text(f'GRANT "{owner}" TO CURRENT_USER'))


def take_ownership(conn: Connection, roles: Roles) -> None:
    """Make the owner role own the schema's tables, sequences and functions."""
    owner = check_role_name(roles.owner)
    conn.execute(text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{owner}"'))
    for kind, sql in (
            ("TABLE", "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> :o"),
            ("SEQUENCE", "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> :o"),
            ("FUNCTION", "SELECT p.proname || '()' FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                         "WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> :o")):
        for (name,) in conn.execute(text(sql), {"o": owner}).all():
            if kind == "FUNCTION":
                conn.execute(text(f'ALTER FUNCTION public.{name} OWNER TO "{owner}"'))
            else:
                conn.execute(text(f'ALTER {kind} public."{name}" OWNER TO "{owner}"'))


def grant_app(conn: Connection, roles: Roles) -> None:
    """The application role's least privileges (again after every migration)."""
    app = check_role_name(roles.app)
    database = conn.execute(text("SELECT current_database()")).scalar()
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{app}"'))
    conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{app}"'))
    conn.execute(text(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, "{app}"'))
    conn.execute(text(f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, "{app}"'))
    tables = [t for (t,) in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))]
    for table in tables:
        if table in APPEND_ONLY:
            privileges = "SELECT, INSERT"
        elif table in READ_ONLY:
            privileges = "SELECT"
        elif table in SCRATCH:
            privileges = "SELECT, INSERT, DELETE"
        else:
            privileges = "SELECT, INSERT, UPDATE, DELETE"
        conn.execute(text(f'GRANT {privileges} ON TABLE public."{table}" TO "{app}"'))
    conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{app}"'))


def setup_roles(conn: Connection, roles: Roles) -> None:
    create_roles(conn, roles)
    take_ownership(conn, roles)
    grant_app(conn, roles)
