"""Dokumen: the register of every document and stock count, and what can be done with one.

Filter by type, state, date and partner (or part of the number); open a
document to see its lines; continue a draft goods issue on the issuing page;
approve and post; print the original, a copy, or the surat jalan in three
copies; cancel a posted document with a reason (a reversal document).

The table holds only the keys of what the filter matches (one cheap query)
and fetches full rows a screenful at a time (gudang.services.register), so a
register of years stays quick. It is the same register `gudang documents`
prints.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMenu, QPushButton, QWidget

from gudang.services import issues, partners, register
from gudang.services.register import RegisterFilter
from ui.i18n import fmt_int
from ui.models import columns
from ui.models.table import LazyTableModel
from ui.operations import COUNTS, DOCUMENTS, STOCK, Operations
from ui.pages import page_layout, size_columns, table_view, toolbar_row
from ui.printing import open_paper, paper_name
from ui.widgets.message import MessageBar
from ui.widgets.forms import OptionalDateEdit, ReasonDialog, short_combo


class DocumentsPage(QWidget):
    continue_issue = Signal(int)  # open this draft / approved goods issue on the issuing page
    open_count = Signal(int)  # show this stock count on the stock opname page

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dirty = True
        self._keys: list[register.RegisterKey] = []
        layout = page_layout(self, self.tr("Documents"),
                             self.tr("Every receipt, goods issue, transfer, count and cancellation. Open a "
                                     "document to see its lines; reprint, approve, post or cancel it here."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Number…"))
        self.search.setAccessibleName(self.tr("Number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Type"))
        self.type.addItem(self.tr("All types"), None)
        for key in register.TYPES:
            self.type.addItem(columns.document_type(key), key)
        short_combo(self.type)
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("State"))
        self.state.addItem(self.tr("All states"), None)
        for key in register.STATES:
            self.state.addItem(columns.register_state(key), key)
        short_combo(self.state)
        self.start = OptionalDateEdit(self.tr("any date"))
        self.start.setAccessibleName(self.tr("From"))
        self.end = OptionalDateEdit(self.tr("any date"))
        self.end.setAccessibleName(self.tr("To"))
        self.partner = QComboBox()
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.partner.lineEdit().setPlaceholderText(self.tr("Any partner"))
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setMinimumContentsLength(12)
        self.partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.partner.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.clear_button = QPushButton(self.tr("Clear filter"))
        self.clear_button.clicked.connect(self.clear_filter)
        from_label, to_label = QLabel(self.tr("&Dated from")), QLabel(self.tr("t&o"))
        from_label.setBuddy(self.start)
        to_label.setBuddy(self.end)
        self.search.setMinimumWidth(120)
        layout.addLayout(toolbar_row(self.search, self.type, self.state, self.partner))
        layout.addLayout(toolbar_row(from_label, self.start, to_label, self.end, self.clear_button, None))
        self.partner.setMinimumContentsLength(16)

        self.model = LazyTableModel(columns.register_columns(), parent=self)
        self.view = table_view(self.model)
        size_columns(self.view, {0: 178, 1: 108, 2: 88, 3: 100, 5: 110, 6: 48}, stretch=4)
        self.view.doubleClicked.connect(lambda _: self.open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.open_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.view, 1)
        self.feedback = MessageBar(self)
        layout.addWidget(self.feedback)

        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        self.open_button = QPushButton(self.tr("Open"))
        self.continue_button = QPushButton(self.tr("Continue draft"))
        self.continue_button.setToolTip(self.tr("Open the goods issue on the issuing page to change or pick it"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.post_button = QPushButton(self.tr("Post"))
        self.print_button = QPushButton(self.tr("Print"))
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.cancel_button = QPushButton(self.tr("Cancel document…"))
        self.cancel_button.setToolTip(self.tr("Cancel a posted document with a reversal: its number stays, "
                                              "marked BATAL"))
        self.open_button.clicked.connect(self.open_selected)
        self.continue_button.clicked.connect(self.continue_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.post_button.clicked.connect(self.post_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        layout.addLayout(toolbar_row(self.count_label, None, self.open_button, self.continue_button,
                                     self.approve_button, self.post_button, self.print_button, self.cancel_button))

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _: self._timer.start())
        for combo in (self.type, self.state):
            combo.currentIndexChanged.connect(lambda _: self.load())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _: self._timer.start())
        self.partner.activated.connect(lambda _: self.load())
        self.partner.lineEdit().editingFinished.connect(self.load)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._partners_loaded = False
        self._update_buttons()

    # --- data ------------------------------------------------------------------------------
    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if not changes or changes & {DOCUMENTS, COUNTS, STOCK}:
            self._dirty = True
            if self.isVisible():
                self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._partners_loaded:
            self._load_partners()
        if self._dirty:
            self.load()

    def _load_partners(self) -> None:
        self._partners_loaded = True
        rows = self.ops.read(partners.list_partners).value or []
        current = self.partner.currentText()
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem("", None)
        for row in rows:
            if row.kind in ("donor", "recipient"):
                self.partner.addItem(f"{row.name} ({row.code})", row.code)
        self.partner.setCurrentText(current)
        self.partner.blockSignals(False)

    def partner_code(self) -> str | None:
        text = self.partner.currentText().strip()
        if not text:
            return None
        index = self.partner.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return self.partner.itemData(index)
        return text

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(type=self.type.currentData(), state=self.state.currentData(), start=self.start.value(),
                              end=self.end.value(), partner=self.partner_code(),
                              search=self.search.text().strip() or None)

    def load(self) -> None:
        self._dirty = False
        selected = self.selected()
        result = self.ops.read(register.register_keys, self.current_filter())
        if not result.ok:
            self.feedback.wrong(result.message)
            self._keys = []
        else:
            if self.feedback.kind == "wrong":
                self.feedback.clear()
            self._keys = result.value
        self.model.set_source(self.fetch)
        self.count_label.setText(self.tr("%1 documents").replace("%1", fmt_int(len(self._keys))))
        if selected is not None:
            self.select(selected.key)

    def fetch(self, offset: int, limit: int):
        return self.ops.read(register.register_rows, self._keys[offset:offset + limit]).value or []

    def show_filter(self, *, type: str | None = None, state: str | None = None, partner: str | None = None,
                    search: str = "") -> None:
        """Show one slice of the register (the dashboard's "drafts waiting" link)."""
        for widget in (self.type, self.state, self.search, self.start, self.end):
            widget.blockSignals(True)
        self.type.setCurrentIndex(max(0, self.type.findData(type)))
        self.state.setCurrentIndex(max(0, self.state.findData(state)))
        self.search.setText(search)
        self.start.clear_value()
        self.end.clear_value()
        self.partner.setCurrentText("")
        if partner:
            index = self.partner.findData(partner)
            self.partner.setCurrentText(self.partner.itemText(index) if index >= 0 else partner)
        for widget in (self.type, self.state, self.search, self.start, self.end):
            widget.blockSignals(False)
        self.load()

    def clear_filter(self) -> None:
        self.show_filter()

    def select(self, key: register.RegisterKey) -> bool:
        if key not in self._keys:
            return False
        position = self._keys.index(key)
        while self.model.rowCount() <= position and self.model.canFetchMore():
            self.model.fetchMore()
        for i, row in enumerate(self.model.rows()):
            if row.key == key:
                self.view.selectRow(i)
                self.view.scrollTo(self.model.index(i, 0))
                return True
        return False

    def select_number(self, number: str) -> bool:
        found = self.ops.read(register.find, number)
        return found.ok and self.select(found.value.key)

    def selected(self) -> register.RegisterRow | None:
        indexes = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row(indexes[0]) if indexes else None

    def _update_buttons(self) -> None:
        row = self.selected()
        is_issue = row is not None and row.type == "issue"
        self.open_button.setEnabled(row is not None)
        self.continue_button.setEnabled(is_issue and row.state in ("draft", "approved")
                                        and self.ops.can("issue.draft"))
        self.approve_button.setEnabled(is_issue and row.state == "draft" and self.ops.can("issue.approve"))
        self.post_button.setEnabled(is_issue and row.state == "approved" and self.ops.can("issue.post"))
        self.cancel_button.setEnabled(row is not None and register.cancellable(row)
                                      and self.ops.can("document.cancel"))
        self.print_menu.clear()
        for kind, number in (register.papers(row) if row is not None else ()):
            action = QAction(paper_name(kind), self.print_menu)
            action.triggered.connect(lambda _=False, k=kind, n=number: self.print_paper(k, n))
            self.print_menu.addAction(action)
            if kind == "waybill":
                action = QAction(paper_name(kind, copies=True), self.print_menu)
                action.triggered.connect(lambda _=False, n=number: self.print_paper("waybill", n, copies=True))
                self.print_menu.addAction(action)
        self.print_button.setEnabled(not self.print_menu.isEmpty())

    # --- actions ---------------------------------------------------------------------------
    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.kind == register.COUNT:
            self.open_count.emit(row.id)
            return
        from ui.dialogs.document_detail import DocumentDialog

        dialog = DocumentDialog(self.ops, row, parent=self)
        dialog.print_requested.connect(self.print_paper)
        dialog.open()

    def continue_selected(self) -> None:
        row = self.selected()
        if row is not None and row.type == "issue" and row.state in ("draft", "approved"):
            self.continue_issue.emit(row.id)

    def approve_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        result = self.ops.execute(issues.approve_issue, row.id, changes={DOCUMENTS}, parent=self)
        if result.ok:
            self.feedback.ok(self.tr("Goods issue #%1 approved: it can be posted now.").replace("%1", str(row.id)))
            self.select(row.key)
        else:
            self.feedback.wrong(result.message)

    def post_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        result = self.ops.execute(issues.post_issue, row.id, changes={DOCUMENTS, STOCK}, parent=self)
        if not result.ok:
            self.feedback.wrong(result.message)
            return
        number = result.value.number
        self.feedback.ok(self.tr("Goods issue posted: surat jalan %1.").replace("%1", number))
        self.select(row.key)
        self.print_paper("waybill", number, copies=True)

    def print_paper(self, kind: str, number: str, copies: bool = False) -> None:
        self.last_print = (kind, number, copies)
        self.preview = None
        open_paper(self.ops, kind, number, self, copies=copies, on_shown=self._paper_shown)

    def _paper_shown(self, dialog, result) -> None:
        self.preview = dialog
        if not result.ok:
            self.feedback.wrong(result.message)

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None or not register.cancellable(row):
            return
        from gudang.services.cancel import cancel_document

        dialog = ReasonDialog(
            self.tr("Cancel %1").replace("%1", row.number),
            self.tr("Cancel %1 (%2 of %3)? A cancellation document reverses its stock moves; the number "
                    "stays on record, marked BATAL. Why is it cancelled?").replace("%1", row.number)
            .replace("%2", columns.document_type(row.type)).replace("%3", columns.fmt_date(row.date)),
            lambda reason: self.ops.execute(cancel_document, row.number, reason, changes={DOCUMENTS, STOCK},
                                            parent=self),
            ok_text=self.tr("Cancel document"), placeholder=self.tr("e.g. wrong recipient, entered twice"),
            parent=self)
        self.cancel_dialog = dialog
        dialog.accepted.connect(lambda: self._cancelled(row, dialog.result_value))
        dialog.open()

    def _cancelled(self, row, cancellation) -> None:
        self.feedback.ok(self.tr("%1 cancelled by %2.").replace("%1", row.number).replace("%2", cancellation.number))
        self.select(row.key)
