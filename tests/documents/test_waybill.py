import dataclasses
import re
from decimal import Decimal

from tests.documents.conftest import decode, flat, pdf_pages_text, pdf_text, render_png
from samples import waybill

from gudang.documents import render_waybill, verify_waybill_qr, waybill_qr_payload

NUMBER = "014/SJ/BPBD-KPR/XI/2026"


def test_one_page_waybill_fields_totals_and_escaping():
    data = waybill(7)
    pdf = render_waybill(data)
    pages = pdf_pages_text(pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "SURAT JALAN" in text
    assert f"Nomor: {NUMBER}" in text
    assert "PEMERINTAH KABUPATEN KAMPAR" in text and "BADAN PENANGGULANGAN BENCANA DAERAH" in text
    # user text with markup characters prints literally
    assert "Posko Pengungsian <Desa> Lipat Kain & Sekitarnya" in text
    assert "Paket <Keluarga> & Anak" in text
    assert "BM 8123 KA" in text and "Serda Rahmat Hidayat" in text and "Kampar Kiri" in text
    assert "27 November 2026" in text and "Bangkinang, 27 November 2026" in text
    # totals: 217 packages, 1.549,5 kg, 5,208 m3 in Indonesian style
    assert "JUMLAH 10 93 76 38 sak dus lembar paket" in text
    assert "1.549,5 kg" in text
    assert "Jumlah koli: 10 sak · 93 dus · 76 lembar · 38 paket" in text and "Volume total: 5,208" in text
    for caption in ("Yang Menyerahkan", "Pengemudi", "Yang Menerima", "Mengetahui"):
        assert caption in text
    assert "Diterima" in text and "Baik" in text and "Rusak" in text and "Kurang" in text
    assert "NIP. 19850412 201001 1 003" in text
    assert "Halaman 1 dari 1" in text
    assert "SALINAN" not in text and "BATAL" not in text


def test_qr_code_decodes_to_payload_and_verifies():
    data = waybill(5)
    payload = waybill_qr_payload(data)
    assert re.fullmatch(r"DOK\|014/SJ/BPBD-KPR/XI/2026\|[0-9a-f]{8}", payload)
    assert verify_waybill_qr("SJ|" + payload[4:], data)  # papers printed before the one format
    codes = decode(render_png(render_waybill(data))[0])
    assert (payload, "QRCode") in codes
    assert verify_waybill_qr(payload, data)
    changed = dataclasses.replace(data, lines=(dataclasses.replace(data.lines[0], qty=Decimal(11)),)
                                  + data.lines[1:])
    assert not verify_waybill_qr(payload, changed)
    reordered = dataclasses.replace(data, lines=tuple(reversed(data.lines)))
    assert verify_waybill_qr(payload, reordered)  # the hash does not depend on print order
    assert verify_waybill_qr(payload, dataclasses.replace(
        data, lines=tuple(dataclasses.replace(l, qty=l.qty + Decimal("0.000")) for l in data.lines)))
    assert not verify_waybill_qr("DOK|999/SJ/X|" + payload[-8:], data)
    assert not verify_waybill_qr("garbage", data)


def test_200_lines_paginate_with_header_on_every_page_and_signatures_together():
    pdf = render_waybill(waybill(200))
    pages = pdf_pages_text(pdf)
    total = len(pages)
    assert total >= 8
    for number, page in enumerate(pages, start=1):
        text = flat(page)
        assert f"Halaman {number} dari {total}" in text
        assert "Nama Barang" in text and "Lot / Kedaluwarsa" in text  # header repeated
        assert NUMBER in text
    last = flat(pages[-1])
    for caption in ("Yang Menyerahkan", "Pengemudi", "Yang Menerima", "Mengetahui",
                    "Drs. H. Muhammad Nasir", "NIP. 19700315 199503 1 002", "JUMLAH"):
        assert caption in last
    for page in pages[:-1]:
        assert "Yang Menyerahkan" not in page
    # every line number printed once, in order
    rows = re.findall(r"^(\d+)\n[A-Z]{3}-", "\n".join(pages), re.M)
    assert [int(r) for r in rows] == list(range(1, 201))


def test_three_copies_numbered_per_copy_and_reprint_marked():
    pdf = render_waybill(waybill(40), copies=True, reprint=True)
    pages = [flat(p) for p in pdf_pages_text(pdf)]
    assert len(pages) % 3 == 0
    per_copy = len(pages) // 3
    for copy, caption in enumerate(("Lembar 1: Penerima", "Lembar 2: Pengemudi", "Lembar 3: Arsip")):
        for page in range(per_copy):
            text = pages[copy * per_copy + page]
            assert caption in text
            assert f"Halaman {page + 1} dari {per_copy}" in text
            assert "SALINAN" in text
    assert sum("Halaman 1 dari" in p for p in pages) == 3


def test_cancelled_is_stamped_and_english_version():
    pdf = render_waybill(waybill(3, cancelled=True), lang="en")
    text = flat(pdf_text(pdf))
    assert "CANCELLED" in text and "WAYBILL" in text and "Page 1 of 1" in text
    assert "Handed over by" in text and "Received by" in text
    assert "Number: 014/SJ/BPBD-KPR/XI/2026" in text
    assert "TOTAL 10 41 sak dus" in text and "494.4 kg" in text  # English number style
    assert "SURAT JALAN" not in text
    text_id = flat(pdf_text(render_waybill(waybill(3, cancelled=True))))
    assert "BATAL" in text_id
