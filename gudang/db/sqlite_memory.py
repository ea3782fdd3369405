"""SQLite's memory statistics turned off before Python's sqlite3 module starts SQLite.

By default SQLite counts every allocation in process-wide statistics kept behind one
mutex, which every connection of every thread takes at each malloc and free. Gudang's
readers run side by side (`verify` reads on five connections at once, the app's
background reads beside the window's), and on two cores that mutex made the threads
sleep and wake tens of thousands of times a second: `verify` at S=10 spent a quarter
of its CPU there (issue 15). SQLite itself recommends building without the statistics
(SQLITE_DEFAULT_MEMSTATUS=0); Python's sqlite3 module offers no way to say so, so this
module says it through ctypes, with `sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0)`, which
SQLite accepts only before it is initialized, i.e. before the sqlite3 module is imported.
Gudang does not use the statistics (nor a soft heap limit, which needs them).

Safe by construction: nothing is done once the sqlite3 module is loaded (SQLite would
refuse anyway), and the library configured is the very file the sqlite3 module will
load (the same loaded library is then shared). Any failure leaves SQLite as it was.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys

SQLITE_CONFIG_MEMSTATUS = 9  # sqlite3.h
SQLITE_OK = 0

_state: dict = {"off": None, "library": None}


def _library_path(platform: str = sys.platform, prefixes: tuple[str, ...] = (sys.prefix, sys.base_prefix)
                  ) -> str | None:
    """The SQLite library the `_sqlite3` extension module will load, without loading it."""
    spec = importlib.util.find_spec("_sqlite3")
    if spec is None or not spec.origin:
        return None
    if platform == "win32":  # python.org (DLLs\) and PyInstaller put sqlite3.dll beside _sqlite3.pyd
        path = os.path.join(os.path.dirname(spec.origin), "sqlite3.dll")
        return path if os.path.isfile(path) else None
    if platform.startswith("linux"):
        # A copy of its own beside Python's lib-dynload (PyInstaller's _internal, a prefix's
        # lib/ found through _sqlite3's runpath), else the one the dynamic linker finds by
        # soname; once loaded, _sqlite3's own lookup of that soname gets this very library.
        here = os.path.dirname(spec.origin)
        for folder in (here, os.path.dirname(here), *(os.path.join(prefix, "lib") for prefix in prefixes)):
            path = os.path.join(folder, "libsqlite3.so.0")
            if os.path.isfile(path):
                return path
        return "libsqlite3.so.0"
    return None  # other systems: their calling convention for `...` is not checked here


def turn_off_memory_statistics() -> bool:
    """Turn SQLite's memory statistics off if SQLite is not started yet; True if they are off
    now by this call (or an earlier one)."""
    if _state["off"] is not None:
        return bool(_state["off"])
    off = False
    if "_sqlite3" not in sys.modules:
        try:
            path = _library_path()
            if path is not None:
                library = ctypes.CDLL(path)
                library.sqlite3_config.restype = ctypes.c_int
                off = library.sqlite3_config(ctypes.c_int(SQLITE_CONFIG_MEMSTATUS), ctypes.c_int(0)) == SQLITE_OK
                _state["library"] = library
        except (OSError, AttributeError, ImportError, ValueError):
            off = False
    _state["off"] = off
    return off


def memory_statistics_off() -> bool:
    """Whether the SQLite the sqlite3 module uses keeps no memory statistics (for the
    app's self-test and the tests): a connection works on a table while the library
    configured above counts no memory, and on Linux it is the only SQLite loaded."""
    import sqlite3

    library = _state["library"]
    if not _state["off"] or library is None:
        return False
    library.sqlite3_memory_used.restype = ctypes.c_int64
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 100,)] * 100)
        counted = library.sqlite3_memory_used()
    finally:
        conn.close()
    if sys.platform.startswith("linux"):
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            loaded = {line.split(None, 5)[-1].strip() for line in maps if "libsqlite3" in line}
        if len(loaded) != 1:
            return False
    return counted == 0
