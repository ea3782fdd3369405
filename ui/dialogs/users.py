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
