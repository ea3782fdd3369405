"""Printing posted documents from the database: the BAST from the delivery
confirmation (a DRAF form before it), signers from the user profile, one
SALINAN count per document whichever number asks for it, preview that is not a
print, BATAL naming its reversal, the reversal paper, the chain head in the
footer, `gudang print`, `scan` and `confirm` with the document QR."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from gudang.domain import document_qr
from gudang.domain.errors import InvalidInput
from gudang.reports import printing
from gudang.services import delivery
from gudang.services.delivery import ConfirmationInput, ConfirmLineInput
from gudang.services.users import add_user
from tests.conftest import ADMIN, PASSWORD, snapshot
from tests.support.builders import (
    ADMIN_ACTOR, basic_world, cancel, english, execute, gudang, issue, item, receive, scalar, write_json,
)

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

ARABIC = "عبد الله بن محمد"


def _text(pdf: bytes) -> str:
    from gudang.documents.fonts import logical_from_pdf

    return logical_from_pdf(" ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
                                     .split()))


def _prints(db, key: str) -> int:
    return scalar(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'document.print' AND object = :k", {"k": key})


@pytest.fixture
def world(sqlite_db):
    """Two items in different units (one without weight), an officer with a full
    profile, a dispatch of 3 lots to REC-1 and its delivery confirmation."""
    db = sqlite_db
    basic_world(db)
    item(db, "BRS", unit="sak")
    item(db, "SLM", unit="lembar", name="Selimut Ğülşen & <Ŝ>")
    execute(db, "UPDATE item SET weight_kg = 5000000 WHERE sku = 'BRS'")  # 5 kg (millionths)
    add_user(db, ADMIN_ACTOR, "budi", "kepala_gudang", "rahasia-budi", full_name="Budi Ŝantoso")
    execute(db, "UPDATE app_user SET title = 'Pengelola Barang Persediaan', nip = '198504122010011003' "
                "WHERE name = 'budi'")
    from gudang.services.setup import update_settings

    update_settings(db, ADMIN_ACTOR, {"head_name": "Drs. H. Muhammad Nasir, M.Si", "head_nip": "197003151995031002"})
    from gudang.services.uow import Actor

    budi = Actor("budi", "kepala_gudang")
    receive(db, "2026-11-01", [("BRS", 1234567, "L1", "2027-01-01", "A-01"), ("SLM", 40, "S1", "2027-02-01", "A-02")],
            actor=budi)
    lots = dict(scalar_rows(db, "SELECT code, barcode FROM lot"))
    result = issue(db, "2026-11-05", [("BRS", 1234567), ("SLM", 40)], vehicle="BM 8123 KA", driver="Syafri",
                   actor=budi)
    return db, result.number, lots, budi


def scalar_rows(db, sql):
    from sqlalchemy import text

    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        return conn.execute(text(sql)).all()


def _confirm(db, number, lots, actor):
    return delivery.confirm_delivery(db, actor, number, ConfirmationInput(
        dt.date(2026, 11, 6),
        (ConfirmLineInput(lots["L1"], Decimal(1234560), Decimal(5), Decimal(2), remark="Karung sobek & <basah>"),
         ConfirmLineInput(lots["S1"], Decimal(40))),
        received_by=ARABIC, received_title="Ketua Posko Lipat Kain", place="Posko Masjid Nurul Ŝa'adah",
        notes="Diterima malam hari"))


def test_before_confirmation_only_a_draft_form_is_printed_and_not_counted(world):
    db, number, lots, budi = world
    before = snapshot(db)
    printed = printing.print_document(db, budi, "handover", number)
    assert printed.draft and not printed.recorded and not printed.reprint
    text = _text(printed.pdf)
    assert "DRAF — belum dikonfirmasi" in text and "Nomor: ....." in text
    assert "1.234.567" in text and "Selimut Ğülşen & <Ŝ>" in text
    assert snapshot(db) == before  # a form is not a print of the document


def test_bast_from_the_confirmation_and_salinan_per_document(world):
    db, number, lots, budi = world
    bast = _confirm(db, number, lots, budi).number
    first = printing.print_document(db, budi, "handover", number)  # asked by the surat jalan's number
    assert not first.reprint and not first.draft
    text = _text(first.pdf)
    assert f"Nomor: {bast}" in text
    assert "bertempat di Posko Masjid Nurul Ŝa'adah" in text
    assert ARABIC in text and "Ketua Posko Lipat Kain" in text
    assert "Karung sobek & <basah>" in text and "Diterima malam hari" in text
    assert "1.234.560 5 2" in text  # good, damaged, short of the lot
    assert "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN KAMPAR" in text, text[text.find("atas nama") - 20:][:300]
    assert "Budi Ŝantoso" in text and "Pengelola Barang Persediaan" in text and "19850412 201001 1 003" in text
    assert "budi" not in text.replace("Budi", "")  # never the login name
    digits = scalar(db, "SELECT hash FROM audit_entry WHERE action = 'issue.confirm' AND object = :n",
                    {"n": bast})[:8]
    assert f"Rantai audit {digits}" in text
    assert "Drs. H. Muhammad Nasir, M.Si" in text and "Kepala Pelaksana BPBD" in text
    second = printing.print_document(db, budi, "handover", bast)  # the same document by its own number
    assert second.reprint and "SALINAN" in _text(second.pdf)
    assert _prints(db, f"handover:{bast}") == 2 and _prints(db, f"handover:{number}") == 0


def test_preview_is_not_a_print(world):
    db, number, lots, budi = world
    before = snapshot(db)
    preview = printing.preview_document(db, "waybill", number)
    assert not preview.recorded and not preview.reprint and snapshot(db) == before
    printing.print_document(db, budi, "waybill", number)
    again = printing.preview_document(db, "waybill", number)
    assert again.reprint and "SALINAN" in _text(again.pdf)  # shows what a print would be now
    assert _prints(db, f"waybill:{number}") == 1


def test_record_print_after_a_preview(world):
    db, number, lots, budi = world
    assert printing.record_print(db, budi, "handover", number) is None  # a DRAF form is not recorded
    assert not printing.preview_document(db, "waybill", number).reprint
    assert printing.record_print(db, budi, "waybill", number) is False  # the original
    assert printing.record_print(db, budi, "waybill", number) is True
    assert printing.preview_document(db, "waybill", number).reprint
    bast = _confirm(db, number, lots, budi).number
    assert printing.record_print(db, budi, "handover", number) is False
    assert printing.preview_document(db, "handover", bast).reprint
    assert _prints(db, f"handover:{bast}") == 1 and _prints(db, f"waybill:{number}") == 2


def test_waybill_totals_per_unit_signers_chain_head_and_creation_date(world):
    db, number, lots, budi = world
    pdf = printing.print_document(db, budi, "waybill", number).pdf
    text = _text(pdf)
    assert "Jumlah koli: 1.234.567 sak · 40 lembar" in text
    assert "m³" not in text and "Berat total" not in text  # the blankets have no weight
    assert "6.172.835 kg" in text  # the rice line does
    digits = scalar(db, "SELECT hash FROM audit_entry WHERE object = :n ORDER BY id LIMIT 1", {"n": number})[:8]
    assert f"Rantai audit {digits}" in text
    created = PdfReader(io.BytesIO(pdf)).metadata["/CreationDate"]
    assert created.startswith(f"D:{dt.date.today():%Y%m%d}")


def test_cancelled_waybill_names_its_reversal_and_the_reversal_prints(world):
    db, number, lots, budi = world
    cancel(db, number, reason="Salah tujuan & <truk>", actor=budi)
    reversal = scalar(db, "SELECT number FROM document WHERE type = 'reversal'")
    text = _text(printing.print_document(db, budi, "waybill", number).pdf)
    assert f"BATAL dengan {reversal} tanggal" in text and "Alasan: Salah tujuan & <truk>" in text
    paper = printing.print_document(db, budi, "reversal", reversal)
    text = _text(paper.pdf)
    assert "BUKTI PEMBATALAN" in text and number in text and "Salah tujuan & <truk>" in text
    assert "1.234.567" in text and "Budi Ŝantoso" in text, text
    digits = scalar(db, "SELECT hash FROM audit_entry WHERE action = 'document.cancel' AND object = :n",
                    {"n": number})[:8]
    assert f"Rantai audit {digits}" in text  # the chain head at the cancellation

def test_english_job_titles(world):
    db, number, lots, budi = world
    text = _text(printing.print_document(db, budi, "waybill", number, lang="en").pdf)
    assert "Head of the logistics warehouse" in text and "Kepala Gudang" not in text


def test_unknown_user_prints_no_name(world):
    db, number, lots, budi = world
    execute(db, "UPDATE app_user SET full_name = NULL WHERE name = 'budi'")
    text = _text(printing.preview_document(db, "waybill", number).pdf)
    assert "budi" not in text.lower().replace("budi ŝantoso", "") and "(......" in text


@pytest.mark.slow
def test_cli_print_scan_and_confirm_with_the_document_qr(world, tmp_path):
    db, number, lots, budi = world
    path = db.path
    db.dispose()
    payload = document_qr.encode(number, [("BRS", lots["L1"], Decimal(1234567)), ("SLM", lots["S1"], Decimal(40))])
    scanned = gudang(path, "--json", "scan", payload, user=ADMIN, password=PASSWORD)
    assert scanned.code == 0, scanned.stderr
    assert scanned.json()["kind"] == "document" and scanned.json()["number"] == number
    draft = gudang(path, "--json", "print", "handover", number, "--out", str(tmp_path / "d.pdf"))
    assert draft.code == 0 and draft.json()["draft"] is True
    confirmation = write_json(tmp_path, "c.json", {
        "date": "2026-11-06", "received_by": ARABIC, "received_title": "Ketua Posko", "place": "Lipat Kain",
        "lines": [{"lot": lots["L1"], "good": 1234567}, {"lot": lots["S1"], "good": 40}]})
    forged = document_qr.encode(number, [("BRS", lots["L1"], Decimal(1))])
    refused = gudang(path, "confirm", forged, confirmation)
    assert refused.code == 1 and "does not match" in refused.stderr
    done = gudang(path, "--json", "confirm", payload, confirmation)
    assert done.code == 0, done.stderr
    bast = done.json()["number"]
    out = tmp_path / "bast.pdf"
    printed = gudang(path, "--json", "print", "handover", bast, "--out", str(out))
    assert printed.code == 0 and printed.json()["reprint"] is False
    assert ARABIC in _text(out.read_bytes()) and "Ketua Posko" in _text(out.read_bytes())
    again = gudang(path, "--json", "print", "handover", number, "--out", str(tmp_path / "b2.pdf"))
    assert again.json()["reprint"] is True


def test_text_documents_cannot_print_is_refused_at_input(sqlite_db, tmp_path):
    from gudang.services.catalogue import ItemInput, add_item

    db = sqlite_db
    before = snapshot(db)
    with english(), pytest.raises(InvalidInput, match=re.escape("contains 慈 (U+6148 CJK UNIFIED IDEOGRAPH-6148)")):
        add_item(db, ADMIN_ACTOR, ItemInput(sku="TZU-1", name="Beras Tzu Chi 慈濟", unit="sak"))
    assert snapshot(db) == before
    add_item(db, ADMIN_ACTOR, ItemInput(sku="ARB-1", name=f"Kurma {ARABIC} Ğ", unit="dus"))


def test_count_report_fills_the_condition_column(world):
    from gudang.reports.operations_print import print_operation
    from gudang.services import counts

    db, number, lots, budi = world
    receive(db, "2026-11-07", [("BRS", 10, "L9", "2027-06-01", "B-01")])
    barcode = scalar(db, "SELECT barcode FROM lot WHERE code = 'L9'")
    count = counts.start_count(db, budi, ["B-01"])
    counts.scan_count(db, budi, count.id, "B-01")
    counts.scan_count(db, budi, count.id, barcode, qty=10)
    counts.post_count(db, budi, count.id)
    text = _text(print_operation(db, budi, "count", count.number).pdf)
    assert "L9" in text and "10 10 0 baik" in text
    digits = scalar(db, "SELECT hash FROM audit_entry WHERE action = 'count.post' AND object = :n",
                    {"n": count.number})[:8]
    assert f"Rantai audit {digits}" in text
