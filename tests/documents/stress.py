"""Stress data for every document and label: names in Latin-extended and Arabic
script, markup characters, 7-digit quantities, 120 lines, mixed units, a
cancellation and a reprint. Every text a user could have typed is listed in
TYPED, so the tests can read each one back from the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D

from samples import LH

from gudang.documents.data import (
    BinLabel, CountLine, CountReportData, HandoverData, HandoverLine, ItemLabel, LotLabel, Party, Place,
    ReceiptData, ReceiptLine, Recipient, Signatory, StockCardData, StockCardRow, WaybillData, WaybillLine,
    WaybillSignatures, WriteoffData, WriteoffLine,
)
from gudang.documents.layout import Cancellation
from gudang.documents.reversal import ReversalData, ReversalLine

ARABIC_DONOR = "جمعية الهلال الأحمر القطري"
ARABIC_NAME = "عبد الله بن محمد"
LATIN_NAME = "Ğülşen Ŝahin-Öztürk"
MARKUP = "Toko \"Sinar\" & <Putra> 'Jaya'"
RECIPIENT = "Posko Masjid Nurul Ŝa'adah & <Lipat Kain>"
ITEMS = [
    ("BRS-05", "Beras medium sak 5 kg", "sak", D("5")),
    ("MIE-GRG-40", "Mie instan goreng, dus isi 40 bungkus", "dus", D("9.2")),
    ("MNY-1L", "Minyak goreng 1 liter", "botol", D("1")),
    ("SLM-01", "Selimut dewasa \"tebal\" & <hangat>", "lembar", None),
    ("HYG-KIT-ANAK", f"Paket kebersihan anak ({LATIN_NAME})", "paket", D("3.5")),
    ("AIR-600", f"Air mineral — {ARABIC_DONOR}", "dus", D("15")),
]
BIG = D("1234567")  # a 7-digit quantity
LOT_LONG = "MNY261011/8-BATCH-2026-11-27"
TYPED = [ARABIC_DONOR, ARABIC_NAME, LATIN_NAME, MARKUP, RECIPIENT, LOT_LONG, "HYG-KIT-ANAK",
         "Selimut dewasa \"tebal\" & <hangat>", "Air mineral — " + ARABIC_DONOR]
CANCELLATION = Cancellation("004/BTL/BPBD-KPR/XI/2026", dt.date(2026, 11, 28),
                            f"Salah tujuan: dikirim ke {RECIPIENT}")
SETUP = {"cancellation": CANCELLATION, "chain_head": "3fa9c2d1",
         "backdate_reason": "Surat jalan manual saat listrik padam (banjir)",
         "created": dt.datetime(2026, 11, 27, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=7)))}

SENDER = Signatory(LATIN_NAME, "198504122010011003", "Pengelola Barang Persediaan")
HEAD = Signatory(ARABIC_NAME, "197003151995031002", "Kepala Pelaksana BPBD Kabupaten Kampar")


def _qty(i: int) -> D:
    return BIG if i % 17 == 0 else D(10 + (i * 37) % 900)


def waybill(n: int = 120) -> WaybillData:
    lines = []
    for i in range(n):
        sku, name, unit, kg = ITEMS[i % len(ITEMS)]
        qty = _qty(i)
        lines.append(WaybillLine(sku, name, qty, unit, LOT_LONG if i % 11 == 0 else f"LT{2400 + i}",
                                 f"L{123 + i:08d}", dt.date(2027, 1 + i % 12, 28),
                                 weight_kg=qty * kg if kg else None, volume_m3=None,
                                 remark=MARKUP if i % 13 == 5 else ""))
    return WaybillData(
        letterhead=LH, number="093/SJ/BPBD-KPR/XI/2026", date=dt.date(2026, 11, 27),
        warehouse=Place("Gudang Logistik BPBD Kabupaten Kampar", "Jl. Raya Bangkinang Km 2"),
        recipient=Recipient(RECIPIENT, f"Jl. {LATIN_NAME} No. 3", "Lipat Kain", "Kampar Kiri",
                            f"{ARABIC_NAME} (0812-7654-3210)"),
        lines=tuple(lines), event="Banjir Kampar November 2026", request_ref="045/SP/Kec-KK/XI/2026",
        transport_mode="Darat - truk", carrier=MARKUP, vehicle_plate="BM 8123 KA", driver=LATIN_NAME,
        driver_phone="0813-6612-4455", notes=f"Donasi dari {ARABIC_DONOR}; {MARKUP}", cancelled=True,
        signatures=WaybillSignatures(sender=SENDER, receiver=Signatory(show_nip=False), approver=HEAD))


def handover(n: int = 120, confirmed: bool = True) -> HandoverData:
    lines = []
    for i in range(n):
        sku, name, unit, _ = ITEMS[i % len(ITEMS)]
        qty = _qty(i)
        damaged = D(1) if confirmed and i % 9 == 4 else D(0)
        lines.append(HandoverLine(sku, name, qty, unit, LOT_LONG if i % 11 == 0 else f"LT{2400 + i}",
                                  f"Dus basah — {ARABIC_NAME}" if damaged else "",
                                  good=qty - damaged if confirmed else None,
                                  damaged=damaged if confirmed else None, short=D(0) if confirmed else None))
    return HandoverData(
        letterhead=LH, number="031/BAST/BPBD-KPR/XI/2026" if confirmed else "", date=dt.date(2026, 11, 28),
        place=f"Posko {RECIPIENT}", first_party=Party(LATIN_NAME, "198504122010011003",
                                                       "Pengelola Barang Persediaan", "Jl. Prof. M. Yamin",
                                                       "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN KAMPAR"),
        second_party=Party(ARABIC_NAME, "", f"Ketua Posko {MARKUP}", "Jl. Lintas Lipat Kain", RECIPIENT),
        lines=tuple(lines), waybill_number="093/SJ/BPBD-KPR/XI/2026", event="Banjir Kampar November 2026",
        purpose="untuk membantu warga terdampak banjir", notes=f"Diterima oleh {ARABIC_NAME} & <tim>",
        approver=HEAD, confirmed=confirmed)


def receipt(n: int = 120) -> ReceiptData:
    lines = []
    for i in range(n):
        sku, name, unit, _ = ITEMS[i % len(ITEMS)]
        qty = _qty(i)
        lines.append(ReceiptLine(sku, name, qty, qty - (2 if i % 10 == 3 else 0), unit,
                                 LOT_LONG if i % 11 == 0 else f"B{77 + i}", f"L{500 + i:08d}",
                                 dt.date(2027, 3, 31), "damaged" if i % 10 == 4 else "good",
                                 MARKUP if i % 10 == 4 else ""))
    return ReceiptData(letterhead=LH, number="031/BAP/BPBD-KPR/XI/2026", date=dt.date(2026, 11, 25),
                       warehouse=Place("Gudang Logistik BPBD Kabupaten Kampar"), receipt_type="donation",
                       donor=ARABIC_DONOR, lines=tuple(lines), sender_ref="SJ/0912/QRCS/2026",
                       vehicle_plate="BM 9001 TU", deliverer=LATIN_NAME, event="Banjir Kampar November 2026",
                       earmark=RECIPIENT, officer=SENDER, approver=HEAD)


def card(n: int = 120) -> StockCardData:
    rows, balance = [], BIG
    for i in range(n):
        qty_in = BIG if i % 30 == 0 else D(0)
        qty_out = D(0) if qty_in else D(15 + i % 7)
        balance += qty_in - qty_out
        rows.append(StockCardRow(dt.date(2026, 11, 1 + i % 28),
                                 f"{i + 10:03d}/{'BAP' if qty_in else 'SJ'}/BPBD-KPR/XI/2026",
                                 ARABIC_DONOR if qty_in else RECIPIENT, qty_in, qty_out, balance,
                                 LOT_LONG if i % 11 == 0 else "LT2400-B", MARKUP if i % 25 == 3 else ""))
    return StockCardData(letterhead=LH, warehouse="Gudang Logistik BPBD Kabupaten Kampar", sku="HYG-KIT-ANAK",
                         item_name=f"Paket kebersihan anak ({LATIN_NAME})", unit="paket",
                         period_start=dt.date(2026, 11, 1), period_end=dt.date(2026, 11, 30),
                         opening_balance=BIG, rows=tuple(rows), location="A-01-02", pack="1 dus = 10 paket",
                         lot_code=LOT_LONG, lot_barcode="L00000123", expiry=dt.date(2027, 5, 31),
                         donor=ARABIC_DONOR, officer=SENDER, approver=HEAD)


def count(n: int = 120) -> CountReportData:
    lines = []
    for i in range(n):
        sku, name, unit, _ = ITEMS[i % len(ITEMS)]
        qty = _qty(i)
        lines.append(CountLine(sku, name, unit, qty, qty - (3 if i % 8 == 2 else 0),
                               LOT_LONG if i % 11 == 0 else f"LT{i}", f"A-{i % 9:02d}-01",
                               "rusak" if i % 8 == 2 else "baik", MARKUP if i % 8 == 2 else ""))
    return CountReportData(letterhead=LH, number="002/SO/BPBD-KPR/XII/2026", date=dt.date(2026, 12, 31),
                           place="Gudang Logistik BPBD Kabupaten Kampar", warehouse="Gudang Logistik",
                           lines=tuple(lines), scope="Rak A-00 s.d. A-08", period="Semester II 2026",
                           team=(SENDER, Signatory(ARABIC_NAME, "", "Anggota Tim", show_nip=False)),
                           custodian=SENDER, approver=HEAD, notes=MARKUP)


def writeoff(n: int = 120) -> WriteoffData:
    lines = []
    for i in range(n):
        sku, name, unit, _ = ITEMS[i % len(ITEMS)]
        lines.append(WriteoffLine(sku, name, _qty(i), unit, LOT_LONG if i % 11 == 0 else f"LT{i}",
                                  dt.date(2026, 10, 1), "Kedaluwarsa" if i % 2 else f"Rusak — {MARKUP}"))
    return WriteoffData(letterhead=LH, number="001/PH/BPBD-KPR/XII/2026", date=dt.date(2026, 12, 15),
                        place="Gudang Logistik BPBD Kabupaten Kampar", warehouse="Gudang Logistik",
                        reason=f"Kedaluwarsa; donasi {ARABIC_DONOR}", lines=tuple(lines),
                        decree_ref="SK Kalaksa No. 360/BPBD/XII/2026/45", method="Ditimbun",
                        witnesses=(Signatory(ARABIC_NAME, "", "Saksi", show_nip=False),), custodian=SENDER,
                        approver=HEAD, notes=MARKUP)


def reversal(n: int = 120) -> ReversalData:
    wb = waybill(n)
    return ReversalData(letterhead=LH, number=CANCELLATION.number, date=CANCELLATION.date,
                        original_number=wb.number, original_type="issue", original_date=wb.date,
                        reason=CANCELLATION.reason,
                        lines=tuple(ReversalLine(l.sku, l.item_name, l.qty, l.unit, l.lot_code, l.lot_barcode)
                                    for l in wb.lines), officer=SENDER, approver=HEAD)


def labels() -> list:
    return [
        LotLabel(f"Air mineral — {ARABIC_DONOR}", "L00000123", LOT_LONG, dt.date(2027, 5, 31), ARABIC_DONOR,
                 dt.date(2026, 11, 25), "AIR-600"),
        LotLabel(f"Selimut dewasa \"tebal\" & <hangat> {LATIN_NAME}", "L01234567", "LT2400-B", None, MARKUP,
                 dt.date(2026, 11, 25), "SLM-01"),
        BinLabel("A-01-02", "Gudang Logistik BPBD Kabupaten Kampar", f"Rak {LATIN_NAME} & <B>"),
        BinLabel("KARANTINA-01", "Gudang Utama", ARABIC_NAME),
        ItemLabel(f"Minyak goreng 1 liter {MARKUP}", "MNY-1L", "8991002105409", "botol"),
        ItemLabel(f"Paket kebersihan anak ({LATIN_NAME})", "HYG-KIT-ANAK", "", "paket"),
        ItemLabel("Gula pasir 1 kg", "GLA-1", "96385074", "kg"),
    ]


LABEL_CODES = ["L00000123", "L01234567", "A-01-02", "KARANTINA-01", "8991002105409", "HYG-KIT-ANAK", "96385074"]


def replace(data, **changes):
    return dataclasses.replace(data, **changes)
