"""Schema migrations through Alembic, run from the app, `gudang init` and tests.

Before an existing SQLite database is migrated, a rotating backup is taken. A database
at a revision this version does not know was made by a newer Gudang: it is refused
before anything is written to it (no backup, no migration, no fixed rows).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text

from gudang import paths
from gudang.db.engine import Database
from gudang.domain.errors import DatabaseProblem
from gudang.i18n import N_

MIGRATIONS = paths.migrations()
# The newest revision, so that every `gudang` command can check the schema
# without importing Alembic (a third of its start-up time). A test keeps it
# equal to the head of the migration scripts.
HEAD = "0008"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


_REVISION_LINE = re.compile(r"""^revision\s*(?::\s*str\s*)?=\s*['"]([^'"]+)['"]""", re.MULTILINE)


@lru_cache(maxsize=1)
def known_revisions(folder: Path = MIGRATIONS) -> frozenset[str]:
    """Every revision id of this version's migration scripts, read from the files
    (without importing Alembic)."""
    found = set()
    for script in (folder / "versions").glob("*.py"):
        match = _REVISION_LINE.search(script.read_text(encoding="utf-8"))
        if match:
            found.add(match.group(1))
    return frozenset(found)


def refuse_newer(db: Database, current: str | None) -> None:
    """A revision this version has no script for: the database comes from a newer Gudang."""
    if current is not None and current != HEAD and current not in known_revisions():
        raise DatabaseProblem(
            N_("{database} was made by a newer version of Gudang (database version {revision}; this version "
               "knows up to {head}). Install that version or a newer one; the database was not changed."),
            database=db.path or db.url.render_as_string(hide_password=True), revision=current, head=HEAD)


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
    refuse_newer(db, current)
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
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            # SQLite's way to change a table (what Alembic's batch mode does: copy, drop,
            # rename) with foreign keys: enforcement off for the transaction (it cannot be
            # switched inside one), the keys checked before the commit, enforcement back on.
            # Otherwise dropping a table that other rows reference fails on any real data.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseProblem(
                            N_("the upgrade would leave rows of {table} pointing at missing {parent} rows; "
                               "nothing was changed"), table=broken[0][0], parent=broken[0][2])
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
    return True


def require_current(db: Database) -> None:
    """Refuse to work on a database that `gudang init` has not brought up to date."""
    current = current_revision(db)
    if current is None:
        raise DatabaseProblem(N_("the database is not set up yet: run `gudang init` first"))
    refuse_newer(db, current)
    if current != HEAD:
        raise DatabaseProblem(N_("the database needs an upgrade: run `gudang init` to migrate it"))
