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


def test_the_library_is_looked_for_where_each_system_keeps_it(tmp_path, monkeypatch):
    """Windows (python.org's DLLs folder, PyInstaller's _internal): sqlite3.dll beside
    _sqlite3.pyd, else nothing is tried. Linux: a copy beside lib-dynload or in the prefix's
    lib/ (PyInstaller's _internal, a Python with its own SQLite), else the soname. Not run on
    Windows here: this checks the paths, the loading is checked on Linux above."""
    from types import SimpleNamespace

    from gudang.db import sqlite_memory

    dlls = tmp_path / "DLLs"
    dlls.mkdir()
    module = dlls / "_sqlite3.pyd"
    module.write_bytes(b"")
    monkeypatch.setattr(sqlite_memory.importlib.util, "find_spec", lambda name: SimpleNamespace(origin=str(module)))
    assert sqlite_memory._library_path("win32") is None  # no sqlite3.dll there: left alone
    (dlls / "sqlite3.dll").write_bytes(b"")
    assert sqlite_memory._library_path("win32") == str(dlls / "sqlite3.dll")

    internal = tmp_path / "_internal"
    dynload = internal / "lib-dynload"
    dynload.mkdir(parents=True)
    module = dynload / "_sqlite3.cpython-311-x86_64-linux-gnu.so"
    module.write_bytes(b"")
    monkeypatch.setattr(sqlite_memory.importlib.util, "find_spec", lambda name: SimpleNamespace(origin=str(module)))
    prefixes = (str(tmp_path / "venv"), str(tmp_path / "python"))
    assert sqlite_memory._library_path("linux", prefixes) == "libsqlite3.so.0"  # the system's, by soname
    (tmp_path / "python" / "lib").mkdir(parents=True)
    (tmp_path / "python" / "lib" / "libsqlite3.so.0").write_bytes(b"")  # a Python with its own SQLite
    assert sqlite_memory._library_path("linux", prefixes) == str(tmp_path / "python" / "lib" / "libsqlite3.so.0")
    (internal / "libsqlite3.so.0").write_bytes(b"")  # PyInstaller's copy beside lib-dynload comes first
    assert sqlite_memory._library_path("linux", prefixes) == str(internal / "libsqlite3.so.0")
    assert sqlite_memory._library_path("darwin") is None
