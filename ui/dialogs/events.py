"""Disaster events (kejadian bencana): the list and a form to add one.
Receipts and issues are tagged with an event, so reports can account per event."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget,
)

from gudang.services import partners
from ui.i18n import fmt_date
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import PARTNERS, Operations
from ui.pages import section_title, size_columns, table_view


def event_type(kind: str) -> str:
    return {
        "banjir": QCoreApplication.translate("Events", "flood"),
        "longsor": QCoreApplication.translate("Events", "landslide"),
        "karhutla": QCoreApplication.translate("Events", "forest and land fire"),
        "angin puting beliung": QCoreApplication.translate("Events", "whirlwind"),
        "gempa": QCoreApplication.translate("Events", "earthquake"),
        "kekeringan": QCoreApplication.translate("Events", "drought"),
        "kebakaran": QCoreApplication.translate("Events", "fire"),
        "lainnya": QCoreApplication.translate("Events", "other"),
    }.get(kind, kind)


def event_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Events", "Code"), lambda r: r.code),
        Column(QCoreApplication.translate("Events", "Name"), lambda r: r.name, tooltip=lambda r: r.area),
        Column(QCoreApplication.translate("Events", "Type"), lambda r: r.type, text=event_type),
        Column(QCoreApplication.translate("Events", "Start"), lambda r: r.start, text=fmt_date),
        Column(QCoreApplication.translate("Events", "End"), lambda r: r.end, text=fmt_date),
    ]


class EventsDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Disaster events"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        self.model = LazyTableModel(event_columns(), parent=self)
        self.view = table_view(self.model)
        size_columns(self.view, {0: 170, 2: 170, 3: 100, 4: 100}, stretch=1)
        layout.addWidget(self.view, 1)

        self.editable = ops.can("catalogue.edit")
        form_box = QWidget()
        form_box.setVisible(self.editable)
        column = QVBoxLayout(form_box)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(section_title(self.tr("New event")))
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. BJR-KPR-2026-12"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Banjir Kampar Desember 2026"))
        self.type = QComboBox()
        for key in partners.EVENT_TYPES:
            self.type.addItem(event_type(key), key)
        self.area = QLineEdit()
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.has_end = QCheckBox(self.tr("Ended on"))
        self.end = QDateEdit(QDate.currentDate())
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd/MM/yyyy")
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        ends = QHBoxLayout()
        ends.addWidget(self.start)
        ends.addSpacing(16)
        ends.addWidget(self.has_end)
        ends.addWidget(self.end)
        ends.addStretch(1)
        for label, widget in ((self.tr("Code"), self.code), (self.tr("Name"), self.name), (self.tr("Type"), self.type),
                              (self.tr("Area"), self.area)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(self.tr("Start"), ends)
        column.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("ErrorBanner")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        layout.addWidget(form_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.add_button = buttons.addButton(self.tr("Add event"), QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.setObjectName("Primary")
        self.add_button.setVisible(self.editable)
        self.add_button.clicked.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.model.set_source(list_source(self.ops.query(partners.list_events, quiet=True) or []))

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def add(self) -> None:
        self.error.hide()
        messages: list[str] = []
        self.ops.failed.connect(messages.append)
        try:
            end = self.end.date().toPython() if self.has_end.isChecked() else None
            row = self.ops.run(partners.add_event, self.code.text(), self.name.text(), self.type.currentData(),
                               self.start.date().toPython(), end, self.area.text() or None,
                               changes={PARTNERS}, parent=self, quiet=True)
        finally:
            self.ops.failed.disconnect(messages.append)
        if row is None:
            self.error.setText(messages[-1] if messages else "")
            self.error.setVisible(bool(messages))
            return
        for widget in (self.code, self.name, self.area):
            widget.clear()
        self.load()
