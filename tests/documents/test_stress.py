"""Every document and label with stress data (Latin-extended and Arabic names,
& < > " ', 7-digit quantities, 120 lines, mixed units, a cancellation and a
reprint): the text reads back as typed, no two text boxes overlap
(pdftotext -bbox), signatures keep with the last rows, every code decodes.

Set GUDANG_RENDERS=/some/dir to also write every page as PNG for looking at."""

from __future__ import annotations

import html
import io
import os
import re
import subprocess
import tempfile
import warnings
from pathlib import Path

import pytest
import stress
from tests.documents.conftest import decode, pdf_pages_text, render_png
from pypdf import PdfReader

from gudang.documents import (
    render_count_report, render_handover, render_receipt, render_stock_card, render_waybill, render_writeoff,
)
from gudang.documents.fonts import logical_from_pdf
from gudang.documents.labels import TEMPLATES, LabelWarning, render_labels
from gudang.documents.reversal import render_reversal

pytestmark = pytest.mark.slow  # renders 120-line documents and rasterises them (about 45 s)

CHAIN = {"chain_head": stress.SETUP["chain_head"], "created": stress.SETUP["created"]}


def _docs() -> dict[str, tuple[bytes, list[str]]]:
    """name -> (pdf, texts typed by users that it must print)."""
    s = stress
    big = "1.234.567"
    return {
        "waybill": (render_waybill(s.waybill(), copies=True, reprint=True, setup=s.SETUP),
                    [s.RECIPIENT, s.ARABIC_NAME, s.LATIN_NAME, s.MARKUP, s.LOT_LONG, s.ARABIC_DONOR, big,
                     "Air mineral — " + s.ARABIC_DONOR, 'Selimut dewasa "tebal" & <hangat>']),
        "bast": (render_handover(s.handover(), reprint=True, setup=CHAIN),
                 [s.RECIPIENT, s.ARABIC_NAME, s.LATIN_NAME, s.MARKUP, s.LOT_LONG, big,
                  f"Dus basah — {s.ARABIC_NAME}", "Air mineral — " + s.ARABIC_DONOR]),
        "bast_draft": (render_handover(s.handover(confirmed=False)), [s.RECIPIENT, s.ARABIC_NAME, s.LATIN_NAME, big]),
        "receipt": (render_receipt(s.receipt(), reprint=True, setup=s.SETUP),
                    [s.ARABIC_DONOR, s.LATIN_NAME, s.MARKUP, s.RECIPIENT, s.LOT_LONG, big]),
        "card": (render_stock_card(s.card(), setup=CHAIN), [s.ARABIC_DONOR, s.RECIPIENT, s.MARKUP, s.LATIN_NAME,
                                                            s.LOT_LONG, "1.234.567"]),
        "count": (render_count_report(s.count(), setup=CHAIN), [s.MARKUP, s.LATIN_NAME, s.ARABIC_NAME, s.LOT_LONG,
                                                                big]),
        "writeoff": (render_writeoff(s.writeoff(), setup=s.SETUP), [s.ARABIC_DONOR, s.MARKUP, s.ARABIC_NAME,
                                                                     s.LOT_LONG, big]),
        "reversal": (render_reversal(s.reversal(), setup=CHAIN), [s.RECIPIENT, s.LATIN_NAME, s.LOT_LONG, big]),
    }


@pytest.fixture(scope="module")
def docs():
    rendered = _docs()
    folder = os.environ.get("GUDANG_RENDERS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for name, (pdf, _) in rendered.items():
            Path(folder, f"{name}.pdf").write_bytes(pdf)
            for index, image in enumerate(render_png(pdf, 60), start=1):
                image.save(Path(folder, f"{name}-{index:02d}.png"))
    return rendered


@pytest.fixture(scope="module")
def label_pdfs():
    out = {}
    for name in TEMPLATES:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", LabelWarning)
            out[name] = (render_labels(stress.labels(), name), [str(w.message) for w in caught])
    folder = os.environ.get("GUDANG_RENDERS")
    if folder:
        for name, (pdf, _) in out.items():
            for index, image in enumerate(render_png(pdf, 150 if "thermal" in name else 60), start=1):
                image.save(Path(folder, f"labels-{name}-{index:02d}.png"))
    return out


def _squash(text: str) -> str:
    return "".join(logical_from_pdf(text).split())


def word_boxes(pdf: bytes, watermarked: bool = True) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, the word boxes pdftotext finds (x0, top, x1, bottom of the em box, word).
    watermarked: an A4 document, whose diagonal SALINAN / BATAL / DRAF watermark
    (over 90 pt, read letter by letter) lies over the page on purpose."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "doc.pdf")
        path.write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        words = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                             page):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            word = html.unescape(m.group(5))
            if watermarked and y1 - y0 > 60:
                continue
            top, bottom = _em_box(y0, y1, word)
            words.append((x0, top, x1, bottom, word))
        pages.append(words)
    return pages


# pdftotext boxes span the font's ascent to its descent (1.36 em for Noto Sans, 2.1 em
# for Noto Sans Arabic), taller than the line spacing; the em box (0.8 above the
# baseline, 0.2 below) is what the layout keeps apart.
_METRICS = {"latin": (1069, -293), "arabic": (1374, -738)}


def _em_box(y0: float, y1: float, word: str) -> tuple[float, float]:
    latin = any(ch.isascii() and ch.isalnum() for ch in word) or not any("\u0600" <= ch <= "\ufeff" for ch in word)
    ascent, descent = _METRICS["latin" if latin else "arabic"]
    size = (y1 - y0) * 1000 / (ascent - descent)
    baseline = y1 + descent * size / 1000
    return baseline - 0.8 * size, baseline + 0.2 * size


