"""Self-check of the throwaway PostgreSQL server used by the test suite."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

# Imported by absolute name, as tests/conftest.py does, so both share one server.
from tests.support.pgserver import (  # noqa: F401
    NOT_FOUND_REASON,
    PostgresServer,
    find_bindir,
    postgres_server,
    postgres_server_or_skip_reason,
    postgres_url,
)

pytestmark = pytest.mark.postgres


def _select_1(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("select 1")).scalar_one()
    finally:
        engine.dispose()


def test_server_answers_and_creates_databases(postgres_server: PostgresServer) -> None:
    assert postgres_server.running
    assert _select_1(postgres_server.url) == 1
    first = postgres_server.create_database("selfcheck_one")
    second = postgres_server.create_database()
    assert first.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    assert first.endswith("/selfcheck_one")
    assert first != second
    for url in (first, second):
        engine = sa.create_engine(url)
        try:
            with engine.begin() as conn:
                assert conn.execute(sa.text("select current_database()")).scalar_one() == url.rsplit("/", 1)[1]
                conn.execute(sa.text("create table t (x int)"))
                conn.execute(sa.text("insert into t values (42)"))
            with engine.connect() as conn:
                assert conn.execute(sa.text("select x from t")).scalar_one() == 42
                assert conn.execute(sa.text("show fsync")).scalar_one() == "off"
                assert conn.execute(sa.text("show max_connections")).scalar_one() == "50"
        finally:
            engine.dispose()
    postgres_server.drop_database("selfcheck_one")
    postgres_server.drop_database(second.rsplit("/", 1)[1])


def test_unix_socket_works(postgres_server: PostgresServer) -> None:
    import psycopg

    with psycopg.connect(
        host=str(postgres_server.socket_dir), port=postgres_server.port, user="postgres", dbname="postgres"
    ) as conn:
        assert conn.execute("select 1").fetchone() == (1,)


def test_postgres_url_is_a_fresh_empty_database(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        tables = conn.execute(
            sa.text("select count(*) from information_schema.tables where table_schema = 'public'")
        ).scalar_one()
        assert tables == 0
    # A connection left open must not stop the fixture from dropping the database.
    _LEAKED.append(engine.connect())


_LEAKED: list[object] = []


def test_same_server_for_the_session(postgres_server: PostgresServer) -> None:
    server, reason = postgres_server_or_skip_reason()
    assert reason is None and server is postgres_server


def test_missing_binaries_skip_locally_but_fail_in_ci(tmp_path: Path) -> None:
    env = dict(os.environ, PATH=str(tmp_path), GUDANG_PG_BINDIR=str(tmp_path))
    code = textwrap.dedent(
        """
        import glob, sys
        import tests.support.pgserver as pg
        glob.glob = lambda pattern: []          # hide /usr/lib/postgresql/*/bin
        pg.shutil.which = lambda name: None     # and anything on PATH
        try:
            server, reason = pg.postgres_server_or_skip_reason()
        except pg.PostgresNotFound as e:
            print("ERROR", e)
        else:
            print("SKIP", reason)
        """
    )
    root = Path(__file__).resolve().parents[2]
    local = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env={**env, "CI": ""}, capture_output=True, text=True
    )
    assert local.stdout.strip() == f"SKIP {NOT_FOUND_REASON}", local.stderr
    ci = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env={**env, "CI": "true"}, capture_output=True, text=True
    )
    assert ci.stdout.startswith("ERROR PostgreSQL server binaries not found"), ci.stderr


@pytest.mark.skipif(find_bindir() is None, reason=NOT_FOUND_REASON)
def test_server_dies_with_a_killed_test_process(tmp_path: Path) -> None:
    """SIGKILL of the process that started a server leaves no postgres behind."""
    code = textwrap.dedent(
        """
        import sys, time
        from tests.support.pgserver import PostgresServer
        server = PostgresServer().start()
        print(server.base, server.port, flush=True)
        time.sleep(600)
        """
    )
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen([sys.executable, "-c", code], cwd=root, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        base, port = child.stdout.readline().split()
        pid = int((Path(base) / "data" / "postmaster.pid").read_text().split()[0])
        os.kill(pid, 0)  # running
    finally:
        child.kill()
        child.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (Path(base).exists() or _alive(pid)):
        time.sleep(0.2)
    assert not _alive(pid), "postgres outlived the killed test process"
    assert not Path(base).exists(), "temporary cluster folder left behind"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie is dead for our purpose
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True
