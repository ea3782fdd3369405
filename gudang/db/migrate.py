"""Schema migrations through Alembic, run from the app, `gudang init` and tests.

Before an existing SQLite database is migrated, a rotating backup is taken.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from gudang.db.engine import Database
from gudang.domain.errors import DatabaseProblem
from gudang.i18n import N_

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision, so that every `gudang` command can check the schema
# without importing Alembic (a third of its start-up time). A test keeps it
# equal to the head of the migration scripts.
HEAD = "0006"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_empty(db: Database) -> bool:
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        return not inspect(conn).get_table_names()


def migrate(db: Database) -> bool:
    """Bring the schema to the newest revision. Returns True if anything ran."""
    current = current_revision(db)
    head = HEAD
    if current == head:
        return False
    if current is None and not is_empty(db):
        raise DatabaseProblem(N_("{url} holds tables that are not a Gudang database"),
                              url=db.url.render_as_string(hide_password=True))
    if current is not None and db.path is not None:
        from gudang.db.backup import rotating_backup

        rotating_backup(db.path, "migration")
    from alembic import command

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
    if current != HEAD:
        raise DatabaseProblem(N_("the database needs an upgrade: run `gudang init` to migrate it"))
