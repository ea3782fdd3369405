"""The stock opname screen, driven by scans like a keyboard-wedge scanner and by typing:
counting by quantity, the editable count cell, undo, recount, and posting with a reason
per variance after seeing the summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.support.builders import basic_world, item, on_hand, receive
from tests.ui.conftest import make_ops
from tests.ui.scan_world import scan


@pytest.fixture
def world(sqlite_db):
    basic_world(sqlite_db)
    item(sqlite_db, "BRS")
    item(sqlite_db, "MIE", unit="bungkus")
    posted = receive(sqlite_db, "2026-11-01", [("BRS", 10, "L1", "2027-01-01", "A-01"),
                                               ("BRS", 4, "L2", "2027-02-01", "A-02"),
                                               ("MIE", 80, "M1", "2027-03-01", "A-02")])
    return sqlite_db, {line.lot: line.barcode for line in posted.lines}


def make_page(qtbot, db, actor):
    from ui.pages.counting import CountingPage

    page = CountingPage(make_ops(db, actor))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def type_in_cell(qtbot, page, row: int, text: str) -> None:
    """Double-click the Counted cell, type over it, Enter (as a counter does)."""
    from ui.pages.counting import COUNTED_COLUMN

    index = page.model.index(row, COUNTED_COLUMN)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = page.table.focusWidget()
    assert editor is not page.table and editor.__class__.__name__ == "QLineEdit"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)  # the commit is queued


def test_blind_count_by_scans_then_head_posts(qtbot, world, lang_en):
    db, lots = world
    counter = make_page(qtbot, db, Actor("budi", "petugas"))
    qtbot.keyClicks(counter.bins, "A-01, A-02")
    counter.start_button.click()
    assert counter.current_id() is not None and "A-01" in counter.count.currentText()
    assert counter.feedback.kind == "ok"

    scan(qtbot, counter.scan, lots["L1"])  # no bin yet
    assert counter.feedback.kind == "wrong" and "bin" in counter.feedback.text
    scan(qtbot, counter.scan, "A-01")
    for _ in range(3):
        scan(qtbot, counter.scan, lots["L1"])
    assert counter.feedback.kind == "ok" and "counted 3" in counter.feedback.text
    scan(qtbot, counter.scan, "NO-SUCH-CODE")
    assert counter.feedback.kind == "unknown"
    # Blind: the counter sees what was counted, not the books.
    assert counter.model.rowCount() == 1 and counter.table.isColumnHidden(4)
    assert not counter.post_button.isEnabled()
    # Over-scanned: Ctrl+Z takes the last one back.
    qtbot.keyClick(counter.scan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counter.feedback.kind == "ok" and "Counted now 2" in counter.feedback.text

    head = make_page(qtbot, db, Actor("kepala", "kepala_gudang"))
    head.variances.setChecked(True)
    assert head.model.rowCount() == 3 and not head.table.isColumnHidden(4)
    head.recount_button.click()
    assert "2" in head.feedback.text and head.recount_only.isChecked()
    scan(qtbot, counter.scan, "A-01")
    scan(qtbot, counter.scan, lots["L1"])
    scan(qtbot, counter.scan, "A-02")
    for _ in range(4):
        scan(qtbot, counter.scan, lots["L2"])
    scan(qtbot, counter.scan, lots["M1"])
    scan(qtbot, counter.scan, "78")  # the stack under that label holds 78
    assert "counted 78" in counter.feedback.text
    head.load()
    assert head.model.rowCount() == 2  # L1: 1 of 10, M1: 78 of 80

    # Posting shows the variances first and needs a reason for each.
    head.post_button.click()
    dialog = head.post_dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 2
    assert "2 of" in dialog.summary.text() and "11 units short" in dialog.summary.text()
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "needs a reason" in dialog.message.message
    qtbot.keyClicks(dialog.reasons[0], "rusak dimakan tikus")
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "needs a reason" in dialog.message.message
    qtbot.keyClicks(dialog.common, "selisih hitung")
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert head.feedback.kind == "ok" and "PNY" in head.feedback.text
    assert on_hand(db, "BRS") == {("L1", "A-01"): 1, ("L2", "A-02"): 4}
    assert on_hand(db, "MIE") == {("M1", "A-02"): 78}
    assert verify(db).ok
    # The posted count stays on screen for its berita acara.
    assert "posted with" in head.status.text() and head.print_button.isEnabled()
    assert not head.post_button.isEnabled() and not head.scan.isEnabled()
    head.print_report()
    qtbot.waitUntil(lambda: getattr(head, "preview", None) is not None, timeout=10_000)
    assert head.preview.pdf.startswith(b"%PDF")
    head.preview.close()


def test_typing_a_count_and_a_scan_after_the_summary_was_shown(qtbot, world, lang_en):
    db, lots = world
    head = make_page(qtbot, db, Actor("kepala", "kepala_gudang"))
    qtbot.keyClicks(head.bins, "A-02")
    head.blind.setChecked(False)
    head.start_button.click()
    scan(qtbot, head.scan, "A-02")
    scan(qtbot, head.scan, lots["M1"])
    assert head.model.rowCount() == 2
    row = head.line_row(head.last_lot.line_id)
    type_in_cell(qtbot, head, row, "8O")  # a typo: letter O
    assert head.feedback.kind == "wrong" and "not a number" in head.feedback.text, head.feedback.text
    type_in_cell(qtbot, head, row, "80")
    assert head.feedback.kind == "ok" and "counted 80" in head.feedback.text
    assert head.model.row(row).counted == 80
    head.post_button.click()
    dialog = head.post_dialog
    assert dialog.table.rowCount() == 1  # L2 was not counted: 4 short
    qtbot.keyClicks(dialog.reasons[0], "hilang")
    # Meanwhile a counter finds the missing rice on another workstation.
    counter = make_page(qtbot, db, Actor("budi", "petugas"))
    counter.count.setCurrentIndex(counter.count.findData(head.current_id()))
    scan(qtbot, counter.scan, "A-02")
    scan(qtbot, counter.scan, lots["L2"])
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "changed since" in dialog.message.message
    assert dialog.table.rowCount() == 1 and dialog.reasons[0].text() == "hilang"  # reloaded, reason kept
    assert "-3" in dialog.table.item(0, 6).text()
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert on_hand(db, "BRS")[("L2", "A-02")] == 1
