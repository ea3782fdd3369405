"""Berita acara penerimaan barang (goods received note) of a posted receipt."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from .berita_acara import opening_sentence
from .data import RECEIPT_TYPES, ReceiptData
from .layout import (
    STYLES, CellParagraph, Column, CopySpec, PageSetup, SignatureBlock, Texts, cell, cell_with_note,
    centred_signature, esc, info_grid, item_table, keep_together, para, place_and_date,
    render_pdf, signature_grid, spacer, title_block,
)

_TYPE_TEXT = {"donation": "Donation / aid", "purchase": "Purchase", "transfer": "Transfer"}


def render_receipt(data: ReceiptData, lang: str | None = None, *, reprint: bool = False) -> bytes:
    """PDF of the berita acara penerimaan: quantity per sender's document
    against the quantity counted, and the difference, line by line."""
    tx = Texts(lang)
    t = tx.t
    title = t("GOODS RECEIVED REPORT")
    story: list = [title_block(tx, title, data.number, data.number), spacer(4)]
    received = esc(t("the goods listed below were received from {donor}:", donor="\0")).replace(
        "\0", f"<b>{esc(data.donor)}</b>")
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
    columns = [Column(t("No"), 7 * mm, "CENTER"), Column(t("Code"), 20 * mm),
               Column(t("Item name")), Column(t("Lot / Expiry"), 25 * mm),
               Column(t("Document"), 15 * mm, "RIGHT", group=per),
               Column(t("Counted"), 15 * mm, "RIGHT", group=per),
               Column(t("Difference"), 15 * mm, "RIGHT", group=per),
               Column(t("Unit"), 13 * mm), Column(t("Condition"), 14 * mm, "CENTER")]
    rows = []
    sum_doc, sum_counted, any_doc = Decimal(0), Decimal(0), False
    for index, line in enumerate(data.lines, start=1):
        sum_counted += line.qty_counted
        diff = ""
        if line.qty_document is not None:
            any_doc = True
            sum_doc += line.qty_document
            delta = line.qty_counted - line.qty_document
            diff = ("+" if delta > 0 else "") + tx.qty(delta) if delta else "0"
        lot = esc(line.lot_code)
        if line.lot_barcode and line.lot_barcode != line.lot_code:
            lot += f'<br/><font size="6.8" color="#555555">{esc(line.lot_barcode)}</font>'
        if line.expiry:
            lot += f'<br/><font size="6.8">{esc(t("Exp."))} {esc(tx.date_short(line.expiry))}</font>'
        condition = t(line.condition) if line.condition in ("good", "damaged") else line.condition
        rows.append([str(index), cell(line.sku, "cell_code"), cell_with_note(line.item_name, line.remark),
                     CellParagraph(lot, STYLES["cell"]), tx.qty(line.qty_document),
                     tx.qty(line.qty_counted), diff, cell(line.unit),
                     CellParagraph(f"<b>{esc(condition)}</b>" if line.condition == "damaged"
                               else esc(condition), STYLES["cell_center"])])
    total_diff = ""
    if any_doc:
        delta = sum_counted - sum_doc
        total_diff = ("+" if delta > 0 else "") + tx.qty(delta)
    totals = [[t("TOTAL"), "", "", "", tx.qty(sum_doc) if any_doc else "", tx.qty(sum_counted),
               total_diff, "", ""]]
    story.append(item_table(columns, rows, totals, total_span=4))
    if data.notes:
        story += [spacer(2), Paragraph(f"<b>{esc(t('Notes'))}:</b> {esc(data.notes)}",
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
    tail = [spacer(3), closing, spacer(4), signature_grid(tx, blocks)]
    if data.approver:
        tail += [spacer(2), centred_signature(tx, SignatureBlock(t("Acknowledged by"),
                                                                 data.approver))]
    story.append(keep_together(*tail))
    setup = PageSetup(tx=tx, title=title, number=data.number, letterhead=data.letterhead,
                      reprint=reprint, cancelled=data.cancelled)
    return render_pdf([CopySpec(story)], setup)
