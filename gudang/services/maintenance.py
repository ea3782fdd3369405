"""Backup and restore as user actions: checked against the role, audited only when done.

A backup copy carries the chain anchor it was made at (gudang.db.backup.stamp_anchor).
The audit entry of a backup is written after the copy succeeded, so a failed
backup leaves no trace; the copy therefore does not contain the record of its
own making, the live database does.

Restore replaces the SQLite file by a copy whose schema is exactly that of a
known migration revision (gudang.db.backup.check_restorable), keeps what it
replaces beside it, brings the copy up to date and writes "database.restore"
into it. Only an administrator may restore.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gudang.db import backup
from gudang.db.engine import Database
from gudang.db.files import free_mb, is_disk_full
from gudang.domain.errors import AlreadyExists, DatabaseProblem, DiskFull
from gudang.domain.roles import require
from gudang.i18n import N_
from gudang.services.uow import Actor, UnitOfWork


def _companions(db_path: Path) -> set[Path]:
    base = db_path.resolve()
    return {base} | {base.with_name(base.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".anchor")}


def _disk_full(error: BaseException, folder: Path) -> DiskFull | None:
    if is_disk_full(error, folder):
        return DiskFull(N_("disk full: {free} MB free, nothing was written"), free=free_mb(folder))
    return None


def backup_now(db: Database, actor: Actor, out: str | Path | None = None) -> Path:
    """Copy the SQLite database to `out` (a new file; never overwritten), else a rotating
    'manual' backup beside it. Audited once the copy is written."""
    require(actor.role, "backup")
    if db.path is None:
        raise DatabaseProblem(N_("back up a PostgreSQL database on the server with pg_dump (see the README)"))
    target = Path(out) if out is not None else None
    if target is not None:
        target = target.expanduser().absolute()
        if target.resolve() in _companions(db.path):
            raise AlreadyExists(N_("{path} is the database itself (or part of it): choose a new file for the backup"),
                                path=target)
        if target.exists() or target.is_symlink():
            raise AlreadyExists(N_("{path} already exists: a backup never overwrites a file, choose a new name"),
                                path=target)
    folder = (target or db.path).parent
    try:
        if target is not None:
            path = backup.online_backup(db.path, target, exclusive=True, stamp=backup.live_anchor(db.path))
        else:
            path = backup.rotating_backup(db.path, "manual")
    except FileExistsError:
        raise AlreadyExists(N_("{path} already exists: a backup never overwrites a file, choose a new name"),
                            path=target) from None
    except Exception as error:
        full = _disk_full(error, folder)
        if full is not None:
            raise full from error
        if isinstance(error, OSError):
            raise DatabaseProblem(N_("cannot write the backup {path}: {problem}"), path=target or folder,
                                  problem=error.strerror or error) from error
        raise
    with UnitOfWork(db, actor, "backup") as uow:
        uow.audit("database.backup", str(path))
        uow.commit()
    return path


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    previous: Path | None
    revision: str
    migrated: bool


def restore_database(db_path: str | Path, backup_file: str | Path, actor: Actor) -> RestoreResult:
    """Replace the SQLite database at `db_path` by `backup_file` (admin only, audited).

    `actor` must have been authenticated (against the live database, or against
    the backup when the live one cannot be read). Every connection to the
    database must be closed."""
    require(actor.role, "users.manage")
    db_path, source = Path(db_path), Path(backup_file)
    revision = backup.check_restorable(source)
    try:
        kept = backup.restore(source, db_path)
    except OSError as error:
        full = _disk_full(error, db_path.parent)
        if full is not None:
            raise full from error
        raise
    from gudang.db.migrate import HEAD, migrate

    db = Database(f"sqlite:///{db_path}")
    try:
        migrated = migrate(db) if revision != HEAD else False
        with UnitOfWork(db, actor) as uow:
            uow.audit("database.restore", source.name[:120],
                      f"revision {revision}; previous database kept as {kept.name if kept else '-'}")
            uow.commit()
    finally:
        db.dispose()
    return RestoreResult(db_path, kept, revision, migrated)


def credentials_in_file(path: str | Path, name: str, password: str) -> Actor:
    """Check a login against the users of an SQLite file without changing it (for a restore
    when the live database cannot be used). Same message for any failure."""
    import sqlite3

    from gudang.domain.errors import AuthenticationFailed
    from gudang.services.users import MSG_WRONG, password_matches

    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT password_hash, role, active, full_name FROM app_user WHERE name = ?",
                               (name,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        row = None
    right = password_matches(row[0] if row else None, password or "")
    if not right or not row[2]:
        raise AuthenticationFailed(MSG_WRONG)
    return Actor(name, row[1], row[3])

