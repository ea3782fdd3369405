"""Bukti pembatalan: the paper of a reversal document (BTL) that cancelled a
posted document, with what it cancelled, when, why and the goods it moved back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from gudang.domain import document_qr

from .data import Letterhead, Signatory
from .layout import (
    STYLES, Column, CopySpec, PageSetup, SignatureBlock, Texts, bold, cell, code_cell, esc, info_grid,
    place_and_date, render_pdf, signature_grid, spacer, stacked_sums, table_with_tail, title_block,
)

_TYPE_NAMES = {"issue": "Goods issue", "receipt": "Goods receipt", "transfer": "Transfer",
               "writeoff": "Write-off", "adjustment": "Adjustment", "handover": "Handover"}


@dataclass(frozen=True)
class ReversalLine:
    sku: str
    item_name: str
    qty: Decimal
    unit: str
    lot_code: str = ""
    lot_barcode: str = ""


@dataclass(frozen=True)
class ReversalData:
    letterhead: Letterhead
    number: str
    date: dt.date
    original_number: str
    reason: str
    lines: tuple[ReversalLine, ...]
    original_type: str = ""
    original_date: dt.date | None = None
    officer: Signatory = Signatory()
    approver: Signatory | None = None


def render_reversal(data: ReversalData, lang: str | None = None, *, reprint: bool = False,
                    setup: dict | None = None) -> bytes:
    tx = Texts(lang)
    t = tx.t
    title = t("CANCELLATION NOTE")
    qr = document_qr.encode(data.number, [(l.sku, l.lot_barcode or l.lot_code, l.qty) for l in data.lines])
    story: list = [title_block(tx, title, data.number, qr), spacer(4)]
    kind = t(_TYPE_NAMES[data.original_type]) if data.original_type in _TYPE_NAMES else data.original_type
    story.append(info_grid([[(t("Cancels"), Paragraph(bold(data.original_number), STYLES["value"])),
                             (t("Document type"), kind),
                             (t("Document date"), tx.date(data.original_date) if data.original_date else "")],
                            [(t("Date"), tx.date(data.date)), (t("Reason"), data.reason)]], label_width=28 * mm))
    story += [spacer(3), Paragraph(esc(t("Document {number} is cancelled. The goods below were moved back "
                                         "where they came from:", number="\0")).replace(
        "\0", bold(data.original_number)), STYLES["body_left"]), spacer(1.5)]
    columns = [Column(t("No"), align="RIGHT", kind="number"), Column(t("Code"), kind="code", max_width=26 * mm),
               Column(t("Item name"), weight=3, min_width=30 * mm), Column(t("Lot"), kind="code", max_width=28 * mm),
               Column(t("Qty"), align="RIGHT", kind="number"), Column(t("Unit"), kind="code", max_width=18 * mm)]
    rows = [[str(i), code_cell(l.sku), cell(l.item_name), code_cell(l.lot_code, small=[l.lot_barcode]
                                                                      if l.lot_barcode != l.lot_code else []),
             tx.qty(l.qty), code_cell(l.unit)] for i, l in enumerate(data.lines, start=1)]
    sums, units = stacked_sums(tx, data.lines, ["qty"])
    totals = [[t("TOTAL"), "", "", "", sums[0], units]]
    blocks = [SignatureBlock(t("Cancelled by"), data.officer, above=place_and_date(tx, data.letterhead, data.date))]
    if data.approver:
        blocks.insert(0, SignatureBlock(t("Acknowledged by"), data.approver))
    tail = [spacer(5), signature_grid(tx, blocks, per_row=2, space=14 * mm)]
    story += table_with_tail(columns, rows, totals, tail, total_span=4)
    page = PageSetup(tx=tx, title=title, number=data.number, letterhead=data.letterhead, reprint=reprint,
                     **(setup or {}))
    return render_pdf([CopySpec(story)], page)
