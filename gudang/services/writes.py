"""The rows a posting writes, in as few statements as the database allows.

    plan = WritePlan()
    plan.sequences([("doc:receipt", 2026, 15)])          # counters set to their new last value
    plan.insert(Document.__table__, [{...}])               # rows with their ids already drawn
    plan.insert(StockMove.__table__, [{...}, {...}])
    plan.balances({(lot, location): (item, change)})     # + into a row (created if missing), - out of one
    plan.update(Document.__table__, document_id, {"state": "posted", ...})
    plan.update_rows(CountLine.__table__, "id", [{"id": 7, "round": 2}, ...])  # per row its values
    plan.delete(DocumentLine.__table__, "document_id", draft_id)  # a draft's old lines
    plan.execute(conn)

A posting reads what it needs first (gudang.services.bundle), decides everything in
Python, draws the ids of the rows it creates (`draw_ids`), and only then writes. The
writes no longer depend on each other's results, so:

- on PostgreSQL they travel as ONE statement: each step is a data-modifying CTE over
  arrays (`INSERT ... SELECT * FROM unnest(%(a)s::integer[], ...)`), one round trip
  whatever the number of lines, and the same text every time (prepared by psycopg);
- on SQLite (no network; no data-modifying CTEs) each step is one executemany.

Steps run in the order they were added on SQLite; on PostgreSQL they run within one
statement, whose foreign keys are checked at its end. Balances: an increase is an
upsert, a decrease an UPDATE of a row that must exist (counted: a missing row fails
the posting) and the CHECK (qty >= 0) stays the last line of defence against a
negative balance.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Connection, Date, DateTime, Table

from gudang.db.models import Balance, NumberSequence
from gudang.db.types import Quantity

balance_t = Balance.__table__
sequence_t = NumberSequence.__table__


class WriteFailed(RuntimeError):
    """A bug or a tampered database: a balance a posting takes from is missing."""


class WritePlan:
    def __init__(self) -> None:
        self.steps: list[tuple] = []

    # -- building ---------------------------------------------------------------------
    def insert(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> "WritePlan":
        if rows:
            self.steps.append(("insert", table, tuple(rows[0]), list(rows)))
        return self

    def sequences(self, values: Iterable[tuple[str, int, int]]) -> "WritePlan":
        """Number sequences (name, year) set to their new `last` (created if missing)."""
        rows = [{"name": name, "year": year, "last": last} for name, year, last in values]
        if rows:
            self.steps.append(("sequences", sequence_t, ("name", "year", "last"), rows))
        return self

    def balances(self, deltas: Mapping[tuple[int, int], tuple[int, Any]]) -> "WritePlan":
        """(lot, location) -> (item, change) applied to the balances."""
        increases = [{"lot_id": lot, "location_id": location, "item_id": item, "qty": change}
                     for (lot, location), (item, change) in deltas.items() if change > 0]
        decreases = [{"lot_id": lot, "location_id": location, "qty": -change}
                     for (lot, location), (item, change) in deltas.items() if change < 0]
        if increases:
            self.steps.append(("increase", balance_t, ("lot_id", "location_id", "item_id", "qty"), increases))
        if decreases:
            self.steps.append(("decrease", balance_t, ("lot_id", "location_id", "qty"), decreases))
        return self

    def update(self, table: Table, row_id: int, values: Mapping[str, Any]) -> "WritePlan":
        """One row, by id, must exist."""
        self.steps.append(("update", table, tuple(values), [{"id": row_id, **values}]))
        return self

    def update_rows(self, table: Table, key: str, rows: Sequence[Mapping[str, Any]], *,
                    exact: bool = True) -> "WritePlan":
        """Rows by `key`, each with its own values (the same columns in every row). `exact`:
        each key names one row that must exist; otherwise any number of rows, none included
        (a count line's scans)."""
        if rows:
            columns = (key, *(c for c in rows[0] if c != key))
            self.steps.append(("update_rows" if exact else "update_rows_any", table, columns, list(rows)))
        return self

    def delete(self, table: Table, column: str, value: int) -> "WritePlan":
        """The rows whose `column` is `value` (a draft's lines before its new ones: on
        PostgreSQL the statement's snapshot holds only the old ones)."""
        self.steps.append(("delete", table, (column,), [{column: value}]))
        return self

    # -- writing -----------------------------------------------------------------------
    def execute(self, conn: Connection, *, at_commit: bool = False) -> None:
        """Write. `at_commit`: on PostgreSQL the statement is sent at the unit of work's
        commit, in the round trip that reads the digests back (gudang.services.recording);
        only for a service that reads nothing it wrote before committing."""
        if not self.steps:
            return
        from gudang.services import recording

        recording.expect(conn, {table.name for _, table, _, _ in self.steps})  # digests read back at commit
        if conn.dialect.name == "postgresql":
            sql, params, check = _postgresql_statement(self.steps)
            if at_commit:
                recording.defer(conn, sql, params, check)
            else:
                check(conn.exec_driver_sql(sql, params).all())
        else:
            _execute_each(conn, self.steps)


# -- one executemany per step (SQLite) ------------------------------------------------
#
# Driver-level SQL with the columns' own bind processors (what SQLAlchemy would send:
# dates as ISO text, quantities as thousandths), without SQLAlchemy's per-row parameter
# machinery, which cost more than SQLite's work for a 40-line receipt.

_sqlite_sql: dict[tuple, tuple[str, list]] = {}


def _sqlite_statement(conn: Connection, kind: str, table: Table, columns: tuple[str, ...]) -> tuple[str, list]:
    key = (kind, table.name, columns)
    if key not in _sqlite_sql:
        dialect = conn.dialect
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        if kind == "insert":
            sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
        elif kind == "sequences":
            sql = (f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks}) '
                   f'ON CONFLICT (name, year) DO UPDATE SET last = excluded.last')
        elif kind == "increase":
            sql = (f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks}) '
                   f'ON CONFLICT (lot_id, location_id) DO UPDATE SET qty = qty + excluded.qty')
        elif kind == "decrease":  # columns: lot_id, location_id, qty
            sql = f'UPDATE "{table.name}" SET qty = qty - ? WHERE lot_id = ? AND location_id = ?'
            columns = ("qty", "lot_id", "location_id")
        elif kind == "delete":
            sql = f'DELETE FROM "{table.name}" WHERE "{columns[0]}" = ?'
        elif kind in ("update_rows", "update_rows_any"):  # columns: key, then the values set
            sets = ", ".join(f'"{c}" = ?' for c in columns[1:])
            sql = f'UPDATE "{table.name}" SET {sets} WHERE "{columns[0]}" = ?'
            columns = (*columns[1:], columns[0])
        else:  # update one row by id
            sets = ", ".join(f'"{c}" = ?' for c in columns)
            sql = f'UPDATE "{table.name}" SET {sets} WHERE id = ?'
            columns = (*columns, "id")
        _sqlite_sql[key] = (sql, _row_binder(columns, [_bind_processor(table.c[c].type, dialect)
                                                       for c in columns]))
    return _sqlite_sql[key]


