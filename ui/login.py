"""The login dialog. A refused login (wrong password, locked, disabled) is
shown inline and the dialog stays open. The core decides what is said: one
message for an unknown name or a wrong password (gudang.services.users)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from gudang.db.engine import Database
from gudang.domain.errors import GudangError
from gudang.services.uow import Actor
from gudang.services.users import authenticate


class LoginDialog(QDialog):
    def __init__(self, db: Database | None, agency: str = "", database_text: str = "", user: str = "",
                 parent: QWidget | None = None, *, check: Callable[[str, str], Actor] | None = None,
                 heading: str = "") -> None:
        """`check(name, password)` replaces the login against `db` (e.g. an administrator of a
        backup, checked without changing it); `heading` replaces the title."""
        super().__init__(parent)
        self.db = db
        self.check = check or (lambda name, password: authenticate(db, name, password))
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Gudang — sign in"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        title = QLabel(heading or self.tr("Gudang Logistik"))
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
            # The name without surrounding spaces (names are stored so); the password exactly as typed.
            self.actor = self.check(self.user.text().strip(), self.password.text())
        except GudangError as error:
            self.error.setText(error.message)
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
