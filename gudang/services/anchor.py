"""The audit chain's head, and the anchor that keeps it outside the database.

Someone who can write the database can delete the newest audit entries, or
edit one and recompute the chain after it; the chain alone cannot show that.
So the head of the chain (the newest entry's id and hash) is also kept where
that someone would have to reach separately:

- SQLite: in `<database file>.anchor` beside the file (mode 0600), rewritten
  after every commit that adds audit entries, and stamped into every backup
  copy (table `chain_anchor`), so a backup carries the head it was made at;
- PostgreSQL: on each workstation, in the user data folder
  (`anchors/<hash of the database URL>.anchor`), after each of its own commits;
- on paper: every document footer prints the first 8 hex digits of the chain
  head at its posting (`posting_head`).

`gudang verify` checks that the anchored entry is still in the chain with the
same hash: a truncated tail or a rewritten chain shows. An anchor that lags
behind the database (another workstation posted since, or a crash between
commit and anchor) is fine; entries after it are checked by the chain itself.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from gudang.db.engine import Database
from gudang.db.files import private_dir

log = logging.getLogger(__name__)

ANCHOR_SUFFIX = ".anchor"
ENV_ANCHOR_DIR = "GUDANG_ANCHOR_DIR"  # where PostgreSQL anchors go (default: the user data folder)


@dataclass(frozen=True)
class Head:
    audit_id: int
    hash: str

    @property
    def short(self) -> str:
        """The first 8 hex digits, as printed on document footers."""
        return self.hash[:8]


class AnchorUnreadable(Exception):
    """The anchor file exists but cannot be read as an anchor."""


def chain_head(conn: Connection) -> Head | None:
    """The newest audit entry (id and hash), or None for an empty log."""
    row = conn.execute(text("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")).first()
    return Head(row[0], row[1]) if row else None


def posting_head(conn: Connection, document_id: int) -> str | None:
    """The first 8 hex digits of the chain head at the posting of a document, for its footer:
    the hash of the audit entry that recorded the document (with its lines and moves) in the
    unit of work that posted it, which is the newest entry of the chain at that commit.

    None for a document not posted, or posted before row digests were recorded (revision
    0008); the caller then names the posting's audit entry otherwise."""
    row = conn.execute(text(
        "SELECT e.hash FROM document d "
        "JOIN audit_row r ON r.table_name = 'document' AND r.row_key = :key "
        "JOIN audit_entry e ON e.id = r.audit_id AND e.at = d.posted_at "
        "WHERE d.id = :id ORDER BY r.id LIMIT 1"),
        {"key": str(document_id), "id": document_id}).first()
    return row[0][:8] if row else None


def anchor_path(db: Database) -> Path:
    if db.path is not None:
        return db.path.with_name(db.path.name + ANCHOR_SUFFIX)
    # The server and database, not who logs in: one anchor per workstation and database.
    url = db.url.set(username=None, password=None, drivername="postgresql").render_as_string(hide_password=False)
    name = hashlib.sha256(url.encode("utf-8")).hexdigest()[:20]
    return anchor_dir() / f"{name}{ANCHOR_SUFFIX}"


def anchor_dir() -> Path:
    folder = os.environ.get(ENV_ANCHOR_DIR)
    if folder:
        return Path(folder)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Gudang", appauthor=False)) / "anchors"


def read_anchor_file(path: Path) -> Head | None:
    """The anchor in `path`; None if there is none; AnchorUnreadable if it is garbled."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise AnchorUnreadable(str(error)) from None
    try:
        value = json.loads(data)
        head = Head(int(value["audit_id"]), str(value["hash"]))
    except (ValueError, KeyError, TypeError):
        raise AnchorUnreadable("not an anchor") from None
    if len(head.hash) != 64:
        raise AnchorUnreadable("not an anchor")
    return head


def read_anchor(db: Database) -> Head | None:
    return read_anchor_file(anchor_path(db))


RECORD = 512  # bytes: one fixed-size record, rewritten in place with a single write


def write_anchor_file(path: Path, head: Head, database: str = "") -> None:
    """Rewrite the anchor: one write of one fixed-size record at offset 0 (no rename, which
    costs a journal commit on every posting; a write this small is not torn in practice)."""
    payload = json.dumps({"audit_id": head.audit_id, "hash": head.hash, "database": database[:300]})
    data = payload.encode("utf-8")[:RECORD - 1].ljust(RECORD - 1) + b"\n"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    except FileNotFoundError:
        private_dir(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.pwrite(fd, data, 0) if hasattr(os, "pwrite") else os.write(fd, data)
        if os.fstat(fd).st_size > RECORD:
            os.ftruncate(fd, RECORD)
    finally:
        os.close(fd)


def write_anchor(db: Database, head: Head, *, force: bool = False) -> None:
    """Keep `head` as the anchor, unless the anchor already holds a newer entry.

    Called after a commit, so a failure here (a full disk, a read-only folder)
    is logged, never raised: the database change stands, and an anchor that
    lags behind is allowed.
    """
    path = anchor_path(db)
    try:
        if not force:
            try:
                current = read_anchor_file(path)
            except AnchorUnreadable:
                current = None
            if current is not None and current.audit_id > head.audit_id:
                return
        write_anchor_file(path, head, db.url.render_as_string(hide_password=True))
    except OSError as error:
        log.warning("could not write the chain anchor %s: %s", path, error)


def embedded_anchors(conn: Connection) -> list[Head]:
    """Anchors stamped into this database when it was a backup copy."""
    return [Head(r[0], r[1]) for r in conn.execute(text("SELECT audit_id, hash FROM chain_anchor ORDER BY id"))]
