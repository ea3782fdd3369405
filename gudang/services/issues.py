"""Goods issues: draft with a FEFO proposal, approve, post, and the one-step issue.

Posting allocates again at posting time (stock may have moved since the
draft) under the posting lock, moves the goods from their bins to the
transit location and draws the surat jalan number, all in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, bindparam, insert, select, update

from gudang.db.engine import Database
from gudang.db.models import (
    ALLOCATABLE_KINDS, TRANSIT, Balance, Document, DocumentLine, Item, Location, Lot, Partner,
)
from gudang.domain.errors import GudangError, InsufficientStock, InvalidInput, InvalidState, LotNotAllowed, NotFound
from gudang.domain import dates, rules
from gudang.domain.dates import check_document_date
from gudang.domain.fefo import Candidate, fefo_order, is_expired, take
from gudang.domain.inputs import IssueInput, IssueLineInput, where_field, where_line
from gudang.domain.roles import can
from gudang.i18n import N_
from gudang.services import lookup
from gudang.services.counts import guard_counts
from gudang.services.posting import MoveRow, assign_number, settings, virtual_location, write_moves
from gudang.services.keys import check_new, record_key
from gudang.services.requests import request_for_issue
from gudang.services.uow import Actor, UnitOfWork

document_t = Document.__table__
line_t = DocumentLine.__table__
_insert_document = insert(document_t).returning(document_t.c.id)
_insert_lines = insert(line_t).returning(line_t.c.id, sort_by_parameter_order=True)


@dataclass(frozen=True)
class AllocatedLot:
    line_no: int
    sku: str
    item: str
    lot: str | None
    barcode: str
    expiry: dt.date | None
    location: str
    qty: Decimal
    unit: str
    why: str  # "fefo" or "requested"


@dataclass(frozen=True)
class IssueResult:
    id: int
    number: str | None
    state: str
    date: dt.date
    allocations: tuple[AllocatedLot, ...]
    warnings: tuple[str, ...] = ()


@dataclass
class _Line:
    line_no: int
    item: object
    qty: Decimal  # in the line's unit
    unit: str
    qty_base: Decimal
    lot: object | None
    reason: str | None
    line_id: int | None = None


_candidates_query = (
    select(Balance.lot_id, Balance.location_id, Balance.item_id, Balance.qty, Location.code,
           Location.kind, Lot.expiry, Lot.received, Lot.status, Lot.barcode, Lot.code.label("lot_code"))
    .join(Location, Location.id == Balance.location_id)
    .join(Lot, Lot.id == Balance.lot_id)
)


# Built once: building and cache-keying the statement cost more than running it.
_candidates_of_items = _candidates_query.where(
    Balance.item_id.in_(bindparam("item_ids", expanding=True)), Balance.qty > 0,
    Location.kind.in_(ALLOCATABLE_KINDS))


def _candidates(conn: Connection, item_ids: set[int]) -> dict[int, list]:
    """Every bin stock of the items that could be issued, by item (one query per posting)."""
    rows = conn.execute(_candidates_of_items, {"item_ids": list(item_ids)})
    by_item: dict[int, list] = {}
    for row in rows:
        by_item.setdefault(row.item_id, []).append(row)
    return by_item


def _resolve_lines(conn: Connection, lines: tuple[IssueLineInput, ...]) -> list[_Line]:
    items = lookup.items_by_sku(conn, {line.sku for line in lines})
    factors = lookup.unit_factors(conn, {i.id for i in items.values()}) if any(
        line.unit for line in lines) else {}
    resolved = []
    for line_no, line in enumerate(lines, start=1):
        item = items.get(line.sku)
        if item is None:
            raise NotFound(N_("unknown item {sku}"), sku=line.sku).at(where_line(line_no, "sku"))
        unit, qty, qty_base = rules.checked_issue_line(line_no, line, item, factors)
        lot = None
        if line.lot:
            try:
                lot = lookup.lot(conn, line.lot, item.id)
            except GudangError as error:
                raise error.at(where_line(line_no, "lot"))
        resolved.append(_Line(line_no, item, qty, unit, qty_base, lot, line.reason))
    return resolved


def _allocate(conn: Connection, lines: list[_Line], date: dt.date, actor: Actor) -> list[tuple[_Line, object, Decimal, str]]:
    """FEFO (or the requested lot) for every line, consuming stock as lines take it.

    A lot expired today is never allocated nor issued, whatever the document's date
    (a backdated issue cannot take goods that have expired since)."""
    date = max(date, dates.today())
    by_item = _candidates(conn, {line.item.id for line in lines})
    rows_by_key = {(row.lot_id, row.location_id): row for rows in by_item.values() for row in rows}
    left = {key: row.qty for key, row in rows_by_key.items()}
    ordered: dict[int, list[Candidate]] = {}  # item -> usable stock in FEFO order, sorted once
    taken: list[tuple[_Line, object, Decimal, str]] = []
    for line in lines:
        if line.item.id not in ordered:
            ordered[line.item.id] = fefo_order(
                (Candidate(row.lot_id, row.location_id, row.code, row.expiry, row.received, row.qty,
                           row.status == "quarantine") for row in by_item.get(line.item.id, [])), date)
        candidates = ordered[line.item.id]
        where = where_line(line.line_no, "lot")
        why = "fefo"
        if line.lot is not None:
            lot = line.lot
            if lot.status == "quarantine":
                raise LotNotAllowed(N_("lot {lot} is in quarantine and cannot be issued"),
                                    lot=lot.code or lot.barcode).at(where)
            if is_expired(lot.expiry, date):
                raise LotNotAllowed(N_("lot {lot} expired on {expiry} and cannot be issued"),
                                    lot=lot.code or lot.barcode, expiry=lot.expiry).at(where)
            first = next((c for c in candidates if left[(c.lot_id, c.location_id)] > 0), None)
            if first is not None and first.lot_id != lot.id:
                fefo = rows_by_key[(first.lot_id, first.location_id)]
                if not can(actor.role, "issue.non_fefo"):
                    raise LotNotAllowed(N_("lot {lot} is not the FEFO lot: lot {fefo} must go out first"),
                                        lot=lot.code or lot.barcode, fefo=fefo.barcode).at(where)
                if not line.reason:
                    raise LotNotAllowed(
                        N_("lot {lot} is not the FEFO lot: lot {fefo} in {bin} (expiry {expiry}) must go out "
                           "first; give the reason for taking {lot}"),
                        lot=lot.code or lot.barcode, fefo=fefo.barcode, bin=fefo.code,
                        expiry=fefo.expiry or "-").at(where_line(line.line_no, "reason"))
            candidates = [c for c in candidates if c.lot_id == lot.id]
            why = "requested"
        allocations, missing = take(candidates, left, line.qty_base)
        if missing > 0:
            raise InsufficientStock(
                N_("insufficient stock of {sku}: {need} {unit} needed, {available} available"),
                sku=line.item.sku, need=line.qty_base, unit=line.item.base_unit,
                available=line.qty_base - missing).at(where_line(line.line_no, "qty"))
        for allocation in allocations:
            taken.append((line, rows_by_key[(allocation.lot_id, allocation.location_id)],
                          allocation.quantity, why))
    return taken


def _header(conn: Connection, issue: IssueInput, actor: Actor, config: dict) -> dict:
    """The document row's header values; checks the date rules (section 9) first."""
    backdate_reason = check_document_date(issue.date, on=dates.today(), days=dates.backdate_days(config),
                                          role=actor.role, reason=issue.backdate_reason)
    try:
        recipient = lookup.partner(conn, issue.recipient, "recipient")
    except GudangError as error:
        raise error.at(where_field("recipient"))
    event_id = None
    if issue.event:
        try:
            event_id = lookup.event(conn, issue.event).id
        except GudangError as error:
            raise error.at(where_field("event"))
    try:
        request_id = request_for_issue(conn, issue.request)
    except GudangError as error:
        raise error.at(where_field("request"))
    return {"type": "issue", "date": issue.date, "partner_id": recipient.id, "event_id": event_id,
            "request_id": request_id, "reference": issue.reference, "destination": issue.destination,
            "transport_mode": issue.transport_mode, "carrier": issue.carrier,
            "vehicle": issue.vehicle, "driver": issue.driver, "driver_phone": issue.driver_phone,
            "notes": issue.notes, "backdate_reason": backdate_reason}


