"""A real, throwaway PostgreSQL server for the test session.

The server runs from the installed PostgreSQL binaries (Debian: package
`postgresql`, binaries in /usr/lib/postgresql/<version>/bin) in a temporary
folder, listens on 127.0.0.1 on a free port and on a unix socket in that
folder, with trust authentication and durability switched off for speed.

Use it through the pytest fixtures, by importing them into tests/conftest.py:

    from tests.support.pgserver import postgres_server, postgres_url  # noqa: F401

or by loading this module as a plugin there, which also marks every test using
them with the `postgres` marker (so `-m "not postgres"` leaves them out):

    pytest_plugins = ["tests.support.pgserver"]

* `postgres_server` (session scope): the running `PostgresServer`; tests that
  use it are skipped when PostgreSQL is not installed, except when the
  environment variable CI is set, where that is an error.
* `postgres_url` (function scope): SQLAlchemy URL of a fresh, empty database,
  dropped after the test.
* `postgres_module_url` (module scope): the same, shared by one test module.

The server is stopped at the end of the session (fixture finalizer and
atexit). If the test process dies without cleaning up (SIGKILL, a CI
timeout), a small watchdog process notices that its pipe from the test
process closed, stops the server and removes the folder, so no postgres
process is left behind.

initdb and postgres refuse to run as root; as root they are run as the
`postgres` system user (created if missing) through runuser (or setpriv).
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

INSTALL_HINT = "install the Debian package 'postgresql' (apt-get install postgresql)"
NOT_FOUND_REASON = f"PostgreSQL server binaries not found: {INSTALL_HINT}"
SUPERUSER = "postgres"
DEFAULT_DBNAME = "gudang_test"
_BINARIES = ("initdb", "pg_ctl", "postgres")
_DBNAME_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "50",
    # Files in the data folder rather than /dev/shm, which is tiny in some containers.
    "dynamic_shared_memory_type": "mmap",
    "log_min_messages": "warning",
    "log_line_prefix": "'%m [%p] %d '",
    "timezone": "'UTC'",
}


class PostgresNotFound(RuntimeError):
    """The PostgreSQL server binaries are not installed."""


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


# --------------------------------------------------------------------------- binaries


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", path)) or (0,)


def _has_server_binaries(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) and (bindir / name).is_file() for name in _BINARIES)


def find_bindir() -> Path | None:
    """Folder holding initdb, pg_ctl and postgres, or None.

    Looks at $GUDANG_PG_BINDIR, `pg_config --bindir`, /usr/lib/postgresql/*/bin
    (newest first), other usual places, then PATH.
    """
    candidates: list[Path] = []
    if os.environ.get("GUDANG_PG_BINDIR"):
        candidates.append(Path(os.environ["GUDANG_PG_BINDIR"]))
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
            if out:
                candidates.append(Path(out))
    for pattern in ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql@*/bin"):
        candidates.extend(Path(p) for p in sorted(glob.glob(pattern), key=_version_key, reverse=True))
    candidates.append(Path("/usr/local/pgsql/bin"))
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for candidate in candidates:
        if _has_server_binaries(candidate):
            return candidate
    return None


# --------------------------------------------------------------------------- helpers


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ensure_system_user(name: str) -> tuple[int, int]:
    import pwd

    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(name)
    return entry.pw_uid, entry.pw_gid


def _as_user_prefix(user: str) -> list[str]:
    if shutil.which("runuser"):
        return ["runuser", "-u", user, "--"]
    if shutil.which("setpriv"):
        return ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", "--"]
    raise RuntimeError("running PostgreSQL as root needs runuser or setpriv (Debian package util-linux)")


_WATCHDOG = r"""
import json, os, shutil, signal, subprocess, sys
for s in (signal.SIGINT, signal.SIGHUP):
    signal.signal(s, signal.SIG_IGN)
cfg = json.loads(sys.argv[1])
try:
    sys.stdin.buffer.read()  # returns when the test process closes the pipe or dies
except BaseException:
    pass
try:
    if os.path.exists(cfg["pidfile"]):
        subprocess.run(cfg["stop"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=60, cwd=cfg["base"])
finally:
    shutil.rmtree(cfg["base"], ignore_errors=True)
"""


# --------------------------------------------------------------------------- server


