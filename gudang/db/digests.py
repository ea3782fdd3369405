"""Row digests: every mutable row still matches what its last audited change recorded.

THE LIST. `MUTABLE_TABLES` below names every table whose rows may change after
they are written (users, items, lots, partners, settings, number sequences,
counts, ...). A table added later goes into it, or into `EXEMPT_TABLES` with
the reason; `tests/unit/test_digests.py` fails for a table in neither. To
protect a new table:

1. add `Tracked("request", ("id",), "number")` to MUTABLE_TABLES (key columns,
   and the column that names a row in messages);
2. in the migration that creates the table, create its touch triggers:

       from gudang.db.digests import touch_trigger_sql
       for statement in touch_trigger_sql(op.get_bind().dialect.name, "request", "request", ("id",)):
           op.execute(statement)

   (and drop them in `downgrade` with `drop_touch_trigger_sql`);
3. regenerate the schema fingerprints (`.venv/bin/python scripts/schema_fingerprints.py`).

Services get the rest for free, as long as they write inside a `UnitOfWork`
and call `uow.audit(...)`:

- the touch triggers note the key of every row inserted, updated or deleted
  in the table `row_touch`;
- at commit the unit of work takes the touches of its own transaction, computes
  each touched row's digest (sha256 of the row's canonical text, read back
  from the database) and records them in `audit_row`, attached to the unit's
  last audit entry, whose hash covers them (`rows_digest`);
- `gudang verify` recomputes the digest of every row of every tracked table
  and compares it with the newest recorded one.

A unit of work that changes a tracked row without writing an audit entry is a
bug and fails (nothing is written). Touches made outside a unit of work (raw
SQL with the triggers in place) are never taken by a later unit of work, so a
hand edit is not laundered into the record by the next posting.

Documents are tracked as a whole: a document, its lines and its moves make one
digest (kind "document", key the document id), so a moved quantity edited in
the ledger, a deleted line or a deleted move all show as "document X differs".

Canonical text: the row's columns sorted by name, each as an SQL literal
(`quote()` on SQLite, `quote_nullable()` on PostgreSQL, dates and times in
ISO form), joined by commas; NULL is the word NULL, a text is quoted, so no
two rows share a text. Digests are computed by the same SQL at commit and in
`verify`, on the same database, so the two always agree for an untouched row.
After a migration that adds columns, `gudang.db.migrate` re-records the
digests of the rows that matched before it (see `rebaseline`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from sqlalchemy import Connection, Date, DateTime, text

# --------------------------------------------------------------------------- the list


@dataclass(frozen=True)
class Tracked:
    """A table whose rows may change: key columns, and the column that names a row."""

    table: str
    key: tuple[str, ...]
    label: str | None = None
    kind: str | None = None  # the digest kind; the table name unless it is part of a group

    @property
    def name(self) -> str:
        return self.kind or self.table


MUTABLE_TABLES: tuple[Tracked, ...] = (
    Tracked("app_user", ("id",), "name"),
    Tracked("setting", ("key",), "key"),
    Tracked("warehouse", ("id",), "code"),
    Tracked("location", ("id",), "code"),
    Tracked("item", ("id",), "sku"),
    Tracked("item_unit", ("id",), "unit"),
    Tracked("partner", ("id",), "code"),
    Tracked("event", ("id",), "code"),
    Tracked("lot", ("id",), "barcode"),
    Tracked("number_sequence", ("name", "year"), "name"),
    Tracked("count_session", ("id",), "number"),
    Tracked("count_location", ("session_id", "location_id")),
    Tracked("count_line", ("id",)),
    Tracked("count_scan", ("id",), "code"),
)

# A document with its lines and its moves is one digest (kind "document").
DOCUMENT = Tracked("document", ("id",), "number")
DOCUMENT_PARTS: tuple[Tracked, ...] = (
    DOCUMENT,
    Tracked("document_line", ("document_id",), kind="document"),
    Tracked("stock_move", ("document_id",), kind="document"),
)

# Tables that are not digested, and why.
EXEMPT_TABLES: dict[str, str] = {
    "alembic_version": "the schema revision; checked against the schema fingerprints",
    "balance": "derived from the moves; verify recomputes it",
    "audit_entry": "the hash chain itself",
    "audit_row": "the digests themselves, covered by the audit hash; immutable",
    "row_touch": "scratch notes of the triggers, consumed at commit",
    "chain_anchor": "the chain head stamped into a backup copy",
    "login_attempt": "failed-login counters and locks (every failure is audited)",
}

KINDS: dict[str, Tracked] = {t.name: t for t in MUTABLE_TABLES + (DOCUMENT,)}
DELETED = "-"
DIGEST_LENGTH = 32  # hex digits of sha256 kept: 128 bits


def tracked_tables() -> tuple[Tracked, ...]:
    return MUTABLE_TABLES + DOCUMENT_PARTS


# --------------------------------------------------------------------------- triggers


def _sqlite_key(row: str, key: Sequence[str]) -> str:
    return " || '/' || ".join(f"CAST({row}.{column} AS TEXT)" for column in key)


def touch_trigger_sql(dialect: str, table: str, kind: str, key: Sequence[str]) -> list[str]:
    """CREATE statements of the triggers that note touched rows of `table` in row_touch.

    Used by migrations: keep the output of this function stable (a migration
    that ran must keep building the same schema).
    """
    if dialect == "sqlite":
        new, old = _sqlite_key("NEW", key), _sqlite_key("OLD", key)
        insert = "INSERT INTO row_touch (table_name, row_key)"
        return [
            f"CREATE TRIGGER {table}_touch_insert AFTER INSERT ON {table} "
            f"BEGIN {insert} VALUES ('{kind}', {new}); END",
            f"CREATE TRIGGER {table}_touch_update AFTER UPDATE ON {table} "
            f"BEGIN {insert} VALUES ('{kind}', {new}); "
            f"{insert} SELECT '{kind}', {old} WHERE ({old}) IS NOT ({new}); END",
            f"CREATE TRIGGER {table}_touch_delete AFTER DELETE ON {table} "
            f"BEGIN {insert} VALUES ('{kind}', {old}); END",
        ]
    arguments = ", ".join(f"'{part}'" for part in (kind, *key))
    return [f"CREATE TRIGGER {table}_touch AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION gudang_touch({arguments})"]


def drop_touch_trigger_sql(dialect: str, table: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER {table}_touch_{event}" for event in ("insert", "update", "delete")]
    return [f"DROP TRIGGER {table}_touch ON {table}"]


# The PostgreSQL trigger function: TG_ARGV = kind, key columns...
POSTGRES_TOUCH_FUNCTION = """CREATE FUNCTION gudang_touch() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  new_key text;
  old_key text;