def _insert(uow: UnitOfWork, header: dict, lines: list[_Line], state: str, **extra) -> int:
    document_id = uow.conn.execute(_insert_document, {
        **header, **extra, "state": state, "created_by": uow.user, "created_at": uow.now,
    }).scalar_one()
    ids = uow.conn.execute(_insert_lines, [
        {"document_id": document_id, "line_no": line.line_no, "item_id": line.item.id,
         "lot_id": line.lot.id if line.lot else None, "qty": line.qty, "unit": line.unit,
         "qty_base": line.qty_base, "remark": line.reason}
        for line in lines
    ]).scalars().all()
    for line, line_id in zip(lines, ids):
        line.line_id = line_id
    return document_id


def _allocations(taken) -> tuple[AllocatedLot, ...]:
    return tuple(
        AllocatedLot(line.line_no, line.item.sku, line.item.name, row.lot_code, row.barcode,
                     row.expiry, row.code, qty, line.item.base_unit, why)
        for line, row, qty, why in taken)


def _move_to_transit(uow: UnitOfWork, document_id: int, taken) -> None:
    """The allocated stock leaves its bins for the transit location."""
    transit = virtual_location(uow.conn, TRANSIT)
    kinds = {transit: TRANSIT}
    moves = []
    for line, row, qty, _ in taken:
        kinds[row.location_id] = row.kind
        moves.append(MoveRow(line.item.id, row.lot_id, row.location_id, transit, qty, line.line_id))
    guard_counts(uow.conn, kinds, {m.item_id for m in moves})
    write_moves(uow.conn, moves, kinds, document_id=document_id, posted_at=uow.now,
                posted_by=uow.user, checked=True)


