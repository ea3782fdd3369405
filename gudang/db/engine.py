"""Opening a database: URL resolution, SQLite pragmas, write transactions.

SQLite runs in WAL mode with foreign keys on and a busy timeout; every write
transaction starts with `BEGIN IMMEDIATE`, so two writers never deadlock on
a lock upgrade and a posting sees a stable database. On PostgreSQL, posting
transactions take one transaction-level advisory lock (see `lock_for_posting`):
postings take milliseconds, so serialising them costs nothing noticeable and
rules out double allocation and duplicate numbers across workstations.

A workstation may reach PostgreSQL over a slow link (a VPN on 4G: 20-60 ms a
round trip), so nothing here costs a round trip it need not (issue 15):
`BEGIN` and the posting lock travel together in one message; reads run without
BEGIN/ROLLBACK (each statement sees what was committed when it starts, exactly
as in a READ COMMITTED transaction); and a pooled connection is checked on
checkout by looking at its socket instead of a `SELECT 1` (see `_alive`).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from gudang.domain.errors import DatabaseProblem
from gudang.i18n import N_
from gudang.paths import ENV_DB, default_database_path, settings_path

POSTING_LOCK_KEY = 0x6775_6461  # "guda": one advisory lock for all postings
BUSY_TIMEOUT_MS = 30_000


def read_settings_file(path: Path | None = None) -> dict:
    """The workstation's settings file: `{"database": URL, "database_password": ...}`.

    It may hold the PostgreSQL password, so it must be readable by its owner only
    (mode 0600 on POSIX); a file others can read is refused, as ssh does."""
    import json

    path = path or settings_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise DatabaseProblem(N_("cannot read the settings file {path}: {problem}"), path=path,
                              problem=error.strerror) from None
    try:
        values = json.loads(data)
    except ValueError:
        raise DatabaseProblem(N_("the settings file {path} is not valid JSON"), path=path) from None
    if not isinstance(values, dict):
        raise DatabaseProblem(N_("the settings file {path} is not valid JSON"), path=path)
    if values.get("database_password") and os.name == "posix" and path.stat().st_mode & 0o077:
        raise DatabaseProblem(N_("the settings file {path} holds a password but others may read it: "
                                 "run `chmod 600 {path}`"), path=path)
    return values


def _refuse_password(url: URL, value: str, source: str, typed: bool = False) -> None:
    if url.password is not None and typed:
        raise DatabaseProblem(N_("{source} must not contain the database password (this workstation's settings "
                                 "would keep it where other programs can read it): put it in PGPASSWORD, a "
                                 "~/.pgpass or pg_service.conf file, or the settings file {settings}"),
                              source=source, settings=settings_path())
    if url.password is not None:
        raise DatabaseProblem(N_("{source} must not contain the database password (it would show in the process "
                                 "list and the shell history): put it in PGPASSWORD, a ~/.pgpass or "
                                 "pg_service.conf file, or the settings file {settings}"),
                              source=source, settings=settings_path())


def resolve_url(db: str | None = None, *, typed_in: str | None = None) -> URL:
    """--db (URL or path) else $GUDANG_DB else the settings file else the file in the user data folder.

    A PostgreSQL password is never taken from --db or $GUDANG_DB (nor from `db` typed into the
    app, `typed_in` naming where); it comes from PGPASSWORD, a libpq pgpass or service file, or
    the settings file."""
    settings = {}
    if db:
        value, source = db, typed_in or "--db"
    elif os.environ.get(ENV_DB):
        value, source = os.environ[ENV_DB], ENV_DB
    else:
        settings = read_settings_file()
        value = settings.get("database") or str(default_database_path())
        source = str(settings_path())
    if "://" in value:
        try:
            url = make_url(value)
        except ArgumentError:
            raise DatabaseProblem(N_("{url} is not a valid database URL"), url=_hide(value)) from None
        if source != str(settings_path()):
            _refuse_password(url, value, source, typed=typed_in is not None)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        if not (url.drivername.startswith("sqlite") or url.drivername.startswith("postgresql")):
            raise DatabaseProblem(N_("unsupported database {url}: use SQLite or PostgreSQL"), url=_hide(value))
        if url.drivername.startswith("postgresql") and url.password is None and not os.environ.get("PGPASSWORD"):
            password = _settings_password(url, settings if source == str(settings_path()) else None)
            if password:
                url = url.set(password=password)
        return url
    return URL.create("sqlite+pysqlite", database=str(Path(value).expanduser().absolute()))


def _settings_password(url: URL, settings: dict | None) -> str | None:
    """The settings file's password for `url`: given when the URL came from the settings file, or
    when it names the same server, port, database and user as the settings file's database (one
    chosen with --db, $GUDANG_DB or on the app's settings page), never sent to another server."""
    if settings is None:
        settings = read_settings_file()
        try:
            own = make_url(str(settings.get("database") or ""))
        except ArgumentError:
            return None
        if not own.drivername.startswith("postgresql") or \
                (own.host, own.port, own.database, own.username) != (url.host, url.port, url.database, url.username):
            return None
    password = settings.get("database_password")
    return str(password) if password else None


