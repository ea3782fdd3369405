"""Files only their owner may read (mode 0600 on POSIX): databases, backups,
anchors and logs hold password hashes and the whole ledger.

SQLite creates the -wal, -shm and -journal files with the mode of the database
file, so a database created 0600 keeps its companions private too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

PRIVATE = 0o600
PRIVATE_DIR = 0o700


def make_private(path: str | os.PathLike[str]) -> None:
    """chmod 0600 (a no-op where the OS has no such modes)."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, PRIVATE)


def create_private(path: str | os.PathLike[str]) -> bool:
    """Create an empty file readable by its owner only, unless it exists. True if created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically (temporary file, then rename), mode 0600."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def open_private_append(path: str | os.PathLike[str]):
    """A text handle appending to `path`, created 0600 (an existing file is made 0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE)
    make_private(path)
    return os.fdopen(fd, "a", encoding="utf-8")


def private_dir(path: str | os.PathLike[str]) -> Path:
    """mkdir -p, new folders 0700."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    return path


LOW_SPACE = 2 * 1024 * 1024  # below this, an I/O error of SQLite is taken for a full disk


def free_bytes(path: str | os.PathLike[str]) -> int | None:
    """Free space on the disk holding `path` (or its nearest existing parent); None if unknown."""
    probe = Path(path)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def free_mb(path: str | os.PathLike[str]) -> int:
    return (free_bytes(path) or 0) // (1024 * 1024)


def disk_is_full(path: str | os.PathLike[str]) -> bool:
    free = free_bytes(path)
    return free is not None and free < LOW_SPACE


def is_disk_full(error: BaseException, path: str | os.PathLike[str] | None = None) -> bool:
    """A full disk, from the OS (ENOSPC, EDQUOT) or from SQLite/PostgreSQL. With `path`
    (the database's folder), an SQLite I/O error on a disk with no space left counts too:
    SQLite reports a shared-memory file it cannot create as "disk I/O error"."""
    if path is not None and "disk i/o error" in str(error).lower() and disk_is_full(path):
        return True
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return True
        text = str(error).lower()
        if "database or disk is full" in text or "no space left on device" in text:
            return True
        if getattr(error, "sqlite_errorcode", None) == 13:  # SQLITE_FULL
            return True
        if getattr(error, "sqlstate", None) == "53100":  # PostgreSQL disk_full
            return True
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return False