def _post(uow: UnitOfWork, document_id: int, date: dt.date, lines: list[_Line]):
    taken = _allocate(uow.conn, lines, date, uow.actor)
    number, seq, year = assign_number(uow.conn, "issue", date, settings(uow.conn))
    _move_to_transit(uow, document_id, taken)
    return number, seq, year, taken


def issue_goods(db: Database, actor: Actor, issue: IssueInput, *, key: str | None = None) -> IssueResult:
    """Allocate by FEFO and post a goods issue in one step (the `gudang issue` command).

    Every value is checked first (`IssueInput.checked`); `key` (from `replay`) is recorded
    in the same transaction."""
    issue = issue.checked()
    with UnitOfWork(db, actor, "issue.post") as uow:
        check_new(uow.conn, key)
        config = settings(uow.conn)
        header = _header(uow.conn, issue, actor, config)
        lines = _resolve_lines(uow.conn, issue.lines)
        taken = _allocate(uow.conn, lines, issue.date, actor)  # fail before writing anything
        number, seq, year = assign_number(uow.conn, "issue", issue.date, config)
        document_id = _insert(uow, header, lines, "posted", number=number, seq=seq, year=year,
                              approved_by=uow.user, approved_at=uow.now,
                              posted_by=uow.user, posted_at=uow.now)
        _move_to_transit(uow, document_id, taken)
        warnings = _warnings(uow, document_id, header, lines)
        if key is not None:
            record_key(uow.conn, key, "issue", number, uow)
        uow.audit("issue.post", number, _summary(issue.recipient, lines, header))
        uow.commit()
    return IssueResult(document_id, number, "posted", issue.date, _allocations(taken), warnings)


def _summary(recipient: str, lines: list, header: dict) -> str:
    summary = f"{recipient}: {len(lines)} lines"
    if header.get("backdate_reason"):
        summary += f"; backdated to {header['date'].isoformat()}: {header['backdate_reason']}"
    return summary


