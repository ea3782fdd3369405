"""Read side of the audit log: who did what and when, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from gudang.db.engine import Database
from gudang.db.models import AuditEntry
from gudang.services.uow import UnitOfWork


@dataclass(frozen=True)
class ActivityRow:
    id: int
    at: dt.datetime  # UTC, naive (as stored)
    user: str
    action: str
    object: str | None
    summary: str | None


def recent(db: Database, limit: int = 50, offset: int = 0, *, user: str | None = None,
           action_prefix: str | None = None, hide_logins: bool = True) -> list[ActivityRow]:
    """A page of audit entries, newest first (failed logins hidden unless asked)."""
    query = (select(AuditEntry.id, AuditEntry.at, AuditEntry.user, AuditEntry.action, AuditEntry.object,
                    AuditEntry.summary)
             .order_by(AuditEntry.id.desc()).offset(offset).limit(limit))
    if user:
        query = query.where(AuditEntry.user == user)
    if action_prefix:
        query = query.where(AuditEntry.action.like(f"{action_prefix}%"))
    if hide_logins:
        query = query.where(AuditEntry.action != "user.login_failed")
    with UnitOfWork(db, write=False) as uow:
        return [ActivityRow(*row) for row in uow.conn.execute(query)]
