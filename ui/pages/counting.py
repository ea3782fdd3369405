"""Stock opname: start a count, scan bins then lots (or type how many), the variance
list, recount, post with a reason per variance, print the berita acara.

Counting by quantity: a lot label counts one unit; type a number and Enter
right after it and that scan counts that many instead ("scan the stack's
label, type 40"); a GS1 code with a quantity counts it at once. Double-click a
line's Counted cell to type the whole line's count. Ctrl+Z takes back your
last scan. Everything goes through gudang.services.counts (one small
transaction per scan, so several counters can work at once). In a blind count
a counter sees what they counted, never the books; the head of warehouse ticks
"Variances" to see expected vs counted. Posting first shows the variances and
asks a reason for each.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from gudang.domain.errors import GudangError, InvalidState, NotFound
from gudang.domain.numbers import format_decimal, parse_decimal
from gudang.services import counts
from ui import style
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import COUNTS, DOCUMENTS, STOCK, OpResult
from ui.pages import size_columns, table_view
from ui.pages.scan_common import scan_layout
from ui.geometry import fit_to_screen
from ui.printing import open_paper
from ui.widgets.feedback import FeedbackBanner
from ui.widgets.forms import ReasonDialog
from ui.widgets.message import MessageBar
from ui.widgets.scan_field import ScanField

COUNTED_COLUMN = 5
_QUANTITY = re.compile(r"^[0-9][0-9.,]{0,11}$")


def _qty(value) -> str:
    return "" if value is None else format_decimal(value)


def _signed(value) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + format_decimal(value)


def _difference_fg(line):
    if not line.difference:
        return None
    return style.EXPIRED_FG if line.difference < 0 else style.WARN_FG


def count_columns(page: "CountingPage") -> list[Column]:

    return [
        Column(QCoreApplication.translate("CountingPage", "Bin"), lambda r: r.location,
               icon=lambda r: style.icon("warn") if r.recount and r.round > 1 else None,
               tooltip=lambda r: QCoreApplication.translate("CountingPage", "count this line again (round %1)").replace("%1", str(r.round))
               if r.recount and r.round > 1 else None),
        Column(QCoreApplication.translate("CountingPage", "SKU"), lambda r: r.sku),
        Column(QCoreApplication.translate("CountingPage", "Item"), lambda r: f"{r.item} · {r.unit}", tooltip=lambda r: f"{r.item} ({r.unit})"),
        Column(QCoreApplication.translate("CountingPage", "Lot"), lambda r: r.lot or r.barcode, tooltip=lambda r: r.barcode),
        Column(QCoreApplication.translate("CountingPage", "Books"), lambda r: r.expected, text=_qty, numeric=True),
        Column(QCoreApplication.translate("CountingPage", "Counted"), lambda r: r.counted, text=_qty, numeric=True, bold=True,
               tooltip=lambda r: QCoreApplication.translate("CountingPage", "Counted by %1 (%2 entries). Double-click to type the count.")
               .replace("%1", ", ".join(r.counted_by) or "-").replace("%2", str(r.scans)),
               editable=page.may_type),
        Column(QCoreApplication.translate("CountingPage", "Difference"), lambda r: r.difference, text=_signed, numeric=True, foreground=_difference_fg),
        Column(QCoreApplication.translate("CountingPage", "Reason"), lambda r: r.reason or "", tooltip=lambda r: r.reason or None),
    ]


class CountDelegate(QStyledItemDelegate):
    """Opens a line editor on the Counted cell and hands what was typed to the page (the model
    only displays: the page saves it through the counts service and reloads)."""

    def __init__(self, commit, parent=None) -> None:
        super().__init__(parent)
        self.commit = commit

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:
        self.commit(index.row(), editor.text())


class CountingPage(QWidget):
    posted = Signal(str)  # the count's number

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.view_data: counts.CountView | None = None
        self.last_lot: counts.ScanOutcome | None = None  # a typed number amends this scan
        self.shown_closed: int | None = None  # a posted/cancelled count opened from the register
        self._own_change = False  # a scan of this page under way: it reloads the count itself
        layout = scan_layout(self, self.tr("Stock opname"))

        start = QGroupBox(self.tr("New count"), self)
        row = QHBoxLayout(start)
        row.setContentsMargins(10, 6, 10, 6)
        self.bins = QLineEdit(start)
        self.bins.setPlaceholderText(self.tr("Bins, e.g. A-01, A-02"))
        self.bins.setAccessibleName(self.tr("Bins"))
        self.category = QLineEdit(start)
        self.category.setPlaceholderText(self.tr("Category (optional)"))
        self.category.setAccessibleName(self.tr("Category"))
        self.blind = QCheckBox(self.tr("Blind count"), start)
        self.blind.setToolTip(self.tr("Counters do not see what the books say"))
        self.blind.setChecked(True)
        self.start_button = QPushButton(self.tr("Start count"), start)
        self.start_button.clicked.connect(self.start)
        bins_label = QLabel(self.tr("&Bins:"), start)
        bins_label.setBuddy(self.bins)
        for widget in (bins_label, self.bins, self.category, self.blind, self.start_button):
            row.addWidget(widget)
        row.setStretch(1, 2)
        row.setStretch(2, 1)
        layout.addWidget(start)
        start.setVisible(ops.can("count.start"))

        row = QHBoxLayout()
        count_label = QLabel(self.tr("&Count:"), self)
        row.addWidget(count_label)
        self.count = QComboBox(self)
        self.count.setAccessibleName(self.tr("Count"))
        count_label.setBuddy(self.count)
        self.count.setMinimumContentsLength(20)
        self.count.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count.currentIndexChanged.connect(lambda *_: self.load())
        row.addWidget(self.count, 1)
        self.variances = QCheckBox(self.tr("Variances only"), self)
        self.variances.setToolTip(self.tr("Show the books and only the lines that differ"))
        self.variances.setVisible(ops.can("count.post"))
        self.variances.toggled.connect(lambda *_: self.load())
        self.recount_only = QCheckBox(self.tr("To recount"), self)
        self.recount_only.setToolTip(self.tr("Only the lines to count again in this round"))
        self.recount_only.toggled.connect(lambda *_: self.load())
        row.addWidget(self.variances)
        row.addWidget(self.recount_only)
        layout.addLayout(row)

        self.scan = ScanField(self)
        self.scan.setPlaceholderText(self.tr("Scan a bin, then lot labels; a number + Enter = how many that "
                                             "scan was (F2)"))
        self.scan.scanned.connect(self.handle_scan)
        self.feedback = FeedbackBanner(self)
        self.undo_button = QPushButton(self.tr("&Undo last scan"), self)
        self.undo_button.setToolTip(self.tr("Take back your last scan or typed count (Ctrl+Z)"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.undo_button)
        layout.addLayout(scan_row)
        layout.addWidget(self.feedback)

        self.status = QLabel(self)
        self.status.setObjectName("Muted")
        layout.addWidget(self.status)
        self.model = LazyTableModel(count_columns(self), parent=self)
        self.table = table_view(self.model)
        self.table.setAccessibleName(self.tr("Count lines"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.delegate = CountDelegate(self.type_count, self.table)
        self.table.setItemDelegateForColumn(COUNTED_COLUMN, self.delegate)
        # The item takes the room left; every other column at least as wide as its header.
        size_columns(self.table, {0: 80, 1: 90, 3: 95, 4: 70, 5: 72, 6: 72, 7: 110}, stretch=2)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.recount_button = QPushButton(self.tr("&Recount variances"), self)
        self.cancel_button = QPushButton(self.tr("Cancel count…"), self)
        self.print_button = QPushButton(self.tr("&Print berita acara"), self)
        self.post_button = QPushButton(self.tr("P&ost count…"), self)
        self.post_button.setObjectName("Primary")
        self.undo_button.clicked.connect(self.undo)
        self.recount_button.clicked.connect(self.recount)
        self.cancel_button.clicked.connect(self.cancel_count)
        self.post_button.clicked.connect(self.post)
        self.print_button.clicked.connect(self.print_report)
        row.addStretch(1)
        for button in (self.recount_button, self.cancel_button, self.print_button, self.post_button):
            row.addWidget(button)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.scan.installEventFilter(self)  # Ctrl+Z in the scan field undoes the scan, not the typing
        self.scan.keep_focus_in(self, [self.table])
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scan and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.matches(QKeySequence.StandardKey.Undo):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # deliver it as a key press, handled below
            else:
                self.undo()  # the last scan, not the line edit's typing
            return True
        return super().eventFilter(watched, event)

    # --- data ------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.count.currentData()

    def may_type(self, line) -> bool:
        view = self.view_data
        return bool(view and view.state == "open" and line.recount and self.ops.can("count.scan"))

    def _counting(self, service, *args):
        """A scan, an amended or typed count, an undo: the list of counts stays as it is and the
        page reloads the count once itself afterwards, where `refresh` would read both again
        (a scan cost 17 round trips over the office link, issue 15)."""
        self._own_change = True
        try:
            return self.ops.execute(service, *args, changes={COUNTS}, parent=self)
        finally:
            self._own_change = False

    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if self._own_change or (changes and not changes & {COUNTS, STOCK}):
            return
        wanted = self.current_id()
        rows = self.ops.read(counts.list_counts, "open").value or []
        self.count.blockSignals(True)
        self.count.clear()
        for row in rows:
            self.count.addItem(self._count_text(row), row.id)
        if self.shown_closed is not None and self.count.findData(self.shown_closed) < 0:
            closed = self.ops.read(counts.list_counts).value or []
            for row in closed:
                if row.id == self.shown_closed:
                    self.count.addItem(self._count_text(row), row.id)
        index = self.count.findData(wanted)
        self.count.setCurrentIndex(index if index >= 0 else (0 if self.count.count() else -1))
        self.count.blockSignals(False)
        self.load()

    def _count_text(self, row) -> str:
        text = f"{row.number} — {', '.join(row.locations)}"
        if row.blind:
            text += " " + self.tr("(blind)")
        if row.state != "open":
            text += " — " + (self.tr("posted") if row.state == "posted" else self.tr("cancelled"))
        return text

    def show_count(self, count_id: int) -> None:
        """Show a count (also a posted or cancelled one, opened from the register)."""
        self.shown_closed = count_id
        self.refresh()
        self.count.setCurrentIndex(self.count.findData(count_id))

    def load(self) -> None:
        count_id = self.current_id()
        self.view_data = None
        if count_id is not None:
            result = self.ops.read(counts.show_count, self.ops.actor, count_id, variances=self.variances.isChecked())
            if result.ok:
                self.view_data = result.value
            else:
                self.feedback.wrong(result.message)
        view = self.view_data
        lines = list(view.lines) if view else []
        if self.recount_only.isChecked() and view is not None:
            lines = [line for line in lines if line.recount]
        self.model.set_source(list_source(lines))
        self.model.fetch_all()
        if view is None:
            self.status.setText(self.tr("No open count: start one above.") if self.ops.can("count.start")
                                else self.tr("No open count."))
        else:
            text = self.tr("%1, round %2: %3 lines").replace("%1", view.number).replace(
                "%2", str(view.round)).replace("%3", str(len(lines)))
            if view.expected_hidden:
                text += " " + self.tr("(blind: the books are hidden)")
            if view.state != "open":
                text += " — " + (self.tr("posted with %1").replace("%1", view.adjustment) if view.adjustment
                                 else self.tr("posted: no variance") if view.state == "posted"
                                 else self.tr("cancelled"))
            self.status.setText(text)
        hidden = bool(view and view.expected_hidden)
        self.table.setColumnHidden(4, hidden)
        self.table.setColumnHidden(6, hidden)
        is_open = view is not None and view.state == "open"
        self.scan.setEnabled(is_open)
        self.undo_button.setEnabled(is_open and self.ops.can("count.scan"))
        self.recount_button.setEnabled(is_open and self.ops.can("count.start"))
        self.cancel_button.setEnabled(is_open and self.ops.can("count.post"))
        self.post_button.setEnabled(is_open and self.ops.can("count.post"))
        self.print_button.setEnabled(view is not None and (not view.expected_hidden or view.state != "open"))

    def line_row(self, line_id: int) -> int:
        for i, line in enumerate(self.model.rows()):
            if line.id == line_id:
                return i
        return -1

    def _select_line(self, line_id: int | None) -> None:
        row = self.line_row(line_id) if line_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # --- actions -----------------------------------------------------------------------------
    def start(self) -> None:
        codes = [c.strip() for c in self.bins.text().replace(";", ",").split(",") if c.strip()]
        categories = [self.category.text().strip()] if self.category.text().strip() else []
        result = self.ops.execute(counts.start_count, codes, categories=categories, blind=self.blind.isChecked(),
                                  changes={COUNTS}, parent=self)
        if not result.ok:
            self.feedback.wrong(result.message or self.tr("The count was not started."))
            return
        self.bins.clear()
        self.category.clear()
        self.refresh()
        self.count.setCurrentIndex(self.count.findData(result.value.id))
        self.feedback.ok(self.tr("Count %1 started: scan a bin label.").replace("%1", result.value.number))
        self.scan.reclaim(force=True)

    @staticmethod
    def _as_quantity(raw: str) -> Decimal | None:
        """A typed number (how many the last scan was), or None for a code."""
        text = raw.strip()
        if not _QUANTITY.match(text):
            return None
        try:
            return parse_decimal(text)
        except GudangError:
            return None

    def handle_scan(self, raw: str) -> None:
        count_id = self.current_id()
        if count_id is None:
            self.feedback.wrong(self.tr("Start or choose a count first."))
            return
        quantity = self._as_quantity(raw) if self.last_lot is not None else None
        if quantity is not None:
            self._amend(count_id, quantity)
            return
        result = self._counting(counts.scan_count, count_id, raw)
        if not result.ok:
            kind = self.feedback.unknown if isinstance(result.error, NotFound) else self.feedback.wrong
            kind(result.message or self.tr("Not counted."))
            return
        outcome = result.value
        if outcome.kind == "bin":
            self.last_lot = None
            self.feedback.ok(self.tr("Bin %1: scan its lots.").replace("%1", outcome.location))
        else:
            self.last_lot = outcome
            self.feedback.ok(self._lot_text(outcome) + " " + self.tr("Type a number and Enter if that label "
                                                                   "stands for more."))
        self.load()
        self._select_line(outcome.line_id)

    def _lot_text(self, outcome: counts.ScanOutcome) -> str:
        text = self.tr("%1 lot %2 in %3: +%6, counted %4 %5").replace("%1", outcome.sku).replace(
            "%2", outcome.lot or outcome.barcode).replace("%3", outcome.location).replace(
            "%4", _qty(outcome.counted)).replace("%5", outcome.unit).replace("%6", _qty(outcome.qty))
        if outcome.new_line:
            text += " " + self.tr("(not expected in this bin)")
        return text

    def _amend(self, count_id: int, quantity: Decimal) -> None:
        result = self._counting(counts.amend_last_scan, count_id, quantity)
        if not result.ok:
            self.feedback.wrong(result.message)
            return
        self.last_lot = result.value
        self.feedback.ok(self._lot_text(result.value))
        self.load()
        self._select_line(result.value.line_id)

    def type_count(self, row: int, text: str) -> bool:
        """The Counted cell of `row` was typed over."""
        line = self.model.row(row)
        try:
            qty = parse_decimal(text) if text.strip() else None
        except GudangError as error:
            self.feedback.wrong(error.message)
            return False
        if qty is None:
            return False
        result = self._counting(counts.set_count, self.current_id(), line.id, qty)
        if not result.ok:
            self.feedback.wrong(result.message)
            return False
        self.last_lot = None
        self.feedback.ok(self.tr("%1 lot %2 in %3: counted %4 %5 (typed)").replace("%1", line.sku).replace(
            "%2", line.lot or line.barcode).replace("%3", line.location).replace("%4", _qty(qty)).replace(
            "%5", line.unit))
        self.load()
        self._select_line(line.id)
        return True

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(self.model.index(index.row(), COUNTED_COLUMN))

    def undo(self) -> None:
        count_id = self.current_id()
        if count_id is None:
            return
        result = self._counting(counts.undo_scan, count_id)
        if not result.ok:
            self.feedback.wrong(result.message)
            return
        out = result.value
        self.last_lot = None
        self.feedback.ok(self.tr("Taken back: %1 lot %2 in %3, %4. Counted now %5 %6.").replace("%1", out.sku)
                         .replace("%2", out.lot or out.barcode).replace("%3", out.location)
                         .replace("%4", _signed(out.qty)).replace("%5", _qty(out.counted)).replace("%6", out.unit))
        self.load()
        self._select_line(out.line_id)

    def recount(self) -> None:
        result = self.ops.execute(counts.recount, self.current_id(), changes={COUNTS}, parent=self)
        if not result.ok:
            self.feedback.wrong(result.message or self.tr("No recount."))
            return
        self.recount_only.setChecked(True)
        self.feedback.ok(self.tr("Round %1: count the marked lines again.").replace("%1", str(result.value.round)))
        self.load()

    def cancel_count(self) -> None:
        view = self.view_data
        if view is None:
            return
        dialog = ReasonDialog(
            self.tr("Cancel count %1").replace("%1", view.number),
            self.tr("Cancel stock count %1? Nothing is adjusted and its bins are free again; the count stays on "
                    "record. Why?").replace("%1", view.number),
            lambda reason: self.ops.execute(counts.cancel_count, view.id, reason, changes={COUNTS}, parent=self),
            ok_text=self.tr("Cancel count"), parent=self)
        self.cancel_dialog = dialog
        dialog.accepted.connect(lambda: (self.feedback.ok(self.tr("Count %1 cancelled.").replace("%1", view.number)),
                                         self.refresh()))
        dialog.open()

    def post(self) -> None:
        count_id = self.current_id()
        if count_id is None:
            return
        dialog = PostCountDialog(self.ops, count_id, parent=self)
        self.post_dialog = dialog
        dialog.accepted.connect(lambda: self._posted(dialog.result_value))
        dialog.open()

    def _posted(self, result: counts.PostedCount) -> None:
        self.last_posted = result
        if result.adjustment:
            text = self.tr("Count %1 posted; variances adjusted by %2.").replace("%1", result.number).replace(
                "%2", result.adjustment)
        else:
            text = self.tr("Count %1 posted: no variance.").replace("%1", result.number)
        self.feedback.ok(text, action=self.tr("Print berita acara"),
                         callback=lambda: self.print_report(result.id))
        self.posted.emit(result.number)
        self.shown_closed = result.id
        self.refresh()

    def print_report(self, count_id: int | None = None) -> None:
        count_id = count_id or self.current_id()
        view = self.view_data
        number = view.number if view is not None and view.id == count_id else None
        if number is None:
            found = self.ops.read(counts.show_count, self.ops.actor, count_id)
            if not found.ok:
                self.feedback.wrong(found.message)
                return
            number = found.value.number
        open_paper(self.ops, "count", number, self, on_shown=self._report_shown)

    def _report_shown(self, dialog, result: OpResult) -> None:
        self.preview = dialog
        if not result.ok:
            self.feedback.wrong(result.message)


class PostCountDialog(QDialog):
    """The variances of a count, a reason for each, and the confirmation to post them."""

    def __init__(self, ops, count_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.count_id = count_id
        self.result_value = None
        self.lines: list[counts.CountLineView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels([self.tr("Bin"), self.tr("SKU"), self.tr("Item"), self.tr("Lot"),
                                              self.tr("Books"), self.tr("Counted"), self.tr("Difference"),
                                              self.tr("Reason")])
        style.configure_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        size_columns(self.table, {0: 70, 1: 85, 3: 90, 4: 65, 5: 70, 6: 75, 7: 200}, stretch=2)
        layout.addWidget(self.table, 1)
        grid = QGridLayout()
        label = QLabel(self.tr("Reason for lines &without their own:"))
        self.common = QLineEdit()
        self.common.setPlaceholderText(self.tr("e.g. selisih hitung, rusak, hilang"))
        self.common.setAccessibleName(self.tr("Reason for lines without their own"))
        label.setBuddy(self.common)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.common, 0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.post_button = buttons.addButton(self.tr("Post adjustment"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.post_button.setObjectName("Primary")
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.post_button.clicked.connect(self.submit)
        back.clicked.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(900, 560), parent)
        self.load()

    def load(self) -> None:
        result = self.ops.read(counts.show_count, self.ops.actor, self.count_id, variances=True)
        view = result.value
        self.view_data = view
        if not result.ok:
            self.message.wrong(result.message)
            self.post_button.setEnabled(False)
            return
        self.setWindowTitle(self.tr("Post stock count %1").replace("%1", view.number))
        self.lines = list(view.variances)
        self.table.setRowCount(len(self.lines))
        self.reasons: list[QLineEdit] = []
        for r, line in enumerate(self.lines):
            for c, value in enumerate((line.location, line.sku, line.item, line.lot or line.barcode,
                                       _qty(line.expected), _qty(line.counted), _signed(line.difference))):
                cell = QTableWidgetItem(value)
                if c >= 4:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 6:
                    cell.setForeground(_difference_fg(line))
                self.table.setItem(r, c, cell)
            edit = QLineEdit(line.reason or "")
            edit.setAccessibleName(self.tr("Reason for %1 in %2").replace("%1", line.lot or line.barcode)
                                   .replace("%2", line.location))
            edit.setFrame(False)
            self.table.setCellWidget(r, 7, edit)
            self.reasons.append(edit)
        short = sum((-l.difference for l in self.lines if l.difference < 0), Decimal(0))
        found = sum((l.difference for l in self.lines if l.difference > 0), Decimal(0))
        if self.lines:
            text = self.tr("%1 of %2 lines differ from the books: %3 units short, %4 found. Posting writes one "
                           "adjustment document (PNY) that brings the books to what was counted. Give a reason "
                           "for each line.").replace("%1", str(len(self.lines))).replace(
                "%2", str(len(view.lines) if not view.expected_hidden else "?")).replace(
                "%3", format_decimal(short)).replace("%4", format_decimal(found))
            self.post_button.setText(self.tr("Post adjustment"))
        else:
            text = self.tr("Every line agrees with the books: posting closes the count without an adjustment.")
            self.post_button.setText(self.tr("Close count"))
        self.summary.setText(text)
        self.table.setVisible(bool(self.lines))
        (self.reasons[0] if self.reasons else self.post_button).setFocus()

    def reason_of(self, row: int) -> str:
        return self.reasons[row].text()

    def set_reason(self, row: int, text: str) -> None:
        self.reasons[row].setText(text)

    def submit(self) -> None:
        reasons = {line.id: edit.text().strip() for line, edit in zip(self.lines, self.reasons) if edit.text().strip()}
        confirmed = {line.id: line.difference for line in self.lines}
        result = self.ops.execute(counts.post_count, self.count_id, self.common.text().strip() or None,
                                  reasons=reasons, confirmed=confirmed, changes={COUNTS, STOCK, DOCUMENTS},
                                  parent=self)
        if result.ok:
            self.result_value = result.value
            self.accept()
            return
        if isinstance(result.error, InvalidState) and "changed" in (result.error.message_id or ""):
            kept = {line.id: edit.text() for line, edit in zip(self.lines, self.reasons)}
            self.load()
            for line, edit in zip(self.lines, self.reasons):
                edit.setText(kept.get(line.id, edit.text()))
        self.message.wrong(result.message)
        for line, edit in zip(self.lines, self.reasons):
            if not edit.text().strip() and not self.common.text().strip():
                edit.setFocus()
                break
