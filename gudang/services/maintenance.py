"""Backups as a user action: checked against the role and written to the audit log."""

from __future__ import annotations

from pathlib import Path

from gudang.db import backup
from gudang.db.engine import Database
from gudang.domain.errors import DatabaseProblem
from gudang.i18n import N_
from gudang.services.uow import Actor, UnitOfWork


def backup_now(db: Database, actor: Actor, out: str | Path | None = None) -> Path:
    """Copy the SQLite database (to `out`, else a rotating 'manual' backup beside it).

    The audit entry is written first, in its own unit of work, so the copy
    contains the record of its own making.
    """
    if db.path is None:
        raise DatabaseProblem(N_("back up a PostgreSQL database on the server with pg_dump (see the README)"))
    with UnitOfWork(db, actor, "backup") as uow:
        uow.audit("database.backup", str(out) if out else "manual")
        uow.commit()
    if out is not None:
        return backup.online_backup(db.path, out)
    return backup.rotating_backup(db.path, "manual")
