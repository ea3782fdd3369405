"""Goods issues: draft with a FEFO proposal, approve, post, and the one-step issue.

Posting allocates again at posting time (stock may have moved since the
draft) under the posting lock, moves the goods from their bins to the
transit location and draws the surat jalan number, all in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, bindparam, func, insert, select
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import (
    ALLOCATABLE_KINDS, ON_HAND_KINDS, TRANSIT, Balance, Document, DocumentLine, Item, Location, Lot, Partner,
    ReplayKey, StockMove,
)
from gudang.domain.errors import GudangError, InsufficientStock, InvalidInput, InvalidState, LotNotAllowed, NotFound
from gudang.domain import dates, rules
from gudang.domain.dates import check_document_date
from gudang.domain.fefo import Candidate, fefo_order, is_expired, take
from gudang.domain.inputs import IssueInput, IssueLineInput, where_field, where_line
from gudang.domain.roles import can
from gudang.domain.quantity import ZERO
from gudang.i18n import N_
from gudang.services import guards, lookup, overlap, posting
from gudang.services.bundle import Bundle, expand_ids, new_ids
from gudang.services.posting import MoveRow
from gudang.services.keys import already_posted, key_row
from gudang.services import requests as requests_service
from gudang.services.requests import request_for_issue
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.writes import WritePlan

document_t = Document.__table__
line_t = DocumentLine.__table__
_insert_lines = insert(line_t).returning(line_t.c.id, sort_by_parameter_order=True)
_insert_document = insert(document_t).returning(document_t.c.id)


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
           Location.kind, Lot.expiry, Lot.received, Lot.status, Lot.barcode, Lot.code.label("lot_code"), Lot.donor_id)
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
    """FEFO (or the requested lot) for every line, consuming stock as lines take it."""
    return _allocate_from(_candidates(conn, {line.item.id for line in lines}), lines, date, actor)


def _by_item(rows) -> dict[int, list]:
    by_item: dict[int, list] = {}
    for row in rows:
        by_item.setdefault(row.item_id, []).append(row)
    return by_item


def _allocate_from(by_item: dict[int, list], lines: list[_Line], date: dt.date,
                   actor: Actor) -> list[tuple[_Line, object, Decimal, str]]:
    """FEFO (or the requested lot) for every line over the candidates read (by item),
    consuming stock as lines take it.

    A lot expired today is never allocated nor issued, whatever the document's date
    (a backdated issue cannot take goods that have expired since)."""
    date = max(date, dates.today())
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


def _allocations(taken) -> tuple[AllocatedLot, ...]:
    return tuple(
        AllocatedLot(line.line_no, line.item.sku, line.item.name, row.lot_code, row.barcode,
                     row.expiry, row.code, qty, line.item.base_unit, why)
        for line, row, qty, why in taken)


# -- one read, then one write (issue 15) ---------------------------------------------------
#
# A goods issue reads everything it checks in ONE statement (gudang.services.bundle):
# settings, the replay key, recipient, event, items and their pack units, the lots the
# lines name, the FEFO candidates of the items, the transit location, bins being counted,
# stock on hand of items with a minimum, earlier dispatches for the overlap guard, the
# number sequence and the ids of the rows it will create. The checks then run in Python in
# the order (and with the messages) they always had, and the rows go in one write
# (gudang.services.writes). Both happen under the posting lock, so what was read holds.

_item = aliased(Item)
_of_skus = select(_item.id).where(_item.sku.in_(bindparam("skus", expanding=True))).scalar_subquery()
_ISSUE_PARTS = dict(
    settings=posting.SETTINGS_PART,
    key=posting.KEY_PART,
    recipient=posting.PARTNER_PART,
    event=posting.EVENT_PART,
    items=posting.ITEMS_PART,
    units=posting.UNITS_PART,
    lots=lookup.lots_named,
    candidates=_candidates_query.where(Balance.item_id.in_(_of_skus), Balance.qty > 0,
                                       Location.kind.in_(ALLOCATABLE_KINDS)),
    transit=posting.virtual_location_part(TRANSIT),
    open_counts=posting.OPEN_COUNTS_PART,
    # stock on hand (every goods-holding bin) of the items that have a minimum
    on_hand=select(Balance.item_id, func.sum(Balance.qty).label("qty"))
    .join(Location, Location.id == Balance.location_id)
    .where(Balance.item_id.in_(select(_item.id).where(_item.sku.in_(bindparam("skus", expanding=True)),
                                                      _item.min_stock > 0)),
           Location.kind.in_(ON_HAND_KINDS))
    .group_by(Balance.item_id),
    earlier=overlap.EARLIER_PART,
    # the desa guard and the request the issue names: warnings without reads of their own
    recipients=overlap.RECIPIENTS_PART,
    donors=overlap.DONORS_PART,
    desa_earlier=overlap.DESA_EARLIER_PART,
    request=requests_service.REQUEST_PART,
    request_asked=requests_service.REQUEST_ASKED_PART,
    request_given=requests_service.REQUEST_GIVEN_PART,
    sequences=posting.SEQUENCES_PART,
    touch_marker=posting.TOUCH_MARKER_PART,
    document_id=new_ids(document_t),
    line_ids=new_ids(line_t, "n_lines"),
    # the draft a changed draft replaces ("this": its id; -1 for a new issue)
    draft=select(document_t.c.id, document_t.c.type, document_t.c.state).where(document_t.c.id == bindparam("this")),
)
_ISSUE_CONTEXT = Bundle(**_ISSUE_PARTS)


def _read(uow: UnitOfWork, issue: IssueInput, key: str | None, window: int, this: int = -1) -> dict:
    """Everything an issue, a draft or a changed draft (`this`) reads, in one statement."""
    got = _ISSUE_CONTEXT.fetch(uow.conn, {
        "key": key, "partner": issue.recipient, "event": issue.event,
        "skus": sorted({line.sku for line in issue.lines}),
        "lot_codes": sorted({line.lot for line in issue.lines if line.lot}),
        "since": issue.date - dt.timedelta(days=window), "until": issue.date, "this": this,
        "request": requests_service.request_param(issue.request),
        "seq_names": ["doc:issue"], "n_lines": len(issue.lines)})
    uow.set_marker(got["touch_marker"][0].id)
    return got


def _checked(conn: Connection, got: dict, issue: IssueInput, actor: Actor,
             config: dict) -> tuple[dict, object, list[_Line]]:
    """`_header` and `_resolve_lines` over the bundle's rows: (header, recipient, lines)."""
    backdate_reason = check_document_date(issue.date, on=dates.today(), days=dates.backdate_days(config),
                                          role=actor.role, reason=issue.backdate_reason)
    try:
        recipient = lookup.checked_partner(got["recipient"][0] if got["recipient"] else None,
                                           issue.recipient, "recipient")
    except GudangError as error:
        raise error.at(where_field("recipient"))
    event_id = None
    if issue.event:
        try:
            event_id = lookup.checked_event(got["event"][0] if got["event"] else None, issue.event).id
        except GudangError as error:
            raise error.at(where_field("event"))
    try:
        request_id = requests_service.request_from(got["request"], issue.request)
    except GudangError as error:
        raise error.at(where_field("request"))
    header = {"type": "issue", "date": issue.date, "partner_id": recipient.id, "event_id": event_id,
              "request_id": request_id, "reference": issue.reference, "destination": issue.destination,
              "transport_mode": issue.transport_mode, "carrier": issue.carrier,
              "vehicle": issue.vehicle, "driver": issue.driver, "driver_phone": issue.driver_phone,
              "notes": issue.notes, "backdate_reason": backdate_reason}
    items = {row.sku: row for row in got["items"]}
    factors = posting.unit_factors_of(got["units"]) if any(line.unit for line in issue.lines) else {}
    lines = []
    for line_no, line in enumerate(issue.lines, start=1):
        item = items.get(line.sku)
        if item is None:
            raise NotFound(N_("unknown item {sku}"), sku=line.sku).at(where_line(line_no, "sku"))
        unit, qty, qty_base = rules.checked_issue_line(line_no, line, item, factors)
        lot = None
        if line.lot:
            try:
                lot = lookup.checked_lot(got["lots"], line.lot, item.id)
            except GudangError as error:
                raise error.at(where_line(line_no, "lot"))
        lines.append(_Line(line_no, item, qty, unit, qty_base, lot, line.reason))
    return header, recipient, lines


