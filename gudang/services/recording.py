"""Recording a unit of work's changes at commit in few round trips (issue 15).

At commit a unit of work takes the touches its transaction left in `row_touch`,
reads back every touched row to compute its digest, appends its audit entries
to the chain (the last one covering the digests) and records the digests
(gudang.db.digests, gudang.services.uow). Done one step at a time that is a
read per kind of row touched, the touches, the chain's head, the entry and its
rows: for a receipt ten statements, each a wait on a slow link.

Here the same work takes two trips:

1. one read: the touches, the chain's head, and the touched rows of every kind
   the unit of work said it wrote (`expect`, kept on the connection by
   gudang.services.writes), as `gudang.db.digests.Reader` reads them, column for
   column, so the digests are the same as `verify` computes. On PostgreSQL it is
   one statement that also removes the touches and returns everything as one
   JSON value: each row's key and label, decoded to the values psycopg returns
   for a plain read (dates and timestamps from their ISO text), and its
   canonical text as the server wrote it; it travels in one pipeline after the
   posting's own write when the service deferred it to the commit (`defer`: it
   reads nothing it wrote). On SQLite it is one statement too (a UNION ALL of each
   touched row's key and json_array text, built as the Reader builds it), and the
   touches are then removed.
2. one write: the entry and its digests; on PostgreSQL one statement, sent
   with COMMIT in one pipeline.

A posting also reads the touch marker with its first read (UnitOfWork's
`marker_later`), so on PostgreSQL it is 4 round trips in all: BEGIN with the
posting lock, the posting's read, its write with the digests' reads, the audit
entry with COMMIT.

A kind touched that was not expected (a trigger of a table the unit did not
say it wrote) is read as before, by the Reader: the digests are right in every
case, the fast way is only for what is announced.
"""

from __future__ import annotations

import functools
import json
from typing import Iterable, Sequence

from sqlalchemy import Connection

from gudang.db import digests
from gudang.db.digests import DELETED, DOCUMENT, DOCUMENT_PARTS, KINDS, Reader, RowDigest, Tracked

EXPECT_KEY = "gudang_writes"  # conn.info: the table names a unit of work wrote through gudang.services.writes


def expect(conn: Connection, tables: Iterable[str]) -> None:
    """Note on the connection that this transaction wrote rows of these tables."""
    conn.info.setdefault(EXPECT_KEY, set()).update(tables)


def expected_kinds(conn: Connection) -> list[str]:
    tables = conn.info.get(EXPECT_KEY) or ()
    kinds = set()
    for tracked in digests.tracked_tables():
        if tracked.table in tables:
            kinds.add(tracked.name)
    return sorted(kinds)


DEFER_KEY = "gudang_deferred"  # conn.info: writes sent at commit, with the digests' reads (PostgreSQL)


def defer(conn: Connection, sql: str, params, check) -> None:
    """Send a write at commit, in the same round trip as the digests' reads; `check(rows)`
    then raises if its result is not what was expected. Nothing may read what it writes
    before the commit (the posting services write last)."""
    conn.info.setdefault(DEFER_KEY, []).append((sql, params, check))


def forget(conn: Connection) -> None:
    """Clear what this module keeps on a (pooled) connection."""
    conn.info.pop(EXPECT_KEY, None)
    conn.info.pop(DEFER_KEY, None)


# --------------------------------------------------------------------------- the reads


def _key_match(tracked: Tracked, key_columns: Sequence[str], dialect: str, mark: str) -> str:
    """WHERE: the row's key is among this transaction's touches of its kind."""
    touches = f"SELECT row_key FROM row_touch WHERE id > {mark} AND table_name = '{tracked.name}'"
    if len(key_columns) == 1:
        column = key_columns[0]
        if digests._is_integer(tracked.table, column):
            if dialect == "sqlite":
                return f'"{column}" IN (SELECT CAST(row_key AS INTEGER) FROM ({touches}))'
            # A key no trigger would write (not a number) matches nothing, as for the Reader.
            return (f"\"{column}\" IN (SELECT CASE WHEN row_key ~ '^[0-9]{{1,9}}$' "
                    f"THEN CAST(row_key AS integer) END FROM ({touches}) t)")
        return f'"{column}" IN ({touches})'
    if dialect == "sqlite":
        joined = " || '/' || ".join(f'CAST("{c}" AS TEXT)' for c in key_columns)
    else:
        joined = " || '/' || ".join(f'CAST("{c}" AS text)' for c in key_columns)
    return f"({joined}) IN ({touches})"


