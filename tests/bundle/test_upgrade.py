"""An older data folder is upgraded after a backup; a newer one is refused untouched.

The older release is tests/bundle/data/release-0001.sqlite3: a SQLite file written by the
first release's own code (schema 0001, see make_release.py) with users, items,
partners, receipts, issues, a reversal and a draft. Its rows must survive every migration
unchanged, `verify` must pass afterwards, and its documents must still print.

The fast tests run today's code from the source tree (`gudang init`, the app's start);
the ones marked `bundle` run the installed bundle (tests/bundle/conftest.py).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gudang.db import backup
from gudang.db.migrate import HEAD
from tests.bundle.conftest import (
    OLD_ADMIN, OLD_CLERK, ROOT, assert_old_rows_intact, copy_fixture, file_state, make_newer,
    revision, snapshot_file,
)
from tests.support.builders import gudang

OLD_WAYBILL = "001/SJ/BPBD-KPR/XI/2026"  # issued by the first release, driver "Ğazali Şükür"
NEWER_EN = "was made by a newer version of Gudang (database version 9999"
NEWER_ID = "dibuat oleh Gudang versi yang lebih baru (versi basis data 9999"


@pytest.fixture(scope="module")
def before(tmp_path_factory):
    """The fixture's rows, read from a copy (SQLite would leave -wal/-shm files beside the original)."""
    copy = copy_fixture(tmp_path_factory.mktemp("release-0001") / "gudang.sqlite3")
    assert revision(copy) == "0001"
    return snapshot_file(copy)


def assert_migration_backup(path: Path, before) -> None:
    """One backup, taken before the migration, holding the database as the old release left it."""
    (taken,) = backup.list_backups(path, "migration")
    assert revision(taken.path) == "0001"
    assert_old_rows_intact(before, taken.path)
    assert snapshot_file(taken.path).rows == before.rows