def overlaps(words, tolerance: float = 0.4) -> list[tuple[str, str]]:
    found = []
    ordered = sorted(words)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b[0] >= a[2] - tolerance:
                break
            if min(a[3], b[3]) - max(a[1], b[1]) > tolerance and min(a[2], b[2]) - max(a[0], b[0]) > tolerance:
                found.append((a[4], b[4]))
    return found


@pytest.mark.parametrize("name", ["waybill", "bast", "bast_draft", "receipt", "card", "count", "writeoff",
                                  "reversal"])
def test_typed_text_reads_back(docs, name):
    pdf, typed = docs[name]
    text = _squash("\n".join(pdf_pages_text(pdf)))
    assert "\u25a0" not in text and "\ufffd" not in text
    for value in typed:
        assert _squash(value) in text, (name, value)


@pytest.mark.parametrize("name", ["waybill", "bast", "bast_draft", "receipt", "card", "count", "writeoff",
                                  "reversal"])
def test_no_two_text_boxes_overlap(docs, name):
    pdf, _ = docs[name]
    for number, words in enumerate(word_boxes(pdf), start=1):
        assert overlaps(words) == [], (name, number)


@pytest.mark.parametrize("name", ["waybill", "bast", "receipt", "count", "writeoff", "reversal"])
def test_signatures_keep_with_the_last_rows(docs, name):
    pdf, _ = docs[name]
    pages = [" ".join(p.split()) for p in pdf_pages_text(pdf)]
    if name == "waybill":  # three copies: look at the first
        pages = pages[:len(pages) // 3]
    caption = "Mengetahui" if name in ("waybill", "bast", "receipt", "count", "reversal") else "Menyetujui"
    assert caption in pages[-1] and all(caption not in page for page in pages[:-1])
    assert re.search(r"\b1[12]\d\b", pages[-1])  # line 11x/120 is on the page of the signatures


def test_cancellation_reprint_backdating_chain_and_creation_date(docs):
    pdf, _ = docs["waybill"]
    pages = [" ".join(p.split()) for p in pdf_pages_text(pdf)]
    assert "BATAL dengan 004/BTL/BPBD-KPR/XI/2026 tanggal 28 November 2026" in pages[0]
    assert "Alasan: Salah tujuan" in pages[0]
    assert "Tanggal mundur: Surat jalan manual saat listrik padam (banjir)" in pages[0]
    for page in pages:
        assert "Rantai audit 3fa9c2d1" in page and "SALINAN" in page and "BATAL" in page
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info["/CreationDate"] == "D:20261127140500+07'00'"


def test_totals_per_unit_and_no_unknown_measures(docs):
    text = " ".join(pdf_pages_text(docs["waybill"][0])[0].split())
    waybill = " ".join(" ".join(p.split()) for p in pdf_pages_text(docs["waybill"][0]))
    assert "Jumlah koli:" in waybill
    summary = waybill[waybill.index("Jumlah koli:"):][:120]
    assert re.match(r"Jumlah koli: [\d.]+ sak · [\d.]+ dus · [\d.]+ botol · [\d.]+ lembar · [\d.]+ paket", summary)
    assert "m³" not in waybill  # no line knows its volume: no volume total, never "0 m³"
    assert "Berat total" not in waybill  # the blankets have no weight: no partial weight total
    assert "Berat" in text  # the column stays for the lines that know their weight


def test_draft_handover_is_marked_and_unnumbered(docs):
    pdf, _ = docs["bast_draft"]
    first = " ".join(pdf_pages_text(pdf)[0].split())
    assert "DRAF — belum dikonfirmasi" in first
    assert "Nomor: ....." in first
    assert not [c for c, k in decode(render_png(pdf, 100)[0]) if k == "QRCode"]


@pytest.mark.parametrize("name", ["waybill", "bast", "receipt", "count", "writeoff", "reversal"])
def test_document_qr_decodes(docs, name):
    from gudang.domain import document_qr

    pdf, _ = docs[name]
    found = [c for c, k in decode(render_png(pdf, 150)[0]) if k == "QRCode"]
    assert len(found) == 1 and document_qr.decode(found[0]) is not None


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_labels_print_fit_and_decode(label_pdfs, template):
    pdf, caught = label_pdfs[template]
    assert caught == []
    text = _squash("\n".join(pdf_pages_text(pdf)))
    for value in (stress.ARABIC_DONOR, stress.LATIN_NAME, stress.MARKUP, stress.LOT_LONG, stress.ARABIC_NAME):
        assert _squash(value) in text, value
    for number, words in enumerate(word_boxes(pdf, watermarked=False), start=1):
        assert overlaps(words) == [], (template, number)
    printer = []
    for image in render_png(pdf, 203):
        one_bit = image.convert("L").point(lambda v: 255 if v > 127 else 0).convert("1")
        printer += [c for c, _ in decode(one_bit)]
    assert sorted(printer) == sorted(stress.LABEL_CODES)
    scan = []
    for image in render_png(pdf, 150):
        scan += [c for c, _ in decode(image)]
    expected = list(stress.LABEL_CODES)
    if template == "thermal-50x30":
        # 12 characters of Code 128 need 2-dot modules on a 50 mm roll: sharp from the printer,
        # below two pixels per module in a 150 dpi picture
        expected.remove("KARANTINA-01")
    assert sorted(scan) == sorted(expected)
