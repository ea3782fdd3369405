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
from typing import Sequence

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.planning import not_by_index
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
from gudang.i18n import N_, tr
from gudang.services import lookup, queries
from gudang.services.posting import settings
from gudang.services.uow import Actor, UnitOfWork

DOCUMENT_KINDS = ("waybill", "receipt", "handover", "count", "writeoff", "reversal")
_PRINT_ACTION = "document.print"


@dataclass(frozen=True)
class Printed:
    """A rendered document. reprint: marked SALINAN (an original was printed
    before); draft: a DRAF form, not the document; recorded: this rendering
    was recorded (audited) as a print, False for a preview."""

    pdf: bytes
    number: str
    reprint: bool
    draft: bool = False
    recorded: bool = True


def agency_name(config: dict[str, str]) -> str:
    """The agency's full name for texts: "BADAN PENANGGULANGAN BENCANA DAERAH
    KABUPATEN KAMPAR" from the letterhead lines (or the setting agency_name)."""
    if config.get("agency_name"):
        return config["agency_name"]
    line1, line2 = config.get("agency_line1", "").strip(), config.get("agency_line2", "").strip()
    if not line1 and not line2:
        line1, line2 = Letterhead().lines
    region = line1.split(" ", 1)[1] if line1.upper().startswith("PEMERINTAH ") and " " in line1 else ""
    if line2 and region and region.upper() not in line2.upper():
        return f"{line2} {region}"
    return line2 or line1


def logo_path(value: str | None) -> str | None:
    """The emblem file of the setting agency_logo: an absolute path, or a path
    relative to the resources folder (the training data's emblem)."""
    if not value:
        return None
    from pathlib import Path

    from gudang.paths import resource

    path = Path(value)
    return str(path if path.is_absolute() else resource(*path.parts))


def agency_short(config: dict[str, str]) -> str:
    """A short name for running headers and labels: "BPBD Kabupaten Kampar" from
    the letterhead lines (or the setting agency_short)."""
    if config.get("agency_short"):
        return config["agency_short"]
    line1, line2 = config.get("agency_line1", "").strip(), config.get("agency_line2", "").strip()
    if not line1 and not line2:
        line1, line2 = Letterhead().lines
    region = line1.split(" ", 1)[1] if line1.upper().startswith("PEMERINTAH ") and " " in line1 else ""
    words = [w for w in line2.split() if w.isalpha()]
    short = "".join(w[0] for w in words).upper() if len(words) >= 3 else line2
    return " ".join(part for part in (short, region.title()) if part)


def letterhead(config: dict[str, str]) -> Letterhead:
    lines = tuple(line for line in (config.get("agency_line1", ""), config.get("agency_line2", "")) if line)
    return Letterhead(lines=lines or Letterhead().lines, address=config.get("agency_address", ""),
                      contact=config.get("agency_contact", ""), logo_path=logo_path(config.get("agency_logo")),
                      city=config.get("agency_city", "") or "Bangkinang",
                      agency_short=agency_short(config))


_DEFAULT_HEAD_TITLE = "Kepala Pelaksana BPBD"


def head_of_warehouse(config: dict[str, str], lang: str | None = None) -> Signatory:
    return Signatory(name=config.get("warehouse_head_name", ""), nip=config.get("warehouse_head_nip", ""),
                     position=tr(N_("Head of the logistics warehouse"), lang))


def head_of_agency(config: dict[str, str], lang: str | None = None) -> Signatory:
    """ "Mengetahui": the head of the agency from the settings (name, NIP, title)."""
    title = config.get("head_title", "").strip()
    if not title or title == _DEFAULT_HEAD_TITLE:
        title = tr(N_("Executive head of BPBD"), lang)
    return Signatory(name=config.get("head_name", ""), nip=config.get("head_nip", ""), position=title)


def _user(conn: Connection, name: str | None, lang: str | None = None) -> Signatory:
    """The signatory of a user: full name, jabatan and NIP from the user profile.
    Never the login name: a user without a full name (or unknown) leaves the
    name line for the pen."""
    if not name:
        return Signatory()
    row = conn.execute(select(User.full_name, User.title, User.nip).where(User.name == name)).one_or_none()
    if row is None:
        return Signatory()
    return Signatory(name=row.full_name or "", nip=row.nip or "",
                     position=row.title or tr(N_("Warehouse officer"), lang))


# Audit actions that post a document (their entry's hash is the chain head at posting).
POSTING_ACTIONS = ("receipt.post", "issue.post", "transfer.post", "writeoff.post", "count.post",
                   "issue.confirm", "quarantine.post", "adjustment.post")