class PostgresServer:
    """A PostgreSQL cluster in a temporary folder, alive between start() and stop()."""

    def __init__(self, bindir: str | os.PathLike[str] | None = None, dbname: str = DEFAULT_DBNAME) -> None:
        self.bindir = Path(bindir) if bindir else None
        self.dbname = dbname
        self.host = "127.0.0.1"
        self.port: int | None = None
        self.base: Path | None = None
        self.startup_seconds: float | None = None
        self._prefix: list[str] = []
        self._watchdog: subprocess.Popen[bytes] | None = None
        self._admin = None
        self._lock = threading.RLock()
        self._owner_pid = os.getpid()
        self._running = False
        self._env = dict(os.environ, LC_ALL="C", LANG="C", TZ="UTC")
        self._env.pop("PGDATA", None)

    # paths -----------------------------------------------------------------

    @property
    def datadir(self) -> Path:
        assert self.base is not None
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        assert self.base is not None
        return self.base

    @property
    def logfile(self) -> Path:
        assert self.base is not None
        return self.base / "postgres.log"

    @property
    def running(self) -> bool:
        return self._running

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the database created at start."""
        return self.url_for(self.dbname)

    def url_for(self, dbname: str) -> str:
        if self.port is None:
            raise RuntimeError("PostgreSQL server not started")
        return f"postgresql+psycopg://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    # start / stop ----------------------------------------------------------

    def _run(self, args: list[str], *, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._prefix + args,
            cwd=self.base,
            env=self._env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def _log_tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def start(self) -> PostgresServer:
        with self._lock:
            if self._running:
                return self
            started = time.monotonic()
            if self.bindir is None:
                self.bindir = find_bindir()
            if self.bindir is None or not _has_server_binaries(self.bindir):
                raise PostgresNotFound(NOT_FOUND_REASON)
            try:
                self._start()
            except BaseException:
                self.stop()
                raise
            self.startup_seconds = time.monotonic() - started
            return self

    def _start(self) -> None:
        assert self.bindir is not None
        root = _is_root()
        # As root the folder must be reachable by the postgres user (so not
        # under /root), and the unix socket path must stay short (< 108 bytes).
        tmp_parent = "/tmp" if (root or len(tempfile.gettempdir()) > 60) and os.path.isdir("/tmp") else None
        self.base = Path(tempfile.mkdtemp(prefix="gudang-pg-", dir=tmp_parent))
        if root:
            uid, gid = _ensure_system_user(SUPERUSER)
            os.chown(self.base, uid, gid)
            self._prefix = _as_user_prefix(SUPERUSER)
        os.chmod(self.base, 0o700)
        atexit.register(self.stop)
        self._start_watchdog()

        initdb = self._run(
            [
                str(self.bindir / "initdb"),
                "--pgdata", str(self.datadir),
                "--username", SUPERUSER,
                "--auth", "trust",
                "--encoding", "UTF8",
                "--locale", "C",
                "--no-sync",
            ]
        )  # fmt: skip
        if initdb.returncode != 0:
            raise RuntimeError(f"initdb failed ({initdb.returncode}):\n{initdb.stdout}\n{initdb.stderr}")
        settings = dict(SETTINGS, unix_socket_directories=f"'{self.socket_dir}'")
        with open(self.datadir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n# gudang test server\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

        for attempt in range(5):
            port = _free_port()
            result = self._run(
                [
                    str(self.bindir / "pg_ctl"),
                    "--pgdata", str(self.datadir),
                    "--log", str(self.logfile),
                    "--options", f"-p {port}",
                    "--wait", "--timeout", "60",
                    "start",
                ],
                timeout=90,
            )  # fmt: skip
            if result.returncode == 0:
                self.port = port
                self._running = True
                break
            log = self._log_tail()
            if "already in use" in log and attempt < 4:  # port taken meanwhile: try another
                with contextlib.suppress(OSError):
                    self.logfile.write_text("")
                continue
            raise RuntimeError(
                f"PostgreSQL did not start ({result.returncode}):\n{result.stdout}\n{result.stderr}\n"
                f"--- {self.logfile}\n{log}"
            )
        self.create_database(self.dbname)

    def _stop_args(self, mode: str) -> list[str]:
        assert self.bindir is not None
        return [
            str(self.bindir / "pg_ctl"), "--pgdata", str(self.datadir),
            "--mode", mode, "--wait", "--timeout", "30", "stop",
        ]  # fmt: skip

    def _start_watchdog(self) -> None:
        config = {
            "base": str(self.base),
            "pidfile": str(self.datadir / "postmaster.pid"),
            "stop": self._prefix + self._stop_args("immediate"),
        }
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, json.dumps(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd="/",
            env=self._env,  # inherited, not on the command line where `ps` shows it
            start_new_session=True,  # not hit by the terminal's Ctrl-C
        )

    def stop(self) -> None:
        """Stop the server and remove its folder. Safe to call more than once."""
        if os.getpid() != self._owner_pid:  # a forked child must not stop our server
            return
        with self._lock:
            if self._admin is not None:
                with contextlib.suppress(Exception):
                    self._admin.close()
                self._admin = None
            if self.base is not None and (self.datadir / "postmaster.pid").exists():
                for mode in ("fast", "immediate"):
                    with contextlib.suppress(subprocess.SubprocessError, OSError):
                        if self._run(self._stop_args(mode), timeout=60).returncode == 0:
                            break
            self._running = False
            if self._watchdog is not None:
                with contextlib.suppress(OSError):
                    assert self._watchdog.stdin is not None
                    self._watchdog.stdin.close()
                try:
                    self._watchdog.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    self._watchdog.kill()
                    self._watchdog.wait()
                self._watchdog = None
            if self.base is not None:
                shutil.rmtree(self.base, ignore_errors=True)
            with contextlib.suppress(Exception):
                atexit.unregister(self.stop)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # databases -------------------------------------------------------------

    def _admin_connection(self):  # noqa: ANN202 - psycopg is imported lazily
        import psycopg

        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(
                host=self.host, port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
            )
        return self._admin

    def execute_admin(self, sql: str) -> None:
        """Run one statement as superuser in the `postgres` database (autocommit)."""
        if not self._running:
            raise RuntimeError("PostgreSQL server not running")
        with self._lock:
            self._admin_connection().execute(sql)

    def _server_version(self) -> int:
        with self._lock:
            return self._admin_connection().info.server_version

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        name = name or f"db_{uuid.uuid4().hex[:16]}"
        if not _DBNAME_RE.match(name):
            raise ValueError(f"unsafe database name {name!r}")
        # FILE_COPY (PostgreSQL 15+) is faster than the default for a tiny template.
        with self._lock:
            strategy = " STRATEGY = FILE_COPY" if self._server_version() >= 150000 else ""
            self.execute_admin(f'CREATE DATABASE "{name}"{strategy}')
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, disconnecting whoever is still connected to it."""
        if not _DBNAME_RE.match(name):
            raise ValueError(f"unsafe database name {name!r}")
        self.execute_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --------------------------------------------------------------------------- session server

