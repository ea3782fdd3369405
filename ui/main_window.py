"""The main window: a sidebar of pages, the pages, a status bar.

Pages are built when first opened (only the dashboard at start), so the
window is up quickly whatever the size of the database. Every change made
through `Operations.run` is announced on `ops.changed`; the window passes it
to the pages built so far and each reloads only if it shows that area (and
only when visible; otherwise when next shown).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMenu, QStackedWidget, QToolButton,
    QVBoxLayout, QWidget,
)

from ui import style
from ui.models.columns import role_name
from ui.operations import Operations
from ui.widgets.elided import ElidedLabel


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    build: Callable[[Operations], QWidget]
    visible: bool = True


def _receiving(ops):
    from ui.pages.receiving import ReceivingPage

    return ReceivingPage(ops)


def _issuing(ops):
    from ui.pages.issuing import IssuingPage

    return IssuingPage(ops)


def _requests(ops):
    from ui.pages.requests import RequestsPage

    return RequestsPage(ops)


def _allocation(ops):
    from ui.pages.allocation import AllocationPage

    return AllocationPage(ops)


def _counting(ops):
    from ui.pages.counting import CountingPage

    return CountingPage(ops)


def _delivery(ops):
    from ui.pages.delivery import DeliveryPage

    return DeliveryPage(ops)


def _stock(ops):
    from ui.pages.stock import StockPage

    return StockPage(ops)


def _catalogue(ops):
    from ui.pages.catalogue import CataloguePage

    return CataloguePage(ops)


def _partners(ops):
    from ui.pages.partners import PartnersPage

    return PartnersPage(ops)


def _locations(ops):
    from ui.pages.locations import LocationsPage

    return LocationsPage(ops)


def _reports(ops):
    from ui.pages.reports import ReportsPage

    return ReportsPage(ops)


def _settings(ops):
    from ui.pages.settings import SettingsPage

    return SettingsPage(ops)


def _documents(ops):
    from ui.pages.documents import DocumentsPage

    return DocumentsPage(ops)


def _transfers(ops):
    from ui.pages.transfers import TransfersPage

    return TransfersPage(ops)


def _quarantine(ops):
    from ui.pages.quarantine import QuarantinePage

    return QuarantinePage(ops)


def _events(ops):
    from ui.pages.events import EventsPage

    return EventsPage(ops)


def _users(ops):
    from ui.pages.users import UsersPage

    return UsersPage(ops)


def _dashboard(ops):
    from ui.pages.dashboard import DashboardPage

    return DashboardPage(ops)


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    database_requested = Signal(str)  # open another database (a file or a PostgreSQL URL)
    logout_requested = Signal()  # log out, or let another user log in

    def __init__(self, ops: Operations, *, agency: str = "", database_text: str = "", training: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.training = training
        self.setWindowTitle(self.tr("Gudang — disaster relief logistics"))
        if training:  # a training database: never mistaken for the real ledger
            self.setWindowTitle(self.tr("TRAINING — %1").replace("%1", self.windowTitle()))
        self.setMinimumSize(QSize(800, 560))
        from ui.geometry import fit_to_screen

        fit_to_screen(self, QSize(1366, 768))
        # In the order of the work: goods in, goods out, their delivery confirmed, the papers,
        # what is in stock, counting, moving and holding it, then the master data, reports and
        # settings. Ctrl+1..9 and Ctrl+0 open the first ten (shown in each entry's tooltip);
        # Settings is Ctrl+,.
        self.specs = [
            PageSpec("dashboard", self.tr("Dashboard"), "dashboard", _dashboard),
            PageSpec("receiving", self.tr("Receiving"), "receiving", _receiving, ops.can("receipt.post")),
            PageSpec("issuing", self.tr("Issuing"), "issuing", _issuing, ops.can("issue.draft")),
            PageSpec("delivery", self.tr("Confirm delivery"), "ok", _delivery),
            PageSpec("documents", self.tr("Documents"), "documents", _documents),
            PageSpec("stock", self.tr("Stock"), "stock", _stock),
            PageSpec("counting", self.tr("Stock opname"), "counting", _counting, ops.can("count.scan")),
            PageSpec("transfers", self.tr("Transfers"), "transfer", _transfers, ops.can("transfer.post")),
            PageSpec("quarantine", self.tr("Quarantine"), "hold", _quarantine,
                     ops.can("lot.quarantine")),
            PageSpec("requests", self.tr("Requests"), "requests", _requests),
            PageSpec("allocation", self.tr("Allocation"), "allocation", _allocation),
            PageSpec("catalogue", self.tr("Items"), "items", _catalogue),
            PageSpec("partners", self.tr("Partners"), "partners", _partners),
            PageSpec("locations", self.tr("Warehouses & bins"), "locations", _locations),
            PageSpec("events", self.tr("Disaster events"), "events", _events),
            PageSpec("reports", self.tr("Reports"), "reports", _reports),
            PageSpec("users", self.tr("Users"), "users", _users, ops.can("users.manage")),
            PageSpec("settings", self.tr("Settings"), "settings", _settings),
        ]
        self.pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.training_bar = None
        if training:
            self.training_bar = QLabel(self.tr("TRAINING DATABASE — practice data, not the real ledger: %1")
                                       .replace("%1", database_text))
            self.training_bar.setObjectName("TrainingBar")
            self.training_bar.setStyleSheet("#TrainingBar { background: #e8710a; color: white; font-weight: 600; "
                                            "padding: 5px 12px; }")
            self.training_bar.setAccessibleName(self.tr("Training database"))
            outer.addWidget(self.training_bar)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        outer.addLayout(row, 1)
        side = QWidget()
        side.setObjectName("Sidebar")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side.setFixedWidth(210)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 8)
        column.setSpacing(0)
        title = QLabel(self.tr("Gudang"))
        title.setObjectName("SidebarTitle")
        subtitle = QLabel(agency or self.tr("Relief logistics warehouse"))
        subtitle.setObjectName("SidebarSubtitle")
        subtitle.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(subtitle)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        column.addWidget(self.sidebar, 1)
        self.stack = QStackedWidget()
        # What changed while a page was hidden, given to it when it is shown: over a 4G link
        # every page reloading at every posting would add a round trip each (issue 15).
        self._pending: dict[QWidget, frozenset] = {}
        self.stack.currentChanged.connect(self._deliver_pending)
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(style.icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            keys = self.page_shortcut(number, spec.key)
            item.setToolTip(f"{spec.title} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})"
                            if not keys.isEmpty() else spec.title)
            item.setSizeHint(QSize(180, 34))
            self.sidebar.addItem(item)
            item.setHidden(not spec.visible)
            placeholder = QWidget()
            self._placeholders[spec.key] = placeholder
            self.stack.addWidget(placeholder)
            if not keys.isEmpty():
                shortcut = QShortcut(keys, self)
                shortcut.activated.connect(lambda page_key=spec.key: self.show_page(page_key))
        self.sidebar.currentRowChanged.connect(self._row_changed)
        find = QShortcut(QKeySequence.StandardKey.Find, self)  # Ctrl+F: the current page's search field
        find.activated.connect(self.focus_search)

        status = self.statusBar()
        # Who is working, with their own menu: change my password, switch user, log out.
        self.user_label = QToolButton()
        self.user_label.setObjectName("UserMenu")
        self.user_label.setText(self.tr("User: %1").replace("%1", ops.actor.full_name or ops.actor.name))
        self.user_label.setIcon(style.icon("person"))
        self.user_label.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.user_label.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.user_label.setAutoRaise(True)
        self.user_menu = QMenu(self.user_label)
        self.password_action = self.user_menu.addAction(self.tr("Change my password…"), self.change_password)
        self.switch_action = self.user_menu.addAction(self.tr("Switch user…"), self.logout_requested.emit)
        self.logout_action = self.user_menu.addAction(self.tr("Log out"), self.logout_requested.emit)
        self.user_label.setMenu(self.user_menu)
        self.role_label = QLabel(self.tr("Role: %1").replace("%1", role_name(ops.actor.role)))
        # A long path (a Windows user folder, a network share) or a long name would push the
        # window past a 1024 px screen: they give way in the middle (the file name stays), and
        # their tooltips hold them whole.
        self.user_label.setToolTip(ops.actor.full_name or ops.actor.name)
        self.db_label = ElidedLabel(self.tr("Database: %1").replace("%1", database_text))
        self.db_label.setToolTip(database_text)
        for label in (self.user_label, self.role_label):
            status.addWidget(label)
        status.addPermanentWidget(self.db_label)
        ops.changed.connect(self._changed)
        ops.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.show_page("dashboard")

    # --- pages ---------------------------------------------------------------------------------
    @staticmethod
    def page_shortcut(number: int, key: str = "") -> QKeySequence:
        """The key of the `number`th sidebar entry: Ctrl+1..9, Ctrl+0 for the tenth; Settings has
        Ctrl+, (the usual key of preferences) wherever it is."""
        if key == "settings":
            return QKeySequence("Ctrl+,")
        if number <= 10:
            return QKeySequence(f"Ctrl+{number % 10}")
        return QKeySequence()

    def spec(self, key: str) -> PageSpec:
        return next(s for s in self.specs if s.key == key)

    def page(self, key: str) -> QWidget:
        """The page, built on first use."""
        if key not in self.pages:
            spec = self.spec(key)
            page = spec.build(self.ops)
            self.pages[key] = page
            placeholder = self._placeholders[key]
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._wire(key, page)
        return self.pages[key]

    def _wire(self, key: str, page: QWidget) -> None:
        if key == "dashboard":
            page.open_stock.connect(self.show_stock)
            page.open_item.connect(self._open_card)
            if hasattr(page, "open_documents"):
                page.open_documents.connect(self.show_documents)
        elif key == "settings":
            page.language_changed.connect(self.language_requested)
            if hasattr(page, "database_changed"):
                page.database_changed.connect(self.database_requested)
        elif key == "documents":
            page.continue_issue.connect(self.continue_issue)
            page.open_count.connect(self.show_count)
        elif key == "requests":
            page.issue_requested.connect(self.issue_request)
        elif key == "allocation":
            page.open_draft.connect(self.continue_issue)

    def issue_request(self, number: str) -> None:
        """A request's "Issue from request": the Issuing page starts from what it still lacks."""
        page = self.show_page("issuing")
        if page is not None:
            page.start_from_request(number)

    def change_password(self) -> None:
        from ui.dialogs.users import OwnPasswordDialog

        self.password_dialog = OwnPasswordDialog(self.ops, parent=self)
        self.password_dialog.open()

    def show_documents(self, type: str = "", state: str = "") -> None:
        page = self.show_page("documents")
        if page is not None:
            page.show_filter(type=type or None, state=state or None)

    def continue_issue(self, document_id: int) -> None:
        """A draft (or approved) goods issue from the register, opened on the issuing page."""
        page = self.show_page("issuing")
        if page is not None:
            page.open_issue(document_id)

    def show_count(self, count_id: int) -> None:
        page = self.show_page("counting")
        if page is not None:
            page.show_count(count_id)

    def show_page(self, key: str) -> QWidget | None:
        spec = self.spec(key)
        if not spec.visible:
            return None
        row = self.specs.index(spec)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # -> _row_changed
        else:
            self.stack.setCurrentWidget(self.page(key))
        return self.pages[key]

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            current = self.stack.currentWidget()
            target = self.page(self.specs[row].key)
            if current is not target and not self._may_leave(current, self.tr("Leave the page?")):
                back = next((i for i, s in enumerate(self.specs) if self.pages.get(s.key) is current), None)
                if back is not None:  # stay: the sidebar follows the page shown
                    self.sidebar.blockSignals(True)
                    self.sidebar.setCurrentRow(back)
                    self.sidebar.blockSignals(False)
                return
            self.stack.setCurrentWidget(target)

    @staticmethod
    def _may_leave(page: QWidget | None, question: str) -> bool:
        """A page holding lines not yet posted (receiving, issuing) asks first."""
        ask = getattr(page, "confirm_leave", None)
        return ask(question) if ask is not None else True

    def closeEvent(self, event) -> None:
        for page in self.pages.values():
            if not self._may_leave(page, self.tr("Close Gudang anyway?")):
                self.stack.setCurrentWidget(page)
                event.ignore()
                return
        super().closeEvent(event)

    def focus_search(self) -> None:
        search = getattr(self.stack.currentWidget(), "search", None)
        if search is not None and hasattr(search, "setFocus"):
            search.setFocus()
            search.selectAll()

    def current_key(self) -> str:
        return self.specs[self.sidebar.currentRow()].key

    def show_stock(self, expiry: str = "", category: str = "") -> None:
        page = self.show_page("stock")
        page.show_filter(expiry=expiry, category=category)

    def _open_card(self, sku: str) -> None:
        from ui.dialogs.stock_card import StockCardDialog

        StockCardDialog(self.ops, sku, parent=self).open()

    def _changed(self, changes: frozenset) -> None:
        """The page shown reloads what changed now; the others when they are shown."""
        current = self.stack.currentWidget()
        for page in self.pages.values():
            refresh = getattr(page, "refresh", None)
            if refresh is None:
                continue
            if page is current:
                refresh(changes)
            else:
                self._pending[page] = self._pending.get(page, frozenset()) | frozenset(changes)

    def _deliver_pending(self, index: int) -> None:
        page = self.stack.widget(index)
        changes = self._pending.pop(page, None)
        if changes is not None:
            page.refresh(changes)

    def visible_texts(self) -> list[str]:
        """Texts a user sees now (sidebar, status bar and the current page): for the language tests."""
        from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLineEdit

        texts = [self.sidebar.item(i).text() for i in range(self.sidebar.count()) if not self.sidebar.item(i).isHidden()]
        texts += [self.user_label.text(), self.role_label.text(), self.windowTitle()]
        if self.training_bar is not None:
            texts.append(self.training_bar.text())
        page = self.stack.currentWidget()
        for widget in [page] + page.findChildren(QWidget):
            if not widget.isVisibleTo(self):
                continue
            if isinstance(widget, QLabel) and widget.text():
                texts.append(widget.text())
            elif isinstance(widget, QAbstractButton) and widget.text():
                texts.append(widget.text())
            elif isinstance(widget, QGroupBox) and widget.title():
                texts.append(widget.title())
            elif isinstance(widget, QLineEdit) and widget.placeholderText():
                texts.append(widget.placeholderText())
        from PySide6.QtWidgets import QTableView

        for view in page.findChildren(QTableView):
            model = view.model()
            if model is not None and view.isVisibleTo(self):
                texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        return texts