@functools.lru_cache(maxsize=None)
def _part_queries(kind: str, dialect: str, blobs: bool = False) -> tuple[tuple[list[str], str], ...]:
    """(columns, FROM ... WHERE ...) per table of a kind, with one parameter: the marker.
    The columns are the Reader's: the lead columns, then the row's values (lines and
    moves are sorted by document and id afterwards, as the Reader orders them)."""
    mark = "?" if dialect == "sqlite" else "%s"
    as_json = digests.json_text(dialect)
    out = []
    parts = DOCUMENT_PARTS if kind == DOCUMENT.name else (KINDS[kind],)
    for tracked in parts:
        if tracked is DOCUMENT or tracked.kind is None:
            lead = [*tracked.key, tracked.label] if tracked.label else list(tracked.key)
        else:  # a document's lines or moves: led by document_id (and id)
            lead = _part_lead(tracked.table, dialect)[0]
        columns = [*(f'"{c}"' for c in lead), *digests.value_columns(digests.model_columns(tracked.table),
                                                                        as_json, blobs, dialect)]
        out.append((columns, f'FROM "{tracked.table}" WHERE {_key_match(tracked, tracked.key, dialect, mark)}'))
    return tuple(out)


def _part_lead(table: str, dialect: str) -> tuple[list[str], int]:
    """`Reader.part_lead` of the newest revision."""
    return digests.part_lead(digests.model_columns(table), digests.json_text(dialect))


def _digests_of(kind: str, results: list[list[tuple]], keys: Iterable[str], dialect: str) -> dict[str, RowDigest]:
    """Digests of one kind from its parts' rows (as `Reader.digests` gives them)."""
    if kind == DOCUMENT.name:
        as_json = digests.json_text(dialect)
        documents = _plain_rows(DOCUMENT, results[0], as_json)
        found = digests.combine_documents(documents, _by_document_and_id(results[1], "document_line", dialect),
                                          _by_document_and_id(results[2], "stock_move", dialect), as_json)
    else:
        tracked = KINDS[kind]
        found = {key: RowDigest(kind, key, label, digests.digest(kind, key, text_value))
                 for key, label, text_value in _plain_rows(tracked, results[0], digests.json_text(dialect))}
    return {key: found[key] for key in keys if key in found}


def _by_document_and_id(rows: list[tuple], table: str, dialect: str) -> list[tuple]:
    """Lines or moves (led by document_id) in the Reader's order: by document, then id."""
    at = _part_lead(table, dialect)[1]
    return sorted((tuple(row) for row in rows), key=lambda row: (row[0], row[at]))


def _plain_rows(tracked: Tracked, rows: list[tuple], as_json: bool) -> list[tuple[str, str | None, str]]:
    """What `Reader.rows` makes of the rows of a plain table."""
    width = len(tracked.key)
    lead = width + (1 if tracked.label else 0)
    out = []
    for row in rows:
        row = tuple(row)
        key = str(row[0]) if width == 1 else "/".join(str(v) for v in row[:width])
        out.append((key, row[width] if tracked.label else None, row[lead] if as_json else repr(row[lead:])))
    return out


_HEAD = "SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1"


def record(uow) -> bool:
    """At `uow.commit()`: digests of what the transaction touched, recorded with its audit
    entries (gudang.services.uow). Sets `uow.head`. Returns True when the transaction was
    committed here (PostgreSQL: COMMIT travels with the audit entry)."""
    from gudang.services.uow import GENESIS_HASH, UnauditedChange, write_audit

    conn, marker, pending = uow.conn, uow.marker, uow.pending
    kinds = expected_kinds(conn)
    deferred = conn.info.pop(DEFER_KEY, [])
    postgresql = conn.dialect.name != "sqlite"
    if postgresql:
        touched, head, results = _read_postgresql(conn, marker, kinds, deferred)
    else:
        touched, head, results = _read_sqlite(conn, marker, kinds)
        if touched:
            execute_raw(conn, "DELETE FROM row_touch WHERE id > ?", (marker,))
    rows = _digests(conn, touched, results)
    if rows and not pending:
        raise UnauditedChange(f"unaudited change of {rows[0].kind} {rows[0].key} "
                              f"({len(rows)} rows): call uow.audit(...) before commit")
    if not pending:
        return False
    prev = head or GENESIS_HASH
    if postgresql and len(pending) == 1:
        uow.head = _write_and_commit_postgresql(conn, pending[0], prev, rows)
        return True
    uow.head = write_audit(conn, pending, rows, prev)
    return False


def _digests(conn: Connection, touched, results) -> list[RowDigest]:
    """`gudang.db.digests.current_digests` over rows already read (the kinds in `results`)."""
    by_kind: dict[str, set[str]] = {}
    for kind, key in touched:
        if kind in KINDS:
            by_kind.setdefault(kind, set()).add(key)
    out: list[RowDigest] = []
    reader = None
    for kind in sorted(by_kind):
        keys = sorted(by_kind[kind])
        if kind in results:
            found = _digests_of(kind, results[kind], keys, conn.dialect.name)
        else:  # not announced: read as the Reader does
            reader = reader or Reader(conn)
            found = reader.digests(kind, keys)
        out.extend(found.get(key) or RowDigest(kind, key, None, DELETED) for key in keys)
    return out


