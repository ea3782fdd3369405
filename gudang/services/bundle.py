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
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from collections import namedtuple
from typing import Any, Callable, Mapping

from sqlalchemy import Boolean, Connection, Date, DateTime, Integer, String, Text, func, literal_column, select
from sqlalchemy.sql import Select
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

    def aggregated(self, dialect: str):
        sub = self.query.subquery(self.name)
        columns = list(sub.c)
        if dialect == "sqlite":
            return select(func.json_group_array(func.json_array(*columns))).scalar_subquery()
        return select(func.coalesce(func.json_agg(func.json_build_array(*columns)),
                                    literal_column("'[]'::json"))).scalar_subquery()

    def decode(self, value) -> list:
        rows = json.loads(value) if isinstance(value, (str, bytes)) else (value or [])
        make = self.row._make
        conversions = self.conversions
        if conversions:
            for row in rows:
                for i, convert in conversions:
                    if row[i] is not None:
                        row[i] = convert(row[i])
        return [make(row) for row in rows]


class Bundle:
    """Named queries read together in one statement (see the module's docstring).

    A part is a Select, or a function of the dialect's name returning one (for what
    the two databases do differently, e.g. drawing ids)."""

    def __init__(self, **parts: Select | Callable[[str], Select]) -> None:
        self.definitions = parts
        self._built: dict[str, tuple[Select, list[_Part]]] = {}

    def _build(self, dialect: str) -> tuple[Select, list[_Part]]:
        if dialect not in self._built:
            parts = [_Part(name, query(dialect) if callable(query) else query)
                     for name, query in self.definitions.items()]
            statement = select(*(part.aggregated(dialect).label(part.name) for part in parts))
            self._built[dialect] = (statement, parts)
        return self._built[dialect]

    def statement(self, dialect: str) -> Select:
        return self._build(dialect)[0]

    def fetch(self, conn: Connection, params: Mapping[str, Any]) -> dict[str, list]:
        statement, parts = self._build(conn.dialect.name)
        row = conn.execute(statement, dict(params)).one()
        return {part.name: part.decode(value) for part, value in zip(parts, row)}


def new_ids(table, count: str | None = None) -> Callable[[str], Select]:
    """A part giving the ids the next rows of `table` will take (as rows of one column `id`):
    one, or as many as the bind parameter `count` says (`expand_ids` turns them into a list).

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
            query = query.select_from(func.generate_series(1, bindparam(count, type_=Integer)))
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
