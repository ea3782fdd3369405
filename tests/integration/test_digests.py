"""Row digests (gudang.db.digests): every table is classified, every tracked table has its
touch triggers, the schema fingerprints are current, units of work record what they change,
and migrations keep the digests true (a database from before them included)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from gudang.db.digests import DOCUMENT_PARTS, EXEMPT_TABLES, MUTABLE_TABLES, Reader
from gudang.db.models import Base
from gudang.services.uow import Actor, UnauditedChange, UnitOfWork
from gudang.services.verify import verify
from tests.conftest import ADMIN, PASSWORD
from tests.support.builders import (  # noqa: F401 - fixtures
    basic_world, english, execute, fresh_db, fresh_sqlite, item, receive,
)


def test_every_table_is_tracked_or_exempt_with_a_reason():
    tracked = {t.table for t in MUTABLE_TABLES + DOCUMENT_PARTS}
    tables = set(Base.metadata.tables) | {"alembic_version"}
    unclassified = tables - tracked - set(EXEMPT_TABLES)
    assert not unclassified, (f"add {sorted(unclassified)} to MUTABLE_TABLES (with touch triggers in its "
                              "migration) or to EXEMPT_TABLES in gudang/db/digests.py")
    assert not tracked & set(EXEMPT_TABLES)
    assert not (tracked | set(EXEMPT_TABLES)) - tables, "a table in the lists that no longer exists"


def _triggers(db) -> dict[str, str]:
    with db.engine.connect() as conn:
        if db.is_sqlite:
            return dict(conn.execute(text("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")).all())
        return dict(conn.execute(text(
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal")).all())


def test_every_tracked_table_has_its_touch_triggers_and_the_ledger_its_guards(any_db):
    """Alembic's batch mode on SQLite drops a table's triggers when it rebuilds the table: this
    catches a migration that lost them."""
    triggers = _triggers(any_db)
    for tracked in MUTABLE_TABLES + DOCUMENT_PARTS:
        names = ([f"{tracked.table}_touch_{e}" for e in ("insert", "update", "delete")] if any_db.is_sqlite
                 else [f"{tracked.table}_touch"])
        for name in names:
            assert triggers.get(name) == tracked.table, f"touch trigger {name} missing"
    guards = (["stock_move_no_update", "stock_move_no_delete", "document_posted_no_update",
               "document_posted_no_delete", "document_line_posted_no_update", "document_line_posted_no_delete",
               "audit_no_update", "audit_no_delete", "audit_row_no_update", "audit_row_no_delete"]
              if any_db.is_sqlite else
              ["stock_move_immutable", "document_posted_immutable", "document_line_posted_immutable",
               "audit_immutable", "audit_row_immutable"])
    assert set(guards) <= set(triggers)


def test_the_schema_fingerprints_are_current(tmp_path):
    from gudang.db.schema import build_sqlite_fingerprints, fingerprints

    built = build_sqlite_fingerprints(tmp_path)
    stored = fingerprints()["sqlite"]
    assert list(built) == list(stored), "run scripts/schema_fingerprints.py after adding a migration"
    for revision in built:
        assert built[revision] == stored[revision], f"revision {revision}: run scripts/schema_fingerprints.py"


@pytest.mark.postgres
def test_the_postgresql_fingerprint_is_current(postgres_url):
    from gudang.db.engine import Database
    from gudang.db.migrate import HEAD, migrate
    from gudang.db.schema import postgres_reference, postgres_triggers

    db = Database(postgres_url)
    try:
        migrate(db)
        with db.engine.connect() as conn:
            assert {"revision": HEAD, **postgres_triggers(conn)} == postgres_reference(), \
                "run scripts/schema_fingerprints.py"
    finally:
        db.dispose()


def test_a_unit_of_work_that_changes_a_tracked_row_must_audit_it(fresh_db):
    from gudang.db.models import Partner

    before = verify(fresh_db)
    with pytest.raises(UnauditedChange, match="partner"):
        with UnitOfWork(fresh_db, Actor(ADMIN, "admin")) as uow:
            uow.session.add(Partner(code="X-1", name="Tanpa audit", kind="donor", active=True))
            uow.commit()
    assert verify(fresh_db) == before  # nothing was written
    with UnitOfWork(fresh_db, Actor(ADMIN, "admin")) as uow:  # with an audit entry: recorded
        uow.session.add(Partner(code="X-1", name="Dengan audit", kind="donor", active=True))
        uow.audit("partner.add", "X-1")
        uow.commit()
    with english():
        assert verify(fresh_db).ok


def test_a_database_from_before_the_digests_is_recorded_when_migrated(tmp_path):
    """A revision-0005 database with users, a partner and a hash-chained audit log, as the
    previous version left it: migrating records every row, the chain stays valid, and a later
    hand edit is named."""
    from alembic import command

    from gudang.db.engine import Database
    from gudang.db.migrate import alembic_config
    from gudang.services import setup
    from gudang.services.uow import GENESIS_HASH, audit_hash
    from gudang.services.users import hash_password

    db = Database(f"sqlite:///{tmp_path / 'lama.sqlite3'}")
    config = alembic_config()
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "0005")
            conn.execute(text("INSERT INTO app_user (name, password_hash, role, active, failed_logins) "
                              "VALUES (:n, :h, 'admin', 1, 0)"), {"n": ADMIN, "h": hash_password(PASSWORD)})
            conn.execute(text("INSERT INTO partner (code, name, kind, active) VALUES ('DON-1', 'BNPB', 'donor', 1)"))
            previous = GENESIS_HASH
            for n, action in enumerate(("database.init", "partner.add")):
                at = dt.datetime(2026, 11, 1, 8, n)
                digest = audit_hash(previous, at, ADMIN, action, None, None)
                conn.execute(text('INSERT INTO audit_entry (at, "user", action, prev_hash, hash) '
                                  "VALUES (:at, :u, :a, :p, :h)"),
                             {"at": at, "u": ADMIN, "a": action, "p": previous, "h": digest})
                previous = digest
    setup.initialize(db)  # migrates (after a backup) and records the digests of every row
    with english():
        report = verify(db)
        assert report.ok, report.problems
        assert report.rows >= 2
        execute(db, "UPDATE partner SET name = 'PT Fiktif'")
        assert any("partner DON-1" in p and "changed outside Gudang" in p for p in verify(db).problems)
    db.dispose()


def test_a_migration_that_changes_rows_rerecords_only_what_matched_before(fresh_sqlite):
    """What `gudang.db.migrate` does around a migration that adds a column with a default: rows
    that matched their digests before get new ones; a row edited by hand before stays named."""
    from gudang.db.migrate import _digests_before, _rebaseline
    from gudang.services.partners import PartnerInput, add_partner

    fresh_db = fresh_sqlite
    admin = Actor(ADMIN, "admin")
    for code in ("DON-1", "DON-2"):
        add_partner(fresh_db, admin, PartnerInput(code=code, name=f"Donor {code}", kind="donor"))
    execute(fresh_db, "UPDATE partner SET name = 'PT Fiktif' WHERE code = 'DON-2'")  # before the migration
    with fresh_db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            before = _digests_before(conn)
            conn.exec_driver_sql("ALTER TABLE partner ADD COLUMN households INTEGER NOT NULL DEFAULT 0")
            head = _rebaseline(conn, "0006", before)
            assert head is not None
            recorded = {key: value for key, value in conn.execute(text(
                "SELECT row_key, digest FROM audit_row WHERE table_name = 'partner' ORDER BY id")).all()}
            now = {key: row.digest for key, row in Reader(conn, columns="database").digests("partner").items()}
            ids = dict(conn.execute(text("SELECT code, id FROM partner")).all())
    assert recorded[str(ids["DON-1"])] == now[str(ids["DON-1"])]  # re-recorded with the new column
    assert recorded[str(ids["DON-2"])] != now[str(ids["DON-2"])]  # the hand edit is not laundered


def test_reader_keys_of_composite_and_text_keys(fresh_db):
    admin = Actor(ADMIN, "admin")
    basic_world(fresh_db)
    item(fresh_db, "BRS-01")
    receive(fresh_db, "2026-11-01", [("BRS-01", 5, "B1", "2027-05-31", "A-01")])
    with fresh_db.engine.connect() as conn:
        reader = Reader(conn)
        sequences = reader.digests("number_sequence")
        assert "doc:receipt/2026" in sequences and "lot_barcode/0" in sequences
        assert set(reader.digests("number_sequence", ["doc:receipt/2026", "nope/x", "bad"])) == {"doc:receipt/2026"}
        assert reader.digests("lot", ["not-a-number"]) == {}
    assert admin
