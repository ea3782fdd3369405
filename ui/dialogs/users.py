"""Add a user (administrators only)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from gudang.domain.roles import ROLES
from gudang.services import users
from ui.dialogs.base import FieldDialog
from ui.models import columns
from ui.operations import USERS, Operations


class UserDialog(FieldDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New user"), parent)
        self.add_field("name", self.tr("User name"), QLineEdit(), self.tr("For logging in, e.g. budi"))
        self.add_field("full_name", self.tr("Full name"), QLineEdit(), self.tr("As printed on documents"))
        role = QComboBox()
        for key in ROLES:
            role.addItem(columns.role_name(key), key)
        role.setCurrentIndex(role.findData("petugas"))
        self.add_field("role", self.tr("Role"), role)
        password = QLineEdit()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("password", self.tr("Password"), password, self.tr("At least 4 characters"))
        repeat = QLineEdit()
        repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("repeat", self.tr("Repeat password"), repeat)

    def save(self) -> None:
        self.clear_errors()
        if self.field_password.text() != self.field_repeat.text():
            self._errors["repeat"].setText(self.tr("The passwords differ."))
            self._errors["repeat"].show()
            return
        self.result_row = self.submit(users.add_user, self.field_name.text().strip(), self.field_role.currentData(),
                                      self.field_password.text(), self.field_full_name.text().strip() or None,
                                      changes={USERS})
        if self.result_row is not None:
            self.accept()


class OwnPasswordDialog(FieldDialog):
    """Change my own password: the current one first, then the new one twice."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Change my password"), parent)
        for name, label, hint in (("current", self.tr("Current password"), ""),
                                  ("password", self.tr("New password"), self.tr("At least 8 characters")),
                                  ("repeat", self.tr("Repeat new password"), "")):
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.add_field(name, label, edit, hint)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Change password"))
        self.field_current.setFocus()

    def save(self) -> None:
        self.clear_errors()
        if self.field_password.text() != self.field_repeat.text():
            self._errors["repeat"].setText(self.tr("The passwords differ."))
            self._errors["repeat"].show()
            self.field_repeat.setFocus()
            return
        name = self.ops.actor.name
        check = self.ops.read(users.authenticate, name, self.field_current.text())
        if not check.ok:
            self._errors["current"].setText(self.tr("This is not your current password."))
            self._errors["current"].show()
            self.field_current.selectAll()
            self.field_current.setFocus()
            return
        result = self.ops.execute(users.change_password, name, self.field_password.text(), changes={USERS},
                                  parent=self)
        if not result.ok:
            self._errors["password"].setText(result.error.message if result.refused else result.message)
            self._errors["password"].show()
            self.field_password.setFocus()
            return
        self.result_row = True
        self.accept()
