"""Kartu stok: the ledger of one item (or one lot) with its running balance."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gudang.services import catalogue, queries
from ui.i18n import fmt_number
from ui.models import columns
from ui.models.table import LazyTableModel, list_source
from ui.geometry import fit_to_screen
from ui.operations import Operations
from ui.pages import size_columns, table_view


class StockCardDialog(QDialog):
    def __init__(self, ops: Operations, sku: str, lot: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.sku = sku
        self.setWindowTitle(self.tr("Stock card %1").replace("%1", sku))
        fit_to_screen(self, QSize(980, 560), parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        form = QFormLayout()
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.opening_label = QLabel()
        self.closing_label = QLabel()
        self.closing_label.setStyleSheet("font-weight: 600;")
        form.addRow(self.tr("Item"), self.item_label)
        if lot:
            form.addRow(self.tr("Lot"), QLabel(lot))
        form.addRow(self.tr("Opening balance"), self.opening_label)
        form.addRow(self.tr("Balance now"), self.closing_label)
        layout.addLayout(form)
        self.model = LazyTableModel(columns.card_columns(), parent=self)
        self.view = table_view(self.model)
        size_columns(self.view, {0: 95, 1: 190, 2: 110, 4: 110, 5: 90, 6: 80, 7: 80, 8: 90}, stretch=3)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(self.tr("The kartu stok as PDF, to print or save"))
        self.print_button.clicked.connect(self.print_card)
        layout.addWidget(buttons)
        self.lot = lot

        items = ops.query(catalogue.list_items, sku, quiet=True) or []
        item = next((i for i in items if i.sku == sku), None)
        unit = item.unit if item else ""
        self.item_label.setText(f"{sku} — {item.name} ({unit})" if item else sku)
        result = ops.query(queries.stock_card, sku, lot=lot)
        opening, rows = result if result is not None else (0, [])
        self.rows = rows
        self.opening_label.setText(f"{fmt_number(opening)} {unit}")
        closing = rows[-1].balance if rows else opening
        self.closing_label.setText(f"{fmt_number(closing)} {unit}")
        self.model.set_source(list_source(rows))
        self.model.fetch_all()
        if rows:
            self.view.scrollToBottom()

    def print_card(self) -> None:
        """The kartu stok as PDF, made in the background (a long ledger takes a moment)."""
        from gudang.reports import printing  # lazily: ReportLab is heavy
        from ui.pdf_preview import show_pdf

        title = self.tr("Stock card %1").replace("%1", self.sku)
        self.preview = None

        def shown(result) -> None:
            if result.ok:
                self.preview = show_pdf(result.value, title, f"kartu-stok-{self.sku}.pdf", parent=self)

        self.ops.submit(printing.stock_card_pdf, self.sku, lot=self.lot, done=shown, as_user=False, parent=self,
                        label=self.tr("Preparing %1…").replace("%1", title))