def chain_head(conn: Connection, number: str, *, cancels: str | None = None) -> str:
    """First 8 hex digits of the audit chain head at the posting of document
    `number`: the hash of the audit entry that posted it (a reversal: the entry
    of the cancellation of `cancels`). One small function, to swap for the
    security helper's chain-head API."""
    if cancels:
        query = select(AuditEntry.hash).where(AuditEntry.action == "document.cancel", AuditEntry.object == cancels,
                                              AuditEntry.summary.like(f"{number}:%"))
    else:
        query = select(AuditEntry.hash).where(AuditEntry.object == number, AuditEntry.action.in_(POSTING_ACTIONS))
    digest = conn.execute(query.order_by(AuditEntry.id).limit(1)).scalar()
    if digest is None and not cancels:  # a posting audited under another action name
        digest = conn.execute(select(AuditEntry.hash).where(AuditEntry.object == number)
                              .order_by(AuditEntry.id).limit(1)).scalar()
    return (digest or "")[:8]


def cancellation(conn: Connection, document_id: int):
    """The reversal that cancelled a document (number, date, reason), or None."""
    from gudang.documents.layout import Cancellation

    row = conn.execute(select(Document.number, Document.date, Document.reason)
                       .where(Document.reverses_id == document_id)).one_or_none()
    return Cancellation(row.number, row.date, row.reason or "") if row else None


def page_setup(conn: Connection, doc) -> dict:
    """The PageSetup fields every printed document takes from its posting."""
    cancels = None
    if doc.type == "reversal" and doc.reverses_id:
        cancels = conn.execute(select(Document.number).where(Document.id == doc.reverses_id)).scalar()
    from gudang.services.anchor import posting_head

    out: dict = {"chain_head": (posting_head(conn, doc.id) or chain_head(conn, doc.number, cancels=cancels))
                 if doc.number else ""}
    cancelled = cancellation(conn, doc.id)
    if cancelled is not None:
        out["cancellation"] = cancelled
    if getattr(doc, "backdate_reason", None):
        out["backdate_reason"] = doc.backdate_reason
    return out


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


def _waybill(conn: Connection, doc, config, lang: str | None = None) -> WaybillData:
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
                    lot_barcode=row.barcode, expiry=row.expiry,
                    weight_kg=qty * row.weight_kg if row.weight_kg else None,  # 0 = not known: never "0 kg"
                    volume_m3=qty * row.volume_m3 if row.volume_m3 else None, remark=row.remark or "")
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
        signatures=WaybillSignatures(sender=_user(conn, doc.posted_by, lang),
                                     driver=Signatory(name=doc.driver or "", show_nip=False),
                                     receiver=Signatory(), approver=head_of_warehouse(config, lang)))


def _receipt(conn: Connection, doc, config, lang: str | None = None) -> ReceiptData:
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
        officer=_user(conn, doc.posted_by, lang), approver=head_of_warehouse(config, lang),
        cancelled=_cancelled(conn, doc.id))


