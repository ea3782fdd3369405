"""Pengguna: who may sign in, with their full name, jabatan and NIP (the signature blocks of
documents print them), their role, and whether they are active or locked.

An administrator adds a user, edits their details and role, resets a forgotten password,
unlocks an account locked after too many failed logins, and disables (or enables again) an
account. The last active administrator can be neither disabled nor demoted: the page says
so next to the buttons, and the core refuses it anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from gudang.domain.roles import ADMIN
from gudang.services import users
from ui import style
from ui.models import columns
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import USERS, Operations
from ui.pages import page_layout, size_columns, table_view, toolbar_row
from ui.widgets.message import MessageBar


def user_state(row) -> str:
    if not row.active:
        return QCoreApplication.translate("UsersPage", "disabled")
    if getattr(row, "locked", False):
        return QCoreApplication.translate("UsersPage", "locked")
    return QCoreApplication.translate("UsersPage", "active")


def people_columns() -> list[Column]:
    def muted(row):
        return style.INACTIVE_FG if not row.active else (style.EXPIRED_FG if getattr(row, "locked", False) else None)

    return [
        Column(QCoreApplication.translate("UsersPage", "User"), lambda r: r.name, foreground=muted),
        Column(QCoreApplication.translate("UsersPage", "Full name"), lambda r: r.full_name or "", foreground=muted,
               tooltip=lambda r: r.full_name),
        Column(QCoreApplication.translate("UsersPage", "Jabatan"), lambda r: getattr(r, "title", None) or "",
               foreground=muted, tooltip=lambda r: getattr(r, "title", None)),
        Column(QCoreApplication.translate("UsersPage", "NIP"), lambda r: getattr(r, "nip", None) or "",
               foreground=muted),
        Column(QCoreApplication.translate("UsersPage", "Role"), lambda r: r.role, text=columns.role_name,
               foreground=muted),
        Column(QCoreApplication.translate("UsersPage", "State"), lambda r: r, text=user_state, foreground=muted,
               bold=True),
    ]


class UsersPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dirty = True
        self.rows: list = []
        layout = page_layout(self, self.tr("Users"),
                             self.tr("Who may sign in. Full name, jabatan and NIP are printed in the signature "
                                     "blocks of the documents they sign."))
        self.model = LazyTableModel(people_columns(), parent=self)
        self.view = table_view(self.model)
        self.view.setAccessibleName(self.tr("Users"))
        size_columns(self.view, {0: 110, 2: 170, 3: 150, 4: 150, 5: 80}, stretch=1)
        self.view.doubleClicked.connect(lambda _: self.edit())
        layout.addWidget(self.view, 1)
        self.guard = QLabel()
        self.guard.setObjectName("InfoBanner")
        self.guard.setWordWrap(True)
        self.guard.hide()
        layout.addWidget(self.guard)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.add_button = QPushButton(self.tr("New user…"))
        self.add_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Full name, jabatan, NIP and role"))
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setToolTip(self.tr("Lift the lock after too many failed logins"))
        self.active_button = QPushButton(self.tr("Disable"))
        self.add_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.password_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button.clicked.connect(self.toggle_active)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addLayout(toolbar_row(self.count_label, None, self.add_button, self.edit_button,
                                     self.password_button, self.unlock_button, self.active_button))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self._update()

    # --- data ------------------------------------------------------------------------------------
    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if not changes or USERS in changes:
            self._dirty = True
            if self.isVisible():
                self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def load(self) -> None:
        self._dirty = False
        chosen = self.selected()
        result = self.ops.read(users.list_users)
        self.rows = result.value or []
        if not result.ok:
            self.message.wrong(result.message)
        self.model.set_source(list_source(self.rows))
        active = sum(1 for r in self.rows if r.active)
        self.count_label.setText(self.tr("%1 users, %2 active").replace("%1", str(len(self.rows)))
                                 .replace("%2", str(active)))
        if chosen is not None:
            self.select(chosen.name)

    def select(self, name: str) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.name == name:
                self.view.selectRow(i)
                return True
        return False

    def selected(self):
        model = self.view.selectionModel()
        indexes = model.selectedRows() if model is not None else []
        return self.model.row(indexes[0]) if indexes else None

    def last_admin(self, row) -> bool:
        """The only active administrator: may be neither disabled nor demoted."""
        admins = [r for r in self.rows if r.role == ADMIN and r.active]
        return row.role == ADMIN and row.active and len(admins) == 1

    def _update(self) -> None:
        row = self.selected()
        manage = self.ops.can("users.manage")
        for button in (self.add_button, self.edit_button, self.password_button, self.unlock_button,
                       self.active_button):
            button.setVisible(manage)
        chosen = row is not None
        self.edit_button.setEnabled(chosen)
        self.password_button.setEnabled(chosen and row.active)
        self.unlock_button.setEnabled(chosen and bool(getattr(row, "locked", False)))
        self.active_button.setText(self.tr("Enable") if chosen and not row.active else self.tr("Disable"))
        guarded = chosen and self.last_admin(row)
        self.active_button.setEnabled(chosen and not guarded and row.name != self.ops.actor.name)
        if guarded:
            self.guard.setText(self.tr("%1 is the only active administrator: it can be neither disabled nor given "
                                       "another role. Make another user administrator first.").replace("%1", row.name))
        elif chosen and row.name == self.ops.actor.name:
            self.guard.setText(self.tr("This is you: another administrator disables your account if need be."))
        self.guard.setVisible(guarded or (chosen and row.name == self.ops.actor.name))

    # --- actions -----------------------------------------------------------------------------------
    def new(self) -> None:
        from ui.dialogs.users import UserDialog

        dialog = UserDialog(self.ops, parent=self)
        self.dialog = dialog
        if dialog.exec() and dialog.result_row is not None:
            self.load()
            self.select(dialog.result_row.name)
            self.message.ok(self.tr("User %1 added.").replace("%1", dialog.result_row.name))

    def edit(self) -> None:
        row = self.selected()
        if row is None or not self.ops.can("users.manage"):
            return
        from ui.dialogs.people import EditUserDialog

        dialog = EditUserDialog(self.ops, row, last_admin=self.last_admin(row), parent=self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: (self.load(), self.select(row.name),
                                         self.message.ok(self.tr("%1 saved.").replace("%1", row.name))))
        dialog.open()

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        from ui.dialogs.people import ResetPasswordDialog

        dialog = ResetPasswordDialog(self.ops, row.name, parent=self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.message.ok(
            self.tr("The password of %1 was reset: tell them the new one and ask them to change it.")
            .replace("%1", row.name)))
        dialog.open()

    def unlock(self) -> None:
        row = self.selected()
        if row is None:
            return
        result = self.ops.execute(users.unlock_user, row.name, changes={USERS}, parent=self)
        if result.ok:
            self.message.ok(self.tr("%1 can sign in again.").replace("%1", row.name))
        else:
            self.message.wrong(result.message)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        service = users.enable_user if not row.active else users.disable_user
        result = self.ops.execute(service, row.name, changes={USERS}, parent=self)
        if not result.ok:
            self.message.wrong(result.message)
            return
        self.message.ok((self.tr("%1 is disabled: they can no longer sign in.") if row.active
                         else self.tr("%1 is active again.")).replace("%1", row.name))
        self.select(row.name)

