"""SQLite's memory statistics are off in Gudang's processes (gudang.db.sqlite_memory).

With them on, every allocation of every SQLite connection takes one process-wide mutex,
and `verify`'s five readers on two cores spent a quarter of their CPU waking each other
(issue 15). Each test runs a fresh Python, as the `gudang` command and the app start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith(("linux", "win")), reason="Linux and Windows only")


def python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_the_gudang_command_starts_sqlite_without_memory_statistics():
    run = python("import gudang.cli, sys\n"
                 "from gudang.db.sqlite_memory import memory_statistics_off\n"
                 "print(memory_statistics_off())")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True"]


def test_sqlite_loaded_before_gudang_is_left_as_it_is_and_still_works(tmp_path):
    """A process that loaded sqlite3 first (a script of someone's) keeps SQLite as it was:
    SQLite would refuse the setting then, so nothing is tried, and Gudang works as before."""
    db = tmp_path / "g.sqlite3"
    run = python("import sqlite3, sys\n"
                 "from gudang.db.sqlite_memory import memory_statistics_off, turn_off_memory_statistics\n"
                 "from gudang.db.engine import Database\n"
                 "from gudang.services import setup\n"
                 "from gudang.services.verify import verify\n"
                 f"db = Database('sqlite:///{db.as_posix()}')\n"
                 "setup.initialize(db, 'admin', 'rahasia-admin-1')\n"
                 "print(turn_off_memory_statistics(), memory_statistics_off(), verify(db).ok)")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["False", "False", "True"]


def test_a_python_without_sqlite_of_its_own_path_is_not_an_error(monkeypatch):
    """No library where it is looked for: SQLite is left as it is, nothing raises."""
    from gudang.db import sqlite_memory

    monkeypatch.setattr(sqlite_memory, "_state", {"off": None, "library": None})
    monkeypatch.setattr(sqlite_memory, "_library_path", lambda: str(ROOT / "no-such-libsqlite3.so.0"))
    monkeypatch.delitem(sys.modules, "_sqlite3", raising=False)
    assert sqlite_memory.turn_off_memory_statistics() is False
    assert sqlite_memory.memory_statistics_off() is False
