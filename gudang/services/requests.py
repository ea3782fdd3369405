"""Requests (permintaan): what a posko or desa asked for, and what it has received.

A request is numbered PMT when entered (`{seq:03d}/PMT/{agency}/{month:roman}/{year}`,
one gapless counter per year). It is never edited: what has been issued
against it is derived from the goods issues that name it (`document.request_id`):

- issued: the posted goods issues naming it that no reversal has cancelled;
- pending: its draft and approved goods issues (not yet posted);
- outstanding: asked - issued, never below zero.

A request is open until closed with a reason (fulfilled, cancelled by the
posko, superseded...). Its status for the screens is `closed`, `complete`
(nothing outstanding), `partial` (something issued) or `new`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import Document, DocumentLine, Event, Item, Partner, Request, RequestLine
from gudang.domain import dates
from gudang.domain.errors import GudangError, InvalidInput, InvalidState, NotFound
from gudang.domain.inputs import clean_code, clean_text, where_field, where_line
from gudang.domain.numbering import format_number
from gudang.domain.quantity import ZERO, parse_quantity
from gudang.domain.rations import RationLine, RationStandard, ration_lines
from gudang.domain.request_inputs import RequestInput, RequestLineInput
from gudang.i18n import N_
from gudang.services import lookup
from gudang.services.bundle import Bundle
from gudang.services.posting import reserve, settings
from gudang.services.uow import Actor, UnitOfWork

REQUEST_CODE = "PMT"
STATUS_NAMES = {"new": N_("new"), "partial": N_("partially issued"), "complete": N_("complete"),
                "closed": N_("closed")}
request_t = Request.__table__
request_line_t = RequestLine.__table__
document_t = Document.__table__
line_t = DocumentLine.__table__
_insert_request = insert(request_t).returning(request_t.c.id)
_insert_lines = insert(request_line_t)


# -- reading ------------------------------------------------------------------------------------

_reversal = aliased(Document)
# Per request and item: the base quantity of its goods issues in a set of states,
# cancelled ones (those a reversal points to) left out.
_issued = (
    select(document_t.c.request_id, line_t.c.item_id, func.sum(line_t.c.qty_base).label("qty"))
    .select_from(document_t)
    .join(line_t, line_t.c.document_id == document_t.c.id)
    .outerjoin(_reversal, _reversal.reverses_id == document_t.c.id)
    .where(document_t.c.type == "issue", document_t.c.state.in_(bindparam("states", expanding=True)),
           document_t.c.request_id.in_(bindparam("requests", expanding=True)), _reversal.id.is_(None))
    .group_by(document_t.c.request_id, line_t.c.item_id))


def issued_by_request(conn: Connection, request_ids: list[int], states=("posted",)) -> dict[tuple[int, int], Decimal]:
    """(request id, item id) -> base quantity of the uncancelled goods issues naming it in `states`."""
    if not request_ids:
        return {}
    out: dict[tuple[int, int], Decimal] = {}
    # Chunks keep the IN list within what every database accepts.
    for start in range(0, len(request_ids), 900):
        rows = conn.execute(_issued, {"states": list(states), "requests": request_ids[start:start + 900]})
        for request_id, item_id, qty in rows:
            out[(request_id, item_id)] = qty if isinstance(qty, Decimal) else _from_storage(qty)
    return out


def _from_storage(value) -> Decimal:
    from gudang.domain.quantity import from_storage

    return from_storage(value) if value is not None else ZERO


@dataclass(frozen=True)
class RequestLineRow:
    """One line of a request with its bookkeeping (the `request list` row)."""

    request_id: int
    number: str
    date: dt.date
    recipient: str
    recipient_name: str
    priority: int
    state: str
    line_no: int
    sku: str
    item: str
    unit: str
    asked: Decimal
    issued: Decimal
    pending: Decimal  # in draft and approved goods issues

    @property
    def outstanding(self) -> Decimal:
        return max(ZERO, self.asked - self.issued)


@dataclass(frozen=True)
class RequestSummary:
    """One request, for the list on the Requests page."""

    id: int
    number: str
    date: dt.date
    recipient: str
    recipient_name: str
    kecamatan: str | None
    desa: str | None
    region_code: str | None
    event: str | None
    reference: str | None
    priority: int
    people: int | None
    households: int | None
    state: str
    lines: int
    asked: Decimal  # sums over the lines, in their base units (for a progress figure)
    issued: Decimal
    outstanding: Decimal
    close_reason: str | None
    warnings: tuple[str, ...] = ()  # when entered: other requests from the same desa (overlap guard)

    @property
    def status(self) -> str:
        if self.state == "closed":
            return "closed"
        if self.outstanding <= 0:
            return "complete"
        return "partial" if self.issued > 0 else "new"

    @property
    def fulfilled(self) -> float:
        """Share of the asked quantity issued, 0..1 (lines weighted by their quantity)."""
        return float(min(self.issued, self.asked) / self.asked) if self.asked else 0.0


_request_from = (request_t.join(Partner, Partner.id == request_t.c.partner_id)
                 .outerjoin(Event, Event.id == request_t.c.event_id))
_request_rows = (
    select(request_t, Partner.code.label("recipient"), Partner.name.label("recipient_name"),
           Partner.region.label("kecamatan"), Partner.desa, Partner.region_code, Event.code.label("event"))
    .select_from(_request_from))
_FILTERS = {"event": Event.code, "recipient": Partner.code, "number": request_t.c.number}
_reads: dict[tuple, Bundle] = {}


def _read_bundle(filters: tuple[str, ...], state: str | None, with_issues: bool) -> Bundle:
    """The requests named by `filters` (bound by name) and `state`, with their lines, what
    was issued and is pending against them, and (`with_issues`) their goods issues: one
    statement (gudang.services.bundle), as a page over a 4G link needs (issue 15)."""
    key = (filters, state, with_issues)
    if key not in _reads:
        conditions = [_FILTERS[name] == bindparam(name) for name in filters]
        if state:
            conditions.append(request_t.c.state == state)
        ids = select(request_t.c.id).select_from(_request_from).where(*conditions)

        def given(states: tuple[str, ...]):
            return (select(document_t.c.request_id, line_t.c.item_id, func.sum(line_t.c.qty_base).label("qty"))
                    .select_from(document_t)
                    .join(line_t, line_t.c.document_id == document_t.c.id)
                    .outerjoin(_reversal, _reversal.reverses_id == document_t.c.id)
                    .where(document_t.c.type == "issue", document_t.c.state.in_(states),
                           document_t.c.request_id.in_(ids), _reversal.id.is_(None))
                    .group_by(document_t.c.request_id, line_t.c.item_id))

        parts = {
            "heads": _request_rows.where(*conditions).order_by(request_t.c.priority, request_t.c.date,
                                                                request_t.c.id),
            "lines": (select(request_line_t.c.request_id, request_line_t.c.line_no, request_line_t.c.item_id,
                             request_line_t.c.qty, Item.sku, Item.name, Item.base_unit)
                      .join(Item, Item.id == request_line_t.c.item_id)
                      .where(request_line_t.c.request_id.in_(ids))
                      .order_by(request_line_t.c.request_id, request_line_t.c.line_no)),
            "issued": given(("posted",)),
            "pending": given(("draft", "approved")),
        }
        if with_issues:
            reversal = aliased(Document)
            parts["issues"] = (select(document_t.c.id, document_t.c.number, document_t.c.date, document_t.c.state,
                                      reversal.number.label("cancelled_by"))
                               .select_from(document_t).outerjoin(reversal, reversal.reverses_id == document_t.c.id)
                               .where(document_t.c.request_id.in_(ids), document_t.c.type == "issue")
                               .order_by(document_t.c.date, document_t.c.id))
        _reads[key] = Bundle(**parts)
    return _reads[key]


def _read_requests(conn: Connection, *, state: str | None = None, with_issues: bool = False,
                   **filters: str | None) -> tuple[list, list[RequestLineRow], list]:
    """(the requests, highest priority and oldest first; their lines with what was issued
    and is pending; their goods issues if asked) of the given filters (event, recipient,
    number: codes; None or empty is no filter)."""
    given = {name: value for name, value in filters.items() if value}
    got = _read_bundle(tuple(sorted(given)), state, with_issues).fetch(conn, given)
    heads = got["heads"]
    issued = {(row.request_id, row.item_id): row.qty for row in got["issued"]}
    pending = {(row.request_id, row.item_id): row.qty for row in got["pending"]}
    by_id = {head.id: head for head in heads}
    rows = []
    for line in got["lines"]:
        head = by_id[line.request_id]
        key = (line.request_id, line.item_id)
        rows.append(RequestLineRow(head.id, head.number, head.date, head.recipient, head.recipient_name,
                                   head.priority, head.state, line.line_no, line.sku, line.name,
                                   line.base_unit, line.qty, issued.get(key, ZERO), pending.get(key, ZERO)))
    return heads, rows, got.get("issues", [])


def list_request_lines(db: Database, *, event: str | None = None, open_only: bool = False,
                       recipient: str | None = None) -> list[RequestLineRow]:
    """Every line of the requests (of an event), with asked, issued and outstanding.

    `open_only`: requests not closed that still have something outstanding.
    """
    with UnitOfWork(db, write=False) as uow:
        _, rows, _ = _read_requests(uow.conn, event=event, state="open" if open_only else None,
                                    recipient=recipient)
    if open_only:
        still = {r.request_id for r in rows if r.outstanding > 0}
        rows = [r for r in rows if r.request_id in still]
    return rows


def list_requests(db: Database, *, event: str | None = None, open_only: bool = False,
                  recipient: str | None = None) -> list[RequestSummary]:
    """One row per request, highest priority and oldest first."""
    with UnitOfWork(db, write=False) as uow:
        heads, lines, _ = _read_requests(uow.conn, event=event, state="open" if open_only else None,
                                         recipient=recipient)
    totals: dict[int, list] = {}
    for line in lines:
        entry = totals.setdefault(line.request_id, [0, ZERO, ZERO, ZERO])
        entry[0] += 1
        entry[1] += line.asked
        entry[2] += min(line.issued, line.asked)
        entry[3] += line.outstanding
    out = []
    for head in heads:
        count, asked, issued, outstanding = totals.get(head.id, [0, ZERO, ZERO, ZERO])
        if open_only and outstanding <= 0:
            continue
        out.append(RequestSummary(head.id, head.number, head.date, head.recipient, head.recipient_name,
                                  head.kecamatan, head.desa, head.region_code, head.event, head.reference,
                                  head.priority, head.people, head.households, head.state, count, asked,
                                  issued, outstanding, head.close_reason))
    return out


@dataclass(frozen=True)
class RequestIssue:
    id: int
    number: str | None
    date: dt.date
    state: str
    cancelled_by: str | None


@dataclass(frozen=True)
class RequestDetail:
    summary: RequestSummary
    lines: tuple[RequestLineRow, ...]
    issues: tuple[RequestIssue, ...]
    notes: str | None
    created_by: str
    closed_by: str | None
    closed_at: dt.datetime | None


def request_detail(db: Database, number: str) -> RequestDetail:
    heads: list = []
    if number:
        with UnitOfWork(db, write=False) as uow:
            heads, lines, issues = _read_requests(uow.conn, number=number, with_issues=True)
    if not heads:
        raise NotFound(N_("unknown request {number}"), number=number)
    head = heads[0]
    asked = sum((line.asked for line in lines), ZERO)
    issued = sum((min(line.issued, line.asked) for line in lines), ZERO)
    outstanding = sum((line.outstanding for line in lines), ZERO)
    summary = RequestSummary(head.id, head.number, head.date, head.recipient, head.recipient_name,
                             head.kecamatan, head.desa, head.region_code, head.event, head.reference,
                             head.priority, head.people, head.households, head.state, len(lines), asked,
                             issued, outstanding, head.close_reason)
    return RequestDetail(summary, tuple(lines), tuple(RequestIssue(*row) for row in issues), head.notes,
                         head.created_by, head.closed_by, head.closed_at)


# -- ration standards -------------------------------------------------------------------------------

_standards = (select(Item.sku, Item.name, Item.base_unit, Item.decimals, Item.ration_person_day,
                     Item.ration_household)
              .where(Item.active.is_(True),
                     (Item.ration_person_day.is_not(None)) | (Item.ration_household.is_not(None)))
              .order_by(Item.sku))


def _standards_of(conn: Connection) -> list[RationStandard]:
    return [RationStandard(*row) for row in conn.execute(_standards)]


def ration_standards(db: Database) -> list[RationStandard]:
    """The active items that carry a ration standard."""
    with UnitOfWork(db, write=False) as uow:
        return _standards_of(uow.conn)


def compute_lines(db: Database, people: int | None, households: int | None, days: int) -> list[RationLine]:
    """Lines for people x days (and households once) from the ration standards."""
    with UnitOfWork(db, write=False) as uow:
        return ration_lines(_standards_of(uow.conn), people or 0, households or 0, days)


def _ration_value(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    number = parse_quantity(value, allow_zero=True)
    return number if number > 0 else None


def set_ration(db: Database, actor: Actor, sku: str, per_person_day: object = None,
               per_household: object = None) -> RationStandard:
    """Set (or, with nothing given, clear) an item's ration standards, in its base unit."""
    person = _check(where_field("per-person-day"), _ration_value, per_person_day)
    household = _check(where_field("per-household"), _ration_value, per_household)
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        item = uow.session.scalar(select(Item).where(Item.sku == sku))
        if item is None:
            raise NotFound(N_("unknown item {sku}"), sku=sku)
        old = (item.ration_person_day, item.ration_household)
        item.ration_person_day, item.ration_household = person, household
        uow.audit("item.ration", sku, f"per person per day {_show(old[0])} -> {_show(person)}; "
                                      f"per household {_show(old[1])} -> {_show(household)}")
        uow.commit()
        return RationStandard(item.sku, item.name, item.base_unit, item.decimals, person, household)


