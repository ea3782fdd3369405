"""Hints to SQLite's query planner that work on both databases.

Gudang's SQLite files carry no planner statistics (no ANALYZE), so SQLite picks an index
by the shape of a query alone: two equalities on `ix_document_type_state` (type, state)
look more selective to it than a recipient's, a donor's or a lot's own rows, though
every posted issue of the ledger matches them. A query that must reach documents through
another index says so with `not_by_index`.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement


def not_by_index(column) -> ColumnElement:
    """`column || ''`: the same text, which no index serves (SQLite's documented way of
    keeping the planner off an index; PostgreSQL plans by its statistics either way)."""
    return column.concat("")
