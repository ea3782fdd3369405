"""Kartu stok: ledger of one item (or one lot) with running balance."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm

from gudang.domain import document_qr

from .data import StockCardData
from .layout import (
    Column, CopySpec, PageSetup, SignatureBlock, Texts, cell, code_cell, info_grid, place_and_date, render_pdf,
    signature_grid, spacer, table_with_tail, title_block,
)


def render_stock_card(data: StockCardData, lang: str | None = None, *,
                      reprint: bool = False, setup: dict | None = None) -> bytes:
    tx = Texts(lang)
    t = tx.t
    title = t("STOCK CARD")
    number = data.card_number or data.lot_barcode or data.sku
    story: list = [title_block(tx, title, number, document_qr.encode(number) if "|" not in number else None),
                   spacer(4)]
    left = [(t("Warehouse"), data.warehouse), (t("Bin"), data.location),
            (t("Item code"), data.sku), (t("Item name"), data.item_name),
            (t("Unit"), data.unit), (t("Pack"), data.pack)]
    right = [(t("Lot"), data.lot_code), (t("Lot barcode"), data.lot_barcode),
             (t("Expiry"), tx.date(data.expiry)), (t("Donor"), data.donor),
             (t("Period"), f"{tx.date(data.period_start)} \u2013 {tx.date(data.period_end)}")]
    story += [info_grid([[r for r in left if r[1]], [r for r in right if r[1]]],
                        label_width=25 * mm), spacer(4)]
    columns = [Column(t("Date"), kind="number"), Column(t("Document number"), kind="code", max_width=46 * mm),
               Column(t("From / to"), weight=3), Column(t("Lot"), kind="code", max_width=26 * mm),
               Column(t("In"), align="RIGHT", kind="number"), Column(t("Out"), align="RIGHT", kind="number"),
               Column(t("Balance"), align="RIGHT", kind="number"), Column(t("Remark"), min_width=16 * mm)]
    rows = [["", "", cell(t("Opening balance"), "cell_bold"), "", "", "",
             tx.qty(data.opening_balance), ""]]
    total_in = total_out = Decimal(0)
    for row in data.rows:
        total_in += row.qty_in
        total_out += row.qty_out
        rows.append([tx.date_short(row.date), code_cell(row.number), cell(row.partner),
                     code_cell(row.lot_code), tx.qty(row.qty_in) if row.qty_in else "",
                     tx.qty(row.qty_out) if row.qty_out else "", tx.qty(row.balance),
                     cell(row.remark)])
    totals = [[t("TOTAL / CLOSING BALANCE"), "", "", "", tx.qty(total_in), tx.qty(total_out),
               tx.qty(data.closing_balance), code_cell(data.unit, bold=True)]]
    blocks = []
    if data.officer:
        blocks.append(SignatureBlock(t("Warehouse officer"), data.officer,
                                     above=place_and_date(tx, data.letterhead, data.period_end)))
    if data.approver:
        blocks.insert(0, SignatureBlock(t("Acknowledged by"), data.approver))
    tail = [spacer(5), signature_grid(tx, blocks, per_row=2, space=14 * mm)] if blocks else []
    story += table_with_tail(columns, rows, totals, tail, total_span=4)
    page = PageSetup(tx=tx, title=title, number=number, letterhead=data.letterhead,
                     reprint=reprint, **(setup or {}))
    return render_pdf([CopySpec(story)], page)