def _show(value: Decimal | None) -> str:
    return "-" if value is None else format(value.normalize(), "f")


def _check(where: str, parse, value):
    from gudang.domain.errors import GudangError

    try:
        return parse(value)
    except GudangError as error:
        raise error.at(where) from None


# -- writing -----------------------------------------------------------------------------------------

def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def add_request(db: Database, actor: Actor, request: RequestInput) -> RequestSummary:
    """Enter a request; returns it with its PMT number."""
    request = request.checked()
    if request.date > dates.today():
        raise InvalidInput(N_("the date {date} is in the future"), date=request.date).at(where_field("date"))
    with UnitOfWork(db, actor, "request.add") as uow:
        conn = uow.conn
        try:
            recipient = lookup.partner(conn, request.recipient, "recipient")
        except InvalidInput as error:
            raise error.at(where_field("recipient"))
        except NotFound as error:
            raise error.at(where_field("recipient"))
        event_id = None
        if request.event:
            try:
                event_id = lookup.event(conn, request.event).id
            except NotFound as error:
                raise error.at(where_field("event"))
        lines = list(request.lines)
        if request.days:
            given = {line.sku for line in lines}
            lines += [RequestLineInput(r.sku, r.qty, r.basis)
                      for r in ration_lines(_standards_of(conn), request.people or 0, request.households or 0,
                                            request.days) if r.sku not in given]
            if not lines:
                raise InvalidInput(N_("no item has a ration standard: give the lines")).at(where_field("lines"))
        items = lookup.items_by_sku(conn, {line.sku for line in lines})
        decimals = dict(conn.execute(select(Item.sku, Item.decimals).where(Item.sku.in_(list(items)))).all())
        rows = []
        for line_no, line in enumerate(lines, start=1):
            item = items.get(line.sku)
            if item is None:
                raise NotFound(N_("unknown item {sku}"), sku=line.sku).at(where_line(line_no, "sku"))
            if not item.active:
                raise InvalidInput(N_("item {sku} is deactivated"), sku=line.sku).at(where_line(line_no, "sku"))
            allowed = decimals.get(line.sku) or 0
            if _places(line.qty) > allowed:
                raise InvalidInput(N_("{sku} is counted in whole {unit}: {qty} has too many decimals"),
                                   sku=line.sku, unit=item.base_unit, qty=line.qty).at(where_line(line_no, "qty"))
            rows.append({"line_no": line_no, "item_id": item.id, "qty": line.qty, "remark": line.remark})
        config = settings(conn)
        seq = reserve(conn, "doc:request", request.date.year)
        number = format_number(config.get("number_pattern"), seq=seq,
                               code=config.get("code_request", REQUEST_CODE),
                               agency=config["agency_code"], date=request.date)
        request_id = conn.execute(_insert_request, {
            "number": number, "seq": seq, "year": request.date.year, "date": request.date,
            "partner_id": recipient.id, "event_id": event_id, "reference": request.reference,
            "priority": request.priority, "people": request.people, "households": request.households,
            "state": "open", "notes": request.notes, "created_by": uow.user, "created_at": uow.now,
        }).scalar_one()
        conn.execute(_insert_lines, [{**row, "request_id": request_id} for row in rows])
        from gudang.services.overlap import request_overlap_warnings

        warnings = tuple(request_overlap_warnings(conn, request_id))
        uow.audit("request.add", number, f"{request.recipient}: priority {request.priority}, "
                                         f"{len(rows)} lines, people {request.people or '-'}")
        uow.commit()
    return RequestSummary(request_id, number, request.date, recipient.code, recipient.name, None, None, None,
                          request.event, request.reference, request.priority, request.people,
                          request.households, "open", len(rows), sum((r["qty"] for r in rows), ZERO), ZERO,
                          sum((r["qty"] for r in rows), ZERO), None, warnings)


