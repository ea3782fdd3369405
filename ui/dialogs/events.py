"""Disaster events (kejadian bencana): the list, a form to add one, and closing one.
Receipts and issues are tagged with an event, so reports can account per event.
The panel is the Disaster events page and the dialog the Partners page opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QSize
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from gudang.services import partners
from ui import style
from ui.i18n import fmt_date
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import PARTNERS, Operations
from ui.pages import section_title, size_columns, table_view
from ui.geometry import fit_to_screen
from ui.widgets.forms import short_combo


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


def event_state(row) -> str:
    return QCoreApplication.translate("Events", "closed") if row.end else QCoreApplication.translate("Events", "open")


class EventsPanel(QWidget):
    """The events with their state, a form to add one, and closing the selected one."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = LazyTableModel(event_columns() + [
            Column(self.tr("State"), lambda r: r, text=event_state,
                   foreground=lambda r: style.INACTIVE_FG if r.end else None)], parent=self)
        self.view = table_view(self.model)
        self.view.setAccessibleName(self.tr("Disaster events"))
        size_columns(self.view, {0: 150, 2: 130, 3: 95, 4: 95, 5: 80}, stretch=1)
        layout.addWidget(self.view, 1)

        self.editable = ops.can("catalogue.edit")
        close_row = QHBoxLayout()
        self.close_date = QDateEdit(QDate.currentDate())
        self.close_date.setCalendarPopup(True)
        self.close_date.setDisplayFormat("dd/MM/yyyy")
        self.close_date.setAccessibleName(self.tr("End date"))
        self.close_button = QPushButton(self.tr("Close event on"))
        self.close_button.setToolTip(self.tr("The emergency is over: the event ends on this date and is no longer "
                                             "offered for new documents"))
        self.close_button.clicked.connect(self.close_event)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        close_row.addWidget(self.count_label, 1)
        close_row.addWidget(self.close_button)
        close_row.addWidget(self.close_date)
        layout.addLayout(close_row)

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
        short_combo(self.type)
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
        self.add_button = QPushButton(self.tr("Add event"))
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        column.addLayout(buttons)
        layout.addWidget(form_box)
        self.error = QLabel()
        self.error.setObjectName("ErrorBanner")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.load()

    def load(self) -> None:
        rows = self.ops.read(partners.list_events).value or []
        self.model.set_source(list_source(rows))
        open_ = sum(1 for r in rows if not r.end)
        self.count_label.setText(self.tr("%1 events, %2 open").replace("%1", str(len(rows))).replace("%2", str(open_)))
        self._update()

    def selected(self):
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row(indexes[0]) if indexes else None

    def _update(self) -> None:
        row = self.selected()
        may = self.editable and row is not None and row.end is None
        self.close_button.setEnabled(may)
        self.close_date.setEnabled(may)
        self.close_button.setVisible(self.editable)
        self.close_date.setVisible(self.editable)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def _show(self, result) -> bool:
        if result.ok:
            self.error.hide()
            return True
        self.error.setText(result.message)
        self.error.show()
        return False

    def add(self) -> None:
        end = self.end.date().toPython() if self.has_end.isChecked() else None
        result = self.ops.execute(partners.add_event, self.code.text(), self.name.text(), self.type.currentData(),
                                  self.start.date().toPython(), end, self.area.text() or None,
                                  changes={PARTNERS}, parent=self)
        if not self._show(result):
            return
        for widget in (self.code, self.name, self.area):
            widget.clear()
        self.load()

    def close_event(self) -> None:
        row = self.selected()
        if row is None:
            return
        from gudang.services import events

        result = self.ops.execute(events.close_event, row.code, self.close_date.date().toPython(),
                                  changes={PARTNERS}, parent=self)
        if self._show(result):
            self.load()


class EventsDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Disaster events"))
        fit_to_screen(self, QSize(900, 620), parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        self.panel = EventsPanel(ops, self)
        layout.addWidget(self.panel, 1)
        for name in ("model", "view", "code", "name", "type", "area", "start", "end", "has_end", "add_button",
                     "close_button", "close_date", "error_text"):
            setattr(self, name, getattr(self.panel, name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.code.setFocus()

    def load(self) -> None:
        self.panel.load()
