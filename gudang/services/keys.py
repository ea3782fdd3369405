"""Keys of `replay` records: a record with a `"key"` is posted once, whatever happens.

The key is written in the same transaction as what the record posts, so a replay that
stopped midway (a bad line, a power cut) and is run again skips every record it had
posted, and posts the rest.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, insert, select

from gudang.db.models import ReplayKey
from gudang.domain.errors import GudangError
from gudang.domain.inputs import clean_code, where_field
from gudang.i18n import N_

key_t = ReplayKey.__table__
_find = select(key_t.c.kind, key_t.c.object).where(key_t.c.key == bindparam("key"))
_insert = insert(key_t)


class AlreadyPosted(GudangError):
    """The record's key was posted before: `replay` skips it."""

    code = "already_posted"


def clean_key(value: object) -> str:
    try:
        return clean_code(value, max_length=200)
    except GudangError as error:
        raise error.at(where_field("key")) from None


def check_new(conn: Connection, key: str | None) -> None:
    """Refuse (AlreadyPosted) a key posted before; call it first in the unit of work."""
    if key is None:
        return
    row = conn.execute(_find, {"key": key}).first()
    if row is not None:
        raise already_posted(key, row)


def already_posted(key: str, row) -> AlreadyPosted:
    """The refusal for a key found posted (`row`: its kind and object)."""
    return AlreadyPosted(N_("key {key} was already posted ({kind} {object})"), key=key, kind=row.kind,
                         object=row.object or "-")


def key_row(key: str, kind: str, obj: str | None, uow) -> dict:
    """The replay_key row that remembers a key (written with the record's own rows)."""
    return {"key": key, "kind": kind, "object": obj, "created_at": uow.now, "created_by": uow.user}


def record_key(conn: Connection, key: str, kind: str, obj: str | None, uow) -> None:
    """Remember the key in the record's own transaction."""
    conn.execute(_insert, key_row(key, kind, obj, uow))


def posted(conn: Connection, key: str) -> bool:
    return conn.execute(_find, {"key": key}).first() is not None


def remember(db, actor, key: str, kind: str, obj: str | None) -> None:
    """Record the key of a master-data record (an item, partner, bin, event) once added.

    Those are never added twice anyway (their codes are unique); the key makes a rerun skip
    them quietly instead of stopping on "already exists"."""
    from gudang.services.uow import UnitOfWork

    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        if posted(uow.conn, key):
            return
        record_key(uow.conn, key, kind, obj, uow)
        uow.audit("replay.key", key[:120], f"{kind} {obj or '-'}")
        uow.commit()


def is_posted(db, key: str) -> bool:
    from gudang.services.uow import UnitOfWork

    with UnitOfWork(db, write=False) as uow:
        return posted(uow.conn, key)
