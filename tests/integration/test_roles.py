"""Roles, passwords, lock-out and disabled users (DESIGN.md §9, gudang/domain/roles.py).

Roles: admin (everything), kepala_gudang (approves and posts issues, posts
counts, adjustments and write-offs, cancels), petugas (receives, drafts
issues, picks, counts), viewer (reads). Enforced in the service layer: every
mutating service called without the right raises PermissionDenied naming the
action and the roles it needs, and writes nothing. The `gudang` command exits
1 with that message.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain import dates
from gudang.domain.errors import AuthenticationFailed, PermissionDenied
from gudang.domain.roles import ACTION_NAMES, ADMIN, KEPALA_GUDANG, PERMISSIONS, PETUGAS, ROLES, VIEWER, can
from gudang.i18n import tr
from gudang.services import cancel, catalogue, counts, delivery, drafts, issues, locations, partners, receipts
from gudang.services import allocation, requests, setup, users
from gudang.domain.request_inputs import RequestInput, RequestLineInput
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import ADMIN as ADMIN_NAME, PASSWORD, snapshot
from tests.support.builders import (
    basic_world, english, execute, gudang, issue, issue_input, item, receipt_input, receive, scalar, write_json,
)

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

PASSWORDS = {ADMIN: "rahasia-admin", KEPALA_GUDANG: "rahasia-kepala", PETUGAS: "rahasia-petugas",
             VIEWER: "rahasia-viewer"}


@pytest.fixture
def world(sqlite_db):
    db = sqlite_db
    admin = Actor(ADMIN_NAME, ADMIN)
    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 100, "B1", "2027-05-31", "A-01")])
    posted = issue(db, "2026-11-02", [("BRS-01", 5)])
    draft = issues.draft_issue(db, admin, issue_input("2026-11-03", [("BRS-01", 2)]))
    approved = issues.draft_issue(db, admin, issue_input("2026-11-03", [("BRS-01", 3)]))
    issues.approve_issue(db, admin, approved.id)
    locations.add_location(db, admin, "C-01")
    count = counts.start_count(db, admin, ["B-01"])
    partners.add_event(db, admin, "BJR-R", "Banjir", "banjir")
    request = requests.add_request(db, admin, RequestInput(dates.today(), "REC-1", (
        RequestLineInput("BRS-01", Decimal(4)),), event="BJR-R"))
    for role in (KEPALA_GUDANG, PETUGAS, VIEWER):
        users.add_user(db, admin, role, role, PASSWORDS[role])
    with english():
        yield {"db": db, "posted": posted.number, "draft": draft.id, "approved": approved.id,
               "count": count.id, "request": request.number}


def _item_input(sku="NEW-01"):
    return catalogue.ItemInput(sku=sku, name="Barang baru", unit="pcs")


# (what, action, call(db, actor, world)): every mutating service of the core.
SERVICES = [
    ("add item", "catalogue.edit", lambda db, a, w: catalogue.add_item(db, a, _item_input())),
    ("update item", "catalogue.edit", lambda db, a, w: catalogue.update_item(db, a, "BRS-01", _item_input("BRS-01"))),
    ("deactivate item", "catalogue.edit", lambda db, a, w: catalogue.set_item_active(db, a, "BRS-01", False)),
    ("import items", "catalogue.edit",
     lambda db, a, w: catalogue.import_items(db, a, [{"sku": "IMP-1", "name": "x", "unit": "pcs"}])),
    ("add partner", "catalogue.edit", lambda db, a, w: partners.add_partner(
        db, a, partners.PartnerInput(code="P-NEW", name="Baru", kind="donor"))),
    ("update partner", "catalogue.edit", lambda db, a, w: partners.update_partner(
        db, a, "DON-1", partners.PartnerInput(code="DON-1", name="Ganti", kind="donor"))),
    ("deactivate partner", "catalogue.edit", lambda db, a, w: partners.set_partner_active(db, a, "DON-1", False)),
    ("add event", "catalogue.edit", lambda db, a, w: partners.add_event(db, a, "BJR-9", "Banjir", "banjir")),
    ("add location", "catalogue.edit", lambda db, a, w: locations.add_location(db, a, "C-09")),
    ("deactivate location", "catalogue.edit", lambda db, a, w: locations.set_location_active(db, a, "B-01", False)),
    ("add warehouse", "settings.edit", lambda db, a, w: locations.add_warehouse(db, a, "GDG-02", "Gudang 2")),
    ("change settings", "settings.edit", lambda db, a, w: setup.update_settings(db, a, {"agency_code": "X"})),
    ("post receipt", "receipt.post", lambda db, a, w: receipts.post_receipt(
        db, a, receipt_input("2026-11-04", [("BRS-01", 1, "B2", "2027-06-30", "A-01")]))),
    ("issue goods", "issue.post", lambda db, a, w: issues.issue_goods(db, a, issue_input("2026-11-04", [("BRS-01", 1)]))),
    ("draft issue", "issue.draft", lambda db, a, w: issues.draft_issue(db, a, issue_input("2026-11-04", [("BRS-01", 1)]))),
    ("edit draft", "issue.draft", lambda db, a, w: drafts.update_issue_draft(
        db, a, w["draft"], issue_input("2026-11-04", [("BRS-01", 1)]))),
    ("approve issue", "issue.approve", lambda db, a, w: issues.approve_issue(db, a, w["draft"])),
    ("post issue", "issue.post", lambda db, a, w: issues.post_issue(db, a, w["approved"])),
    ("confirm delivery", "issue.confirm", lambda db, a, w: delivery.confirm_delivery(
        db, a, w["posted"], delivery.confirmation_from_json({"date": "2026-11-05", "lines": [{"lot": "B1", "good": 5}]}))),
    ("cancel document", "document.cancel", lambda db, a, w: cancel.cancel_document(db, a, w["posted"], "salah")),
    ("start count", "count.start", lambda db, a, w: counts.start_count(db, a, ["C-01"])),
    ("scan count", "count.scan", lambda db, a, w: counts.scan_count(db, a, w["count"], "B-01")),
    ("recount", "count.start", lambda db, a, w: counts.recount(db, a, w["count"])),
    ("post count", "count.post", lambda db, a, w: counts.post_count(db, a, w["count"], "selisih")),
    ("cancel count", "count.post", lambda db, a, w: counts.cancel_count(db, a, w["count"], "batal")),
    ("add user", "users.manage", lambda db, a, w: users.add_user(db, a, "baru", VIEWER, "rahasia-baru")),
    ("set role", "users.manage", lambda db, a, w: users.set_role(db, a, VIEWER, ADMIN)),
    ("disable user", "users.manage", lambda db, a, w: users.disable_user(db, a, ADMIN_NAME)),
    ("change another's password", "users.manage",
     lambda db, a, w: users.change_password(db, a, ADMIN_NAME, "diganti-orang")),
    ("change partner", "catalogue.edit", lambda db, a, w: partners.change_partner(db, a, "REC-1", people_served=9)),
    ("set ration", "catalogue.edit", lambda db, a, w: requests.set_ration(db, a, "BRS-01", "0.25", None)),
    ("add request", "request.add", lambda db, a, w: requests.add_request(db, a, RequestInput(
        dates.today(), "REC-1", (RequestLineInput("BRS-01", Decimal(3)),)))),
    ("close request", "request.close", lambda db, a, w: requests.close_request(db, a, w["request"], "selesai")),
    ("draft an allocation", "request.allocate", lambda db, a, w: allocation.draft_plan(db, a, "BJR-R")),
]
# Actions of services being written elsewhere (transfer, quarantine, release, write-off,
# adjustment): the role table above is what they are checked against.
OPTIONAL = ["transfer.post", "lot.quarantine", "lot.release", "writeoff.post", "adjustment.post"]


def test_the_role_table_is_what_the_issue_says():
    assert set(ROLES) == {ADMIN, KEPALA_GUDANG, PETUGAS, VIEWER}
    assert all(can(ADMIN, action) for action in PERMISSIONS)
    head_only = ["issue.approve", "issue.post", "count.post", "adjustment.post", "writeoff.post", "document.cancel"]
    for action in head_only:
        assert can(KEPALA_GUDANG, action) and not can(PETUGAS, action) and not can(VIEWER, action), action
    for action in ["receipt.post", "issue.draft", "count.scan", "count.start"]:
        assert can(PETUGAS, action) and can(KEPALA_GUDANG, action) and not can(VIEWER, action), action
    assert [a for a in PERMISSIONS if can(VIEWER, a)] == ["read"]
    assert [a for a in PERMISSIONS if can(KEPALA_GUDANG, a) != can(ADMIN, a)] == ["users.manage", "settings.edit"]
    assert set(ACTION_NAMES) == set(PERMISSIONS)
    # every action the services use is covered above
    assert {action for _, action, _ in SERVICES} | set(OPTIONAL) | {"read", "backup", "issue.non_fefo"} \
        >= set(PERMISSIONS)


@pytest.mark.parametrize("role", [KEPALA_GUDANG, PETUGAS, VIEWER])
def test_every_mutating_service_refuses_a_role_without_the_right(world, role):
    db = world["db"]
    actor = users.authenticate(db, role, PASSWORDS[role])
    assert actor.role == role
    before = snapshot(db)
    refused = 0
    for what, action, call in SERVICES:
        if can(role, action):
            continue
        with pytest.raises(PermissionDenied) as caught:
            call(db, actor, world)
        message = str(caught.value)
        assert tr(ACTION_NAMES[action]) in message, (what, message)
        assert " / ".join(PERMISSIONS[action]) in message, (what, message)
        assert f"you are {role}" in message and "\n" not in message
        refused += 1
    assert refused >= {KEPALA_GUDANG: 5, PETUGAS: 12, VIEWER: len(SERVICES)}[role]
    assert snapshot(db) == before, "a refused action wrote something"


@pytest.mark.parametrize("role", [ADMIN, KEPALA_GUDANG, PETUGAS])
def test_each_role_can_do_what_it_is_given(world, role):
    db = world["db"]
    actor = users.authenticate(db, role, PASSWORDS[role])
    done = []
    order = ["post receipt", "draft issue", "start count", "scan count", "add item", "approve issue", "post issue",
             "issue goods", "cancel document", "post count", "add user"]
    by_name = {what: (action, call) for what, action, call in SERVICES}
    for what in order:
        action, call = by_name[what]
        if can(role, action):
            call(db, actor, world)
            done.append(what)
    assert len(done) == {ADMIN: 11, KEPALA_GUDANG: 10, PETUGAS: 5}[role]
    assert verify(db).ok
    audited = scalar(db, "SELECT count(*) FROM audit_entry WHERE \"user\" = :u", {"u": role})
    # (a count scan is recorded with its counter in count_scan rather than in the audit log)
    assert audited >= len([what for what in done if what != "scan count"])


def test_five_failed_logins_lock_the_user_until_the_time_passes(world):
    db = world["db"]
    for _ in range(5):
        with pytest.raises(AuthenticationFailed, match="wrong user name or password"):
            users.authenticate(db, PETUGAS, "salah-sandi")
    with pytest.raises(AuthenticationFailed, match="locked"):
        users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS])  # the right password, but locked
    assert scalar(db, "SELECT count(*) FROM audit_entry WHERE action = 'user.login_failed'") == 5
    # after the lock time: move locked_until into the past
    execute(db, "UPDATE login_attempt SET locked_until = :t WHERE name = :n",
            {"t": dt.datetime(2000, 1, 1), "n": PETUGAS})
    assert users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS]).role == PETUGAS
    # and four failures then a success do not lock
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, PETUGAS, "salah")
    assert users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS]).role == PETUGAS
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, PETUGAS, "salah")
    assert users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS]).role == PETUGAS
    assert verify(db).ok


def test_passwords_are_argon2id_and_checked(world):
    db = world["db"]
    stored = scalar(db, "SELECT password_hash FROM app_user WHERE name = :n", {"n": PETUGAS})
    assert stored.startswith("$argon2id$") and PASSWORDS[PETUGAS] not in stored
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, PETUGAS, "")
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "tidak-ada", "apa-saja")
    users.change_password(db, users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS]), PETUGAS, "sandi-baru")
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS])
    assert users.authenticate(db, PETUGAS, "sandi-baru").name == PETUGAS


def test_a_disabled_user_cannot_act(world):
    db = world["db"]
    users.disable_user(db, Actor(ADMIN_NAME, ADMIN), PETUGAS)
    with pytest.raises(AuthenticationFailed, match="disabled"):
        users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS])


# -- through the `gudang` command -------------------------------------------------

@pytest.fixture
def cli_world(tmp_path, world):
    db = world["db"]
    path = db.url.database
    db.dispose()
    issue_file = write_json(tmp_path, "issue.json", {"date": "2026-11-05", "recipient": "REC-1",
                                                     "lines": [{"sku": "BRS-01", "qty": 2}]})
    receipt_file = write_json(tmp_path, "receipt.json", {"date": "2026-11-05", "donor": "DON-1", "lines": [
        {"sku": "BRS-01", "qty": 4, "lot": "B7", "expiry": "2027-08-31", "location": "A-02"}]})
    return {"path": path, "issue": issue_file, "receipt": receipt_file, **world}


def cli(path, *args, user=ADMIN_NAME, password=PASSWORD, stdin=None):
    """`gudang ARGS` in this process (most CLI checks; a real process is used for one)."""
    import contextlib
    import io
    import os

    from gudang import i18n
    from gudang.cli import main
    from tests.support.builders import Run

    out, err = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in ("GUDANG_DB", "GUDANG_USER", "GUDANG_PASSWORD", "GUDANG_LANG")}
    os.environ.update(GUDANG_DB=str(path), GUDANG_USER=user, GUDANG_PASSWORD=password, GUDANG_LANG="en")
    token = i18n._language.set(i18n.get_language())
    import sys

    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        sys.stdin = saved_stdin
        i18n._language.reset(token)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return Run(code, out.getvalue(), err.getvalue())


def _one_line(run) -> str:
    lines = run.error_lines
    assert len(lines) == 1 and "Traceback" not in run.stderr, run.stderr
    return lines[0]


def test_petugas_cannot_post_an_issue_from_the_command(cli_world):
    path = cli_world["path"]
    run = gudang(path, "issue", cli_world["issue"], user=PETUGAS, password=PASSWORDS[PETUGAS])
    assert run.code == 1
    line = _one_line(run)
    assert "post a goods issue" in line and "admin / kepala_gudang" in line and "petugas" in line
    # the same user may draft it, the head of warehouse approves and posts it
    run = cli(path, "--json", "issue", "--draft", cli_world["issue"], user=PETUGAS, password=PASSWORDS[PETUGAS])
    assert run.code == 0, run.stderr
    draft = run.json()["id"]
    run = cli(path, "approve", str(draft), user=PETUGAS, password=PASSWORDS[PETUGAS])
    assert run.code == 1 and "approve a goods issue" in _one_line(run)
    assert cli(path, "approve", str(draft), user=KEPALA_GUDANG, password=PASSWORDS[KEPALA_GUDANG]).code == 0
    run = cli(path, "--json", "post", str(draft), user=KEPALA_GUDANG, password=PASSWORDS[KEPALA_GUDANG])
    assert run.code == 0, run.stderr
    assert run.json()["number"].startswith("002/SJ/")
    # a viewer reads but does not receive
    run = cli(path, "receive", cli_world["receipt"], user=VIEWER, password=PASSWORDS[VIEWER])
    assert run.code == 1 and "post a receipt" in _one_line(run)
    assert cli(path, "--json", "stock", user=VIEWER, password=PASSWORDS[VIEWER]).code == 0
    assert cli(path, "verify").code == 0


def test_user_commands(cli_world):
    path = cli_world["path"]
    run = cli(path, "user", "add", "budi", "--role", "petugas", "--password-stdin",
              user=PETUGAS, password=PASSWORDS[PETUGAS], stdin="sandi-budi\n")
    assert run.code == 1 and "manage users" in _one_line(run) and "admin" in _one_line(run)
    assert cli(path, "user", "add", "budi", "--role", "petugas", "--password-stdin", stdin="sandi-budi\n").code == 0
    run = cli(path, "user", "add", "budi", "--role", "petugas", "--password-stdin", stdin="sandi-budi\n")
    assert run.code == 1 and "already exists" in _one_line(run)
    assert cli(path, "user", "add", "x", "--role", "raja", "--password-stdin", stdin="sandi\n").code == 2
    assert cli(path, "receive", cli_world["receipt"], user="budi", password="sandi-budi").code == 0
    assert cli(path, "issue", cli_world["issue"], user="budi", password="sandi-budi").code == 1
    assert cli(path, "user", "set-role", "budi", "kepala_gudang").code == 0
    assert cli(path, "issue", cli_world["issue"], user="budi", password="sandi-budi").code == 0
    assert cli(path, "user", "passwd", "budi", "--password-stdin", stdin="sandi-lain\n").code == 0
    run = cli(path, "receive", cli_world["receipt"], user="budi", password="sandi-budi")
    assert run.code == 1 and "wrong user name or password" in _one_line(run)
    # users change their own password; another's needs the admin
    run = cli(path, "user", "passwd", ADMIN_NAME, "--password-stdin", user="budi", password="sandi-lain",
              stdin="punya-saya\n")
    assert run.code == 1 and "manage users" in _one_line(run)
    assert cli(path, "user", "passwd", "budi", "--password-stdin", stdin="sandi-ketiga\n", user="budi",
                  password="sandi-lain").code == 0
    assert cli(path, "user", "disable", "budi").code == 0
    run = cli(path, "receive", cli_world["receipt"], user="budi", password="sandi-ketiga")
    assert run.code == 1 and "disabled" in _one_line(run)
    run = cli(path, "--json", "user", "list")
    assert {u["name"]: (u["role"], u["active"]) for u in run.json()}["budi"] == ("kepala_gudang", False)
    run = cli(path, "verify")
    assert run.code == 0, run.stderr
    actions = scalar_all(path, "SELECT action FROM audit_entry WHERE object = 'budi' ORDER BY id")
    assert actions == ["user.add", "user.set_role", "user.passwd", "user.login_failed", "user.passwd", "user.disable",
                       "user.login_refused"]  # a disabled user's login (the right password) is audited too


def scalar_all(path, sql):
    import sqlite3

    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute(sql)]


def test_lockout_through_the_command(cli_world):
    path = cli_world["path"]
    for _ in range(5):
        run = cli(path, "receive", cli_world["receipt"], user=PETUGAS, password="salah")
        assert run.code == 1 and "wrong user name or password" in _one_line(run)
    run = cli(path, "receive", cli_world["receipt"], user=PETUGAS, password=PASSWORDS[PETUGAS])
    assert run.code == 1 and "locked" in _one_line(run)
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE login_attempt SET locked_until = '2000-01-01 00:00:00.000000' WHERE name = ?",
                     (PETUGAS,))
    run = cli(path, "receive", cli_world["receipt"], user=PETUGAS, password=PASSWORDS[PETUGAS])
    assert run.code == 0, run.stderr


@pytest.mark.postgres
def test_roles_on_postgres(postgres_url):
    from tests.conftest import make_database

    db = make_database(postgres_url)
    try:
        admin = Actor(ADMIN_NAME, ADMIN)
        basic_world(db)
        item(db, "BRS-01")
        users.add_user(db, admin, PETUGAS, PETUGAS, PASSWORDS[PETUGAS])
        petugas = users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS])
        receipts.post_receipt(db, petugas, receipt_input("2026-11-04", [("BRS-01", 3, "B2", "2027-06-30", "A-01")]))
        before = snapshot(db)
        with english(), pytest.raises(PermissionDenied, match="post a goods issue"):
            issues.issue_goods(db, petugas, issue_input("2026-11-04", [("BRS-01", Decimal(1))]))
        assert snapshot(db) == before
        for _ in range(5):
            with pytest.raises(AuthenticationFailed):
                users.authenticate(db, PETUGAS, "salah")
        with english(), pytest.raises(AuthenticationFailed, match="locked"):
            users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS])
        execute(db, "UPDATE login_attempt SET locked_until = :t WHERE name = :n",
                {"t": dt.datetime(2000, 1, 1), "n": PETUGAS})
        assert users.authenticate(db, PETUGAS, PASSWORDS[PETUGAS]).role == PETUGAS
        assert verify(db).ok
    finally:
        db.dispose()
