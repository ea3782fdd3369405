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

from sqlalchemy import select

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.models import ALLOCATABLE_KINDS, QUARANTINE, RECEIVING, Document, Lot, StockMove
from gudang.domain.errors import GudangError, InvalidInput, InvalidState, NotFound
from gudang.domain.inputs import clean_code, clean_text, where_field
from gudang.i18n import N_
from gudang.services import lookup, moves_posting
from gudang.services.bundle import Bundle
from gudang.services.queries import Trace, trace_lot
from gudang.services.transfers import PlannedLine
from gudang.services.writes import WritePlan
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


def _lot(got: dict, code: str):
    try:
        return lookup.checked_lot(got["lots"], code)
    except GudangError as error:
        raise error.at(where_field("lot"))


def _code(code: str) -> str:
    try:
        return clean_code(code)
    except GudangError as error:
        raise error.at(where_field("lot"))


def _stock(got: dict, lot_id: int, kinds) -> list:
    """The lot's stock in locations of `kinds`, by bin code: (location, qty)."""
    locations = {row.id: row for row in got["locations"]}
    rows = [(locations[row.location_id], row.qty) for row in got["stock"]
            if row.lot_id == lot_id and row.qty > 0 and locations[row.location_id].kind in kinds]
    return sorted(rows, key=lambda pair: pair[0].code)


def _area(got: dict, warehouse_id: int | None, kind: str, code: str):
    row = next((row for row in got["locations"]  # by id
                if row.warehouse_id == warehouse_id and row.kind == kind and row.active), None)
    if row is None:
        raise NotFound(N_("the warehouse of {code} has no {kind} location"), code=code, kind=kind)
    return row


# The lot's stock, every location and what a posting needs, in one statement; for a release
# also where its quarantine moves came from (gudang.services.moves_posting).
_QUARANTINE = Bundle(**moves_posting.PARTS, origins=(
    select(StockMove.id, StockMove.lot_id, StockMove.from_location_id, StockMove.to_location_id)
    .join(Document, Document.id == StockMove.document_id)
    .where(StockMove.lot_id.in_(moves_posting._named), Document.type == "quarantine")
    .order_by(StockMove.id.desc())))


def _quarantine(uow: UnitOfWork, got: dict, lot, reason: str, date: dt.date, action: str,
                backdate_reason: str | None) -> QuarantineResult:
    planned, moved = [], []
    for location, qty in _stock(got, lot.id, ALLOCATABLE_KINDS):
        area = _area(got, location.warehouse_id, QUARANTINE, location.code)
        planned.append(PlannedLine(lot.item_id, lot.id, qty, lot.base_unit, location.id, area.id,
                                   lot.code, lot.expiry, "quarantine", reason))
        moved.append(MovedStock(location.code, area.code, qty))
    number, dated_back = None, ""
    plan = WritePlan()
    if planned:
        _, number, dated_back = moves_posting.plan_document(
            uow, got, plan, "quarantine", date, planned, backdate_reason=backdate_reason, reason=reason,
            reference=lot.barcode)
    plan.update(lot_t, lot.id, {"status": "quarantine"}).execute(uow.conn, at_commit=True)
    uow.audit(action, lot.barcode, f"{number or '-'}: {reason}{dated_back}")
    return QuarantineResult(lot.code, lot.barcode, lot.sku, "quarantine", number, tuple(moved))


def quarantine_lot(db: Database, actor: Actor, lot: str, reason: str, date: dt.date | None = None,
                   backdate_reason: str | None = None) -> QuarantineResult:
    """Hold a lot: never allocated again, its stock moved to quarantine, until released."""
    reason = _reason(reason, N_("a reason is required to quarantine a lot"))
    code = _code(lot)
    with UnitOfWork(db, actor, "lot.quarantine", marker_later=True) as uow:
        got = moves_posting.read(uow, _QUARANTINE, "quarantine", [code], 1)
        row = _lot(got, code)
        if row.status == "quarantine":
            raise InvalidState(N_("lot {lot} is already in quarantine"), lot=row.code or row.barcode)
        result = _quarantine(uow, got, row, reason, date or dates.today(), "lot.quarantine", backdate_reason)
        uow.commit()
    return result


def release_lot(db: Database, actor: Actor, lot: str, to: str | None = None, reason: str | None = None,
                date: dt.date | None = None, backdate_reason: str | None = None) -> QuarantineResult:
    """Release a lot from quarantine (kepala gudang / admin): available again, stock back on a shelf."""
    note = clean_text(reason, max_length=500, multiline=True) if reason else None
    date = date or dates.today()
    code = _code(lot)
    with UnitOfWork(db, actor, "lot.release", marker_later=True) as uow:
        got = moves_posting.read(uow, _QUARANTINE, "quarantine", [code], 1)
        row = _lot(got, code)
        if row.status != "quarantine":
            raise InvalidState(N_("lot {lot} is not in quarantine"), lot=row.code or row.barcode)
        target = None
        if to:
            try:
                target = moves_posting.location(got, clean_code(to))
            except GudangError as error:
                raise error.at(where_field("to"))
            if target.kind not in ALLOCATABLE_KINDS or not target.active:
                raise InvalidInput(N_("{code} is not a bin goods can be put in"), code=target.code).at(
                    where_field("to"))
        planned, moved = [], []
        for location, qty in _stock(got, row.id, (QUARANTINE,)):
            back = target or _origin(got, row.id, location.id) or _area(
                got, location.warehouse_id, RECEIVING, location.code)
            planned.append(PlannedLine(row.item_id, row.id, qty, row.base_unit, location.id, back.id,
                                       row.code, row.expiry, "release", note))
            moved.append(MovedStock(location.code, back.code, qty))
        number, dated_back = None, ""
        plan = WritePlan()
        if planned:
            _, number, dated_back = moves_posting.plan_document(
                uow, got, plan, "quarantine", date, planned, backdate_reason=backdate_reason,
                reason=note or "release", reference=row.barcode)
        plan.update(lot_t, row.id, {"status": "available"}).execute(uow.conn, at_commit=True)
        uow.audit("lot.release", row.barcode, f"{number or '-'}" + (f": {note}" if note else "") + dated_back)
        uow.commit()
    return QuarantineResult(row.code, row.barcode, row.sku, "available", number, tuple(moved))


def _origin(got: dict, lot_id: int, quarantine_id: int):
    """The active bin the latest quarantine move of this lot into this quarantine location came from."""
    locations = {row.id: row for row in got["locations"]}
    for move in got["origins"]:  # newest first
        source = locations.get(move.from_location_id)
        if (move.lot_id == lot_id and move.to_location_id == quarantine_id and source is not None
                and source.kind in ALLOCATABLE_KINDS and source.active):
            return source
    return None


def recall_lot(db: Database, actor: Actor, lot: str, reason: str, date: dt.date | None = None,
               backdate_reason: str | None = None) -> RecallResult:
    """Quarantine a lot everywhere (if not yet) and list every recipient who got it."""
    reason = _reason(reason, N_("a reason is required to recall a lot"))
    result = None
    code = _code(lot)
    with UnitOfWork(db, actor, "lot.quarantine", marker_later=True) as uow:
        got = moves_posting.read(uow, _QUARANTINE, "quarantine", [code], 1)
        row = _lot(got, code)
        if row.status != "quarantine":
            result = _quarantine(uow, got, row, reason, date or dates.today(), "lot.recall", backdate_reason)
        else:
            uow.audit("lot.recall", row.barcode, reason)
        uow.commit()
    return RecallResult(result, trace_lot(db, row.barcode))
