"""The exact schema of each migration revision, to compare a database with.

`restore` refuses a file whose schema (tables, columns, indexes, triggers,
views) is not exactly the one of the migration revision it claims, naming the
difference; `verify` compares the live database with the newest revision
(SQLite: everything; PostgreSQL: the triggers and their functions).

The reference is stored per revision in `gudang/db/fingerprints.py`, made by
migrating empty databases revision by revision:

    .venv/bin/python scripts/schema_fingerprints.py          # after adding or renumbering a migration

`tests/integration/test_schema_fingerprints.py` fails when they are stale.
Descriptions are normalised (whitespace, identifier quotes), so they do not
depend on how a statement was typed, only on what it does.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from typing import Any

from sqlalchemy import Connection, text

from gudang.i18n import N_, tr

Schema = dict[str, Any]

_SPACES = re.compile(r"\s+")
_AROUND = re.compile(r"\s*([(),;=<>|+*/-])\s*")


def normalise_sql(sql: str | None) -> str:
    """The statement with whitespace and identifier quotes normalised, as a short hash
    (the reference names what differs, not how)."""
    if sql is None:
        return ""
    value = _SPACES.sub(" ", sql.replace('"', "").replace("`", "")).strip().rstrip(";")
    value = _AROUND.sub(r"\1", value)
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def normalise_table_sql(sql: str | None) -> str:
    """A CREATE TABLE statement's hash, independent of the order of its column and
    constraint clauses (Alembic's batch mode writes constraints in no fixed order)."""
    if sql is None:
        return ""
    start, end = sql.find("("), sql.rfind(")")
    if start < 0 or end < start:
        return normalise_sql(sql)
    parts, depth, current = [], 0, []
    for char in sql[start + 1:end]:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return normalise_sql(sql[:start] + "(" + ",".join(sorted(normalise_sql(p) for p in parts)) + ")")


# --------------------------------------------------------------------------- SQLite


def sqlite_schema(conn: sqlite3.Connection | Connection) -> Schema:
    """The schema of an SQLite database: from a sqlite3 or an SQLAlchemy connection."""
    def rows(sql: str) -> list[tuple]:
        if isinstance(conn, sqlite3.Connection):
            return conn.execute(sql).fetchall()
        return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]

    schema: Schema = {"tables": {}, "indexes": {}, "triggers": {}, "views": {}}
    for kind, name, table, sql in rows("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"):
        if name.startswith("sqlite_"):
            continue
        if kind == "table":
            columns = [[c[1], (c[2] or "").upper(), bool(c[3]), c[4], c[5]]
                       for c in rows(f"PRAGMA table_info(\"{name}\")")]
            schema["tables"][name] = {"columns": columns, "sql": normalise_table_sql(sql)}
        elif kind == "index" and sql is not None:
            schema["indexes"][name] = {"table": table, "sql": normalise_sql(sql)}
        elif kind == "trigger":
            schema["triggers"][name] = {"table": table, "sql": normalise_sql(sql)}
        elif kind == "view":
            schema["views"][name] = {"sql": normalise_sql(sql)}
    return schema


