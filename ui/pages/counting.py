"""Stock opname: start a count, scan bins then lots, variance list, recount,
post with reasons, print the berita acara.

Everything goes through gudang.services.counts (one small transaction per
scan, so several counters can work at once on their own workstations). In a
blind count a counter sees what they counted, never the books; the head of
warehouse ticks "Variances" to see expected vs counted.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QWidget,
)

from gudang.domain.quantity import normalize
from gudang.services import counts
from ui.pages import size_columns
from ui.pages.scan_common import query, run, scan_layout
from ui.pdf_preview import show_pdf
from ui.widgets.feedback import FeedbackBanner
from ui.widgets.scan_field import ScanField

COUNTS, STOCK, DOCUMENTS = "counts", "stock", "documents"
REASON_COLUMN = 8


def _qty(value) -> str:
    return "" if value is None else str(normalize(value))


class CountingPage(QWidget):
    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.view: counts.CountView | None = None
        layout = scan_layout(self, self.tr("Stock opname"))

        start = QGroupBox(self.tr("New count"), self)
        row = QHBoxLayout(start)
        self.bins = QLineEdit(start)
        self.bins.setPlaceholderText(self.tr("Bins, e.g. A-01, A-02"))
        self.category = QLineEdit(start)
        self.category.setPlaceholderText(self.tr("Category (optional)"))
        self.blind = QCheckBox(self.tr("Blind count"), start)
        self.blind.setChecked(True)
        self.start_button = QPushButton(self.tr("Start count"), start)
        self.start_button.clicked.connect(self.start)
        for widget in (QLabel(self.tr("Bins:"), start), self.bins, self.category, self.blind, self.start_button):
            row.addWidget(widget)
        row.setStretch(1, 2)
        row.setStretch(2, 1)
        layout.addWidget(start)
        self.start_button.setEnabled(ops.can("count.start"))

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Open count:"), self))
        self.count = QComboBox(self)
        self.count.setMinimumContentsLength(30)
        self.count.currentIndexChanged.connect(lambda *_: self.load())
        row.addWidget(self.count, 1)
        self.variances = QCheckBox(self.tr("Variances (expected vs counted)"), self)
        self.variances.setVisible(ops.can("count.post"))
        self.variances.toggled.connect(lambda *_: self.load())
        row.addWidget(self.variances)
        layout.addLayout(row)

        self.scan = ScanField(self)
        self.scan.setPlaceholderText(self.tr("Scan a bin label, then the lot labels in it (F2)"))
        self.scan.scanned.connect(self.handle_scan)
        self.feedback = FeedbackBanner(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.feedback)

        self.status = QLabel(self)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 9, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Bin"), self.tr("SKU"), self.tr("Item"), self.tr("Lot"), self.tr("Books"),
            self.tr("Counted"), self.tr("Difference"), self.tr("Recount"), self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        # The item takes the room left; every other column at least as wide as its header.
        size_columns(self.table, {0: 80, 1: 110, 3: 105, 4: 80, 5: 80, 6: 80, 7: 60, 8: 140}, stretch=2)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason of the variances (for lines without their own)"))
        self.recount_button = QPushButton(self.tr("Recount variances"), self)
        self.post_button = QPushButton(self.tr("Post count"), self)
        self.print_button = QPushButton(self.tr("Print berita acara"), self)
        self.recount_button.clicked.connect(self.recount)
        self.post_button.clicked.connect(self.post)
        self.print_button.clicked.connect(self.print_report)
        row.addWidget(self.reason, 1)
        for button in (self.recount_button, self.post_button, self.print_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.scan.keep_focus_in(self, [self.table])
        self.refresh()

    # --- data ------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.count.currentData()

    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if changes and not changes & {COUNTS, STOCK}:
            return
        wanted = self.current_id()
        rows, _ = query(self.ops, counts.list_counts, "open")
        self.count.blockSignals(True)
        self.count.clear()
        for row in rows or []:
            text = f"{row.number} — {', '.join(row.locations)}"
            if row.blind:
                text += " " + self.tr("(blind)")
            self.count.addItem(text, row.id)
        index = self.count.findData(wanted)
        self.count.setCurrentIndex(index if index >= 0 else (0 if self.count.count() else -1))
        self.count.blockSignals(False)
        self.load()

    def load(self) -> None:
        count_id = self.current_id()
        self.view = None
        if count_id is not None:
            self.view, problem = query(self.ops, counts.show_count, self.ops.actor, count_id,
                                       variances=self.variances.isChecked())
            if self.view is None and problem:
                self.feedback.wrong(problem)
        view = self.view
        lines = view.lines if view else ()
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            values = [line.location, line.sku, line.item, line.lot or line.barcode, _qty(line.expected),
                      _qty(line.counted), _qty(line.difference), "\u2022" if line.recount and view.round > 1 else "",
                      line.reason or ""]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c != REASON_COLUMN:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c in (4, 5, 6):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setData(Qt.ItemDataRole.UserRole, line.id)
                self.table.setItem(r, c, cell)
        if view is None:
            self.status.setText(self.tr("No open count: start one above."))
        else:
            text = self.tr("%1, round %2: %3 lines").replace("%1", view.number).replace(
                "%2", str(view.round)).replace("%3", str(len(lines)))
            if view.expected_hidden:
                text += " " + self.tr("(blind: the books are hidden)")
            self.status.setText(text)
        self.table.setColumnHidden(4, bool(view and view.expected_hidden))
        self.table.setColumnHidden(6, bool(view and view.expected_hidden))
        has = view is not None
        self.recount_button.setEnabled(has and self.ops.can("count.start"))
        self.post_button.setEnabled(has and self.ops.can("count.post"))
        self.print_button.setEnabled(has and self.ops.can("count.post"))

    # --- actions -----------------------------------------------------------------------------
    def start(self) -> None:
        codes = [c.strip() for c in self.bins.text().replace(";", ",").split(",") if c.strip()]
        categories = [self.category.text().strip()] if self.category.text().strip() else []
        blind = self.blind.isChecked()
        result, problem = run(self.ops, partial(counts.start_count, categories=categories, blind=blind),
                              codes, changes={COUNTS}, parent=self)
        if result is None:
            self.feedback.wrong(problem or self.tr("The count was not started."))
            return
        self.bins.clear()
        self.category.clear()
        self.refresh()
        self.count.setCurrentIndex(self.count.findData(result.id))
        self.feedback.ok(self.tr("Count %1 started: scan a bin label.").replace("%1", result.number))
        self.scan.reclaim(force=True)

    def handle_scan(self, raw: str) -> None:
        count_id = self.current_id()
        if count_id is None:
            self.feedback.wrong(self.tr("Start or choose a count first."))
            return
        outcome, problem = run(self.ops, counts.scan_count, count_id, raw, changes={COUNTS}, parent=self)
        if outcome is None:
            kind = self.feedback.unknown if problem and ("unknown" in problem.lower()
                                                         or "tidak dikenal" in problem) else self.feedback.wrong
            kind(problem or self.tr("Not counted."))
            return
        if outcome.kind == "bin":
            self.feedback.ok(self.tr("Bin %1: scan its lots.").replace("%1", outcome.location))
        else:
            text = self.tr("%1 lot %2 in %3: counted %4 %5").replace("%1", outcome.sku).replace(
                "%2", outcome.lot or outcome.barcode).replace("%3", outcome.location).replace(
                "%4", _qty(outcome.counted)).replace("%5", outcome.unit)
            if outcome.new_line:
                text += " " + self.tr("(not expected in this bin)")
            self.feedback.ok(text)
        self.load()

    def recount(self) -> None:
        result, problem = run(self.ops, counts.recount, self.current_id(), changes={COUNTS}, parent=self)
        if result is None:
            self.feedback.wrong(problem or self.tr("No recount."))
            return
        self.feedback.ok(self.tr("Round %1: count the marked lines again.").replace("%1", str(result.round)))
        self.load()

    def line_reasons(self) -> dict[int, str]:
        reasons = {}
        for r in range(self.table.rowCount()):
            cell = self.table.item(r, REASON_COLUMN)
            if cell and cell.text().strip():
                reasons[cell.data(Qt.ItemDataRole.UserRole)] = cell.text().strip()
        return reasons

    def post(self) -> None:
        count_id = self.current_id()
        result, problem = run(self.ops, partial(counts.post_count, reasons=self.line_reasons()), count_id,
                              self.reason.text().strip() or None, changes={COUNTS, STOCK, DOCUMENTS},
                              parent=self)
        if result is None:
            self.feedback.wrong(problem or self.tr("The count was not posted."))
            return
        self.last_posted = result
        if result.adjustment:
            self.feedback.ok(self.tr("Count %1 posted; variances adjusted by %2.").replace(
                "%1", result.number).replace("%2", result.adjustment))
        else:
            self.feedback.ok(self.tr("Count %1 posted: no variance.").replace("%1", result.number))
        self.reason.clear()
        self.refresh()

    def report_pdf(self, count_id: int | None = None) -> bytes | None:
        from gudang.reports import operations_print

        count_id = count_id or self.current_id() or getattr(getattr(self, "last_posted", None), "id", None)
        if count_id is None:
            return None
        printed, problem = run(self.ops, operations_print.count_report_pdf, count_id, changes={DOCUMENTS},
                               parent=self)
        if printed is None:
            self.feedback.wrong(problem or self.tr("The document could not be made."))
            return None
        return printed.pdf

    def print_report(self) -> None:
        pdf = self.report_pdf()
        show_pdf(pdf, self.tr("Berita acara stock opname"), "stock-opname.pdf", self)
