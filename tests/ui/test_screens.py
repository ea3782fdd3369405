"""Every page and dialog at 1024x768 and 1366x768, in Indonesian and English: nothing clipped,
nothing outside its window, no window larger than the screen.

The screens are a warehouse PC's (the taskbar leaves 728 px of 768; `ui.geometry.available`
stands in for the screen). A widget is "clipped" when it is visible and:
- its text does not fit: a label, button, check box or tab narrower than its text needs, a
  word-wrapped label shorter than its text needs at its width, a table header narrower than
  its title (the stretched column excepted), a table whose columns need a sideways scroll;
- it lies outside its window (a button pushed off the bottom), unless it is inside something
  that scrolls;
- a field is squeezed below its minimum size.
Set GUDANG_SCREENSHOTS=folder to save every rendering as PNG (to look at them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractScrollArea, QCheckBox, QComboBox, QHeaderView, QLabel, QLineEdit, QTabBar,
    QTableView, QWidget,
)

from gudang.services.uow import Actor

SIZES = ((1024, 768), (1366, 768))
# Every page fits 1024 px; a page that needs an exception is named here with why.
OTHERS = ()
TASKBAR = 40
FOLDER = os.environ.get("GUDANG_SCREENSHOTS")


def _inside_scrolling(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    from ui.widgets.elided import ElidedLabel

    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if isinstance(label, ElidedLabel):  # gives way in the middle by design: only what it draws must fit
        shown = label.fontMetrics().horizontalAdvance(label.shown_text())
        if shown > label.contentsRect().width() + 2:
            return f"elided text still needs {shown} px, has {label.contentsRect().width()}"
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 2:
            return f"wrapped text needs {needed} px of height, has {label.height()}"
        return None
    if label.sizeHint().width() > label.width() + 2:
        return f"text needs {label.sizeHint().width()} px, has {label.width()}"
    return None


def problems_of(window: QWidget, room: QRect, page: QWidget | None = None) -> list[str]:
    """What is clipped or off the window (one line each, naming the widget). For a page of the
    main window, its own minimum size plus the sidebar must fit the screen."""
    found = []
    if window.width() > room.width() or window.height() > room.height() - 30:
        found.append(f"window {window.width()}x{window.height()} larger than the screen {room.width()}x{room.height()}")
    if page is not None:
        needed = page.minimumSizeHint() + QSize(window.sidebar.parentWidget().width(), 0)
        if needed.width() > room.width() or needed.height() > room.height() - 90:
            found.append(f"the page needs at least {needed.width()}x{needed.height()} with the sidebar")
    elif window.minimumSizeHint().width() > room.width() or window.minimumSizeHint().height() > room.height() - 30:
        found.append(f"window needs at least {window.minimumSizeHint().width()}x{window.minimumSizeHint().height()}")
    frame = QRect(QPoint(0, 0), window.size())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0 or widget.height() <= 0:
            continue
        if widget.window() is not window:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or ''}".strip()
        text = ""
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text().replace("\n", " ")[:50]
        scrolling = _inside_scrolling(widget, window)
        if not scrolling:
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not frame.contains(rect.adjusted(1, 1, -1, -1)):
                found.append(f"{name} '{text}' outside the window: {rect.getRect()} in {frame.getRect()}")
                continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                found.append(f"{name} '{text}': {problem}")
        elif isinstance(widget, (QAbstractButton,)) and not isinstance(widget, QCheckBox) and widget.text():
            if widget.sizeHint().width() > widget.width() + 2:
                found.append(f"{name} '{text}': needs {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QCheckBox) and widget.text():
            if widget.sizeHint().width() > widget.width() + 2:
                found.append(f"{name} '{text}': needs {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, (QLineEdit, QComboBox)) and not scrolling:
            hint = widget.minimumSizeHint()
            if hint.height() > widget.height() + 2:
                found.append(f"{name}: squeezed to {widget.height()} px high, needs {hint.height()}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() < widget.fontMetrics().horizontalAdvance(widget.tabText(i)):
                    found.append(f"tab '{widget.tabText(i)}' cut")
        elif isinstance(widget, QTableView) and widget.model() is not None and widget.model().columnCount():
            overflow = widget.horizontalScrollBar().maximum()
            if overflow > 0:
                found.append(f"table {widget.accessibleName() or widget.objectName()} "
                             f"({widget.model().headerData(0, Qt.Orientation.Horizontal)}, ...): its columns are "
                             f"{overflow} px wider than the table")
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            view = widget.parentWidget()
            for i in range(widget.count()):
                if widget.isSectionHidden(i) or widget.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch:
                    continue
                if i == widget.count() - 1 and widget.stretchLastSection():
                    continue
                if widget.sectionSize(i) + 2 < widget.sectionSizeHint(i) - 4:
                    title = view.model().headerData(i, Qt.Orientation.Horizontal) if view is not None else i
                    found.append(f"column '{title}' of {type(view).__name__}: {widget.sectionSize(i)} px, "
                                 f"its title needs {widget.sectionSizeHint(i)}")
    return found


def combo_problems(window: QWidget) -> list[str]:
    """A dropdown whose popup would not list all its entries (up to 10) at once."""
    found = []
    for combo in window.findChildren(QComboBox):
        if combo.isVisibleTo(window) and 1 < combo.count() <= 10 and combo.maxVisibleItems() < combo.count():
            found.append(f"dropdown {combo.accessibleName()} shows {combo.maxVisibleItems()} of {combo.count()}")
    return found


def settle(qtbot, window) -> None:
    """Background loads done and laid out."""
    from PySide6.QtWidgets import QApplication

    window.ops.wait() if hasattr(window, "ops") else None
    for _ in range(3):
        qtbot.wait(5)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def render(window: QWidget, name: str) -> None:
    if FOLDER:
        Path(FOLDER).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(FOLDER) / f"{name}.png"))


@pytest.fixture
def screen(monkeypatch):
    """Stand in a warehouse PC's screen (its room for windows) for ui.geometry."""
    from ui import geometry

    state = {"room": QRect(0, 0, 1366, 768 - TASKBAR)}
    monkeypatch.setattr(geometry, "available", lambda widget=None: state["room"])

    def set_size(width: int, height: int) -> QRect:
        state["room"] = QRect(0, 0, width, height - TASKBAR)
        return state["room"]

    return set_size


