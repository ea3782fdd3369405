"""Berita acara penghapusan barang persediaan (write-off)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from gudang.domain import document_qr

from .berita_acara import opening_sentence
from .data import WriteoffData
from .layout import (
    STYLES, Column, CopySpec, PageSetup, SignatureBlock, Texts, bold, cell, cell_with_note, centred_signature,
    code_cell, esc, info_grid, para, place_and_date, render_pdf, signature_grid, spacer, stacked_sums,
    table_with_tail, title_block,
)


def render_writeoff(data: WriteoffData, lang: str | None = None, *, reprint: bool = False,
                    setup: dict | None = None) -> bytes:
    tx = Texts(lang)
    t = tx.t
    title = t("WRITE-OFF REPORT")
    story: list = [title_block(tx, title, data.number, document_qr.encode(
        data.number, [(l.sku, l.lot_code, l.qty) for l in data.lines])), spacer(4)]
    rest = esc(t("the goods of {warehouse} listed below were written off from the stock:",
                 warehouse="\0")).replace("\0", bold(data.warehouse))
    story += [opening_sentence(tx, data.date, data.place, rest), spacer(1)]
    info = [(t("Reason"), data.reason), (t("Approval"), data.decree_ref),
            (t("Method"), data.method)]
    story += [info_grid([[r for r in info if r[1]]], label_width=25 * mm), spacer(2)]
    columns = [Column(t("No"), align="RIGHT", kind="number"), Column(t("Code"), kind="code", max_width=26 * mm),
               Column(t("Item name"), weight=3, min_width=30 * mm), Column(t("Lot / Expiry"), kind="code", max_width=28 * mm),
               Column(t("Qty"), align="RIGHT", kind="number"), Column(t("Unit"), kind="code", max_width=18 * mm),
               Column(t("Reason"), min_width=24 * mm)]
    rows = []
    for index, line in enumerate(data.lines, start=1):
        small = [f"{t('Exp.')} {tx.date_short(line.expiry)}"] if line.expiry else []
        rows.append([str(index), code_cell(line.sku), cell_with_note(line.item_name, line.remark),
                     code_cell(line.lot_code, small=small), tx.qty(line.qty), code_cell(line.unit),
                     cell(line.reason)])
    sums, units = stacked_sums(tx, data.lines, ["qty"])
    totals = [[t("TOTAL"), "", "", "", sums[0], units, ""]]
    tail: list = []
    if data.notes:
        tail += [spacer(2), Paragraph(f"<b>{esc(t('Notes'))}:</b> {esc(data.notes)}",
                                      STYLES["body_left"])]
    closing = para(t("This write-off report is made truthfully to be used as appropriate."),
                   "body")
    blocks = [SignatureBlock(t("Witness"), s) for s in data.witnesses]
    blocks.append(SignatureBlock(t("Stock custodian"), data.custodian,
                                 above=place_and_date(tx, data.letterhead, data.date)))
    tail += [spacer(2), closing, spacer(3), signature_grid(tx, blocks, per_row=min(3, len(blocks)), space=14 * mm)]
    if data.approver:
        tail += [spacer(1.5), centred_signature(tx, SignatureBlock(t("Approved by"), data.approver), space=14 * mm)]
    story += table_with_tail(columns, rows, totals, tail, total_span=4)
    page = PageSetup(tx=tx, title=title, number=data.number, letterhead=data.letterhead,
                     reprint=reprint, cancelled=data.cancelled, **(setup or {}))
    return render_pdf([CopySpec(story)], page)
