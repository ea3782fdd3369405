"""Berita acara serah terima barang (BAST): proof of delivery."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from .berita_acara import opening_sentence, party_block
from .data import HandoverData
from .layout import (
    STYLES, Column, CopySpec, PageSetup, SignatureBlock, Texts, cell, centred_signature,
    esc, item_table, keep_together, para, place_and_date, render_pdf, signature_grid,
    spacer, title_block,
)


def render_handover(data: HandoverData, lang: str | None = None, *, reprint: bool = False) -> bytes:
    """PDF of the BAST. The columns Baik/Rusak/Kurang are printed only when at
    least one line carries a delivery confirmation."""
    tx = Texts(lang)
    t = tx.t
    title = t("HANDOVER CERTIFICATE")
    first, second = t("FIRST PARTY"), t("SECOND PARTY")
    story: list = [title_block(tx, title, data.number, data.number), spacer(4)]
    story.append(opening_sentence(tx, data.date, data.place, esc(t("we the undersigned:"))))
    story += [spacer(1), party_block(tx, 1, data.first_party, first), spacer(2),
              party_block(tx, 2, data.second_party, second), spacer(3)]
    what = t("{first} hands over to {second}, and {second} declares to have received from "
             "{first}, the relief goods", first="\0", second="\1")
    markup = esc(what).replace("\0", f"<b>{esc(first)}</b>").replace("\1", f"<b>{esc(second)}</b>")
    if data.purpose:
        markup += " " + esc(data.purpose)
    if data.event:
        markup += " " + esc(t("for the disaster event {event}", event="\0")).replace(
            "\0", f"<b>{esc(data.event)}</b>")
    if data.waybill_number:
        markup += " " + esc(t("according to waybill number {number}", number="\0")).replace(
            "\0", f"<b>{esc(data.waybill_number)}</b>")
    markup += esc(t(", as follows:"))
    story += [Paragraph(markup, STYLES["body"]), spacer(1)]

    confirmed = any(l.good is not None or l.damaged is not None or l.short is not None
                    for l in data.lines)
    narrow = 2 * mm if confirmed else 0
    columns = [Column(t("No"), 7 * mm, "CENTER"), Column(t("Code"), 20 * mm - narrow),
               Column(t("Item name")), Column(t("Lot"), 24 * mm - narrow),
               Column(t("Qty"), 16 * mm - narrow, "RIGHT"), Column(t("Unit"), 14 * mm - narrow)]
    if confirmed:
        cond = t("Condition")
        columns += [Column(t("Good"), 12 * mm, "RIGHT", group=cond),
                    Column(t("Damaged"), 12.5 * mm, "RIGHT", group=cond),
                    Column(t("Short"), 12 * mm, "RIGHT", group=cond)]
    columns.append(Column(t("Remark"), 22 * mm if confirmed else 36 * mm))
    rows, total = [], Decimal(0)
    sums = [Decimal(0)] * 3
    for index, line in enumerate(data.lines, start=1):
        total += line.qty
        row = [str(index), cell(line.sku, "cell_code"), cell(line.item_name), cell(line.lot_code),
               tx.qty(line.qty), cell(line.unit)]
        if confirmed:
            values = (line.good, line.damaged, line.short)
            sums = [s + (v or 0) for s, v in zip(sums, values)]
            row += [tx.qty(v) for v in values]
        row.append(cell(line.remark))
        rows.append(row)
    totals = [t("TOTAL"), "", "", "", tx.qty(total), ""]
    if confirmed:
        totals += [tx.qty(v) for v in sums]
    totals.append("")
    story.append(item_table(columns, rows, [totals], total_span=4))
    if data.notes:
        story += [spacer(2), Paragraph(f"<b>{esc(t('Notes'))}:</b> {esc(data.notes)}",
                                       STYLES["body_left"])]
    closing = para(t("This handover certificate is made truthfully in two copies, each "
                     "with the same legal force, to be used as appropriate."), "body")
    blocks = [
        SignatureBlock(first, data.first_party.signatory()),
        SignatureBlock(second, data.second_party.signatory(),
                       above=place_and_date(tx, data.letterhead, data.date)),
    ]
    tail = [spacer(2), closing, spacer(3), signature_grid(tx, blocks, space=14 * mm)]
    if data.approver:
        tail += [spacer(2), centred_signature(tx, SignatureBlock(t("Acknowledged by"),
                                                                 data.approver), space=14 * mm)]
    story.append(keep_together(*tail))
    setup = PageSetup(tx=tx, title=title, number=data.number, letterhead=data.letterhead,
                      reprint=reprint, cancelled=data.cancelled)
    return render_pdf([CopySpec(story)], setup)
