"""The unit of work: one transaction per user action.

    with UnitOfWork(db, actor, "receipt.post") as uow:
        ... uow.session / uow.conn ...
        uow.audit("receipt.post", number, summary)
        uow.commit()

Leaving the block without `commit()` rolls everything back, so a failing
second line leaves no trace of the first. The ORM session and Core
statements share the same connection and transaction; the posting paths use
Core for speed (see gudang.services.posting).

Audit entries are written at commit, in the order `audit` was called. The
rows the transaction changed in the tracked tables (gudang.db.digests) get
their digests recorded with the last entry, whose hash covers them; a unit of
work that changes a tracked row without an audit entry fails. After the commit
the chain head is kept as the anchor outside the database
(gudang.services.anchor).

Two failures are reported as what they are rather than as a crash: a full disk
("disk full: N MB free, nothing was written") and a document number that is
already taken because a number sequence was set back outside Gudang.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from gudang.db.digests import RowDigest, rows_digest
from gudang.db.engine import Database
from gudang.db.models import AuditEntry
from gudang.domain.errors import DatabaseProblem, DiskFull
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
               obj: str | None, summary: str | None, rows: str | None = None) -> str:
    """The hash of an audit entry: the previous hash, the entry, and the digest of the
    row digests it recorded (`rows`, see gudang.db.digests.rows_digest), if any."""
    parts = [prev_hash, at.isoformat(timespec="microseconds"), user, action, obj or "", summary or ""]
    if rows:
        parts.append(rows)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


_last_hash = select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
# Driver-level SQL for the statements every write runs (no SQLAlchemy compilation on the hot path).
_SQL = {
    "sqlite": {"marker": "SELECT coalesce(max(id), 0) FROM row_touch",
               "take": "DELETE FROM row_touch WHERE id > ? RETURNING table_name, row_key",
               "entry": 'INSERT INTO audit_entry (at, "user", action, object, summary, prev_hash, hash) '
                        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
               "rows": "INSERT INTO audit_row (audit_id, table_name, row_key, label, digest) VALUES (?, ?, ?, ?, ?)"},
    "postgresql": {"marker": "SELECT coalesce(max(id), 0) FROM row_touch",
                   "take": "DELETE FROM row_touch WHERE id > %s RETURNING table_name, row_key",
                   "entry": 'INSERT INTO audit_entry (at, "user", action, object, summary, prev_hash, hash) '
                            "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                   "rows": "INSERT INTO audit_row (audit_id, table_name, row_key, label, digest) "
                           "VALUES (%s, %s, %s, %s, %s)"},
}


def write_audit(conn: Connection, entries: list[tuple], rows: list[RowDigest], prev: str | None = None):
    """Append entries (at, user, action, object, summary) to the chain; the row digests
    go with the last one. Returns the new head (gudang.services.anchor.Head). `prev`:
    the chain's last hash, when the caller read it already (GENESIS_HASH: none)."""
    from gudang.services.anchor import Head

    if prev is None:
        prev = conn.execute(_last_hash).scalar() or GENESIS_HASH
    entry_id = None
    last = len(entries) - 1
    recorded = rows_digest(rows) if rows else None
    from gudang.services.recording import execute_raw

    sqlite = conn.dialect.name == "sqlite"  # SQLite: on the driver's cursor (recording.execute_raw)
    insert_entry = _sql(conn, "entry")
    stored_at = AuditEntry.__table__.c.at.type._cached_bind_processor(conn.dialect)  # as SQLAlchemy stores it
    chained = []
    for n, (at, user, action, obj, summary) in enumerate(entries):
        digest = audit_hash(prev, at, user, action, obj, summary, recorded if n == last else None)
        chained.append((stored_at(at) if stored_at else at, user, action, obj, summary, prev, digest))
        prev = digest
    if len(chained) > 1:  # one statement for all (a plan's drafts): each entry's hash is known already
        head, marks = insert_entry.split(" VALUES ")
        marks = marks.removesuffix(" RETURNING id")
        insert_entry = f"{head} VALUES {', '.join([marks] * len(chained))} RETURNING id"
    values = tuple(value for entry in chained for value in entry)
    if sqlite:
        ids = [row[0] for row in execute_raw(conn, insert_entry, values, rows=True)]
    else:
        ids = list(conn.exec_driver_sql(insert_entry, values).scalars())
    entry_id = max(ids)  # ids grow in the order of the VALUES: the last entry's, which the rows go with
    if rows:
        values = [(entry_id, r.kind, r.key, (r.label or None) and str(r.label)[:120], r.digest) for r in rows]
        if sqlite:
            execute_raw(conn, _sql(conn, "rows"), values, many=True)
        else:
            conn.exec_driver_sql(_sql(conn, "rows"), values)
    return Head(entry_id, prev)


