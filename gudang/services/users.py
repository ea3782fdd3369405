"""Users: argon2id passwords, lock-out after failed logins, roles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from gudang.db.engine import Database
from gudang.db.models import User
from gudang.domain.errors import AlreadyExists, AuthenticationFailed, InvalidInput, NotFound
from gudang.domain.inputs import clean_code, clean_text
from gudang.domain.roles import ROLES
from gudang.i18n import N_
from gudang.services.uow import Actor, UnitOfWork, utcnow

# OWASP's argon2id minimum (19 MiB, 2 passes): ~20 ms per login here.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 4


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str
    active: bool
    full_name: str | None


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput(N_("unknown role {role}: use one of {roles}"), role=role, roles=", ".join(ROLES))
    return role


def _check_password(password: str) -> str:
    password = clean_text(password, max_length=200)
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(N_("the password must have at least {n} characters"), n=MIN_PASSWORD)
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user_row(name: str, password: str, role: str, full_name: str | None = None) -> User:
    return User(name=clean_code(name, max_length=60), password_hash=hash_password(_check_password(password)),
                role=_check_role(role), active=True, failed_logins=0, full_name=full_name)


def add_user(db: Database, actor: Actor, name: str, role: str, password: str,
             full_name: str | None = None) -> UserRow:
    user = create_user_row(name, password, role, full_name)
    with UnitOfWork(db, actor, "users.manage") as uow:
        if uow.session.scalar(select(User.id).where(User.name == user.name)):
            raise AlreadyExists(N_("user {name} already exists"), name=user.name)
        uow.session.add(user)
        uow.audit("user.add", user.name, f"role {role}")
        uow.commit()
    return UserRow(user.name, user.role, True, full_name)


def _get(uow: UnitOfWork, name: str) -> User:
    user = uow.session.scalar(select(User).where(User.name == name))
    if user is None:
        raise NotFound(N_("unknown user {name}"), name=name)
    return user


def set_role(db: Database, actor: Actor, name: str, role: str) -> UserRow:
    _check_role(role)
    with UnitOfWork(db, actor, "users.manage") as uow:
        user = _get(uow, name)
        user.role = role
        uow.audit("user.set_role", name, f"role {role}")
        uow.commit()
        return UserRow(user.name, user.role, user.active, user.full_name)


def disable_user(db: Database, actor: Actor, name: str) -> UserRow:
    with UnitOfWork(db, actor, "users.manage") as uow:
        user = _get(uow, name)
        user.active = False
        uow.audit("user.disable", name)
        uow.commit()
        return UserRow(user.name, user.role, user.active, user.full_name)


def change_password(db: Database, actor: Actor, name: str, password: str) -> None:
    new_hash = hash_password(_check_password(password))
    # Users may change their own password; other users' need the admin role.
    action = None if actor.name == name else "users.manage"
    with UnitOfWork(db, actor, action) as uow:
        user = _get(uow, name)
        user.password_hash = new_hash
        user.failed_logins = 0
        user.locked_until = None
        uow.audit("user.passwd", name)
        uow.commit()


def list_users(db: Database) -> list[UserRow]:
    with UnitOfWork(db, write=False) as uow:
        return [UserRow(u.name, u.role, u.active, u.full_name)
                for u in uow.session.scalars(select(User).order_by(User.name))]


def authenticate(db: Database, name: str, password: str) -> Actor:
    """Check a login. Five failures lock the account for a quarter of an hour."""
    if not name or not password:
        raise AuthenticationFailed(N_("user name and password are required"))
    with UnitOfWork(db, write=True) as uow:
        user = uow.session.scalar(select(User).where(User.name == name))
        now = utcnow()
        if user is None:
            raise AuthenticationFailed(N_("wrong user name or password"))
        if not user.active:
            raise AuthenticationFailed(N_("user {name} is disabled"), name=name)
        if user.locked_until and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise AuthenticationFailed(N_("user {name} is locked after too many failed logins; try again in {minutes} minutes"),
                                       name=name, minutes=minutes)
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins += 1
            locked = user.failed_logins >= MAX_FAILED_LOGINS
            if locked:
                user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
            uow.audit("user.login_failed", name, "locked" if locked else None)
            uow.commit()
            raise AuthenticationFailed(N_("wrong user name or password")) from None
        if user.failed_logins:
            user.failed_logins = 0
            user.locked_until = None
            uow.commit()
        return Actor(user.name, user.role, user.full_name)