def _read_sqlite(conn: Connection, marker: int, kinds: list[str]):
    """One statement: the touches, the head, the expected kinds' rows, padded to one width.
    Each row is its key, label and json_array text (gudang.db.digests.value_columns), so
    the parts are narrow and the padding costs little."""
    plan = tuple(kinds)
    try:
        sql, parts = _sqlite_plan(plan)
        rows = fetch_raw(conn, sql, (marker,) * (1 + len(parts)))
    except Exception as error:  # noqa: BLE001 - only json_array's refusal of a BLOB is retried
        if not digests.refused_blob(error):
            raise
        sql, parts = _sqlite_plan(plan, blobs=True)
        rows = fetch_raw(conn, sql, (marker,) * (1 + len(parts)))
    touched, head = [], None
    results: dict[str, list[list[tuple]]] = {kind: [[] for _ in _part_queries(kind, "sqlite")] for kind in kinds}
    for row in rows:
        part = row[0]
        if part == -1:
            touched = [(kind, key) for kind, key in json.loads(row[1])]
        elif part == -2:
            head = row[1]
        else:
            kind, index, width = parts[part]
            results[kind][index].append(row[1:1 + width])
    return touched, head, results


@functools.lru_cache(maxsize=None)
def _sqlite_plan(kinds: tuple[str, ...], blobs: bool = False) -> tuple[str, list[tuple[str, int, int]]]:
    """The UNION ALL of the touches (part -1), the head (-2) and each table's rows
    (part n: parts[n] = kind, index among the kind's tables, column count).

    The touches come as one JSON row of the distinct (kind, key) pairs: a document's
    lines and moves each leave a touch of the same key, and a row per touch costs
    more to fetch than the rows themselves."""
    queries = [(kind, index, columns, rest) for kind in kinds
               for index, (columns, rest) in enumerate(_part_queries(kind, "sqlite", blobs))]
    width = max([2, *(len(columns) for _, _, columns, _ in queries)])

    def padded(columns: list[str]) -> str:
        return ", ".join([*columns, *(["NULL"] * (width - len(columns)))])

    touches = "json_group_array(json_array(table_name, row_key))"
    selects = [f"SELECT -1, {padded([touches])} FROM (SELECT DISTINCT table_name, row_key FROM row_touch "
               f"WHERE id > ?)",
               f"SELECT -2, {padded(['hash'])} FROM ({_HEAD})"]
    parts = []
    for kind, index, columns, rest in queries:
        selects.append(f"SELECT {len(parts)}, {padded(columns)} {rest}")
        parts.append((kind, index, len(columns)))
    return " UNION ALL ".join(selects), parts


def _read_postgresql(conn: Connection, marker: int, kinds: list[str], deferred: list):
    """One round trip: the writes deferred to commit, then one statement that removes the
    touches and returns them with the head and the expected kinds' rows (`_postgresql_plan`)."""
    sql, parts = _postgresql_plan(tuple(kinds))
    statements: list[tuple[str, object]] = [(sql_, params) for sql_, params, _ in deferred]
    statements.append((sql, (marker,) * (1 + len(parts))))
    got = pipeline(conn, statements)
    for (_, _, check), result in zip(deferred, got):
        check(result)
    touches, head, *tables = json.loads(got[len(deferred)][0][0])
    results: dict[str, list[list[tuple]]] = {kind: [[] for _ in _part_queries(kind, "postgresql")] for kind in kinds}
    for (kind, index, typed), rows in zip(parts, tables):
        results[kind][index] = [typed(row) for row in rows]
    return [(kind, key) for kind, key in touches], head, results


@functools.lru_cache(maxsize=None)
def _postgresql_plan(kinds: tuple[str, ...]) -> tuple[str, list[tuple[str, int, object]]]:
    """The statement of `_read_postgresql`, and per part (kind, index among the kind's tables,
    row decoder). Each table's rows come as one JSON array of arrays, in the Reader's column
    order; a decoder turns a row back into the values psycopg returns for it (dates and
    timestamps from their ISO text; numbers, texts, booleans and NULL are JSON's own), so
    the canonical text, and the digest, is the one `verify` computes from a plain read.
    The touches are deleted by the same statement; its row reads see them (one snapshot)."""
    selects, parts = [], []
    for kind in kinds:
        tables = DOCUMENT_PARTS if kind == DOCUMENT.name else (KINDS[kind],)
        for index, ((columns, rest), tracked) in enumerate(zip(_part_queries(kind, "postgresql"), tables)):
            selects.append(f"(SELECT coalesce(json_agg(json_build_array({', '.join(columns)})), '[]'::json) {rest})")
            # Quoted names are columns; the row's canonical text (json_build_array(...)::text)
            # comes as a JSON string, the very text `verify` reads.
            names = [column.strip('"') if column.startswith('"') else None for column in columns]
            parts.append((kind, index, _json_row_decoder(tracked.table, tuple(names))))
    sql = ("WITH touched AS (DELETE FROM row_touch WHERE id > %s RETURNING table_name, row_key) "
           "SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(table_name, row_key)), '[]'::json) "
           f"FROM touched), ({_HEAD}){''.join(', ' + select for select in selects)})::text")
    return sql, parts