def _transit_moves(got: dict, document_id: int, taken) -> tuple[list[MoveRow], dict[int, str]]:
    """The allocated stock leaves its bins for the transit location (refused while a bin is counted)."""
    transit = posting.found_virtual(got["transit"], TRANSIT)
    kinds = {transit: TRANSIT}
    moves = []
    for line, row, qty, _ in taken:
        kinds[row.location_id] = row.kind
        moves.append(MoveRow(line.item.id, row.lot_id, row.location_id, transit, qty, line.line_id))
    guards.check_counts(got["open_counts"], kinds, {line.item.id: line.item.category for line, *_ in taken})
    return moves, kinds


def _warnings_from(uow: UnitOfWork, got: dict, config: dict, recipient, header: dict, lines: list[_Line],
                   taken, window: int, document_id: int | None) -> tuple[str, ...]:
    """`_warnings` over the bundle's rows: below minimum after this issue, then overlaps."""
    on_hand = {row.item_id: row.qty for row in got["on_hand"]}
    took: dict[int, Decimal] = {}
    for line, _, qty, _ in taken:
        took[line.item.id] = took.get(line.item.id, ZERO) + qty
    items = {line.item.id: line.item for line in lines}.values()
    warnings = guards.below_minimum(items, on_hand, took)
    warnings += overlap.overlap_from_bundle(uow.conn, got["earlier"], config, recipient, document_id,
                                            header["date"], window, lines)
    mine: dict[int, set] = {}  # the donors of the lots this dispatch takes, by item
    for line, row, _, _ in taken:
        mine.setdefault(line.item.id, set()).add(row.donor_id)
    warnings += overlap.desa_from_bundle(uow.conn, got, recipient.id, document_id, header, lines, mine,
                                         overlap.days_of(config), window)
    warnings += requests_service.request_warnings_from(got, header, lines)
    return tuple(warnings)


