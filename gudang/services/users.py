"""Users: argon2id passwords, logins, locks, roles, and the last administrator.

Logins (DESIGN.md section 11):
- an unknown name and a wrong password get the same message, and take the same
  time: an unknown name is checked against a dummy hash of the same cost, and
  both write the same failed-login audit entry;
- five failures in a row lock the NAME for 15 minutes, whether a user of that
  name exists or not, so a lock says nothing about who exists. During the lock
  every attempt gets the lock message, whatever the password, so the lock is
  no oracle for the password either; such attempts are audited, and do not
  extend the lock;
- "disabled" is said only after the right password;
- an administrator can `unlock` a name; changing a user's password also
  unlocks it;
- so that nobody can keep the office out by locking every administrator, the
  right password of an administrator is accepted during a lock when no other
  active administrator is free to log in and unlock (the attempts that caused
  the lock stay in the audit log);
- nobody can disable or demote the last active administrator, and nobody can
  disable their own account.

Passwords are used exactly as typed, at least 8 characters, when they are set
and when they are checked (nothing is stripped on either side).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from gudang.db.engine import Database
from gudang.db.models import LoginAttempt, User
from gudang.domain.errors import (
    AlreadyExists, AuthenticationFailed, InvalidInput, InvalidState, NotFound,
)
from gudang.domain.inputs import clean_code, optional_text
from gudang.domain.roles import ADMIN, ROLES
from gudang.i18n import N_
from gudang.services.uow import Actor, UnitOfWork, utcnow

# OWASP's argon2id minimum (19 MiB, 2 passes): ~20 ms per login here.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# A hash of a random password with the same cost, checked for unknown names so that
# they take as long as a wrong password of a real user.
_DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$z/sWS/BY6rjEYRWDCmF+5g$0TPkSwTZOTg0+StBvWIXWZ/Ti3v1hNN6gs1UxckPBXI"
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
MAX_PASSWORD = 200
MAX_NAME = 60

MSG_WRONG = N_("wrong user name or password")
MSG_LOCKED = N_("{name} is locked after too many failed logins: try again in {minutes} minutes, or ask an "
                "administrator to unlock it (`gudang user unlock {name}`)")


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str
    active: bool
    full_name: str | None
    title: str | None = None
    nip: str | None = None
    locked: bool = False


def _row(user: User, locked: bool = False) -> UserRow:
    return UserRow(user.name, user.role, user.active, user.full_name, user.title, user.nip, locked)


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput(N_("unknown role {role}: use one of {roles}"), role=role, roles=", ".join(ROLES))
    return role


def check_password(password: object) -> str:
    """The password as typed, if it may be one: 8..200 characters, no control characters."""
    if not isinstance(password, str):
        raise InvalidInput(N_("the password must be text"))
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(N_("the password must have at least {n} characters"), n=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise InvalidInput(N_("the password must have at most {n} characters"), n=MAX_PASSWORD)
    if any(ord(c) < 32 or ord(c) == 127 for c in password):
        raise InvalidInput(N_("the password must not contain control characters (such as a line break)"))
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _details(full_name: object, title: object, nip: object) -> dict:
    return {"full_name": optional_text(full_name, 120), "title": optional_text(title, 120),
            "nip": optional_text(nip, 30)}


def create_user_row(name: str, password: str, role: str, full_name: str | None = None,
                    title: str | None = None, nip: str | None = None) -> User:
    return User(name=clean_code(name, max_length=MAX_NAME), password_hash=hash_password(check_password(password)),
                role=_check_role(role), active=True, **_details(full_name, title, nip))


def add_user(db: Database, actor: Actor, name: str, role: str, password: str,
             full_name: str | None = None, title: str | None = None, nip: str | None = None) -> UserRow:
    user = create_user_row(name, password, role, full_name, title, nip)
    with UnitOfWork(db, actor, "users.manage") as uow:
        if uow.session.scalar(select(User.id).where(User.name == user.name)):
            raise AlreadyExists(N_("user {name} already exists"), name=user.name)
        uow.session.add(user)
        uow.audit("user.add", user.name, f"role {role}")
        uow.commit()
    return _row(user)


def _get(uow: UnitOfWork, name: str) -> User:
    user = uow.session.scalar(select(User).where(User.name == name))
    if user is None:
        raise NotFound(N_("unknown user {name}"), name=name)
    return user


def _other_active_admins(uow: UnitOfWork, name: str) -> int:
    return uow.session.scalar(select(func.count(User.id)).where(
        User.role == ADMIN, User.active.is_(True), User.name != name)) or 0


def _guard_last_admin(uow: UnitOfWork, user: User) -> None:
    if user.role == ADMIN and user.active and not _other_active_admins(uow, user.name):
        raise InvalidState(N_("{name} is the last active administrator: make another user administrator first"),
                           name=user.name)


def set_role(db: Database, actor: Actor, name: str, role: str) -> UserRow:
    _check_role(role)
    with UnitOfWork(db, actor, "users.manage") as uow:
        user = _get(uow, name)
        if user.role == role:
            return _row(user)
        if role != ADMIN:
            _guard_last_admin(uow, user)
        user.role = role
        uow.audit("user.set_role", name, f"role {role}")
        uow.commit()
        return _row(user)


def set_details(db: Database, actor: Actor, name: str, **changes: object) -> UserRow:
    """Full name, title (jabatan) and NIP, as the signature blocks of documents print them.

    Only the keys given change (None clears one). Users may change their own; other
    users' need the admin role."""
    unknown = set(changes) - {"full_name", "title", "nip"}
    if unknown:
        raise InvalidInput(N_("unknown user detail {key}"), key=sorted(unknown)[0])
    cleaned = {key: value for key, value in _details(changes.get("full_name"), changes.get("title"),
                                                       changes.get("nip")).items() if key in changes}
    with UnitOfWork(db, actor, None if actor.name == name else "users.manage") as uow:
        user = _get(uow, name)
        for key, value in cleaned.items():
            setattr(user, key, value)
        uow.audit("user.set", name, ", ".join(sorted(cleaned)) or None)
        uow.commit()
        return _row(user)


