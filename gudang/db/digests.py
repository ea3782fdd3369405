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

Canonical text: built by the database, a JSON array of the row's values in
column-name order (a text is quoted, NULL is null, 5 and 5.0 differ, so no two
rows share a text): SQLite's `json_array` from revision 0010, PostgreSQL's
`json_build_array(...)::text` from revision 0011 (`JSON_TEXT_SINCE`). Python
only hashes it, which halves what `gudang verify` spends per row on SQLite and
saves PostgreSQL's rows a trip through Python objects. Before those revisions,
`repr` of the row's raw values in column-name order, as the driver returns them. The same code computes
a digest at commit and in `verify`, on the same database, so the two always
agree for an untouched row.
After a migration that adds columns, `gudang.db.migrate` re-records the
digests of the rows that matched before it (see `rebaseline`).
`gudang verify` reads whole tables with `gudang.db.digest_tables.TableReader`,
which lets the database write or hash the same texts.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import operator
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Sequence

from sqlalchemy import Connection

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
    Tracked("replay_key", ("key",), "object"),
    Tracked("request", ("id",), "number"),
    Tracked("request_line", ("id",)),
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


def _columns(conn: Connection, table: str) -> list[str]:
    """The table's column names as they are in this database, sorted."""
    cache = conn.info.setdefault("gudang_columns", {})
    if table not in cache:
        from sqlalchemy import inspect

        cache[table] = sorted(c["name"] for c in inspect(conn).get_columns(table))
    return cache[table]


@functools.lru_cache(maxsize=None)
def model_columns(table: str) -> list[str]:
    from gudang.db.models import Base

    return sorted(c.name for c in Base.metadata.tables[table].columns)


# From these revisions on, a row's canonical text is the database's JSON array of its values;
# before them, repr of the values the driver returns. `gudang.db.migrate` computes the
# digests before an upgrade from an older revision in the older form.
JSON_TEXT_SINCE = {"sqlite": "0010", "postgresql": "0011"}


def json_text(dialect: str, revision: str | None = None) -> bool:
    """Whether rows' canonical text is the database's JSON array (`revision` None: the newest)."""
    since = JSON_TEXT_SINCE.get(dialect)
    return since is not None and (revision is None or revision >= since)


def value_columns(columns: Sequence[str], as_json: bool, blobs: bool = False,
                  dialect: str = "sqlite") -> list[str]:
    """The SELECT expressions of a row's values: every column, or one JSON array text of them.

    SQLite's json_array refuses a BLOB, which Gudang never writes but a hand edit can:
    `blobs` turns a BLOB into {"blob": hex} (other values come out the same), for a retry.
    PostgreSQL's json_build_array takes every type."""
    quoted = [f'"{c}"' for c in columns]
    if not as_json:
        return quoted
    if dialect != "sqlite":
        return [f"json_build_array({', '.join(quoted)})::text"]
    if blobs:
        quoted = [f"CASE WHEN typeof({q}) = 'blob' THEN json_object('blob', hex({q})) ELSE {q} END" for q in quoted]
    return [f"json_array({', '.join(quoted)})"]


def refused_blob(error: Exception) -> bool:
    """The error SQLite's json_array raises for a BLOB value (retry with `blobs=True`)."""
    return "BLOB" in str(error)


def part_lead(columns: Sequence[str], as_json: bool) -> tuple[list[str], int]:
    """The lead columns of a document's lines or moves (`columns`: their table's, sorted), and
    where their id is in a row read with them (`Reader._select`)."""
    if as_json:
        return ["document_id", "id"], 1
    return ["document_id"], 1 + list(columns).index("id")


