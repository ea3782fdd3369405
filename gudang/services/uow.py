"""The unit of work: one transaction per user action.

    with UnitOfWork(db, actor, "receipt.post") as uow:
        ... uow.session / uow.conn ...
        uow.audit("receipt.post", number, summary)
        uow.commit()

Leaving the block without `commit()` rolls everything back, so a failing
second line leaves no trace of the first. The ORM session and Core
statements share the same connection and transaction; the posting paths use
Core for speed (see gudang.services.posting).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from gudang.db.engine import Database
from gudang.db.models import AuditEntry
from gudang.domain.errors import DatabaseProblem
from gudang.domain.roles import require
from gudang.i18n import N_

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class Actor:
    """The authenticated user on whose behalf a service acts."""

    name: str
    role: str
    full_name: str | None = None


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def audit_hash(prev_hash: str, at: dt.datetime, user: str, action: str,
               obj: str | None, summary: str | None) -> str:
    payload = "\x1f".join([prev_hash, at.isoformat(timespec="microseconds"), user, action,
                           obj or "", summary or ""])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


_audit_insert = insert(AuditEntry.__table__)
_last_hash = select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)


class UnitOfWork:
    def __init__(self, db: Database, actor: Actor | None = None, action: str | None = None,
                 *, write: bool = True) -> None:
        if action is not None:
            require(actor.role if actor else "", action)
        self.db = db
        self.actor = actor
        self.write = write
        self.now = utcnow()
        self._committed = False

    def __enter__(self) -> "UnitOfWork":
        try:
            self.conn: Connection = self.db.engine.connect()
            self.conn.info["gudang_write"] = self.write
            self._transaction = self.conn.begin()
        except OperationalError as error:
            raise DatabaseProblem(N_("cannot open the database: {problem}"),
                                  problem=str(error.orig)) from error
        if self.write:
            self.db.lock_for_posting(self.conn)
        self.session = Session(bind=self.conn, autoflush=True, expire_on_commit=False)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if not self._committed and self._transaction.is_active:
                self._transaction.rollback()
        finally:
            self.session.close()
            self.conn.close()

    @property
    def user(self) -> str:
        return self.actor.name if self.actor else "system"

    def audit(self, action: str, obj: str | None, summary: str | None = None) -> None:
        """Append a hash-chained audit entry in this transaction."""
        self.session.flush()
        prev = self.conn.execute(_last_hash).scalar() or GENESIS_HASH
        digest = audit_hash(prev, self.now, self.user, action, obj, summary)
        self.conn.execute(_audit_insert, {"at": self.now, "user": self.user, "action": action,
                                          "object": obj, "summary": summary,
                                          "prev_hash": prev, "hash": digest})

    def commit(self) -> None:
        self.session.flush()
        self._transaction.commit()
        self._committed = True
