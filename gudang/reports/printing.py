"""Printing posted documents, stock cards and labels.

Each function reads what a paper needs in one read transaction and hands
plain values to the renderers of gudang.documents. Printing a document is
recorded in the audit log; every print after the first is marked SALINAN,
so an original can always be told from a copy.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import (
    TRANSIT, AuditEntry, Document, DocumentLine, Event, Item, ItemUnit, Location, Lot, Partner, StockMove, User,
    Warehouse,
)
from gudang.documents.data import (
    BinLabel, HandoverData, HandoverLine, ItemLabel, Letterhead, LotLabel, Party, Place, ReceiptData,
    ReceiptLine, Recipient, Signatory, StockCardData, StockCardRow, WaybillData, WaybillLine,
    WaybillSignatures,
)
from gudang.domain.errors import InvalidInput, InvalidState, NotFound
from gudang.domain.quantity import ZERO
from gudang.i18n import N_
from gudang.services import lookup, queries
from gudang.services.posting import settings
from gudang.services.uow import Actor, UnitOfWork

DOCUMENT_KINDS = ("waybill", "receipt", "handover", "count", "writeoff")
_PRINT_ACTION = "document.print"


@dataclass(frozen=True)
class Printed:
    pdf: bytes
    number: str
    reprint: bool


def letterhead(config: dict[str, str]) -> Letterhead:
    lines = tuple(line for line in (config.get("agency_line1", ""), config.get("agency_line2", "")) if line)
    return Letterhead(lines=lines or Letterhead().lines, address=config.get("agency_address", ""),
                      contact=config.get("agency_contact", ""), logo_path=config.get("agency_logo") or None,
                      city=config.get("agency_city", "") or "Bangkinang",
                      agency_short=config.get("agency_short", "") or (lines[-1] if lines else ""))


def head_of_warehouse(config: dict[str, str]) -> Signatory:
    return Signatory(name=config.get("warehouse_head_name", ""), nip=config.get("warehouse_head_nip", ""),
                     position="Kepala Gudang Logistik")


def head_of_agency(config: dict[str, str]) -> Signatory:
    return Signatory(name=config.get("head_name", ""), nip=config.get("head_nip", ""),
                     position=config.get("head_title", "") or "Kepala Pelaksana BPBD")


def _user(conn: Connection, name: str | None) -> Signatory:
    if not name:
        return Signatory()
    row = conn.execute(select(User.full_name, User.nip).where(User.name == name)).one_or_none()
    if row is None:
        return Signatory(name=name)
    return Signatory(name=row.full_name or name, nip=row.nip or "", position="Petugas Gudang")


def _document(conn: Connection, number: str, types: Sequence[str]):
    doc = conn.execute(select(Document).where(Document.number == number)).one_or_none()
    if doc is None:
        raise NotFound(N_("unknown document {number}"), number=number)
    if doc.type not in types:
        raise InvalidInput(N_("{number} is a {type} document, which cannot be printed this way"),
                           number=number, type=doc.type)
    return doc


def _cancelled(conn: Connection, document_id: int) -> bool:
    return conn.execute(select(Document.id).where(Document.reverses_id == document_id)).first() is not None


def _event_name(conn: Connection, event_id: int | None) -> str:
    if event_id is None:
        return ""
    return conn.execute(select(Event.name).where(Event.id == event_id)).scalar() or ""


def _partner(conn: Connection, partner_id: int | None):
    if partner_id is None:
        return None
    return conn.execute(select(Partner).where(Partner.id == partner_id)).one_or_none()


def _waybill(conn: Connection, doc, config) -> WaybillData:
    """The surat jalan of a goods issue, or of a transfer that leaves the site
    (only its moves into transit travel; the other warehouse is the recipient)."""
    source = aliased(Location)
    query = (
        select(StockMove.qty, StockMove.line_id, Item.sku, Item.name, Item.base_unit, Item.weight_kg,
               Item.volume_m3, Lot.code, Lot.barcode, Lot.expiry, source.warehouse_id, DocumentLine.remark)
        .join(Item, Item.id == StockMove.item_id).join(Lot, Lot.id == StockMove.lot_id)
        .join(source, source.id == StockMove.from_location_id)
        .outerjoin(DocumentLine, DocumentLine.id == StockMove.line_id)
        .where(StockMove.document_id == doc.id))
    if doc.type == "transfer":
        target = aliased(Location)
        query = query.join(target, target.id == StockMove.to_location_id).where(target.kind == TRANSIT)
    rows = conn.execute(query.order_by(DocumentLine.line_no, StockMove.id)).all()
    if doc.type == "transfer" and (not rows or not doc.destination):
        raise InvalidInput(N_("{number} is a {type} document, which cannot be printed this way"),
                           number=doc.number, type=doc.type)
    grouped: OrderedDict[tuple, list] = OrderedDict()
    warehouse_id = None
    for row in rows:
        warehouse_id = warehouse_id or row.warehouse_id
        key = (row.line_id, row.barcode)
        if key in grouped:
            grouped[key][0] += row.qty
        else:
            grouped[key] = [row.qty, row]
    lines = tuple(
        WaybillLine(sku=row.sku, item_name=row.name, qty=qty, unit=row.base_unit, lot_code=row.code or "",
                    lot_barcode=row.barcode, expiry=row.expiry, weight_kg=qty * row.weight_kg,
                    volume_m3=qty * row.volume_m3, remark=row.remark or "")
        for qty, row in grouped.values())
    site = conn.execute(select(Warehouse).where(Warehouse.id == warehouse_id)).one_or_none() if warehouse_id \
        else conn.execute(select(Warehouse).order_by(Warehouse.id).limit(1)).one_or_none()
    partner = _partner(conn, doc.partner_id)
    contact = " ".join(filter(None, [partner.contact, f"({partner.phone})" if partner.phone else None])) \
        if partner else ""
    recipient = Recipient(partner.name if partner else "", partner.address or "" if partner else "",
                          (partner.desa or "") if partner else "", (partner.region or "") if partner else "",
                          contact)
    if doc.type == "transfer":
        other = conn.execute(select(Warehouse).where(Warehouse.code == doc.destination)).one_or_none()
        recipient = Recipient(other.name, other.address or "", "", other.region or "") if other \
            else Recipient(doc.destination)
    return WaybillData(
        letterhead=letterhead(config), number=doc.number, date=doc.date,
        warehouse=Place(site.name if site else "", (site.address or "") if site else ""),
        recipient=recipient, lines=lines, event=_event_name(conn, doc.event_id), request_ref=doc.reference or "",
        transport_mode=doc.transport_mode or "", carrier=doc.carrier or "", vehicle_plate=doc.vehicle or "",
        driver=doc.driver or "", driver_phone=doc.driver_phone or "", destination=doc.destination or "",
        notes=doc.notes or "", cancelled=_cancelled(conn, doc.id),
        signatures=WaybillSignatures(sender=_user(conn, doc.posted_by),
                                     driver=Signatory(name=doc.driver or "", show_nip=False),
                                     receiver=Signatory(), approver=head_of_warehouse(config)))


def _receipt(conn: Connection, doc, config) -> ReceiptData:
    rows = conn.execute(
        select(DocumentLine.expected_qty, DocumentLine.qty, DocumentLine.unit, DocumentLine.lot_code,
               DocumentLine.expiry, DocumentLine.condition, DocumentLine.remark, Item.sku, Item.name,
               Lot.barcode)
        .join(Item, Item.id == DocumentLine.item_id).outerjoin(Lot, Lot.id == DocumentLine.lot_id)
        .where(DocumentLine.document_id == doc.id).order_by(DocumentLine.line_no)).all()
    lines = tuple(
        ReceiptLine(sku=row.sku, item_name=row.name,
                    qty_document=row.expected_qty if row.expected_qty is not None else row.qty,
                    qty_counted=row.qty, unit=row.unit, lot_code=row.lot_code or "",
                    lot_barcode=row.barcode or "", expiry=row.expiry, condition=row.condition or "good",
                    remark=row.remark or "")
        for row in rows)
    site = conn.execute(select(Warehouse).order_by(Warehouse.id).limit(1)).one_or_none()
    partner = _partner(conn, doc.partner_id)
    return ReceiptData(
        letterhead=letterhead(config), number=doc.number, date=doc.date,
        warehouse=Place(site.name if site else "", (site.address or "") if site else ""),
        receipt_type="donation", donor=partner.name if partner else "", lines=lines,
        sender_ref=doc.reference or "", vehicle_plate=doc.vehicle or "", deliverer=doc.deliverer or "",
        event=_event_name(conn, doc.event_id), notes=doc.notes or "",
        deliverer_signatory=Signatory(name=doc.deliverer or "", show_nip=False),
        officer=_user(conn, doc.posted_by), approver=head_of_warehouse(config),
        cancelled=_cancelled(conn, doc.id))


def _handover(conn: Connection, doc, config) -> HandoverData:
    """BAST of a confirmed delivery (a handover document) or, before delivery,
    of the goods issue itself, to be signed on site (number left for the pen)."""
    if doc.type == "handover":
        issue = conn.execute(select(Document).where(Document.number == doc.reference)).one_or_none()
        handover = doc
    else:
        issue = doc
        handover = conn.execute(select(Document).where(Document.type == "handover",
                                                       Document.reference == doc.number)).one_or_none()
    if issue is None:
        raise NotFound(N_("the goods issue of {number} is missing"), number=doc.number)
    waybill = _waybill(conn, issue, config)
    confirmed: dict[str, list[Decimal]] = {}
    if handover is not None:
        for line in conn.execute(select(DocumentLine.lot_code, DocumentLine.qty, DocumentLine.condition, Lot.barcode)
                                 .outerjoin(Lot, Lot.id == DocumentLine.lot_id)
                                 .where(DocumentLine.document_id == handover.id)):
            entry = confirmed.setdefault(line.barcode, [ZERO, ZERO, ZERO])
            index = {"good": 0, "damaged": 1, "short": 2}.get(line.condition or "good", 0)
            entry[index] += line.qty
    lines = tuple(
        HandoverLine(sku=l.sku, item_name=l.item_name, qty=l.qty, unit=l.unit, lot_code=l.lot_code or l.lot_barcode,
                     good=confirmed[l.lot_barcode][0] if l.lot_barcode in confirmed else None,
                     damaged=confirmed[l.lot_barcode][1] if l.lot_barcode in confirmed else None,
                     short=confirmed[l.lot_barcode][2] if l.lot_barcode in confirmed else None)
        for l in waybill.lines)
    sender = _user(conn, issue.posted_by)
    recipient = waybill.recipient
    return HandoverData(
        letterhead=waybill.letterhead, number=handover.number if handover else "",
        date=handover.date if handover else issue.date,
        place=", ".join(filter(None, [recipient.name, recipient.desa and f"Desa {recipient.desa}",
                                      recipient.kecamatan and f"Kec. {recipient.kecamatan}"])),
        first_party=Party(name=sender.name, nip=sender.nip, position=sender.position or "Petugas Gudang",
                          address=waybill.warehouse.address, agency=waybill.letterhead.agency_short),
        second_party=Party(name=recipient.contact.split(" (")[0] if recipient.contact else "",
                           position=f"Penanggung jawab {recipient.name}", address=recipient.address,
                           agency=recipient.name),
        lines=lines, waybill_number=issue.number, event=waybill.event,
        purpose="untuk membantu warga terdampak bencana", approver=head_of_agency(config),
        cancelled=waybill.cancelled)


def _renderer(kind: str):
    from gudang import documents

    return {"waybill": documents.render_waybill, "receipt": documents.render_receipt,
            "handover": documents.render_handover}[kind]


def print_document(db: Database, actor: Actor, kind: str, number: str, *, copies: bool = False,
                   lang: str | None = None) -> Printed:
    """Render a posted document; the first print is the original, later ones SALINAN."""
    if kind not in DOCUMENT_KINDS:
        raise InvalidInput(N_("unknown document kind {kind}: use {kinds}"), kind=kind, kinds=", ".join(DOCUMENT_KINDS))
    if kind in ("count", "writeoff"):
        from gudang.reports import operations_print

        return operations_print.print_operation(db, actor, kind, number, lang=lang)
    with UnitOfWork(db, actor, "read") as uow:
        conn = uow.conn
        config = settings(conn)
        types = {"waybill": ("issue", "transfer"), "receipt": ("receipt",), "handover": ("handover", "issue")}[kind]
        doc = _document(conn, number, types)
        if doc.state != "posted":
            raise InvalidState(N_("{number} is not posted yet"), number=number)
        data = {"waybill": _waybill, "receipt": _receipt, "handover": _handover}[kind](conn, doc, config)
        key = f"{kind}:{number}"
        reprint = conn.execute(select(AuditEntry.id).where(AuditEntry.action == _PRINT_ACTION,
                                                           AuditEntry.object == key)).first() is not None
        options = {"copies": copies} if kind == "waybill" else {}
        pdf = _renderer(kind)(data, lang, reprint=reprint, **options)
        uow.audit(_PRINT_ACTION, key, "SALINAN" if reprint else "ASLI")
        uow.commit()
    return Printed(pdf, number, reprint)


def waybill_data(db: Database, number: str) -> WaybillData:
    """The waybill contract of a posted issue or transfer (for checking a scanned QR code)."""
    with UnitOfWork(db, write=False) as uow:
        return _waybill(uow.conn, _document(uow.conn, number, ("issue", "transfer")), settings(uow.conn))


def stock_card_pdf(db: Database, sku: str, *, lot: str | None = None, start: dt.date | None = None,
                   end: dt.date | None = None, lang: str | None = None) -> bytes:
    from gudang.documents import render_stock_card

    opening, rows = queries.stock_card(db, sku, lot=lot, start=start, end=end)
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        config = settings(conn)
        item = conn.execute(select(Item).where(Item.sku == sku)).one()
        packs = conn.execute(select(ItemUnit.unit, ItemUnit.factor).where(ItemUnit.item_id == item.id)).all()
        lot_row = lookup.lot(conn, lot, item.id) if lot else None
        donor = ""
        if lot_row is not None and lot_row.donor_id:
            donor = conn.execute(select(Partner.name).where(Partner.id == lot_row.donor_id)).scalar() or ""
        site = conn.execute(select(Warehouse.name).order_by(Warehouse.id).limit(1)).scalar() or ""
    today = dt.date.today()
    data = StockCardData(
        letterhead=letterhead(config), warehouse=site, sku=sku, item_name=item.name, unit=item.base_unit,
        period_start=start or (rows[0].date if rows else today), period_end=end or today,
        opening_balance=opening,
        rows=tuple(StockCardRow(date=r.date, number=r.number or "", partner=r.partner or r.location,
                                qty_in=r.qty_in, qty_out=r.qty_out, balance=r.balance,
                                lot_code=r.lot or r.barcode, remark=r.location) for r in rows),
        pack=", ".join(f"1 {unit} = {factor} {item.base_unit}" for unit, factor in packs),
        lot_code=(lot_row.code or "") if lot_row else "", lot_barcode=lot_row.barcode if lot_row else "",
        expiry=lot_row.expiry if lot_row else None, donor=donor, officer=Signatory(),
        approver=head_of_warehouse(config))
    return render_stock_card(data, lang)


def label_data(db: Database, *, lots: Sequence[str] = (), receipt: str | None = None,
               bins: Sequence[str] = (), items: Sequence[str] = ()) -> list:
    """Labels for lots (by barcode or lot code), all lots of a receipt, bins or items."""
    labels: list = []
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        lot_ids: list[int] = [lookup.lot(conn, code).id for code in lots]
        if receipt:
            doc = _document(conn, receipt, ("receipt",))
            lot_ids += [i for i, in conn.execute(select(Lot.id).where(Lot.receipt_id == doc.id).order_by(Lot.id))]
        if lot_ids:
            rows = {row.id: row for row in conn.execute(
                select(Lot.id, Lot.barcode, Lot.code, Lot.expiry, Lot.received, Item.name, Item.sku,
                       Partner.name.label("donor"))
                .join(Item, Item.id == Lot.item_id).outerjoin(Partner, Partner.id == Lot.donor_id)
                .where(Lot.id.in_(lot_ids)))}
            labels += [LotLabel(item_name=rows[i].name, barcode=rows[i].barcode, lot_code=rows[i].code or "",
                                expiry=rows[i].expiry, donor=rows[i].donor or "", received=rows[i].received,
                                sku=rows[i].sku) for i in lot_ids]
        for code in bins:
            row = conn.execute(select(Location.code, Location.name, Warehouse.name.label("site"))
                               .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
                               .where(Location.code == code)).one_or_none()
            if row is None:
                raise NotFound(N_("unknown location {code}"), code=code)
            labels.append(BinLabel(code=row.code, warehouse=row.site or "", description=row.name or ""))
        for sku in items:
            item = lookup.item(conn, sku)
            labels.append(ItemLabel(name=item.name, sku=item.sku, gtin=item.gtin or "", unit=item.base_unit))
    if not labels:
        raise InvalidInput(N_("no labels to print: name lots, a receipt, bins or items"))
    return labels


def labels_pdf(db: Database, template: str, *, lots: Sequence[str] = (), receipt: str | None = None,
               bins: Sequence[str] = (), items: Sequence[str] = (), lang: str | None = None) -> bytes:
    from gudang.documents import TEMPLATES, render_labels

    if template not in TEMPLATES:
        raise InvalidInput(N_("unknown label template {name}: use {names}"), name=template,
                           names=", ".join(TEMPLATES))
    return render_labels(label_data(db, lots=lots, receipt=receipt, bins=bins, items=items), template, lang)