def _sql(conn: Connection, name: str) -> str:
    return _SQL["sqlite" if conn.dialect.name == "sqlite" else "postgresql"][name]


def take_touches(conn: Connection, marker: int) -> list[tuple[str, str]]:
    """The rows the touch triggers noted since `marker` (this transaction's), removed."""
    return list({(kind, key) for kind, key in conn.exec_driver_sql(_sql(conn, "take"), (marker,))})


class UnauditedChange(RuntimeError):
    """A bug: a unit of work changed tracked rows but wrote no audit entry."""


class UnitOfWork:
    def __init__(self, db: Database, actor: Actor | None = None, action: str | None = None,
                 *, write: bool = True, marker_later: bool = False) -> None:
        """`marker_later`: the service reads the touch marker itself, with its first read
        and before it writes anything (`set_marker`), saving a round trip (issue 15)."""
        if action is not None:
            require(actor.role if actor else "", action)
        self.db = db
        self.actor = actor
        self.write = write
        self.now = utcnow()
        self._committed = False
        self._pending: list[tuple] = []
        self._marker: int | None = 0
        self._marker_later = marker_later
        self.head = None  # the chain head after commit, if this unit wrote audit entries
        self._session: Session | None = None

    def __enter__(self) -> "UnitOfWork":
        try:
            self.conn: Connection = self.db.engine.connect()
            self.conn.info["gudang_write"] = self.write
            self._transaction = self.conn.begin()
            if self.write:
                self.db.lock_for_posting(self.conn)
                from gudang.services.recording import forget

                forget(self.conn)
                if self._marker_later:
                    self._marker = None
                else:
                    self._marker = self.conn.exec_driver_sql(_sql(self.conn, "marker")).scalar() or 0
        except OperationalError as error:
            if hasattr(self, "conn"):
                self.conn.close()
            raise self._translate(error) or DatabaseProblem(
                N_("cannot open the database: {problem}"), problem=str(error.orig)) from error
        return self

    @property
    def session(self) -> Session:
        """The ORM session on this unit's connection, made when first used (the posting
        paths use Core only and never pay for one)."""
        if self._session is None:
            self._session = Session(bind=self.conn, autoflush=True, expire_on_commit=False)
        return self._session

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if not self._committed and self._transaction.is_active:
                self._transaction.rollback()
        except SQLAlchemyError:
            pass  # the connection is gone; nothing was committed
        finally:
            if self._session is not None:
                self._session.close()
            if self.write:
                from gudang.services.recording import forget

                forget(self.conn)  # nothing of this unit stays on the pooled connection
            self.conn.close()
        if isinstance(exc, SQLAlchemyError):
            translated = self._translate(exc)
            if translated is not None:
                raise translated from exc

    def _translate(self, error: SQLAlchemyError):
        from gudang.db.files import free_mb, is_disk_full

        if is_disk_full(error, self.db.path.parent if self.db.path is not None else None):
            if self.db.path is not None:
                return DiskFull(N_("disk full: {free} MB free, nothing was written"),
                                free=free_mb(self.db.path.parent))
            return DiskFull(N_("the database server's disk is full: nothing was written"))
        if isinstance(error, IntegrityError):
            message = str(error.orig).lower()
            constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", None) or ""
            if any(name in message or name in constraint for name in (
                    "document.number", "document.seq", "uq_document_number", "type_year_seq",
                    "count_session.seq", "count_session.number", "year_seq", "uq_count_session_number",
                    "lot.barcode", "uq_lot_barcode")):
                return DatabaseProblem(N_("a new number is already taken: a number sequence runs behind its "
                                          "documents (changed outside Gudang?); nothing was written. Run "
                                          "`gudang verify`"))
        return None

    def set_marker(self, value: int) -> None:
        """The touch marker read by the service (`marker_later`), before its first write."""
        self._marker = value or 0

    @property
    def marker(self) -> int:
        if self._marker is None:
            raise RuntimeError("marker_later: the service never gave the touch marker (set_marker)")
        return self._marker

    @property
    def pending(self) -> list[tuple]:
        """The audit entries to write at commit: (at, user, action, object, summary)."""
        return self._pending

    @property
    def user(self) -> str:
        return self.actor.name if self.actor else "system"

    def audit(self, action: str, obj: str | None, summary: str | None = None) -> None:
        """Add a hash-chained audit entry to this transaction (written at commit)."""
        self._pending.append((self.now, self.user, action, obj, summary))

    def commit(self) -> None:
        if self._session is not None:
            self._session.flush()
        if self.write:
            from gudang.services import recording

            # The touches, the digests, the chain's head and the entries in few round trips.
            recording.record(self)
        self._transaction.commit()
        self._committed = True
        if self.head is not None:
            from gudang.services.anchor import write_anchor

            write_anchor(self.db, self.head)