def close_request(db: Database, actor: Actor, number: str, reason: str) -> RequestSummary:
    """Close a request with a reason: it takes no more goods issues and leaves the allocation."""
    reason = _check(where_field("reason"), lambda v: clean_text(v, max_length=500), reason)
    if not reason:
        raise InvalidInput(N_("is required")).at(where_field("reason"))
    with UnitOfWork(db, actor, "request.close") as uow:
        row = uow.conn.execute(select(request_t.c.id, request_t.c.state).where(request_t.c.number == number)
                               ).one_or_none()
        if row is None:
            raise NotFound(N_("unknown request {number}"), number=number)
        if row.state == "closed":
            raise InvalidState(N_("request {number} is already closed"), number=number)
        uow.conn.execute(update(request_t).where(request_t.c.id == row.id).values(
            state="closed", close_reason=reason, closed_by=uow.user, closed_at=uow.now))
        uow.audit("request.close", number, reason)
        uow.commit()
    return request_detail(db, number).summary


# -- goods issues naming a request ------------------------------------------------------------------

_request_by_number = select(request_t.c.id, request_t.c.state, request_t.c.partner_id).where(
    request_t.c.number == bindparam("number"))


def request_for_issue(conn: Connection, number: str | None) -> int | None:
    """The id of the open request a goods issue names (None when it names none)."""
    if not number:
        return None
    number = clean_code(number, max_length=60)
    row = conn.execute(_request_by_number, {"number": number}).one_or_none()
    if row is None:
        raise NotFound(N_("unknown request {number}"), number=number)
    if row.state == "closed":
        raise InvalidState(N_("request {number} is closed: it takes no more goods issues"), number=number)
    return row.id


