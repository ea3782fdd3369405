"""Transfers, quarantine / release / recall, write-off, warehouses and events, driven by
scanning and typing as warehouse staff do."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gudang.services import locations, partners, queries
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.support.builders import on_hand
from tests.ui.conftest import TODAY, make_ops
from tests.ui.scan_world import scan

HEAD = Actor("kepala", "kepala_gudang")
OFFICER = Actor("budi", "petugas")


def make(qtbot, cls, db, actor):
    page = cls(make_ops(db, actor))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(20)  # the scan field takes the focus once shown
    return page


def test_transfer_between_bins_then_to_a_second_warehouse_with_a_surat_jalan(qtbot, world, sqlite_db, lang_en):
    from ui.pages.locations import LocationsPage
    from ui.pages.transfers import TransfersPage

    admin = Actor("admin", "admin")
    # A second warehouse, from the Warehouses & bins page.
    sites = make(qtbot, LocationsPage, sqlite_db, admin)
    from ui.dialogs.warehouse import WarehouseDialog

    dialog = WarehouseDialog(sites.ops, parent=sites)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.field_error("code") and dialog.field_error("code") != ""
    qtbot.keyClicks(dialog.field_code, "GDG-02")
    qtbot.keyClicks(dialog.field_name, "Gudang Satelit Lipat Kain")
    qtbot.keyClicks(dialog.field_address, "Jl. Lintas Sumbar Km 5")
    dialog.save()
    assert dialog.result_row is not None and dialog.result_row.code == "GDG-02"
    locations.add_location(sqlite_db, admin, "LK-01", "storage", "GDG-02")
    sites.load()
    assert [r.code for r in sites.sites_model.rows()] == ["GDG-01", "GDG-02"]
    sites.site.setCurrentIndex(sites.site.findData("GDG-02"))
    assert {r.code for r in sites.model.rows()} == {"LK-01", "TERIMA-GDG-02", "KARANTINA-GDG-02"}

    page = make(qtbot, TransfersPage, sqlite_db, OFFICER)
    mie_mid = world["barcodes"]["MIE-MID"]
    scan(qtbot, page.scan, mie_mid)
    assert "MIE-01" in page.lot_label.text() and page.source.count() == 1
    assert page.qty.text() == "350" and page.qty.hasFocus()
    page.qty.selectAll()
    qtbot.keyClicks(page.qty, "500")
    scan(qtbot, page.scan, "B-01-01")  # the bin it goes to
    assert page.message.kind == "wrong" and "holds 350" in page.message.message
    page.qty.selectAll()
    qtbot.keyClicks(page.qty, "50")
    qtbot.keyClick(page.qty, Qt.Key.Key_Enter)
    assert page.model.rowCount() == 1 and "within warehouse" in page.route.text().lower()
    qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "ok" and "2 lines" not in page.message.message
    assert on_hand(sqlite_db, "MIE-01")[("MIE-MID", "B-01-01")] == 50

    # To the other warehouse: in transit, with the surat jalan in three copies.
    scan(qtbot, page.scan, mie_mid)
    page.qty.selectAll()
    qtbot.keyClicks(page.qty, "100")
    page.target.lineEdit().selectAll()  # over the bin of the last line
    qtbot.keyClicks(page.target.lineEdit(), "LK-01")
    qtbot.keyClick(page.target.lineEdit(), Qt.Key.Key_Enter)
    assert page.model.rowCount() == 1 and "GDG-02" in page.route.text(), (page.lines, page.target.currentText())
    qtbot.keyClicks(page.vehicle, "BM 8123 XA")
    qtbot.keyClicks(page.driver, "Anto")
    qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "ok" and "in transit to GDG-02" in page.message.message
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=10_000)
    assert page.preview.page_count() == 3 and "Surat jalan" in page.preview.windowTitle()
    page.preview.close()
    number = page.last_posted.number
    assert number in [r.number for r in __import__("gudang.services.delivery", fromlist=["x"]).unconfirmed(sqlite_db)]
    assert verify(sqlite_db).ok


def test_a_transfer_and_a_write_off_dated_back_ask_for_the_reason(qtbot, world, sqlite_db, admin, lang_en,
                                                                  monkeypatch):
    """More than backdate_days back the page asks why; cancelled, nothing is posted; an officer
    is refused by the core; the head's reason is kept on the document."""
    import datetime as dt

    from gudang.services import setup
    from tests.conftest import snapshot
    from tests.support.builders import scalar
    from ui.pages import scan_common
    from ui.pages.quarantine import QuarantinePage
    from ui.pages.transfers import TransfersPage

    setup.update_settings(sqlite_db, admin, {"backdate_days": "7"})  # as installed
    ten_days_ago = TODAY - dt.timedelta(days=10)
    mie_mid = world["barcodes"]["MIE-MID"]
    # Dated today (the usual case) the page posts at once, without reading the setting first.
    read = []
    real_backdate_days = scan_common.backdate_days
    monkeypatch.setattr(scan_common, "backdate_days", lambda ops: read.append(1) or real_backdate_days(ops))
    today_page = make(qtbot, TransfersPage, sqlite_db, OFFICER)
    scan(qtbot, today_page.scan, mie_mid)
    today_page.qty.selectAll()
    qtbot.keyClicks(today_page.qty, "1")
    scan(qtbot, today_page.scan, "B-01-01")
    qtbot.mouseClick(today_page.post_button, Qt.MouseButton.LeftButton)
    assert today_page.message.kind == "ok" and read == [], today_page.message.message
    reasons = iter([None, "dipindah saat banjir, dicatat setelah listrik menyala"])
    monkeypatch.setattr(scan_common, "ask_reason", lambda *a, **k: next(reasons))
    for actor in (OFFICER, HEAD):
        page = make(qtbot, TransfersPage, sqlite_db, actor)
        scan(qtbot, page.scan, mie_mid)
        page.qty.selectAll()
        qtbot.keyClicks(page.qty, "10")
        scan(qtbot, page.scan, "B-01-01")
        assert page.model.rowCount() == 1
        page.date.setDate(ten_days_ago)
        before = snapshot(sqlite_db)
        if actor is OFFICER:  # not asked for a reason: the core says who may date back
            qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)
            assert page.message.kind == "wrong" and "only the head of warehouse" in page.message.message
            assert snapshot(sqlite_db) == before and next(reasons) is None  # the first answer not taken
            reasons = iter([None, "dipindah saat banjir, dicatat setelah listrik menyala"])
            continue
        qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)  # the reason asked, cancelled
        assert "check the date" in page.message.message and snapshot(sqlite_db) == before
        qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)
        assert page.message.kind == "ok", page.message.message
    number = page.last_posted.number
    assert scalar(sqlite_db, "SELECT backdate_reason FROM document WHERE number = :n", {"n": number}) == \
        "dipindah saat banjir, dicatat setelah listrik menyala"

    head = make(qtbot, QuarantinePage, sqlite_db, HEAD)
    head.tabs.setCurrentIndex(1)
    qtbot.keyClicks(head.wo_lot, world["barcodes"]["BRS-SOON"])
    qtbot.keyClick(head.wo_lot, Qt.Key.Key_Enter)
    head.wo_qty.selectAll()
    qtbot.keyClicks(head.wo_qty, "5")
    qtbot.keyClick(head.wo_qty, Qt.Key.Key_Enter)
    qtbot.keyClicks(head.wo_reason, "karung sobek")
    head.wo_date.setDate(ten_days_ago)
    monkeypatch.setattr(scan_common, "ask_reason", lambda *a, **k: "BA pemusnahan ditandatangani tanggal itu")
    qtbot.mouseClick(head.wo_post, Qt.MouseButton.LeftButton)
    assert head.wo_message.kind == "ok", head.wo_message.message
    assert scalar(sqlite_db, "SELECT backdate_reason FROM document WHERE number = :n",
                  {"n": head.last_posted.number}) == "BA pemusnahan ditandatangani tanggal itu"
    qtbot.waitUntil(lambda: getattr(head, "preview", None) is not None, timeout=10_000)
    head.preview.close()
    assert verify(sqlite_db).ok


