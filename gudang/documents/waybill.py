"""Surat jalan (waybill) of a posted goods issue."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from gudang.domain import document_qr

from .data import Signatory, WaybillData
from .layout import (
    FONT, FONT_BOLD, MUTED, STYLES, CodeCell, Column, CopySpec, PageSetup, SignatureBlock, Texts, bold, cell,
    code_cell, esc, info_grid, measure_totals, para, place_and_date, render_pdf, signature_grid, spacer,
    stacked_totals, table_with_tail, title_block, unit_totals, unit_totals_text,
)

def waybill_lines_hash(data: WaybillData) -> str:
    """The line hash of the waybill's QR (gudang.domain.document_qr.lines_hash over
    "sku|lot|qty", lot = internal lot barcode, else the supplier's lot code)."""
    return document_qr.lines_hash(qr_lines(data))


def qr_lines(data) -> list[tuple[str, str, Decimal]]:
    """The (sku, lot, qty) lines the QR hash covers."""
    return [(line.sku, line.lot_barcode or line.lot_code, line.qty) for line in data.lines]


def waybill_qr_payload(data: WaybillData) -> str:
    """Text of the waybill's QR code: "DOK|<number>|<hash of lines>" (gudang.domain.document_qr)."""
    return document_qr.encode(data.number, qr_lines(data))


def verify_waybill_qr(payload: str, data: WaybillData) -> bool:
    """True when a scanned QR (this format or the older "SJ|number|hash") belongs
    to this waybill and its lines are unchanged."""
    qr = document_qr.decode(payload)
    return qr is not None and qr.number == data.number and qr.matches(qr_lines(data))


def render_waybill(data: WaybillData, lang: str | None = None, *, copies: bool = False,
                   reprint: bool = False, setup: dict | None = None) -> bytes:
    """PDF of the surat jalan. copies=True: three copies (Lembar 1 Penerima,
    Lembar 2 Pengemudi, Lembar 3 Arsip), each numbered from page 1.
    reprint=True marks every page SALINAN; data.cancelled marks BATAL.
    setup: further PageSetup fields (cancellation, chain_head, backdate_reason, created)."""
    tx = Texts(lang)
    captions = ([tx.t("Sheet 1: Recipient"), tx.t("Sheet 2: Driver"), tx.t("Sheet 3: Archive")]
                if copies else [""])
    page = PageSetup(tx=tx, title=tx.t("WAYBILL"), number=data.number,
                     letterhead=data.letterhead, reprint=reprint, cancelled=data.cancelled, **(setup or {}))
    return render_pdf([CopySpec(_story(data, tx), caption) for caption in captions], page)


