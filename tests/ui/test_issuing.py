"""The issuing screen: draft with FEFO proposal, picking by lot labels, approval, posting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from gudang.services import issues, queries, users
from gudang.services.users import authenticate
from tests.conftest import snapshot
from tests.ui.scan_world import build, scan, stock

TODAY = dt.date.today()


@pytest.fixture
def lots(sqlite_db, admin):
    build(sqlite_db, admin)
    return stock(sqlite_db, admin, TODAY)


def make_page(qtbot, db, actor):
    from ui.operations import Operations
    from ui.pages.issuing import IssuingPage

    ops = Operations(db, actor)
    ops.show_dialogs = False
    widget = IssuingPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.recipient.setCurrentIndex(widget.recipient.findData("POSKO-LK"))
    return widget


@pytest.fixture
def page(qtbot, sqlite_db, admin, lots):
    return make_page(qtbot, sqlite_db, admin)


def drafted(page, qtbot, qty="10"):
    scan(qtbot, page.scan, "BRS-05")
    page.lines.setData(page.lines.index(0, page.lines.QTY), qty)
    qtbot.keyClick(page.scan, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.state == "draft", page.feedback.text


def test_recipient_shows_kecamatan_and_desa(page):
    assert "Kampar Kiri" in page.recipient_info.text() and "Lipat Kain" in page.recipient_info.text()
    assert "Lipat Kain" in page.destination.text()


def test_draft_shows_the_fefo_lot_with_bin_days_left_and_why(page, qtbot, lots):
    scan(qtbot, page.scan, "BRS-05")
    scan(qtbot, page.scan, "BRS-05")
    assert [(l.sku, l.qty) for l in page.lines.lines] == [("BRS-05", "2")]
    page.save_button.click()
    assert page.state == "draft" and page.document_id
    rows = page.proposal.rows
    assert [(r.barcode, r.location, r.qty, r.why) for r in rows] == [(lots["EARLY"], "A-01-02", Decimal(2), "fefo")]
    model = page.proposal
    assert model.data(model.index(0, model.DAYS)) == "30"
    assert model.data(model.index(0, model.EXPIRY)) == (TODAY + dt.timedelta(days=30)).strftime("%d/%m/%Y")
    assert "FEFO" in model.data(model.index(0, model.WHY))


def test_searching_adds_an_item(page, qtbot):
    page.search.setEditText("MIE-01 \u2014 Mie instan")
    page.qty.setText("2")
    page.add_button.click()
    assert [(l.sku, l.qty, l.unit) for l in page.lines.lines] == [("MIE-01", "2", "bungkus")]


def test_picking_the_fefo_lot_confirms_it(page, qtbot, lots):
    drafted(page, qtbot)
    scan(qtbot, page.scan, lots["EARLY"])
    assert page.feedback.kind == "ok"
    assert page.proposal.rows[0].picked
    assert "1 of 1" in page.proposal_label.text() or "1 dari 1" in page.proposal_label.text()
    assert page.proposal.data(page.proposal.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_a_wrong_lot_is_red_and_names_the_fefo_lot_and_bin(page, qtbot, lots, sqlite_db):
    drafted(page, qtbot)
    before = snapshot(sqlite_db)
    scan(qtbot, page.scan, lots["LATE"])
    assert page.feedback.kind == "wrong"
    assert lots["EARLY"] in page.feedback.text and "A-01-02" in page.feedback.text
    assert page.feedback.sounds.played[-1] == "wrong"
    assert not page.proposal.rows[0].picked and page.proposal.rows[0].wrong == lots["LATE"]
    assert page.feedback.reason_row.isVisible()
    # no reason: nothing happens
    page.feedback.reason_button.click()
    assert page.lines.lines[0].lot == "" and snapshot(sqlite_db) == before
    scan(qtbot, page.scan, lots["M1"])  # another item's lot
    assert page.feedback.kind == "wrong" and "Mie instan" in page.feedback.text


def test_a_non_fefo_lot_with_a_reason_is_posted_with_that_lot(page, qtbot, lots, sqlite_db):
    drafted(page, qtbot)
    scan(qtbot, page.scan, lots["LATE"])
    qtbot.keyClicks(page.feedback.reason, "karung EARLY basah, ambil LATE")
    qtbot.keyClick(page.feedback.reason, Qt.Key.Key_Return)
    assert page.feedback.kind == "ok", page.feedback.text
    assert page.lines.lines[0].lot == lots["LATE"]
    assert [(r.barcode, r.why, r.picked) for r in page.proposal.rows] == [(lots["LATE"], "requested", True)]
    qtbot.waitUntil(page.scan.hasFocus)
    page.approve_button.click()
    assert page.state == "approved", page.feedback.text
    qtbot.keyClick(page.scan, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.state == "posted", page.feedback.text
    rows = {(r.lot, r.location): r.qty for r in queries.stock_on_hand(sqlite_db, sku="BRS-05")}
    assert rows == {("LATE", "A-01-01"): Decimal(40), ("EARLY", "A-01-02"): Decimal(40)}
    trace = queries.trace_lot(sqlite_db, lots["LATE"])
    assert [i.number for i in trace.issues] == [page.number]
    from sqlalchemy import select

    from gudang.db.models import Document, DocumentLine
    with sqlite_db.engine.connect() as conn:
        remark = conn.execute(select(DocumentLine.remark).join(Document).where(Document.number == page.number)).scalar()
    assert remark == "karung EARLY basah, ambil LATE"


def test_posting_moves_stock_returns_a_number_and_previews_the_waybill(page, qtbot, lots, sqlite_db):
    drafted(page, qtbot, qty="45")  # more than the FEFO lot holds: two lots
    assert [(r.barcode, r.qty) for r in page.proposal.rows] == [(lots["EARLY"], Decimal(40)),
                                                                 (lots["LATE"], Decimal(5))]
    page.approve_button.click()
    page.post_button.click()
    assert page.state == "posted" and page.number.split("/")[1] == "SJ"
    assert page.number in page.feedback.text
    rows = {(r.lot, r.location): r.qty for r in queries.stock_on_hand(sqlite_db, sku="BRS-05")}
    assert rows == {("LATE", "A-01-01"): Decimal(45)}
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)  # made in the background
    assert page.preview.page_count() == 3  # recipient, driver, archive
    page.preview.close()
    # the posted issue is read-only now
    scan(qtbot, page.scan, "MIE-01")
    assert page.feedback.kind == "wrong" and len(page.lines.lines) == 1


def test_editing_a_draft_updates_it(page, qtbot, lots, sqlite_db):
    drafted(page, qtbot)
    first = page.document_id
    scan(qtbot, page.scan, "MIE-01")
    page.save_draft()
    assert page.document_id == first
    doc = __import__("gudang.services.drafts", fromlist=["x"]).load_issue(sqlite_db, first)
    assert [(l.sku, l.qty) for l in doc.lines] == [("BRS-05", Decimal(10)), ("MIE-01", Decimal(1))]


def test_a_petugas_cannot_approve_and_the_service_refuses_anyway(qtbot, sqlite_db, admin, lots):
    users.add_user(sqlite_db, admin, "budi", "petugas", "rahasia-budi-1")
    petugas = authenticate(sqlite_db, "budi", "rahasia-budi-1")
    page = make_page(qtbot, sqlite_db, petugas)
    drafted(page, qtbot)
    assert not page.approve_button.isEnabled()
    assert not page.post_button.isEnabled()
    before = snapshot(sqlite_db)
    assert not page.ops.run(issues.approve_issue, page.document_id, quiet=True).ok
    assert snapshot(sqlite_db) == before
    page.approve()  # even if called, it is refused with a message
    assert page.state == "draft" and page.feedback.kind == "wrong"


@pytest.mark.parametrize("qty", ["0", "-1", "abc"])
def test_bad_quantities_are_refused_with_a_message_and_nothing_written(page, qtbot, sqlite_db, qty):
    scan(qtbot, page.scan, "BRS-05")
    before = snapshot(sqlite_db)
    page.lines.setData(page.lines.index(0, page.lines.QTY), qty)
    assert page.lines.cell_problem(0, page.lines.QTY)
    page.save_button.click()
    assert page.feedback.kind == "wrong" and page.state == "new"
    assert snapshot(sqlite_db) == before
    page.qty.setText(qty)
    page.search.setEditText("MIE-01 \u2014 Mie instan")
    page.add_button.click()
    assert page.feedback.kind == "wrong" and len(page.lines.lines) == 1


def test_unknown_code_is_amber(page, qtbot, sqlite_db):
    before = snapshot(sqlite_db)
    scan(qtbot, page.scan, "TIDAK-ADA")
    assert page.feedback.kind == "unknown" and "TIDAK-ADA" in page.feedback.text
    assert snapshot(sqlite_db) == before


def test_a_garbled_gs1_scan_is_red_and_says_why(page, qtbot, sqlite_db):
    before = snapshot(sqlite_db)
    scan(qtbot, page.scan, "]C10109501101530004")  # GTIN with a wrong check digit
    assert page.feedback.kind == "wrong" and "GS1" in page.feedback.text
    assert not page.lines.lines and snapshot(sqlite_db) == before
