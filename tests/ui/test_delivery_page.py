"""The delivery confirmation screen, driven like a warehouse crew does: the QR
code of the surat jalan and the lot labels scanned with a keyboard-wedge
scanner, exceptions typed into the table, Confirm clicked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from gudang.documents.waybill import waybill_qr_payload
from gudang.reports import printing
from gudang.services import delivery
from gudang.services.queries import trace_lot
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import basic_world, issue, item, on_hand, receive
from tests.ui.conftest import make_ops
from tests.ui.scan_world import scan

TODAY = dt.date.today()
OFFICER = Actor("budi", "petugas")


@pytest.fixture
def shipped(sqlite_db):
    """An issue of 12 BRS four days ago, from two lots (10 of L1, 2 of L2), and an older one of MIE."""
    db = sqlite_db
    basic_world(db)
    item(db, "BRS", name="Beras 5 kg")
    item(db, "MIE", name="Mie instan")

    def expiry(days):  # relative to today, as the page dates the confirmation
        return (TODAY + dt.timedelta(days=days)).isoformat()

    posted = receive(db, TODAY - dt.timedelta(days=30), [
        ("BRS", 10, "L1", expiry(180), "A-01"), ("BRS", 8, "L2", expiry(210), "A-02"),
        ("MIE", 50, "M1", expiry(90), "B-01")])
    lots = {line.lot: line.barcode for line in posted.lines}
    older = issue(db, TODAY - dt.timedelta(days=9), [("MIE", 5)], vehicle="BM 1 AB", driver="Joni")
    number = issue(db, TODAY - dt.timedelta(days=4), [("BRS", 12)], vehicle="BM 8123 KA", driver="Syafri").number
    qr = waybill_qr_payload(printing.waybill_data(db, number))
    return db, number, older.number, qr, lots


def make_page(qtbot, db, actor=OFFICER):
    from ui.pages.delivery import DeliveryPage

    page = DeliveryPage(make_ops(db, actor))
    qtbot.addWidget(page)
    page.resize(1150, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Type into a cell as a user does: select it, type (starts the editor), Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = QApplication.focusWidget()
    if not isinstance(editor, QLineEdit) or not table.isAncestorOf(editor):
        editor = next(e for e in table.findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the edit queued
    assert table.item(row, column).text() == text


def test_scan_qr_check_lots_type_exceptions_confirm_and_print_bast(qtbot, shipped, lang_en):
    db, number, older, qr, lots = shipped
    page = make_page(qtbot, db)
    # Oldest first, with the days since dispatch.
    assert page.transit_numbers() == [older, number]
    assert page.transit_model.text(0, 2) == "9" and page.transit_model.text(1, 2) == "4"
    page.older.setValue(5)
    assert page.transit_numbers() == [older]
    page.older.setValue(0)

    scan(qtbot, page.scan, qr)
    assert page.view.number == number and page.view.qr_verified is True
    assert page.feedback.kind == "ok" and not page.qr_warning.isVisible()
    assert page.lines.rowCount() == 2
    assert [page.lines.item(r, page.GOOD).text() for r in range(2)] == ["10", "2"]  # good = shipped

    scan(qtbot, page.scan, lots["L1"])  # selects the row and marks it checked, counts nothing
    assert page.feedback.kind == "ok" and "1 of 2" in page.feedback.text
    assert page.lines.currentRow() == 0 and page.lines.item(0, page.LOT).text() == "\u2714 L1"
    assert page.lines.item(0, page.ITEM).background().color().name() == "#dff3e3"
    assert page.lines.item(0, page.GOOD).text() == "10"
    scan(qtbot, page.scan, lots["M1"])  # on the shelf, not on this truck
    assert page.feedback.kind == "wrong" and "not shipped" in page.feedback.text
    scan(qtbot, page.scan, "NOPE-123")
    assert page.feedback.kind == "unknown"
    scan(qtbot, page.scan, lots["L2"])
    assert "All 2 lots checked" in page.feedback.text

    edit_cell(qtbot, page.lines, 0, page.DAMAGED, "1")
    edit_cell(qtbot, page.lines, 0, page.SHORT, "1")
    assert page.lines.item(0, page.GOOD).text() == "8"  # good is what remains
    qtbot.keyClicks(page.received_by, "Kades Lipat Kain")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.feedback.kind == "ok" and "BAST" in page.feedback.text, page.feedback.text
    bast = page.bast
    assert bast and bast in page.feedback.text and "/BAST/" in bast
    assert not page.confirm_button.isEnabled() and page.print_button.isEnabled()

    # The database: out of transit, delivered, the ledger balances.
    assert [r.number for r in delivery.unconfirmed(db)] == [older]
    assert page.transit_numbers() == [older]
    assert delivery.dispatch_view(db, number).confirmed_by == bast
    assert trace_lot(db, lots["L1"]).issues[0].delivered
    assert on_hand(db, "BRS") == {("L2", "A-02"): 6}
    assert verify(db).ok

    qtbot.mouseClick(page.feedback.action, Qt.MouseButton.LeftButton)  # "Print BAST…" in the banner
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)  # made in the background
    assert page.preview.page_count() >= 1
    page.preview.close()


def test_wrong_sum_and_bad_numbers_are_refused_and_write_nothing(qtbot, shipped, lang_en):
    db, number, _, _, lots = shipped
    page = make_page(qtbot, db)
    row = page.transit_numbers().index(number)
    rect = page.transit.visualRect(page.transit_model.index(row, 0))
    qtbot.mouseClick(page.transit.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.view is not None and page.view.number == number and page.view.qr_verified is None
    before = snapshot(db)

    edit_cell(qtbot, page.lines, 1, page.GOOD, "1")  # 2 were shipped
    assert page.lines.item(1, page.GOOD).background().color().name() == "#f8c9c6"
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.feedback.kind == "wrong"
    assert "good + damaged + short of lot L2 is 1, but 2 pcs were shipped" in page.feedback.text
    assert snapshot(db) == before

    edit_cell(qtbot, page.lines, 1, page.GOOD, "2")
    edit_cell(qtbot, page.lines, 0, page.SHORT, "-1")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.feedback.kind == "wrong" and "L1" in page.feedback.text and "-1" in page.feedback.text
    assert snapshot(db) == before

    # A delivery date before the dispatch: the service says so.
    edit_cell(qtbot, page.lines, 0, page.SHORT, "0")
    page.date.setDate(TODAY - dt.timedelta(days=10))
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.feedback.kind == "wrong" and "before the dispatch date" in page.feedback.text
    assert snapshot(db) == before
    assert number in page.transit_numbers()


def test_second_confirmation_is_refused(qtbot, shipped, lang_en):
    db, number, _, qr, _ = shipped
    first, second = make_page(qtbot, db), make_page(qtbot, db, Actor("sari", "kepala_gudang"))
    scan(qtbot, first.scan, qr)
    scan(qtbot, second.scan, qr)  # two workstations with the same surat jalan
    qtbot.mouseClick(first.confirm_button, Qt.MouseButton.LeftButton)
    assert first.feedback.kind == "ok"
    before = snapshot(db)
    qtbot.mouseClick(second.confirm_button, Qt.MouseButton.LeftButton)
    assert second.feedback.kind == "wrong" and f"already confirmed by {first.bast}" in second.feedback.text
    assert snapshot(db) == before

    # Scanning the paper again later: it says so at once, Confirm is off, the BAST can be reprinted.
    scan(qtbot, second.scan, qr)
    assert second.feedback.kind == "wrong" and first.bast in second.feedback.text
    assert not second.confirm_button.isEnabled() and second.print_button.isEnabled()
    pdf = second.bast_pdf()
    assert pdf and pdf.startswith(b"%PDF")
    assert verify(db).ok


def test_qr_that_does_not_match_the_lines_warns_in_red(qtbot, shipped, lang_en):
    db, number, _, _, _ = shipped
    page = make_page(qtbot, db)
    scan(qtbot, page.scan, f"SJ|{number}|deadbeef")
    assert page.view.number == number and page.view.qr_verified is False
    assert page.feedback.kind == "wrong" and page.qr_warning.isVisible()
    assert number in page.qr_warning.text()
    scan(qtbot, page.scan, "SJ|999/SJ/NONE/XI/2026|deadbeef")
    assert page.feedback.kind == "wrong" and "unknown document" in page.feedback.text


def test_a_viewer_sees_the_list_but_cannot_confirm(qtbot, shipped, sqlite_db, lang_en):
    db, number, _, qr, _ = shipped
    page = make_page(qtbot, db, Actor("lihat", "viewer"))
    scan(qtbot, page.scan, qr)
    assert page.view.number == number and not page.confirm_button.isEnabled()
    assert not page.lines.item(0, page.GOOD).flags() & Qt.ItemFlag.ItemIsEditable


def test_page_in_the_main_window_in_indonesian(qtbot, shipped, lang_id):
    from ui.main_window import MainWindow

    db, number, _, qr, _ = shipped
    win = MainWindow(make_ops(db, OFFICER), database_text="x")
    qtbot.addWidget(win)
    win.show()
    row = [spec.key for spec in win.specs].index("delivery")
    assert win.sidebar.item(row).text() == "Konfirmasi"
    page = win.show_page("delivery")
    assert page.confirm_button.text() == "&Konfirmasi penerimaan"
    scan(qtbot, page.scan, qr)
    assert page.lines.horizontalHeaderItem(page.DAMAGED).text() == "Rusak"
    assert page.lines.item(0, page.SHIPPED).text() == "10 pcs"
    assert page.transit_model.text(0, 1) == (TODAY - dt.timedelta(days=9)).strftime("%d/%m/%Y")


def test_transfer_to_another_warehouse_is_confirmed_into_its_bin(qtbot, shipped, lang_en):
    from gudang.services import transfers
    from gudang.services.locations import add_location, add_warehouse
    from tests.support.builders import ADMIN_ACTOR

    db, _, _, _, lots = shipped
    add_warehouse(db, ADMIN_ACTOR, "GDG-02", "Gudang Lipat Kain")
    add_location(db, ADMIN_ACTOR, "LK-01", "storage", "GDG-02")  # its quarantine area comes with it
    moved = transfers.post_transfer(db, ADMIN_ACTOR, transfers.transfer_from_json({
        "date": TODAY.isoformat(), "vehicle": "BM 9001 XY",
        "lines": [{"lot": "M1", "qty": 20, "from": "B-01", "to": "LK-01"}]}))
    page = make_page(qtbot, db)
    row = page.transit_numbers().index(moved.number)
    assert "GDG-02" in page.transit_model.text(row, 3)
    scan(qtbot, page.scan, waybill_qr_payload(printing.waybill_data(db, moved.number)))
    assert page.view.number == moved.number and page.view.qr_verified is True
    scan(qtbot, page.scan, lots["M1"])
    edit_cell(qtbot, page.lines, 0, page.DAMAGED, "3")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.feedback.kind == "ok", page.feedback.text
    stock = on_hand(db, "MIE")
    assert stock[("M1", "LK-01")] == 17 and stock[("M1", "KARANTINA-GDG-02")] == 3
    assert moved.number not in page.transit_numbers()
    before = snapshot(db)
    pdf = page.bast_pdf()
    assert pdf and pdf.startswith(b"%PDF")
    assert snapshot(db) == before  # making the BAST is not printing it
    assert verify(db).ok


def test_twenty_thousand_dispatches_in_transit_load_a_screenful_at_a_time(qtbot, shipped, monkeypatch, lang_en):
    from decimal import Decimal

    from ui.models.table import CHUNK

    db, number, _, _, _ = shipped
    real = delivery.unconfirmed(db)
    many = [delivery.UnconfirmedRow(f"{i:05d}/SJ/TEST", "issue", TODAY - dt.timedelta(days=10), 10, "P",
                                    "Posko", None, None, None, 1, Decimal(1)) for i in range(20_000)] + real
    monkeypatch.setattr(delivery, "unconfirmed", lambda _db, days=0, as_of=None: many)
    page = make_page(qtbot, db)
    assert page.transit_model.rowCount() == CHUNK  # not 20,002 rows of cells
    assert len(page.transit_numbers()) == 20_002 and "20,002" in page.transit_label.text()
    # Opening a dispatch far down the list loads the rows up to it and selects it.
    assert page.open_dispatch(number)
    row = page.transit_numbers().index(number)
    assert page.transit_model.rowCount() > row
    assert [i.row() for i in page.transit.selectionModel().selectedRows()] == [row]


def test_a_delivery_dated_back_past_the_window_asks_the_head_for_the_reason(qtbot, shipped, admin, lang_en,
                                                                             monkeypatch):
    """A BAST signed at the posko eight days ago and typed in today: an officer is refused by the
    core, the head of warehouse gives the reason, which the BAST keeps."""
    from gudang.services import setup
    from tests.support.builders import scalar
    from ui.pages import scan_common

    db, _, older, _, _ = shipped
    setup.update_settings(db, admin, {"backdate_days": "7"})  # as installed
    qr = waybill_qr_payload(printing.waybill_data(db, older))
    eight_days_ago = TODAY - dt.timedelta(days=8)
    asked = []
    monkeypatch.setattr(scan_common, "ask_reason", lambda *a, **k: asked.append(a[2]) or "BAST kertas dari posko")
    officer = make_page(qtbot, db)
    scan(qtbot, officer.scan, qr)
    officer.date.setDate(eight_days_ago)
    before = snapshot(db)
    qtbot.mouseClick(officer.confirm_button, Qt.MouseButton.LeftButton)
    assert not asked  # no reason could help: the core's refusal says who may
    assert officer.feedback.kind == "wrong" and "only the head of warehouse" in officer.feedback.text
    assert snapshot(db) == before

    head = make_page(qtbot, db, Actor("sari", "kepala_gudang"))
    scan(qtbot, head.scan, qr)
    head.date.setDate(eight_days_ago)
    monkeypatch.setattr(scan_common, "ask_reason", lambda *a, **k: asked.append(a[2]))  # cancelled
    qtbot.mouseClick(head.confirm_button, Qt.MouseButton.LeftButton)
    assert asked and eight_days_ago.strftime("%d/%m/%Y") in asked[0]
    assert "check the delivery date" in head.feedback.text and snapshot(db) == before
    monkeypatch.setattr(scan_common, "ask_reason", lambda *a, **k: "BAST kertas dari posko")
    qtbot.mouseClick(head.confirm_button, Qt.MouseButton.LeftButton)
    assert head.feedback.kind == "ok", head.feedback.text
    assert scalar(db, "SELECT backdate_reason FROM document WHERE number = :n", {"n": head.bast}) == \
        "BAST kertas dari posko"
    assert verify(db).ok
