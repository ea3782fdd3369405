"""gudang.db.backup on real files (no mocks): WAL copies, rotation, checks, restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from gudang.db import backup
from gudang.domain.errors import DatabaseProblem
from gudang.i18n import tr


def make_gudang_db(path: Path, rows: int = 0, *, wal: bool = True) -> Path:
    """A Gudang database (the real schema, from the test template) with `rows` extra rows
    written behind the services' back: these tests are about copying files."""
    from tests.support.builders import _sqlite_template

    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(_sqlite_template())
    target = sqlite3.connect(path)
    conn.backup(target)
    conn.close()
    target.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
    target.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                       [(f"t:row-{i}", "x" * 200) for i in range(rows)])
    target.commit()
    target.close()
    return path


def add_rows(conn: sqlite3.Connection, prefix: str, n: int) -> None:
    conn.executemany("INSERT INTO setting (key, value) VALUES (?, ?)", [(f"t:{prefix}-{i}", "y" * 100) for i in range(n)])


def count_moves(path: Path) -> int:
    """The rows `make_gudang_db` and `add_rows` wrote."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM setting WHERE key LIKE 't:%'").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_gudang_db(tmp_path / "gudang.sqlite3", rows=100)


def test_online_backup_of_live_wal_database_with_open_writer(db: Path, tmp_path: Path) -> None:
    writer = sqlite3.connect(db)
    try:
        assert writer.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        writer.execute("PRAGMA wal_autocheckpoint=0")  # keep the rows in the -wal file
        add_rows(writer, "NEW", 500)
        writer.commit()
        # An open, uncommitted write transaction must not block nor leak into the copy.
        writer.execute("INSERT INTO setting (key, value) VALUES ('t:UNCOMMITTED', '1')")
        assert Path(f"{db}-wal").stat().st_size > 0

        dest = backup.online_backup(db, tmp_path / "copies" / "copy.sqlite3")

        assert dest.is_file()
        assert not Path(f"{dest}-wal").exists()
        assert count_moves(dest) == 600  # committed rows from the -wal included
        conn = sqlite3.connect(dest)
        try:
            assert conn.execute("SELECT count(*) FROM setting WHERE key='t:UNCOMMITTED'").fetchone()[0] == 0
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        finally:
            conn.close()
        assert backup.quick_check(dest) == []
        assert backup.is_gudang_database(dest)
        writer.commit()  # the writer still works after the backup
    finally:
        writer.close()
    assert count_moves(db) == 601


def test_online_backup_missing_source_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        backup.online_backup(tmp_path / "nope.sqlite3", tmp_path / "copy.sqlite3")
    assert not (tmp_path / "nope.sqlite3").exists()  # never created by the attempt


def test_rotation_keeps_n_per_reason(db: Path) -> None:
    start = datetime(2025, 3, 1, 8, 0, 0)
    for i in range(7):
        backup.rotating_backup(db, "manual", keep=3, now=start + timedelta(minutes=i))
    for i in range(4):
        backup.rotating_backup(db, "migration", keep=2, now=start + timedelta(hours=1, minutes=i))
    names = sorted(p.name for p in (db.parent / "backups").iterdir())
    assert names == [
        "gudang-20250301-080400-manual.sqlite3",
        "gudang-20250301-080500-manual.sqlite3",
        "gudang-20250301-080600-manual.sqlite3",
        "gudang-20250301-090200-migration.sqlite3",
        "gudang-20250301-090300-migration.sqlite3",
    ]
    # a further manual backup prunes manual ones only
    backup.rotating_backup(db, "manual", keep=1, now=start + timedelta(hours=2))
    left = sorted(p.name for p in (db.parent / "backups").iterdir())
    assert [n for n in left if "manual" in n] == ["gudang-20250301-100000-manual.sqlite3"]
    assert len([n for n in left if "migration" in n]) == 2


def test_rotation_same_second_does_not_overwrite(db: Path) -> None:
    t = datetime(2025, 3, 1, 8, 0, 0)
    a = backup.rotating_backup(db, "manual", now=t)
    b = backup.rotating_backup(db, "manual", now=t)
    assert a != b and a.is_file() and b.is_file()
    assert [x.path for x in backup.list_backups(db)] == [a, b]


def test_rotation_ignores_other_databases_backups(tmp_path: Path) -> None:
    one = make_gudang_db(tmp_path / "one.sqlite3")
    other = make_gudang_db(tmp_path / "other.sqlite3")
    t = datetime(2025, 3, 1, 8, 0, 0)
    theirs = backup.rotating_backup(other, "manual", keep=1, now=t)
    for i in range(3):
        backup.rotating_backup(one, "manual", keep=1, now=t + timedelta(seconds=i + 1))
    assert theirs.is_file()
    assert len(backup.list_backups(one)) == 1


def test_rotation_rejects_bad_reason(db: Path) -> None:
    with pytest.raises(ValueError):
        backup.rotating_backup(db, "../evil")


def test_daily_backup_once_per_day(db: Path) -> None:
    morning = datetime(2025, 3, 1, 8, 0, 0)
    first = backup.daily_backup_if_due(db, now=morning)
    assert first is not None and first.name == "gudang-20250301-080000-daily.sqlite3"
    assert backup.daily_backup_if_due(db, now=morning + timedelta(hours=10)) is None
    # a manual backup does not count as the day's daily one
    backup.rotating_backup(db, "manual", now=morning + timedelta(days=1))
    second = backup.daily_backup_if_due(db, now=morning + timedelta(days=1, hours=1))
    assert second is not None and "20250302" in second.name
    assert backup.daily_backup_if_due(tmp := db.parent / "missing.sqlite3") is None
    assert not tmp.exists()


def test_restore_refuses_a_text_file(db: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("this is not a database\n" * 100)
    assert backup.quick_check(text) == ["not an SQLite database"]
    assert not backup.is_gudang_database(text)
    before = db.read_bytes()
    with pytest.raises(DatabaseProblem) as e:
        backup.restore(text, db)
    assert e.value.message_id == "{path} is not a Gudang database"
    assert str(text) in tr(e.value.message_id, "en").format(path=text)
    assert db.read_bytes() == before
    assert list(tmp_path.glob("*before-restore*")) == []


def test_restore_refuses_sqlite_without_gudang_tables(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE balance (item TEXT)")  # one table is not enough
    conn.commit()
    conn.close()
    assert backup.quick_check(other) == []
    with pytest.raises(DatabaseProblem) as e:
        backup.restore(other, db)
    assert e.value.message_id == "{path} has no migration revision: it is not a Gudang database"
    assert count_moves(db) == 100


def test_restore_refuses_truncated_file(tmp_path: Path) -> None:
    good = make_gudang_db(tmp_path / "good.sqlite3", rows=2000, wal=False)
    data = good.read_bytes()
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(data[: len(data) // 2])
    target = make_gudang_db(tmp_path / "gudang.sqlite3", rows=3)
    assert backup.integrity_check(truncated) != []
    with pytest.raises(DatabaseProblem) as e:
        backup.restore(truncated, target)
    assert e.value.message_id == "{path} fails the integrity check: {problem}"
    assert count_moves(target) == 3


def corrupt_middle_page(path: Path) -> None:
    size = path.stat().st_size
    page_size = 4096
    pages = size // page_size
    assert pages >= 10, "need a multi-page file"
    with open(path, "r+b") as f:
        f.seek((pages // 2) * page_size + 8)
        f.write(b"\xde\xad\xbe\xef" * 256)


def test_quick_check_detects_corrupted_page(tmp_path: Path) -> None:
    path = make_gudang_db(tmp_path / "gudang.sqlite3", rows=2000, wal=False)
    assert backup.quick_check(path) == []
    assert backup.integrity_check(path) == []
    corrupt_middle_page(path)
    assert backup.quick_check(path) != []
    assert backup.integrity_check(path) != []


def test_restore_refuses_corrupted_file(tmp_path: Path) -> None:
    bad = make_gudang_db(tmp_path / "bad.sqlite3", rows=2000, wal=False)
    corrupt_middle_page(bad)
    target = make_gudang_db(tmp_path / "gudang.sqlite3", rows=3)
    with pytest.raises(DatabaseProblem) as e:
        backup.restore(bad, target)
    assert e.value.message_id == "{path} fails the integrity check: {problem}"
    assert e.value.params["problem"]
    assert count_moves(target) == 3


def test_checks_never_raise(tmp_path: Path) -> None:
    assert backup.quick_check(tmp_path / "missing.sqlite3") == ["file does not exist"]
    (tmp_path / "empty").write_bytes(b"")
    assert backup.quick_check(tmp_path / "empty") == ["file is empty"]
    (tmp_path / "short").write_bytes(backup.SQLITE_HEADER + b"\x10")
    assert backup.quick_check(tmp_path / "short") != []
    assert backup.is_gudang_database(tmp_path / "missing.sqlite3") is False
    assert not (tmp_path / "missing.sqlite3").exists()


def test_restore_keeps_replaced_database_and_removes_stale_wal(db: Path, tmp_path: Path) -> None:
    good = backup.online_backup(db, tmp_path / "good-backup.sqlite3")  # 100 rows

    # The live database moves on, with committed rows still only in its -wal.
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    add_rows(conn, "LATE", 50)
    conn.commit()
    # Leave the -wal behind as a crash would (copy it away while open, put it back).
    wal_bytes = Path(f"{db}-wal").read_bytes()
    conn.close()
    Path(f"{db}-wal").write_bytes(wal_bytes)
    assert count_moves(db) == 150

    kept = backup.restore(good, db, now=datetime(2025, 3, 1, 9, 30, 0))

    assert kept == tmp_path / "gudang.before-restore-20250301-093000.sqlite3"
    assert count_moves(kept) == 150  # replaced database kept, with its -wal content
    assert backup.is_gudang_database(kept)
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    assert count_moves(db) == 100
    assert backup.quick_check(db) == []
    # the restored database is usable in WAL mode again
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    add_rows(conn, "AFTER", 1)
    conn.commit()
    conn.close()
    assert count_moves(db) == 101


def test_restore_into_missing_database(tmp_path: Path) -> None:
    good = make_gudang_db(tmp_path / "src.sqlite3", rows=5)
    target = tmp_path / "new" / "gudang.sqlite3"
    assert backup.restore(good, target) is None
    assert count_moves(target) == 5


def test_restore_refuses_itself(db: Path) -> None:
    with pytest.raises(DatabaseProblem) as e:
        backup.restore(db, db)
    assert e.value.message_id == "Cannot restore {path} onto itself"


def test_newest_good_backup_skips_damaged_ones(db: Path) -> None:
    assert backup.newest_good_backup(db) is None
    t = datetime(2025, 3, 1, 8, 0, 0)
    good = backup.rotating_backup(db, "daily", now=t)
    older_manual = backup.rotating_backup(db, "manual", now=t - timedelta(days=1))
    newest = backup.rotating_backup(db, "migration", now=t + timedelta(hours=1))
    newest.write_text("garbage")
    assert backup.newest_good_backup(db) == good
    good.unlink()
    assert backup.newest_good_backup(db) == older_manual


def test_damaged_new_backup_does_not_prune_older_ones(tmp_path: Path) -> None:
    db = make_gudang_db(tmp_path / "gudang.sqlite3", rows=2000, wal=False)
    t = datetime(2025, 3, 1, 8, 0, 0)
    first = backup.rotating_backup(db, "daily", keep=1, now=t)
    corrupt_middle_page(db)
    second = backup.rotating_backup(db, "daily", keep=1, now=t + timedelta(days=1))
    assert first.is_file() and second.is_file()
    assert backup.newest_good_backup(db) == first


def test_messages_have_indonesian_translations() -> None:
    ids = [v for k, v in vars(backup).items() if k.startswith("MSG_")]
    assert ids
    for message_id in ids:
        assert tr(message_id, "id") != message_id, message_id
