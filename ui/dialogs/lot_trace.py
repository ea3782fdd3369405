"""Where a lot came from (donor, receipt) and every recipient it went to."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gudang.services import queries
from ui.i18n import fmt_date, fmt_number
from ui.models import columns
from ui.models.table import LazyTableModel, list_source
from ui.geometry import fit_to_screen
from ui.operations import Operations
from ui.pages import section_title, size_columns, table_view


class LotTraceDialog(QDialog):
    def __init__(self, ops: Operations, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Trace of lot %1").replace("%1", code))
        fit_to_screen(self, QSize(960, 540), parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        self.trace = ops.query(queries.trace_lot, code)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        self.fields: dict[str, QLabel] = {}
        t = self.trace

        def add(key: str, label: str, value: str) -> None:
            widget = QLabel(value)
            widget.setWordWrap(True)
            self.fields[key] = widget
            form.addRow(label, widget)

        if t is not None:
            add("item", self.tr("Item"), f"{t.sku} — {t.item}")
            add("lot", self.tr("Lot"), f"{t.lot or '—'}  ·  {self.tr('label')} {t.barcode}")
            add("expiry", self.tr("Expiry"), fmt_date(t.expiry) or self.tr("no expiry"))
            add("donor", self.tr("Donor"), f"{t.donor_name} ({t.donor})" if t.donor else "—")
            add("receipt", self.tr("Received"), f"{fmt_date(t.received)}  ·  {t.receipt or '—'}")
            add("status", self.tr("Status"), columns.lot_status(t.status))
            add("on_hand", self.tr("On hand now"), fmt_number(t.on_hand))
        layout.addLayout(form)
        layout.addWidget(section_title(self.tr("Issued to")))
        self.model = LazyTableModel(columns.trace_columns(), parent=self)
        self.view = table_view(self.model)
        # the number fits in 175 px; the recipient (posko names run to 50 characters) takes the rest
        size_columns(self.view, {0: 175, 1: 95, 3: 80, 4: 95}, stretch=2)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.label_button = buttons.addButton(self.tr("Print lot label…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.label_button.clicked.connect(lambda: self.print_label())
        self.label_button.setEnabled(t is not None)
        layout.addWidget(buttons)
        self.model.set_source(list_source(t.issues if t else ()))
        self.model.fetch_all()

    def print_label(self, template: str = "thermal-100x50") -> None:
        if self.trace is None:
            return
        from gudang.reports import printing  # lazily: ReportLab is heavy
        from ui.pdf_preview import show_pdf

        code = self.trace.barcode
        pdf = self.ops.query(printing.labels_pdf, template, lots=(code,), parent=self)
        show_pdf(pdf, self.tr("Label %1").replace("%1", code), f"label-{code}.pdf", parent=self)
