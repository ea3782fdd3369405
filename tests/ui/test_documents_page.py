"""The document register page: filter, open, continue a draft, approve, post, reprint, cancel,
and the dashboard's link to what waits for approval."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from gudang.domain.inputs import IssueInput, IssueLineInput
from gudang.services import issues, queries
from gudang.services.uow import Actor
from tests.support.builders import scalar
from tests.ui.conftest import TODAY, make_ops

OFFICER = Actor("budi", "petugas")


def draft(db, qty: int = 20):
    return issues.draft_issue(db, OFFICER, IssueInput(date=TODAY, recipient="POSKO-LK", lines=(
        IssueLineInput("MIE-01", Decimal(qty)),)))


def rows(page) -> list:
    page.model.fetch_all()
    return page.model.rows()


def select(qtbot, page, label: str) -> None:
    for i, row in enumerate(rows(page)):
        if row.label == label:
            rect = page.view.visualRect(page.model.index(i, 0))
            qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert page.selected().label == label
            return
    raise AssertionError(f"{label} not in the register")


def test_dashboard_link_register_approve_post_print_and_cancel(qtbot, window, world, sqlite_db, lang_en):
    waiting = draft(sqlite_db)
    dashboard = window.pages["dashboard"]
    dashboard.load()
    assert dashboard.drafts_link.isVisible() and dashboard.drafts_link.text() == "1 drafts waiting for approval"
    qtbot.mouseClick(dashboard.drafts_link, Qt.MouseButton.LeftButton)
    page = window.pages["documents"]
    assert window.current_key() == "documents"
    assert page.type.currentData() == "issue" and page.state.currentData() == "draft"
    assert [r.label for r in rows(page)] == [f"#{waiting.id}"]
    select(qtbot, page, f"#{waiting.id}")
    assert page.approve_button.isEnabled() and not page.post_button.isEnabled()
    assert not page.print_button.isEnabled() and not page.cancel_button.isEnabled()

    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.feedback.kind == "ok", page.feedback.message
    page.show_filter(type="issue")
    select(qtbot, page, f"#{waiting.id}")
    assert page.selected().state == "approved" and page.post_button.isEnabled()
    qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)
    assert page.feedback.kind == "ok" and "surat jalan" in page.feedback.message
    number = page.feedback.message.split("surat jalan ")[1].rstrip(".")
    # Posting opens the surat jalan in three copies.
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=10_000)
    assert page.last_print == ("waybill", number, True) and page.preview.page_count() == 3
    assert "/" not in page.preview.file_name and page.preview.file_name.endswith(".pdf")
    prints = ("SELECT COUNT(*) FROM audit_entry WHERE action = 'document.print' AND object = :k")
    assert scalar(sqlite_db, prints, {"k": f"waybill:{number}"}) == 0  # the preview is not a print
    assert page.preview._release()  # the paper leaves the preview (print, save, open outside)
    assert scalar(sqlite_db, prints, {"k": f"waybill:{number}"}) == 1
    page.preview.close()

    # Reprint from the register, then cancel with a reason.
    page.show_filter()
    select(qtbot, page, number)
    actions = [a.text() for a in page.print_menu.actions()]
    assert actions == ["Surat jalan", "Surat jalan, 3 copies", "BAST"]
    page.print_menu.actions()[2].trigger()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    assert page.last_print[0] == "handover" and "BAST" in page.preview.windowTitle()
    page.preview.close()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    dialog = page.cancel_dialog
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "reason" in dialog.error_text()
    qtbot.keyClicks(dialog.reason, "penerima salah")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.feedback.kind == "ok" and "cancelled by" in page.feedback.message
    assert page.selected().state == "cancelled" and not page.cancel_button.isEnabled()
    assert queries.stock_on_hand(sqlite_db, sku="MIE-01")  # the stock is back


def test_filters_open_and_continue_a_draft(qtbot, window, world, sqlite_db, lang_en):
    waiting = draft(sqlite_db, 7)
    page = window.show_page("documents")
    everything = [r.label for r in rows(page)]
    assert world["receipt"] in everything and world["issue"] in everything and f"#{waiting.id}" in everything
    page.type.setCurrentIndex(page.type.findData("receipt"))
    assert [r.label for r in rows(page)] == [world["receipt"]]
    page.clear_filter()
    qtbot.keyClicks(page.search, world["issue"][:6])
    qtbot.waitUntil(lambda: [r.label for r in rows(page)] == [world["issue"]])
    page.clear_filter()
    qtbot.keyClicks(page.partner.lineEdit(), "BNPB")
    qtbot.keyClick(page.partner.lineEdit(), Qt.Key.Key_Enter)
    assert [r.label for r in rows(page)] == [world["receipt"]]
    page.clear_filter()
    page.start.set_value(TODAY - dt.timedelta(days=1))
    qtbot.waitUntil(lambda: world["receipt"] not in [r.label for r in rows(page)])
    page.end.set_value(TODAY - dt.timedelta(days=3))
    qtbot.waitUntil(lambda: page.feedback.kind == "wrong")
    assert "before the start" in page.feedback.message
    page.clear_filter()

    # Open: the lines of a document.
    select(qtbot, page, world["receipt"])
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    from ui.dialogs.document_detail import DocumentDialog

    dialogs = [d for d in page.findChildren(DocumentDialog)]
    assert dialogs and dialogs[-1].model.rowCount() == 5
    assert [a.text() for a in dialogs[-1].print_button.menu().actions()] == ["Berita acara penerimaan"]
    dialogs[-1].close()

    # Continue a draft: the issuing page opens on it.
    select(qtbot, page, f"#{waiting.id}")
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "issuing"
    issuing = window.pages["issuing"]
    assert issuing.document_id == waiting.id and issuing.state == "draft"
    assert issuing.lines.lines[0].sku == "MIE-01"


def test_a_viewer_sees_the_register_but_changes_nothing(qtbot, world, sqlite_db, lang_en):
    from ui.pages.documents import DocumentsPage

    waiting = draft(sqlite_db)
    page = DocumentsPage(make_ops(sqlite_db, Actor("tamu", "viewer")))
    qtbot.addWidget(page)
    page.show()
    select(qtbot, page, f"#{waiting.id}")
    for button in (page.approve_button, page.post_button, page.continue_button, page.cancel_button):
        assert not button.isEnabled()
    select(qtbot, page, world["issue"])
    assert page.print_button.isEnabled() and not page.cancel_button.isEnabled()


def test_register_model(qtmodeltester, world, sqlite_db):
    from ui.models import columns
    from ui.models.table import LazyTableModel
    from gudang.services import register

    keys = register.register_keys(sqlite_db)
    model = LazyTableModel(columns.register_columns(), lambda o, n: register.register_rows(sqlite_db, keys[o:o + n]),
                           chunk=1)
    model.fetchMore()
    qtmodeltester.check(model)