def test_quarantine_recall_release_and_write_off_expired_stock(qtbot, world, sqlite_db, lang_en):
    from gudang.domain.inputs import IssueInput, IssueLineInput
    from gudang.services import issues
    from ui.pages.quarantine import QuarantinePage

    late = world["barcodes"]["MIE-LATE"]
    issues.issue_goods(sqlite_db, HEAD, IssueInput(date=TODAY, recipient="POSKO-LK", lines=(
        IssueLineInput("MIE-01", 30, lot=late, reason="dekat posko"),)))
    page = make(qtbot, QuarantinePage, sqlite_db, OFFICER)
    # The work list: the expired rice.
    assert [r.lot for r in page.held_model.rows()] == ["BRS-OLD"]
    scan(qtbot, page.scan, late)
    assert "MIE-01" in page.lot_label.text() and page.hold_button.isEnabled()
    qtbot.mouseClick(page.hold_button, Qt.MouseButton.LeftButton)
    assert page.hold_message.kind == "wrong" and "reason" in page.hold_message.message
    qtbot.keyClicks(page.reason, "kemasan bocor")
    qtbot.mouseClick(page.hold_button, Qt.MouseButton.LeftButton)
    assert page.hold_message.kind == "ok" and "KARANTINA-01" in page.hold_message.message
    assert not page.release_button.isEnabled()  # an officer may not release
    assert on_hand(sqlite_db, "MIE-01")[("MIE-LATE", "KARANTINA-01")] == 270
    # Recall: who received it.
    qtbot.keyClicks(page.reason, "penarikan pabrik")
    qtbot.mouseClick(page.recall_button, Qt.MouseButton.LeftButton)
    assert page.hold_message.kind == "ok" and "1 deliveries" in page.hold_message.message
    assert page.lists.currentIndex() == 1 and page.recipients_model.rowCount() == 1
    assert "POSKO-LK" in page.recipients_model.text(0, 2)

    head = make(qtbot, QuarantinePage, sqlite_db, HEAD)
    head.choose_lot(late)
    head.release_to.setCurrentIndex(head.release_to.findData("A-01-02"))
    qtbot.mouseClick(head.release_button, Qt.MouseButton.LeftButton)
    assert head.hold_message.kind == "ok" and "A-01-02" in head.hold_message.message
    assert on_hand(sqlite_db, "MIE-01")[("MIE-LATE", "A-01-02")] == 270

    # Write off the expired rice from the work list, with its berita acara.
    head.load()
    head.held_view.selectRow(0)
    qtbot.mouseClick(head.to_writeoff_button, Qt.MouseButton.LeftButton)
    head.tabs.setCurrentIndex(1)
    assert head.wo_model.rowCount() == 1 and head.wo_post.isEnabled()
    qtbot.mouseClick(head.wo_post, Qt.MouseButton.LeftButton)
    assert head.wo_message.kind == "wrong" and "reason" in head.wo_message.message
    qtbot.keyClicks(head.wo_reason, "kedaluwarsa")
    qtbot.keyClicks(head.wo_method, "dibakar")
    qtbot.mouseClick(head.wo_post, Qt.MouseButton.LeftButton)
    assert head.wo_message.kind == "ok", head.wo_message.message
    qtbot.waitUntil(lambda: getattr(head, "preview", None) is not None, timeout=10_000)
    assert "penghapusan" in head.preview.windowTitle()
    head.preview.close()
    assert ("BRS-OLD", "A-01-01") not in on_hand(sqlite_db, "BRS-05")
    assert not page.ops.can("writeoff.post") and not page.wo_post.isEnabled()
    # Scanning a lot on the write-off tab: a part of it, typed.
    soon = world["barcodes"]["BRS-SOON"]
    qtbot.keyClicks(head.wo_lot, soon)
    qtbot.keyClick(head.wo_lot, Qt.Key.Key_Enter)
    assert head.wo_qty.text() == "200"
    head.wo_qty.selectAll()
    qtbot.keyClicks(head.wo_qty, "1,500")  # fifteen hundred, in English: more than there is
    qtbot.keyClick(head.wo_qty, Qt.Key.Key_Enter)
    assert head.wo_message.kind == "wrong" and "holds 200" in head.wo_message.message
    head.wo_qty.selectAll()
    qtbot.keyClicks(head.wo_qty, "5")
    qtbot.keyClick(head.wo_qty, Qt.Key.Key_Enter)
    assert head.wo_model.rowCount() == 1 and head.wo_model.row(0).qty == 5
    assert verify(sqlite_db).ok