def _row_binder(columns: tuple[str, ...], processors: list) -> Any:
    """row (a mapping) -> the tuple the driver gets, as one function made for the statement,
    like `lambda row: (row["id"], process_2(row["qty"]), ...)`: per row one call instead
    of a loop over the columns (the rows of a receipt are a few hundred)."""
    namespace: dict[str, Any] = {}
    values = []
    for i, (column, process) in enumerate(zip(columns, processors)):
        namespace[f"c{i}"] = column
        if process is None:
            values.append(f"row[c{i}]")
        else:  # every processor takes None (NULL) and gives None
            namespace[f"p{i}"] = process
            values.append(f"p{i}(row[c{i}])")
    return eval(f"lambda row: ({', '.join(values)},)", namespace)  # noqa: S307 (our own text)


def _bind_processor(type_, dialect):
    """The column type's bind processor, made cheaper where that is exact: a receipt binds
    a few hundred values, and SQLAlchemy's date formatting and the quantities' checks were
    a tenth of its time. Same values out as the type's own processor."""
    process = type_._cached_bind_processor(dialect)
    if process is None:
        return None
    if isinstance(type_, Quantity):
        scale = type_.scale

        def quantity(value):
            if type(value) is Decimal:
                scaled = value.scaleb(scale)  # as to_storage: exact thousandths, or its refusal
                if scaled.is_finite():
                    whole = int(scaled)
                    if whole == scaled:
                        return whole
            return process(value)
        return quantity
    if isinstance(type_, (Date, DateTime)):  # a posting repeats a few dates: format each once
        return functools.lru_cache(maxsize=1024, typed=True)(process)
    return process


def _execute_each(conn: Connection, steps) -> None:
    from gudang.services import recording

    for kind, table, columns, rows in steps:
        sql, bind = _sqlite_statement(conn, kind, table, columns)
        params = [bind(row) for row in rows]
        many = len(params) > 1
        count = recording.execute_raw(conn, sql, params if many else params[0], many=many)
        if kind in ("decrease", "update", "update_rows") and count != len(rows):
            what = "balances to take from" if kind == "decrease" else f"{table.name} rows to update"
            raise WriteFailed(f"{len(rows) - count} {what} are missing")