def _document_row(uow: UnitOfWork, document_id: int, header: dict, state: str, **extra) -> dict:
    return {"id": document_id, **header, **extra, "state": state, "created_by": uow.user, "created_at": uow.now}


def _line_rows(document_id: int, lines: list[_Line]) -> list[dict]:
    return [{"id": line.line_id, "document_id": document_id, "line_no": line.line_no, "item_id": line.item.id,
             "lot_id": line.lot.id if line.lot else None, "qty": line.qty, "unit": line.unit,
             "qty_base": line.qty_base, "remark": line.reason} for line in lines]


def issue_goods(db: Database, actor: Actor, issue: IssueInput, *, key: str | None = None) -> IssueResult:
    """Allocate by FEFO and post a goods issue in one step (the `gudang issue` command).

    Every value is checked first (`IssueInput.checked`); `key` (from `replay`) is recorded
    in the same transaction."""
    issue = issue.checked()
    with UnitOfWork(db, actor, "issue.post", marker_later=True) as uow:
        dialect = uow.conn.dialect.name
        window = overlap.window_guess(uow.conn)
        got = _read(uow, issue, key, window)
        if key is not None and got["key"]:
            raise already_posted(key, got["key"][0])
        config = posting.read_settings(got["settings"])
        header, recipient, lines = _checked(uow.conn, got, issue, actor, config)
        taken = _allocate_from(_by_item(got["candidates"]), lines, issue.date, actor)  # fail before writing
        seq = posting.sequence_last(got["sequences"], "doc:issue", issue.date.year) + 1
        number = posting.document_number(config, "issue", seq, issue.date)
        document_id = expand_ids(got["document_id"], 1, dialect)[0]
        for line, line_id in zip(lines, expand_ids(got["line_ids"], len(lines), dialect)):
            line.line_id = line_id
        moves, kinds = _transit_moves(got, document_id, taken)
        plan = WritePlan()
        plan.sequences([("doc:issue", issue.date.year, seq)])
        plan.insert(document_t, [_document_row(
            uow, document_id, header, "posted", number=number, seq=seq, year=issue.date.year,
            approved_by=uow.user, approved_at=uow.now, posted_by=uow.user, posted_at=uow.now)])
        plan.insert(line_t, _line_rows(document_id, lines))
        plan.insert(StockMove.__table__, posting.move_rows(moves, document_id=document_id, posted_at=uow.now,
                                                           posted_by=uow.user))
        plan.balances(posting.balance_deltas(moves, kinds))
        if key is not None:
            plan.insert(ReplayKey.__table__, [key_row(key, "issue", number, uow)])
        warnings = _warnings_from(uow, got, config, recipient, header, lines, taken, window, document_id)
        plan.execute(uow.conn, at_commit=True)
        uow.audit("issue.post", number, _summary(issue.recipient, lines, header))
        uow.commit()
    return IssueResult(document_id, number, "posted", issue.date, _allocations(taken), warnings)


