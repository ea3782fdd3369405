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
HEAD = "0012"


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


def migrate(db: Database, *, owner: str | None = None) -> bool:
    """Bring the schema to the newest revision. Returns True if anything ran.

    In the same transaction the row digests (gudang.db.digests) are kept true:
    a database from before them gets every row recorded, and rows a migration
    changed get their new digests recorded, if they matched before it (a row
    that did not match stays a problem for `verify`). That is written as one
    audit entry "database.migrate" by "system". On PostgreSQL the migration
    runs as the owner role when it exists (gudang.db.pgroles).
    """
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
    result = None
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
                if not db.is_sqlite:
                    from gudang.db.pgroles import OWNER_ROLE, become_owner

                    db.lock_for_posting(conn)
                    become_owner(conn, owner or OWNER_ROLE)
                before = _digests_before(conn, current)
                config.attributes["connection"] = conn
                try:
                    command.upgrade(config, "head")
                except Exception as error:  # noqa: BLE001 - say who may migrate instead of a driver error
                    _refuse_if_not_owner(db, error)
                    raise
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseProblem(
                            N_("the upgrade would leave rows of {table} pointing at missing {parent} rows; "
                               "nothing was changed"), table=broken[0][0], parent=broken[0][2])
                result = _rebaseline(conn, current, before)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
    if result is not None:
        from gudang.services.anchor import write_anchor

        write_anchor(db, result)
    return True


def _refuse_if_not_owner(db: Database, error: Exception) -> None:
    if db.is_sqlite:
        return
    code = getattr(getattr(error, "orig", None), "sqlstate", None)
    if code == "42501":  # insufficient_privilege
        raise DatabaseProblem(N_("the database needs an upgrade, which only its owner may make: run `gudang init` "
                                 "as the database owner (see the README, PostgreSQL)")) from error


def _digests_before(conn, revision: str | None):
    """Before migrating: the touch marker and the digests as the rows are now, in the
    canonical text of the revision the database is at (gudang.db.digests.JSON_TEXT_SINCE)."""
    if not inspect(conn).has_table("audit_row"):
        return None
    from gudang.db.digests import KINDS, Reader

    marker = conn.execute(text("SELECT coalesce(max(id), 0) FROM row_touch")).scalar()
    reader = Reader(conn, columns="database", revision=revision)
    now = {(kind, key): row.digest for kind in KINDS for key, row in reader.digests(kind).items()}
    return marker, now


def _rebaseline(conn, previous: str | None, before):
    """Record the digests the migration changed; returns the new chain head, if an entry was written."""
    from gudang.db.digests import DELETED, KINDS, Reader, RowDigest
    from gudang.services.uow import take_touches, utcnow, write_audit

    conn.info.pop("gudang_columns", None)  # the columns may have changed
    marker, was = before if before is not None else (0, None)
    take_touches(conn, marker)
    recorded: dict = {}
    if was is not None:
        for kind, key, value in conn.execute(text(
                "SELECT table_name, row_key, digest FROM audit_row ORDER BY id")):
            recorded[(kind, key)] = value
    reader = Reader(conn, columns="database")
    rows: list[RowDigest] = []
    seen = set()
    for kind in KINDS:
        for key, row in reader.digests(kind).items():
            seen.add((kind, key))
            if was is None:
                rows.append(row)
                continue
            want = recorded.get((kind, key))
            if want is not None and want != row.digest and was.get((kind, key)) == want:
                rows.append(row)
    if was is not None:
        for (kind, key), value in recorded.items():
            if kind in KINDS and (kind, key) not in seen and value != DELETED and was.get((kind, key)) == value:
                rows.append(RowDigest(kind, key, None, DELETED))
    if previous is None and not rows:
        return None
    entry = (utcnow(), "system", "database.migrate", HEAD, f"{previous or '-'} -> {HEAD}")
    return write_audit(conn, [entry], rows)


def require_current(db: Database) -> None:
    """Refuse to work on a database that `gudang init` has not brought up to date."""
    current = current_revision(db)
    if current is None:
        raise DatabaseProblem(N_("the database is not set up yet: run `gudang init` first"))
    refuse_newer(db, current)
    if current != HEAD:
        raise DatabaseProblem(N_("the database needs an upgrade: run `gudang init` to migrate it"))
