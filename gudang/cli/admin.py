"""Administration commands: init, users, backup and restore.

Passwords never travel on the command line (they would show in `ps` and the
shell history): they are typed at a prompt without echo, or read as one line
of stdin with `--password-stdin` (`init --admin-password-stdin`). The acting
user is GUDANG_USER / GUDANG_PASSWORD (DESIGN.md section 9).
"""

from __future__ import annotations

import argparse
import sys

from gudang.cli.context import Context
from gudang.cli.output import print_json, print_table, say as _say
from gudang.domain.errors import AuthenticationFailed, InvalidInput
from gudang.i18n import N_, tr
from gudang.services import users


# -- passwords ----------------------------------------------------------------

def read_password(from_stdin: bool, *, confirm: bool = True, prompt: str | None = None) -> str:
    """One password: a line of stdin (only its line ending removed) or typed at a prompt."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise InvalidInput(N_("no password on stdin: give it as one line"))
        return line[:-2] if line.endswith("\r\n") else line[:-1] if line.endswith("\n") else line
    if not sys.stdin.isatty():
        raise InvalidInput(N_("no terminal to type the password on: pipe it in with --password-stdin"))
    import getpass

    password = getpass.getpass(prompt or tr(N_("New password: ")))
    if confirm and getpass.getpass(tr(N_("Repeat the password: "))) != password:
        raise InvalidInput(N_("the two passwords differ"))
    return password


class Refused(argparse.Action):
    """An option that used to take a secret on the command line: a usage error with the new way."""

    def __init__(self, option_strings, dest, instead: str = "", **kwargs) -> None:
        self.instead = instead
        super().__init__(option_strings, dest, nargs="?", help=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        parser.error(tr(N_("{option} is not accepted: a password on the command line shows in the process list "
                           "and the shell history; use {instead}")).format(option=option_string,
                                                                           instead=self.instead))


def add_password_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password as one line of stdin (else it is asked without echo)")
    parser.add_argument("--password", action=Refused, instead="--password-stdin or the prompt")


# -- init -------------------------------------------------------------------

def _has_users(db) -> bool:
    """True if the database has at least one user (whatever its schema revision)."""
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        if not inspect(conn).has_table("app_user"):
            return False
        return conn.execute(text("SELECT 1 FROM app_user LIMIT 1")).first() is not None


def _init_actor(ctx: Context, db):
    """The administrator GUDANG_USER names, checked as the schema allows (before migrating it)."""
    from gudang.db.migrate import HEAD, current_revision
    from gudang.domain.roles import require

    if current_revision(db) == HEAD:
        actor = ctx.actor()
    else:
        name, password = ctx.credentials()
        actor = users.check_credentials(db, name, password)
    require(actor.role, "users.manage")
    return actor


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services import setup

    from gudang.db.migrate import current_revision, refuse_newer

    db = ctx.database(check_schema=False)
    refuse_newer(db, current_revision(db))  # a newer Gudang's database: refused before anything else
    if args.admin_password_stdin and not args.admin_user:
        raise InvalidInput(N_("--admin-password-stdin needs --admin-user"))
    actor = _init_actor(ctx, db) if _has_users(db) else None
    if args.demo and actor is None and not args.admin_user:
        raise InvalidInput(N_("--demo needs an administrator: give --admin-user (the first one) or set "
                              "GUDANG_USER and GUDANG_PASSWORD"))
    password = None
    if args.admin_user:
        password = read_password(args.admin_password_stdin)
        users.check_password(password)
    if args.demo and _has_users(db) and setup.posted_documents(db):
        from gudang.domain.errors import InvalidState

        raise InvalidState(N_("this database already holds posted documents: load the training data into a "
                              "separate training database, e.g. `gudang --db latihan.sqlite3 init --demo`"))
    roles = None
    if not db.is_sqlite:
        from gudang.db.pgroles import Roles, check_role_name

        roles = Roles(check_role_name(args.owner_role), check_role_name(args.app_role))
    details = {"full_name": args.full_name, "title": args.title, "nip": args.nip}
    result = setup.initialize(db, args.admin_user, password, actor=actor, roles=roles, admin_details=details)
    loaded = None
    if args.demo:
        from gudang.demo.load import load_demo

        loaded = load_demo(db, actor or users.authenticate(db, args.admin_user, password))
    out = {"database": db.url.render_as_string(hide_password=True), "migrated": result.migrated,
           "admin": result.created_admin, "demo": loaded,
           "roles": {"owner": result.roles[0], "app": result.roles[1]} if result.roles else None}
    if ctx.json:
        print_json(out)
    else:
        _say(ctx, tr(N_("Database ready: {url}")).format(url=out["database"]))
        if result.created_admin:
            _say(ctx, tr(N_("Administrator {name} created.")).format(name=result.created_admin))
        if result.roles:
            _say(ctx, tr(N_("PostgreSQL roles: owner {owner}, application {app} (workstations log in as {app}).")
                         ).format(owner=result.roles[0], app=result.roles[1]))
        if loaded:
            _say(ctx, tr(N_("Demo data loaded: {summary}")).format(
                summary=", ".join(f"{k} {v}" for k, v in loaded.items())))
        if not setup.has_users(db):
            _say(ctx, tr(N_("No user exists yet: run `gudang init --admin-user NAME` (the password is asked).")))
    return 0


# -- users --------------------------------------------------------------------

def _print_user(ctx: Context, row: users.UserRow, message: str) -> None:
    print_json(row) if ctx.json else _say(ctx, message)


def cmd_user_add(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.domain.roles import require

    db = ctx.database()
    actor = ctx.actor()
    require(actor.role, "users.manage")  # before asking for a password
    password = read_password(args.password_stdin)
    row = users.add_user(db, actor, args.name, args.role, password, args.full_name, args.title, args.nip)
    _print_user(ctx, row, tr(N_("User {name} added.")).format(name=row.name))
    return 0


def cmd_user_set(ctx: Context, args: argparse.Namespace) -> int:
    changes = {key: getattr(args, key) for key in ("full_name", "title", "nip") if getattr(args, key) is not None}
    if not changes:
        raise InvalidInput(N_("nothing to change: give --full-name, --title or --nip"))
    changes = {key: value or None for key, value in changes.items()}  # "" clears
    row = users.set_details(ctx.database(), ctx.actor(), args.name, **changes)
    _print_user(ctx, row, tr(N_("User {name} changed.")).format(name=row.name))
    return 0


def cmd_user_set_role(ctx: Context, args: argparse.Namespace) -> int:
    row = users.set_role(ctx.database(), ctx.actor(), args.name, args.role)
    _print_user(ctx, row, tr(N_("User {name} is now {role}.")).format(name=row.name, role=row.role))
    return 0


def cmd_user_disable(ctx: Context, args: argparse.Namespace) -> int:
    row = users.disable_user(ctx.database(), ctx.actor(), args.name)
    _print_user(ctx, row, tr(N_("User {name} disabled.")).format(name=row.name))
    return 0


def cmd_user_enable(ctx: Context, args: argparse.Namespace) -> int:
    row = users.enable_user(ctx.database(), ctx.actor(), args.name)
    _print_user(ctx, row, tr(N_("User {name} enabled.")).format(name=row.name))
    return 0


def cmd_user_unlock(ctx: Context, args: argparse.Namespace) -> int:
    was_locked = users.unlock_user(ctx.database(), ctx.actor(), args.name)
    if ctx.json:
        print_json({"name": args.name, "was_locked": was_locked})
    else:
        _say(ctx, tr(N_("{name} unlocked.") if was_locked else N_("{name} was not locked.")).format(name=args.name))
    return 0


def cmd_user_passwd(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.domain.roles import require

    db = ctx.database()
    actor = ctx.actor()
    if actor.name != args.name:
        require(actor.role, "users.manage")  # before asking for a password
    password = read_password(args.password_stdin)
    users.change_password(db, actor, args.name, password)
    print_json({"name": args.name, "changed": True}) if ctx.json else _say(
        ctx, tr(N_("Password of {name} changed.")).format(name=args.name))
    return 0


def cmd_user_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = users.list_users(ctx.database())
    if ctx.json:
        print_json(rows)
    else:
        print_table([(r.name, r.full_name, r.title, r.role, r.active, r.locked) for r in rows],
                    [tr(N_("User")), tr(N_("Name")), tr(N_("Title")), tr(N_("Role")), tr(N_("Active")),
                     tr(N_("Locked"))])
    return 0


# -- backup -------------------------------------------------------------------

def cmd_backup(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services.maintenance import backup_now

    db = ctx.database()
    path = backup_now(db, ctx.actor(), args.out)
    print_json({"backup": str(path)}) if ctx.json else _say(ctx, tr(N_("Backup written to {path}.")).format(path=path))
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    from pathlib import Path

    from gudang.db.engine import resolve_url
    from gudang.domain.errors import DatabaseProblem
    from gudang.services.maintenance import credentials_in_file, restore_database

    url = resolve_url(ctx.db_arg)
    if url.get_backend_name() != "sqlite":
        raise DatabaseProblem(N_("restore a PostgreSQL database on the server with pg_restore (see the README)"))
    target = Path(url.database)
    source = Path(args.file)
    name, password = ctx.credentials()
    try:  # the live database's administrator decides; if it cannot be used, the backup's
        if not target.is_file() or target.stat().st_size == 0:
            raise DatabaseProblem(N_("no database at {path}: run `gudang init` first"), path=target)
        db = ctx.database(check_schema=False)
        from gudang.db.migrate import HEAD, current_revision

        actor = ctx.actor() if current_revision(db) == HEAD else users.check_credentials(db, name, password)
    except AuthenticationFailed:
        raise
    except DatabaseProblem:
        ctx.close()
        actor = credentials_in_file(source, name, password)
    ctx.close()
    result = restore_database(target, source, actor)
    out = {"restored": str(result.restored), "previous": str(result.previous) if result.previous else None,
           "revision": result.revision, "migrated": result.migrated}
    print_json(out) if ctx.json else _say(ctx, tr(N_("Restored {path}; the previous database is kept as {kept}.")).format(
        path=result.restored, kept=result.previous or "-"))
    return 0
