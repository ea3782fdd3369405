"""Berita acara stock opname: administrasi vs hasil inventarisasi vs selisih."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from .berita_acara import opening_sentence
from .data import CountReportData
from .layout import (
    STYLES, CellParagraph, Column, CopySpec, PageSetup, SignatureBlock, Texts, cell, cell_with_note,
    centred_signature, esc, info_grid, item_table, keep_together, para, place_and_date,
    render_pdf, signature_grid, spacer, title_block,
)


def render_count_report(data: CountReportData, lang: str | None = None, *,
                        reprint: bool = False) -> bytes:
    tx = Texts(lang)
    t = tx.t
    title = t("STOCK COUNT REPORT")
    story: list = [title_block(tx, title, data.number, data.number), spacer(4)]
    rest = esc(t("the undersigned counting team carried out a physical count of the stock of "
                 "{warehouse} with the following result:", warehouse="\0")).replace(
        "\0", f"<b>{esc(data.warehouse)}</b>")
    story += [opening_sentence(tx, data.date, data.place, rest), spacer(1)]
    info = [(t("Scope"), data.scope), (t("Period"), data.period)]
    if any(v for _, v in info):
        story += [info_grid([[r for r in info if r[1]]], label_width=25 * mm), spacer(2)]
    qty = t("Quantity")
    columns = [Column(t("No"), 7 * mm, "CENTER"), Column(t("Code"), 20 * mm),
               Column(t("Item name")), Column(t("Lot / Bin"), 22 * mm),
               Column(t("Unit"), 13 * mm),
               Column(t("Per records"), 17 * mm, "RIGHT", group=qty),
               Column(t("Counted"), 17 * mm, "RIGHT", group=qty),
               Column(t("Difference"), 16 * mm, "RIGHT", group=qty),
               Column(t("Condition"), 16 * mm)]
    rows = []
    sums = [Decimal(0)] * 3
    for index, line in enumerate(data.lines, start=1):
        diff = line.difference
        sums = [sums[0] + line.expected, sums[1] + line.counted, sums[2] + diff]
        where = "<br/>".join(esc(x) for x in (line.lot_code, line.location) if x)
        diff_text = ("+" if diff > 0 else "") + tx.qty(diff)
        rows.append([str(index), cell(line.sku, "cell_code"), cell_with_note(line.item_name, line.remark),
                     CellParagraph(where, STYLES["cell"]), cell(line.unit), tx.qty(line.expected),
                     tx.qty(line.counted),
                     CellParagraph(f"<b>{diff_text}</b>" if diff else diff_text, STYLES["cell_right"]),
                     cell(line.condition)])
    totals = [[t("TOTAL"), "", "", "", "", tx.qty(sums[0]), tx.qty(sums[1]),
               ("+" if sums[2] > 0 else "") + tx.qty(sums[2]), ""]]
    story.append(item_table(columns, rows, totals, total_span=5))
    differing = sum(1 for l in data.lines if l.difference)
    story += [spacer(2), para(t("{lines} lines counted, {differing} with a difference.",
                                lines=len(data.lines), differing=differing), "small")]
    if data.notes:
        story += [spacer(1.5), Paragraph(f"<b>{esc(t('Notes'))}:</b> {esc(data.notes)}",
                                         STYLES["body_left"])]
    closing = para(t("This stock count report is made truthfully to be used as appropriate."),
                   "body")
    team = [SignatureBlock(t("Counting team"), s) for s in data.team]
    blocks = team + [SignatureBlock(t("Stock custodian"), data.custodian,
                                    above=place_and_date(tx, data.letterhead, data.date))]
    tail = [spacer(3), closing, spacer(4), signature_grid(tx, blocks, per_row=min(3, len(blocks)))]
    if data.approver:
        tail += [spacer(2), centred_signature(tx, SignatureBlock(t("Acknowledged by"),
                                                                 data.approver))]
    story.append(keep_together(*tail))
    setup = PageSetup(tx=tx, title=title, number=data.number, letterhead=data.letterhead,
                      reprint=reprint)
    return render_pdf([CopySpec(story)], setup)
