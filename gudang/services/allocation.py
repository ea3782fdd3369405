"""Needs-based allocation: a plan for the open requests of an event, and its drafts.

`plan_allocation(db, event)` shares the stock that can be issued today among
the open requests of the event (DESIGN.md section 12):

- the stock: balances of storage and receiving bins, lots available (not in
  quarantine) and not expired today, less what open draft and approved goods
  issues will take when posted (they are served first, FEFO, as posting would);
- each request line claims its outstanding quantity less what its own open
  drafts already hold, in whole base units;
- per item, gudang.domain.allocation.share: priority 1 before 2 before 3; within
  a priority, when short, shares in proportion to the claims by the largest
  remainder method, never more than claimed; ties go to the larger claim, then
  the older request (date, then entry order);
- lots are taken FEFO, requests in priority, date and entry order.

The kepala gudang may change a line's allocation (`adjust`): never above its
claim, never so that an item's allocations exceed its stock. `draft_plan` does
the same under the posting lock and saves one draft goods issue per request
naming it (`request_id`), in one transaction; the drafts then follow the normal
approval and posting, which allocates FEFO again at that moment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from typing import Mapping

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.orm import aliased

from gudang.db.models import (
    ALLOCATABLE_KINDS, Balance, Document, DocumentLine, Event, Item, Location, Lot, Partner, Request,
    RequestLine,
)
from gudang.db.engine import Database
from gudang.domain import dates
from gudang.domain.allocation import Claim, share
from gudang.domain.errors import InvalidInput, NotFound
from gudang.domain.fefo import Candidate, fefo_order, take
from gudang.domain.inputs import where_field
from gudang.domain.quantity import ZERO
from gudang.i18n import N_
from gudang.services.bundle import Bundle
from gudang.services.overlap import (OPEN_HEADS_PART, OPEN_WHATS_PART, RECIPIENTS_PART, days_of,
                                     overlaps_of_requests)
from gudang.services.posting import SETTINGS_PART, read_settings
from gudang.services.uow import Actor, UnitOfWork


@dataclass(frozen=True)
class PlanLot:
    barcode: str
    lot: str | None  # the supplier's lot code
    expiry: dt.date | None
    location: str
    qty: Decimal
    donor: str | None


@dataclass(frozen=True)
class PlanLine:
    request_id: int
    request: str  # its PMT number
    date: dt.date
    priority: int
    recipient: str
    recipient_name: str
    kecamatan: str | None
    desa: str | None
    region_code: str | None
    people: int | None
    item_id: int
    sku: str
    item: str
    unit: str
    asked: Decimal  # on the request
    issued: Decimal  # posted, uncancelled
    pending: Decimal  # in its open drafts
    claim: int  # whole units still to plan: asked - issued - pending, rounded down
    allocated: int
    proposed: int  # what the rule gave, before any adjustment
    lots: tuple[PlanLot, ...] = ()

    @property
    def outstanding(self) -> Decimal:
        return max(ZERO, self.asked - self.issued - self.pending)

    @property
    def short(self) -> Decimal:
        return self.outstanding - self.allocated


@dataclass(frozen=True)
class ItemStock:
    sku: str
    item: str
    unit: str
    usable: Decimal  # issuable today, before open drafts
    reserved: Decimal  # taken by open draft and approved goods issues
    available: int  # whole units left to plan
    claimed: int
    allocated: int

    @property
    def short(self) -> int:
        return max(0, self.claimed - self.allocated)


@dataclass(frozen=True)
class Plan:
    event: str
    event_name: str
    date: dt.date
    lines: tuple[PlanLine, ...]
    stock: tuple[ItemStock, ...]
    warnings: tuple[str, ...] = ()
    drafts: tuple = field(default=())  # the draft goods issues saved from it (draft_plan)

    def by_kecamatan(self) -> list[tuple[str, int, int]]:
        """(kecamatan, claimed, allocated) summed over the lines, largest need first."""
        totals: dict[str, list[int]] = {}
        for line in self.lines:
            entry = totals.setdefault(line.kecamatan or "-", [0, 0])
            entry[0] += line.claim
            entry[1] += line.allocated
        return sorted(((k, c, a) for k, (c, a) in totals.items()), key=lambda t: (-t[1], t[0]))


@dataclass(frozen=True)
class DraftFromPlan:
    id: int
    request: str
    recipient: str
    lines: int
    warnings: tuple[str, ...]


def _whole(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR)) if value > 0 else 0


_open_requests = (
    select(Request.id, Request.number, Request.date, Request.priority, Request.people, Partner.code,
           Partner.name, Partner.region, Partner.desa, Partner.region_code)
    .join(Partner, Partner.id == Request.partner_id)
    .order_by(Request.priority, Request.date, Request.id))
_request_lines = (
    select(RequestLine.request_id, RequestLine.item_id, RequestLine.qty, RequestLine.line_no, Item.sku, Item.name,
           Item.base_unit)
    .join(Item, Item.id == RequestLine.item_id)
    .order_by(RequestLine.request_id, RequestLine.line_no))
_usable = (
    select(Balance.item_id, Balance.lot_id, Balance.location_id, Balance.qty, Location.code, Lot.expiry,
           Lot.received, Lot.status, Lot.barcode, Lot.code.label("lot_code"), Partner.code.label("donor"))
    .join(Location, Location.id == Balance.location_id)
    .join(Lot, Lot.id == Balance.lot_id)
    .outerjoin(Partner, Partner.id == Lot.donor_id)
    .where(Balance.qty > 0, Location.kind.in_(ALLOCATABLE_KINDS)))
_open_draft_lines = (
    select(DocumentLine.document_id, DocumentLine.item_id, func.sum(DocumentLine.qty_base).label("qty"))
    .join(Document, Document.id == DocumentLine.document_id)
    .where(Document.type == "issue", Document.state.in_(("draft", "approved")))
    .group_by(DocumentLine.document_id, DocumentLine.item_id)
    .order_by(DocumentLine.document_id))


_open_of_event = select(Request.id).where(
    Request.event_id == select(Event.id).where(Event.code == bindparam("event")).scalar_subquery(),
    Request.state == "open")
_items_asked = select(RequestLine.item_id).where(RequestLine.request_id.in_(_open_of_event))
_reversal = aliased(Document)


def _given(states: tuple[str, ...]):
    """What the uncancelled goods issues in `states` gave each open request of the event, by item."""
    return (select(Document.request_id, DocumentLine.item_id, func.sum(DocumentLine.qty_base).label("qty"))
            .select_from(Document)
            .join(DocumentLine, DocumentLine.document_id == Document.id)
            .outerjoin(_reversal, _reversal.reverses_id == Document.id)
            .where(Document.type == "issue", Document.state.in_(states), Document.request_id.in_(_open_of_event),
                   _reversal.id.is_(None))
            .group_by(Document.request_id, DocumentLine.item_id))


# Everything a plan is computed from, in one statement (parameter "event", its code): over a
# 4G link each statement is a wait of 20-60 ms (issue 15).
_PLAN = Bundle(
    event=select(Event.id, Event.code, Event.name).where(Event.code == bindparam("event")),
    heads=_open_requests.where(Request.id.in_(_open_of_event)),
    lines=_request_lines.where(RequestLine.request_id.in_(_open_of_event)),
    issued=_given(("posted",)),
    pending=_given(("draft", "approved")),
    usable=_usable.where(Balance.item_id.in_(_items_asked)),
    open_drafts=_open_draft_lines.where(DocumentLine.item_id.in_(_items_asked)),
    settings=SETTINGS_PART,
    open_heads=OPEN_HEADS_PART,
    open_whats=OPEN_WHATS_PART,
    recipients=RECIPIENTS_PART,
)


def _compute(conn: Connection, event_code: str, date: dt.date,
             adjust: Mapping[tuple[str, str], object] | None) -> Plan:
    got = _PLAN.fetch(conn, {"event": event_code})
    event = got["event"][0] if got["event"] else None
    if event is None:
        raise NotFound(N_("unknown event {code}"), code=event_code).at(where_field("event"))
    today = dates.today()
    if date > today:
        raise InvalidInput(N_("the date {date} is in the future"), date=date).at(where_field("date"))
    heads = got["heads"]
    by_id = {h.id: h for h in heads}
    raw_lines = got["lines"]
    issued = {(row.request_id, row.item_id): row.qty for row in got["issued"]}
    pending = {(row.request_id, row.item_id): row.qty for row in got["pending"]}
    item_ids = sorted({row.item_id for row in raw_lines})

    # Stock that can be issued today, FEFO per item; open drafts take theirs first.
    candidates: dict[int, list[Candidate]] = {}
    rows_by_key: dict[tuple[int, int], object] = {}
    for row in got["usable"]:
        rows_by_key[(row.lot_id, row.location_id)] = row
        candidates.setdefault(row.item_id, []).append(Candidate(
            row.lot_id, row.location_id, row.code, row.expiry, row.received, row.qty, row.status == "quarantine"))
    ordered = {item: fefo_order(cands, today) for item, cands in candidates.items()}
    left = {key: row.qty for key, row in rows_by_key.items()}
    usable = {item: sum((c.available for c in cands), ZERO) for item, cands in ordered.items()}
    reserved: dict[int, Decimal] = {}
    for _, item_id, qty in got["open_drafts"]:
        taken, missing = take(ordered.get(item_id, []), left, qty)
        reserved[item_id] = reserved.get(item_id, ZERO) + qty - missing
    available = {item: _whole(sum((left[(c.lot_id, c.location_id)] for c in ordered.get(item, [])), ZERO))
                 for item in item_ids}

    # Claims and the fair share per item.
    claims: dict[int, list[Claim]] = {}
    info: dict[tuple[int, int], object] = {}
    for row in raw_lines:
        key = (row.request_id, row.item_id)
        info[key] = row
        head = by_id[row.request_id]
        need = _whole(row.qty - issued.get(key, ZERO) - pending.get(key, ZERO))
        claims.setdefault(row.item_id, []).append(Claim(key, head.priority, need, (head.date, head.id)))
    proposed: dict[tuple[int, int], int] = {}
    for item_id, item_claims in claims.items():
        proposed.update(share(available.get(item_id, 0), item_claims))
    allocated = dict(proposed)
    if adjust:
        _apply(adjust, allocated, claims, available, info, by_id)

    # Lots, FEFO, in the order requests are served.
    lines = []
    order = sorted(info, key=lambda key: (by_id[key[0]].priority, by_id[key[0]].date, key[0], info[key].line_no))
    lots_of: dict[tuple[int, int], tuple[PlanLot, ...]] = {}
    for key in order:
        qty = allocated.get(key, 0)
        if qty > 0:
            taken, _ = take(ordered.get(key[1], []), left, Decimal(qty))
            lots_of[key] = tuple(
                PlanLot(rows_by_key[(a.lot_id, a.location_id)].barcode, rows_by_key[(a.lot_id, a.location_id)].lot_code,
                        rows_by_key[(a.lot_id, a.location_id)].expiry, rows_by_key[(a.lot_id, a.location_id)].code,
                        a.quantity, rows_by_key[(a.lot_id, a.location_id)].donor)
                for a in taken)
    claim_of = {c.key: c.need for item_claims in claims.values() for c in item_claims}
    for key in order:
        row, head = info[key], by_id[key[0]]
        if claim_of[key] <= 0:
            continue  # nothing left to plan for this line
        lines.append(PlanLine(
            head.id, head.number, head.date, head.priority, head.code, head.name, head.region, head.desa,
            head.region_code, head.people, row.item_id, row.sku, row.name, row.base_unit, row.qty,
            issued.get(key, ZERO), pending.get(key, ZERO), claim_of[key], allocated.get(key, 0),
            proposed.get(key, 0), lots_of.get(key, ())))
    names = {row.item_id: (row.sku, row.name, row.base_unit) for row in raw_lines}
    stock = []
    for item_id in item_ids:
        item_claims = claims.get(item_id, [])
        claimed = sum(c.need for c in item_claims)
        if claimed <= 0:
            continue
        sku, name, unit = names[item_id]
        stock.append(ItemStock(sku, name, unit, usable.get(item_id, ZERO), reserved.get(item_id, ZERO),
                               available.get(item_id, 0), claimed,
                               sum(allocated.get(c.key, 0) for c in item_claims)))
    warnings = overlaps_of_requests(days_of(read_settings(got["settings"])), got["open_heads"], got["recipients"],
                                    got["open_whats"], sorted({line.request_id for line in lines}))
    return Plan(event.code, event.name, date, tuple(lines), tuple(sorted(stock, key=lambda s: s.sku)),
                tuple(warnings))


def _apply(adjust, allocated, claims, available, info, by_id) -> None:
    """The kepala gudang's changes: within each line's claim and each item's stock."""
    keys = {(by_id[key[0]].number, info[key].sku): key for key in info}
    for (number, sku), value in adjust.items():
        key = keys.get((number, sku))
        where = f"{number} {sku}"
        if key is None:
            raise NotFound(N_("{sku} is not an open line of request {number}"), sku=sku, number=number).at(where)
        try:
            qty = Decimal(value)
        except (ArithmeticError, TypeError, ValueError):
            raise InvalidInput(N_("quantity must be a number, not {value}"), value=value).at(where) from None
        if qty < 0 or qty != qty.to_integral_value():
            raise InvalidInput(N_("must be a whole number, not {value}"), value=value).at(where)
        need = next(c.need for c in claims[key[1]] if c.key == key)
        if qty > need:
            raise InvalidInput(N_("{qty} is more than the {need} still asked"), qty=qty, need=need).at(where)
        allocated[key] = int(qty)
    for item_id, item_claims in claims.items():
        total = sum(allocated.get(c.key, 0) for c in item_claims)
        if total > available.get(item_id, 0):
            sku = info[item_claims[0].key].sku
            raise InvalidInput(N_("{sku}: {total} planned but only {available} can be issued"),
                               sku=sku, total=total, available=available.get(item_id, 0))