def digest(kind: str, key: str, text_value: str) -> str:
    return hashlib.sha256(f"{kind}\x1f{key}\x1f{text_value}".encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


# --------------------------------------------------------------------------- reading digests


# Ids above the first bound (None: from the first) up to the second (None: to the last); None: all.
Span = tuple[int | None, int | None] | None


class RowDigest(NamedTuple):  # a tuple, not a dataclass: `verify` makes one per row, and a tuple is made fastest
    kind: str
    key: str
    label: str | None
    digest: str


class Reader:
    """Computes digests of rows as they are in the database.

    A row's canonical text (see the module's docstring) is built the same way
    at commit and in `verify`, from the same database, so an untouched row
    always agrees.
    Reads go straight to the driver's cursor (no SQLAlchemy rows): `verify`
    reads every row of every tracked table.

    `columns` picks the column list: "model" (the tables as this version
    describes them; the schema is at head) or "database" (reflected: before
    and after a migration). `revision` picks the canonical text of that
    schema revision (None: the newest; see `json_text`).
    """

    def __init__(self, conn: Connection, columns: str = "model", revision: str | None = None) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name
        self.columns = columns
        self.as_json = json_text(self.dialect, revision)
        self.mark = "?" if self.dialect == "sqlite" else "%s"

    def cols(self, table: str) -> list[str]:
        return model_columns(table) if self.columns == "model" else _columns(self.conn, table)

    def fetch(self, sql: str, params: tuple = ()) -> list[tuple]:
        cursor = self.conn.connection.dbapi_connection.cursor()
        try:
            cursor.execute(sql, params) if params else cursor.execute(sql)
            return cursor.fetchall()
        finally:
            cursor.close()

    def part_lead(self, table: str) -> tuple[list[str], int]:
        """The lead columns of a document's lines or moves, and where their id is in a row."""
        return part_lead(self.cols(table), self.as_json)

    def _select(self, table: str, lead: Sequence[str], where: str = "", order: Sequence[str] = (),
                blobs: bool = False) -> str:
        """SELECT the `lead` columns, then the row's values (`value_columns`)."""
        names = ", ".join([*(f'"{c}"' for c in lead),
                           *value_columns(self.cols(table), self.as_json, blobs, self.dialect)])
        order_by = f" ORDER BY {', '.join(chr(34) + c + chr(34) for c in order)}" if order else ""
        return f'SELECT {names} FROM "{table}" {where}{order_by}'

    def _fetch_values(self, table: str, lead: Sequence[str], where: str = "", params: tuple = (),
                      order: Sequence[str] = ()) -> list[tuple]:
        """The rows of `_select`; a BLOB a hand edit left is read again in json_array's way for it."""
        try:
            return self.fetch(self._select(table, lead, where, order), params)
        except Exception as error:  # noqa: BLE001 - only json_array's refusal of a BLOB is retried
            if not (self.as_json and refused_blob(error)):
                raise
            return self.fetch(self._select(table, lead, where, order, blobs=True), params)

    def _span_where(self, column: str, span: Span) -> tuple[str, tuple]:
        """A condition (without WHERE) keeping the ids of `column` in `span`, or "" for None."""
        if span is None:
            return "", ()
        above, upto = span
        conditions, params = [], []
        if above is not None:
            conditions.append(f'"{column}" > {self.mark}')
            params.append(above)
        if upto is not None:
            conditions.append(f'"{column}" <= {self.mark}')
            params.append(upto)
        return " AND ".join(conditions), tuple(params)

    def _keys_where(self, tracked: Tracked, keys: Sequence[str]) -> tuple[str, tuple]:
        """WHERE for the rows of the given keys (driver-level SQL and parameters)."""
        params: list[object] = []
        single = len(tracked.key) == 1
        for key in keys:
            parts = [key] if single else key.split("/", len(tracked.key) - 1)
            if len(parts) != len(tracked.key):
                continue
            values = [_typed(tracked.table, column, value) for column, value in zip(tracked.key, parts)]
            if any(v is None for v in values):
                continue
            params += values
        if not params:
            return "WHERE 1 = 0", ()
        if single:
            return f'WHERE "{tracked.key[0]}" IN ({", ".join([self.mark] * len(params))})', tuple(params)
        one = "(" + " AND ".join(f'"{c}" = {self.mark}' for c in tracked.key) + ")"
        return "WHERE " + " OR ".join([one] * (len(params) // len(tracked.key))), tuple(params)

    def rows(self, tracked: Tracked, keys: Sequence[str] | None = None,
             span: Span = None) -> list[tuple[str, str | None, str]]:
        """(key, label, canonical text) of the rows of a plain tracked table (or of the given keys,
        or of the ids in a `span`)."""
        lead = [*tracked.key, tracked.label] if tracked.label else list(tracked.key)
        if keys is not None:
            where, params = self._keys_where(tracked, keys)
        else:
            where, params = self._span_where(tracked.key[0], span)
            where = where and f"WHERE {where}"
        width = len(tracked.key)
        out = []
        for row in self._fetch_values(tracked.table, lead, where, params):
            key = str(row[0]) if width == 1 else "/".join(str(v) for v in row[:width])
            label = row[width] if tracked.label else None
            out.append((key, label, row[-1] if self.as_json else repr(row[len(lead):])))
        return out

    def digests(self, kind: str, keys: Sequence[str] | None = None) -> dict[str, RowDigest]:
        """Digest of every row (or of the given keys) of one kind."""
        if kind == DOCUMENT.name:
            return self.document_digests(keys)
        return {key: RowDigest(kind, key, label, digest(kind, key, text_value))
                for key, label, text_value in self.rows(KINDS[kind], keys)}

    def document_parts(self, keys: Sequence[str] | None = None) -> tuple[list, list, list]:
        """Documents (key, label, text), their lines and their moves (rows led by
        `part_lead`, ordered by document and id)."""
        documents = self.rows(DOCUMENT, keys)
        parts = []
        for tracked in DOCUMENT_PARTS[1:]:
            lead, at_id = self.part_lead(tracked.table)
            if keys is None:
                # Whole tables (verify, migrations): read in table order and sorted here; they are
                # nearly in document order already, and the document index costs a lookup per row.
                rows = self._fetch_values(tracked.table, lead)
                rows.sort(key=operator.itemgetter(0, at_id))
            else:
                where, params = self._keys_where(tracked, keys)
                rows = self._fetch_values(tracked.table, lead, where, params, ("document_id", "id"))
            parts.append(rows)
        return documents, parts[0], parts[1]

    def document_digests(self, keys: Sequence[str] | None = None) -> dict[str, RowDigest]:
        documents, lines, moves = self.document_parts(keys)
        return combine_documents(documents, lines, moves, self.as_json)

def combine_documents(documents, lines, moves, as_json: bool) -> dict[str, RowDigest]:
    """One digest per document over its row, its lines and its moves (rows led by
    document_id, sorted by document and id: each group is its rows' json_array texts,
    one per line (JSON text holds no raw newline), or one `repr`)."""
    texts = []
    for rows in (lines, moves):
        groups = itertools.groupby(rows, key=operator.itemgetter(0))
        texts.append({document_id: "\n".join(row[-1] for row in group) if as_json else repr(tuple(group))
                      for document_id, group in groups})
    return document_digests(documents, *texts)


def document_digests(documents, line_texts: dict, move_texts: dict) -> dict[str, RowDigest]:
    """One digest per document over its row's text and the texts of its lines and its moves
    (by document id; each a text or its UTF-8 bytes)."""
    grouped: dict[str, list] = {key: [text_value, "()", "()", label] for key, label, text_value in documents}
    for index, texts in ((1, line_texts), (2, move_texts)):
        for document_id, text_value in texts.items():
            key = str(document_id)
            entry = grouped.get(key)
            if entry is None:  # parts of a document that is gone
                entry = grouped[key] = ["", "()", "()", None]
            entry[index] = text_value
    kind = DOCUMENT.name
    return {key: RowDigest(kind, key, label, _document_digest(key, document, line_text, move_text))
            for key, (document, line_text, move_text, label) in grouped.items()}


def _document_digest(key: str, document: str, line_text: str | bytes, move_text: str | bytes) -> str:
    """`digest(DOCUMENT.name, key, RS.join((document, line_text, move_text)))`, the long texts
    hashed where they are (neither joined nor encoded again when they come as bytes)."""
    hasher = hashlib.sha256(f"{DOCUMENT.name}\x1f{key}\x1f{document}\x1e".encode("utf-8"))
    hasher.update(line_text if isinstance(line_text, bytes) else line_text.encode("utf-8"))
    hasher.update(b"\x1e")
    hasher.update(move_text if isinstance(move_text, bytes) else move_text.encode("utf-8"))
    return hasher.hexdigest()[:DIGEST_LENGTH]


@functools.lru_cache(maxsize=None)
def _is_integer(table: str, column: str) -> bool:
    from sqlalchemy import Integer

    from gudang.db.models import Base

    try:
        return isinstance(Base.metadata.tables[table].c[column].type, Integer)
    except KeyError:
        return False


def _typed(table: str, column: str, value: str) -> object:
    """A key part as the column's type; None if it cannot be one (no row has it)."""
    if _is_integer(table, column):
        try:
            return int(value)
        except ValueError:
            return None
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
    return items_digest([f"{r[0]}\x1f{r[1]}\x1f{r[2] or ''}\x1f{r[3]}" for r in
                         ((x.kind, x.key, x.label, x.digest) if isinstance(x, RowDigest) else x for x in rows)])


def items_digest(items: list[str]) -> str | None:
    """`rows_digest` of rows already written as "kind US key US label US digest" (US: \\x1f)."""
    if not items:
        return None
    return hashlib.sha256("\x1e".join(sorted(items)).encode("utf-8")).hexdigest()
