"""Surat jalan (waybill) of a posted goods issue."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from gudang.domain import document_qr

from .data import Signatory, WaybillData
from .layout import (
    STYLES, CellParagraph, Column, CopySpec, PageSetup, SignatureBlock, Texts, cell, cell_with_note, esc,
    info_grid, item_table, keep_together, para, place_and_date, render_pdf, signature_grid,
    spacer, title_block,
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
                   reprint: bool = False) -> bytes:
    """PDF of the surat jalan. copies=True: three copies (Lembar 1 Penerima,
    Lembar 2 Pengemudi, Lembar 3 Arsip), each numbered from page 1.
    reprint=True marks every page SALINAN; data.cancelled marks BATAL."""
    tx = Texts(lang)
    captions = ([tx.t("Sheet 1: Recipient"), tx.t("Sheet 2: Driver"), tx.t("Sheet 3: Archive")]
                if copies else [""])
    setup = PageSetup(tx=tx, title=tx.t("WAYBILL"), number=data.number,
                      letterhead=data.letterhead, reprint=reprint, cancelled=data.cancelled)
    return render_pdf([CopySpec(_story(data, tx), caption) for caption in captions], setup)


def _story(data: WaybillData, tx: Texts) -> list:
    t = tx.t
    story: list = [title_block(tx, t("WAYBILL"), data.number, waybill_qr_payload(data)),
                   spacer(4)]
    r = data.recipient
    recipient = Paragraph(f"<b>{esc(r.name)}</b>", STYLES["value"])
    left = [
        (t("From"), Paragraph(f"<b>{esc(data.warehouse.name)}</b>", STYLES["value"])),
        ("", data.warehouse.address),
        (t("To"), recipient),
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
        (t("Vehicle plate"), Paragraph(f"<b>{esc(data.vehicle_plate)}</b>", STYLES["value"])),
        (t("Driver"), data.driver),
        (t("Driver phone"), data.driver_phone),
    ]
    story.append(info_grid([left, right], label_width=27 * mm))
    story += [spacer(3), para(t("Please receive the following goods:"), "body_left"), spacer(1.5)]

    receipt = t("Received")
    columns = [
        Column(t("No"), 7 * mm, "CENTER"),
        Column(t("Code"), 20 * mm),
        Column(t("Item name")),
        Column(t("Lot / Expiry"), 25 * mm),
        Column(t("Qty"), 13.5 * mm, "RIGHT"),
        Column(t("Unit"), 14 * mm),
        Column(t("Weight / Volume"), 19.5 * mm, "RIGHT"),
        Column(t("Good"), 11 * mm, "CENTER", group=receipt),
        Column(t("Damaged"), 12.5 * mm, "CENTER", group=receipt),
        Column(t("Short"), 11 * mm, "CENTER", group=receipt),
    ]
    rows = []
    total_qty = Decimal(0)
    total_kg = Decimal(0)
    total_m3 = Decimal(0)
    has_kg = has_m3 = False
    for index, line in enumerate(data.lines, start=1):
        total_qty += line.qty
        if line.weight_kg is not None:
            total_kg += line.weight_kg
            has_kg = True
        if line.volume_m3 is not None:
            total_m3 += line.volume_m3
            has_m3 = True
        lot = esc(line.lot_code)
        if line.lot_barcode and line.lot_barcode != line.lot_code:
            lot += f'<br/><font size="6.8" color="#555555">{esc(line.lot_barcode)}</font>'
        if line.expiry:
            lot += f'<br/><font size="6.8">{esc(t("Exp."))} {esc(tx.date_short(line.expiry))}</font>'
        rows.append([
            str(index), cell(line.sku, "cell_code"), cell_with_note(line.item_name, line.remark),
            CellParagraph(lot, STYLES["cell"]), tx.qty(line.qty), cell(line.unit),
            _measure(tx, line.weight_kg, line.volume_m3), "", "", "",
        ])
    totals = [[t("TOTAL"), "", "", "", tx.qty(total_qty), "",
               _measure(tx, total_kg if has_kg else None, total_m3 if has_m3 else None, bold=True),
               "", "", ""]]
    story.append(item_table(columns, rows, totals, total_span=4))
    story.append(spacer(2))
    summary = t("Packages: {packages} \u2022 Total weight: {kg} kg \u2022 Total volume: {m3} m\u00b3",
                packages=tx.qty(total_qty), kg=tx.qty(total_kg) if has_kg else "-",
                m3=tx.qty(total_m3) if has_m3 else "-")
    tail: list = [para(summary, "small")]
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
    # The signature grid stays together with the notes on the last page.
    story.append(keep_together(*tail, signature_grid(tx, blocks, space=14 * mm)))
    return story


def _measure(tx: Texts, kg: Decimal | None, m3: Decimal | None, bold: bool = False) -> Paragraph:
    parts = []
    if kg is not None:
        parts.append(f"{tx.qty(kg)} kg")
    if m3 is not None:
        parts.append(f'<font size="6.8">{tx.qty(m3)} m\u00b3</font>')
    text = "<br/>".join(parts)
    return CellParagraph(f"<b>{text}</b>" if bold and text else text, STYLES["cell_right"])