def dialogs(window, world, sqlite_db):
    """(name, factory) of every dialog, built on the window's ops."""
    from gudang.services import catalogue, counts, register, users
    from ui.dialogs.document_detail import DocumentDialog
    from ui.dialogs.events import EventsDialog
    from ui.dialogs.import_items import ImportItemsDialog
    from ui.dialogs.lot_trace import LotTraceDialog
    from ui.dialogs.masterdata import ItemDialog, LocationDialog, PartnerDialog
    from ui.dialogs.people import EditUserDialog, ResetPasswordDialog
    from ui.dialogs.stock_card import StockCardDialog
    from ui.dialogs.users import OwnPasswordDialog, UserDialog
    from ui.dialogs.warehouse import WarehouseDialog
    from ui.pages.counting import PostCountDialog
    from ui.pages.requests import RationDialog, RequestDialog
    from ui.pages.scan_common import CreateItemDialog
    from ui.widgets.forms import ReasonDialog

    ops = window.ops
    item = next(r for r in catalogue.list_items(sqlite_db) if r.sku == "BRS-05")
    row = register.find(sqlite_db, world["receipt"])
    count = counts.list_counts(sqlite_db, "open")[0]
    admin = next(u for u in users.list_users(sqlite_db) if u.role == "admin")
    return [
        ("item-new", lambda: ItemDialog(ops, None, ["permakanan"], parent=window)),
        ("item-edit", lambda: ItemDialog(ops, item, ["permakanan"], parent=window)),
        ("partner", lambda: PartnerDialog(ops, None, "recipient", parent=window)),
        ("location", lambda: LocationDialog(ops, ["GDG-01", "GDG-02"], parent=window)),
        ("warehouse", lambda: WarehouseDialog(ops, parent=window)),
        ("user", lambda: UserDialog(ops, parent=window)),
        ("own-password", lambda: OwnPasswordDialog(ops, parent=window)),
        ("edit-user", lambda: EditUserDialog(ops, admin, last_admin=True, parent=window)),
        ("reset-password", lambda: ResetPasswordDialog(ops, "budi", parent=window)),
        ("events", lambda: EventsDialog(ops, parent=window)),
        ("stock-card", lambda: StockCardDialog(ops, "BRS-05", parent=window)),
        ("lot-trace", lambda: LotTraceDialog(ops, world["barcodes"]["MIE-MID"], parent=window)),
        ("document", lambda: DocumentDialog(ops, row, parent=window)),
        ("post-count", lambda: PostCountDialog(ops, count.id, parent=window)),
        ("reason", lambda: ReasonDialog("Batalkan", "Batalkan dokumen ini? Apa alasannya?", lambda t: None,
                                        ok_text="Batalkan dokumen", parent=window)),
        ("import", lambda: ImportItemsDialog(ops, parent=window)),
        ("create-item", lambda: CreateItemDialog(ops, "8991002101012", None, parent=window)),
        ("request", lambda: RequestDialog(ops, None, parent=window)),
        ("rations", lambda: RationDialog(ops, parent=window)),
    ]


