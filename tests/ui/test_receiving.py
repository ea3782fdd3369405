"""The receiving screen, driven through its widgets like a scanner would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from gudang.services import queries
from tests.conftest import snapshot
from tests.ui.scan_world import GS1_GTIN, MIE_DUS_GTIN, MIE_GTIN, build, scan

GS1_SCAN = "]C10109501101530003172612311012345A\x1d3724"


@pytest.fixture
def page(qtbot, sqlite_db, admin):
    from ui.operations import Operations
    from ui.pages.receiving import ReceivingPage

    build(sqlite_db, admin)
    ops = Operations(sqlite_db, admin)
    ops.show_dialogs = False
    widget = ReceivingPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.donor.setCurrentIndex(widget.donor.findData("BNPB"))
    widget.date.setDate(dt.date(2026, 11, 27))
    return widget


def lines(page):
    return [(l.sku, l.qty, l.unit, l.lot, l.expiry) for l in page.model.lines]


def test_item_scan_adds_a_line_then_increments_it(page, qtbot):
    scan(qtbot, page.scan, "MIE-01")
    assert lines(page) == [("MIE-01", "1", "bungkus", "", "")]
    assert page.feedback.kind == "ok"
    scan(qtbot, page.scan, MIE_GTIN)  # the item's EAN: same line
    scan(qtbot, page.scan, "MIE-01")
    assert lines(page) == [("MIE-01", "3", "bungkus", "", "")]
    scan(qtbot, page.scan, MIE_DUS_GTIN)  # the carton barcode: a line in dus
    assert lines(page)[1] == ("MIE-01", "1", "dus", "", "")
    assert page.scan.text() == "" and page.scan.hasFocus()
    assert page.feedback.sounds.played[-1] == "ok"


def test_gs1_scan_fills_item_lot_expiry_and_quantity_and_repeats_add(page, qtbot):
    scan(qtbot, page.scan, GS1_SCAN)
    assert lines(page) == [("BRS-05", "24", "sak", "12345A", "31/12/2026")]
    assert page.feedback.kind == "ok" and "12345A" in page.feedback.text
    scan(qtbot, page.scan, GS1_SCAN)
    assert lines(page) == [("BRS-05", "48", "sak", "12345A", "31/12/2026")]
    scan(qtbot, page.scan, "(01)09501101530003(17)270630(10)B2(37)10")  # another lot: a new line
    assert lines(page)[1] == ("BRS-05", "10", "sak", "B2", "30/06/2027")


def test_unknown_code_is_amber_offers_creation_and_writes_nothing(page, qtbot, sqlite_db, monkeypatch):
    before = snapshot(sqlite_db)
    scan(qtbot, page.scan, "8999999999995")
    assert page.feedback.kind == "unknown"
    assert "8999999999995" in page.feedback.text
    assert page.feedback.action.isVisible()
    assert page.model.lines == []
    assert page.feedback.sounds.played[-1] == "unknown"
    assert snapshot(sqlite_db) == before
    scan(qtbot, page.scan, "]C10108999999999995172612311012345A")  # GS1 with an unknown GTIN
    assert page.feedback.kind == "unknown" and page.model.lines == []
    assert snapshot(sqlite_db) == before

    # The banner's button creates the item, prefilled with the GTIN, then books the scan.
    from ui.pages import receiving

    class FakeDialog:
        def __init__(self, ops, gtin, sku, parent):
            from gudang.services.catalogue import ItemInput, add_item
            assert gtin == "08999999999995"
            self.created = ops.run(add_item, ItemInput("SBN-01", "Sabun", "pcs", gtin=gtin)).value

        def exec(self):
            return True

    monkeypatch.setattr(receiving, "CreateItemDialog", FakeDialog)
    qtbot.mouseClick(page.feedback.action, Qt.MouseButton.LeftButton)
    assert lines(page) == [("SBN-01", "1", "pcs", "12345A", "31/12/2026")]


def test_posting_creates_the_lots(page, qtbot, sqlite_db):
    scan(qtbot, page.scan, GS1_SCAN)
    scan(qtbot, page.scan, "TRP-46")
    scan(qtbot, page.scan, "TRP-46")
    scan(qtbot, page.scan, "A-01-02")  # a bin label puts the last line there
    assert page.model.lines[1].location == "A-01-02"
    page.reference.setText("SJ-BNPB-77")
    page.vehicle.setText("BM 1234 XY")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.feedback.kind == "ok", page.feedback.text
    number = page.last_receipt.number
    assert number.startswith("001/BAP/") and number in page.feedback.text
    assert page.result_bar.isVisible() and page.model.lines == []
    rows = {(r.sku, r.lot, r.location): r.qty for r in queries.stock_on_hand(sqlite_db)}
    assert rows == {("BRS-05", "12345A", "TERIMA-01"): Decimal(24), ("TRP-46", None, "A-01-02"): Decimal(2)}
    barcode = page.last_receipt.lines[0].barcode
    assert queries.trace_lot(sqlite_db, barcode).receipt == number


@pytest.mark.parametrize("qty", ["0", "-1", "abc"])
def test_bad_quantities_are_refused_with_a_message_and_nothing_written(page, qtbot, sqlite_db, qty):
    scan(qtbot, page.scan, "TRP-46")
    index = page.model.index(0, page.model.QTY)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    editor.selectAll()
    qtbot.keyClicks(editor, qty)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)
    assert page.model.lines[0].qty == qty
    qtbot.waitUntil(page.scan.hasFocus)  # back to scanning once the cell is done
    assert page.model.cell_problem(0, page.model.QTY)
    before = snapshot(sqlite_db)
    page.post_button.click()
    assert page.feedback.kind == "wrong"
    assert "line 1" in page.feedback.text.lower() or "baris 1" in page.feedback.text.lower()
    assert snapshot(sqlite_db) == before
    assert page.model.lines  # kept for correction


def test_missing_lot_and_expiry_are_problems(page, qtbot):
    scan(qtbot, page.scan, "BRS-05")
    assert page.model.cell_problem(0, page.model.LOT)
    assert page.model.cell_problem(0, page.model.EXPIRY)
    page.post_button.click()
    assert page.feedback.kind == "wrong"


def test_gs_separator_typed_by_the_scanner_is_kept(page, qtbot):
    received = []
    page.scan.scanned.connect(received.append)
    scan(qtbot, page.scan, GS1_SCAN)
    scan(qtbot, page.scan, GS1_SCAN, ctrl_bracket=True)
    assert received == [GS1_SCAN, GS1_SCAN]


def test_empty_enter_is_ignored(page, qtbot):
    received = []
    page.scan.scanned.connect(received.append)
    qtbot.keyClick(page.scan, Qt.Key.Key_Enter)
    qtbot.keyClicks(page.scan, "   ")
    qtbot.keyClick(page.scan, Qt.Key.Key_Enter)
    assert received == []
