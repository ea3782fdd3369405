"""Cancelling a posted document by a reversal document.

The original stays as it was (posted documents are immutable); a new
document of type `reversal` points to it and carries the opposite moves.
Its number is drawn from the reversal sequence; the original's number is
shown as BATAL from then on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert, select

from gudang.db.engine import Database
from gudang.db.models import Document, Location, StockMove
from gudang.domain.errors import InvalidInput, InvalidState, NotFound
from gudang.domain.inputs import clean_text
from gudang.i18n import N_
from gudang.services.counts import guard_counts
from gudang.services.delivery import refuse_if_confirmed
from gudang.services.posting import MoveRow, assign_number, settings, write_moves
from gudang.services.uow import Actor, UnitOfWork

document_t = Document.__table__
_insert_document = insert(document_t).returning(document_t.c.id)
CANCELLABLE = ("receipt", "issue", "transfer", "adjustment", "writeoff")


@dataclass(frozen=True)
class Cancellation:
    number: str  # of the reversal document
    cancelled: str  # the original's number
    moves: int


def cancel_document(db: Database, actor: Actor, number: str, reason: str) -> Cancellation:
    reason = clean_text(reason, max_length=500, multiline=True)
    if not reason:
        raise InvalidInput(N_("a reason is required to cancel a document"))
    with UnitOfWork(db, actor, "document.cancel") as uow:
        conn = uow.conn
        doc = conn.execute(select(document_t).where(document_t.c.number == number)).one_or_none()
        if doc is None:
            raise NotFound(N_("unknown document {number}"), number=number)
        if doc.type not in CANCELLABLE or doc.state != "posted":
            raise InvalidState(N_("document {number} cannot be cancelled"), number=number)
        already = conn.execute(select(document_t.c.number).where(document_t.c.reverses_id == doc.id)).scalar()
        if already:
            raise InvalidState(N_("document {number} is already cancelled by {reversal}"),
                               number=number, reversal=already)
        refuse_if_confirmed(conn, doc)
        moves = conn.execute(select(StockMove).where(StockMove.document_id == doc.id)
                             .order_by(StockMove.id)).all()
        location_ids = {m.from_location_id for m in moves} | {m.to_location_id for m in moves}
        kinds = dict(conn.execute(select(Location.id, Location.kind).where(Location.id.in_(location_ids))).all())
        today = dt.date.today()
        reversal, seq, year = assign_number(conn, "reversal", today, settings(conn))
        reversal_id = conn.execute(_insert_document, {
            "type": "reversal", "number": reversal, "seq": seq, "year": year,
            "date": today, "state": "posted", "partner_id": doc.partner_id,
            "event_id": doc.event_id, "reference": number, "reason": reason,
            "reverses_id": doc.id, "created_by": uow.user, "created_at": uow.now,
            "posted_by": uow.user, "posted_at": uow.now,
        }).scalar_one()
        guard_counts(conn, kinds, {m.item_id for m in moves})
        write_moves(conn, [MoveRow(m.item_id, m.lot_id, m.to_location_id, m.from_location_id, m.qty, m.line_id)
                           for m in moves], kinds,
                    document_id=reversal_id, posted_at=uow.now, posted_by=uow.user)
        uow.audit("document.cancel", number, f"{reversal}: {reason}")
        uow.commit()
    return Cancellation(reversal, number, len(moves))