def number_of(conn: Connection, request_id: int | None) -> str | None:
    if request_id is None:
        return None
    return conn.execute(select(request_t.c.number).where(request_t.c.id == request_id)).scalar()


def request_issue_warnings(conn: Connection, document_id: int | None, header: dict, lines) -> list[str]:
    """A goods issue naming a request: another recipient, items not asked for, more than outstanding."""
    request_id = header.get("request_id")
    if not request_id:
        return []
    head = conn.execute(select(request_t.c.number, request_t.c.partner_id, Partner.code)
                        .join(Partner, Partner.id == request_t.c.partner_id)
                        .where(request_t.c.id == request_id)).one()
    asked = {item_id: qty for item_id, qty in conn.execute(
        select(request_line_t.c.item_id, request_line_t.c.qty).where(request_line_t.c.request_id == request_id))}
    issued = {item_id: qty for (_, item_id), qty in
              issued_by_request(conn, [request_id], ("posted", "draft", "approved")).items()}
    if document_id is not None:  # this goods issue itself is not "already" given
        own = conn.execute(select(line_t.c.item_id, func.sum(line_t.c.qty_base))
                           .join(document_t, document_t.c.id == line_t.c.document_id)
                           .where(line_t.c.document_id == document_id, document_t.c.request_id == request_id)
                           .group_by(line_t.c.item_id)).all()
        for item_id, qty in own:
            issued[item_id] = issued.get(item_id, ZERO) - (qty if isinstance(qty, Decimal) else _from_storage(qty))
    return _request_warnings(head.number, head.partner_id, head.code, header, asked, issued, lines)