def _summary(recipient: str, lines: list, header: dict) -> str:
    return f"{recipient}: {len(lines)} lines" + dates.backdated_note(header["date"], header.get("backdate_reason"))


def draft_issue(db: Database, actor: Actor, issue: IssueInput) -> IssueResult:
    """Save a goods issue as a draft and return the FEFO proposal for it."""
    issue = issue.checked()
    with UnitOfWork(db, actor, "issue.draft", marker_later=True) as uow:
        dialect = uow.conn.dialect.name
        window = overlap.window_guess(uow.conn)
        got = _read(uow, issue, None, window)
        config = posting.read_settings(got["settings"])
        header, recipient, lines = _checked(uow.conn, got, issue, actor, config)
        taken = _allocate_from(_by_item(got["candidates"]), lines, issue.date, actor)
        document_id = expand_ids(got["document_id"], 1, dialect)[0]
        for line, line_id in zip(lines, expand_ids(got["line_ids"], len(lines), dialect)):
            line.line_id = line_id
        warnings = _warnings_from(uow, got, config, recipient, header, lines, taken, window, document_id)
        (WritePlan().insert(document_t, [_document_row(uow, document_id, header, "draft")])
         .insert(line_t, _line_rows(document_id, lines)).execute(uow.conn, at_commit=True))
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


# A draft (or approved) goods issue with everything approving or posting it reads: parameter "id".
_draft_lines = select(line_t.c.item_id).where(line_t.c.document_id == bindparam("id"))
_DRAFT_CONTEXT = Bundle(
    document=select(document_t).where(document_t.c.id == bindparam("id")),
    lines=select(line_t).where(line_t.c.document_id == bindparam("id")).order_by(line_t.c.line_no),
    items=select(*lookup.ITEM_COLUMNS).where(Item.id.in_(_draft_lines)),
    lots=select(*lookup.LOT_COLUMNS).where(Lot.id.in_(
        select(line_t.c.lot_id).where(line_t.c.document_id == bindparam("id")))),
    partner=select(Partner.code).where(Partner.id == select(document_t.c.partner_id).where(
        document_t.c.id == bindparam("id")).scalar_subquery()),
    candidates=_candidates_query.where(Balance.item_id.in_(_draft_lines), Balance.qty > 0,
                                       Location.kind.in_(ALLOCATABLE_KINDS)),
    settings=posting.SETTINGS_PART,
    transit=posting.virtual_location_part(TRANSIT),
    open_counts=posting.OPEN_COUNTS_PART,
    sequences=posting.SEQUENCES_PART,
    touch_marker=posting.TOUCH_MARKER_PART,
)


def _read_draft(uow: UnitOfWork, document_id: int) -> tuple[dict, object, list[_Line]]:
    """`_load_draft` and everything approving or posting needs, in one statement."""
    got = _DRAFT_CONTEXT.fetch(uow.conn, {"id": document_id, "seq_names": ["doc:issue"]})
    uow.set_marker(got["touch_marker"][0].id)
    doc = got["document"][0] if got["document"] else None
    if doc is None or doc.type != "issue":
        raise NotFound(N_("unknown goods issue #{id}"), id=document_id)
    items = {row.id: row for row in got["items"]}
    lots = {row.id: row for row in got["lots"]}
    lines = [_Line(r.line_no, items[r.item_id], r.qty, r.unit, r.qty_base, lots.get(r.lot_id), r.remark, r.id)
             for r in got["lines"]]
    return got, doc, lines