_session_server: PostgresServer | None = None
_session_lock = threading.Lock()


def postgres_server_or_skip_reason() -> tuple[PostgresServer | None, str | None]:
    """The session's running server, or (None, why tests needing it are skipped).

    Missing binaries give a skip reason, except when CI is set: then they
    raise, so CI never passes by skipping. A server that is installed but fails
    to start always raises.
    """
    global _session_server
    with _session_lock:
        if _session_server is not None and _session_server.running:
            return _session_server, None
        bindir = find_bindir()
        if bindir is None:
            if in_ci():
                raise PostgresNotFound(f"{NOT_FOUND_REASON} (CI is set, so this is an error, not a skip)")
            return None, NOT_FOUND_REASON
        server = PostgresServer(bindir)
        server.start()
        _session_server = server
        return server, None


def stop_session_server() -> None:
    global _session_server
    with _session_lock:
        if _session_server is not None:
            _session_server.stop()
            _session_server = None


def _database_name(label: str) -> str:
    slug = re.sub(r"[^a-z0-9_]+", "_", label.lower()).strip("_")[:40]
    return f"t_{slug}_{uuid.uuid4().hex[:8]}"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server (skips if not installed, unless CI is set)."""
    server, reason = postgres_server_or_skip_reason()
    if server is None:
        pytest.skip(reason or NOT_FOUND_REASON)
    try:
        yield server
    finally:
        stop_session_server()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """SQLAlchemy URL of a fresh, empty database for one test, dropped afterwards."""
    name = _database_name(request.node.name)
    url = postgres_server.create_database(name)
    yield url
    if postgres_server.running:
        postgres_server.drop_database(name)


@pytest.fixture(scope="module")
def postgres_module_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """SQLAlchemy URL of a fresh, empty database shared by one test module."""
    name = _database_name(request.module.__name__.rsplit(".", 1)[-1])
    url = postgres_server.create_database(name)
    yield url
    if postgres_server.running:
        postgres_server.drop_database(name)


# --------------------------------------------------------------------------- plugin hook

_PG_FIXTURES = frozenset({"postgres_server", "postgres_url", "postgres_module_url"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests that use the server `postgres` (so `-m "not postgres"` skips them).

    Active only when this module is loaded as a plugin, e.g. with
    `pytest_plugins = ["tests.support.pgserver"]` in tests/conftest.py.
    """
    for item in items:
        if _PG_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)