def test_events_page_adds_and_closes_an_event(qtbot, sqlite_db, admin, lang_en):
    from ui.pages.events import EventsPage

    page = make(qtbot, EventsPage, sqlite_db, admin)
    panel = page.panel
    qtbot.keyClicks(panel.code, "BJR-KPR-26")
    qtbot.keyClicks(panel.name, "Banjir Kampar Desember 2026")
    panel.start.setDate(panel.start.date().addDays(-20))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1 and panel.model.text(0, 5) == "open"
    panel.view.selectRow(0)
    panel.close_date.setDate(panel.close_date.date().addDays(5))  # in the future: refused
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert "future" in panel.error_text()
    panel.close_date.setDate(panel.close_date.date().addDays(-6))
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.error_text() and panel.model.text(0, 5) == "closed"
    assert partners.list_events(sqlite_db)[0].end is not None
    assert "1 events, 0 open" == panel.count_label.text()


def test_operation_models(qtmodeltester, world, sqlite_db):
    from gudang.services import holds
    from ui.models.table import LazyTableModel, list_source
    from ui.pages.quarantine import held_columns

    model = LazyTableModel(held_columns(), list_source(holds.held_or_expired(sqlite_db)))
    model.fetchMore()
    qtmodeltester.check(model)
    assert queries.stock_on_hand(sqlite_db)
