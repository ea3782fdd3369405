"""Berita acara penerimaan barang (goods received note) of a posted receipt."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from gudang.domain import document_qr

from .berita_acara import opening_sentence
from .data import RECEIPT_TYPES, ReceiptData
from .layout import (
    STYLES, Column, CopySpec, PageSetup, SignatureBlock, Texts, bold, cell_with_note, centred_signature,
    code_cell, esc, info_grid, para, place_and_date, render_pdf, signature_grid, spacer, stacked_sums,
    table_with_tail, title_block,
)

_TYPE_TEXT = {"donation": "Donation / aid", "purchase": "Purchase", "transfer": "Transfer"}


def render_receipt(data: ReceiptData, lang: str | None = None, *, reprint: bool = False,
                   setup: dict | None = None) -> bytes:
    """PDF of the berita acara penerimaan: quantity per sender's document
    against the quantity counted, and the difference, line by line."""
    tx = Texts(lang)
    t = tx.t
    title = t("GOODS RECEIVED REPORT")
    story: list = [title_block(tx, title, data.number, document_qr.encode(
        data.number, [(l.sku, l.lot_barcode or l.lot_code, l.qty_counted) for l in data.lines])), spacer(4)]
    received = esc(t("the goods listed below were received from {donor}:", donor="\0")).replace(
        "\0", bold(data.donor))
    story += [opening_sentence(tx, data.date, data.warehouse.name, received), spacer(1.5)]
    kind = t(_TYPE_TEXT[data.receipt_type]) if data.receipt_type in RECEIPT_TYPES else data.receipt_type
    left = [(t("Receipt type"), kind), (t("Source / donor"), data.donor),
            (t("Disaster event"), data.event), (t("Earmarked for"), data.earmark)]
    right = [(t("Date"), tx.date(data.date)), (t("Sender's waybill"), data.sender_ref),
             (t("Contract / order"), data.order_ref), (t("Vehicle plate"), data.vehicle_plate),
             (t("Delivered by"), data.deliverer)]
    story += [info_grid([[r for r in left if r[1]], [r for r in right if r[1]]],
                        label_width=29 * mm), spacer(3)]
    per = t("Quantity")
    columns = [Column(t("No"), align="RIGHT", kind="number"), Column(t("Code"), kind="code", max_width=26 * mm),
               Column(t("Item name"), weight=3, min_width=30 * mm), Column(t("Lot / Expiry"), kind="code", max_width=28 * mm),
               Column(t("Document"), align="RIGHT", kind="number", group=per),
               Column(t("Counted"), align="RIGHT", kind="number", group=per),
               Column(t("Difference"), align="RIGHT", kind="number", group=per),
               Column(t("Unit"), kind="code", max_width=18 * mm), Column(t("Condition"), align="CENTER", kind="code")]
    rows = []
    for index, line in enumerate(data.lines, start=1):
        diff = ""
        if line.qty_document is not None:
            delta = line.qty_counted - line.qty_document
            diff = ("+" if delta > 0 else "") + tx.qty(delta) if delta else "0"
        small = []
        if line.lot_barcode and line.lot_barcode != line.lot_code:
            small.append(line.lot_barcode)
        if line.expiry:
            small.append(f"{t('Exp.')} {tx.date_short(line.expiry)}")
        condition = t(line.condition) if line.condition in ("good", "damaged") else line.condition
        rows.append([str(index), code_cell(line.sku), cell_with_note(line.item_name, line.remark),
                     code_cell(line.lot_code, small=small), tx.qty(line.qty_document),
                     tx.qty(line.qty_counted), diff, code_cell(line.unit),
                     code_cell(condition, bold=line.condition == "damaged", align="CENTER")])
    lines = [_Sums(l.qty_document, l.qty_counted,
                   None if l.qty_document is None else l.qty_counted - l.qty_document, l.unit) for l in data.lines]
    sums, units = stacked_sums(tx, lines, ["document", "counted", "difference"], signed=["difference"])
    totals = [[t("TOTAL"), "", "", ""] + sums + [units, ""]]
    tail: list = []
    if data.notes:
        tail += [spacer(2), Paragraph(f"<b>{esc(t('Notes'))}:</b> {esc(data.notes)}",
                                      STYLES["body_left"])]
    closing = para(t("The goods were checked on arrival and received in the quantities and "
                     "condition stated above. This report is made truthfully to be used as "
                     "appropriate."), "body")
    deliverer = data.deliverer_signatory
    if not deliverer.name and data.deliverer:
        deliverer = type(deliverer)(name=data.deliverer, nip=deliverer.nip,
                                    position=deliverer.position, rank=deliverer.rank,
                                    caption=deliverer.caption, show_nip=deliverer.show_nip)
    blocks = [SignatureBlock(t("Handed over by"), deliverer),
              SignatureBlock(t("Received by"), data.officer,
                             above=place_and_date(tx, data.letterhead, data.date))]
    tail += [spacer(2), closing, spacer(3), signature_grid(tx, blocks, space=14 * mm)]
    if data.approver:
        tail += [spacer(1.5), centred_signature(tx, SignatureBlock(t("Acknowledged by"),
                                                                   data.approver), space=14 * mm)]
    story += table_with_tail(columns, rows, totals, tail, total_span=4)
    page = PageSetup(tx=tx, title=title, number=data.number, letterhead=data.letterhead,
                     reprint=reprint, cancelled=data.cancelled, **(setup or {}))
    return render_pdf([CopySpec(story)], page)


@dataclass(frozen=True)
class _Sums:
    document: Decimal | None
    counted: Decimal
    difference: Decimal | None
    unit: str
