"""Schema migrations through Alembic, run from the app, `gudang init` and tests.

Before an existing SQLite database is migrated, a rotating backup is taken.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from gudang.db.engine import Database
from gudang.domain.errors import DatabaseProblem
from gudang.i18n import N_

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        return MigrationContext.configure(conn).get_current_revision()


def is_empty(db: Database) -> bool:
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        return not inspect(conn).get_table_names()


def migrate(db: Database) -> bool:
    """Bring the schema to the newest revision. Returns True if anything ran."""
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return False
    if current is None and not is_empty(db):
        raise DatabaseProblem(N_("{url} holds tables that are not a Gudang database"),
                              url=db.url.render_as_string(hide_password=True))
    if current is not None and db.path is not None:
        from gudang.db.backup import rotating_backup

        rotating_backup(db.path, "migration")
    config = alembic_config()
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    return True


def require_current(db: Database) -> None:
    """Refuse to work on a database that `gudang init` has not brought up to date."""
    current = current_revision(db)
    if current is None:
        raise DatabaseProblem(N_("the database is not set up yet: run `gudang init` first"))
    if current != head_revision():
        raise DatabaseProblem(N_("the database needs an upgrade: run `gudang init` to migrate it"))