def disable_user(db: Database, actor: Actor, name: str) -> UserRow:
    with UnitOfWork(db, actor, "users.manage") as uow:
        user = _get(uow, name)
        if not user.active:
            return _row(user)
        if user.name == actor.name:
            raise InvalidState(N_("you cannot disable your own account: ask another administrator"))
        _guard_last_admin(uow, user)
        user.active = False
        uow.audit("user.disable", name)
        uow.commit()
        return _row(user)


def enable_user(db: Database, actor: Actor, name: str) -> UserRow:
    with UnitOfWork(db, actor, "users.manage") as uow:
        user = _get(uow, name)
        if user.active:
            return _row(user)
        user.active = True
        uow.audit("user.enable", name)
        uow.commit()
        return _row(user)


def unlock_user(db: Database, actor: Actor, name: str) -> bool:
    """Lift the lock of a name (and its failure count). True if it was locked."""
    with UnitOfWork(db, actor, "users.manage") as uow:
        attempt = uow.session.get(LoginAttempt, name[:MAX_NAME])
        was_locked = bool(attempt and attempt.locked_until and attempt.locked_until > uow.now)
        if attempt is not None:
            uow.session.delete(attempt)
        uow.audit("user.unlock", name, "locked" if was_locked else "not locked")
        uow.commit()
        return was_locked


def change_password(db: Database, actor: Actor, name: str, password: str) -> None:
    new_hash = hash_password(check_password(password))
    # Users may change their own password; other users' need the admin role.
    action = None if actor.name == name else "users.manage"
    with UnitOfWork(db, actor, action) as uow:
        user = _get(uow, name)
        user.password_hash = new_hash
        attempt = uow.session.get(LoginAttempt, name[:MAX_NAME])
        if attempt is not None:
            uow.session.delete(attempt)
        uow.audit("user.passwd", name)
        uow.commit()


def list_users(db: Database) -> list[UserRow]:
    with UnitOfWork(db, write=False) as uow:
        now = utcnow()
        locked = {a.name for a in uow.session.scalars(select(LoginAttempt).where(LoginAttempt.locked_until > now))}
        return [_row(u, u.name in locked) for u in uow.session.scalars(select(User).order_by(User.name))]


def get_user(db: Database, name: str) -> UserRow:
    with UnitOfWork(db, write=False) as uow:
        user = _get(uow, name)
        attempt = uow.session.get(LoginAttempt, name[:MAX_NAME])
        return _row(user, bool(attempt and attempt.locked_until and attempt.locked_until > utcnow()))


