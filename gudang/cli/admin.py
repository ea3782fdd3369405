"""Administration commands: users, backup and restore."""

from __future__ import annotations

import argparse
import sys

from gudang.cli.context import Context
from gudang.cli.output import print_json, print_table, say as _say
from gudang.i18n import N_, tr
from gudang.services import users


# -- users --------------------------------------------------------------------

def cmd_user_add(ctx: Context, args: argparse.Namespace) -> int:
    row = users.add_user(ctx.database(), ctx.actor(), args.name, args.role, args.password, args.full_name)
    print_json(row) if ctx.json else _say(ctx, tr(N_("User {name} added.")).format(name=row.name))
    return 0


def cmd_user_set_role(ctx: Context, args: argparse.Namespace) -> int:
    row = users.set_role(ctx.database(), ctx.actor(), args.name, args.role)
    print_json(row) if ctx.json else _say(ctx, tr(N_("User {name} is now {role}.")).format(name=row.name, role=row.role))
    return 0


def cmd_user_disable(ctx: Context, args: argparse.Namespace) -> int:
    row = users.disable_user(ctx.database(), ctx.actor(), args.name)
    print_json(row) if ctx.json else _say(ctx, tr(N_("User {name} disabled.")).format(name=row.name))
    return 0


def cmd_user_passwd(ctx: Context, args: argparse.Namespace) -> int:
    import os

    password = args.password if args.password is not None else os.environ.get("GUDANG_NEW_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            password = sys.stdin.readline().rstrip("\n")
        else:
            import getpass

            password = getpass.getpass(tr(N_("New password: ")))
    users.change_password(ctx.database(), ctx.actor(), args.name, password)
    print_json({"name": args.name, "changed": True}) if ctx.json else _say(
        ctx, tr(N_("Password of {name} changed.")).format(name=args.name))
    return 0


def cmd_user_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = users.list_users(ctx.database())
    if ctx.json:
        print_json(rows)
    else:
        print_table([(r.name, r.full_name, r.role, r.active) for r in rows],
                    [tr(N_("User")), tr(N_("Name")), tr(N_("Role")), tr(N_("Active"))])
    return 0


# -- backup -------------------------------------------------------------------

def cmd_backup(ctx: Context, args: argparse.Namespace) -> int:
    from gudang.services.maintenance import backup_now

    path = backup_now(ctx.database(), ctx.actor(), args.out)
    print_json({"backup": str(path)}) if ctx.json else _say(ctx, tr(N_("Backup written to {path}.")).format(path=path))
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    from pathlib import Path

    from gudang.db import backup
    from gudang.db.engine import resolve_url
    from gudang.domain.errors import DatabaseProblem

    url = resolve_url(ctx.db_arg)
    if url.get_backend_name() != "sqlite":
        raise DatabaseProblem(N_("restore a PostgreSQL database on the server with pg_restore (see the README)"))
    target = Path(url.database)
    kept = backup.restore(Path(args.file), target)
    out = {"restored": str(target), "previous": str(kept) if kept else None}
    print_json(out) if ctx.json else _say(ctx, tr(N_("Restored {path}; the previous database is kept as {kept}.")).format(
        path=target, kept=kept or "-"))
    return 0
