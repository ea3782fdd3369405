"""Backups of the SQLite database file: online copies, rotation, checks, restore.

Only the standard library's sqlite3 is used, so this works before SQLAlchemy or
the migrations are loaded (for example to save a copy before migrating).

Copies are made with SQLite's online backup API: it reads one consistent
snapshot even while another connection writes (WAL mode), and includes what is
still in the -wal file. A copy is written to a temporary file in the target
folder and renamed into place, so a half-written backup never has a backup's
name. Backup files are self-contained (rollback journal mode, no -wal file).

Layout: `<db_dir>/backups/<dbstem>-<YYYYmmdd-HHMMSS>-<reason>.sqlite3`, where
reason is the rotation category ("migration", "daily", "manual", ...); each
category keeps its own newest `keep` files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from gudang.db.files import create_private, make_private, private_dir
from gudang.domain.errors import DatabaseProblem

log = logging.getLogger(__name__)

BACKUP_DIR_NAME = "backups"
REASONS = ("migration", "daily", "manual")
GUDANG_TABLES = frozenset({"alembic_version", "stock_move", "balance"})
SQLITE_HEADER = b"SQLite format 3\x00"
_TIMESTAMP = "%Y%m%d-%H%M%S"
_REASON_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_PREFIX_RE = re.compile(r"^\*\*\* in database \w+ \*\*\*\n")
_NAME_RE = re.compile(
    r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{6})-(?P<reason>[a-z][a-z0-9_]*)(?:-(?P<n>\d+))?\.sqlite3$"
)

# Message ids (English); Indonesian in gudang/locale/id_backup.py.
MSG_NOT_GUDANG = "{path} is not a Gudang database"
MSG_INTEGRITY = "{path} fails the integrity check: {problem}"
MSG_BACKUP_MISSING = "Backup file {path} does not exist"
MSG_RESTORE_ONTO_ITSELF = "Cannot restore {path} onto itself"
MSG_KEEP_COPY_FAILED = "Could not save a copy of {path} before restoring: {problem}"
MSG_RESTORED_BAD = "The restored database {path} fails the check: {problem}"
MSG_DATABASE_MISSING = "Database file {path} does not exist"
MSG_UNKNOWN_REVISION = "{path} is at migration revision {revision}, which this version of Gudang does not know ({known})"
MSG_NO_REVISION = "{path} has no migration revision: it is not a Gudang database"
MSG_SCHEMA_DIFFERS = "{path} does not have the schema of revision {revision}: {difference}"
MSG_ANCHOR_BROKEN = "{path} does not contain the audit entry #{id} it was anchored at: its audit log was cut or rewritten"


# --------------------------------------------------------------------------- anchors in copies


@dataclass(frozen=True)
class Anchor:
    """An audit chain head (see gudang.services.anchor): entry id and hash."""

    audit_id: int
    hash: str


def anchor_file(db_path: str | os.PathLike[str]) -> Path:
    db = Path(db_path)
    return db.with_name(db.name + ".anchor")


def read_head(path: str | os.PathLike[str]) -> Anchor | None:
    """The newest audit entry of an SQLite database file (read-only)."""
    try:
        conn = _connect_ro(Path(path))
        try:
            row = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return Anchor(row[0], row[1]) if row else None


def live_anchor(db_path: str | os.PathLike[str]) -> Anchor | None:
    """The anchor kept beside the database, else the database's own chain head."""
    import json

    try:
        value = json.loads(anchor_file(db_path).read_bytes())
        return Anchor(int(value["audit_id"]), str(value["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return read_head(db_path)


def stamp_anchor(copy_path: str | os.PathLike[str], anchor: Anchor) -> bool:
    """Write `anchor` into the copy's chain_anchor table (a copy from before that table: no)."""
    conn = sqlite3.connect(copy_path)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chain_anchor'").fetchone():
            return False
        with conn:
            conn.execute("DELETE FROM chain_anchor")
            conn.execute("INSERT INTO chain_anchor (audit_id, hash, taken_at) VALUES (?, ?, ?)",
                         (anchor.audit_id, anchor.hash, datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")))
        return True
    finally:
        conn.close()


# --------------------------------------------------------------------------- copy


def _connect_ro(path: Path) -> sqlite3.Connection:
    """Open an existing file read-only, never creating it."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _connect_rw(path: Path) -> sqlite3.Connection:
    """Open an existing file read-write, never creating it."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True)


def _fsync_file(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def online_backup(src_path: str | os.PathLike[str], dest_path: str | os.PathLike[str], *,
                  exclusive: bool = False, stamp: "Anchor | None" = None) -> Path:
    """Copy the SQLite database `src_path` to `dest_path` with the backup API.

    Safe while other connections have the source open and write to it (WAL
    mode): the copy is one consistent snapshot including the -wal content.
    `dest_path` is replaced atomically (with `exclusive`, an existing file is
    refused with FileExistsError instead); the copy is readable by its owner
    only. With `stamp`, that chain anchor is written into the copy
    (`chain_anchor`); returns the copy's path.
    """
    src = Path(src_path)
    dest = Path(dest_path)
    if not src.is_file():
        raise FileNotFoundError(f"database file not found: {src}")
    private_dir(dest.parent)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    _remove_sidecars(tmp)
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        create_private(tmp)  # SQLite keeps the mode of an existing (empty) file: 0600
        source = _connect_rw(src) if os.access(src, os.W_OK) else _connect_ro(src)
        try:
            target = sqlite3.connect(tmp)
            try:
                # One step (pages=-1): a single read transaction, so a writer on
                # another connection cannot make the copy restart or tear.
                source.backup(target, pages=-1)
                target.execute("PRAGMA journal_mode=DELETE")
                target.commit()
            finally:
                target.close()
        finally:
            source.close()
        if stamp is not None:
            stamp_anchor(tmp, stamp)
        _fsync_file(tmp)
        if exclusive:
            os.link(tmp, dest)  # fails if `dest` exists: never overwrites
            tmp.unlink()
        else:
            _remove_sidecars(dest)
            os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        _remove_sidecars(tmp)
        raise
    return dest


# --------------------------------------------------------------------------- checks


def _sqlite_header_problem(path: Path) -> str | None:
    """Return why `path` cannot be an SQLite database, or None if it may be."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        return "file does not exist"
    except OSError as e:
        return f"cannot read the file: {e.strerror or e}"
    if len(header) == 0:
        return "file is empty"
    if not header.startswith(SQLITE_HEADER):
        return "not an SQLite database"
    if len(header) < 100:
        return "file is truncated (incomplete SQLite header)"
    return None


def _run_check(path: str | os.PathLike[str], pragma: str) -> list[str]:
    p = Path(path)
    problem = _sqlite_header_problem(p)
    if problem:
        return [problem]
    try:
        conn = _connect_ro(p)
    except sqlite3.Error as e:
        return [f"cannot open the database: {e}"]
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.Error as e:
        return [str(e)]
    finally:
        conn.close()
    problems = [_PREFIX_RE.sub("", str(row[0])) for row in rows]
    if problems == ["ok"]:
        return []
    return problems or ["the check returned nothing"]


def quick_check(path: str | os.PathLike[str]) -> list[str]:
    """`PRAGMA quick_check`: the problems found, empty if the file is fine.

    A missing file, or a file that is not SQLite at all, is reported as a
    problem, never raised.
    """
    return _run_check(path, "quick_check")


def integrity_check(path: str | os.PathLike[str]) -> list[str]:
    """`PRAGMA integrity_check` (slower and more thorough than quick_check)."""
    return _run_check(path, "integrity_check")


def _table_names(path: Path) -> set[str] | None:
    if _sqlite_header_problem(path):
        return None
    try:
        conn = _connect_ro(path)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return {row[0] for row in rows}


def is_gudang_database(path: str | os.PathLike[str]) -> bool:
    """True if `path` is an SQLite file with Gudang's core tables."""
    names = _table_names(Path(path))
    return names is not None and GUDANG_TABLES <= names


# --------------------------------------------------------------------------- rotation


@dataclass(frozen=True, order=True)
class BackupFile:
    taken_at: datetime
    n: int
    reason: str
    path: Path


def backup_dir(db_path: str | os.PathLike[str]) -> Path:
    return Path(db_path).parent / BACKUP_DIR_NAME


def list_backups(db_path: str | os.PathLike[str], reason: str | None = None) -> list[BackupFile]:
    """Backups of `db_path` (optionally of one reason), oldest first."""
    stem = Path(db_path).stem
    folder = backup_dir(db_path)
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        m = _NAME_RE.match(entry.name)
        if not m or m["stem"] != stem or not entry.is_file():
            continue
        if reason is not None and m["reason"] != reason:
            continue
        try:
            taken_at = datetime.strptime(m["ts"], _TIMESTAMP)
        except ValueError:
            continue
        found.append(BackupFile(taken_at, int(m["n"] or 0), m["reason"], entry))
    found.sort()
    return found


def backup_anchors(db_path: str | os.PathLike[str]) -> list[tuple[Path, Anchor, datetime]]:
    """The chain anchor stamped into each backup of `db_path` in its backup folder, with the
    (UTC) time it was stamped, oldest first. Copies without one, or that cannot be read, are left
    out (a damaged copy is `gudang restore`'s business, not verify's)."""
    found = []
    for backup in list_backups(db_path):
        try:
            conn = _connect_ro(backup.path)
            try:
                row = conn.execute("SELECT audit_id, hash, taken_at FROM chain_anchor ORDER BY id DESC LIMIT 1"
                                   ).fetchone()
            finally:
                conn.close()
            if row is not None:
                found.append((backup.path, Anchor(int(row[0]), str(row[1])), datetime.fromisoformat(str(row[2]))))
        except (sqlite3.Error, ValueError, TypeError):
            continue
    return found


def rotating_backup(
    db_path: str | os.PathLike[str],
    reason: str,
    keep: int = 10,
    *,
    now: datetime | None = None,
) -> Path:
    """Back up `db_path` into its backups folder and prune that reason's oldest.

    Each reason ("migration", "daily", "manual", ...) keeps its newest `keep`
    files; other reasons are not touched. If the new copy itself fails the
    quick check (the database is damaged), nothing is pruned, so older good
    backups survive. Returns the new backup's path.
    """
    if not _REASON_RE.match(reason):
        raise ValueError(f"backup reason must be a lowercase word, not {reason!r}")
    if keep < 1:
        raise ValueError("keep must be at least 1")
    db = Path(db_path)
    if not db.is_file():
        raise DatabaseProblem(MSG_DATABASE_MISSING, path=db)
    folder = backup_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime(_TIMESTAMP)
    dest = folder / f"{db.stem}-{stamp}-{reason}.sqlite3"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{db.stem}-{stamp}-{reason}-{n}.sqlite3"
    online_backup(db, dest, stamp=live_anchor(db))

    problems = quick_check(dest)
    if problems:
        log.warning("backup %s fails the quick check (%s); keeping older backups", dest, problems[0])
        return dest
    existing = list_backups(db, reason)
    for old in existing[: max(0, len(existing) - keep)]:
        if old.path == dest:
            continue
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
    return dest


def daily_backup_if_due(
    db_path: str | os.PathLike[str], keep: int = 10, *, now: datetime | None = None
) -> Path | None:
    """Make today's "daily" backup unless one exists; returns it or None.

    Returns None too when the database file does not exist (nothing to save).
    """
    db = Path(db_path)
    if not db.is_file():
        return None
    now = now or datetime.now()
    today = now.date()
    if any(b.taken_at.date() == today for b in list_backups(db, "daily")):
        return None
    return rotating_backup(db, "daily", keep, now=now)


def newest_good_backup(db_path: str | os.PathLike[str]) -> Path | None:
    """The newest backup (any reason) that `restore` would accept, or None."""
    for backup in reversed(list_backups(db_path)):
        try:
            check_restorable(backup.path)
        except DatabaseProblem:
            continue
        return backup.path
    return None


# --------------------------------------------------------------------------- restore


def check_restorable(backup_file: str | os.PathLike[str]) -> str:
    """Raise DatabaseProblem unless `backup_file` is a sound Gudang database whose schema is
    exactly the one of the migration revision it claims; returns that revision.

    Checked: SQLite header and integrity; a revision this version knows; every
    table, column, index, trigger and view as that revision has them (a dropped
    or an added trigger, a missing table, an extra column are named); and, if the
    copy carries the anchor it was made at, that entry is still in its chain.
    """
    from gudang.db.schema import differences, known_revisions, revision_of, sqlite_reference, sqlite_schema

    path = Path(backup_file)
    if not path.is_file():
        raise DatabaseProblem(MSG_BACKUP_MISSING, path=path)
    if _sqlite_header_problem(path):
        raise DatabaseProblem(MSG_NOT_GUDANG, path=path)
    problems = integrity_check(path)
    if problems:
        raise DatabaseProblem(MSG_INTEGRITY, path=path, problem=problems[0])
    conn = _connect_ro(path)
    try:
        revision = revision_of(conn)
        if revision is None:
            raise DatabaseProblem(MSG_NO_REVISION if _table_names(path) else MSG_NOT_GUDANG, path=path)
        reference = sqlite_reference(revision)
        if reference is None:
            known = known_revisions()
            raise DatabaseProblem(MSG_UNKNOWN_REVISION, path=path, revision=revision,
                                  known=f"{known[0]}..{known[-1]}" if known else "-")
        found = differences(reference, sqlite_schema(conn))
        if found:
            more = f" (+{len(found) - 3})" if len(found) > 3 else ""
            raise DatabaseProblem(MSG_SCHEMA_DIFFERS, path=path, revision=revision,
                                  difference="; ".join(found[:3]) + more)
        if "chain_anchor" in reference["tables"]:
            for audit_id, digest in conn.execute("SELECT audit_id, hash FROM chain_anchor").fetchall():
                row = conn.execute("SELECT hash FROM audit_entry WHERE id = ?", (audit_id,)).fetchone()
                if row is None or row[0] != digest:
                    raise DatabaseProblem(MSG_ANCHOR_BROKEN, path=path, id=audit_id)
    except sqlite3.Error as error:
        raise DatabaseProblem(MSG_INTEGRITY, path=path, problem=error) from None
    finally:
        conn.close()
    return revision


def _keep_copy(db: Path, now: datetime) -> Path:
    base = f"{db.stem}.before-restore-{now.strftime(_TIMESTAMP)}"
    copy = db.with_name(f"{base}.sqlite3")
    n = 1
    while copy.exists():
        n += 1
        copy = db.with_name(f"{base}-{n}.sqlite3")
    try:
        online_backup(db, copy)
    except sqlite3.Error:
        # The database may be the damaged one being replaced: keep its raw
        # bytes, with its -wal so SQLite can still replay what was committed.
        shutil.copy2(db, copy)
        make_private(copy)
        wal = Path(f"{db}-wal")
        if wal.is_file():
            shutil.copy2(wal, Path(f"{copy}-wal"))
            make_private(Path(f"{copy}-wal"))
    if anchor_file(db).is_file():
        shutil.copy2(anchor_file(db), anchor_file(copy))
        make_private(anchor_file(copy))
    return copy


def restore(
    backup_file: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    *,
    now: datetime | None = None,
) -> Path | None:
    """Replace the database `db_path` by `backup_file`.

    Refuses (DatabaseProblem) a file that `check_restorable` refuses. The
    database being replaced (and its anchor) is first saved as
    `<dbstem>.before-restore-<timestamp>.sqlite3` beside it; returns that
    copy's path (None if there was no database to replace). Stale -wal/-shm
    files of the target are removed. Every connection to `db_path` must be
    closed before calling this.
    """
    src = Path(backup_file)
    db = Path(db_path)
    check_restorable(src)
    if db.exists() and src.resolve() == db.resolve():
        raise DatabaseProblem(MSG_RESTORE_ONTO_ITSELF, path=src)

    now = now or datetime.now()
    kept: Path | None = None
    if db.exists():
        try:
            kept = _keep_copy(db, now)
        except (OSError, sqlite3.Error) as e:
            raise DatabaseProblem(MSG_KEEP_COPY_FAILED, path=db, problem=e) from e

    db.parent.mkdir(parents=True, exist_ok=True)
    tmp = db.with_name(f".{db.name}.restore.tmp")
    online_backup(src, tmp)
    # A stale -wal next to the new file could be replayed onto it: remove it
    # (its content, if any, is in the kept copy).
    _remove_sidecars(db)
    os.replace(tmp, db)
    _fsync_dir(db.parent)

    problems = quick_check(db)
    if problems:
        raise DatabaseProblem(MSG_RESTORED_BAD, path=db, problem=problems[0])
    # The anchor beside the database now follows the restored chain.
    head = read_head(db)
    if head is None:
        with contextlib.suppress(FileNotFoundError):
            anchor_file(db).unlink()
    else:
        import json

        from gudang.db.files import write_private

        write_private(anchor_file(db), (json.dumps({"audit_id": head.audit_id, "hash": head.hash,
                                                    "database": str(db)}) + "\n").encode("utf-8"))
    return kept
