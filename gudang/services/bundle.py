"""Many reads in one statement: a bundle of queries answered as one row of JSON arrays.

    CONTEXT = Bundle(items=select(Item.id, Item.sku).where(Item.sku.in_(bindparam("skus", expanding=True))),
                     partner=select(Partner.id, Partner.kind).where(Partner.code == bindparam("partner")))
    got = CONTEXT.fetch(conn, {"skus": ["A", "B"], "partner": "POSKO-1"})
    got["items"]     # [Row(id=1, sku='A'), ...]: attribute access, decoded to the columns' types

A posting needs a dozen small reads (settings, partner, items, stock, ...) before it
can write. Over a 4G link each statement is a round trip of 20-60 ms (issue 15), so
the posting path asks them all at once: every part is aggregated into a JSON array
(SQLite's json_group_array, PostgreSQL's json_agg), the parts are the columns of one
SELECT, and the answer is decoded here into rows with the columns' Python types
(dates, Decimal quantities, booleans), as the SQLAlchemy types would give them.

A part's rows come in the order its query gives them; the statement is built and
compiled once per dialect. The parts are independent scalar subqueries of one
statement, so on PostgreSQL they see one snapshot.

On SQLite a list parameter (`col IN (bindparam(..., expanding=True))`) travels as one
JSON text read by `json_each`, not as one `?` per element: the statement's text is then
the same whatever the lists' lengths, so SQLite prepares it once per connection (its
statement cache) instead of once per call, which cost more than running it.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from collections import namedtuple
from typing import Any, Callable, Mapping

from sqlalchemy import (
    Boolean, Connection, Date, DateTime, Integer, String, Text, bindparam, func, literal_column, select,
)
from sqlalchemy.sql import Select, operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter
from sqlalchemy.sql.visitors import replacement_traverse
from sqlalchemy.types import TypeDecorator, TypeEngine


def _converter(type_: TypeEngine) -> Callable[[Any], Any] | None:
    """JSON value (not None) -> the Python value the column's SQLAlchemy type would give;
    None when JSON already has it (integers, texts)."""
    from gudang.db.types import Quantity

    if isinstance(type_, Quantity):  # stored thousandths (millionths): exact, as from_storage gives them
        unit = 10 ** type_.scale
        scale = -type_.scale

        def quantity(value: int) -> Decimal:
            whole, rest = divmod(value, unit)
            return Decimal(whole) if not rest else Decimal(value).scaleb(scale).normalize()
        return quantity
    if isinstance(type_, TypeDecorator):
        inner = _converter(type_.impl_instance)
        process = type_.process_result_value
        return (lambda v: process(inner(v), None)) if inner else (lambda v: process(v, None))
    if isinstance(type_, DateTime):
        return dt.datetime.fromisoformat
    if isinstance(type_, Date):
        return dt.date.fromisoformat
    if isinstance(type_, Boolean):
        return bool
    if isinstance(type_, (Integer, String, Text)):
        return None
    return None


class _Part:
    def __init__(self, name: str, query: Select) -> None:
        self.name = name
        self.query = query
        columns = list(query.selected_columns)
        self.row = namedtuple(f"{name}_row", [c.key or f"c{i}" for i, c in enumerate(columns)],  # type: ignore[misc]
                              rename=True)
        self.conversions = [(i, f) for i, f in enumerate(_converter(c.type) for c in columns) if f is not None]
        self.make = self._maker(len(columns))

    def _maker(self, width: int) -> Callable[[list], tuple]:
        """JSON row (a list) -> the part's row, as one function made for the part, like
        `lambda r: new(cls, (r[0], None if (v := r[1]) is None else f1(v), ...))`: one call
        per row instead of a loop over its columns (a posting decodes a few hundred)."""
        if not self.conversions:
            return self.row._make
        namespace: dict[str, Any] = {"new": tuple.__new__, "cls": self.row}
        values = [f"r[{i}]" for i in range(width)]
        for i, convert in self.conversions:
            namespace[f"f{i}"] = convert
            values[i] = f"(None if (v{i} := r[{i}]) is None else f{i}(v{i}))"
        return eval(f"lambda r: new(cls, ({', '.join(values)},))", namespace)  # noqa: S307 (our own text)

    def aggregated(self, dialect: str):
        sub = self.query.subquery(self.name)
        columns = list(sub.c)
        if dialect == "sqlite":
            return select(func.json_group_array(func.json_array(*columns))).scalar_subquery()
        return select(func.coalesce(func.json_agg(func.json_build_array(*columns)),
                                    literal_column("'[]'::json"))).scalar_subquery()

    def decode(self, value) -> list:
        rows = json.loads(value) if isinstance(value, (str, bytes)) else (value or [])
        make = self.make
        return [make(row) for row in rows]


class Bundle:
    """Named queries read together in one statement (see the module's docstring).

    A part is a Select, or a function of the dialect's name returning one (for what
    the two databases do differently, e.g. drawing ids)."""

    def __init__(self, **parts: Select | Callable[[str], Select]) -> None:
        self.definitions = parts
        self._built: dict[str, tuple[Select, list[_Part], frozenset[str]]] = {}
        self._sqlite: tuple[str, list, frozenset[str]] | None = None

    def _build(self, dialect: str) -> tuple[Select, list[_Part], frozenset[str]]:
        if dialect not in self._built:
            parts = [_Part(name, query(dialect) if callable(query) else query)
                     for name, query in self.definitions.items()]
            statement = select(*(part.aggregated(dialect).label(part.name) for part in parts))
            lists: frozenset[str] = frozenset()
            if dialect == "sqlite":
                statement, lists = _json_lists(statement)
            self._built[dialect] = (statement, parts, lists)
        return self._built[dialect]

    def statement(self, dialect: str) -> Select:
        return self._build(dialect)[0]

    def fetch(self, conn: Connection, params: Mapping[str, Any]) -> dict[str, list]:
        if conn.dialect.name == "sqlite":
            row = self._fetch_sqlite(conn, params)
            parts = self._built["sqlite"][1]
        else:
            statement, parts, _ = self._build(conn.dialect.name)
            row = conn.execute(statement, dict(params)).one()
        return {part.name: part.decode(value) for part, value in zip(parts, row)}

    def _fetch_sqlite(self, conn: Connection, params: Mapping[str, Any]):
        """The one row, by driver-level SQL compiled once, on the driver's cursor: SQLAlchemy's
        per-call work (the statement's cache key, its parameters, its result) cost more than
        SQLite's for a posting."""
        if self._sqlite is None:
            statement, _, lists = self._build("sqlite")
            compiled = statement.compile(dialect=conn.dialect)
            binds = []  # per `?`: (the caller's parameter or None, the value written in the query, processor)
            for name in compiled.positiontup:
                bind = compiled.binds[name]
                named = name == bind.key  # not an anonymous value written in the query
                binds.append((bind.key if named else None, compiled.params.get(name),
                              bind.type._cached_bind_processor(conn.dialect)))
            self._sqlite = (compiled.string, binds, lists)
        sql, binds, lists = self._sqlite
        values = []
        for key, fixed, process in binds:
            if key is None:
                value = fixed
            else:
                value = params[key] if key in params or fixed is None else fixed
                if key in lists:
                    value = json.dumps(list(value))
            values.append(process(value) if process is not None and value is not None else value)
        from gudang.services.recording import execute_raw

        return execute_raw(conn, sql, tuple(values), rows=True)[0]


def _json_lists(statement: Select) -> tuple[Select, frozenset[str]]:
    """SQLite: every `x IN (expanding list)` as `x IN (SELECT value FROM json_each(:list))`,
    the list bound as one JSON text (see the module's docstring); the names of those
    parameters. A list given in the query itself becomes a JSON literal parameter."""
    names: set[str] = set()

    def replace(element):
        if not (isinstance(element, BinaryExpression) and isinstance(element.right, BindParameter)
                and element.right.expanding
                and element.operator in (operators.in_op, operators.not_in_op)):
            return None
        right = element.right
        if right.callable is None and right.value is not None:  # a list written in the query
            text = bindparam(None, json.dumps(list(right.value)), type_=String())
        else:
            names.add(right.key)
            text = bindparam(right.key, type_=String())
        values = select(literal_column("value")).select_from(func.json_each(text))
        return element.left.in_(values) if element.operator is operators.in_op else element.left.not_in(values)

    return replacement_traverse(statement, {}, replace), frozenset(names)


def new_ids(table, count=None) -> Callable[[str], Select]:
    """A part giving the ids the next rows of `table` will take (as rows of one column `id`):
    one, or as many as `count` says, the name of a bind parameter or a scalar SQL expression
    (`expand_ids` turns them into a list).

    PostgreSQL draws them from the table's sequence (unique whoever else inserts); SQLite
    has no sequence: the next rowids after the largest, safe because the posting holds
    SQLite's write lock from BEGIN IMMEDIATE (the largest id comes as one row)."""
    from sqlalchemy import Integer, bindparam, literal

    def part(dialect: str) -> Select:
        if dialect == "sqlite":
            return select(func.coalesce(func.max(table.c.id), 0).label("id"))
        sequence = func.nextval(func.pg_get_serial_sequence(literal(table.name), literal("id")))
        query = select(sequence.label("id"))
        if count is not None:
            last = bindparam(count, type_=Integer) if isinstance(count, str) else count
            query = query.select_from(func.generate_series(1, last))
        return query

    return part


def expand_ids(rows: list, count: int, dialect: str) -> list[int]:
    """The `count` ids of a `new_ids` part."""
    if dialect == "sqlite":
        last = rows[0].id
        return list(range(last + 1, last + 1 + count))
    ids = [row.id for row in rows]
    if len(ids) != count:
        raise RuntimeError(f"{len(ids)} ids drawn, {count} needed")
    return ids
