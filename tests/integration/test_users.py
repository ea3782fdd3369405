"""Users, passwords, lock-out and roles (gudang.services.users)."""

from __future__ import annotations

import pytest

from gudang.domain.errors import AlreadyExists, AuthenticationFailed, InvalidInput, PermissionDenied
from gudang.services import users
from gudang.services.uow import Actor
from tests.conftest import ADMIN, PASSWORD
from tests.support.builders import english, execute, scalar


@pytest.fixture
def db(sqlite_db):
    with english():
        yield sqlite_db


def test_users_and_roles(db):
    admin = users.authenticate(db, ADMIN, PASSWORD)
    assert admin == Actor("admin", "admin")
    users.add_user(db, admin, "budi", "petugas", "budi-1234", full_name="Budi S.")
    budi = users.authenticate(db, "budi", "budi-1234")
    assert budi.role == "petugas"
    with pytest.raises(PermissionDenied):
        users.add_user(db, budi, "eve", "admin", "eve-12345")
    with pytest.raises(AlreadyExists):
        users.add_user(db, admin, "budi", "viewer", "xxxx-1234")
    with pytest.raises(InvalidInput, match="at least 8"):
        users.add_user(db, admin, "ani", "viewer", "abc-123")
    with pytest.raises(InvalidInput, match="unknown role"):
        users.add_user(db, admin, "ani", "boss", "abcd-1234")
    users.set_role(db, admin, "budi", "kepala_gudang")
    assert users.authenticate(db, "budi", "budi-1234").role == "kepala_gudang"
    users.change_password(db, budi, "budi", "baru-4567")  # one's own password, no admin needed
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "budi", "budi-1234")
    assert users.authenticate(db, "budi", "baru-4567").name == "budi"
    users.disable_user(db, admin, "budi")
    with pytest.raises(AuthenticationFailed, match="disabled"):
        users.authenticate(db, "budi", "baru-4567")
    assert [(u.name, u.active) for u in users.list_users(db)] == [("admin", True), ("budi", False)]
    stored = scalar(db, "SELECT password_hash FROM app_user WHERE name = 'admin'")
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_five_failed_logins_lock_the_account(db):
    users.add_user(db, Actor("admin", "admin"), "ani", "petugas", "ani-1234")
    for _ in range(5):
        with pytest.raises(AuthenticationFailed, match="wrong user name or password"):
            users.authenticate(db, "ani", "salah")
    with pytest.raises(AuthenticationFailed, match="locked"):
        users.authenticate(db, "ani", "ani-1234")  # even the right password, for a while
    execute(db, "UPDATE login_attempt SET locked_until = NULL WHERE name = 'ani'")
    assert users.authenticate(db, "ani", "ani-1234").name == "ani"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "nobody", "whatever")
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "ani", "")
    # the five, and the unknown name (audited too); an empty password is refused before any check
    assert scalar(db, "SELECT count(*) FROM audit_entry WHERE action = 'user.login_failed'") == 6
