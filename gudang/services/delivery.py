"""Delivery confirmation: closing the transit of a dispatch with a BAST.

A posted goods issue moves its goods from the bins to the transit location:
they are "in transit" until someone confirms, from the signed surat jalan
(typed, or by scanning the waybill's QR and then the lots), how much of each
lot arrived good, damaged or short. `confirm_delivery` then posts a document
of type "handover" (numbered BAST, `reference` = the dispatch's number):

- good    -> the recipient location (virtual), line condition "good";
- damaged -> the recipient location as well, line condition "damaged": the
  recipient signed for damaged goods, they are no longer ours, and reports
  can count them from the BAST lines (a site that takes damaged goods back
  receives them again as a damaged receipt into quarantine);
- short   -> the adjustment location (lost in transit), condition "short".

An inter-warehouse transfer (gudang.services.transfers) also travels via
transit and is closed the same way: good goes to the destination bin of its
line, damaged to the destination warehouse's quarantine location (it is
still our stock, so it must be segregated), short to adjustment.

Per lot, good + damaged + short must equal what was shipped; every shipped
lot must be confirmed; a dispatch is confirmed once, and a confirmed issue
can no longer be cancelled (`refuse_if_confirmed`, called by cancel).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, select
from sqlalchemy.orm import aliased

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.planning import not_by_index
from gudang.db.models import (
    ADJUSTMENT, QUARANTINE, RECIPIENT, TRANSIT, Balance, Document, DocumentLine, Item, Location, Lot, Partner,
    StockMove,
)
from gudang.domain import document_qr
from gudang.domain.dates import parse_date
from gudang.domain.errors import InvalidInput, InvalidState, NotFound
from gudang.domain.inputs import (
    _check_unknown, _field, _lines, _require_object, as_file, clean_code, clean_text, optional_text, where_field,
    where_line,
)
from gudang.domain.quantity import ZERO, parse_quantity
from gudang.i18n import N_
from gudang.services import lookup, moves_posting
from gudang.services.bundle import Bundle, new_ids
from gudang.services.posting import settings
from gudang.services.transfers import PlannedLine
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.writes import WritePlan

document_t = Document.__table__
line_t = DocumentLine.__table__
DISPATCH_TYPES = ("issue", "transfer")


# -- input ------------------------------------------------------------------------

@dataclass(frozen=True)
class ConfirmLineInput:
    lot: str  # lot label barcode or supplier lot code
    good: Decimal = ZERO
    damaged: Decimal = ZERO
    short: Decimal = ZERO
    remark: str | None = None


@dataclass(frozen=True)
class ConfirmationInput:
    date: dt.date
    lines: tuple[ConfirmLineInput, ...]
    received_by: str | None = None  # who signed for the goods at the destination
    place: str | None = None
    received_title: str | None = None  # their jabatan, printed on the BAST
    notes: str | None = None
    backdate_reason: str | None = None  # needed when dated more than backdate_days ago

    def checked(self) -> "ConfirmationInput":
        """The same confirmation validated and cleaned by the rules a file's is
        (`confirmation_from_json`): the service calls this whoever built the input."""
        return as_file(confirmation_from_json, {
            "date": self.date, "received_by": self.received_by, "received_title": self.received_title,
            "place": self.place, "notes": self.notes, "backdate_reason": self.backdate_reason}, self.lines,
            ConfirmLineInput, N_("must be a delivery line"), lambda line: {
                "lot": line.lot, "good": line.good, "damaged": line.damaged, "short": line.short,
                "remark": line.remark})


CONFIRM_FIELDS = {"date", "lines", "received_by", "received_title", "place", "notes", "backdate_reason"}
CONFIRM_LINE_FIELDS = {"lot", "good", "damaged", "short", "remark"}


def _zero_ok(value: Any) -> Decimal:
    return parse_quantity(value, allow_zero=True)


def confirmation_from_json(data: object) -> ConfirmationInput:
    """`{"date", "lines": [{"lot", "good", "damaged", "short"}]}`, strictly."""
    data = _require_object(data, "confirmation")
    _check_unknown(data, CONFIRM_FIELDS)
    lines = []
    for number, line in enumerate(_lines(data), start=1):
        at = lambda f, n=number: where_line(n, f)  # noqa: E731
        _check_unknown(line, CONFIRM_LINE_FIELDS, where_line(number))
        lines.append(ConfirmLineInput(
            lot=_field(line, "lot", clean_code, required=True, where=at),
            good=_field(line, "good", _zero_ok, where=at) or ZERO,
            damaged=_field(line, "damaged", _zero_ok, where=at) or ZERO,
            short=_field(line, "short", _zero_ok, where=at) or ZERO,
            remark=_field(line, "remark", lambda v: optional_text(v, 500), where=at)))
    return ConfirmationInput(
        date=_field(data, "date", parse_date, required=True), lines=tuple(lines),
        received_by=_field(data, "received_by", lambda v: optional_text(v, 120)),
        received_title=_field(data, "received_title", lambda v: optional_text(v, 120)),
        place=_field(data, "place", lambda v: optional_text(v, 200)),
        notes=_field(data, "notes", lambda v: clean_text(v, max_length=2000, multiline=True)),
        backdate_reason=_field(data, "backdate_reason", lambda v: optional_text(v, 500)))


# -- results ----------------------------------------------------------------------

@dataclass(frozen=True)
class ShippedLot:
    sku: str
    item: str
    unit: str
    lot: str | None
    barcode: str
    expiry: dt.date | None
    qty: Decimal  # shipped, base units


@dataclass(frozen=True)
class DispatchView:
    """A posted dispatch as the confirmation screen needs it."""

    id: int
    number: str
    type: str
    date: dt.date
    recipient: str | None
    recipient_name: str | None
    destination: str | None
    vehicle: str | None
    driver: str | None
    confirmed_by: str | None  # the BAST number once confirmed
    cancelled_by: str | None
    lots: tuple[ShippedLot, ...]
    qr_verified: bool | None = None  # None: not opened from a QR


@dataclass(frozen=True)
class ConfirmedLot:
    sku: str
    item: str
    unit: str
    lot: str | None
    barcode: str
    shipped: Decimal
    good: Decimal
    damaged: Decimal
    short: Decimal


@dataclass(frozen=True)
class Confirmation:
    id: int
    number: str  # BAST
    dispatch: str
    date: dt.date
    lines: tuple[ConfirmedLot, ...]


@dataclass(frozen=True)
class UnconfirmedRow:
    number: str
    type: str
    date: dt.date
    days: int
    recipient: str | None
    recipient_name: str | None
    destination: str | None
    vehicle: str | None
    driver: str | None
    lots: int
    qty: Decimal


# -- helpers ----------------------------------------------------------------------

def handover_of(conn: Connection, number: str) -> str | None:
    """The number of the BAST that confirmed a dispatch, if any."""
    return conn.execute(select(document_t.c.number).where(
        not_by_index(document_t.c.type) == "handover", document_t.c.reference == number,
        document_t.c.state == "posted").limit(1)).scalar()


def refuse_if_confirmed(conn: Connection, doc) -> None:
    """Cancel calls this: a delivered and confirmed dispatch is history, not a mistake."""
    if doc.type not in DISPATCH_TYPES or not doc.number:
        return
    handover = handover_of(conn, doc.number)
    if handover:
        raise InvalidState(N_("{number} was delivered and confirmed by {handover}: it cannot be cancelled; "
                              "record a return as a receipt instead"), number=doc.number, handover=handover)


def _shipped_of(document_id):
    """The moves of a dispatch into transit: per move, with the destination of its line."""
    target = aliased(Location)
    return (select(StockMove.lot_id, StockMove.item_id, StockMove.line_id, StockMove.qty, StockMove.to_location_id,
                   line_t.c.to_location_id.label("destination"), Lot.barcode, Lot.code.label("lot"), Lot.expiry,
                   Item.sku, Item.name, Item.base_unit)
            .join(target, target.id == StockMove.to_location_id)
            .join(Lot, Lot.id == StockMove.lot_id)
            .join(Item, Item.id == StockMove.item_id)
            .outerjoin(line_t, line_t.c.id == StockMove.line_id)
            .where(StockMove.document_id == document_id, target.kind == TRANSIT)
            .order_by(StockMove.id))


def _lots(rows) -> tuple[ShippedLot, ...]:
    by_lot: dict[int, list] = {}
    for row in rows:
        entry = by_lot.setdefault(row.lot_id, [row, ZERO])
        entry[1] += row.qty
    return tuple(ShippedLot(r.sku, r.name, r.base_unit, r.lot, r.barcode, r.expiry, qty)
                 for r, qty in by_lot.values())


def _posted_dispatch(rows, number: str):
    """The dispatch read (a `doc` part's rows), refused unless it is a posted issue or transfer."""
    if not rows:
        raise NotFound(N_("unknown document {number}"), number=number)
    if rows[0].type not in DISPATCH_TYPES or rows[0].state != "posted":
        raise InvalidState(N_("{number} is not a posted dispatch (goods issue or transfer)"), number=number)
    return rows[0]


_numbered = select(document_t.c.id).where(document_t.c.number == bindparam("number")).scalar_subquery()
# A dispatch as the delivery page shows it, in one statement (parameter "number"; issue 15).
_VIEW = Bundle(
    doc=select(document_t).where(document_t.c.number == bindparam("number")),
    shipped=_shipped_of(_numbered),
    partner=select(Partner.code, Partner.name).where(Partner.id == select(document_t.c.partner_id).where(
        document_t.c.number == bindparam("number")).scalar_subquery()),
    handover=select(document_t.c.number).where(not_by_index(document_t.c.type) == "handover",
                                               document_t.c.reference == bindparam("number"),
                                               document_t.c.state == "posted").limit(1),
    reversal=select(document_t.c.number).where(document_t.c.reverses_id == _numbered),
)


def dispatch_view(db: Database, code: str) -> DispatchView:
    """A dispatch by its number or by the payload of its paper's QR code
    (gudang.domain.document_qr: "DOK|number|hash", or the older "SJ|number|hash")."""
    code = (code or "").strip()
    qr = document_qr.decode(code)
    number = qr.number if qr else code
    with UnitOfWork(db, write=False) as uow:
        got = _VIEW.fetch(uow.conn, {"number": number})
        doc = _posted_dispatch(got["doc"], number)
        rows = got["shipped"]
        verified = _qr_matches(uow.conn, doc, qr, rows) if qr else None  # the paper's lines: its own reads
    partner = got["partner"][0] if got["partner"] else None
    return DispatchView(doc.id, doc.number, doc.type, doc.date, partner.code if partner else None,
                        partner.name if partner else None, doc.destination, doc.vehicle, doc.driver,
                        got["handover"][0].number if got["handover"] else None,
                        got["reversal"][0].number if got["reversal"] else None, _lots(rows), verified)


def dispatch_number(code: str) -> str:
    """The dispatch number a `gudang confirm` argument names: the number itself or
    the payload of its surat jalan's QR code."""
    qr = document_qr.decode(code or "")
    return qr.number if qr else (code or "").strip()


def _qr_matches(conn: Connection, doc, qr: document_qr.DocumentQr, rows) -> bool:
    """The QR's line hash against the waybill as printed (gudang.reports.printing)
    or, for papers it does not print, the posted moves (per move and per lot)."""
    if doc.type == "issue":
        from gudang.documents.waybill import qr_lines
        from gudang.reports.printing import _waybill

        if qr.matches(qr_lines(_waybill(conn, doc, settings(conn)))):
            return True
    per_move = [(r.sku, r.barcode or r.lot or "", r.qty) for r in rows]
    per_lot = [(lot.sku, lot.barcode or lot.lot or "", lot.qty) for lot in _lots(rows)]
    return qr.matches(per_move) or qr.matches(per_lot)


# -- confirm ----------------------------------------------------------------------

_shipped_lots = select(StockMove.lot_id).where(StockMove.document_id == _numbered)
_into_transit = (select(func.count()).select_from(StockMove)
                 .join(Location, Location.id == StockMove.to_location_id)
                 .where(StockMove.document_id == _numbered, Location.kind == TRANSIT).scalar_subquery())
# Everything a confirmation checks and writes with, in one statement (parameter "number"): it
# read the dispatch, its moves, its reversal, its BAST, each virtual location, the settings,
# the counter and the balances one statement each, 24 round trips for 7 lots (issue 15).
_CONFIRM = Bundle(
    doc=_VIEW.definitions["doc"],
    shipped=_VIEW.definitions["shipped"],
    handover=_VIEW.definitions["handover"],
    reversal=_VIEW.definitions["reversal"],
    lots=(select(*lookup.LOT_COLUMNS, Item.sku, Item.category).join(Item, Item.id == Lot.item_id)
          .where(Lot.id.in_(_shipped_lots))),
    stock=select(Balance.lot_id, Balance.location_id, Balance.qty).where(Balance.lot_id.in_(_shipped_lots)),
    **moves_posting.POSTING_PARTS,
    # a BAST line per condition of each move into transit: at most three per move
    line_ids=new_ids(line_t, 3 * _into_transit),
)


def confirm_delivery(db: Database, actor: Actor, number: str, confirmation: ConfirmationInput) -> Confirmation:
    """Post the BAST of a dispatch: per lot good / damaged / short, closing its transit.
    `number` is the dispatch number or the payload of its surat jalan's QR code; a QR
    whose line hash does not match the posted dispatch is refused. One read and one write
    (gudang.services.moves_posting); a QR of a goods issue reads the waybill as printed."""
    confirmation = confirmation.checked()
    qr = document_qr.decode(number or "")
    number = qr.number if qr else (number or "").strip()
    with UnitOfWork(db, actor, "issue.confirm", marker_later=True) as uow:
        conn = uow.conn
        got = _CONFIRM.fetch(conn, {"number": number, "seq_names": ["doc:handover"]})
        uow.set_marker(got["touch_marker"][0].id)
        doc = _posted_dispatch(got["doc"], number)
        rows = got["shipped"]
        if qr is not None and not _qr_matches(conn, doc, qr, rows):
            raise InvalidInput(N_("the QR code does not match the posted lines of {number}: the paper was "
                                  "changed or belongs to another document"), number=number)
        if got["reversal"]:
            raise InvalidState(N_("{number} was cancelled by {reversal} and cannot be confirmed"),
                               number=number, reversal=got["reversal"][0].number)
        if got["handover"]:
            raise InvalidState(N_("{number} is already confirmed by {handover}"), number=number,
                               handover=got["handover"][0].number)
        if confirmation.date < doc.date:
            raise InvalidInput(N_("the delivery date {date} is before the dispatch date {dispatched}"),
                               date=confirmation.date, dispatched=doc.date).at(where_field("date"))
        if not rows:
            raise InvalidState(N_("{number} did not go via transit: there is nothing to confirm"), number=number)
        given = _given_per_lot(rows, confirmation, number)
        transit = moves_posting.virtual(got, TRANSIT)
        adjustment = moves_posting.virtual(got, ADJUSTMENT)
        recipient = moves_posting.virtual(got, RECIPIENT) if doc.type == "issue" else None
        damaged = [row for row in rows if given[row.lot_id].damaged > 0]
        quarantine = _quarantine_for(got, damaged) if doc.type == "transfer" else {}
        # Split each lot's good / damaged / short over the moves that shipped it, in order.
        planned: list[PlannedLine] = []
        left = {lot_id: {"good": l.good, "damaged": l.damaged, "short": l.short} for lot_id, l in given.items()}
        for row in rows:
            remaining = row.qty
            for condition in ("good", "damaged", "short"):
                take = min(remaining, left[row.lot_id][condition])
                if take <= 0:
                    continue
                left[row.lot_id][condition] -= take
                remaining -= take
                if condition == "short":
                    target = adjustment
                elif doc.type == "issue":
                    target = recipient
                elif condition == "good":
                    target = row.destination
                else:
                    target = quarantine[row.destination]
                planned.append(PlannedLine(row.item_id, row.lot_id, take, row.base_unit, transit, target, row.lot,
                                           row.expiry, condition, given[row.lot_id].remark))
        got["line_ids"] = got["line_ids"][:len(planned)]  # PostgreSQL drew three per move
        plan = WritePlan()
        handover_id, bast, dated_back = moves_posting.plan_document(
            uow, got, plan, "handover", confirmation.date, planned, backdate_reason=confirmation.backdate_reason,
            partner_id=doc.partner_id,
            event_id=doc.event_id, warehouse_id=doc.warehouse_id, reference=number,
            destination=confirmation.place or doc.destination, vehicle=doc.vehicle, driver=doc.driver,
            deliverer=confirmation.received_by, received_title=confirmation.received_title,
            notes=confirmation.notes)
        plan.execute(conn, at_commit=True)
        sums = {k: sum((l.__dict__[k] for l in given.values()), ZERO) for k in ("good", "damaged", "short")}
        uow.audit("issue.confirm", bast, f"{number}: good {sums['good']}, damaged {sums['damaged']}, "
                                         f"short {sums['short']}{dated_back}")
        uow.commit()
    shipped = _lots(rows)
    by_barcode = {r.barcode: r.lot_id for r in rows}
    return Confirmation(handover_id, bast, number, confirmation.date, tuple(
        ConfirmedLot(lot.sku, lot.item, lot.unit, lot.lot, lot.barcode, lot.qty, given[by_barcode[lot.barcode]].good,
                     given[by_barcode[lot.barcode]].damaged, given[by_barcode[lot.barcode]].short)
        for lot in shipped))


def _given_per_lot(rows, confirmation: ConfirmationInput, number: str) -> dict[int, ConfirmLineInput]:
    """The confirmation's line of each shipped lot (by its label, or its lot code where only one
    shipped lot has it): every shipped lot once, good + damaged + short what was shipped."""
    by_barcode = {r.barcode: r.lot_id for r in rows}
    by_code: dict[str, set[int]] = {}
    for r in rows:
        if r.lot:
            by_code.setdefault(r.lot, set()).add(r.lot_id)
    shipped = {by_barcode[lot.barcode]: lot for lot in _lots(rows)}
    seen: dict[int, int] = {}
    given: dict[int, ConfirmLineInput] = {}
    for line_no, line in enumerate(confirmation.lines, start=1):
        lot_id = by_barcode.get(line.lot)
        if lot_id is None:
            candidates = by_code.get(line.lot, set())
            if len(candidates) > 1:
                raise InvalidInput(N_("lot code {code} is on several receipts: scan the lot label instead"),
                                   code=line.lot).at(where_line(line_no, "lot"))
            lot_id = next(iter(candidates), None)
        if lot_id is None:
            raise NotFound(N_("lot {lot} was not shipped on {number}"), lot=line.lot, number=number).at(
                where_line(line_no, "lot"))
        if lot_id in seen:
            raise InvalidInput(N_("lot {lot} is confirmed twice (lines {first} and {line})"), lot=line.lot,
                               first=seen[lot_id], line=line_no).at(where_line(line_no, "lot"))
        seen[lot_id] = line_no
        total = line.good + line.damaged + line.short
        if total != shipped[lot_id].qty:
            raise InvalidInput(N_("good + damaged + short of lot {lot} is {total}, but {shipped} {unit} "
                                  "were shipped"), lot=line.lot, total=total, shipped=shipped[lot_id].qty,
                               unit=shipped[lot_id].unit).at(where_line(line_no))
        given[lot_id] = line
    for lot_id, lot in shipped.items():
        if lot_id not in given:
            raise InvalidInput(N_("lot {lot} ({qty} {unit} shipped) is missing from the confirmation"),
                               lot=lot.lot or lot.barcode, qty=lot.qty, unit=lot.unit).at(where_field("lines"))
    return given


def _quarantine_for(got: dict, rows) -> dict[int, int]:
    """Destination bin -> the quarantine location of its warehouse (for damaged transfers)."""
    locations = {row.id: row for row in got["locations"]}
    out = {}
    for destination in {r.destination for r in rows if r.destination}:
        warehouse = locations[destination].warehouse_id
        quarantine = next((row.id for row in got["locations"]  # by id, as the first one created
                           if row.warehouse_id == warehouse and row.kind == QUARANTINE and row.active), None)
        if quarantine is None:
            raise NotFound(N_("the warehouse of {code} has no quarantine location for damaged goods"),
                           code=locations[destination].code)
        out[destination] = quarantine
    return out


# -- read -------------------------------------------------------------------------

def unconfirmed_query(limit: dt.date):
    """The dispatches dated `limit` or before that no BAST confirms and no document cancels.

    A dispatch is confirmed when a BAST names its number (`reference`, indexed since revision
    0012): NOT EXISTS looks each one up there (SQLite is kept off the (type, state) index,
    which would read every BAST). An outer join on the reference read every BAST
    again for each dispatch before it had an index; `NOT IN` a list of the confirmed numbers
    is hashed by PostgreSQL only while that list fits in `work_mem` (at the default 4 MB,
    150,000 BASTs did and 400,000 did not), and past it PostgreSQL scans the whole list again
    for each dispatch (300 dispatches: 7.2 s instead of 5 ms)."""
    target = aliased(Location)
    handover = aliased(Document)
    reversal = aliased(Document)
    confirmed = select(handover.id).where(not_by_index(handover.type) == "handover",
                                          handover.reference == document_t.c.number)
    return (
        select(document_t.c.number, document_t.c.type, document_t.c.date, Partner.code, Partner.name,
               document_t.c.destination, document_t.c.vehicle, document_t.c.driver,
               func.count(func.distinct(StockMove.lot_id)), func.sum(StockMove.qty))
        .select_from(document_t)
        .join(StockMove, StockMove.document_id == document_t.c.id)
        .join(target, and_(target.id == StockMove.to_location_id, target.kind == TRANSIT))
        .outerjoin(Partner, Partner.id == document_t.c.partner_id)
        .outerjoin(reversal, reversal.reverses_id == document_t.c.id)
        .where(document_t.c.type.in_(DISPATCH_TYPES), document_t.c.state == "posted",
               document_t.c.date <= limit, ~confirmed.exists(), reversal.id.is_(None))
        .group_by(document_t.c.id, document_t.c.number, document_t.c.type, document_t.c.date, Partner.code,
                  Partner.name, document_t.c.destination, document_t.c.vehicle, document_t.c.driver)
        .order_by(document_t.c.date, document_t.c.id))


def unconfirmed(db: Database, days: int = 0, as_of: dt.date | None = None) -> list[UnconfirmedRow]:
    """Dispatches still in transit (not confirmed, not cancelled) dated `days` or more before `as_of`."""
    if days < 0:
        raise InvalidInput(N_("{value} is out of range"), value=days).at(where_field("days"))
    as_of = as_of or dates.today()
    query = unconfirmed_query(as_of - dt.timedelta(days=days))
    with UnitOfWork(db, write=False) as uow:
        return [UnconfirmedRow(n, t, d, (as_of - d).days, rc, rn, dest, v, drv, lots,
                               qty if isinstance(qty, Decimal) else Decimal(qty))
                for n, t, d, rc, rn, dest, v, drv, lots, qty in uow.conn.execute(query)]
