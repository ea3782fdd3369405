"""Berita acara penghapusan barang persediaan (write-off)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from .berita_acara import opening_sentence
from .data import WriteoffData
from .layout import (
    STYLES, CellParagraph, Column, CopySpec, PageSetup, SignatureBlock, Texts, cell, cell_with_note,
    centred_signature, esc, info_grid, item_table, keep_together, para, place_and_date,
    render_pdf, signature_grid, spacer, title_block,
)


def render_writeoff(data: WriteoffData, lang: str | None = None, *, reprint: bool = False) -> bytes:
    tx = Texts(lang)
    t = tx.t
    title = t("WRITE-OFF REPORT")
    story: list = [title_block(tx, title, data.number, data.number), spacer(4)]
    rest = esc(t("the goods of {warehouse} listed below were written off from the stock:",
                 warehouse="\0")).replace("\0", f"<b>{esc(data.warehouse)}</b>")
    story += [opening_sentence(tx, data.date, data.place, rest), spacer(1)]
    info = [(t("Reason"), data.reason), (t("Approval"), data.decree_ref),
            (t("Method"), data.method)]
    story += [info_grid([[r for r in info if r[1]]], label_width=25 * mm), spacer(2)]
    columns = [Column(t("No"), 7 * mm, "CENTER"), Column(t("Code"), 20 * mm),
               Column(t("Item name")), Column(t("Lot / Expiry"), 25 * mm),
               Column(t("Qty"), 16 * mm, "RIGHT"), Column(t("Unit"), 14 * mm),
               Column(t("Reason"), 30 * mm)]
    rows, total = [], Decimal(0)
    for index, line in enumerate(data.lines, start=1):
        total += line.qty
        lot = esc(line.lot_code)
        if line.expiry:
            lot += f'<br/><font size="6.8">{esc(t("Exp."))} {esc(tx.date_short(line.expiry))}</font>'
        rows.append([str(index), cell(line.sku, "cell_code"), cell_with_note(line.item_name, line.remark),
                     CellParagraph(lot, STYLES["cell"]), tx.qty(line.qty), cell(line.unit),
                     cell(line.reason)])
    story.append(item_table(columns, rows, [[t("TOTAL"), "", "", "", tx.qty(total), "", ""]],
                            total_span=4))
    if data.notes:
        story += [spacer(2), Paragraph(f"<b>{esc(t('Notes'))}:</b> {esc(data.notes)}",
                                       STYLES["body_left"])]
    closing = para(t("This write-off report is made truthfully to be used as appropriate."),
                   "body")
    blocks = [SignatureBlock(t("Witness"), s) for s in data.witnesses]
    blocks.append(SignatureBlock(t("Stock custodian"), data.custodian,
                                 above=place_and_date(tx, data.letterhead, data.date)))
    tail = [spacer(3), closing, spacer(4), signature_grid(tx, blocks, per_row=min(3, len(blocks)))]
    if data.approver:
        tail += [spacer(2), centred_signature(tx, SignatureBlock(t("Approved by"), data.approver))]
    story.append(keep_together(*tail))
    setup = PageSetup(tx=tx, title=title, number=data.number, letterhead=data.letterhead,
                      reprint=reprint, cancelled=data.cancelled)
    return render_pdf([CopySpec(story)], setup)
