"""The red-team attacks of issue 10 that are refused (the ones `verify` detects are in
test_tampering.py): logging in everywhere, restore, secrets, logins, misleading failures.

Each attack is made the way the report made it, through the `gudang` command in a
real process where that matters, on a real SQLite file (and PostgreSQL where it
applies: tests/integration/test_postgres_roles.py), and must be refused with a
clear message, writing nothing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from gudang.domain.errors import AuthenticationFailed, DiskFull, InvalidInput, InvalidState, PermissionDenied
from gudang.services import users
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import ADMIN, PASSWORD, snapshot
from tests.support.builders import (  # noqa: F401 - fresh_sqlite is a fixture
    basic_world, english, execute, fresh_sqlite, gudang, issue, item, receive, scalar, sqlite_copy, write_json,
)

pytestmark = pytest.mark.usefixtures("scenario_day_module")  # fixed dates (tests.support.clock)

ADMIN_ACTOR = Actor(ADMIN, "admin")


@pytest.fixture(scope="module")
def live_template(tmp_path_factory):
    """A live database: an admin, a petugas, a receipt and an issue (built once per module)."""
    folder = tmp_path_factory.mktemp("live")
    db = sqlite_copy(folder)
    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 50, "B1", "2027-05-31", "A-01")])
    issue(db, "2026-11-02", [("BRS-01", 5)])
    users.add_user(db, ADMIN_ACTOR, "budi", "petugas", "sandi-budi")
    path = db.path
    db.dispose()
    return path


@pytest.fixture
def live(live_template, tmp_path):
    from gudang.db.engine import Database

    target = tmp_path / "live.sqlite3"
    shutil.copyfile(live_template, target)
    shutil.copyfile(f"{live_template}.anchor", f"{target}.anchor")
    db = Database(f"sqlite:///{target}")
    with english():
        yield db
    db.dispose()


def user_names(db) -> list[str]:
    return [u.name for u in users.list_users(db)]


# -- 1. logging in everywhere ---------------------------------------------------------------------

def test_init_cannot_make_anyone_an_admin_of_a_live_database(live):
    before = snapshot(live)
    run = gudang(live.path, "--json", "init", "--admin-user", "mallory", "--admin-password-stdin",
                 user=None, password=None, stdin="mallory123\n")
    assert run.code == 1 and run.json()["error"]["code"] == "authentication_failed", run.stderr
    assert "GUDANG_USER" in run.stderr and len(run.error_lines) == 1
    run = gudang(live.path, "--json", "init", "--admin-user", "mallory", "--admin-password-stdin",
                 user="budi", password="sandi-budi", stdin="mallory123\n")
    assert run.code == 1 and run.json()["error"]["code"] == "permission_denied", run.stderr
    run = gudang(live.path, "init", "--admin-user", "mallory", "--admin-password-stdin",
                 user=ADMIN, password="salah-sandi", stdin="mallory123\n")
    assert run.code == 1 and "wrong user name or password" in run.stderr
    after = snapshot(live)
    assert after["app_user"] == before["app_user"]
    assert [r for r in after["audit_entry"] if "login_failed" not in r[3]] == before["audit_entry"]  # and logins
    assert "mallory" not in user_names(live)
    # the real administrator may add one; it is audited as hers
    run = gudang(live.path, "--json", "init", "--admin-user", "siti", "--admin-password-stdin", "--full-name",
                 "Siti Aminah", stdin="sandi-siti-1\n")
    assert run.code == 0, run.stderr
    assert run.json()["admin"] == "siti" and "siti" in user_names(live)
    assert scalar(live, "SELECT \"user\" FROM audit_entry WHERE action = 'user.add' AND object = 'siti'") == ADMIN
    assert verify(live).ok


def test_the_core_refuses_an_admin_without_an_admin_too(live):
    from gudang.services import setup

    with pytest.raises(AuthenticationFailed, match="needs one"):
        setup.initialize(live, "mallory", "mallory123")
    with pytest.raises(PermissionDenied):
        setup.initialize(live, "mallory", "mallory123", actor=Actor("budi", "petugas"))
    assert "mallory" not in user_names(live)


def test_init_of_a_live_database_needs_an_admin_even_to_migrate(live):
    run = gudang(live.path, "init", user=None, password=None)
    assert run.code == 1 and "GUDANG_USER" in run.stderr
    assert gudang(live.path, "init", user="budi", password="sandi-budi").code == 1
    assert gudang(live.path, "init").code == 0


def test_demo_never_goes_into_a_database_with_posted_documents(live):
    before = snapshot(live)
    for who in ({"user": None, "password": None}, {"user": "budi", "password": "sandi-budi"}, {}):
        run = gudang(live.path, "--json", "init", "--demo", **who)
        assert run.code == 1, run.stderr
    assert "posted documents" in run.stderr and "training" in run.stderr  # the admin gets the reason
    assert snapshot(live)["document"] == before["document"]
    assert not {"kepala", "petugas", "tamu"} & set(user_names(live))


def test_demo_needs_an_admin_even_on_an_empty_database(tmp_path):
    run = gudang(tmp_path / "kosong.sqlite3", "init", "--demo", user=None, password=None)
    assert run.code == 1 and "--admin-user" in run.stderr


def test_load_demo_marks_a_training_database_and_needs_an_admin(fresh_sqlite):
    from gudang.demo.load import load_demo
    from gudang.services import setup

    with english(), pytest.raises(PermissionDenied):
        load_demo(fresh_sqlite, Actor("budi", "petugas"), today=None)
    counts = load_demo(fresh_sqlite, ADMIN_ACTOR)
    assert counts["receipts"] > 0 and counts["issues"] > 0
    assert setup.is_training(setup.get_settings(fresh_sqlite))
    assert verify(fresh_sqlite).ok, verify(fresh_sqlite).problems[:5]


# -- 2. restore -----------------------------------------------------------------------------------

def _backup(live, folder: Path) -> Path:
    run = gudang(live.path, "--json", "backup", "--out", str(folder / "copy.sqlite3"))
    assert run.code == 0, run.stderr
    return Path(run.json()["backup"])


def test_restore_needs_an_administrator_and_is_audited(live, tmp_path):
    copy = _backup(live, tmp_path)
    for who, code in (({"user": None, "password": None}, "authentication_failed"),
                      ({"user": "budi", "password": "sandi-budi"}, "permission_denied")):
        run = gudang(live.path, "--json", "restore", str(copy), **who)
        assert run.code == 1 and run.json()["error"]["code"] == code, run.stderr
        assert not list(tmp_path.glob("*before-restore*"))
    run = gudang(live.path, "--json", "restore", str(copy))
    assert run.code == 0, run.stderr
    kept = Path(run.json()["previous"])
    assert kept.is_file() and stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert scalar(live, "SELECT \"user\" FROM audit_entry WHERE action = 'database.restore'") == ADMIN
    assert gudang(live.path, "verify").code == 0


def test_a_cut_chain_with_its_anchor_file_rewritten_is_named_by_the_backups(live):
    """The anchor file sits beside the database: whoever cuts the chain can rewrite it too. The
    backups in the backup folder still carry the head they were made at. A restore starts a new
    timeline: copies made before it are not held against the restored chain."""
    from gudang.services.anchor import chain_head, write_anchor
    from gudang.services.maintenance import backup_now, restore_database

    older = backup_now(live, ADMIN_ACTOR)
    issue(live, "2026-11-03", [("BRS-01", 2)])
    newer = backup_now(live, ADMIN_ACTOR)
    assert verify(live).ok, verify(live).problems
    for statement in ("DROP TRIGGER audit_no_delete", "DROP TRIGGER audit_row_no_delete",
                      "DELETE FROM audit_row WHERE audit_id > (SELECT max(id) - 2 FROM audit_entry)",
                      "DELETE FROM audit_entry WHERE id > (SELECT max(id) - 2 FROM audit_entry)"):
        execute(live, statement)
    with live.engine.connect() as conn:
        write_anchor(live, chain_head(conn), force=True)
    found = verify(live).problems
    assert any(f"the backup {newer.name}" in p and "newest entries were removed" in p for p in found), found
    assert not any(older.name in p for p in found), found  # the older copy agrees with what is left

    live.dispose()
    restore_database(live.path, older, ADMIN_ACTOR)
    report = verify(live)
    assert report.ok, report.problems  # the newer copy predates the restore
    assert not any(newer.name in a for a in report.anchors), report.anchors
    after = backup_now(live, ADMIN_ACTOR)
    assert f"the backup {after.name}" in verify(live).anchors


def _doctored(live, tmp_path, name, *statements) -> Path:
    """A backup copy (made in this process: quicker), then changed by hand."""
    from gudang.db import backup

    copy = backup.online_backup(live.path, tmp_path / name / "copy.sqlite3", stamp=backup.live_anchor(live.path))
    conn = sqlite3.connect(copy)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return copy


@pytest.mark.parametrize("name, statements, message", [
    ("dropped", ["DROP TRIGGER stock_move_no_update", "DROP TRIGGER audit_no_delete"],
     "trigger audit_no_delete is missing"),
    ("promote", ["CREATE TRIGGER promote AFTER INSERT ON audit_entry BEGIN "
                 "UPDATE app_user SET role = 'admin' WHERE name = 'budi'; END"],
     "unexpected trigger promote on audit_entry"),
    ("altered", ["DROP TRIGGER audit_no_update", "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_entry "
                 "WHEN 0 BEGIN SELECT RAISE(ABORT, 'audit entries are immutable'); END"],
     "trigger audit_no_update was altered"),
    ("column", ["ALTER TABLE app_user ADD COLUMN backdoor TEXT"], "table app_user: unexpected column backdoor"),
    ("index", ["DROP INDEX ix_stock_move_lot"], "index ix_stock_move_lot is missing"),
    ("revision", ["UPDATE alembic_version SET version_num = '0099'"], "revision 0099, which this version"),
])
def test_restore_refuses_a_doctored_file_naming_the_difference(live, tmp_path, name, statements, message):
    copy = _doctored(live, tmp_path, name, *statements)
    before = live.path.read_bytes()
    run = gudang(live.path, "restore", str(copy))
    assert run.code == 1 and message in run.stderr, run.stderr
    assert len(run.error_lines) == 1
    assert live.path.read_bytes() == before and not list(tmp_path.glob("live.before-restore*"))


def test_restore_refuses_three_empty_tables(live, tmp_path):
    from gudang.db.migrate import HEAD

    fake = tmp_path / "fake.sqlite3"
    conn = sqlite3.connect(fake)
    conn.executescript("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);"
                       f"INSERT INTO alembic_version VALUES ('{HEAD}');"
                       "CREATE TABLE stock_move (id INTEGER PRIMARY KEY); CREATE TABLE balance (lot_id INTEGER);")
    conn.close()
    run = gudang(live.path, "restore", str(fake))
    assert run.code == 1 and f"does not have the schema of revision {HEAD}" in run.stderr, run.stderr
    assert "table app_user is missing" in run.stderr


def test_restore_refuses_a_copy_cut_after_its_anchor(live, tmp_path):
    copy = _doctored(live, tmp_path, "cut", "DROP TRIGGER audit_no_delete", "DROP TRIGGER audit_row_no_delete",
                     "DELETE FROM audit_row WHERE audit_id = (SELECT max(id) FROM audit_entry)",
                     "DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
    run = gudang(live.path, "restore", str(copy))
    assert run.code == 1 and "trigger audit_no_delete is missing" in run.stderr
    # with the triggers put back as they were, the anchor inside the copy still tells
    conn = sqlite3.connect(copy)
    conn.execute("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_entry "
                 "BEGIN SELECT RAISE(ABORT, 'audit entries are immutable'); END")
    conn.execute("CREATE TRIGGER audit_row_no_delete BEFORE DELETE ON audit_row "
                 "BEGIN SELECT RAISE(ABORT, 'audit entries are immutable'); END")
    conn.commit()
    conn.close()
    run = gudang(live.path, "restore", str(copy))
    assert run.code == 1 and "anchored at" in run.stderr, run.stderr


def test_restore_of_an_older_revision_migrates_it(live, tmp_path):
    """A copy made by an older version (revision 0005, before row digests) is restored and brought up to date."""
    from alembic import command

    from gudang.db.engine import Database
    from gudang.db.migrate import HEAD, alembic_config
    from gudang.services import setup

    old = tmp_path / "old.sqlite3"
    db = Database(f"sqlite:///{old}")
    config = alembic_config()
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "0005")
            conn.exec_driver_sql(
                "INSERT INTO app_user (name, password_hash, role, active, failed_logins) VALUES "
                f"('{ADMIN}', '{scalar(live, 'SELECT password_hash FROM app_user WHERE name = :n', {'n': ADMIN})}', "
                "'admin', 1, 0)")
    db.dispose()
    run = gudang(live.path, "--json", "restore", str(old))
    assert run.code == 0, run.stderr
    assert run.json()["revision"] == "0005" and run.json()["migrated"] is True
    restored = Database(f"sqlite:///{live.path}")
    try:
        assert setup.has_users(restored)
        assert verify(restored).ok, verify(restored).problems
        assert scalar(restored, "SELECT version_num FROM alembic_version") == HEAD
    finally:
        restored.dispose()


# -- 5. secrets -----------------------------------------------------------------------------------

@pytest.mark.parametrize("args, instead", [
    (["init", "--admin-user", "x", "--admin-password", "rahasia-123"], "--admin-password-stdin"),
    (["user", "add", "siti", "--role", "viewer", "--password", "rahasia-123"], "--password-stdin"),
    (["user", "passwd", "budi", "--password", "rahasia-123"], "--password-stdin"),
])
def test_passwords_on_the_command_line_are_a_usage_error(live, args, instead):
    before = snapshot(live)
    run = gudang(live.path, *args)
    assert run.code == 2 and "is not accepted" in run.stderr and instead in run.stderr, run.stderr
    assert len(run.error_lines) == 1
    assert snapshot(live) == before


def test_a_password_in_the_database_url_is_refused(tmp_path):
    url = "postgresql://gudang_app:rahasia-db@127.0.0.1:1/gudang"
    run = gudang(tmp_path / "x.sqlite3", "--db", url, "stock")
    assert run.code == 1 and "must not contain the database password" in run.stderr
    assert "PGPASSWORD" in run.stderr and "rahasia-db" not in run.stderr
    env_run = gudang(url, "stock")  # GUDANG_DB
    assert env_run.code == 1 and "GUDANG_DB must not contain the database password" in env_run.stderr


def test_the_settings_file_gives_the_password_only_when_private(tmp_path, monkeypatch):
    import json

    from gudang.db.engine import resolve_url
    from gudang.domain.errors import DatabaseProblem

    settings = tmp_path / "gudang.json"
    settings.write_text(json.dumps({"database": "postgresql://gudang_app@server/gudang",
                                    "database_password": "rahasia-db"}))
    monkeypatch.setenv("GUDANG_SETTINGS", str(settings))
    monkeypatch.delenv("GUDANG_DB", raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    os.chmod(settings, 0o644)
    with english(), pytest.raises(DatabaseProblem, match="chmod 600"):
        resolve_url(None)
    os.chmod(settings, 0o600)
    url = resolve_url(None)
    assert (url.username, url.password, url.host) == ("gudang_app", "rahasia-db", "server")
    # the same database chosen with --db (or on the app's settings page) gets it; another server never
    assert resolve_url("postgresql://gudang_app@server/gudang").password == "rahasia-db"
    for other in ("postgresql://gudang_app@elsewhere/gudang", "postgresql://gudang_app@server:6543/gudang",
                  "postgresql://gudang_owner@server/gudang", "postgresql://gudang_app@server/other"):
        assert resolve_url(other).password is None, other
    monkeypatch.setenv("PGPASSWORD", "from-env")  # libpq's own way wins: the URL stays without it
    assert resolve_url(None).password is None


def test_files_are_readable_by_their_owner_only(tmp_path):
    from gudang.db import backup
    from gudang.db.engine import Database
    from gudang.services import setup
    from gudang.services.maintenance import backup_now

    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "data" / "gudang.sqlite3"
        db = Database(f"sqlite:///{path}")
        setup.initialize(db, ADMIN, PASSWORD)
        basic_world(db)
        manual = backup_now(db, ADMIN_ACTOR)
        out = backup_now(db, ADMIN_ACTOR, tmp_path / "out.sqlite3")
        daily = backup.rotating_backup(path, "daily")
        files = [path, Path(f"{path}.anchor"), manual, out, daily]
        with db.engine.connect() as conn:  # the -wal and -shm files exist while a connection is open
            conn.exec_driver_sql("SELECT 1")
            for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                assert stat.S_IMODE(companion.stat().st_mode) == 0o600, companion
        db.dispose()
        kept = backup.restore(out, path)
        files += [kept, Path(f"{kept}.anchor")]
        for file in files:
            assert file.exists(), file
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        os.umask(old_umask)


def test_the_error_log_is_private(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from gudang import cli

    monkeypatch.setattr("platformdirs.user_log_dir", lambda *a, **k: str(tmp_path / "logs"))
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        log = cli._log_bug()
    assert log is not None and stat.S_IMODE(log.stat().st_mode) == 0o600


def test_passwords_have_eight_characters_and_are_used_exactly_as_typed(live):
    with pytest.raises(InvalidInput, match="at least 8"):
        users.add_user(live, ADMIN_ACTOR, "ani", "viewer", "1234567")
    with pytest.raises(InvalidInput, match="at least 8"):
        users.change_password(live, ADMIN_ACTOR, "budi", "abcd")
    # spaces are part of the password, when set and at login alike
    run = gudang(live.path, "user", "add", "ani", "--role", "viewer", "--password-stdin", stdin="  sandi ani  \n")
    assert run.code == 0, run.stderr
    assert users.authenticate(live, "ani", "  sandi ani  ").name == "ani"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(live, "ani", "sandi ani")
    short = gudang(live.path, "user", "passwd", "ani", "--password-stdin", stdin="pendek\n")
    assert short.code == 1 and "at least 8 characters" in short.stderr
    no_terminal = gudang(live.path, "user", "passwd", "ani")  # stdin is not a terminal: never hangs
    assert no_terminal.code == 1 and "--password-stdin" in no_terminal.stderr


# -- 6. logins ------------------------------------------------------------------------------------

def _time(call) -> float:
    start = time.perf_counter()
    try:
        call()
    except AuthenticationFailed:
        pass
    return time.perf_counter() - start


def test_unknown_user_and_wrong_password_look_and_take_the_same(live):
    messages = set()
    for name in ("budi", "nobody"):
        with pytest.raises(AuthenticationFailed) as error:
            users.authenticate(live, name, "salah-sandi")
        messages.add(error.value.message)
    assert messages == {"wrong user name or password"}
    # Medians of three, alternating (a busy machine slows both alike). Without the dummy hash an
    # unknown name was answered 150 times faster than a wrong password (0.3 ms against 45 ms).
    unknown, wrong = [], []
    for _ in range(3):
        unknown.append(_time(lambda: users.authenticate(live, "nobody", "salah-sandi")))
        wrong.append(_time(lambda: users.authenticate(live, "budi", "salah-sandi")))
    ratio = sorted(unknown)[1] / sorted(wrong)[1]
    assert 1 / 3 < ratio < 3, (unknown, wrong)  # both check an argon2 hash (~20 ms) and write an audit entry
    audited = scalar(live, "SELECT count(*) FROM audit_entry WHERE action = 'user.login_failed' AND object = 'nobody'")
    assert audited == 4  # failed logins of unknown names are audited too


def test_disabled_is_said_only_after_the_right_password(live):
    users.disable_user(live, ADMIN_ACTOR, "budi")
    with pytest.raises(AuthenticationFailed, match="^wrong user name or password$"):
        users.authenticate(live, "budi", "salah-sandi")
    with pytest.raises(AuthenticationFailed, match="budi is disabled"):
        users.authenticate(live, "budi", "sandi-budi")


def test_a_lock_is_per_name_and_tells_nothing(live):
    """Five failures lock a name, known or not; during the lock every password gets the lock
    message, so it neither tells who exists nor which password was right."""
    for name in ("budi", "nobody"):
        for _ in range(5):
            with pytest.raises(AuthenticationFailed, match="wrong user name or password"):
                users.authenticate(live, name, "salah-sandi")
    for name, password in (("budi", "sandi-budi"), ("budi", "salah-sandi"), ("nobody", "salah-sandi")):
        with pytest.raises(AuthenticationFailed, match=f"{name} is locked after too many failed logins"):
            users.authenticate(live, name, password)
    assert [(u.name, u.locked) for u in users.list_users(live)] == [(ADMIN, False), ("budi", True)]
    assert users.unlock_user(live, ADMIN_ACTOR, "budi") is True
    assert users.authenticate(live, "budi", "sandi-budi").name == "budi"
    assert scalar(live, "SELECT count(*) FROM audit_entry WHERE action = 'user.unlock'") == 1
    assert verify(live).ok


def test_unlock_through_the_command(live):
    add = ["item", "add", "--sku", "Z-1", "--name", "Z", "--unit", "pcs"]
    for _ in range(5):
        assert gudang(live.path, *add, user="budi", password="salah-sandi").code == 1
    locked = gudang(live.path, *add, user="budi", password="sandi-budi")
    assert locked.code == 1 and "locked" in locked.stderr
    run = gudang(live.path, "--json", "user", "unlock", "budi")
    assert run.code == 0 and run.json() == {"name": "budi", "was_locked": True}
    assert gudang(live.path, *add, user="budi", password="sandi-budi").code == 0
    assert gudang(live.path, "user", "unlock", "budi", user="budi", password="sandi-budi").code == 1  # admins only


def test_nobody_can_lock_the_office_out(live):
    """Locking the only administrator does not keep her out: with no other free administrator to
    unlock her, her right password is accepted (and that is audited); a wrong one still is not."""
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(live, ADMIN, "salah-sandi")
    with pytest.raises(AuthenticationFailed, match="locked"):
        users.authenticate(live, ADMIN, "salah-lagi")
    assert users.authenticate(live, ADMIN, PASSWORD).name == ADMIN
    assert scalar(live, "SELECT count(*) FROM audit_entry WHERE action = 'user.login_despite_lock'") == 1
    # with a second administrator free to unlock, a locked one waits like everybody else
    users.add_user(live, ADMIN_ACTOR, "siti", "admin", "sandi-siti-1")
    with pytest.raises(AuthenticationFailed, match="locked"):
        users.authenticate(live, ADMIN, PASSWORD)
    users.unlock_user(live, users.authenticate(live, "siti", "sandi-siti-1"), ADMIN)
    assert users.authenticate(live, ADMIN, PASSWORD).name == ADMIN


def test_the_last_active_administrator_stays(live):
    before = snapshot(live)
    with pytest.raises(InvalidState, match="last active administrator"):
        users.set_role(live, ADMIN_ACTOR, ADMIN, "viewer")
    with pytest.raises(InvalidState, match="your own account"):
        users.disable_user(live, ADMIN_ACTOR, ADMIN)
    assert snapshot(live) == before
    users.add_user(live, ADMIN_ACTOR, "siti", "admin", "sandi-siti-1")
    siti = Actor("siti", "admin")
    users.disable_user(live, siti, ADMIN)
    with pytest.raises(InvalidState, match="siti is the last active administrator"):
        users.set_role(live, siti, "siti", "petugas")
    users.enable_user(live, siti, ADMIN)
    users.set_role(live, siti, "siti", "petugas")  # another active administrator exists
    run = gudang(live.path, "user", "set-role", ADMIN, "viewer")
    assert run.code == 1 and "last active administrator" in run.stderr


def test_full_name_title_and_nip(live):
    run = gudang(live.path, "--json", "user", "add", "siti", "--role", "kepala_gudang", "--full-name",
                 "Siti Aminah, S.E.", "--title", "Kepala Gudang Logistik", "--nip", "19800101 200501 2 001",
                 "--password-stdin", stdin="sandi-siti-1\n")
    assert run.code == 0, run.stderr
    assert {k: run.json()[k] for k in ("full_name", "title", "nip")} == {
        "full_name": "Siti Aminah, S.E.", "title": "Kepala Gudang Logistik", "nip": "19800101 200501 2 001"}
    run = gudang(live.path, "--json", "user", "set", "siti", "--title", "Kepala Seksi Logistik",
                 user="siti", password="sandi-siti-1")  # one's own details
    assert run.code == 0 and run.json()["title"] == "Kepala Seksi Logistik"
    assert gudang(live.path, "user", "set", "siti", "--nip", "1", user="budi", password="sandi-budi").code == 1
    assert gudang(live.path, "user", "set", "siti").code == 1  # nothing to change
    assert verify(live).ok


# -- 7. failures ----------------------------------------------------------------------------------

def test_backup_out_never_overwrites(live, tmp_path):
    existing = tmp_path / "laporan.pdf"
    existing.write_bytes(b"%PDF precious")
    entries = scalar(live, "SELECT count(*) FROM audit_entry")
    run = gudang(live.path, "backup", "--out", str(existing))
    assert run.code == 1 and "already exists" in run.stderr
    assert existing.read_bytes() == b"%PDF precious"
    run = gudang(live.path, "backup", "--out", str(live.path))
    assert run.code == 1 and "the database itself" in run.stderr
    assert scalar(live, "SELECT count(*) FROM audit_entry") == entries  # no audit row for a failure


def test_a_failed_backup_writes_no_audit_row(live, tmp_path):
    entries = scalar(live, "SELECT count(*) FROM audit_entry")
    run = gudang(live.path, "backup", "--out", "/proc/gudang/copy.sqlite3")
    assert run.code == 1 and len(run.error_lines) == 1, run.stderr
    assert scalar(live, "SELECT count(*) FROM audit_entry") == entries
    assert gudang(live.path, "backup", "--out", str(tmp_path / "ok.sqlite3")).code == 0
    assert scalar(live, "SELECT count(*) FROM audit_entry") == entries + 1


def test_sqlite_full_is_reported_as_a_full_disk(live, monkeypatch):
    """SQLITE_FULL (simulated with max_page_count): 'disk full', nothing written, no damage."""
    from sqlalchemy import event

    from gudang.domain.errors import DiskFull
    from tests.support.builders import receive as post

    pages = scalar(live, "PRAGMA page_count")

    @event.listens_for(live.engine, "connect")
    def cap(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    live.engine.dispose()
    before = snapshot(live)
    with pytest.raises(DiskFull, match=r"disk full: \d+ MB free, nothing was written"):
        post(live, "2026-11-03", [("BRS-01", 10, f"Z{n}", "2027-05-31", "A-01") for n in range(400)])
    event.remove(live.engine, "connect", cap)
    live.engine.dispose()
    assert snapshot(live) == before


def _mount_tmpfs(mount: Path) -> bool:
    return os.geteuid() == 0 and os.system(f"mount -t tmpfs -o size=4m tmpfs {mount} 2>/dev/null") == 0


def test_a_full_disk_is_not_called_damage(live, tmp_path, monkeypatch):
    """On a full disk SQLite cannot even open a WAL database for reading ("disk I/O error");
    the start-up check must say "disk full", not "damaged, restore the backup". A real full
    disk (a 4 MB tmpfs) where this machine allows mounting one, else the same in this process
    with the disk's free space and SQLite's answer simulated."""
    receipt = write_json(tmp_path, "r.json", {"date": "2026-11-03", "donor": "DON-1", "lines": [
        {"sku": "BRS-01", "qty": 5, "lot": "F1", "expiry": "2027-01-31", "location": "A-01"}]})
    mount = tmp_path / "full"
    mount.mkdir()
    live.dispose()
    if _mount_tmpfs(mount):
        try:
            path = mount / "gudang.sqlite3"
            shutil.copyfile(live.path, path)
            shutil.copyfile(f"{live.path}.anchor", f"{path}.anchor")
            with open(mount / "filler", "wb") as filler:
                try:
                    while True:
                        filler.write(b"\0" * 65536)
                except OSError:
                    pass
            for args in (["stock"], ["receive", receipt], ["verify"]):
                run = gudang(path, *args)
                assert run.code == 1 and "disk full: 0 MB free, nothing was written" in run.stderr, (args, run.stderr)
                assert "damaged" not in run.stderr and "restore" not in run.stderr
            os.remove(mount / "filler")
            assert gudang(path, "verify").code == 0  # nothing was written, nothing was harmed
        finally:
            os.system(f"umount {mount}")
        return
    from gudang.db import backup, files, recovery

    monkeypatch.setattr(recovery, "quick_check", lambda path: ["disk I/O error"])
    monkeypatch.setattr(files, "free_bytes", lambda path: 300 * 1024)
    with pytest.raises(DiskFull, match="disk full: 0 MB free, nothing was written"):
        recovery.refuse_if_damaged(live.path)
    assert backup


def test_the_next_posting_after_a_rewound_sequence_fails_clearly(live, tmp_path):
    """Not a crash (exit 70): a one-line message, exit 1, nothing written."""
    execute(live, "UPDATE number_sequence SET last = last - 1 WHERE name = 'doc:issue'")
    before = snapshot(live)
    run = gudang(live.path, "--json", "issue", write_json(tmp_path, "i.json", {
        "date": "2026-11-04", "recipient": "REC-1", "lines": [{"sku": "BRS-01", "qty": 1}]}))
    assert run.code == 1 and len(run.error_lines) == 1, run.stderr
    assert "number sequence runs behind its documents" in run.stderr and "gudang verify" in run.stderr
    assert snapshot(live)["document"] == before["document"]
