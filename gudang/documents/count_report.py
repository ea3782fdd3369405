"""Berita acara stock opname: administrasi vs hasil inventarisasi vs selisih."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from gudang.domain import document_qr

from .berita_acara import opening_sentence
from .data import CountReportData
from .layout import (
    STYLES, Column, CopySpec, PageSetup, SignatureBlock, Texts, bold, cell, centred_signature,
    code_cell, esc, info_grid, para, place_and_date, render_pdf, signature_grid, spacer, stacked_sums,
    table_with_tail, title_block,
)


def render_count_report(data: CountReportData, lang: str | None = None, *,
                        reprint: bool = False, setup: dict | None = None) -> bytes:
    tx = Texts(lang)
    t = tx.t
    title = t("STOCK COUNT REPORT")
    story: list = [title_block(tx, title, data.number, document_qr.encode(
        data.number, [(l.sku, l.lot_code, l.counted) for l in data.lines])), spacer(4)]
    rest = esc(t("the undersigned counting team carried out a physical count of the stock of "
                 "{warehouse} with the following result:", warehouse="\0")).replace(
        "\0", bold(data.warehouse))
    story += [opening_sentence(tx, data.date, data.place, rest), spacer(1)]
    info = [(t("Scope"), data.scope), (t("Period"), data.period)]
    if any(v for _, v in info):
        story += [info_grid([[r for r in info if r[1]]], label_width=25 * mm), spacer(2)]
    qty = t("Quantity")
    columns = [Column(t("No"), align="RIGHT", kind="number"), Column(t("Code"), kind="code", max_width=26 * mm),
               Column(t("Item name"), weight=3, min_width=30 * mm), Column(t("Lot / Bin"), kind="code", max_width=28 * mm),
               Column(t("Unit"), kind="code", max_width=18 * mm),
               Column(t("Per records"), align="RIGHT", kind="number", group=qty),
               Column(t("Counted"), align="RIGHT", kind="number", group=qty),
               Column(t("Difference"), align="RIGHT", kind="number", group=qty),
               Column(t("Condition"), kind="code", max_width=22 * mm), Column(t("Remark"), min_width=16 * mm)]
    rows = []
    for index, line in enumerate(data.lines, start=1):
        diff = line.difference
        diff_text = ("+" if diff > 0 else "") + tx.qty(diff)
        rows.append([str(index), code_cell(line.sku), cell(line.item_name),
                     code_cell(line.lot_code, small=[line.location]), code_cell(line.unit),
                     tx.qty(line.expected), tx.qty(line.counted),
                     code_cell(diff_text, bold=bool(diff), align="RIGHT"), code_cell(line.condition),
                     cell(line.remark)])
    sums, units = stacked_sums(tx, data.lines, ["expected", "counted", "difference"], signed=["difference"])
    totals = [[t("TOTAL"), "", "", "", units] + sums + ["", ""]]
    differing = sum(1 for l in data.lines if l.difference)
    tail: list = [spacer(2), para(t("{lines} lines counted, {differing} with a difference.",
                                    lines=len(data.lines), differing=differing), "small")]
    if data.notes:
        tail += [spacer(1.5), Paragraph(f"<b>{esc(t('Notes'))}:</b> {esc(data.notes)}",
                                        STYLES["body_left"])]
    closing = para(t("This stock count report is made truthfully to be used as appropriate."),
                   "body")
    team = [SignatureBlock(t("Counting team"), s) for s in data.team]
    blocks = team + [SignatureBlock(t("Stock custodian"), data.custodian,
                                    above=place_and_date(tx, data.letterhead, data.date))]
    tail += [spacer(2), closing, spacer(3), signature_grid(tx, blocks, per_row=min(3, len(blocks)), space=14 * mm)]
    if data.approver:
        tail += [spacer(1.5), centred_signature(tx, SignatureBlock(t("Acknowledged by"),
                                                                   data.approver), space=14 * mm)]
    story += table_with_tail(columns, rows, totals, tail, total_span=4)
    page = PageSetup(tx=tx, title=title, number=data.number, letterhead=data.letterhead,
                     reprint=reprint, **(setup or {}))
    return render_pdf([CopySpec(story)], page)
