"""Backups, restore and a damaged database at start, through the `gudang` command.

* `gudang backup --out FILE` writes a sound copy; `gudang restore FILE` puts it
  back, keeping a copy of the database it replaces, and refuses a file that is
  not a Gudang database or fails the integrity check (writing nothing).
* Migrating an older database first leaves a rotating "migration" backup.
* A damaged SQLite file is noticed at start (quick_check): every command exits
  1 with one line naming the problem, the newest good backup and the exact
  `gudang restore` command, and that command brings the database back.
"""

from __future__ import annotations

import contextlib
import io
import os
import shlex
import sqlite3
from pathlib import Path

import pytest

from gudang.db import backup
from gudang.db.engine import Database
from gudang.db.recovery import check_database, offer_backup
from tests.conftest import ADMIN, PASSWORD, make_database
from tests.support.builders import basic_world, gudang, item, receive, write_json


@contextlib.contextmanager
def _env(**values):
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update({k: v for k, v in values.items() if v is not None})
    for k, v in values.items():
        if v is None:
            os.environ.pop(k, None)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def cli(db_path, *args, user=ADMIN, password=PASSWORD, stdin="", entry=None):
    """`gudang ARGS` in this process: (exit code, stdout, stderr), messages in English.
    `entry`: the command's main (gudang.cli.main, or gudang.command.main as installed)."""
    import sys

    from gudang import i18n
    from gudang.cli import main

    main = entry or main

    out, err = io.StringIO(), io.StringIO()
    token = i18n._language.set(i18n.get_language())
    saved_stdin, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        with _env(GUDANG_DB=str(db_path), GUDANG_USER=user, GUDANG_PASSWORD=password, GUDANG_LANG="en"), \
                contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        sys.stdin = saved_stdin
        i18n._language.reset(token)
    return code, out.getvalue(), err.getvalue()


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "gudang.sqlite3"
    db = make_database(f"sqlite:///{path}")
    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 100, "B1", "2027-01-31", "A-01")])
    db.dispose()
    return path


def _stock(db_path) -> dict:
    code, out, err = cli(db_path, "--json", "stock")
    assert code == 0, err
    import json

    return {(row["lot"], row["location"]): str(row["qty"]) for row in json.loads(out)}


