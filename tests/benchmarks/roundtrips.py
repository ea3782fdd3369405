"""Counting what an action sends to the database: statements and round trips.

    counter = StatementCounter(db.engine)
    with counter.measure() as n:
        receipts.post_receipt(db, actor, receipt)
    n.statements, n.round_trips, n.log

How it counts (the same on SQLite and PostgreSQL):

- every `cursor.execute` / `cursor.executemany` SQLAlchemy makes is one statement
  (SQLAlchemy's `before_cursor_execute` event, which fires once per executemany
  and once per batch of a multi-row INSERT ... VALUES); a statement gudang
  sends to the driver itself (the digests' reads, `exec_driver_sql`) passes
  through the same event, except what goes to the driver's own cursor: the
  digests' reads (`gudang.db.digests.Reader.fetch`), and the reads and pipelines
  of gudang.services.recording, counted by wrapping those functions;
- a pipeline of N statements (psycopg's pipeline mode: sent together, answered
  together) is N statements and one round trip; a COMMIT in it adds no trip;
- BEGIN: on SQLite gudang sends `BEGIN [IMMEDIATE]` itself (it shows as a
  statement and is booked as "begin"); on PostgreSQL psycopg sends `BEGIN` just
  before the first statement of a transaction, as its own round trip, unless
  gudang sends it itself together with the posting lock (then that statement
  is booked as "begin");
- COMMIT and ROLLBACK of a transaction that sent anything: one round trip each;
- a pool pre-ping (`SELECT 1` on checkout): one round trip.

`statements` counts the statements proper (not BEGIN, COMMIT, ROLLBACK, ping);
`round_trips` counts everything, i.e. how many times the client waits for the
server. On SQLite nothing travels over a network; the same count says how
many times gudang goes through SQLAlchemy and the driver.

`compiled` (SQLite) counts the statements SQLite compiled while they ran. A
connection keeps every statement it prepared, so an action done before on the
same connection should compile none; but SQLite compiles a statement again at
every run when a bound parameter could change its plan (the pattern of `LIKE ?`
or `GLOB ?`), and for a posting's one read that cost more than running it. It
is seen through the connection's authorizer, which SQLite asks only while it
compiles (sqlite3_set_authorizer); setting one expires the statements prepared
before, so the counter watches a connection from its first checkout on. The
COMMIT that Python's sqlite3 prepares anew at every commit is not counted.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine


@dataclass
class Count:
    log: list[tuple[str, str]] = field(default_factory=list)  # (kind, first words of the SQL)
    compiled_at: set[int] = field(default_factory=set)  # positions in `log` that SQLite compiled

    @property
    def compiled(self) -> int:
        return len(self.compiled_at)

    @property
    def statements(self) -> int:
        return sum(1 for kind, _ in self.log if kind in ("statement", "pipelined"))

    @property
    def round_trips(self) -> int:
        return sum(1 for kind, _ in self.log if not kind.startswith("pipelined"))

    def kinds(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for kind, _ in self.log:
            out[kind] = out.get(kind, 0) + 1
        return out

    def __str__(self) -> str:
        return "\n".join(f"{kind:9} {sql}" + (" [compiled]" if n in self.compiled_at else "")
                         for n, (kind, sql) in enumerate(self.log))


def _words(sql: str, n: int = 12) -> str:
    return " ".join(sql.split()[:n])


class StatementCounter:
    """Listens on an engine; `measure()` collects what happens inside its block."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.current: Count | None = None
        self.sqlite = engine.dialect.name == "sqlite"
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)
        event.listen(engine, "rollback", self._rollback)
        original_ping = engine.dialect.do_ping

        def do_ping(dbapi_connection):
            self._book("ping", "SELECT 1 (pool pre-ping)")
            return original_ping(dbapi_connection)

        engine.dialect.do_ping = do_ping
        if self.sqlite:
            event.listen(engine, "checkout", self._watch_compiles)
        self._wrapped = []
        self._wrap_raw_reads()

    def _wrap_raw_reads(self) -> None:
        """Count what gudang sends on the driver's own cursor (no SQLAlchemy event sees it)."""
        import importlib

        def wrap(owner, name: str, book) -> None:
            original = getattr(owner, name)

            def wrapper(*args, **kwargs):
                book(*args)
                return original(*args, **kwargs)

            setattr(owner, name, wrapper)
            self._wrapped.append((owner, name, original))

        try:
            digests = importlib.import_module("gudang.db.digests")
            wrap(digests.Reader, "fetch", lambda reader, sql, *_: self._raw(reader.conn, sql))
        except (ImportError, AttributeError):
            pass
        try:
            recording = importlib.import_module("gudang.services.recording")
        except ImportError:
            return
        wrap(recording, "fetch_raw", lambda conn, sql, *_: self._raw(conn, sql))
        if hasattr(recording, "execute_raw"):  # writes on SQLite's own cursor
            wrap(recording, "execute_raw", lambda conn, sql, params, *_: self._raw(
                conn, ("executemany: " if isinstance(params, list) else "") + sql))

        def book_pipeline(conn, statements, *_):
            if conn.engine is self.engine:
                for n, (sql, _params) in enumerate(statements):
                    if sql.lstrip().upper().startswith("COMMIT"):  # travels with the statements before it
                        self._book("pipelined_commit" if n else "commit", "COMMIT (in the pipeline)")
                    else:
                        self._book("statement" if n == 0 else "pipelined", ("pipeline: " if n == 0 else "") + _words(sql))

        wrap(recording, "pipeline", book_pipeline)

    def _raw(self, conn, sql: str) -> None:
        if conn.engine is self.engine:
            self._book("statement", "driver: " + _words(sql))

    def close(self) -> None:
        for owner, name, original in reversed(self._wrapped):
            setattr(owner, name, original)
        self._wrapped.clear()
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "commit", self._commit)
        event.remove(self.engine, "rollback", self._rollback)
        if self.sqlite:
            event.remove(self.engine, "checkout", self._watch_compiles)
        with contextlib.suppress(AttributeError):
            del self.engine.dialect.do_ping

    @contextlib.contextmanager
    def measure(self) -> Iterator[Count]:
        count = Count()
        previous, self.current = self.current, count
        try:
            yield count
        finally:
            self.current = previous

    def _book(self, kind: str, sql: str) -> None:
        if self.current is not None:
            self.current.log.append((kind, sql))

    def _watch_compiles(self, dbapi_connection, record, _proxy) -> None:
        if record.info.get("compile_counter") is not self:
            record.info["compile_counter"] = self
            dbapi_connection.set_authorizer(self._authorize)

    def _authorize(self, action: int, *_) -> int:
        """SQLite's authorizer: called only while a statement compiles (many times for one
        statement); books the statement being run as compiled."""
        if action != sqlite3.SQLITE_TRANSACTION and self.current is not None and self.current.log:
            self.current.compiled_at.add(len(self.current.log) - 1)
        return sqlite3.SQLITE_OK

    # -- events -----------------------------------------------------------------
    # Whether a BEGIN, COMMIT or ROLLBACK travels is read from the driver's own state.
    @staticmethod
    def _driver(conn):
        return conn.connection.dbapi_connection

    def _statement(self, conn, cursor, statement, parameters, context, executemany) -> None:
        upper = statement.lstrip()[:16].upper()
        if upper.startswith("BEGIN"):
            self._book("begin", _words(statement))
            return
        if not self.sqlite:
            driver = self._driver(conn)
            if not driver.autocommit and driver.info.transaction_status == 0:  # IDLE
                self._book("begin", "BEGIN (sent by psycopg)")
        self._book("statement", ("executemany: " if executemany else "") + _words(statement))

    def _end(self, conn, kind: str) -> None:
        driver = self._driver(conn)
        if self.sqlite:
            open_ = driver.in_transaction
        else:
            open_ = driver.info.transaction_status != 0  # not IDLE: the driver sends it
        if open_:
            self._book(kind, kind.upper())

    def _commit(self, conn) -> None:
        self._end(conn, "commit")

    def _rollback(self, conn) -> None:
        self._end(conn, "rollback")