BEGIN
  IF TG_OP <> 'DELETE' THEN
    IF TG_NARGS = 2 THEN
      new_key := to_jsonb(NEW) ->> TG_ARGV[1];
    ELSE
      SELECT string_agg(to_jsonb(NEW) ->> c, '/' ORDER BY i) INTO new_key
        FROM unnest(TG_ARGV[1:]) WITH ORDINALITY AS a(c, i);
    END IF;
    INSERT INTO row_touch (table_name, row_key) VALUES (TG_ARGV[0], new_key);
  END IF;
  IF TG_OP <> 'INSERT' THEN
    IF TG_NARGS = 2 THEN
      old_key := to_jsonb(OLD) ->> TG_ARGV[1];
    ELSE
      SELECT string_agg(to_jsonb(OLD) ->> c, '/' ORDER BY i) INTO old_key
        FROM unnest(TG_ARGV[1:]) WITH ORDINALITY AS a(c, i);
    END IF;
    IF old_key IS DISTINCT FROM new_key THEN
      INSERT INTO row_touch (table_name, row_key) VALUES (TG_ARGV[0], old_key);
    END IF;
  END IF;
  RETURN NULL;
END $$"""


# --------------------------------------------------------------------------- canonical text


def _columns(conn: Connection, table: str) -> list[tuple[str, object]]:
    """(name, SQLAlchemy type) of the table's columns as they are in this database."""
    cache = conn.info.setdefault("gudang_columns", {})
    if table not in cache:
        from sqlalchemy import inspect

        cache[table] = sorted((c["name"], c["type"]) for c in inspect(conn).get_columns(table))
    return cache[table]


