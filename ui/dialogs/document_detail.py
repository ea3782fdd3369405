"""One document from the register: its header and lines, and its papers to print."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QLabel, QMenu, QVBoxLayout, QWidget,
)

from gudang.services import register
from ui.i18n import fmt_date, fmt_number
from ui.models import columns
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import Operations
from ui.pages import size_columns, table_view
from ui.geometry import fit_to_screen
from ui.printing import paper_name
from ui.widgets.message import MessageBar


def detail_columns() -> list[Column]:
    from PySide6.QtCore import QCoreApplication


    return [
        Column(QCoreApplication.translate("DocumentDialog", "No"), lambda r: r.line_no, numeric=True),
        Column(QCoreApplication.translate("DocumentDialog", "SKU"), lambda r: r.sku),
        Column(QCoreApplication.translate("DocumentDialog", "Item"), lambda r: r.item, tooltip=lambda r: r.item),
        Column(QCoreApplication.translate("DocumentDialog", "Lot"), lambda r: r.lot or r.barcode or "", tooltip=lambda r: r.barcode),
        Column(QCoreApplication.translate("DocumentDialog", "Expiry"), lambda r: r.expiry, text=fmt_date),
        Column(QCoreApplication.translate("DocumentDialog", "Quantity"), lambda r: r.qty, text=fmt_number, numeric=True),
        Column(QCoreApplication.translate("DocumentDialog", "Unit"), lambda r: r.unit),
        Column(QCoreApplication.translate("DocumentDialog", "From"), lambda r: r.from_location or ""),
        Column(QCoreApplication.translate("DocumentDialog", "To"), lambda r: r.to_location or ""),
        Column(QCoreApplication.translate("DocumentDialog", "Remark"), lambda r: " · ".join(x for x in (columns.condition_text(r.condition), r.remark) if x),
               tooltip=lambda r: r.remark),
    ]


class DocumentDialog(QDialog):
    print_requested = Signal(str, str, bool)  # kind, number, copies

    def __init__(self, ops: Operations, row: register.RegisterRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.row = row
        self.setWindowTitle(self.tr("%1 %2").replace("%1", columns.document_type(row.type)).replace("%2", row.label))
        fit_to_screen(self, QSize(1000, 640), parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        self.message = MessageBar(self)
        result = ops.read(register.document_detail, row.key)
        detail = result.value
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        fields = [
            (self.tr("Number"), row.label),
            (self.tr("Date"), fmt_date(row.date)),
            (self.tr("State"), columns.register_state(row.state)),
            (self.tr("Partner"), f"{row.partner_name} ({row.partner})" if row.partner else ""),
            (self.tr("Event"), row.event or ""),
            (self.tr("Reference"), row.reverses or row.reference or ""),
            (self.tr("Destination"), row.destination or ""),
            (self.tr("Vehicle / driver"), " · ".join(x for x in (detail.vehicle, detail.driver) if x) if detail else ""),
            (self.tr("Made by"), row.created_by or ""),
            (self.tr("Approved by"), row.approved_by or ""),
            (self.tr("Posted by"), row.posted_by or ""),
            (self.tr("Cancelled by"), row.cancelled_by or ""),
            (self.tr("Reason"), row.reason or ""),
            (self.tr("Notes"), (detail.notes or "") if detail else ""),
        ]
        shown = [(label, value) for label, value in fields if value]
        half = (len(shown) + 1) // 2
        for i, (label, value) in enumerate(shown):
            r, c = (i, 0) if i < half else (i - half, 2)
            name = QLabel(label)
            name.setObjectName("Muted")
            text = QLabel(value)
            text.setWordWrap(True)
            grid.addWidget(name, r, c)
            grid.addWidget(text, r, c + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        self.model = LazyTableModel(detail_columns(), parent=self)
        self.view = table_view(self.model)
        size_columns(self.view, {0: 40, 1: 100, 3: 110, 4: 90, 5: 80, 6: 70, 7: 90, 8: 90, 9: 120}, stretch=2)
        self.model.set_source(list_source(detail.lines if detail else ()))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        if not result.ok:
            self.message.wrong(result.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.print_button = buttons.addButton(self.tr("Print"), QDialogButtonBox.ButtonRole.ActionRole)
        menu = QMenu(self.print_button)
        for kind, number in register.papers(row):
            menu.addAction(paper_name(kind), lambda k=kind, n=number: self.print_requested.emit(k, n, False))
            if kind == "waybill":
                menu.addAction(paper_name(kind, copies=True),
                               lambda n=number: self.print_requested.emit("waybill", n, True))
        self.print_button.setMenu(menu)
        self.print_button.setVisible(not menu.isEmpty())
        layout.addWidget(buttons)
        self.view.setFocus()
