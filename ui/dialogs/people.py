"""An administrator edits a colleague: details and role; or resets their password."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from gudang.domain.roles import ROLES
from gudang.services import users
from ui.dialogs.base import FieldDialog
from ui.models import columns
from ui.operations import USERS, Operations


class EditUserDialog(FieldDialog):
    """Full name, jabatan, NIP and role of a user (the user name is fixed)."""

    def __init__(self, ops: Operations, row, *, last_admin: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("User %1").replace("%1", row.name), parent)
        self.row = row
        self.add_field("full_name", self.tr("Full name"), QLineEdit(row.full_name or ""),
                       self.tr("As printed under the signature"))
        self.add_field("title", self.tr("Jabatan"), QLineEdit(getattr(row, "title", None) or ""),
                       self.tr("e.g. Petugas Gudang, Kepala Seksi Logistik"))
        self.add_field("nip", self.tr("NIP"), QLineEdit(getattr(row, "nip", None) or ""),
                       self.tr("For civil servants; empty for volunteers"))
        role = QComboBox()
        for key in ROLES:
            role.addItem(columns.role_name(key), key)
        role.setCurrentIndex(max(0, role.findData(row.role)))
        hint = self.tr("The only active administrator keeps this role until another user is administrator.") \
            if last_admin else ""
        self.add_field("role", self.tr("Role"), role, hint)
        role.setEnabled(not last_admin)

    def save(self) -> None:
        self.clear_errors()
        details = {"full_name": self.field_full_name.text().strip() or None,
                   "title": self.field_title.text().strip() or None,
                   "nip": self.field_nip.text().strip() or None}
        if self.submit(users.set_details, self.row.name, changes={USERS}, **details) is None:
            return
        role = self.field_role.currentData()
        if role != self.row.role and self.submit(users.set_role, self.row.name, role, changes={USERS}) is None:
            return
        self.result_row = True
        self.accept()

    def submit(self, service, *args, changes, **kwargs):
        result = self.ops.execute(service, *args, changes=changes, parent=self, **kwargs)
        if not result.ok:
            error = result.error if result.refused else None
            if error is not None and self.field_of(error) is None and service is users.set_role:
                self._errors["role"].setText(result.message)  # the last-admin guard concerns the role
                self._errors["role"].show()
            else:
                self.show_error(error if error is not None else result.message)
            return None
        return result.value if result.value is not None else True


class ResetPasswordDialog(FieldDialog):
    """A new password for a colleague who forgot theirs (their lock is lifted too)."""

    def __init__(self, ops: Operations, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New password for %1").replace("%1", name), parent)
        self.name = name
        for field, label, hint in (("password", self.tr("New password"), self.tr("At least 8 characters")),
                                   ("repeat", self.tr("Repeat new password"), "")):
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.add_field(field, label, edit, hint)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Set password"))

    def save(self) -> None:
        self.clear_errors()
        if self.field_password.text() != self.field_repeat.text():
            self._errors["repeat"].setText(self.tr("The passwords differ."))
            self._errors["repeat"].show()
            self.field_repeat.setFocus()
            return
        result = self.ops.execute(users.change_password, self.name, self.field_password.text(), changes={USERS},
                                  parent=self)
        if not result.ok:
            self._errors["password"].setText(result.error.message if result.refused else result.message)
            self._errors["password"].show()
            self.field_password.setFocus()
            return
        self.result_row = True
        self.accept()
