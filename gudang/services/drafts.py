"""Services for the issuing screen: changing a draft goods issue and reading one back.
(Scans are resolved by gudang.services.scanning.)

`update_issue_draft` replaces the header and every line of a draft in one
unit of work and returns the new FEFO proposal, so the picking screen can
swap a lot (with the reason typed by the picker) before approval. Posted or
approved documents are refused: approval is of exactly what was drafted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, select

from gudang.db.engine import Database
from gudang.db.models import Event, Item, Lot, Partner, Request
from gudang.domain.errors import InvalidState, NotFound
from gudang.domain.inputs import IssueInput
from gudang.i18n import N_
from gudang.services import overlap, posting
from gudang.services.bundle import Bundle, expand_ids
from gudang.services.issues import (
    IssueResult, _allocate_from, _allocations, _by_item, _checked, _line_rows, _read, _warnings_from, document_t,
    line_t,
)
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.writes import WritePlan


def update_issue_draft(db: Database, actor: Actor, document_id: int, issue: IssueInput) -> IssueResult:
    """Replace a draft goods issue's header and lines; return the new FEFO proposal. One read
    and one write, as a new draft (gudang.services.issues): over a 4G link each statement is a
    wait (issue 15)."""
    issue = issue.checked()
    with UnitOfWork(db, actor, "issue.draft", marker_later=True) as uow:
        window = overlap.window_guess(uow.conn)
        got = _read(uow, issue, None, window, this=document_id)
        doc = got["draft"][0] if got["draft"] else None
        if doc is None or doc.type != "issue":
            raise NotFound(N_("unknown goods issue #{id}"), id=document_id)
        if doc.state != "draft":
            raise InvalidState(N_("goods issue #{id} is {state}, not a draft"), id=document_id,
                               state=doc.state)
        config = posting.read_settings(got["settings"])
        header, recipient, lines = _checked(uow.conn, got, issue, actor, config)
        taken = _allocate_from(_by_item(got["candidates"]), lines, issue.date, actor)  # refuse before writing
        for line, line_id in zip(lines, expand_ids(got["line_ids"], len(lines), uow.conn.dialect.name)):
            line.line_id = line_id
        warnings = _warnings_from(uow, got, config, recipient, header, lines, taken, window, document_id)
        header.pop("type")
        (WritePlan().update(document_t, document_id, header).delete(line_t, "document_id", document_id)
         .insert(line_t, _line_rows(document_id, lines)).execute(uow.conn, at_commit=True))
        swapped = sum(1 for line in lines if line.lot is not None)
        uow.audit("issue.draft.update", f"#{document_id}",
                  f"{issue.recipient}: {len(lines)} lines, {swapped} requested lots")
        uow.commit()
    return IssueResult(document_id, None, "draft", issue.date, _allocations(taken), warnings)


@dataclass(frozen=True)
class DraftLine:
    sku: str
    item: str
    qty: Decimal
    unit: str
    lot: str | None  # the requested lot's barcode
    reason: str | None


@dataclass(frozen=True)
class IssueDocument:
    """A goods issue as the issuing screen shows it (any state)."""

    id: int
    state: str
    number: str | None
    input: IssueInput
    lines: tuple[DraftLine, ...]


_LOAD = Bundle(
    document=(select(document_t, Partner.code.label("recipient"), Event.code.label("event"),
                     Request.number.label("request"))
              .select_from(document_t)
              .outerjoin(Partner, Partner.id == document_t.c.partner_id)
              .outerjoin(Event, Event.id == document_t.c.event_id)
              .outerjoin(Request, Request.id == document_t.c.request_id)
              .where(document_t.c.id == bindparam("id"))),
    lines=(select(line_t.c.qty, line_t.c.unit, line_t.c.remark, Item.sku, Item.name, Lot.barcode)
           .join(Item, Item.id == line_t.c.item_id).outerjoin(Lot, Lot.id == line_t.c.lot_id)
           .where(line_t.c.document_id == bindparam("id")).order_by(line_t.c.line_no)),
)


def load_issue(db: Database, document_id: int) -> IssueDocument:
    """Read a goods issue back into the values the issuing screen edits (one statement)."""
    from gudang.domain.inputs import IssueLineInput

    with UnitOfWork(db, write=False) as uow:
        got = _LOAD.fetch(uow.conn, {"id": document_id})
    doc = got["document"][0] if got["document"] else None
    if doc is None or doc.type != "issue":
        raise NotFound(N_("unknown goods issue #{id}"), id=document_id)
    lines = tuple(DraftLine(r.sku, r.name, r.qty, r.unit, r.barcode, r.remark) for r in got["lines"])
    issue = IssueInput(
        date=doc.date, recipient=doc.recipient,
        lines=tuple(IssueLineInput(line.sku, line.qty, line.unit, line.lot, line.reason) for line in lines),
        destination=doc.destination, event=doc.event, reference=doc.reference,
        transport_mode=doc.transport_mode, carrier=doc.carrier, vehicle=doc.vehicle,
        driver=doc.driver, driver_phone=doc.driver_phone, notes=doc.notes, request=doc.request)
    return IssueDocument(doc.id, doc.state, doc.number, issue, lines)


@dataclass(frozen=True)
class DraftSummary:
    id: int
    date: dt.date
    state: str
    recipient: str
    recipient_name: str
    lines: int


def open_issues(db: Database, limit: int = 200) -> list[DraftSummary]:
    """Goods issues not yet posted (drafts and approved), newest first."""
    from sqlalchemy import func

    with UnitOfWork(db, write=False) as uow:
        rows = uow.conn.execute(
            select(document_t.c.id, document_t.c.date, document_t.c.state, Partner.code, Partner.name,
                   func.count(line_t.c.id))
            .join(Partner, Partner.id == document_t.c.partner_id)
            .outerjoin(line_t, line_t.c.document_id == document_t.c.id)
            .where(document_t.c.type == "issue", document_t.c.state.in_(("draft", "approved")))
            .group_by(document_t.c.id, document_t.c.date, document_t.c.state, Partner.code, Partner.name)
            .order_by(document_t.c.id.desc()).limit(limit)).all()
    return [DraftSummary(*row) for row in rows]
