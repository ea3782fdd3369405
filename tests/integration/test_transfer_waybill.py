"""The surat jalan of a transfer between warehouses: printed like a dispatch,
with the other warehouse as recipient, its QR opening the dispatch for the
delivery confirmation."""

from __future__ import annotations

import io

import pytest

from gudang.domain.errors import InvalidInput
from gudang.reports import printing
from gudang.services import delivery, transfers
from gudang.services.locations import add_location, add_warehouse
from gudang.services.transfers import transfer_from_json
from tests.conftest import ADMIN, PASSWORD
from tests.support.builders import ADMIN_ACTOR, basic_world, english, gudang, item, receive

DPI = 200


def _text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _codes(pdf: bytes) -> list[tuple[str, str]]:
    import pypdfium2 as pdfium
    import zxingcpp

    document = pdfium.PdfDocument(pdf)
    image = document[0].render(scale=DPI / 72).to_pil()
    return sorted((r.text, r.format.name) for r in zxingcpp.read_barcodes(image))


@pytest.fixture
def moved(sqlite_db):
    """L1: 6 of 10 to the other warehouse (and 1 of L2 to a bin of this one, which stays home)."""
    db = sqlite_db
    basic_world(db)
    item(db, "BRS", name="Beras medium 5 kg")
    posted = receive(db, "2026-11-01", [("BRS", 10, "L1", "2027-01-01", "A-01"),
                                        ("BRS", 4, "L2", "2027-02-01", "A-02")])
    lots = {line.lot: line.barcode for line in posted.lines}
    add_warehouse(db, ADMIN_ACTOR, "GDG-02", "Gudang Satelit Lipat Kain", "Jl. Lintas Sumbar Km 5, Lipat Kain")
    add_location(db, ADMIN_ACTOR, "LK-01", "storage", "GDG-02")
    add_location(db, ADMIN_ACTOR, "LK-KRT", "quarantine", "GDG-02")
    away = transfers.post_transfer(db, ADMIN_ACTOR, transfer_from_json({
        "date": "2026-11-02", "vehicle": "BM 9001 XY", "driver": "Anto Saputra", "lines": [
            {"lot": "L1", "qty": 6, "from": "A-01", "to": "LK-01"},
            {"lot": "L2", "qty": 1, "from": "A-02", "to": "B-01"}]}))
    home = transfers.post_transfer(db, ADMIN_ACTOR, transfer_from_json({
        "date": "2026-11-02", "lines": [{"lot": "L2", "qty": 1, "from": "A-02", "to": "B-01"}]}))
    assert away.in_transit and not home.in_transit
    return db, away.number, home.number, lots


def test_transfer_waybill_renders_with_the_other_warehouse_and_a_qr_that_opens_it(moved):
    db, number, _, lots = moved
    printed = printing.print_document(db, ADMIN_ACTOR, "waybill", number)
    assert printed.pdf.startswith(b"%PDF") and not printed.reprint
    text = _text(printed.pdf)
    assert "SURAT JALAN" in text and number in text
    assert "Gudang Satelit Lipat Kain" in text and "Jl. Lintas Sumbar Km 5, Lipat Kain" in text
    assert "BM 9001 XY" in text and "Anto Saputra" in text
    assert "Beras medium 5 kg" in text and lots["L1"] in text
    assert "JUMLAH 6" in text  # only what left the site travels: not the bin-to-bin line of L2
    assert lots["L2"] not in text

    qr = [code for code, kind in _codes(printed.pdf) if kind == "QRCode"]
    assert len(qr) == 1 and qr[0].startswith(f"DOK|{number}|")
    assert qr[0] == f"DOK|{number}|{_hash(db, number)}"
    view = delivery.dispatch_view(db, qr[0])
    assert view.number == number and view.type == "transfer" and view.qr_verified is True
    assert [(lot.lot, lot.qty) for lot in view.lots] == [("L1", 6)]

    again = printing.print_document(db, ADMIN_ACTOR, "waybill", number)
    assert again.reprint and "SALINAN" in _text(again.pdf)


def _hash(db, number: str) -> str:
    from gudang.documents.waybill import waybill_lines_hash

    return waybill_lines_hash(printing.waybill_data(db, number))


def test_a_transfer_within_the_warehouse_has_no_waybill(moved):
    db, _, home, _ = moved
    with english(), pytest.raises(InvalidInput, match="cannot be printed this way"):
        printing.print_document(db, ADMIN_ACTOR, "waybill", home)


def test_gudang_print_waybill_accepts_the_transfer(moved, tmp_path):
    db, number, home, _ = moved
    path = db.path
    db.dispose()
    out = tmp_path / "mut.pdf"
    run = gudang(path, "print", "waybill", number, "--out", str(out), user=ADMIN, password=PASSWORD)
    assert run.code == 0, run.stderr
    assert out.read_bytes().startswith(b"%PDF") and "Gudang Satelit Lipat Kain" in _text(out.read_bytes())
    refused = gudang(path, "print", "waybill", home, "--out", str(tmp_path / "x.pdf"), user=ADMIN,
                     password=PASSWORD)
    assert refused.code == 1 and len(refused.error_lines) == 1 and home in refused.stderr
