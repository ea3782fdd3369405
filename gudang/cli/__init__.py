"""The `gudang` command: the administrator's and automation tool.

Errors exit 1 with one line on stderr naming the problem (and, with --json,
`{"error": {"code", "message"}}` on stdout); usage errors exit 2. Nothing is
written when a command fails: each command is one unit of work.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from gudang.cli import admin, reading, register, requesting
from gudang.cli import commands as c
from gudang.cli.context import Context
from gudang.cli.output import print_json
from gudang.domain.errors import DatabaseProblem, GudangError
from gudang.i18n import LANGUAGES, N_, set_language, tr

EXIT_BUG = 70
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a reader gone away


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        message = " ".join(message.split())  # an argument may hold a line break ("\x85" is one too)
        self.exit(2, f"{self.prog}: {tr(N_('usage error'))}: {message}\n")


def _globals(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", default=default, help="database URL or SQLite file (else $GUDANG_DB)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="machine-readable output on stdout")
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help="message language (id, en)")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="gudang", description="Gudang: relief warehouse management")
    _globals(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _globals(common, suppress=True)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    def command(name, handler, help_text, parent=sub):
        p = parent.add_parser(name, help=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    def group(name, help_text):
        p = sub.add_parser(name, help=help_text, parents=[common])
        return p.add_subparsers(dest=f"{name}_command", required=True, parser_class=Parser)

    p = command("init", admin.cmd_init, "create or migrate the database (needs an administrator once it has users)")
    p.add_argument("--admin-user", help="add this administrator (the first one needs no login)")
    p.add_argument("--admin-password-stdin", action="store_true",
                   help="read the administrator's password as one line of stdin (else it is asked)")
    p.add_argument("--admin-password", action=admin.Refused, instead="--admin-password-stdin or the prompt")
    p.add_argument("--full-name", help="of the new administrator, as documents print it")
    p.add_argument("--title", help="jabatan of the new administrator")
    p.add_argument("--nip")
    p.add_argument("--demo", action="store_true",
                   help="load the Kampar flood training data (only into a database without posted documents)")
    p.add_argument("--owner-role", default="gudang_owner", help="PostgreSQL: the role that owns the schema")
    p.add_argument("--app-role", default="gudang_app", help="PostgreSQL: the role workstations log in as")

    items = group("item", "the item catalogue")
    p = command("add", c.cmd_item_add, "add an item", items)
    p.add_argument("--sku", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--unit", required=True, help="base unit, e.g. pcs, kg, dus")
    p.add_argument("--category")
    p.add_argument("--gtin")
    p.add_argument("--no-lot", action="store_true", help="not tracked by lot")
    p.add_argument("--no-expiry", action="store_true", help="no expiry date")
    p.add_argument("--min-stock")
    p.add_argument("--weight-kg")
    p.add_argument("--volume-m3")
    p.add_argument("--pack", action="append", metavar="UNIT=FACTOR", help="pack unit, e.g. dus=40")
    p.add_argument("--decimals", metavar="N",
                   help="decimal places a quantity may have, 0..3 (default 0: whole units; kg or litres: 1-3)")
    p = command("list", c.cmd_item_list, "list items", items)
    p.add_argument("--search")
    p = command("import", c.cmd_item_import, "import items from CSV or XLSX (all rows or none)", items)
    p.add_argument("file")

    partners = group("partner", "donors, recipients, transporters")
    p = command("add", c.cmd_partner_add, "add a partner", partners)
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=("donor", "recipient", "transporter"))
    p.add_argument("--address")
    p.add_argument("--contact")
    p.add_argument("--phone")
    requesting.add_partner_options(p)  # kecamatan, desa, region code and the people behind a recipient
    requesting.add_partner_commands(command, partners)
    p = command("list", c.cmd_partner_list, "list partners", partners)
    p.add_argument("--kind", choices=("donor", "recipient", "transporter"))

    locations = group("location", "bins and areas")
    p = command("add", c.cmd_location_add, "add a location", locations)
    p.add_argument("--code", required=True)
    p.add_argument("--warehouse")
    p.add_argument("--kind", default="storage", choices=("storage", "receiving", "quarantine"))
    p.add_argument("--name")
    p = command("list", c.cmd_location_list, "list locations", locations)
    p.add_argument("--all", action="store_true", help="include the virtual locations")

    events = group("event", "disaster events")
    p = command("add", c.cmd_event_add, "add an event", events)
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--type", required=True)
    p.add_argument("--start")
    p.add_argument("--end")
    p.add_argument("--area")
    command("list", c.cmd_event_list, "list events", events)
    register.add_commands(command, sub, events)  # `documents`, `event close`

    p = command("receive", c.cmd_receive, "post a receipt from a JSON file")
    p.add_argument("file")
    p = command("issue", c.cmd_issue, "post (or draft) a goods issue from a JSON file, FEFO")
    p.add_argument("file")
    p.add_argument("--draft", action="store_true", help="save as a draft with the FEFO proposal")
    p = command("approve", c.cmd_approve, "approve a draft goods issue")
    p.add_argument("id")
    p = command("post", c.cmd_post, "post an approved goods issue")
    p.add_argument("id")
    p = command("cancel", c.cmd_cancel, "cancel a posted document by a reversal")
    p.add_argument("number")
    p.add_argument("--reason", required=True)

    p = command("stock", reading.cmd_stock, "stock on hand by item, lot and bin")
    p.add_argument("--sku")
    p.add_argument("--location")
    p = command("expiring", reading.cmd_expiring, "lots expiring within N days (expired included)")
    p.add_argument("--days", type=int, required=True)
    p.add_argument("--as-of")
    p = command("card", reading.cmd_card, "stock card (kartu stok) of an item")
    p.add_argument("sku")
    p.add_argument("--lot")
    p = command("trace", reading.cmd_trace, "where a lot came from and went")
    p.add_argument("lot")
    p = command("scan", reading.cmd_scan, "resolve a scanned code")
    p.add_argument("code")
    p = command("verify", reading.cmd_verify, "check ledger, balances, numbers, audit chain and row digests")
    p.add_argument("--quick", action="store_true",
                   help="recompute only the rows touched outside Gudang (seconds on a big database); "
                        "edits made with the triggers dropped need the full check")
    p = command("replay", c.cmd_replay, "post a JSON-lines file of items, partners, receipts, issues")
    p.add_argument("file")

    user = group("user", "users and roles")
    p = command("add", admin.cmd_user_add, "add a user (the password is asked, or read with --password-stdin)", user)
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=("admin", "kepala_gudang", "petugas", "viewer"))
    p.add_argument("--full-name", help="as documents print it under the signature")
    p.add_argument("--title", help="jabatan")
    p.add_argument("--nip")
    admin.add_password_options(p)
    p = command("set", admin.cmd_user_set, "change a user's full name, title (jabatan) or NIP", user)
    p.add_argument("name")
    p.add_argument("--full-name")
    p.add_argument("--title")
    p.add_argument("--nip")
    p = command("set-role", admin.cmd_user_set_role, "change a user's role", user)
    p.add_argument("name")
    p.add_argument("role", choices=("admin", "kepala_gudang", "petugas", "viewer"))
    p = command("disable", admin.cmd_user_disable, "disable a user", user)
    p.add_argument("name")
    p = command("enable", admin.cmd_user_enable, "enable a disabled user", user)
    p.add_argument("name")
    p = command("unlock", admin.cmd_user_unlock, "lift the lock after too many failed logins", user)
    p.add_argument("name")
    p = command("passwd", admin.cmd_user_passwd, "set a user's password (asked, or --password-stdin)", user)
    p.add_argument("name")
    admin.add_password_options(p)
    command("list", admin.cmd_user_list, "list users", user)

    p = command("backup", admin.cmd_backup, "write a backup copy of the SQLite database (never overwrites)")
    p.add_argument("--out", required=True)
    p = command("restore", admin.cmd_restore, "replace the SQLite database with a backup (administrator)")
    p.add_argument("file")

    from gudang.cli import operations, printing

    printing.add_commands(command, sub)
    operations.add_commands(command, sub)
    requesting.add_commands(command, sub)
    return parser


def _log_bug() -> Path | None:
    try:
        from platformdirs import user_log_dir

        from gudang.db.files import open_private_append, private_dir

        folder = private_dir(user_log_dir("Gudang", appauthor=False))
        path = folder / "gudang-errors.log"
        with open_private_append(path) as handle:
            handle.write(traceback.format_exc() + "\n")
        return path
    except OSError:
        return None


def main(argv: list[str] | None = None, early_check=None) -> int:
    """The command in `argv` (else sys.argv). `early_check`: the check of the database file
    that `gudang.command` started before importing this module."""
    if os.environ.get("GUDANG_LANG") in LANGUAGES:  # usage errors come before --lang is parsed
        set_language(os.environ["GUDANG_LANG"])
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = getattr(args, "lang", None) or os.environ.get("GUDANG_LANG")
    if lang in LANGUAGES:
        set_language(lang)
    ctx = Context(db_arg=getattr(args, "db", None), json=bool(getattr(args, "json", False)),
                  early_check=early_check)
    if early_check is not None:
        early_check.wait()  # no command meets the file while the check still reads it (a restore replaces it)
    try:
        code = args.handler(ctx, args)
        sys.stdout.flush()  # here, so that a reader gone away is met below, not at exit
        return code
    except GudangError as error:
        return _fail(ctx, error.code, error.message)
    except KeyboardInterrupt:
        return _fail(ctx, "interrupted", tr(N_("interrupted; nothing was written")))
    except BrokenPipeError:
        # The reader went away (`gudang stock | head`): stop quietly, as other commands do. Output
        # comes after the commit, so nothing is lost; stdout goes nowhere, or closing it at exit
        # would fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as error:  # a bug: say so in one line, keep the traceback in the log
        from sqlalchemy.exc import OperationalError

        if isinstance(error, OperationalError):
            problem = DatabaseProblem(N_("the database cannot be used: {problem}"), problem=error.orig)
            return _fail(ctx, problem.code, problem.message)
        log = _log_bug()
        message = tr(N_("internal error (a bug in Gudang): {problem}")).format(
            problem=f"{type(error).__name__}: {error}"[:300])
        if log:
            message += " — " + tr(N_("details in {path}")).format(path=log)
        _fail(ctx, "bug", message)
        return EXIT_BUG
    finally:
        ctx.close()


def _fail(ctx: Context, code: str, message: str) -> int:
    message = " ".join(message.split())  # one line
    sys.stderr.write(f"gudang: {message}\n")
    if ctx.json:
        print_json({"error": {"code": code, "message": message}})
    return 1