def _story(data: WaybillData, tx: Texts) -> list:
    t = tx.t
    story: list = [title_block(tx, t("WAYBILL"), data.number, waybill_qr_payload(data)),
                   spacer(4)]
    r = data.recipient
    left = [
        (t("From"), Paragraph(bold(data.warehouse.name), STYLES["value"])),
        ("", data.warehouse.address),
        (t("To"), Paragraph(bold(r.name), STYLES["value"])),
        ("", r.address),
        (t("Village"), r.desa),
        (t("District"), r.kecamatan),
    ]
    if r.contact:
        left.append((t("Contact"), r.contact))
    if data.loading_place:
        left.append((t("Loading place"), data.loading_place))
    if data.destination:
        left.append((t("Destination"), data.destination))
    left = [(label, value) for label, value in left if label or value]
    right = [
        (t("Date"), tx.date(data.date)),
        (t("Disaster event"), data.event),
        (t("Request ref."), data.request_ref),
        (t("Transport mode"), data.transport_mode),
        (t("Carrier"), data.carrier),
        (t("Vehicle plate"), Paragraph(bold(data.vehicle_plate), STYLES["value"])),
        (t("Driver"), data.driver),
        (t("Driver phone"), data.driver_phone),
    ]
    story.append(info_grid([left, right], label_width=27 * mm))
    story += [spacer(3), para(t("Please receive the following goods:"), "body_left"), spacer(1.5)]

    receipt = t("Received")
    kg_total, m3_total = measure_totals(data.lines)
    has_measure = any(l.weight_kg is not None or l.volume_m3 is not None for l in data.lines)
    columns = [
        Column(t("No"), align="RIGHT", kind="number"),
        Column(t("Code"), kind="code", max_width=26 * mm),
        Column(t("Item name"), weight=3, min_width=30 * mm),
        Column(t("Lot / Expiry"), kind="code", max_width=25 * mm),
        Column(t("Qty"), align="RIGHT", kind="number"),
        Column(t("Unit"), kind="code", max_width=18 * mm),
    ]
    if has_measure:
        columns.append(Column(t("Weight / Volume"), align="RIGHT", kind="number"))
    columns += [
        Column(t("Good"), 9 * mm, "CENTER", group=receipt),
        Column(t("Damaged"), 9 * mm, "CENTER", group=receipt),
        Column(t("Short"), 9 * mm, "CENTER", group=receipt),
        Column(t("Remark"), min_width=16 * mm),
    ]
    rows = []
    for index, line in enumerate(data.lines, start=1):
        lot_small = []
        if line.lot_barcode and line.lot_barcode != line.lot_code:
            lot_small.append(line.lot_barcode)
        if line.expiry:
            lot_small.append(f"{t('Exp.')} {tx.date_short(line.expiry)}")
        row = [str(index), code_cell(line.sku), cell(line.item_name),
               code_cell(line.lot_code, small=lot_small), tx.qty(line.qty), code_cell(line.unit)]
        if has_measure:
            row.append(_measure(tx, line.weight_kg, line.volume_m3))
        row += ["", "", "", cell(line.remark)]
        rows.append(row)
    per_unit = unit_totals(tx, ((l.qty, l.unit) for l in data.lines))
    qty_total, unit_total = stacked_totals(tx, per_unit)
    row = [t("TOTAL"), "", "", "", qty_total, unit_total]
    if has_measure:
        row.append(_measure(tx, kg_total, m3_total, bold=True))
    totals = [row + ["", "", "", ""]]
    summary = [t("Packages: {packages}", packages=unit_totals_text(tx, ((l.qty, l.unit) for l in data.lines)))]
    if kg_total is not None:
        summary.append(t("Total weight: {kg} kg", kg=tx.qty(kg_total)))
    if m3_total is not None:
        summary.append(t("Total volume: {m3} m\u00b3", m3=tx.qty(m3_total)))
    tail: list = [spacer(2), para(" \u2022 ".join(summary), "small")]
    if data.notes:
        tail += [spacer(1.5), Paragraph(f"<b>{esc(t('Notes'))}:</b> {esc(data.notes)}",
                                        STYLES["body_left"])]
    tail += [spacer(1), para(t("The recipient fills in the Received columns and signs with "
                               "the date of receipt."), "small"), spacer(4)]
    sig = data.signatures
    driver = sig.driver if sig.driver.name else Signatory(
        name=data.driver, show_nip=False, position=sig.driver.position, caption=sig.driver.caption)
    blocks = [
        SignatureBlock(t("Handed over by"), sig.sender, above=place_and_date(tx, data.letterhead, data.date)),
        SignatureBlock(t("Driver"), driver, above=data.vehicle_plate),
        SignatureBlock(t("Received by"), sig.receiver, above=t("Date") + ": ............."),
        SignatureBlock(t("Acknowledged by"), sig.approver),
    ]
    tail.append(signature_grid(tx, blocks, space=14 * mm))
    story += table_with_tail(columns, rows, totals, tail, total_span=4)
    return story


def _measure(tx: Texts, kg: Decimal | None, m3: Decimal | None, bold: bool = False):
    lines = []
    if kg is not None:
        lines.append((f"{tx.qty(kg)} kg", FONT_BOLD if bold else FONT, 7.6, None))
    if m3 is not None:
        lines.append((f"{tx.qty(m3)} m\u00b3", FONT, 6.6, MUTED))
    return CodeCell(lines, "RIGHT") if lines else ""