def _request_warnings(number: str, partner_id: int, partner_code: str, header: dict, asked: dict, issued: dict,
                      lines) -> list[str]:
    """The warnings of `request_issue_warnings` from what was read: `asked` and `issued` (by
    other goods issues, posted or not) by item id."""
    from gudang.i18n import tr

    warnings = []
    if header.get("partner_id") != partner_id:
        warnings.append(tr(N_("request {number} is from {recipient}, not from the recipient of this goods issue"))
                        .format(number=number, recipient=partner_code))
    wanted: dict[int, Decimal] = {}
    for line in lines:
        wanted[line.item.id] = wanted.get(line.item.id, ZERO) + line.qty_base
    skus = {line.item.id: line.item.sku for line in lines}
    for item_id, qty in wanted.items():
        if item_id not in asked:
            warnings.append(tr(N_("{sku} is not on request {number}")).format(sku=skus[item_id], number=number))
            continue
        left = max(ZERO, asked[item_id] - issued.get(item_id, ZERO))
        if qty > left:
            warnings.append(tr(N_("{sku}: {qty} is more than the {left} still outstanding on request {number}"))
                            .format(sku=skus[item_id], qty=_show(qty), left=_show(left), number=number))
    return warnings


# -- within a goods issue's one read (gudang.services.bundle) ----------------------------------
#
# Parameters: "request" (the number the issue names, None for none), "this" (the goods issue
# itself when it exists, else -1). `request_from` and `request_warnings_from` decide over the
# rows as `request_for_issue` and `request_issue_warnings` do over their own reads.

