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

from sqlalchemy import delete, select, update

from gudang.db.engine import Database
from gudang.db.models import Event, Item, Lot, Partner
from gudang.domain.errors import InvalidState, NotFound
from gudang.domain.inputs import IssueInput
from gudang.i18n import N_
from gudang.services.issues import (
    IssueResult, _allocate, _allocations, _header, _resolve_lines, _warnings, insert_lines,
    document_t, line_t,
)
from gudang.services.posting import settings
from gudang.services.uow import Actor, UnitOfWork


def _draft_row(uow: UnitOfWork, document_id: int):
    doc = uow.conn.execute(select(document_t).where(document_t.c.id == document_id)).one_or_none()
    if doc is None or doc.type != "issue":
        raise NotFound(N_("unknown goods issue #{id}"), id=document_id)
    return doc


def update_issue_draft(db: Database, actor: Actor, document_id: int, issue: IssueInput) -> IssueResult:
    """Replace a draft goods issue's header and lines; return the new FEFO proposal."""
    issue = issue.checked()
    with UnitOfWork(db, actor, "issue.draft") as uow:
        doc = _draft_row(uow, document_id)
        if doc.state != "draft":
            raise InvalidState(N_("goods issue #{id} is {state}, not a draft"), id=document_id,
                               state=doc.state)
        header = _header(uow.conn, issue, actor, settings(uow.conn))
        lines = _resolve_lines(uow.conn, issue.lines)
        taken = _allocate(uow.conn, lines, issue.date, actor)  # refuse before writing anything
        header.pop("type")
        uow.conn.execute(update(document_t).where(document_t.c.id == document_id).values(**header))
        uow.conn.execute(delete(line_t).where(line_t.c.document_id == document_id))
        insert_lines(uow.conn, document_id, lines)
        warnings = _warnings(uow, document_id, {**header, "type": "issue"}, lines)
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


def load_issue(db: Database, document_id: int) -> IssueDocument:
    """Read a goods issue back into the values the issuing screen edits."""
    with UnitOfWork(db, write=False) as uow:
        doc = _draft_row(uow, document_id)
        conn = uow.conn
        recipient = conn.execute(select(Partner.code).where(Partner.id == doc.partner_id)).scalar()
        event = conn.execute(select(Event.code).where(Event.id == doc.event_id)).scalar() \
            if doc.event_id else None
        from gudang.services.requests import number_of

        request = number_of(conn, doc.request_id)
        rows = conn.execute(
            select(line_t.c.qty, line_t.c.unit, line_t.c.remark, Item.sku, Item.name, Lot.barcode)
            .join(Item, Item.id == line_t.c.item_id).outerjoin(Lot, Lot.id == line_t.c.lot_id)
            .where(line_t.c.document_id == document_id).order_by(line_t.c.line_no)).all()
    from gudang.domain.inputs import IssueLineInput

    lines = tuple(DraftLine(r.sku, r.name, r.qty, r.unit, r.barcode, r.remark) for r in rows)
    issue = IssueInput(
        date=doc.date, recipient=recipient,
        lines=tuple(IssueLineInput(line.sku, line.qty, line.unit, line.lot, line.reason) for line in lines),
        destination=doc.destination, event=event, reference=doc.reference,
        transport_mode=doc.transport_mode, carrier=doc.carrier, vehicle=doc.vehicle,
        driver=doc.driver, driver_phone=doc.driver_phone, notes=doc.notes, request=request)
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
