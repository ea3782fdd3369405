"""The Pengguna page, driven as an administrator does: add a colleague, give them a jabatan and
NIP and another role, reset a forgotten password, unlock an account locked by failed logins,
disable and enable it. The only active administrator can be neither disabled nor demoted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gudang.domain.errors import AuthenticationFailed
from gudang.services import users
from tests.conftest import ADMIN
from tests.ui.conftest import make_ops


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


@pytest.fixture
def page(qtbot, ops):
    from ui.pages.users import UsersPage

    page = UsersPage(ops)
    ops.changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def state_of(page, name: str) -> str:
    from ui.pages.users import user_state

    return user_state(next(r for r in page.model.rows() if r.name == name))


def test_an_administrator_manages_a_colleague(qtbot, page, sqlite_db, lang_en):
    # A new user: the first field has the focus; a short password is refused next to its field.
    click(qtbot, page.add_button)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.field_name)
    qtbot.keyClicks(dialog.field_full_name, "Budi Santoso")
    qtbot.keyClicks(dialog.field_password, "pendek")
    qtbot.keyClicks(dialog.field_repeat, "pendek1")
    save(qtbot, dialog)  # every problem at once, each next to its field
    assert dialog.isVisible() and "8" in dialog.field_error("password")
    assert dialog.field_error("name") and "differ" in dialog.field_error("repeat")
    assert dialog.focusWidget() is dialog.field_name
    assert [u.name for u in users.list_users(sqlite_db)] == [ADMIN]
    qtbot.keyClicks(dialog.field_name, "budi")
    type_into(qtbot, dialog.field_password, "budi-gudang-1")
    type_into(qtbot, dialog.field_repeat, "budi-gudang-1")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.selected().name == "budi" and "budi" in page.message.message

    # Details and role: what the signature blocks print.
    click(qtbot, page.edit_button)
    dialog = page.dialog
    qtbot.keyClicks(dialog.field_title, "Kepala Seksi Logistik")
    qtbot.keyClicks(dialog.field_nip, "19800101 200501 1 001")
    dialog.field_role.setCurrentIndex(dialog.field_role.findData("kepala_gudang"))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    budi = users.get_user(sqlite_db, "budi")
    assert (budi.title, budi.nip, budi.role) == ("Kepala Seksi Logistik", "19800101 200501 1 001", "kepala_gudang")
    assert page.selected().name == "budi"
    assert page.model.index(page.view.currentIndex().row(), 2).data() == "Kepala Seksi Logistik"

    # Forgotten password: a new one, typed twice.
    click(qtbot, page.password_button)
    dialog = page.dialog
    qtbot.keyClicks(dialog.field_password, "budi-baru-123")
    qtbot.keyClicks(dialog.field_repeat, "budi-baru-12")
    save(qtbot, dialog)
    assert dialog.isVisible() and "differ" in dialog.field_error("repeat")
    type_into(qtbot, dialog.field_repeat, "budi-baru-123")
    save(qtbot, dialog)
    assert not dialog.isVisible() and "budi" in page.message.message
    assert users.authenticate(sqlite_db, "budi", "budi-baru-123").name == "budi"

    # Locked after five wrong passwords at the login: the page shows it and lifts the lock.
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(sqlite_db, "budi", "salah-lagi-1")
    page.load()
    assert state_of(page, "budi") == "locked" and page.unlock_button.isEnabled()
    click(qtbot, page.unlock_button)
    assert state_of(page, "budi") == "active" and not page.unlock_button.isEnabled()
    assert users.authenticate(sqlite_db, "budi", "budi-baru-123").name == "budi"

    # Disabled: cannot sign in; enabled again: can.
    assert page.active_button.text() == "Disable"
    click(qtbot, page.active_button)
    assert state_of(page, "budi") == "disabled" and page.active_button.text() == "Enable"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(sqlite_db, "budi", "budi-baru-123")
    assert not page.password_button.isEnabled()
    click(qtbot, page.active_button)
    assert state_of(page, "budi") == "active"
    assert users.authenticate(sqlite_db, "budi", "budi-baru-123").name == "budi"


def test_the_only_administrator_stays_one(qtbot, page, sqlite_db, lang_en):
    page.select(ADMIN)
    assert not page.active_button.isEnabled()
    assert page.guard.isVisible() and "only active administrator" in page.guard.text()
    click(qtbot, page.edit_button)
    dialog = page.dialog
    assert not dialog.field_role.isEnabled()
    qtbot.keyClicks(dialog.field_title, "Kepala Pelaksana BPBD")
    save(qtbot, dialog)
    admin = users.get_user(sqlite_db, ADMIN)
    assert (admin.role, admin.title) == ("admin", "Kepala Pelaksana BPBD")


def test_the_users_page_is_the_administrators(qtbot, sqlite_db, admin, lang_en):
    from ui.main_window import MainWindow

    users.add_user(sqlite_db, admin, "budi", "petugas", "budi-gudang-1")
    shown = {}
    for actor in (admin, users.authenticate(sqlite_db, "budi", "budi-gudang-1")):
        window = MainWindow(make_ops(sqlite_db, actor))
        qtbot.addWidget(window)
        keys = [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.sidebar.count())
                if not window.sidebar.item(i).isHidden()]
        shown[actor.name] = "users" in keys
    assert shown == {ADMIN: True, "budi": False}