def revision_of(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


# --------------------------------------------------------------------------- PostgreSQL


_PG_TRIGGERS = """
SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid), t.tgenabled, p.proname, p.prosrc
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_proc p ON p.oid = t.tgfoid
WHERE NOT t.tgisinternal AND n.nspname = current_schema()
ORDER BY c.relname, t.tgname
"""


def postgres_triggers(conn: Connection) -> Schema:
    """The triggers of the current schema, with the source of their functions."""
    triggers = {}
    for name, table, definition, enabled, function, source in conn.execute(text(_PG_TRIGGERS)):
        definition = normalise_sql(definition.replace("EXECUTE PROCEDURE", "EXECUTE FUNCTION"))
        triggers[name] = {"table": table, "sql": definition, "enabled": enabled != "D",
                          "function": function, "source": normalise_sql(source)}
    return {"triggers": triggers}


# --------------------------------------------------------------------------- comparing


def differences(expected: Schema, actual: Schema) -> list[str]:
    """What differs, each as one translated line naming the table, column, index or trigger."""
    out: list[str] = []
    if "tables" in expected:
        want, have = expected["tables"], actual.get("tables", {})
        for name in sorted(set(want) - set(have)):
            out.append(tr(N_("table {name} is missing")).format(name=name))
        for name in sorted(set(have) - set(want)):
            out.append(tr(N_("unexpected table {name}")).format(name=name))
        for name in sorted(set(want) & set(have)):
            out += _column_differences(name, want[name], have[name])
    for group, missing, unexpected, altered in (
            ("indexes", N_("index {name} is missing"), N_("unexpected index {name} on {table}"),
             N_("index {name} differs")),
            ("triggers", N_("trigger {name} is missing"), N_("unexpected trigger {name} on {table}"),
             N_("trigger {name} was altered")),
            ("views", N_("view {name} is missing"), N_("unexpected view {name}"), N_("view {name} differs"))):
        if group not in expected:
            continue
        want, have = expected[group], actual.get(group, {})
        for name in sorted(set(want) - set(have)):
            out.append(tr(missing).format(name=name, table=want[name].get("table", "")))
        for name in sorted(set(have) - set(want)):
            out.append(tr(unexpected).format(name=name, table=have[name].get("table", "")))
        for name in sorted(set(want) & set(have)):
            a, b = want[name], have[name]
            if group == "triggers" and a.get("enabled", True) and not b.get("enabled", True):
                out.append(tr(N_("trigger {name} is disabled")).format(name=name))
            if {k: v for k, v in a.items() if k != "enabled"} != {k: v for k, v in b.items() if k != "enabled"}:
                out.append(tr(altered).format(name=name))
    return out


def _column_differences(table: str, want: dict, have: dict) -> list[str]:
    out = []
    wanted = {c[0]: c for c in want["columns"]}
    had = {c[0]: c for c in have["columns"]}
    for column in [c for c in wanted if c not in had]:
        out.append(tr(N_("table {table}: column {column} is missing")).format(table=table, column=column))
    for column in [c for c in had if c not in wanted]:
        out.append(tr(N_("table {table}: unexpected column {column}")).format(table=table, column=column))
    for column in [c for c in wanted if c in had]:
        if list(wanted[column]) != list(had[column]):
            out.append(tr(N_("table {table}: column {column} differs")).format(table=table, column=column))
    if not out and want["sql"] != have["sql"]:
        out.append(tr(N_("table {table}: its definition (constraints) differs")).format(table=table))
    return out


# --------------------------------------------------------------------------- the reference


def fingerprints() -> dict[str, Any]:
    from gudang.db.fingerprints import FINGERPRINTS

    return FINGERPRINTS


def known_revisions() -> list[str]:
    return list(fingerprints()["sqlite"])


def sqlite_reference(revision: str) -> Schema | None:
    return fingerprints()["sqlite"].get(revision)


def postgres_reference() -> Schema | None:
    return fingerprints().get("postgresql")


def build_sqlite_fingerprints(folder) -> dict[str, Schema]:
    """Migrate an empty SQLite file in `folder` revision by revision; the schema after each."""
    from pathlib import Path

    from alembic import command
    from alembic.script import ScriptDirectory

    from gudang.db.engine import Database
    from gudang.db.migrate import alembic_config

    config = alembic_config()
    revisions = [s.revision for s in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))]
    db = Database(f"sqlite:///{Path(folder) / 'fingerprints.sqlite3'}")
    out: dict[str, Schema] = {}
    try:
        for revision in revisions:
            with db.engine.connect() as conn:
                conn.info["gudang_write"] = True
                with conn.begin():
                    config.attributes["connection"] = conn
                    command.upgrade(config, revision)
            with db.engine.connect() as conn:
                conn.info["gudang_write"] = False
                out[revision] = sqlite_schema(conn)
    finally:
        db.dispose()
    return out
