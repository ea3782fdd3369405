"""The login rules of DESIGN section 11 on the users screen: a locked account is shown locked and
an administrator unlocks it; the last active administrator and one's own account cannot be
disabled (the buttons say why, and the core refuses anyway)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gudang.domain.errors import AuthenticationFailed
from gudang.services import users
from tests.ui.conftest import ADMIN, PASSWORD


def pick(qtbot, page, name):
    assert page.select(name)
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().name == name)
    return page.selected()


def test_lock_unlock_and_the_last_administrator_on_the_users_screen(qtbot, sqlite_db, admin, lang_en):
    from ui.pages.users import UsersPage
    from tests.ui.conftest import make_ops

    ops = make_ops(sqlite_db, admin)
    users.add_user(sqlite_db, admin, "budi", "petugas", "budi-gudang-1")
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(sqlite_db, "budi", "salah-sandi")
    page = UsersPage(ops)
    ops.changed.connect(page.refresh)  # as the main window does for every page
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    budi = pick(qtbot, page, "budi")
    states = {page.model.text(r, 0): page.model.text(r, 5) for r in range(page.model.rowCount())}
    assert budi.locked and states == {ADMIN: "active", "budi": "locked"}, states
    with pytest.raises(AuthenticationFailed, match="locked"):
        users.authenticate(sqlite_db, "budi", "budi-gudang-1")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "budi can sign in again" in page.message.message)
    assert not pick(qtbot, page, "budi").locked
    assert users.authenticate(sqlite_db, "budi", "budi-gudang-1").name == "budi"

    # the only administrator (and oneself): the button is off, the page says why
    pick(qtbot, page, ADMIN)
    assert not page.active_button.isEnabled()
    assert page.guard.isVisible() and "only active administrator" in page.guard.text()
    page.toggle_active()  # what the button would do: the core refuses it all the same
    assert "own account" in page.message.message and users.get_user(sqlite_db, ADMIN).active

    # another administrator: the guard lifts for the first one, and budi can be disabled
    users.add_user(sqlite_db, admin, "sari", "admin", "sari-gudang-1")
    users.set_role(sqlite_db, admin, "budi", "admin")
    page.load()
    pick(qtbot, page, "budi")
    assert page.active_button.isEnabled() and not page.guard.isVisible()
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not users.get_user(sqlite_db, "budi").active)
    with pytest.raises(AuthenticationFailed, match="disabled"):
        users.authenticate(sqlite_db, "budi", "budi-gudang-1")
    assert users.authenticate(sqlite_db, ADMIN, PASSWORD).name == ADMIN
