"""First start on an empty database: agency details, the first administrator,
and (optionally) a separate training database with the demo data.

The demo data (and its training users, whose password is published) never go
into the database being set up: "training database" creates a second file,
`gudang-latihan.sqlite3` beside it (or in the user data folder when the real
database is on a server), with the same agency and administrator, loads the
Banjir Kampar scenario there and opens it; the window marks it as training.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget,
)

from gudang.db.engine import Database, default_database_path
from gudang.domain.errors import GudangError
from gudang.services import setup
from gudang.services.uow import Actor
from gudang.services.users import MIN_PASSWORD, authenticate, check_password
from ui.pages.settings import agency_fields

FIRST_START_FIELDS = ("agency_line1", "agency_line2", "agency_address", "agency_contact", "agency_city",
                      "agency_code", "head_name", "warehouse_head_name")
TRAINING_FILE = "gudang-latihan.sqlite3"


def training_path(db: Database) -> Path:
    """Where the training database of `db` goes: beside an SQLite file, else in the user data folder."""
    folder = db.path.parent if db.path is not None else default_database_path().parent
    return folder / TRAINING_FILE


class FirstStartDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.demo_counts: dict | None = None
        self.training_db: Database | None = None  # set when the training database was made: open it
        self.setWindowTitle(self.tr("Gudang — first start"))
        self.setMinimumWidth(900)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        title = QLabel(self.tr("Welcome to Gudang"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr("This database is empty. Enter the agency's details for the letterhead of "
                               "waybills and reports, and create the first administrator."))
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        agency = QGroupBox(self.tr("Agency"))
        form = QFormLayout(agency)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.user = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("as documents print it"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD)))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        for widget, label in ((self.user, self.tr("User name")), (self.full_name, self.tr("Full name")),
                              (self.password, self.tr("Password")), (self.repeat, self.tr("Repeat password"))):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        note = QLabel(self.tr("The administrator adds the other users and their roles under Settings."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        form.addRow(note)
        columns.addWidget(admin, 2)
        layout.addLayout(columns)

        self.demo = QCheckBox(self.tr("Also make a separate training database and open it"))
        self.demo.setAccessibleName(self.tr("Training database"))
        demo_note = QLabel(self.tr("Demo data of the Banjir Kampar scenario: items, partners, bins and four months of "
                                   "receipts and dispatches. It never goes into this database: the training "
                                   "database is the file %1, shown with an orange bar; its practice users kepala, "
                                   "petugas and tamu have the password latihan123.").replace(
                                       "%1", str(training_path(db))))
        demo_note.setObjectName("Muted")
        demo_note.setWordWrap(True)
        demo_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.demo)
        layout.addWidget(demo_note)
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
        try:
            check_password(password)
        except GudangError as error:
            return self._fail(error.message)
        agency = {k: e.text().strip() for k, e in self.fields.items()}
        details = {"full_name": self.full_name.text().strip() or None}
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self._set_up(self.db, name, password, agency, details)
            if self.demo.isChecked():
                self.training_db = self._make_training(name, password, agency, details)
        except GudangError as error:
            return self._fail(error.message)
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    @staticmethod
    def _set_up(db: Database, name: str, password: str, agency: dict, details: dict) -> Actor:
        setup.initialize(db, name, password, admin_details=details)
        actor = authenticate(db, name, password)
        setup.update_settings(db, actor, agency)
        return actor

    def _make_training(self, name: str, password: str, agency: dict, details: dict) -> Database:
        """The separate training database: the same agency and administrator, and the demo data."""
        from gudang.demo.load import load_demo

        path = training_path(self.db)
        existed = path.is_file() and path.stat().st_size > 0
        training = Database(f"sqlite:///{path}")
        try:
            if existed:  # made before: open it (its administrator logs in as set up then)
                setup.initialize(training)
                authenticate(training, name, password)
            else:
                actor = self._set_up(training, name, password, agency, details)
                self.demo_counts = load_demo(training, actor)
        except BaseException:
            training.dispose()
            raise
        return training
