"""First start on an empty database: agency details, the first administrator,
and (optionally) the demo training data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget,
)

from gudang.db.engine import Database
from gudang.domain.errors import GudangError
from gudang.services import setup
from gudang.services.uow import Actor
from gudang.services.users import authenticate
from ui.pages.settings import agency_fields

FIRST_START_FIELDS = ("agency_line1", "agency_line2", "agency_address", "agency_contact", "agency_city",
                      "agency_code", "head_name", "warehouse_head_name")


class FirstStartDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.demo_counts: dict | None = None
        self.setWindowTitle(self.tr("Gudang — first start"))
        self.setMinimumWidth(1040)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        title = QLabel(self.tr("Welcome to Gudang"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr("This database is empty. Enter the agency's details for the letterhead of "
                               "waybills and reports, and create the first administrator."))
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        agency = QGroupBox(self.tr("Agency"))
        form = QFormLayout(agency)
        defaults = setup.SETTING_DEFAULTS
        labels = dict(agency_fields(self))
        self.fields: dict[str, QLineEdit] = {}
        for key in FIRST_START_FIELDS:
            edit = QLineEdit(defaults.get(key, ""))
            edit.setAccessibleName(labels[key])
            self.fields[key] = edit
            form.addRow(labels[key], edit)
        columns.addWidget(agency, 3)

        admin = QGroupBox(self.tr("Administrator"))
        form = QFormLayout(admin)
        self.user = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        for widget, label in ((self.user, self.tr("User name")), (self.password, self.tr("Password")),
                              (self.repeat, self.tr("Repeat password"))):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        note = QLabel(self.tr("The administrator adds the other users and their roles under Settings."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        form.addRow(note)
        columns.addWidget(admin, 2)
        layout.addLayout(columns)

        self.demo = QCheckBox(self.tr("Load the demo training data (Banjir Kampar scenario: items, partners, bins "
                                      "and four months of receipts and dispatches)"))
        layout.addWidget(self.demo)
        self.error = QLabel()
        self.error.setObjectName("ErrorBanner")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create and start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def create(self) -> None:
        self.error.hide()
        name, password = self.user.text().strip(), self.password.text()
        if not name:
            return self._fail(self.tr("Enter a user name for the administrator."))
        if password != self.repeat.text():
            return self._fail(self.tr("The passwords differ."))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            setup.initialize(self.db, name, password)
            self.actor = authenticate(self.db, name, password)
            setup.update_settings(self.db, self.actor, {k: e.text().strip() for k, e in self.fields.items()})
            if self.demo.isChecked():
                from gudang.demo.load import load_demo

                self.demo_counts = load_demo(self.db)
        except GudangError as error:
            return self._fail(error.message)
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