def check_everything(qtbot, window, world, sqlite_db, screen, lang: str) -> list[str]:
    from ui.pdf_preview import PdfPreviewDialog

    found: list[str] = []
    pdf = None
    for width, height in SIZES:
        room = screen(width, height)
        window.resize(room.width(), room.height() - 30)
        for spec in window.specs:
            page = window.show_page(spec.key)
            if page is None:
                continue
            settle(qtbot, window)
            found += [f"{lang} {width} page {spec.key}: {p}" for p in problems_of(window, room, page)]
            found += [f"{lang} {width} page {spec.key}: {p}" for p in combo_problems(window)]
            render(window, f"{lang}-{width}-{spec.key}")
        for name, make in dialogs(window, world, sqlite_db):
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            settle(qtbot, window)
            found += [f"{lang} {width} dialog {name}: {p}" for p in problems_of(dialog, room)]
            found += [f"{lang} {width} dialog {name}: {p}" for p in combo_problems(dialog)]
            render(dialog, f"{lang}-{width}-dialog-{name}")
            dialog.close()
        if pdf is None:
            from gudang.reports import printing

            pdf = printing.print_document(sqlite_db, window.ops.actor, "waybill", world["issue"], copies=True).pdf
        preview = PdfPreviewDialog(pdf, "Surat jalan", "014/SJ/X.pdf", window)
        qtbot.addWidget(preview)
        preview.show()
        qtbot.waitExposed(preview)
        found += [f"{lang} {width} dialog preview: {p}" for p in problems_of(preview, room)]
        if FOLDER:
            qtbot.wait(1500)  # the pages are drawn in the background: let them show on the picture
        render(preview, f"{lang}-{width}-dialog-preview")
        preview.close()
    return found


