"""The login dialog. A refused login (wrong password, locked, disabled) is
shown inline and the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from gudang.db.engine import Database
from gudang.domain.errors import GudangError
from gudang.services.uow import Actor
from gudang.services.users import authenticate


class LoginDialog(QDialog):
    def __init__(self, db: Database, agency: str = "", database_text: str = "", user: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Gudang — sign in"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        title = QLabel(self.tr("Gudang Logistik"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        if agency:
            sub = QLabel(agency)
            sub.setObjectName("Muted")
            sub.setWordWrap(True)
            layout.addWidget(sub)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.user = QLineEdit(user)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("ErrorBanner")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        if database_text:
            db_label = QLabel(self.tr("Database: %1").replace("%1", database_text))
            db_label.setObjectName("Muted")
            db_label.setWordWrap(True)
            db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(db_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if user else self.user).setFocus()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def try_login(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = authenticate(self.db, self.user.text().strip(), self.password.text())
        except GudangError as error:
            self.error.setText(error.message)
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