def _handover(conn: Connection, doc, config, lang: str | None = None) -> HandoverData:
    """The BAST of a dispatch from its delivery confirmation (asked by the BAST's
    number or the dispatch's: the same document). Before the confirmation, a
    DRAF form (confirmed=False, no number) with the shipped quantities."""
    if doc.type == "handover":
        issue = conn.execute(select(Document).where(Document.number == doc.reference)).one_or_none()
        handover = doc
    else:
        issue = doc
        handover = conn.execute(select(Document).where(not_by_index(Document.type) == "handover",
                                                       Document.state == "posted",
                                                       Document.reference == doc.number)).one_or_none()
    if issue is None:
        raise NotFound(N_("the goods issue of {number} is missing"), number=doc.number)
    waybill = _waybill(conn, issue, config, lang)
    recipient = waybill.recipient
    agency = agency_name(config)
    sender = _user(conn, issue.posted_by, lang)
    first = Party(name=sender.name, nip=sender.nip, position=sender.position, address=waybill.warehouse.address,
                  agency=agency)
    purpose = tr(N_("to help the people affected by the disaster"), lang)
    if handover is None:
        lines = tuple(HandoverLine(sku=l.sku, item_name=l.item_name, qty=l.qty, unit=l.unit,
                                   lot_code=l.lot_code or l.lot_barcode, remark=l.remark) for l in waybill.lines)
        place = ", ".join(filter(None, [recipient.name, recipient.desa, recipient.kecamatan]))
        return HandoverData(
            letterhead=waybill.letterhead, number="", date=issue.date, place=place, first_party=first,
            second_party=Party(name="", address=recipient.address, agency=recipient.name),
            lines=lines, waybill_number=issue.number, event=waybill.event, purpose=purpose,
            approver=head_of_agency(config, lang), cancelled=waybill.cancelled, confirmed=False)
    rows = conn.execute(select(DocumentLine.qty, DocumentLine.condition, DocumentLine.remark, DocumentLine.lot_code,
                               Lot.barcode, Item.sku, Item.name, Item.base_unit)
                        .join(Item, Item.id == DocumentLine.item_id)
                        .outerjoin(Lot, Lot.id == DocumentLine.lot_id)
                        .where(DocumentLine.document_id == handover.id).order_by(DocumentLine.line_no)).all()
    per_lot: OrderedDict[tuple, dict] = OrderedDict()
    for row in rows:
        entry = per_lot.setdefault((row.sku, row.barcode), {
            "row": row, "good": ZERO, "damaged": ZERO, "short": ZERO, "remarks": []})
        entry[row.condition if row.condition in ("good", "damaged", "short") else "good"] += row.qty
        if row.remark and row.remark not in entry["remarks"]:
            entry["remarks"].append(row.remark)
    lines = tuple(
        HandoverLine(sku=e["row"].sku, item_name=e["row"].name, qty=e["good"] + e["damaged"] + e["short"],
                     unit=e["row"].base_unit, lot_code=e["row"].lot_code or e["row"].barcode or "",
                     remark="; ".join(e["remarks"]), good=e["good"], damaged=e["damaged"], short=e["short"])
        for e in per_lot.values())
    return HandoverData(
        letterhead=waybill.letterhead, number=handover.number, date=handover.date,
        place=handover.destination or ", ".join(filter(None, [recipient.name, recipient.desa])),
        first_party=first,
        second_party=Party(name=handover.deliverer or "", position=handover.received_title or "",
                           address=recipient.address, agency=recipient.name),
        lines=lines, waybill_number=issue.number, event=waybill.event, purpose=purpose,
        notes=handover.notes or "", approver=head_of_agency(config, lang), cancelled=waybill.cancelled)


def _reversal_data(conn: Connection, doc, config, lang: str | None = None):
    """The paper of a reversal (BTL): what it cancelled, when, why, and the goods it moved back."""
    from gudang.documents.reversal import ReversalData, ReversalLine

    original = conn.execute(select(Document).where(Document.id == doc.reverses_id)).one_or_none()
    rows = conn.execute(select(Item.sku, Item.name, Item.base_unit, Lot.code, Lot.barcode, StockMove.qty)
                        .join(Item, Item.id == StockMove.item_id).join(Lot, Lot.id == StockMove.lot_id)
                        .where(StockMove.document_id == doc.id).order_by(StockMove.id)).all()
    grouped: OrderedDict[tuple, list] = OrderedDict()
    for row in rows:
        key = (row.sku, row.barcode)
        if key in grouped:
            grouped[key][0] += row.qty
        else:
            grouped[key] = [row.qty, row]
    lines = tuple(ReversalLine(sku=r.sku, item_name=r.name, qty=q, unit=r.base_unit, lot_code=r.code or r.barcode,
                               lot_barcode=r.barcode) for q, r in grouped.values())
    return ReversalData(letterhead=letterhead(config), number=doc.number, date=doc.date,
                        original_number=original.number if original else (doc.reference or ""),
                        original_type=original.type if original else "", original_date=original.date if original else None,
                        reason=doc.reason or "", lines=lines, officer=_user(conn, doc.posted_by, lang),
                        approver=head_of_warehouse(config, lang))


def _renderer(kind: str):
    from gudang import documents

    return {"waybill": documents.render_waybill, "receipt": documents.render_receipt,
            "handover": documents.render_handover, "reversal": documents.render_reversal}[kind]


_TYPES = {"waybill": ("issue", "transfer"), "receipt": ("receipt",), "handover": ("handover", "issue", "transfer"),
          "reversal": ("reversal",)}
_DATA = {"waybill": _waybill, "receipt": _receipt, "handover": _handover, "reversal": _reversal_data}


def print_key(kind: str, number: str) -> str:
    """The audit object of the prints of one document: one per document, whichever
    command or screen prints it (a BAST asked by its dispatch's number is the BAST)."""
    return f"{kind}:{number}"