# -- one statement (PostgreSQL) --------------------------------------------------------

_pg_sql: dict[tuple, tuple[str, list]] = {}


def _pg_type(column) -> str:
    from sqlalchemy.dialects import postgresql

    return column.type.compile(dialect=postgresql.dialect())


def _pg_compile(steps) -> tuple[str, list]:
    """The statement for steps of these kinds/tables/columns, and how to bind each step."""
    signature = tuple((kind, table.name, columns) for kind, table, columns, _ in steps)
    if signature in _pg_sql:
        return _pg_sql[signature]
    ctes, counted, binders = [], [], []
    for n, (kind, table, columns, _) in enumerate(steps):
        names = [f"w{n}_{i}" for i in range(len(columns))]
        arrays = ", ".join(f"%({p})s::{_pg_type(table.c[c])}[]" for p, c in zip(names, columns))
        quoted = ", ".join(f'"{c}"' for c in columns)
        if kind == "insert":
            body = f'INSERT INTO "{table.name}" ({quoted}) SELECT * FROM unnest({arrays})'
        elif kind == "sequences":
            body = (f'INSERT INTO "{table.name}" ({quoted}) SELECT * FROM unnest({arrays}) '
                    f'ON CONFLICT (name, year) DO UPDATE SET last = excluded.last')
        elif kind == "increase":
            body = (f'INSERT INTO "{table.name}" ({quoted}) SELECT * FROM unnest({arrays}) '
                    f'ON CONFLICT (lot_id, location_id) DO UPDATE SET qty = "{table.name}".qty + excluded.qty')
        elif kind == "delete":
            body = f'DELETE FROM "{table.name}" WHERE "{columns[0]}" = %({names[0]})s::{_pg_type(table.c[columns[0]])}'
        elif kind in ("update_rows", "update_rows_any"):
            sets = ", ".join(f'"{c}" = d."{c}"' for c in columns[1:])
            body = (f'UPDATE "{table.name}" AS u SET {sets} FROM unnest({arrays}) AS d({quoted}) '
                    f'WHERE u."{columns[0]}" = d."{columns[0]}"')
            if kind == "update_rows":
                body += " RETURNING 1"
                counted.append((n, "update"))
        elif kind == "decrease":
            body = (f'UPDATE "{table.name}" AS b SET qty = b.qty - d.qty FROM unnest({arrays}) '
                    f'AS d(lot_id, location_id, qty) WHERE b.lot_id = d.lot_id AND b.location_id = d.location_id '
                    f'RETURNING 1')
            counted.append((n, "decrease"))
        else:  # update one row by id
            sets = ", ".join(f'"{c}" = %({p})s::{_pg_type(table.c[c])}' for p, c in zip(names, columns))
            body = f'UPDATE "{table.name}" SET {sets} WHERE id = %(w{n}_id)s::integer RETURNING 1'
            counted.append((n, "update"))
        ctes.append(f"w{n} AS ({body})")
        binders.append((kind, names, columns, n))
    tail = ", ".join(f"(SELECT count(*) FROM w{n})" for n, _ in counted) or "1"
    sql = f"WITH {', '.join(ctes)} SELECT {tail}"
    _pg_sql[signature] = (sql, [binders, counted])
    return _pg_sql[signature]


def _bind_value(column):
    """Python value -> what the driver gets, for the columns whose type converts (quantities)."""
    if hasattr(column.type, "process_bind_param"):
        process = column.type.process_bind_param
        return lambda v: process(v, None)
    return None


def _postgresql_statement(steps) -> tuple[str, dict, Any]:
    """The one statement, its parameters, and the check of its result's rows."""
    sql, (binders, counted) = _pg_compile(steps)
    params: dict[str, Any] = {}
    for (kind, table, columns, rows), (_, names, _, n) in zip(steps, binders):
        if kind == "update":
            row = rows[0]
            for p, c in zip(names, columns):
                process = _bind_value(table.c[c])
                params[p] = process(row[c]) if process else row[c]
            params[f"w{n}_id"] = row["id"]
            continue
        if kind == "delete":
            params[names[0]] = rows[0][columns[0]]
            continue
        for p, c in zip(names, columns):
            process = _bind_value(table.c[c])
            values = [row[c] for row in rows]
            params[p] = [process(v) for v in values] if process else values

    def check(result_rows) -> None:
        got = result_rows[0]
        for (n, kind), count in zip(counted, got):
            expected = len(steps[n][3])
            if count != expected:
                what = "balances to take from" if kind == "decrease" else f"{steps[n][1].name} rows to update"
                raise WriteFailed(f"{expected - count} {what} are missing")

    return sql, params, check
