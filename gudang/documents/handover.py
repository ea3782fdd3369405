"""Berita acara serah terima barang (BAST): proof of delivery."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from .berita_acara import opening_sentence, party_block
from .data import HandoverData
from gudang.domain import document_qr

from .layout import (
    STYLES, Column, CopySpec, PageSetup, SignatureBlock, Texts, bold, cell, centred_signature, code_cell, esc,
    para, place_and_date, render_pdf, signature_grid, spacer, stacked_sums, table_with_tail, title_block,
)


def render_handover(data: HandoverData, lang: str | None = None, *, reprint: bool = False,
                    setup: dict | None = None) -> bytes:
    """PDF of the BAST from its delivery confirmation: who received (name,
    jabatan), where, when, the condition of every line and its remarks.

    A dispatch not yet confirmed (data.confirmed False) prints only as a DRAF
    handover form: no number, the shipped quantities, every page stamped
    "DRAF — belum dikonfirmasi"."""
    tx = Texts(lang)
    t = tx.t
    title = t("HANDOVER CERTIFICATE")
    first, second = t("FIRST PARTY"), t("SECOND PARTY")
    draft = not data.confirmed
    qr = None if draft else document_qr.encode(data.number, [(l.sku, l.lot_code, l.qty) for l in data.lines])
    story: list = [title_block(tx, title, data.number, qr), spacer(3)]
    story.append(opening_sentence(tx, data.date, data.place, esc(t("we the undersigned:"))))
    story += [spacer(1), party_block(tx, 1, data.first_party, first), spacer(1.5),
              party_block(tx, 2, data.second_party, second), spacer(2)]
    what = t("{first} hands over to {second}, and {second} declares to have received from "
             "{first}, the relief goods", first="\0", second="\1")
    markup = esc(what).replace("\0", f"<b>{esc(first)}</b>").replace("\1", f"<b>{esc(second)}</b>")
    if data.purpose:
        markup += " " + esc(data.purpose)
    if data.event:
        markup += " " + esc(t("for the disaster event {event}", event="\0")).replace("\0", bold(data.event))
    if data.waybill_number:
        markup += " " + esc(t("according to waybill number {number}", number="\0")).replace(
            "\0", bold(data.waybill_number))
    markup += esc(t(", as follows:"))
    story += [Paragraph(markup, STYLES["body"]), spacer(1)]

    confirmed = not draft and any(l.good is not None for l in data.lines)
    columns = [Column(t("No"), align="RIGHT", kind="number"), Column(t("Code"), kind="code", max_width=26 * mm),
               Column(t("Item name"), weight=3, min_width=30 * mm), Column(t("Lot"), kind="code", max_width=26 * mm),
               Column(t("Shipped") if confirmed else t("Qty"), align="RIGHT", kind="number"),
               Column(t("Unit"), kind="code", max_width=18 * mm)]
    if confirmed:
        cond = t("Condition on receipt")
        columns += [Column(t("Good"), align="RIGHT", kind="number", group=cond),
                    Column(t("Damaged"), align="RIGHT", kind="number", group=cond),
                    Column(t("Short"), align="RIGHT", kind="number", group=cond)]
    columns.append(Column(t("Remark"), min_width=18 * mm))
    rows = []
    for index, line in enumerate(data.lines, start=1):
        row = [str(index), code_cell(line.sku), cell(line.item_name), code_cell(line.lot_code),
               tx.qty(line.qty), code_cell(line.unit)]
        if confirmed:
            row += [tx.qty(v) if v is not None else "" for v in (line.good, line.damaged, line.short)]
        row.append(cell(line.remark))
        rows.append(row)
    attrs = ["qty", "good", "damaged", "short"] if confirmed else ["qty"]
    sums, units = stacked_sums(tx, data.lines, attrs)
    totals = [[t("TOTAL"), "", "", "", sums[0], units] + sums[1:] + [""]]
    tail: list = []
    if data.notes:
        tail += [spacer(2), Paragraph(f"<b>{esc(t('Notes'))}:</b> {esc(data.notes)}", STYLES["body_left"])]
    closing = para(t("This handover certificate is made truthfully in two copies, each "
                     "with the same legal force, to be used as appropriate."), "body")
    blocks = [
        SignatureBlock(first, data.first_party.signatory()),
        SignatureBlock(second, data.second_party.signatory(),
                       above=place_and_date(tx, data.letterhead, data.date)),
    ]
    tail += [spacer(2), closing, spacer(2), signature_grid(tx, blocks, space=14 * mm)]
    if data.approver:
        tail += [spacer(1.5), centred_signature(tx, SignatureBlock(t("Acknowledged by"),
                                                                   data.approver), space=14 * mm)]
    story += table_with_tail(columns, rows, totals, tail, total_span=4)
    page = PageSetup(tx=tx, title=title, number=data.number or t("DRAFT"), letterhead=data.letterhead,
                     reprint=reprint, cancelled=data.cancelled, draft=draft, **(setup or {}))
    return render_pdf([CopySpec(story)], page)
