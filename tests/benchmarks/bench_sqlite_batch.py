"""One statement per table against one statement per posting, on SQLite (issue 15).

    python tests/benchmarks/bench_sqlite_batch.py [--receipts 500] [--lines 40]

On PostgreSQL a posting writes every table in one statement (data-modifying CTEs over
arrays) because each statement is a round trip. SQLite has no data-modifying CTEs; the
only way to write several tables in one statement is an INSTEAD OF trigger on a view
that unpacks the rows from one JSON value (json_each, json_extract), or one executemany
into a view whose INSTEAD OF triggers (one per table, chosen by a `step` column) put each
row where it belongs, bound natively, without JSON. This measures what those cost
against what the posting path does now, one executemany per table, for the rows of a
40-line receipt in Gudang's own tables (lots, lines, moves, balances), each receipt in
its own transaction (rolled back, so every run writes the same rows).

Prints one JSON line: microseconds per receipt (median) each way, and their ratios.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TABLES = ("lot", "document_line", "stock_move", "balance")


def _schema(conn: sqlite3.Connection) -> dict[str, list[str]]:
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateTable

    from gudang.db.models import Base

    columns = {}
    for name in TABLES:
        table = Base.metadata.tables[name]
        conn.execute(str(CreateTable(table).compile(dialect=sqlite.dialect())))
        columns[name] = [c.name for c in table.columns]
    return columns


def _value(table: str, column: str, n: int):
    """A plausible stored value (as the bind processors give it) that passes the CHECKs."""
    from sqlalchemy import Date, DateTime, Integer

    from gudang.db.models import Base
    from gudang.db.types import Quantity

    fixed = {("stock_move", "from_location_id"): 1, ("stock_move", "to_location_id"): 2,
             ("lot", "status"): "available", ("balance", "location_id"): 2}
    if (table, column) in fixed:
        return fixed[(table, column)]
    kind = Base.metadata.tables[table].c[column].type
    if isinstance(kind, Quantity):
        return 100_000 + n
    if isinstance(kind, DateTime):
        return "2026-11-03 10:00:00.000000"
    if isinstance(kind, Date):
        return "2027-03-15"
    if isinstance(kind, Integer):
        return n
    return f"{column}-{n:04d} Beras medium"[:20]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--receipts", type=int, default=500)
    parser.add_argument("--lines", type=int, default=40)
    args = parser.parse_args(argv)

    conn = sqlite3.connect(":memory:", isolation_level=None)
    columns = _schema(conn)
    rows = {table: [tuple(_value(table, c, n + 1) for c in columns[table]) for n in range(args.lines)]
            for table in TABLES}
    inserts = {table: f'INSERT INTO "{table}" ({", ".join(columns[table])}) '
                      f'VALUES ({", ".join("?" * len(columns[table]))})' for table in TABLES}
    unpack = " ".join(
        f'INSERT INTO "{table}" ({", ".join(columns[table])}) SELECT '
        + ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(columns[table])))
        + f" FROM json_each(NEW.payload, '$.{table}');" for table in TABLES)
    conn.execute("CREATE VIEW posting_batch (payload) AS SELECT NULL WHERE 0")
    conn.execute(f"CREATE TRIGGER posting_batch_insert INSTEAD OF INSERT ON posting_batch BEGIN {unpack} END")

    width = max(len(names) for names in columns.values())
    generic = [f"c{i}" for i in range(width)]
    conn.execute(f"CREATE VIEW posting_row (step, {', '.join(generic)}) AS "
                 f"SELECT {', '.join(['NULL'] * (width + 1))} WHERE 0")
    for table in TABLES:
        conn.execute(f"CREATE TRIGGER posting_row_{table} INSTEAD OF INSERT ON posting_row WHEN NEW.step = '{table}' "
                     f'BEGIN INSERT INTO "{table}" ({", ".join(columns[table])}) '
                     f'VALUES ({", ".join(f"NEW.c{i}" for i in range(len(columns[table])))}); END')
    dispatched_sql = f"INSERT INTO posting_row (step, {', '.join(generic)}) VALUES ({', '.join('?' * (width + 1))})"
    dispatched_rows = [(table, *row, *([None] * (width - len(row)))) for table in TABLES for row in rows[table]]

    def per_table() -> int:
        for table in TABLES:
            conn.executemany(inserts[table], rows[table])
        return len(TABLES)

    def one_statement() -> int:
        conn.execute("INSERT INTO posting_batch (payload) VALUES (?)", (json.dumps(rows),))
        return 1

    def one_executemany() -> int:
        conn.executemany(dispatched_sql, dispatched_rows)
        return 1

    def stored() -> dict:
        """Every stored value with its SQLite type, per table."""
        return {table: conn.execute(
            f'SELECT {", ".join(f"{c}, typeof({c})" for c in columns[table])} FROM "{table}" ORDER BY rowid'
        ).fetchall() for table in TABLES}

    written = []
    ways = (("executemany_per_table", per_table), ("one_statement_json_trigger", one_statement),
            ("one_executemany_view_triggers", one_executemany))
    for _, write in ways:  # every way stores the same values, of the same types
        conn.execute("BEGIN")
        write()
        written.append(stored())
        conn.execute("ROLLBACK")
    if any(other != written[0] for other in written[1:]):
        print(json.dumps({"error": "the ways stored different rows"}))
        return 1

    out: dict = {"lines": args.lines, "receipts": args.receipts, "sqlite": sqlite3.sqlite_version}
    for name, write in ways * 2:
        times = []
        for _ in range(args.receipts):
            conn.execute("BEGIN")
            started = time.perf_counter()
            statements = write()
            times.append(time.perf_counter() - started)
            conn.execute("ROLLBACK")
        out[name] = {"statements": statements, "us_per_receipt": round(statistics.median(times) * 1e6, 1)}
    out["ratio"] = round(out["one_statement_json_trigger"]["us_per_receipt"]
                         / out["executemany_per_table"]["us_per_receipt"], 2)
    out["ratio_view_triggers"] = round(out["one_executemany_view_triggers"]["us_per_receipt"]
                                       / out["executemany_per_table"]["us_per_receipt"], 2)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
