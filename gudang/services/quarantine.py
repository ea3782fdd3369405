"""Quarantine, release and recall of a lot.

Quarantine both flags and segregates: the lot's status becomes "quarantine"
(FEFO never allocates it, an explicit request is refused) AND its stock in
storage and receiving bins is moved to the quarantine location of each bin's
warehouse, by a document of type "quarantine" (numbered KRT) whose lines
record the bin each quantity came from and the reason. Flagging alone would
leave suspect goods on the pick face where a picker can still grab them by
hand; moving them makes the shelf match the books. A lot with nothing on hand
(all issued) is only flagged.

Release (kepala gudang / admin) sets the status back to "available" and moves
the stock out of quarantine: to `to` when given, else back to the bin it came
from (the latest quarantine move into that quarantine location), else to the
warehouse's receiving area. Damaged goods received straight into quarantine
are released the same way.

Recall quarantines a lot everywhere it is on hand and lists every recipient
that got it (gudang.services.queries.trace_lot), so they can be called.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, select, update

from gudang.db.engine import Database
from gudang.db.models import (
    ALLOCATABLE_KINDS, QUARANTINE, RECEIVING, Balance, Document, Item, Location, Lot, StockMove,
)
from gudang.domain.errors import GudangError, InvalidInput, InvalidState, NotFound
from gudang.domain.inputs import clean_code, clean_text, where_field
from gudang.i18n import N_
from gudang.services import lookup
from gudang.services.queries import Trace, trace_lot
from gudang.services.transfers import PlannedLine, post_moves_document
from gudang.services.uow import Actor, UnitOfWork

lot_t = Lot.__table__


@dataclass(frozen=True)
class MovedStock:
    from_location: str
    to_location: str
    qty: Decimal


@dataclass(frozen=True)
class QuarantineResult:
    lot: str | None
    barcode: str
    sku: str
    status: str  # the lot's status now
    number: str | None  # the KRT document, None when nothing was on hand to move
    moved: tuple[MovedStock, ...]


@dataclass(frozen=True)
class RecallResult:
    quarantine: QuarantineResult | None  # None when the lot was already in quarantine
    trace: Trace


def _reason(reason: str | None, missing: str) -> str:
    try:
        text = clean_text(reason if reason is not None else "", max_length=500, multiline=True)
    except GudangError as error:
        raise error.at(where_field("reason"))
    if not text:
        raise InvalidInput(missing).at(where_field("reason"))
    return text


def _lot(conn: Connection, code: str):
    try:
        return lookup.lot(conn, clean_code(code))
    except GudangError as error:
        raise error.at(where_field("lot"))


def _stock(conn: Connection, lot_id: int, kinds) -> list:
    return conn.execute(
        select(Balance.location_id, Balance.qty, Location.code, Location.warehouse_id, Location.kind)
        .join(Location, Location.id == Balance.location_id)
        .where(Balance.lot_id == lot_id, Balance.qty > 0, Location.kind.in_(kinds))
        .order_by(Location.code)).all()


def _area(conn: Connection, warehouse_id: int | None, kind: str, code: str):
    row = conn.execute(select(Location.id, Location.code).where(
        Location.warehouse_id == warehouse_id, Location.kind == kind, Location.active.is_(True))
        .order_by(Location.id).limit(1)).one_or_none()
    if row is None:
        raise NotFound(N_("the warehouse of {code} has no {kind} location"), code=code, kind=kind)
    return row


def _quarantine(uow: UnitOfWork, lot, reason: str, date: dt.date, action: str) -> QuarantineResult:
    conn = uow.conn
    item = conn.execute(select(Item.sku, Item.base_unit).where(Item.id == lot.item_id)).one()
    planned, moved = [], []
    for row in _stock(conn, lot.id, ALLOCATABLE_KINDS):
        area = _area(conn, row.warehouse_id, QUARANTINE, row.code)
        planned.append(PlannedLine(lot.item_id, lot.id, row.qty, item.base_unit, row.location_id, area.id,
                                   lot.code, lot.expiry, "quarantine", reason))
        moved.append(MovedStock(row.code, area.code, row.qty))
    number = None
    if planned:
        _, number = post_moves_document(uow, "quarantine", date, planned, reason=reason,
                                        reference=lot.barcode)
    conn.execute(update(lot_t).where(lot_t.c.id == lot.id).values(status="quarantine"))
    uow.audit(action, lot.barcode, f"{number or '-'}: {reason}")
    return QuarantineResult(lot.code, lot.barcode, item.sku, "quarantine", number, tuple(moved))


def quarantine_lot(db: Database, actor: Actor, lot: str, reason: str,
                   date: dt.date | None = None) -> QuarantineResult:
    """Hold a lot: never allocated again, its stock moved to quarantine, until released."""
    reason = _reason(reason, N_("a reason is required to quarantine a lot"))
    with UnitOfWork(db, actor, "lot.quarantine") as uow:
        row = _lot(uow.conn, lot)
        if row.status == "quarantine":
            raise InvalidState(N_("lot {lot} is already in quarantine"), lot=row.code or row.barcode)
        result = _quarantine(uow, row, reason, date or dt.date.today(), "lot.quarantine")
        uow.commit()
    return result


def release_lot(db: Database, actor: Actor, lot: str, to: str | None = None, reason: str | None = None,
                date: dt.date | None = None) -> QuarantineResult:
    """Release a lot from quarantine (kepala gudang / admin): available again, stock back on a shelf."""
    note = clean_text(reason, max_length=500, multiline=True) if reason else None
    date = date or dt.date.today()
    with UnitOfWork(db, actor, "lot.release") as uow:
        conn = uow.conn
        row = _lot(conn, lot)
        if row.status != "quarantine":
            raise InvalidState(N_("lot {lot} is not in quarantine"), lot=row.code or row.barcode)
        target = None
        if to:
            try:
                target = lookup.location(conn, clean_code(to))
            except GudangError as error:
                raise error.at(where_field("to"))
            if target.kind not in ALLOCATABLE_KINDS or not target.active:
                raise InvalidInput(N_("{code} is not a bin goods can be put in"), code=target.code).at(
                    where_field("to"))
        item = conn.execute(select(Item.sku, Item.base_unit).where(Item.id == row.item_id)).one()
        planned, moved = [], []
        for stock in _stock(conn, row.id, (QUARANTINE,)):
            back = target or _origin(conn, row.id, stock.location_id) or _area(
                conn, stock.warehouse_id, RECEIVING, stock.code)
            planned.append(PlannedLine(row.item_id, row.id, stock.qty, item.base_unit, stock.location_id, back.id,
                                       row.code, row.expiry, "release", note))
            moved.append(MovedStock(stock.code, back.code, stock.qty))
        number = None
        if planned:
            _, number = post_moves_document(uow, "quarantine", date, planned, reason=note or "release",
                                            reference=row.barcode)
        conn.execute(update(lot_t).where(lot_t.c.id == row.id).values(status="available"))
        uow.audit("lot.release", row.barcode, f"{number or '-'}" + (f": {note}" if note else ""))
        uow.commit()
    return QuarantineResult(row.code, row.barcode, item.sku, "available", number, tuple(moved))


def _origin(conn: Connection, lot_id: int, quarantine_id: int):
    """The active bin the latest quarantine move of this lot into this quarantine location came from."""
    return conn.execute(
        select(Location.id, Location.code)
        .select_from(StockMove)
        .join(Document, Document.id == StockMove.document_id)
        .join(Location, Location.id == StockMove.from_location_id)
        .where(StockMove.lot_id == lot_id, StockMove.to_location_id == quarantine_id,
               Document.type == "quarantine", Location.kind.in_(ALLOCATABLE_KINDS), Location.active.is_(True))
        .order_by(StockMove.id.desc()).limit(1)).one_or_none()


def recall_lot(db: Database, actor: Actor, lot: str, reason: str, date: dt.date | None = None) -> RecallResult:
    """Quarantine a lot everywhere (if not yet) and list every recipient who got it."""
    reason = _reason(reason, N_("a reason is required to recall a lot"))
    result = None
    with UnitOfWork(db, actor, "lot.quarantine") as uow:
        row = _lot(uow.conn, lot)
        if row.status != "quarantine":
            result = _quarantine(uow, row, reason, date or dt.date.today(), "lot.recall")
        else:
            uow.audit("lot.recall", row.barcode, reason)
        uow.commit()
    return RecallResult(result, trace_lot(db, row.barcode))