def approve_issue(db: Database, actor: Actor, document_id: int) -> IssueResult:
    with UnitOfWork(db, actor, "issue.approve", marker_later=True) as uow:
        got, doc, lines = _read_draft(uow, document_id)
        if doc.state != "draft":
            raise InvalidState(N_("goods issue #{id} is {state}, not a draft"), id=document_id, state=doc.state)
        _not_future(doc.date)
        taken = _allocate_from(_by_item(got["candidates"]), lines, doc.date, actor)
        WritePlan().update(document_t, document_id, {
            "state": "approved", "approved_by": uow.user, "approved_at": uow.now}).execute(uow.conn, at_commit=True)
        uow.audit("issue.approve", f"#{document_id}")
        uow.commit()
    return IssueResult(document_id, None, "approved", doc.date, _allocations(taken))


def post_issue(db: Database, actor: Actor, document_id: int) -> IssueResult:
    """Post an approved goods issue: allocate now, move to transit, draw the number."""
    with UnitOfWork(db, actor, "issue.post", marker_later=True) as uow:
        got, doc, lines = _read_draft(uow, document_id)
        if doc.state == "posted":
            raise InvalidState(N_("goods issue {number} is already posted"), number=doc.number)
        if doc.state != "approved":
            raise InvalidState(N_("goods issue #{id} must be approved before posting"), id=document_id)
        _not_future(doc.date)
        taken = _allocate_from(_by_item(got["candidates"]), lines, doc.date, actor)
        config = posting.read_settings(got["settings"])
        seq = posting.sequence_last(got["sequences"], "doc:issue", doc.date.year) + 1
        number = posting.document_number(config, "issue", seq, doc.date)
        moves, kinds = _transit_moves(got, document_id, taken)
        plan = WritePlan()
        plan.sequences([("doc:issue", doc.date.year, seq)])
        plan.update(document_t, document_id, {"state": "posted", "number": number, "seq": seq, "year": doc.date.year,
                                              "posted_by": uow.user, "posted_at": uow.now})
        plan.insert(StockMove.__table__, posting.move_rows(moves, document_id=document_id, posted_at=uow.now,
                                                           posted_by=uow.user))
        plan.balances(posting.balance_deltas(moves, kinds))
        plan.execute(uow.conn, at_commit=True)
        partner = got["partner"][0].code if got["partner"] else None
        uow.audit("issue.post", number, f"{partner}: {len(lines)} lines")
        uow.commit()
    return IssueResult(document_id, number, "posted", doc.date, _allocations(taken))


def _insert(uow: UnitOfWork, header: dict, lines: list[_Line], state: str, **extra) -> int:
    """A document and its lines with plain inserts (the allocation plan's drafts, many in one unit)."""
    document_id = uow.conn.execute(_insert_document, {
        **header, **extra, "state": state, "created_by": uow.user, "created_at": uow.now,
    }).scalar_one()
    insert_lines(uow.conn, document_id, lines)
    return document_id


def insert_lines(conn: Connection, document_id: int, lines: list[_Line]) -> None:
    """A draft's lines with plain inserts; each line learns its new id."""
    ids = conn.execute(_insert_lines, [
        {"document_id": document_id, "line_no": line.line_no, "item_id": line.item.id,
         "lot_id": line.lot.id if line.lot else None, "qty": line.qty, "unit": line.unit,
         "qty_base": line.qty_base, "remark": line.reason}
        for line in lines
    ]).scalars().all()
    for line, line_id in zip(lines, ids):
        line.line_id = line_id


def _warnings(uow: UnitOfWork, document_id: int, header: dict, lines: list[_Line]) -> tuple[str, ...]:
    """Warnings that do not stop an issue (the overlap guard adds to these)."""
    from gudang.services.guards import issue_warnings

    return issue_warnings(uow.conn, document_id, header, lines)
