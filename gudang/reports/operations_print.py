"""Printing the papers of warehouse operations: berita acara stock opname
(from a count session) and berita acara penghapusan (from a write-off).

`gudang.reports.printing.print_document` hands the kinds "count" and
"writeoff" to `print_operation`; the letterhead, signatories, SALINAN marking
and audit entry follow the same rules as every other printed document.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select

from gudang.db.engine import Database
from gudang.db.models import (
    AuditEntry, CountScan, Document, DocumentLine, Item, Location, Lot, Warehouse,
)
from gudang.documents.data import CountLine, CountReportData, WriteoffData, WriteoffLine
from gudang.domain.errors import InvalidInput, InvalidState
from gudang.domain.roles import can
from gudang.i18n import N_, tr
from gudang.reports.printing import (
    _PRINT_ACTION, Printed, _cancelled, _document, _user, head_of_agency, head_of_warehouse, letterhead, page_setup,
)
from gudang.services import counts
from gudang.services.posting import settings
from gudang.services.uow import Actor, UnitOfWork

OPERATION_KINDS = ("count", "writeoff")


def _warehouse_name(conn: Connection, warehouse_id: int | None, config) -> str:
    if warehouse_id is not None:
        name = conn.execute(select(Warehouse.name).where(Warehouse.id == warehouse_id)).scalar()
        if name:
            return name
    return conn.execute(select(Warehouse.name).order_by(Warehouse.id).limit(1)).scalar() or ""


def count_report_data(conn: Connection, count: int | str, config: dict[str, str],
                      lang: str | None = None) -> CountReportData:
    """The berita acara stock opname of a count: every line with books vs counted."""
    session = counts._session(conn, count)
    found = counts._counted(conn, session.id)
    lines = []
    rows = counts._line_rows(conn, session.id)
    status = dict(conn.execute(select(Lot.id, Lot.status).where(Lot.id.in_({r.lot_id for r in rows}))).all()) \
        if rows else {}
    for row in rows:
        counted = found.get(row.id, (0, 0, ()))[0]
        lines.append(CountLine(sku=row.sku, item_name=row.name, unit=row.base_unit, expected=row.expected,
                               counted=counted, lot_code=row.lot or row.barcode, location=row.location,
                               condition=_condition(row, counted, lang, session.date, status.get(row.lot_id)), remark=row.reason or ""))
    counters = [name for name, in conn.execute(
        select(CountScan.counted_by).where(CountScan.session_id == session.id, CountScan.kind == "lot")
        .group_by(CountScan.counted_by).order_by(CountScan.counted_by))]
    notes = []
    if session.adjustment_id:
        number = conn.execute(select(Document.number).where(Document.id == session.adjustment_id)).scalar()
        notes.append(tr(N_("Variances posted with adjustment {number}.")).format(number=number))
    if session.state == "open":
        notes.append(tr(N_("Provisional: the count is still open.")))
    elif session.state == "cancelled":
        notes.append(tr(N_("The count was cancelled: {reason}")).format(reason=session.reason or "-"))
    warehouse = _warehouse_name(conn, session.warehouse_id, config)
    return CountReportData(
        letterhead=letterhead(config), number=session.number, date=session.date,
        place=warehouse or config.get("agency_city", ""), warehouse=warehouse, lines=tuple(lines),
        scope=session.scope or "", team=tuple(_user(conn, name, lang) for name in counters[:6]),
        custodian=head_of_warehouse(config, lang), approver=head_of_agency(config, lang), notes=" ".join(notes))


def _condition(row, counted, lang: str | None, on: dt.date, status: str | None) -> str:
    """Kondisi of a counted line: quarantined or expired lots as such, else good."""
    expiry = getattr(row, "expiry", None)
    if not counted:
        return ""
    if status == "quarantine":
        return tr(N_("quarantined"), lang)
    if expiry is not None and expiry < on:
        return tr(N_("expired"), lang)
    return tr(N_("good"), lang)


def writeoff_data(conn: Connection, number: str, config: dict[str, str], lang: str | None = None) -> WriteoffData:
    """The berita acara penghapusan of a posted write-off document."""
    doc = _document(conn, number, ("writeoff",))
    rows = conn.execute(
        select(DocumentLine.qty, DocumentLine.unit, DocumentLine.lot_code, DocumentLine.expiry,
               DocumentLine.remark, Item.sku, Item.name, Location.code)
        .join(Item, Item.id == DocumentLine.item_id)
        .outerjoin(Location, Location.id == DocumentLine.from_location_id)
        .where(DocumentLine.document_id == doc.id).order_by(DocumentLine.line_no)).all()
    lines = tuple(WriteoffLine(sku=r.sku, item_name=r.name, qty=r.qty, unit=r.unit, lot_code=r.lot_code or "",
                               expiry=r.expiry, reason=r.remark or doc.reason or "", remark=r.code or "")
                  for r in rows)
    warehouse = _warehouse_name(conn, doc.warehouse_id, config)
    return WriteoffData(
        letterhead=letterhead(config), number=doc.number, date=doc.date,
        place=warehouse or config.get("agency_city", ""), warehouse=warehouse, reason=doc.reason or "",
        lines=lines, decree_ref=doc.reference or "", method=doc.destination or "",
        witnesses=(_user(conn, doc.posted_by, lang),), custodian=head_of_warehouse(config, lang),
        approver=head_of_agency(config, lang), notes=doc.notes or "", cancelled=_cancelled(conn, doc.id))


def _render_operation(conn: Connection, actor: Actor | None, kind: str, number: str, lang: str | None):
    from gudang import documents

    config = settings(conn)
    setup: dict = {}
    if kind == "count":
        session = counts._session(conn, number)
        if session.state == "open" and session.blind and not (actor and can(actor.role, "count.post")):
            raise InvalidState(N_("stock count {number} is blind and still open: only the head of "
                                  "warehouse can print it"), number=session.number)
        data = count_report_data(conn, session.id, config, lang)
        render = documents.render_count_report
        if session.state == "posted":
            from gudang.reports.printing import chain_head

            setup["chain_head"] = chain_head(conn, session.number)
    else:
        data = writeoff_data(conn, number, config, lang)
        render = documents.render_writeoff
        setup = page_setup(conn, _document(conn, number, ("writeoff",)))
    key = f"{kind}:{data.number}"
    reprint = conn.execute(select(AuditEntry.id).where(AuditEntry.action == _PRINT_ACTION,
                                                       AuditEntry.object == key)).first() is not None
    return render(data, lang, reprint=reprint, setup=setup), key, reprint, data.number


def print_operation(db: Database, actor: Actor, kind: str, number: str, *, lang: str | None = None) -> Printed:
    """Render the berita acara of a count (by number or id) or of a write-off (by number); recorded."""
    if kind not in OPERATION_KINDS:
        raise InvalidInput(N_("unknown document kind {kind}: use {kinds}"), kind=kind,
                           kinds=", ".join(OPERATION_KINDS))
    with UnitOfWork(db, actor, "read") as uow:
        pdf, key, reprint, doc_number = _render_operation(uow.conn, actor, kind, number, lang)
        uow.audit(_PRINT_ACTION, key, "SALINAN" if reprint else "ASLI")
        uow.commit()
    return Printed(pdf, doc_number, reprint)


def preview_operation(db: Database, kind: str, number: str, *, lang: str | None = None,
                      actor: Actor | None = None) -> Printed:
    """The same paper for a preview: not recorded as a print."""
    if kind not in OPERATION_KINDS:
        raise InvalidInput(N_("unknown document kind {kind}: use {kinds}"), kind=kind,
                           kinds=", ".join(OPERATION_KINDS))
    with UnitOfWork(db, write=False) as uow:
        pdf, _, reprint, doc_number = _render_operation(uow.conn, actor, kind, number, lang)
    return Printed(pdf, doc_number, reprint, recorded=False)


def count_report_pdf(db: Database, actor: Actor, count: int | str, lang: str | None = None) -> Printed:
    """For the counting screen: the berita acara of a count by id."""
    return print_operation(db, actor, "count", str(count), lang=lang)