def _json_row_decoder(table: str, columns: tuple[str, ...]):
    """JSON array (PostgreSQL's json of the row's columns) -> the tuple psycopg would return
    (`columns`: their names, None for a canonical text)."""
    import datetime as dt

    from sqlalchemy import Date, DateTime

    from gudang.db.models import Base

    decoders = []
    for column in columns:
        if column is None:  # a canonical text: as it came
            decoders.append(None)
            continue
        kind = Base.metadata.tables[table].c[column].type
        if isinstance(kind, DateTime):
            decoders.append(dt.datetime.fromisoformat)
        elif isinstance(kind, Date):
            decoders.append(dt.date.fromisoformat)
        else:
            decoders.append(None)
    if not any(decoders):
        return tuple

    def typed(row: list) -> tuple:
        return tuple(value if decode is None or value is None else decode(value)
                     for decode, value in zip(decoders, row))
    return typed


def fetch_raw(conn: Connection, sql: str, params: tuple) -> list[tuple]:
    """A read on the driver's own cursor: rows as the driver returns them."""
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def execute_raw(conn: Connection, sql: str, params, *, many: bool = False, rows: bool = False):
    """A write on SQLite's own cursor (one statement, or one executemany): its row count,
    or its rows (`rows`, for RETURNING). SQLAlchemy's own work per statement (~20 us)
    was more than SQLite's for most statements of a posting. A failure is raised as
    SQLAlchemy raises it (IntegrityError, OperationalError...), so the unit of work
    reports it the same way; the benchmarks' counter counts these statements."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    cursor = conn.connection.dbapi_connection.cursor()
    try:
        if many:
            cursor.executemany(sql, params)
        else:
            cursor.execute(sql, params)
        return cursor.fetchall() if rows else cursor.rowcount
    except sqlite3.Error as error:
        raise DBAPIError.instance(sql, params, error, sqlite3.Error) from error
    finally:
        cursor.close()


def pipeline(conn: Connection, statements: list[tuple[str, object]]) -> list[list[tuple]]:
    """Run statements on PostgreSQL in one round trip (psycopg's pipeline mode); their rows.
    A failure is raised as SQLAlchemy raises it (IntegrityError, OperationalError...)."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    driver = conn.connection.dbapi_connection
    cursors = []
    try:
        with driver.pipeline():
            for sql, params in statements:
                cursor = driver.cursor()
                cursor.execute(sql, params)
                cursors.append(cursor)
        return [cursor.fetchall() if cursor.description is not None else [] for cursor in cursors]
    except psycopg.Error as error:
        raise DBAPIError.instance(statements[-1][0], None, error, psycopg.Error) from error
    finally:
        for cursor in cursors:
            cursor.close()


# --------------------------------------------------------------------------- the write

_PG_ENTRY_AND_ROWS = (
    "WITH e AS (INSERT INTO audit_entry (at, \"user\", action, object, summary, prev_hash, hash) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id), "
    "r AS (INSERT INTO audit_row (audit_id, table_name, row_key, label, digest) "
    "SELECT e.id, t.* FROM e, unnest(%s::text[], %s::text[], %s::text[], %s::text[]) AS t RETURNING 1) "
    "SELECT e.id, (SELECT count(*) FROM r) FROM e")


def _write_and_commit_postgresql(conn: Connection, entry: tuple, prev: str, rows: list[RowDigest]):
    """One audit entry and its row digests in one statement, and COMMIT: one round trip."""
    from gudang.services.anchor import Head
    from gudang.services.uow import audit_hash

    at, user, action, obj, summary = entry
    value = audit_hash(prev, at, user, action, obj, summary, digests.rows_digest(rows) if rows else None)
    got = pipeline(conn, [(_PG_ENTRY_AND_ROWS, (
        at, user, action, obj, summary, prev, value,
        [r.kind for r in rows], [r.key for r in rows],
        [(r.label or None) and str(r.label)[:120] for r in rows], [r.digest for r in rows])), ("COMMIT", None)])
    entry_id, recorded = got[0][0]
    if recorded != len(rows):
        raise RuntimeError(f"{len(rows)} row digests, {recorded} recorded")
    return Head(entry_id, value)