# -- logins --------------------------------------------------------------------------------------


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def password_matches(stored_hash: str | None, password: str) -> bool:
    """Check `password` against a stored hash; with None (no such user) a dummy hash of the
    same cost is checked, so that an unknown name takes as long as a wrong password."""
    right = _verify(stored_hash or _DUMMY_HASH, password)
    return right and stored_hash is not None


def _minutes_left(until: dt.datetime, now: dt.datetime) -> int:
    return max(1, int((until - now).total_seconds() // 60) + 1)


def _admin_may_pass_lock(uow: UnitOfWork, name: str, now: dt.datetime) -> bool:
    """True if no other active administrator could log in now to unlock `name`."""
    others = list(uow.session.scalars(select(User.name).where(
        User.role == ADMIN, User.active.is_(True), User.name != name)))
    if not others:
        return True
    locked = set(uow.session.scalars(select(LoginAttempt.name).where(
        LoginAttempt.name.in_(others), LoginAttempt.locked_until > now)))
    return set(others) <= locked


def authenticate(db: Database, name: str, password: str) -> Actor:
    """Check a login; see the module docstring for the rules."""
    if not name or not password:
        raise AuthenticationFailed(N_("user name and password are required"))
    if not isinstance(name, str) or not isinstance(password, str):
        raise AuthenticationFailed(MSG_WRONG)
    key = name[:MAX_NAME]
    with UnitOfWork(db, write=False) as uow:
        user = uow.session.scalar(select(User).where(User.name == name))
        attempt = uow.session.get(LoginAttempt, key)
        user_hash = user.password_hash if user is not None else None
    right = password_matches(user_hash, password)
    now = utcnow()
    locked_until = attempt.locked_until if attempt is not None and attempt.locked_until and \
        attempt.locked_until > now else None
    if locked_until is not None:
        if right and user.active and user.role == ADMIN:
            with UnitOfWork(db, write=False) as uow:
                passes = _admin_may_pass_lock(uow, user.name, now)
            if passes:
                with UnitOfWork(db) as uow:
                    uow.audit("user.login_despite_lock", name, "no other administrator can unlock")
                    uow.commit()
                return Actor(user.name, user.role, user.full_name)
        with UnitOfWork(db) as uow:
            uow.audit("user.login_refused", key, "locked")
            uow.commit()
        raise AuthenticationFailed(MSG_LOCKED, name=key, minutes=_minutes_left(locked_until, now))
    if not right:
        _record_failure(db, key, user is None)
        raise AuthenticationFailed(MSG_WRONG)
    if not user.active:
        with UnitOfWork(db) as uow:
            uow.audit("user.login_refused", key, "disabled")
            uow.commit()
        raise AuthenticationFailed(N_("user {name} is disabled"), name=name)
    if attempt is not None:
        with UnitOfWork(db) as uow:
            again = uow.session.get(LoginAttempt, key)
            if again is not None:
                uow.session.delete(again)
            uow.commit()
    return Actor(user.name, user.role, user.full_name)


def check_credentials(db: Database, name: str, password: str) -> Actor:
    """Check a login without writing anything, against any schema revision (for `init`
    before it migrates). Same message for any failure, and the same cost."""
    from sqlalchemy import text

    if not name or not password:
        raise AuthenticationFailed(N_("user name and password are required"))
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        row = conn.execute(text("SELECT password_hash, role, active, full_name FROM app_user WHERE name = :n"),
                           {"n": name}).first()
    right = password_matches(row[0] if row else None, password)
    if not right:
        raise AuthenticationFailed(MSG_WRONG)
    if not row[2]:
        raise AuthenticationFailed(N_("user {name} is disabled"), name=name)
    return Actor(name, row[1], row[3])


def _record_failure(db: Database, key: str, unknown: bool) -> None:
    with UnitOfWork(db) as uow:
        attempt = uow.session.get(LoginAttempt, key)
        if attempt is None:
            attempt = LoginAttempt(name=key, failures=0)
            uow.session.add(attempt)
        attempt.failures += 1
        attempt.last_failure = uow.now
        locked = attempt.failures >= MAX_FAILED_LOGINS
        if locked:
            attempt.locked_until = uow.now + dt.timedelta(minutes=LOCK_MINUTES)
            attempt.failures = 0
        notes = [n for n in ("unknown name" if unknown else None, "locked" if locked else None) if n]
        uow.audit("user.login_failed", key, ", ".join(notes) or None)
        uow.commit()