def draft_issue(db: Database, actor: Actor, issue: IssueInput) -> IssueResult:
    """Save a goods issue as a draft and return the FEFO proposal for it."""
    issue = issue.checked()
    with UnitOfWork(db, actor, "issue.draft") as uow:
        header = _header(uow.conn, issue, actor, settings(uow.conn))
        lines = _resolve_lines(uow.conn, issue.lines)
        taken = _allocate(uow.conn, lines, issue.date, actor)
        document_id = _insert(uow, header, lines, "draft")
        warnings = _warnings(uow, document_id, header, lines)
        uow.audit("issue.draft", f"#{document_id}", _summary(issue.recipient, lines, header))
        uow.commit()
    return IssueResult(document_id, None, "draft", issue.date, _allocations(taken), warnings)


def _not_future(date: dt.date) -> None:
    """Approving and posting keep the date the draft was given (the backdating rule was
    checked when it was entered); a date in the future is still refused."""
    today = dates.today()
    if date > today:
        raise InvalidInput(N_("{date} is in the future (today is {today})"), date=date, today=today).at(
            where_field("date"))


def _load_draft(uow: UnitOfWork, document_id: int):
    doc = uow.conn.execute(select(document_t).where(document_t.c.id == document_id)).one_or_none()
    if doc is None or doc.type != "issue":
        raise NotFound(N_("unknown goods issue #{id}"), id=document_id)
    rows = uow.conn.execute(select(line_t).where(line_t.c.document_id == document_id)
                            .order_by(line_t.c.line_no)).all()
    items = {row.id: row for row in uow.conn.execute(
        select(*lookup.ITEM_COLUMNS).where(Item.id.in_({r.item_id for r in rows})))}
    lots = {}
    lot_ids = {r.lot_id for r in rows if r.lot_id}
    if lot_ids:
        lots = {row.id: row for row in uow.conn.execute(
            select(Lot.id, Lot.item_id, Lot.code, Lot.barcode, Lot.expiry, Lot.received,
                   Lot.status, Lot.donor_id).where(Lot.id.in_(lot_ids)))}
    lines = [_Line(r.line_no, items[r.item_id], r.qty, r.unit, r.qty_base,
                   lots.get(r.lot_id), r.remark, r.id) for r in rows]
    return doc, lines


def approve_issue(db: Database, actor: Actor, document_id: int) -> IssueResult:
    with UnitOfWork(db, actor, "issue.approve") as uow:
        doc, lines = _load_draft(uow, document_id)
        if doc.state != "draft":
            raise InvalidState(N_("goods issue #{id} is {state}, not a draft"), id=document_id, state=doc.state)
        _not_future(doc.date)
        taken = _allocate(uow.conn, lines, doc.date, actor)
        uow.conn.execute(update(document_t).where(document_t.c.id == document_id).values(
            state="approved", approved_by=uow.user, approved_at=uow.now))
        uow.audit("issue.approve", f"#{document_id}")
        uow.commit()
    return IssueResult(document_id, None, "approved", doc.date, _allocations(taken))


def post_issue(db: Database, actor: Actor, document_id: int) -> IssueResult:
    """Post an approved goods issue: allocate now, move to transit, draw the number."""
    with UnitOfWork(db, actor, "issue.post") as uow:
        doc, lines = _load_draft(uow, document_id)
        if doc.state == "posted":
            raise InvalidState(N_("goods issue {number} is already posted"), number=doc.number)
        if doc.state != "approved":
            raise InvalidState(N_("goods issue #{id} must be approved before posting"), id=document_id)
        _not_future(doc.date)
        number, seq, year, taken = _post(uow, document_id, doc.date, lines)
        uow.conn.execute(update(document_t).where(document_t.c.id == document_id).values(
            state="posted", number=number, seq=seq, year=year, posted_by=uow.user,
            posted_at=uow.now))
        partner = uow.conn.execute(select(Partner.code).where(Partner.id == doc.partner_id)).scalar()
        uow.audit("issue.post", number, f"{partner}: {len(lines)} lines")
        uow.commit()
    return IssueResult(document_id, number, "posted", doc.date, _allocations(taken))


def _warnings(uow: UnitOfWork, document_id: int, header: dict, lines: list[_Line]) -> tuple[str, ...]:
    """Warnings that do not stop an issue (the overlap guard adds to these)."""
    from gudang.services.guards import issue_warnings

    return issue_warnings(uow.conn, document_id, header, lines)