def _hide(value: str) -> str:
    try:
        return make_url(value).render_as_string(hide_password=True)
    except ArgumentError:
        return value.split("@")[-1]


class Database:
    """An opened database: the engine plus what the services need to know of it."""

    def __init__(self, url: URL | str, *, echo: bool = False) -> None:
        self.url = make_url(url) if isinstance(url, str) else url
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            path = self.url.database
            if path and path != ":memory:":
                from gudang.db.files import create_private, make_private, private_dir

                private_dir(Path(path).parent)
                if not create_private(path) and os.name == "posix":
                    info = os.stat(path)
                    if info.st_mode & 0o077 and info.st_uid == os.getuid():
                        make_private(path)  # made by an older version: owner only
            self.engine = create_engine(self.url, echo=echo)
            _configure_sqlite(self.engine)
        else:
            # Gudang sends BEGIN itself (see _configure_postgresql): the driver stays in autocommit.
            self.engine = create_engine(self.url, echo=echo, isolation_level="AUTOCOMMIT")
            _configure_postgresql(self.engine)

    @property
    def path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @contextmanager
    def connect(self, *, write: bool) -> Iterator[Connection]:
        """A connection inside one transaction; commit is the caller's job."""
        with self.engine.connect() as conn:
            conn.info["gudang_write"] = write
            with conn.begin() as trans:
                try:
                    yield conn
                finally:
                    if trans.is_active:
                        trans.rollback()

    def lock_for_posting(self, conn: Connection) -> None:
        """Serialise postings across workstations (SQLite already holds its write lock; on
        PostgreSQL a write transaction took the lock with its BEGIN)."""
        if not self.is_sqlite and not conn.info.get("gudang_locked"):
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": POSTING_LOCK_KEY})

    def dispose(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        # We issue BEGIN ourselves; pysqlite's implicit transactions would defer locks.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("gudang_write", True) else "BEGIN")


# One message, one round trip: the transaction and the posting lock (simple-query protocol).
_BEGIN_AND_LOCK = f"BEGIN; SELECT pg_advisory_xact_lock({POSTING_LOCK_KEY})"


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        write = conn.info.get("gudang_write")
        conn.info["gudang_locked"] = bool(write)
        if write:
            conn.exec_driver_sql(_BEGIN_AND_LOCK)
        elif write is None:
            conn.exec_driver_sql("BEGIN")  # a connection that did not say: a plain transaction
        # A read (gudang_write False) sends no BEGIN: in autocommit every statement is its own
        # READ COMMITTED transaction, which is what it would see inside one anyway.

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_connection, _record, _proxy) -> None:  # noqa: ANN001
        if not _alive(dbapi_connection):
            from sqlalchemy.exc import DisconnectionError

            raise DisconnectionError("the database server closed the connection")  # the pool reconnects


def _alive(dbapi_connection) -> bool:  # noqa: ANN001
    """Whether an idle pooled connection is still open, without a round trip.

    An idle connection has nothing to read: if its socket is readable, the server
    closed it (restart, idle timeout, administrator) or sent a last error, which
    libpq reads here. A link that died silently looks alive, as it would to a
    `SELECT 1` until the TCP timeout."""
    import select

    from psycopg import pq

    try:
        pgconn = dbapi_connection.pgconn
        if dbapi_connection.closed or pgconn.status != pq.ConnStatus.OK:
            return False
        readable, _, _ = select.select([pgconn.socket], [], [], 0)
        if readable:
            pgconn.consume_input()  # raises when the server hung up
            if pgconn.status != pq.ConnStatus.OK or pgconn.transaction_status != pq.TransactionStatus.IDLE:
                return False
            result = pgconn.get_result() if not pgconn.is_busy() else None
            if result is not None:  # an unsolicited error (FATAL: terminating connection ...)
                return False
    except Exception:  # noqa: BLE001 - any doubt: a new connection
        return False
    return True