def self_test(db: Path, *args: str, user=OLD_ADMIN) -> subprocess.CompletedProcess:
    """The app's start, as `python main.py --self-test` (the source tree's app)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUDANG_")}
    env.update(QT_QPA_PLATFORM="offscreen", GUDANG_USER=user[0], GUDANG_PASSWORD=user[1])
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test", "--db", str(db),
                           "--seconds", "0", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


# -- from the source tree ----------------------------------------------------------------------------

def test_gudang_init_upgrades_the_first_release_after_a_backup(tmp_path, before):
    db = copy_fixture(tmp_path / "gudang.sqlite3")
    refused = gudang(db, "stock", user=None, password=None)
    assert refused.code == 1 and "needs an upgrade" in refused.stderr

    refused = gudang(db, "--json", "init", user=None, password=None)  # a database with users: an admin migrates it
    assert refused.code == 1 and "GUDANG_USER" in refused.stderr
    assert revision(db) == "0001" and not backup.list_backups(db, "migration")
    run = gudang(db, "--json", "init", user=OLD_ADMIN[0], password=OLD_ADMIN[1])
    assert run.code == 0, run.stderr
    assert run.json()["migrated"] is True
    assert revision(db) == HEAD
    assert_old_rows_intact(before, db)
    assert_migration_backup(db, before)

    verified = gudang(db, "--json", "verify", user=OLD_ADMIN[0], password=OLD_ADMIN[1])
    assert verified.code == 0 and verified.json()["ok"] is True, verified.stderr
    # The old users still sign in, and the old documents still print.
    printed = gudang(db, "print", "waybill", OLD_WAYBILL, "--out", str(tmp_path / "sj.pdf"),
                     user=OLD_CLERK[0], password=OLD_CLERK[1])
    assert printed.code == 0, printed.stderr
    assert (tmp_path / "sj.pdf").read_bytes().startswith(b"%PDF")
    stock = gudang(db, "--json", "stock", "--sku", "PMK-MIE", user=OLD_ADMIN[0], password=OLD_ADMIN[1])
    assert sorted((r["lot"], r["qty"]) for r in stock.json()) == [("MIE-A", 100), ("MIE-B", 50)]

    again = gudang(db, "--json", "init", user=OLD_ADMIN[0], password=OLD_ADMIN[1])
    assert again.json()["migrated"] is False
    assert len(backup.list_backups(db, "migration")) == 1  # no second migration, no second backup


@pytest.mark.slow
def test_the_app_upgrades_the_first_release_when_it_starts(tmp_path, before):
    db = copy_fixture(tmp_path / "gudang.sqlite3")
    run = self_test(db)
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert (result["ok"], result["revision"], result["language"]) == (True, HEAD, "id")
    assert result["sqlite_memory_statistics_off"]  # gudang.db.sqlite_memory, before SQLite started
    assert_old_rows_intact(before, db)
    assert_migration_backup(db, before)
    verified = gudang(db, "--json", "verify", user=OLD_ADMIN[0], password=OLD_ADMIN[1])
    assert verified.code == 0 and verified.json()["ok"] is True, verified.stderr


def test_a_broken_reference_stops_the_upgrade_and_nothing_changes(tmp_path):
    """Migrations run with SQLite's foreign keys off (tables are rebuilt); the keys are
    checked before the commit, so a dangling reference is found and nothing is written."""
    db = copy_fixture(tmp_path / "gudang.sqlite3")
    with sqlite3.connect(db) as conn:  # foreign keys are off in a plain connection
        lot = conn.execute("SELECT * FROM lot ORDER BY id LIMIT 1").fetchone()
        columns = [r[1] for r in conn.execute("PRAGMA table_info(lot)")]
        row = dict(zip(columns, lot), id=9001, item_id=777, code="DANGLING", barcode="L09009001")
        conn.execute(f"INSERT INTO lot ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    conn.close()
    broken = snapshot_file(db)
    run = gudang(db, "init", user=OLD_ADMIN[0], password=OLD_ADMIN[1])
    assert run.code == 1
    assert "upgrade would leave rows of lot pointing at missing item rows; nothing was changed" in run.stderr
    assert revision(db) == "0001"
    assert snapshot_file(db).rows == broken.rows


def test_a_newer_database_is_refused_by_every_command_and_left_untouched(tmp_path):
    db = make_newer(copy_fixture(tmp_path / "gudang.sqlite3"))
    state = file_state(db)
    for args in (["init"], ["verify"], ["--json", "item", "list"]):
        run = gudang(db, *args, user=OLD_ADMIN[0], password=OLD_ADMIN[1])
        assert run.code == 1, (args, run.stderr)
        assert NEWER_EN in run.stderr and "the database was not changed" in run.stderr, run.stderr
        assert file_state(db) == state
    indonesian = gudang(db, "init", user=None, password=None, lang="id")
    assert NEWER_ID in indonesian.stderr
    assert file_state(db) == state
    assert not backup.backup_dir(db).exists()


def test_the_app_refuses_a_newer_database_with_a_message(tmp_path, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import Controller

    db = make_newer(copy_fixture(tmp_path / "gudang.sqlite3"))
    state = file_state(db)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    controller = Controller(qapp, str(db), "en")
    assert controller.run() == 1
    assert len(shown) == 1 and NEWER_EN in shown[0] and str(db) in shown[0]
    if controller.db is not None:
        controller.db.dispose()
    assert file_state(db) == state
    assert not backup.backup_dir(db).exists()


# -- from the installed bundle ---------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.bundle
def test_the_bundle_upgrades_an_older_data_folder_at_its_first_start(office_pc, tmp_path, before):
    """The office PC kept its data folder from the first release; the new bundle starts."""
    home = tmp_path / "home"
    data = home / ".local" / "share" / "Gudang"
    db = copy_fixture(data / "gudang.sqlite3")
    run = office_pc.run("gudang-app", "--self-test", "--seconds", "0", home=home, user=OLD_ADMIN)
    assert run.code == 0, run.stdout + run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert (result["ok"], result["frozen"], result["revision"]) == (True, True, HEAD)
    assert result["database"] == str(db)
    assert_old_rows_intact(before, db)
    assert_migration_backup(db, before)
    verified = office_pc.run("gudang", "--json", "verify", home=home, user=OLD_ADMIN)
    assert verified.code == 0 and verified.json()["ok"] is True, verified.stderr
    printed = office_pc.run("gudang", "print", "waybill", OLD_WAYBILL, "--out", str(tmp_path / "sj.pdf"),
                            home=home, user=OLD_CLERK)
    assert printed.code == 0, printed.stderr


@pytest.mark.slow
@pytest.mark.bundle
def test_the_bundles_gudang_init_upgrades_it_too(office_pc, tmp_path, before):
    db = copy_fixture(tmp_path / "kantor" / "gudang.sqlite3")
    run = office_pc.run("gudang", "--json", "--db", str(db), "init", home=tmp_path, user=OLD_ADMIN)
    assert run.code == 0, run.stderr
    assert run.json()["migrated"] is True and revision(db) == HEAD
    assert_old_rows_intact(before, db)
    assert_migration_backup(db, before)
    verified = office_pc.run("gudang", "--json", "--db", str(db), "verify", home=tmp_path, user=OLD_ADMIN)
    assert verified.code == 0 and verified.json()["ok"] is True, verified.stderr


@pytest.mark.slow
@pytest.mark.bundle
def test_the_bundle_refuses_a_newer_database(office_pc, tmp_path):
    db = make_newer(copy_fixture(tmp_path / "kantor" / "gudang.sqlite3"))
    state = file_state(db)
    run = office_pc.run("gudang", "--lang", "en", "--db", str(db), "init", home=tmp_path)
    assert run.code == 1 and NEWER_EN in run.stderr, run.stderr
    app = office_pc.run("gudang-app", "--self-test", "--db", str(db), home=tmp_path, user=OLD_ADMIN)
    assert app.code == 1
    assert NEWER_ID in json.loads(app.stdout.strip().splitlines()[-1])["error"]
    assert file_state(db) == state
    assert not backup.backup_dir(db).exists()