def plan_allocation(db: Database, event: str, date: dt.date | None = None,
                    adjust: Mapping[tuple[str, str], object] | None = None) -> Plan:
    """The plan for the open requests of `event` (read only)."""
    with UnitOfWork(db, write=False) as uow:
        return _compute(uow.conn, event, date or dates.today(), adjust)


def draft_plan(db: Database, actor: Actor, event: str, date: dt.date | None = None,
               adjust: Mapping[tuple[str, str], object] | None = None) -> Plan:
    """Save the plan (with the adjustments) as one draft goods issue per request, in one
    transaction (gudang.services.plan_drafts: a few statements whatever the drafts)."""
    from gudang.services.plan_drafts import save_drafts

    date = date or dates.today()
    with UnitOfWork(db, actor, "request.allocate") as uow:
        plan = _compute(uow.conn, event, date, adjust)
        by_request: dict[int, list[PlanLine]] = {}
        for line in plan.lines:
            if line.allocated > 0:
                by_request.setdefault(line.request_id, []).append(line)
        if not by_request:
            raise InvalidInput(N_("nothing to draft: no request of {event} gets any stock"), event=event)
        saved = save_drafts(uow, actor, event, date, [
            (lines[0].request, lines[0].recipient, [(line, line.lots) for line in lines])
            for lines in by_request.values()])
        drafts = [DraftFromPlan(document_id, number, recipient, count, warnings)
                  for document_id, number, recipient, count, warnings in saved]
        uow.audit("request.allocate", event, f"{len(drafts)} draft goods issues for {len(plan.lines)} request lines")
        uow.commit()
    return Plan(plan.event, plan.event_name, plan.date, plan.lines, plan.stock, plan.warnings, tuple(drafts))
