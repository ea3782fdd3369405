"""PostgreSQL enforces its own rules (issue 10, DESIGN.md section 11).

`gudang init`, run by the database administrator, sets up an owner role that
alone may change the schema and an application role for the workstations. On
the real server: the application role runs the whole app (postings, verify),
but cannot disable a trigger, alter a table, or update or delete moves, posted
documents or audit entries; what it may change (a user's role, say) is what the
app changes, and `verify` names it when done behind the app's back.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tests.conftest import ADMIN, PASSWORD
from tests.support.builders import ROOT, gudang_argv, write_json

pytestmark = pytest.mark.postgres


def run(url, *args, stdin=None, user=ADMIN, password=PASSWORD):
    env = {k: v for k, v in os.environ.items() if k not in ("GUDANG_DB", "GUDANG_USER", "GUDANG_PASSWORD")}
    env.update(GUDANG_LANG="en", PYTHONPATH=str(ROOT))
    if user is not None:
        env.update(GUDANG_USER=user, GUDANG_PASSWORD=password)
    proc = subprocess.run([*gudang_argv(env), "--db", url, *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, input=stdin)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture(scope="module")
def server_db(postgres_module_url, tmp_path_factory):
    """One database set up by its administrator (the superuser), and a posted history made by
    a workstation that logs in as the application role."""
    owner_url = postgres_module_url
    proc = run(owner_url, "--json", "init", "--admin-user", ADMIN, "--admin-password-stdin", stdin=PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["roles"] == {"owner": "gudang_owner", "app": "gudang_app"}
    app_url = make_url(owner_url).set(username="gudang_app").render_as_string(hide_password=False)
    folder = tmp_path_factory.mktemp("pgroles")
    for args in (["item", "add", "--sku", "BRS-01", "--name", "Beras", "--unit", "karung"],
                 ["partner", "add", "--code", "BNPB", "--name", "BNPB", "--kind", "donor"],
                 ["partner", "add", "--code", "POSKO-1", "--name", "Posko 1", "--kind", "recipient"],
                 ["location", "add", "--code", "A-01"]):
        proc = run(app_url, *args)
        assert proc.returncode == 0, (args, proc.stderr)
    proc = run(app_url, "receive", write_json(folder, "r.json", {"date": "2026-11-27", "donor": "BNPB", "lines": [
        {"sku": "BRS-01", "qty": 40, "lot": "B1", "expiry": "2027-05-31", "location": "A-01"}]}))
    assert proc.returncode == 0, proc.stderr
    proc = run(app_url, "issue", write_json(folder, "i.json", {"date": "2026-11-28", "recipient": "POSKO-1",
                                                               "lines": [{"sku": "BRS-01", "qty": 5}]}))
    assert proc.returncode == 0, proc.stderr
    proc = run(app_url, "verify")
    assert proc.returncode == 0, proc.stderr
    return owner_url, app_url


def as_app(app_url, sql):
    engine = create_engine(app_url.replace("postgresql://", "postgresql+psycopg://", 1)
                           if app_url.startswith("postgresql://") else app_url)
    try:
        with engine.begin() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == "gudang_app"
            conn.execute(text(sql))
    finally:
        engine.dispose()


@pytest.mark.parametrize("sql, refusal", [
    ("ALTER TABLE stock_move DISABLE TRIGGER stock_move_immutable", "must be owner"),
    ("ALTER TABLE stock_move DISABLE TRIGGER ALL", "must be owner"),
    ("DROP TRIGGER audit_immutable ON audit_entry", "must be owner"),
    ("ALTER TABLE app_user ADD COLUMN backdoor text", "must be owner"),
    ("ALTER TABLE balance DROP CONSTRAINT ck_balance_not_negative", "must be owner"),
    ("CREATE OR REPLACE FUNCTION gudang_refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
     "$$ BEGIN RETURN NEW; END $$", "permission denied for schema public"),
    ("CREATE TRIGGER promote AFTER INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION gudang_touch('x', 'id')",
     "permission denied"),
    ("CREATE TABLE notes (id int)", "permission denied"),
    ("UPDATE stock_move SET qty = qty * 2", "permission denied"),
    ("DELETE FROM stock_move", "permission denied"),
    ("UPDATE audit_entry SET summary = 'nothing happened'", "permission denied"),
    ("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)", "permission denied"),
    ("DELETE FROM audit_row", "permission denied"),
    ("TRUNCATE audit_entry CASCADE", "permission denied"),
    ("TRUNCATE stock_move CASCADE", "permission denied"),
    ("UPDATE document SET notes = 'diubah' WHERE state = 'posted'", "immutable"),
    ("DELETE FROM document WHERE state = 'posted' AND type = 'issue'", "immutable"),
    ("UPDATE document_line SET qty = 1", "immutable"),
    ("UPDATE alembic_version SET version_num = '0001'", "permission denied"),
])
def test_the_application_role_cannot(server_db, sql, refusal):
    _owner_url, app_url = server_db
    with pytest.raises(DBAPIError) as error:
        as_app(app_url, sql)
    assert refusal in str(error.value.orig).lower(), error.value.orig


def test_init_cannot_make_anyone_an_admin_on_postgresql(server_db):
    """The report's first attack, on the server: neither through the owner's nor through the
    workstations' connection does `init` add an administrator without one logged in."""
    for url in server_db:
        proc = run(url, "--json", "init", "--admin-user", "mallory", "--admin-password-stdin", stdin="mallory123\n",
                   user=None)
        assert proc.returncode == 1 and json.loads(proc.stdout)["error"]["code"] == "authentication_failed"
        proc = run(url, "--json", "init", "--admin-user", "mallory", "--admin-password-stdin", stdin="mallory123\n",
                   user=ADMIN, password="salah-sandi")
        assert proc.returncode == 1 and "wrong user name or password" in proc.stderr
    # nor does --demo put training data and the README's users into the live ledger, even for the admin
    proc = run(server_db[0], "--json", "init", "--demo")
    assert proc.returncode == 1 and "posted documents" in proc.stderr, proc.stderr
    users = json.loads(run(server_db[1], "--json", "user", "list").stdout)
    assert not {"mallory", "kepala", "petugas", "tamu"} & {u["name"] for u in users}


