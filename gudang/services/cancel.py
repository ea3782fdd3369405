"""Cancelling a posted document by a reversal document.

The original stays as it was (posted documents are immutable); a new
document of type `reversal` points to it and carries the opposite moves.
Its number is drawn from the reversal sequence; the original's number is
shown as BATAL from then on.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, select

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.planning import not_by_index
from gudang.db.models import Balance, Document, Item, Lot, StockMove
from gudang.domain.errors import InvalidInput, InvalidState, NotFound
from gudang.domain.inputs import check_field, clean_text, where_field
from gudang.i18n import N_
from gudang.services import guards, lookup, moves_posting, posting
from gudang.services.bundle import Bundle, expand_ids
from gudang.services.delivery import DISPATCH_TYPES
from gudang.services.posting import MoveRow
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.writes import WritePlan

document_t = Document.__table__
CANCELLABLE = ("receipt", "issue", "transfer", "adjustment", "writeoff")


@dataclass(frozen=True)
class Cancellation:
    number: str  # of the reversal document
    cancelled: str  # the original's number
    moves: int


_of_number = select(document_t.c.id).where(document_t.c.number == bindparam("number")).scalar_subquery()
_moved_lots = select(StockMove.lot_id).where(StockMove.document_id == _of_number)
# Everything a cancellation checks and writes with, in one statement (parameter "number").
_CANCEL = Bundle(
    doc=select(document_t).where(document_t.c.number == bindparam("number")),
    already=select(document_t.c.number).where(document_t.c.reverses_id == _of_number),
    handover=select(document_t.c.number).where(not_by_index(document_t.c.type) == "handover",
                                               document_t.c.reference == bindparam("number"),
                                               document_t.c.state == "posted").limit(1),
    moves=select(StockMove).where(StockMove.document_id == _of_number).order_by(StockMove.id),
    lots=(select(*lookup.LOT_COLUMNS, Item.sku, Item.base_unit, Item.category).join(Item, Item.id == Lot.item_id)
          .where(Lot.id.in_(_moved_lots))),
    stock=select(Balance.lot_id, Balance.location_id, Balance.qty).where(Balance.lot_id.in_(_moved_lots)),
    **moves_posting.POSTING_PARTS,
)


def cancel_document(db: Database, actor: Actor, number: str, reason: str) -> Cancellation:
    """One read and one write (over a 4G link each statement is a wait, issue 15)."""
    reason = check_field("reason", lambda value: clean_text(value, max_length=500, multiline=True), reason or "")
    if not reason:
        raise InvalidInput(N_("a reason is required to cancel a document")).at(where_field("reason"))
    with UnitOfWork(db, actor, "document.cancel", marker_later=True) as uow:
        got = _CANCEL.fetch(uow.conn, {"number": number, "seq_names": ["doc:reversal"]})
        uow.set_marker(got["touch_marker"][0].id)
        doc = got["doc"][0] if got["doc"] else None
        if doc is None:
            raise NotFound(N_("unknown document {number}"), number=number)
        if doc.type not in CANCELLABLE or doc.state != "posted":
            raise InvalidState(N_("document {number} cannot be cancelled"), number=number)
        if got["already"]:
            raise InvalidState(N_("document {number} is already cancelled by {reversal}"),
                               number=number, reversal=got["already"][0].number)
        if doc.type in DISPATCH_TYPES and doc.number and got["handover"]:  # as delivery.refuse_if_confirmed
            raise InvalidState(N_("{number} was delivered and confirmed by {handover}: it cannot be cancelled; "
                                  "record a return as a receipt instead"), number=doc.number,
                               handover=got["handover"][0].number)
        moves = [MoveRow(m.item_id, m.lot_id, m.to_location_id, m.from_location_id, m.qty, m.line_id)
                 for m in got["moves"]]
        kinds = {row.id: row.kind for row in got["locations"]}
        categories = {row.item_id: row.category for row in got["lots"]}
        involved = {m.from_location_id for m in moves} | {m.to_location_id for m in moves}
        guards.check_counts(got["open_counts"], involved, {m.item_id: categories.get(m.item_id) for m in moves})
        deltas = posting.balance_deltas(moves, kinds)
        moves_posting.check_available(got, deltas)
        today = dates.today()
        config = posting.read_settings(got["settings"])
        seq = posting.sequence_last(got["sequences"], "doc:reversal", today.year) + 1
        reversal = posting.document_number(config, "reversal", seq, today)
        reversal_id = expand_ids(got["document_id"], 1, uow.conn.dialect.name)[0]
        plan = WritePlan().sequences([("doc:reversal", today.year, seq)])
        plan.insert(document_t, [{
            "id": reversal_id, "type": "reversal", "number": reversal, "seq": seq, "year": today.year,
            "date": today, "state": "posted", "partner_id": doc.partner_id,
            "event_id": doc.event_id, "reference": number, "reason": reason,
            "reverses_id": doc.id, "created_by": uow.user, "created_at": uow.now,
            "posted_by": uow.user, "posted_at": uow.now}])
        plan.insert(StockMove.__table__, posting.move_rows(moves, document_id=reversal_id, posted_at=uow.now,
                                                           posted_by=uow.user))
        plan.balances(deltas).execute(uow.conn, at_commit=True)
        uow.audit("document.cancel", number, f"{reversal}: {reason}")
        uow.commit()
    return Cancellation(reversal, number, len(moves))