def test_backup_then_restore_through_the_command(db_path, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    code, out, err = cli(db_path, "backup", "--out", str(copy))
    assert code == 0, err
    assert backup.is_gudang_database(copy) and backup.integrity_check(copy) == []
    assert _stock(db_path) == {("B1", "A-01"): "100"}

    receipt = write_json(tmp_path, "r.json", {"date": "2026-11-02", "donor": "DON-1", "lines": [
        {"sku": "BRS-01", "qty": 5, "lot": "B2", "expiry": "2027-02-28", "location": "A-02"}]})
    assert cli(db_path, "receive", receipt)[0] == 0
    assert _stock(db_path) == {("B1", "A-01"): "100", ("B2", "A-02"): "5"}

    code, out, err = cli(db_path, "--json", "restore", str(copy))
    assert code == 0, err
    import json

    result = json.loads(out)
    kept = Path(result["previous"])
    assert kept.is_file() and kept != db_path
    assert _stock(db_path) == {("B1", "A-01"): "100"}
    assert cli(db_path, "verify")[0] == 0
    # the replaced database is kept whole, the later receipt in it
    assert _stock(kept) == {("B1", "A-01"): "100", ("B2", "A-02"): "5"}


def _not_gudang(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()


def _corrupt(path: Path, pages=(3, 4, 5, 6)) -> None:
    """Overwrite some b-tree pages with garbage, as a failing disk would."""
    with open(path, "r+b") as handle:
        handle.seek(16)
        page_size = int.from_bytes(handle.read(2), "big") or 65536
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(bytes((n * 37 + 11) % 256 for n in range(page_size)))


@pytest.mark.parametrize("kind", ["text", "empty", "other-sqlite", "corrupt", "missing"])
def test_restore_refuses_what_is_not_a_sound_gudang_database(db_path, tmp_path, kind):
    bad = tmp_path / f"bad-{kind}.sqlite3"
    if kind == "text":
        bad.write_text("nama,jumlah\nberas,10\n")
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "other-sqlite":
        _not_gudang(bad)
    elif kind == "corrupt":
        backup.online_backup(db_path, bad)
        _corrupt(bad)
    before = db_path.read_bytes()
    code, out, err = cli(db_path, "restore", str(bad))
    assert code == 1
    line = _one_line(err)
    assert line.startswith("gudang: ")
    expected = {"text": "not a Gudang database", "empty": "not a Gudang database",
                "other-sqlite": "not a Gudang database", "corrupt": "integrity check",
                "missing": "does not exist"}[kind]
    assert expected in line
    assert db_path.read_bytes() == before
    assert not list(tmp_path.glob("*before-restore*"))
    assert cli(db_path, "verify")[0] == 0


def _older_database(path: Path) -> None:
    """A database at the first schema revision, as an older Gudang left it."""
    from alembic import command

    from gudang.db.migrate import alembic_config

    db = Database(f"sqlite:///{path}")
    config = alembic_config()
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
    db.dispose()


def test_migrating_an_older_database_leaves_a_backup_first(tmp_path):
    from gudang.db.migrate import current_revision, head_revision

    path = tmp_path / "lama.sqlite3"
    _older_database(path)
    assert not backup.list_backups(path)
    code, out, err = cli(path, "init", "--admin-user", ADMIN, "--admin-password-stdin", stdin=PASSWORD + "\n")
    assert code == 0, err
    made = backup.list_backups(path, "migration")
    assert len(made) == 1
    saved = made[0].path
    assert backup.integrity_check(saved) == []
    with sqlite3.connect(saved) as conn:  # the backup is of the database before the migration
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    db = Database(f"sqlite:///{path}")
    try:
        assert current_revision(db) == head_revision() != "0001"
    finally:
        db.dispose()
    # a database already up to date is not backed up again
    assert cli(path, "init")[0] == 0
    assert len(backup.list_backups(path, "migration")) == 1


def test_a_damaged_database_is_named_with_the_backup_to_restore(db_path, tmp_path):
    good = backup.rotating_backup(db_path, "daily")
    assert check_database(db_path) == []
    _corrupt(db_path)
    assert check_database(db_path)
    assert offer_backup(db_path) == good

    for args in (["stock"], ["verify"], ["item", "list"]):
        code, out, err = cli(db_path, *args)
        assert code == 1, (args, err)
        line = _one_line(err)
        assert "damaged" in line and str(db_path) in line, line
        assert str(good) in line, line
        assert f"gudang --db {shlex.quote(str(db_path))} restore {shlex.quote(str(good))}" in line, line

    # the command it names works and brings the database back
    command = line.split("`")[1].split()
    assert command[0] == "gudang"
    code, out, err = cli(db_path, *command[1:])
    assert code == 0, err
    assert check_database(db_path) == []
    assert _stock(db_path) == {("B1", "A-01"): "100"}
    assert cli(db_path, "verify")[0] == 0
    # and what was replaced is kept, damaged as it was, for a specialist
    kept = list(tmp_path.glob("gudang.before-restore-*.sqlite3"))
    assert len(kept) == 1


def test_a_damaged_database_without_backups_says_so(db_path):
    _corrupt(db_path)
    code, out, err = cli(db_path, "--json", "stock")
    assert code == 1
    line = _one_line(err)
    assert "damaged" in line and "no good backup" in line
    import json

    assert json.loads(out)["error"]["code"] == "database"


def test_a_damaged_backup_is_not_offered(db_path):
    older = backup.rotating_backup(db_path, "daily")
    newer = backup.rotating_backup(db_path, "manual")
    _corrupt(newer)
    _corrupt(db_path)
    assert offer_backup(db_path) == older
    line = _one_line(cli(db_path, "stock")[2])
    assert str(older) in line and str(newer) not in line


def test_damage_is_reported_by_a_real_gudang_process(db_path):
    good = backup.rotating_backup(db_path, "daily")
    _corrupt(db_path)
    run = gudang(db_path, "stock")
    assert run.code == 1
    assert len(run.error_lines) == 1 and "Traceback" not in run.stderr
    assert "damaged" in run.stderr and str(good) in run.stderr and "gudang --db" in run.stderr


def test_the_installed_command_checks_the_file_once_while_python_loads(db_path, monkeypatch):
    """`gudang` (gudang.command) starts the file's quick_check before it imports the command,
    and the command takes its answer instead of reading the whole file again: the check costs
    no time of its own (0.5 s a command at S=10, README "A command checks its file while it
    loads"). A damaged file is named as before."""
    from gudang import command
    from gudang.db import recovery

    checked = []
    real = backup.quick_check

    def counted(path):
        checked.append(Path(path))
        return real(path)

    monkeypatch.setattr(backup, "quick_check", counted)  # what gudang.db.early_check calls
    monkeypatch.setattr(recovery, "quick_check", counted)  # what the command calls without one
    code, out, err = cli(db_path, "--db", str(db_path), "stock", entry=command.main)
    assert code == 0, err
    assert "B1" in out
    assert checked == [db_path.absolute()]

    good = backup.rotating_backup(db_path, "daily")
    _corrupt(db_path)
    checked.clear()
    code, out, err = cli(db_path, "--db", str(db_path), "stock", entry=command.main)
    assert code == 1
    line = _one_line(err)
    assert "damaged" in line and str(good) in line, line
    # once for the database; the backups offered are checked one by one, as before
    assert checked.count(db_path.absolute()) == 1, checked

    # a check of another file than the one opened is not taken: the command checks its own
    checked.clear()
    from gudang.cli import main as run_command
    from gudang.db.early_check import EarlyCheck

    other = db_path.with_name("other.sqlite3")
    other.write_bytes(good.read_bytes())
    early = EarlyCheck.start(["--db", str(other)])
    assert early.problems_of(db_path) is None
    code, out, err = cli(db_path, "--db", str(db_path), "stock",
                         entry=lambda argv: run_command(argv, early_check=early))
    assert code == 1 and "damaged" in _one_line(err)
    assert checked.count(db_path.absolute()) == 1 and checked.count(other.absolute()) == 1, checked


def test_the_early_check_imports_nothing_in_its_thread(db_path, monkeypatch):
    """The check runs while the command's thread imports SQLAlchemy and the rest; a module two
    threads import at once can be handed half made to one of them (`partially initialized
    module 'typing'` broke commands that way), so the check's thread imports nothing."""
    import builtins
    import threading

    from gudang.db.early_check import EarlyCheck

    in_thread = []
    real_import = builtins.__import__

    def watched(name, *args, **kwargs):
        if threading.current_thread().name == "gudang-quick-check":
            in_thread.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", watched)
    early = EarlyCheck.start(["--db", str(db_path)])
    assert early.problems_of(db_path) == []
    assert in_thread == []


def test_the_early_check_finds_the_file_the_command_opens(db_path, tmp_path, monkeypatch):
    """The file checked early is the one gudang.db.engine.resolve_url names: --db, else
    $GUDANG_DB, else the workstation's settings file (an office PC whose database was chosen
    in the app), so the command takes its answer instead of checking again."""
    import json

    from gudang.db.early_check import EarlyCheck
    from gudang.db.engine import resolve_url

    other = tmp_path / "other.sqlite3"
    other.write_bytes(db_path.read_bytes())
    settings = tmp_path / "gudang.json"
    settings.write_text(json.dumps({"database": str(db_path)}))
    monkeypatch.setenv("GUDANG_SETTINGS", str(settings))
    monkeypatch.delenv("GUDANG_DB", raising=False)
    assert resolve_url(None).database == str(db_path)
    assert EarlyCheck.start([]).path == db_path
    monkeypatch.setenv("GUDANG_DB", str(other))
    assert EarlyCheck.start([]).path == other
    assert EarlyCheck.start(["stock", "--db", f"sqlite:///{db_path}"]).path == db_path
    settings.write_text(json.dumps({"database": f"sqlite:///{other}"}))
    monkeypatch.delenv("GUDANG_DB")
    assert EarlyCheck.start(["--json", "stock"]).path == other
    settings.write_text("{not json")  # the command names that when it opens the database
    assert EarlyCheck.start(["stock", "--db", str(db_path)]).path == db_path
