import dataclasses
import datetime as dt

from tests.documents.conftest import decode, flat, pdf_pages_text, pdf_text, render_png
from samples import LH, card, count, handover, receipt, writeoff

from gudang.documents import (
    Party, render_count_report, render_handover, render_receipt, render_stock_card,
    render_writeoff,
)


def test_bast_opening_sentence_parties_and_signatures():
    data = handover(confirmed=False)
    pdf = render_handover(data)
    text = flat(pdf_text(pdf))
    assert "BERITA ACARA SERAH TERIMA BARANG" in text
    assert "Nomor: 009/BAST/BPBD-KPR/XI/2026" in text
    assert ("Pada hari ini Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh "
            "enam (27-11-2026), bertempat di Kantor Desa Lipat Kain, Kecamatan Kampar Kiri") in text
    assert "selanjutnya disebut PIHAK PERTAMA" in text and "selanjutnya disebut PIHAK KEDUA" in text
    assert "sesuai Surat Jalan Nomor 014/SJ/BPBD-KPR/XI/2026" in text
    assert "Paket <Keluarga> & Anak" in text
    assert "JUMLAH 10 35 60 30 sak dus lembar paket" in text  # one sum per unit, never sak + dus
    assert "Kondisi" not in text  # confirmation columns only when filled
    assert "Demikian Berita Acara Serah Terima ini dibuat" in text
    assert "Mengetahui" in text and "Drs. H. Muhammad Nasir, M.Si" in text
    # village head without NIP: no dotted NIP line under his name
    assert text.count("NIP. ....") == 0
    assert [c for c, k in decode(render_png(pdf, dpi=150)[0]) if k == "QRCode"][0].startswith(
        "DOK|009/BAST/BPBD-KPR/XI/2026|")


def test_bast_confirmation_columns_and_english():
    text = flat(pdf_text(render_handover(handover(confirmed=True))))
    assert "Kondisi" in text and "Baik" in text and "Rusak" in text and "Kurang" in text
    assert "JUMLAH 10 35 60 30 sak dus lembar paket 10 34 60 30 0 1 0 0 0 0 0 0" in text
    en = flat(pdf_text(render_handover(handover(confirmed=True), lang="en")))
    assert "HANDOVER CERTIFICATE" in en and "On Friday, 27 November 2026, at Kantor Desa" in en
    assert "FIRST PARTY" in en and "Page 1 of" in en


def test_bast_escapes_markup_in_party_names():
    data = dataclasses.replace(handover(), first_party=Party("A <b>Bold</b> & Co", agency="X & <Y>"))
    text = flat(pdf_text(render_handover(data)))
    assert "A <b>Bold</b> & Co" in text and "atas nama X & <Y>" in text


def test_receipt_document_vs_counted_and_condition():
    pdf = render_receipt(receipt(), reprint=True)
    text = flat(pdf_text(pdf))
    assert "BERITA ACARA PENERIMAAN BARANG" in text and "031/BAP/BPBD-KPR/XI/2026" in text
    assert "Baznas Provinsi Riau" in text and "SJ/0912/BAZNAS-RIAU/2026" in text
    assert "Hibah / bantuan" in text and "Hendra Gunawan" in text and "BM 9001 TU" in text
    assert "Menurut" not in text and "Dokumen" in text and "Hasil hitung" in text and "Selisih" in text
    assert "160 158 -2" in text  # line 4 short by two
    assert "JUMLAH 100 260 360 180 100 260 358 180 0 0 -2 0 sak dus lembar paket" in text
    assert "rusak" in text and "Dus basah" in text
    assert "SALINAN" in text
    assert "Yang Menyerahkan" in text and "Yang Menerima" in text
    assert [c for c, k in decode(render_png(pdf, dpi=150)[0]) if k == "QRCode"][0].startswith(
        "DOK|031/BAP/BPBD-KPR/XI/2026|")


def test_stock_card_balances():
    data = card(30)
    pdf = render_stock_card(data)
    pages = pdf_pages_text(pdf)
    text = flat("\n".join(pages))
    assert "KARTU STOK" in text and "Mie instan rasa ayam bawang" in text and "MIE-40" in text
    assert "Saldo awal 120" in text
    assert "1 November 2026 – 30 November 2026" in text
    total_in = sum(r.qty_in for r in data.rows)
    total_out = sum(r.qty_out for r in data.rows)
    assert data.closing_balance == 120 + total_in - total_out
    assert f"JUMLAH / SALDO AKHIR {total_in} {total_out} {data.closing_balance} dus" in text
    assert f"Halaman {len(pages)} dari {len(pages)}" in text
    assert ("DOK|L00000123|", "QRCode") in decode(render_png(pdf, dpi=150)[0])


def test_count_report_and_writeoff():
    text = flat(pdf_text(render_count_report(count())))
    assert "BERITA ACARA STOCK OPNAME" in text and "Menurut administrasi" in text
    assert "Hasil hitung" in text and "Selisih" in text
    assert "114 111 -3 baik" in text and "135 136 +1 baik" in text
    assert "JUMLAH sak dus lembar paket 100 363 256 128 100 360 257 128 0 -3 +1 0" in text
    assert "7 baris dihitung, 2 di antaranya berselisih." in text
    assert "Tim Pemeriksa" in text and "Pengurus Barang" in text
    text = flat(pdf_text(render_writeoff(writeoff())))
    assert "BERITA ACARA PENGHAPUSAN BARANG" in text and "001/PH/BPBD-KPR/XII/2026" in text
    assert "Rusak terendam banjir" in text and "JUMLAH 24 6 kaleng dus" in text and "Menyetujui" in text


def test_letterhead_logo_and_long_city(tmp_path):
    from PIL import Image
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 240), "#1b5e20").save(logo)
    data = dataclasses.replace(handover(), letterhead=dataclasses.replace(LH, logo_path=str(logo)),
                               date=dt.date(2027, 1, 11))
    pdf = render_handover(data)
    text = flat(pdf_text(pdf))
    assert "Pada hari ini Senin tanggal sebelas bulan Januari tahun dua ribu dua puluh tujuh" in text
    image = render_png(pdf, dpi=50)[0]
    # the green emblem is drawn at the top left
    assert image.getpixel((int(18 / 25.4 * 50) + 10, int(20 / 25.4 * 50)))[1] > 60