def model_columns(table: str) -> list[tuple[str, object]]:
    from gudang.db.models import Base

    return sorted((c.name, c.type) for c in Base.metadata.tables[table].columns)


def _literal(dialect: str, column: str, kind: object) -> str:
    quoted = f'"{column}"'
    if dialect == "sqlite":
        return f"quote({quoted})"
    if isinstance(kind, DateTime):
        return f"quote_nullable(to_char({quoted}, 'YYYY-MM-DD HH24:MI:SS.US'))"
    if isinstance(kind, Date):
        return f"quote_nullable(to_char({quoted}, 'YYYY-MM-DD'))"
    return f"quote_nullable({quoted}::text)"


def row_text_sql(dialect: str, columns: Iterable[tuple[str, object]]) -> str:
    return " || ',' || ".join(_literal(dialect, name, kind) for name, kind in columns)


def key_sql(dialect: str, key: Sequence[str]) -> str:
    cast = (lambda c: f'CAST("{c}" AS TEXT)') if dialect == "sqlite" else (lambda c: f'"{c}"::text')
    return " || '/' || ".join(cast(c) for c in key)


def digest(kind: str, key: str, text_value: str) -> str:
    return hashlib.sha256(f"{kind}\x1f{key}\x1f{text_value}".encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


# --------------------------------------------------------------------------- reading digests


@dataclass(frozen=True)
class RowDigest:
    kind: str
    key: str
    label: str | None
    digest: str


class Reader:
    """Computes digests of rows as they are in the database.

    `columns` picks the column source: "model" (the tables as this version
    describes them; the schema is at head) or "database" (reflected: before
    and after a migration).
    """

    def __init__(self, conn: Connection, columns: str = "model") -> None:
        self.conn = conn
        self.dialect = conn.dialect.name
        self.columns = columns

    def _cols(self, table: str) -> list[tuple[str, object]]:
        return model_columns(table) if self.columns == "model" else _columns(self.conn, table)

    def _select(self, tracked: Tracked, *, where: str = "", order: str = "") -> str:
        label = f'"{tracked.label}"' if tracked.label else "NULL"
        return (f"SELECT {key_sql(self.dialect, tracked.key)}, {label}, "
                f"{row_text_sql(self.dialect, self._cols(tracked.table))} FROM \"{tracked.table}\" {where} {order}")

    def _keys_where(self, tracked: Tracked, keys: Sequence[str]) -> tuple[str, dict]:
        params: dict[str, object] = {}
        conditions = []
        types = dict(self._cols(tracked.table))
        for n, key in enumerate(keys):
            parts = key.split("/", len(tracked.key) - 1) if len(tracked.key) > 1 else [key]
            if len(parts) != len(tracked.key):
                continue
            terms = []
            for column, value in zip(tracked.key, parts):
                name = f"k{n}_{column}"
                params[name] = _typed(types.get(column), value)
                terms.append(f'"{column}" = :{name}')
            conditions.append("(" + " AND ".join(terms) + ")")
        return ("WHERE " + " OR ".join(conditions)) if conditions else "WHERE 1 = 0", params

    def _in_where(self, column: str, tracked: Tracked, keys: Sequence[str]) -> tuple[str, dict]:
        """WHERE column IN (...) for single integer keys (the common case, one expanding IN)."""
        values = []
        for key in keys:
            try:
                values.append(int(key))
            except ValueError:
                continue
        if not values:
            return "WHERE 1 = 0", {}
        names = {f"v{n}": value for n, value in enumerate(values)}
        return f'WHERE "{column}" IN ({", ".join(":" + n for n in names)})', names

    def rows(self, tracked: Tracked, keys: Sequence[str] | None = None) -> Iterator[tuple[str, str | None, str]]:
        """(key, label, canonical text) of the rows of a plain tracked table."""
        if keys is None:
            yield from self.conn.exec_driver_sql(self._select(tracked)).all()
            return
        if len(tracked.key) == 1 and _is_integer(self._cols(tracked.table), tracked.key[0]):
            where, params = self._in_where(tracked.key[0], tracked, keys)
        else:
            where, params = self._keys_where(tracked, keys)
        yield from self.conn.execute(text(self._select(tracked, where=where)), params).all()

    def digests(self, kind: str, keys: Sequence[str] | None = None) -> dict[str, RowDigest]:
        """Digest of every row (or of the given keys) of one kind."""
        if kind == DOCUMENT.name:
            return self.document_digests(keys)
        tracked = KINDS[kind]
        return {key: RowDigest(kind, key, label, digest(kind, key, row_text))
                for key, label, row_text in self.rows(tracked, keys)}

    def document_parts(self, keys: Sequence[str] | None = None, *, move_columns: str = ""
                       ) -> tuple[list, list, list]:
        """Documents, their lines and their moves as canonical texts (ordered by id)."""
        documents = list(self.rows(DOCUMENT, keys))
        parts = []
        for tracked in DOCUMENT_PARTS[1:]:
            extra = move_columns if tracked.table == "stock_move" else ""
            if keys is None:
                where, params = "", {}
            else:
                where, params = self._in_where("document_id", tracked, keys)
            sql = (f'SELECT "document_id", {row_text_sql(self.dialect, self._cols(tracked.table))}{extra} '
                   f'FROM "{tracked.table}" {where} ORDER BY "document_id", "id"')
            parts.append(self.conn.execute(text(sql), params).all() if params or where
                         else self.conn.exec_driver_sql(sql).all())
        return documents, parts[0], parts[1]

    def document_digests(self, keys: Sequence[str] | None = None) -> dict[str, RowDigest]:
        documents, lines, moves = self.document_parts(keys)
        return combine_documents(documents, lines, moves)


def combine_documents(documents, lines, moves) -> dict[str, RowDigest]:
    """One digest per document over its row, its lines and its moves."""
    grouped: dict[str, list[list[str]]] = {}
    for key, label, row_text in documents:
        grouped[key] = [[row_text], [], [], label]
    for index, rows in ((1, lines), (2, moves)):
        for row in rows:
            key = str(row[0])
            entry = grouped.get(key)
            if entry is None:  # parts of a document that is gone
                entry = grouped[key] = [[], [], [], None]
            entry[index].append(row[1])
    out = {}
    for key, (document, line_texts, move_texts, label) in grouped.items():
        whole = "\x1e".join(("\x1d".join(document), "\x1d".join(line_texts), "\x1d".join(move_texts)))
        out[key] = RowDigest(DOCUMENT.name, key, label, digest(DOCUMENT.name, key, whole))
    return out


def _is_integer(columns: list[tuple[str, object]], column: str) -> bool:
    from sqlalchemy import Integer

    return isinstance(dict(columns).get(column), Integer)


def _typed(kind: object, value: str) -> object:
    from sqlalchemy import Integer

    if isinstance(kind, Integer):
        try:
            return int(value)
        except ValueError:
            return value
    return value


def current_digests(reader: Reader, touched: Iterable[tuple[str, str]]) -> list[RowDigest]:
    """Digests of the touched rows (kind, key); a row that is gone gets DELETED."""
    by_kind: dict[str, set[str]] = {}
    for kind, key in touched:
        if kind in KINDS:
            by_kind.setdefault(kind, set()).add(key)
    out: list[RowDigest] = []
    for kind in sorted(by_kind):
        keys = sorted(by_kind[kind])
        found = reader.digests(kind, keys)
        for key in keys:
            out.append(found.get(key) or RowDigest(kind, key, None, DELETED))
    return out


def rows_digest(rows: Iterable[RowDigest | tuple]) -> str | None:
    """The digest of a set of recorded row digests, as covered by an audit entry's hash."""
    items = sorted(f"{r[0]}\x1f{r[1]}\x1f{r[2] or ''}\x1f{r[3]}" for r in
                   ((x.kind, x.key, x.label, x.digest) if isinstance(x, RowDigest) else x for x in rows))
    if not items:
        return None
    return hashlib.sha256("\x1e".join(items).encode("utf-8")).hexdigest()