_named = select(request_t.c.id).where(request_t.c.number == bindparam("request")).scalar_subquery()
REQUEST_PART = (select(request_t.c.id, request_t.c.number, request_t.c.state, request_t.c.partner_id,
                       Partner.code.label("partner_code"))
                .join(Partner, Partner.id == request_t.c.partner_id)
                .where(request_t.c.number == bindparam("request")))
REQUEST_ASKED_PART = select(request_line_t.c.item_id, request_line_t.c.qty).where(
    request_line_t.c.request_id == _named)
REQUEST_GIVEN_PART = (
    select(line_t.c.item_id, func.sum(line_t.c.qty_base).label("qty"))
    .select_from(document_t)
    .join(line_t, line_t.c.document_id == document_t.c.id)
    .outerjoin(_reversal, _reversal.reverses_id == document_t.c.id)
    .where(document_t.c.type == "issue", document_t.c.state.in_(("posted", "draft", "approved")),
           document_t.c.request_id == _named, _reversal.id.is_(None), document_t.c.id != bindparam("this"))
    .group_by(line_t.c.item_id))


def request_param(number: str | None) -> str | None:
    """The "request" parameter for a number as typed (cleaned; as typed if it cannot be, so
    that `request_from` names the problem where it always has)."""
    if not number:
        return None
    try:
        return clean_code(number, max_length=60)
    except GudangError:
        return number


def request_from(rows, number: str | None) -> int | None:
    """`request_for_issue` over REQUEST_PART's rows."""
    if not number:
        return None
    number = clean_code(number, max_length=60)
    row = next((row for row in rows if row.number == number), None)
    if row is None:
        raise NotFound(N_("unknown request {number}"), number=number)
    if row.state == "closed":
        raise InvalidState(N_("request {number} is closed: it takes no more goods issues"), number=number)
    return row.id


def request_warnings_from(got: dict, header: dict, lines) -> list[str]:
    """`request_issue_warnings` over the parts above (read with "this" the issue itself)."""
    if not header.get("request_id") or not got["request"]:
        return []
    head = got["request"][0]
    return _request_warnings(head.number, head.partner_id, head.partner_code, header,
                             {row.item_id: row.qty for row in got["request_asked"]},
                             {row.item_id: row.qty for row in got["request_given"]}, lines)
