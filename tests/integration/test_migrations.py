"""Creating and migrating databases (gudang.db.migrate, gudang.services.setup)."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from gudang.db.engine import Database
from gudang.db.migrate import current_revision, head_revision, migrate, require_current
from gudang.domain.errors import DatabaseProblem
from gudang.services import setup
from tests.conftest import snapshot
from tests.support.builders import english, execute, scalar


@pytest.fixture(autouse=True)
def _english():
    with english():
        yield


def test_an_empty_file_migrates_to_head_and_init_twice_is_a_no_op(any_db):
    # any_db is already initialised once by make_database
    assert current_revision(any_db) == head_revision()
    tables = set(inspect(any_db.engine).get_table_names())
    assert {"document", "stock_move", "balance", "lot", "audit_entry", "number_sequence"} <= tables
    before = snapshot(any_db)
    result = setup.initialize(any_db, "admin", "rahasia-admin")
    assert (result.migrated, result.created_admin, result.created_defaults) == (False, None, False)
    assert snapshot(any_db) == before
    require_current(any_db)  # no complaint


def test_require_current_refuses_an_unmigrated_database(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        with pytest.raises(DatabaseProblem, match="not set up yet: run `gudang init` first"):
            require_current(db)
        assert migrate(db) is True
        assert migrate(db) is False
        require_current(db)
        execute(db, "UPDATE alembic_version SET version_num = '0001'")
        with pytest.raises(DatabaseProblem, match="needs an upgrade"):
            require_current(db)
    finally:
        db.dispose()


def test_a_foreign_database_is_not_taken_over(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        execute(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY)")
        with pytest.raises(DatabaseProblem, match="not a Gudang database"):
            migrate(db)
        assert inspect(db.engine).get_table_names() == ["customers"]
    finally:
        db.dispose()


def test_first_init_creates_the_fixed_rows(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'first.sqlite3'}")
    try:
        result = setup.initialize(db)
        assert result.migrated and result.created_defaults and result.created_admin is None
        with db.engine.connect() as conn:
            conn.info["gudang_write"] = False
            kinds = {k for k, in conn.execute(text("SELECT kind FROM location"))}
        assert kinds == {"donor", "recipient", "transit", "adjustment", "writeoff", "receiving", "quarantine"}
        assert not setup.has_users(db)
        assert setup.initialize(db, "admin", "rahasia-admin").created_admin == "admin"
        assert scalar(db, "SELECT count(*) FROM audit_entry") == 2
    finally:
        db.dispose()
