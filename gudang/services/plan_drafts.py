"""The drafts of an allocation plan (`allocation.draft_plan`), read and written in a few
statements whatever their number.

A plan on a flood's second day drafts one goods issue per open request: thirty posko, thirty
drafts. Each was checked, written and warned about with reads of its own, 17 statements a
draft: 550 round trips, 22 s over a 4G link to the office's PostgreSQL (issue 15). Now what
the drafts are checked and warned with is one bundle read for all of them (the recipients,
the requests, the items, and what the guards look at), the drafts and their lines one write,
and their audit entries one statement at commit. Each draft is checked and warned about as a
draft entered on the issuing page is (`issues._checked`, `issues._warnings_from`), the plan's
lots being what it takes.
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from decimal import Decimal

from sqlalchemy import and_, bindparam, func, select

from gudang.db.models import Document, DocumentLine, Item, Partner, Request, RequestLine
from gudang.domain.errors import GudangError
from gudang.domain.inputs import IssueInput, IssueLineInput
from gudang.services import issues, overlap, posting
from gudang.services.bundle import Bundle, expand_ids, new_ids
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.writes import WritePlan

_partners = bindparam("partners", expanding=True)
_of_partners = select(Partner.id).where(Partner.code.in_(_partners))
_named = select(Request.id).where(Request.number.in_(bindparam("requests", expanding=True)))
_reversal, _what, _same_kind = overlap._reversal, overlap._what, overlap.SAME_KIND_AS_SKUS
_earlier_issue = and_(Document.type == "issue", Document.state == "posted", Document.date >= bindparam("since"),
                      Document.date <= bindparam("until"), _reversal.id.is_(None))

_DRAFTS = Bundle(
    **{name: issues._ISSUE_PARTS[name] for name in ("settings", "event", "items", "units", "on_hand", "recipients",
                                                    "donors", "touch_marker")},
    partners=select(*posting.PARTNER_PART.selected_columns).where(Partner.code.in_(_partners)),
    requests=(select(Request.id, Request.number, Request.state, Request.partner_id, Partner.code.label("partner_code"),
                     Request.reference, Partner.address, Partner.region, Partner.desa)
              .join(Partner, Partner.id == Request.partner_id).where(Request.id.in_(_named))),
    asked=select(RequestLine.request_id, RequestLine.item_id, RequestLine.qty).where(RequestLine.request_id.in_(_named)),
    given=(select(Document.request_id, DocumentLine.item_id, func.sum(DocumentLine.qty_base).label("qty"))
           .select_from(Document)
           .join(DocumentLine, DocumentLine.document_id == Document.id)
           .outerjoin(_reversal, _reversal.reverses_id == Document.id)
           .where(Document.type == "issue", Document.state.in_(("posted", "draft", "approved")),
                  Document.request_id.in_(_named), _reversal.id.is_(None))
           .group_by(Document.request_id, DocumentLine.item_id)),
    # overlap.EARLIER_PART for every recipient of the plan
    earlier=(select(Document.partner_id, Document.number, Document.date, _what.label("what"),
                    Item.category.is_(None).label("plain"))
             .select_from(Document)
             .join(DocumentLine, DocumentLine.document_id == Document.id)
             .join(Item, Item.id == DocumentLine.item_id)
             .outerjoin(_reversal, _reversal.reverses_id == Document.id)
             .where(_earlier_issue, Document.partner_id.in_(_of_partners), _same_kind)
             .distinct()),
    # overlap.DESA_EARLIER_PART for every recipient of the plan
    desa_earlier=(
        overlap.DESA_DISPATCHES
        .where(_earlier_issue, _same_kind,
               Document.partner_id.in_(overlap.place_mates(lambda code: code.in_(_partners))))
        .distinct()
        .order_by(Document.date, Document.number)),
    document_ids=new_ids(Document.__table__, "n_documents"),
    line_ids=new_ids(DocumentLine.__table__, "n_lines"),
)
_Taken = namedtuple("_Taken", "donor_id")  # what the desa guard asks of a lot taken
_Earlier = namedtuple("_Earlier", "number date what")  # an overlap.EARLIER_PART row


def save_drafts(uow: UnitOfWork, actor: Actor, event: str, date: dt.date, drafts: list[tuple]) -> list[tuple]:
    """One draft goods issue per (request number, recipient, [(plan line, its lots)]); returns
    (id, request, recipient, lines, warnings) per draft. Audited, not committed."""
    dialect = uow.conn.dialect.name
    window = overlap.window_guess(uow.conn)
    skus = sorted({line.sku for _, _, lines in drafts for line, _ in lines})
    got = _DRAFTS.fetch(uow.conn, {
        "event": event, "partners": sorted({recipient for _, recipient, _ in drafts}), "skus": skus,
        "requests": sorted({number for number, _, _ in drafts}), "since": date - dt.timedelta(days=window),
        "until": date, "n_documents": len(drafts), "n_lines": sum(len(lines) for _, _, lines in drafts)})
    uow.set_marker(got["touch_marker"][0].id)
    config = posting.read_settings(got["settings"])
    partners = {row.code: row for row in got["partners"]}
    heads = {row.number: row for row in got["requests"]}
    items = {row.sku: row for row in got["items"]}
    donor_ids = {row.code: row.id for row in got["donors"]}
    document_ids = iter(expand_ids(got["document_ids"], len(drafts), dialect))
    line_ids = iter(expand_ids(got["line_ids"], sum(len(lines) for _, _, lines in drafts), dialect))
    plan, saved = WritePlan(), []
    documents, document_lines = [], []
    for number, recipient, lines in drafts:
        head = heads.get(number)
        issue = IssueInput(
            date=date, recipient=recipient, event=event, request=number,
            reference=head.reference if head else None, destination=_destination(head),
            lines=tuple(IssueLineInput(line.sku, Decimal(line.allocated)) for line, _ in lines))
        partner = partners.get(recipient)
        view = {**got, "recipient": [partner] if partner else [], "lots": [], "request": [head] if head else [],
                "request_asked": [row for row in got["asked"] if head and row.request_id == head.id],
                "request_given": [row for row in got["given"] if head and row.request_id == head.id],
                "earlier": sorted(_Earlier(row.number, row.date, row.what) for row in got["earlier"]
                                  if partner and row.partner_id == partner.id and _of_kind(row, lines, items))}
        try:
            header, found, resolved = issues._checked(uow.conn, view, issue, actor, config)
        except GudangError as error:
            raise error.at(number)
        document_id = next(document_ids)
        for line in resolved:
            line.line_id = next(line_ids)
        by_sku = {line.sku: lots for line, lots in lines}
        taken = [(line, _Taken(donor_ids.get(lot.donor)), lot.qty, None)
                 for line in resolved for lot in by_sku.get(line.item.sku, ())]
        warnings = issues._warnings_from(uow, view, config, found, header, resolved, taken, window, document_id)
        documents.append(issues._document_row(uow, document_id, header, "draft"))
        document_lines += issues._line_rows(document_id, resolved)
        uow.audit("issue.draft", f"#{document_id}", f"{recipient}: {len(resolved)} lines, allocation of {number}")
        saved.append((document_id, number, recipient, len(resolved), warnings))
    plan.insert(issues.document_t, documents).insert(issues.line_t, document_lines).execute(uow.conn, at_commit=True)
    return saved


def _of_kind(row, lines, items: dict) -> bool:
    """An earlier dispatch's line of the same category as a line of this draft (or, without a
    category, of the same item): what overlap.EARLIER_PART asks of one issue's lines."""
    wanted = {(item.category is None, item.category or item.sku)
              for item in (items.get(line.sku) for line, _ in lines) if item is not None}
    return (bool(row.plain), row.what) in wanted


def _destination(head) -> str | None:
    if head is None:
        return None
    parts = [p for p in (head.desa and f"Desa {head.desa}", head.region and f"Kec. {head.region}") if p]
    return ", ".join(parts) or None