def test_what_the_application_role_may_change_behind_the_apps_back_verify_names(server_db):
    owner_url, app_url = server_db
    as_app(app_url, "UPDATE app_user SET role = 'admin' WHERE name = 'admin'")  # a no-op change: still fine
    assert run(app_url, "verify").returncode == 0
    as_app(app_url, "INSERT INTO app_user (name, password_hash, role, active, failed_logins) "
                    "VALUES ('mallory', 'x', 'admin', true, 0)")
    proc = run(app_url, "verify")
    assert proc.returncode == 1 and "user mallory" in proc.stderr and "added outside Gudang" in proc.stderr
    # the owner (the database administrator) cleans up
    engine = create_engine(owner_url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM app_user WHERE name = 'mallory'"))
    engine.dispose()
    assert run(app_url, "verify").returncode == 0


def test_the_application_role_cannot_migrate_and_says_who_can(server_db):
    """A workstation on the application role refuses to upgrade the schema itself, naming who may."""
    from gudang.db.engine import Database
    from gudang.db.migrate import migrate

    _owner_url, app_url = server_db
    db = Database(app_url)
    try:
        with db.engine.begin() as conn:
            assert conn.execute(text("SELECT has_table_privilege('alembic_version', 'UPDATE')")).scalar() is False
            owner = conn.execute(text("SELECT tableowner FROM pg_tables WHERE tablename = 'stock_move'")).scalar()
        assert owner == "gudang_owner"
        assert migrate(db) is False  # up to date: nothing to do, nothing refused
    finally:
        db.dispose()
