"""Laporan: stock on hand, expiring lots, stock card and lot trace as tables, each
exportable to CSV (as shown on screen, for Excel: UTF-8 with BOM, `;` between
columns in Indonesian since the comma is the decimal sign); the 4W distribution,
donor accountability and stock position (mutasi) reports, each exportable to XLSX,
CSV and PDF (gudang.reports.exports); and the charts a cluster meeting looks at.

Every CSV cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`...)
is written as text (gudang.reports.exports.safe_text)."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from gudang.services import queries
from ui.i18n import fmt_date, fmt_int, fmt_number, language
from ui.models import columns
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import Operations
from ui.pages import BackgroundQuery, page_layout, size_columns, table_view, toolbar_row
from ui.widgets.column_room import ColumnRoom


def write_csv(model: LazyTableModel, path: str | Path) -> int:
    """Write every row of `model` as shown; returns the number of rows. Text that a
    spreadsheet would run as a formula is written as text; numbers stay numbers."""
    from gudang.reports.exports import safe_text

    model.fetch_all()
    delimiter = ";" if language() == "id" else ","
    numeric = [c.numeric for c in model.columns()]
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([safe_text(c.title) for c in model.columns()])
        for row in range(model.rowCount()):
            writer.writerow([model.text(row, column) if numeric[column] else safe_text(model.text(row, column))
                             for column in range(model.columnCount())])
    return model.rowCount()


def expiring_columns() -> list[Column]:
    return columns.stock_columns()


# The item's name takes the room left (240 px at least: it was squeezed to ~85 px once); on a
# narrow screen the date received, the barcode, the donor, the lot and the expiry date (the
# status still says the days left) step aside
# (ui.widgets.column_room) so that nothing scrolls sideways.
STOCK_WIDTHS = {0: 108, 2: 100, 3: 92, 4: 104, 5: 170, 6: 74, 7: 80, 8: 70, 9: 110, 10: 96}
STOCK_OPTIONAL = [10, 3, 9, 2, 4]
STOCK_MINIMUMS = {0: 96, 5: 150, 6: 76}  # SKU, status ("sisa 283 hari", "KEDALUWARSA"), bin readable


class ReportTab(QWidget):
    """A report: controls, Show, a table, Export CSV. Subclasses say what to ask
    (`request`) and how to show the answer (`show_result`); big answers (the whole
    stock at S=10 is 200,000 rows, seconds of work) come from a worker thread."""

    background = True  # the tests switch it off to stay synchronous

    def __init__(self, ops: Operations, name: str, cols, parent: QWidget | None = None, *,
                 widths: dict[int, int] | None = None, stretch: int | None = None,
                 optional: list[int | tuple[int, ...]] | None = None, stretch_want: int = 0,
                 minimums: dict[int, int] | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        self.controls = toolbar_row()
        layout.addLayout(self.controls)
        self.info = QLabel()
        self.info.setObjectName("Muted")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.model = LazyTableModel(cols, parent=self)
        self.view = table_view(self.model)
        self.room = None
        if optional:
            self.room = ColumnRoom(self.view, widths, stretch, optional, stretch_want, minimums)
        elif widths:
            size_columns(self.view, widths, stretch)
        layout.addWidget(self.view, 1)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("Primary")
        self.show_button.clicked.connect(self.run)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addLayout(toolbar_row(self.count_label, None, self.export_button))
        self.loader = BackgroundQuery(ops, self)
        self.loader.done.connect(self._loaded)
        self.loader.failed.connect(self._failed)

    def add_controls(self, *widgets) -> None:
        for widget in widgets:
            self.controls.addWidget(widget)
        self.controls.addWidget(self.show_button)
        self.controls.addStretch(1)

    def set_rows(self, rows) -> None:
        self.model.set_source(list_source(list(rows)))
        self.model.fetch_all(limit=400)  # the rest as the user scrolls
        self.count_label.setText(self.tr("%1 rows").replace("%1", fmt_int(len(rows))))
        self.export_button.setEnabled(bool(rows))

    def request(self):
        """(service, args, kwargs) to run for the current controls, or None."""
        raise NotImplementedError

    def show_result(self, result) -> None:
        self.set_rows(result)

    def run(self) -> None:
        request = self.request()
        if request is None:
            return
        service, args, kwargs = request
        if self.background:
            self.count_label.setText(self.tr("Loading…"))
            self.show_button.setEnabled(False)
            self.loader.start(service, *args, **kwargs)
            return
        result = self.ops.query(service, *args, parent=self, **kwargs)
        if result is not None:
            self.show_result(result)
        else:
            self.failed_result()

    def _loaded(self, result) -> None:
        self.show_button.setEnabled(True)
        self.show_result(result)

    def _failed(self, message: str) -> None:
        self.show_button.setEnabled(True)
        self.count_label.setText("")
        self.failed_result()
        self.info.setText(message)
        self.ops.failed.emit(message)

    def failed_result(self) -> None:
        pass

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), f"{self.name}.csv",
                                                  self.tr("CSV files (*.csv)"))
        if path:
            count = write_csv(self.model, path)
            self.count_label.setText(self.tr("%1 rows exported to %2").replace("%1", fmt_int(count))
                                     .replace("%2", Path(path).name))


class StockReport(ReportTab):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, "stok", columns.stock_columns(), parent, widths=STOCK_WIDTHS, stretch=1,
                         optional=STOCK_OPTIONAL, stretch_want=240,
                         minimums=STOCK_MINIMUMS)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Bin (all if empty)"))
        self.location.setAccessibleName(self.tr("Bin"))
        self.location.setMinimumWidth(220)  # the whole hint readable
        self.add_controls(self.location)

    def request(self):
        return queries.stock_on_hand, (), {"location": self.location.text().strip() or None}

    def show_result(self, rows) -> None:
        import datetime as dt
        from dataclasses import replace

        today = dt.date.today()
        self.set_rows([replace(r, days_left=(r.expiry - today).days if r.expiry else None) for r in rows])


class ExpiringReport(ReportTab):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, "kedaluwarsa", expiring_columns(), parent, widths=STOCK_WIDTHS, stretch=1,
                         optional=STOCK_OPTIONAL, stretch_want=240,
                         minimums=STOCK_MINIMUMS)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(90)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days ahead"))
        self.add_controls(QLabel(self.tr("Expiring within")), self.days)
        self.info.setText(self.tr("Expired lots are included."))

    def request(self):
        return queries.expiring, (self.days.value(),), {}


class CardReport(ReportTab):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, "kartu-stok", columns.card_columns(), parent,
                         widths={0: 95, 1: 200, 2: 110, 4: 120, 5: 90, 6: 90, 7: 90, 8: 100}, stretch=3)
        self.sku = QLineEdit()
        self.sku.setPlaceholderText(self.tr("SKU"))
        self.sku.setAccessibleName(self.tr("SKU"))
        self.lot = QLineEdit()
        self.lot.setPlaceholderText(self.tr("Lot (all if empty)"))
        self.lot.setAccessibleName(self.tr("Lot"))
        self.sku.setMinimumWidth(160)
        self.lot.setMinimumWidth(220)  # the whole hint readable
        self.sku.returnPressed.connect(self.run)
        self.add_controls(self.sku, self.lot)
        self.pdf_button = QPushButton(self.tr("Print…"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.print_card)
        self.controls.insertWidget(self.controls.count() - 1, self.pdf_button)

    def request(self):
        sku = self.sku.text().strip()
        if not sku:
            return None
        return queries.stock_card, (sku,), {"lot": self.lot.text().strip() or None}

    def failed_result(self) -> None:
        self.pdf_button.setEnabled(False)

    def show_result(self, result) -> None:
        opening, rows = result
        self.info.setText(self.tr("Opening balance %1").replace("%1", fmt_number(opening)))
        self.set_rows(rows)
        self.pdf_button.setEnabled(True)

    def print_card(self) -> None:
        from gudang.reports import printing
        from ui.pdf_preview import show_pdf

        sku = self.sku.text().strip()
        pdf = self.ops.query(printing.stock_card_pdf, sku, lot=self.lot.text().strip() or None, parent=self)
        show_pdf(pdf, self.tr("Stock card %1").replace("%1", sku), f"kartu-stok-{sku}.pdf", parent=self)


class TraceReport(ReportTab):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, "lacak-lot", columns.trace_columns(), parent,
                         widths={0: 220, 1: 100, 3: 100, 4: 110}, stretch=2)
        self.lot = QLineEdit()
        self.lot.setPlaceholderText(self.tr("Lot barcode or code"))
        self.lot.setAccessibleName(self.tr("Lot"))
        self.lot.setMinimumWidth(240)
        self.lot.returnPressed.connect(self.run)
        self.add_controls(self.lot)

    def request(self):
        code = self.lot.text().strip()
        return (queries.trace_lot, (code,), {}) if code else None

    def show_result(self, trace) -> None:
        donor = f"{trace.donor_name} ({trace.donor})" if trace.donor else "—"
        self.info.setText(self.tr("%1 — %2 · lot %3 · expiry %4 · donor %5 · received %6 (%7) · on hand %8")
                          .replace("%1", trace.sku).replace("%2", trace.item).replace("%3", trace.lot or trace.barcode)
                          .replace("%4", fmt_date(trace.expiry) or "—").replace("%5", donor)
                          .replace("%6", fmt_date(trace.received)).replace("%7", trace.receipt or "—")
                          .replace("%8", fmt_number(trace.on_hand)))
        self.set_rows(trace.issues)


class ReportsPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        layout = page_layout(self, self.tr("Reports"), self.tr("Choose a report, press Show, then export it "
                                                               "(CSV, XLSX or PDF) if needed."))
        self.tabs = QTabWidget()
        self.stock = StockReport(ops)
        self.expiring = ExpiringReport(ops)
        self.card = CardReport(ops)
        self.trace = TraceReport(ops)
        self.tabs.addTab(self.stock, self.tr("Stock on hand"))
        self.tabs.addTab(self.expiring, self.tr("Expiring"))
        self.tabs.addTab(self.card, self.tr("Stock card"))
        self.tabs.addTab(self.trace, self.tr("Lot trace"))
        from ui.pages.report_tabs import ChartsTab, DistributionReport, DonorReport, PositionReport

        self.distribution = DistributionReport(ops)
        self.donor = DonorReport(ops)
        self.position = PositionReport(ops)
        self.charts = ChartsTab(ops)
        self.tabs.addTab(self.distribution, self.tr("4W"))
        self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr("Distribution: who delivered what, where and when"))
        self.tabs.addTab(self.donor, self.tr("Donor"))
        self.tabs.addTab(self.position, self.tr("Position"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        layout.addWidget(self.tabs, 1)

    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        pass  # reports show what was asked when it was asked; Show again for fresh figures