def _render(conn: Connection, kind: str, number: str, copies: bool, lang: str | None):
    """(pdf, key, reprint, draft) of a posted document; key None for a DRAF form."""
    config = settings(conn)
    doc = _document(conn, number, _TYPES[kind])
    if doc.state != "posted":
        raise InvalidState(N_("{number} is not posted yet"), number=number)
    data = _DATA[kind](conn, doc, config, lang)
    if kind == "handover" and not data.confirmed:
        pdf = _renderer(kind)(data, lang, reprint=False, setup=page_setup(conn, doc))
        return pdf, None, False, True
    source = doc
    if kind == "handover" and doc.type != "handover":
        source = conn.execute(select(Document).where(Document.number == data.number)).one()
    key = print_key(kind, data.number)
    reprint = conn.execute(select(AuditEntry.id).where(AuditEntry.action == _PRINT_ACTION,
                                                       AuditEntry.object == key)).first() is not None
    options = {"copies": copies} if kind == "waybill" else {}
    pdf = _renderer(kind)(data, lang, reprint=reprint, setup=page_setup(conn, source), **options)
    return pdf, key, reprint, False


def preview_document(db: Database, kind: str, number: str, *, copies: bool = False,
                     lang: str | None = None) -> Printed:
    """The document as it would print now (SALINAN when an original was printed),
    for a preview on screen: NOT recorded as a print, nothing is written."""
    if kind not in DOCUMENT_KINDS:
        raise InvalidInput(N_("unknown document kind {kind}: use {kinds}"), kind=kind, kinds=", ".join(DOCUMENT_KINDS))
    if kind in ("count", "writeoff"):
        from gudang.reports import operations_print

        return operations_print.preview_operation(db, kind, number, lang=lang)
    with UnitOfWork(db, write=False) as uow:
        pdf, key, reprint, draft = _render(uow.conn, kind, number, copies, lang)
    return Printed(pdf, number, reprint, draft, recorded=False)


def print_document(db: Database, actor: Actor, kind: str, number: str, *, copies: bool = False,
                   lang: str | None = None) -> Printed:
    """Render a posted document for paper and record the print (audited): the
    first print of a document is the original, every later one SALINAN."""
    if kind not in DOCUMENT_KINDS:
        raise InvalidInput(N_("unknown document kind {kind}: use {kinds}"), kind=kind, kinds=", ".join(DOCUMENT_KINDS))
    if kind in ("count", "writeoff"):
        from gudang.reports import operations_print

        return operations_print.print_operation(db, actor, kind, number, lang=lang)
    with UnitOfWork(db, actor, "read") as uow:
        pdf, key, reprint, draft = _render(uow.conn, kind, number, copies, lang)
        if key is not None:
            uow.audit(_PRINT_ACTION, key, "SALINAN" if reprint else "ASLI")
            uow.commit()
    return Printed(pdf, number, reprint, draft, recorded=key is not None)


def record_print(db: Database, actor: Actor, kind: str, number: str) -> bool | None:
    """Record that the paper shown by `preview_document` was printed (or saved,
    or opened outside): the audit entry a print makes, without rendering again.
    Returns whether it was a reprint (SALINAN); None for a DRAF form, which is
    not the document and is not recorded."""
    if kind not in DOCUMENT_KINDS:
        raise InvalidInput(N_("unknown document kind {kind}: use {kinds}"), kind=kind, kinds=", ".join(DOCUMENT_KINDS))
    with UnitOfWork(db, actor, "read") as uow:
        conn = uow.conn
        if kind == "count":
            from gudang.services import counts

            key = print_key(kind, counts._session(conn, number).number)
        elif kind == "writeoff":
            key = print_key(kind, _document(conn, number, ("writeoff",)).number)
        else:
            doc = _document(conn, number, _TYPES[kind])
            if doc.state != "posted":
                raise InvalidState(N_("{number} is not posted yet"), number=number)
            target = doc.number
            if kind == "handover" and doc.type != "handover":
                from gudang.services.delivery import handover_of

                target = handover_of(conn, doc.number)
                if target is None:
                    return None
            key = print_key(kind, target)
        reprint = conn.execute(select(AuditEntry.id).where(AuditEntry.action == _PRINT_ACTION,
                                                           AuditEntry.object == key)).first() is not None
        uow.audit(_PRINT_ACTION, key, "SALINAN" if reprint else "ASLI")
        uow.commit()
    return reprint


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
    today = dates.today()
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
        approver=head_of_warehouse(config, lang))
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
