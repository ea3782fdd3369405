"""The stock opname screen, driven by scans like a keyboard-wedge scanner."""

from __future__ import annotations

import pytest

from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.support.builders import basic_world, item, on_hand, receive
from tests.ui.conftest import make_ops
from tests.ui.scan_world import scan


@pytest.fixture
def world(sqlite_db):
    basic_world(sqlite_db)
    item(sqlite_db, "BRS")
    posted = receive(sqlite_db, "2026-11-01", [("BRS", 10, "L1", "2027-01-01", "A-01"),
                                               ("BRS", 4, "L2", "2027-02-01", "A-02")])
    return sqlite_db, {line.lot: line.barcode for line in posted.lines}


def make_page(qtbot, db, actor):
    from ui.pages.counting import CountingPage

    page = CountingPage(make_ops(db, actor))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


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
    assert counter.feedback.kind == "ok" and "3" in counter.feedback.text
    scan(qtbot, counter.scan, "NO-SUCH-CODE")
    assert counter.feedback.kind == "unknown"
    # Blind: the counter sees what was counted, not the books.
    assert counter.table.rowCount() == 1 and counter.table.isColumnHidden(4)
    assert not counter.post_button.isEnabled()

    head = make_page(qtbot, db, Actor("kepala", "kepala_gudang"))
    head.variances.setChecked(True)
    assert head.table.rowCount() == 2 and not head.table.isColumnHidden(4)
    head.recount_button.click()
    assert "2" in head.feedback.text
    scan(qtbot, counter.scan, "A-01")
    scan(qtbot, counter.scan, lots["L1"])
    scan(qtbot, counter.scan, "A-02")
    for _ in range(4):
        scan(qtbot, counter.scan, lots["L2"])
    head.load()
    assert head.table.rowCount() == 1  # only L1 still differs: 1 counted of 10
    head.post_button.click()
    assert head.feedback.kind == "wrong" and "reason" in head.feedback.text.lower()
    head.table.item(0, 8).setText("rusak dimakan tikus")
    head.post_button.click()
    assert head.feedback.kind == "ok" and "PNY" in head.feedback.text
    assert on_hand(db, "BRS") == {("L1", "A-01"): 1, ("L2", "A-02"): 4}
    assert head.count.count() == 0
    assert verify(db).ok
    pdf = head.report_pdf(head.last_posted.id)
    assert pdf.startswith(b"%PDF")