@pytest.fixture
def busy_world(world, sqlite_db):
    """The stocked world plus what makes pages full: a draft, an open count with a variance."""
    from decimal import Decimal

    from gudang.domain.inputs import IssueInput, IssueLineInput
    from gudang.services import counts, issues
    from tests.ui.conftest import TODAY

    officer = Actor("budi", "petugas")
    issues.draft_issue(sqlite_db, officer, IssueInput(date=TODAY, recipient="POSKO-LK", lines=(
        IssueLineInput("MIE-01", Decimal(20)),)))
    count = counts.start_count(sqlite_db, officer, ["B-01-01"])
    counts.scan_count(sqlite_db, officer, count.id, "B-01-01")
    counts.scan_count(sqlite_db, officer, count.id, world["barcodes"]["MIE-LATE"], Decimal(290))
    return world


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_and_dialog_fits_1024_and_1366(qtbot, qapp, ops, busy_world, sqlite_db, screen, lang):
    from gudang import i18n as core_i18n
    from ui import i18n, style
    from ui.main_window import MainWindow

    style.apply(qapp)
    i18n.install(lang, qapp)
    try:
        screen(1024, 768)
        # The path of a database in a Windows user's folder on the office share: the status bar
        # shows its middle elided, the file name whole, and the tooltip all of it.
        path = "\\\\SERVER-BPBD\\Logistik\\Gudang Kabupaten Kampar\\Siti Aminah Lubis\\Data Gudang\\gudang.sqlite3"
        window = MainWindow(ops, agency="BPBD Kabupaten Kampar", database_text=path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.width() <= 1024 and window.height() <= 768 - TASKBAR
        assert window.db_label.toolTip() == path and window.db_label.shown_text().endswith("\\gudang.sqlite3")
        assert "…" in window.db_label.shown_text()
        found = check_everything(qtbot, window, busy_world, sqlite_db, screen, lang)
    finally:
        qapp.setStyleSheet("")
        i18n.install("en", qapp)
        core_i18n.set_language(core_i18n.DEFAULT_LANGUAGE)
    # Pages of other helpers being reworked for 1024 px (see their branches): reported, not failed.
    theirs = [line for line in found if any(f" {key}: " in line for key in OTHERS)]
    if theirs:
        print("\n".join(["known, owned by other helpers:"] + theirs))
    found = [line for line in found if line not in theirs]
    assert found == [], "\n".join(found)


def test_a_long_name_and_a_long_path_give_way_in_the_status_bar(qtbot, qapp, sqlite_db, admin, screen):
    """A head of warehouse with a long name and title, on a database in a deep folder: on a
    1024 px screen the status bar keeps the window on the screen, shows the user, the role and
    the database's file name, and the tooltips hold the name and the path whole; on 1366 px the
    path shows whole."""
    from gudang.services import users
    from gudang.services.users import authenticate
    from tests.ui.conftest import make_ops
    from ui import i18n, style
    from ui.main_window import MainWindow

    full_name = "Hj. Siti Aminah binti Abdul Rahman Lubis, S.Kom., M.M."
    users.add_user(sqlite_db, admin, "siti", "kepala_gudang", "rahasia-siti-1", full_name=full_name,
                   title="Kepala Seksi Logistik dan Peralatan")
    path = "C:\\Users\\siti\\AppData\\Local\\Gudang\\gudang.sqlite3"
    style.apply(qapp)
    i18n.install("id", qapp)
    try:
        screen(1024, 768)
        window = MainWindow(make_ops(sqlite_db, authenticate(sqlite_db, "siti", "rahasia-siti-1")),
                            agency="BPBD Kabupaten Kampar", database_text=path)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        bar = window.statusBar()
        assert window.width() <= 1024 and bar.width() <= 1024
        for widget in (window.user_label, window.role_label, window.db_label):
            assert widget.isVisible() and widget.geometry().right() <= bar.width(), widget.text()
        assert window.user_label.toolTip() == full_name and window.db_label.toolTip() == path
        assert window.db_label.accessibleName() == f"Basis data: {path}"
        assert window.role_label.text() == "Peran: kepala gudang"
        assert window.db_label.shown_text().endswith("\\gudang.sqlite3") and "…" in window.db_label.shown_text()
        shown = window.db_label.fontMetrics().horizontalAdvance(window.db_label.shown_text())
        assert shown <= window.db_label.contentsRect().width() + 2
        window.resize(1366, 700)
        qtbot.waitUntil(lambda: window.db_label.shown_text() == f"Basis data: {path}")
    finally:
        qapp.setStyleSheet("")
        i18n.install("en", qapp)
