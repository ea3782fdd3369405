"""Row digests (gudang.db.digests): every table is classified, every tracked table has its
touch triggers, the schema fingerprints are current, units of work record what they change,
and migrations keep the digests true (a database from before them included)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from gudang.db.digest_tables import TableReader
from gudang.db.digests import DOCUMENT_PARTS, EXEMPT_TABLES, JSON_TEXT_SINCE, MUTABLE_TABLES, Reader
from gudang.db.migrate import HEAD
from gudang.db.models import Base
from gudang.services.uow import Actor, UnauditedChange, UnitOfWork
from gudang.services.verify import verify
from tests.conftest import ADMIN, PASSWORD
from tests.support.builders import (  # noqa: F401 - fixtures
    basic_world, english, execute, fresh_db, fresh_sqlite, item, receive,
)

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)


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
            before = _digests_before(conn, HEAD)
            conn.exec_driver_sql("ALTER TABLE partner ADD COLUMN test_added INTEGER NOT NULL DEFAULT 0")
            head = _rebaseline(conn, "0006", before)
            assert head is not None
            recorded = {key: value for key, value in conn.execute(text(
                "SELECT row_key, digest FROM audit_row WHERE table_name = 'partner' ORDER BY id")).all()}
            now = {key: row.digest for key, row in Reader(conn, columns="database").digests("partner").items()}
            ids = dict(conn.execute(text("SELECT code, id FROM partner")).all())
    assert recorded[str(ids["DON-1"])] == now[str(ids["DON-1"])]  # re-recorded with the new column
    assert recorded[str(ids["DON-2"])] != now[str(ids["DON-2"])]  # the hand edit is not laundered


def test_the_last_release_before_json_row_texts_upgrades_with_every_row_rerecorded(tmp_path):
    """release-0009.sqlite3 was written by that release's own code (tests/bundle/make_release.py),
    its digests in the older canonical text. After the upgrade every row it holds is recorded in
    the new text (documents with their lines and moves, lots, users, ...), so `verify` passes
    but for a hand edit made before the upgrade, which is not laundered."""
    import shutil

    from gudang.db.digests import JSON_TEXT_SINCE, Reader
    from gudang.db.engine import Database
    from gudang.db.migrate import current_revision, migrate
    from tests.bundle.conftest import FIXTURE_0009

    path = tmp_path / "gudang.sqlite3"
    shutil.copyfile(FIXTURE_0009, path)
    db = Database(f"sqlite:///{path}")
    assert current_revision(db) == "0009" < JSON_TEXT_SINCE["sqlite"]
    execute(db, "UPDATE partner SET name = 'PT Fiktif' WHERE code = 'BNPB'")  # by hand, before the upgrade
    with db.engine.connect() as conn:
        old_form = Reader(conn, columns="database", revision="0009").digests("document")
        documents = len(old_form)
    assert documents == 6

    assert migrate(db)
    with db.engine.connect() as conn:
        new_form = Reader(conn).digests("document")
        (entry,) = conn.execute(text("SELECT id FROM audit_entry WHERE action = 'database.migrate'")).all()
        rerecorded = dict(conn.execute(text("SELECT table_name, count(*) FROM audit_row WHERE audit_id = :e "
                                            "GROUP BY table_name"), {"e": entry[0]}).all())
    assert set(new_form) == set(old_form) and all(new_form[k].digest != old_form[k].digest for k in new_form)
    assert rerecorded["document"] == documents and rerecorded["lot"] >= 4 and rerecorded["app_user"] == 2
    with english():
        problems = verify(db).problems
    assert len(problems) == 1 and "partner BNPB" in problems[0] and "changed outside Gudang" in problems[0]
    db.dispose()


NEWEST_TEXT_SINCE = dict(JSON_TEXT_SINCE)  # before any test takes an item out


def _record_in_the_older_text(monkeypatch, dialect: str, older: bool) -> None:
    """Make commit record rows in the canonical text of before `JSON_TEXT_SINCE` (as the code of
    that revision did: repr of the driver's values), or again in the newest one."""
    from gudang.db import digests
    from gudang.services import recording

    if older:
        monkeypatch.delitem(digests.JSON_TEXT_SINCE, dialect, raising=False)
    else:  # only this item: the monkeypatch also pins the day (scenario_day)
        monkeypatch.setitem(digests.JSON_TEXT_SINCE, dialect, NEWEST_TEXT_SINCE[dialect])
    for cached in (recording._part_queries, recording._postgresql_plan, recording._sqlite_plan):
        cached.cache_clear()


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_database_at_0010_upgrades_with_postgresqls_rows_rerecorded_in_json_text(engine, request, tmp_path,
                                                                                   monkeypatch):
    """0011 makes PostgreSQL's canonical text json_build_array's (as 0010 did for SQLite). A
    PostgreSQL database whose rows were recorded as 0010's code recorded them (repr of psycopg's
    values) has every row that matched re-recorded in the new text by the upgrade, so `verify`
    passes but for a hand edit made before it, which is not laundered. SQLite's text does not
    change: its upgrade re-records nothing."""
    from gudang.db.digests import JSON_TEXT_SINCE
    from gudang.db.migrate import current_revision, migrate
    from gudang.services.partners import PartnerInput, add_partner
    from tests.conftest import make_database
    from tests.support.builders import issue

    postgresql = engine == "postgresql"
    url = request.getfixturevalue("postgres_url") if postgresql else f"sqlite:///{tmp_path / 'gudang.sqlite3'}"
    if postgresql:
        _record_in_the_older_text(monkeypatch, engine, older=True)
        # If the test stops before it switches back, the next tests of this process must not
        # keep the older text's statements (cached by recording): a TypeError in their commits.
        request.addfinalizer(lambda: _record_in_the_older_text(monkeypatch, engine, older=False))
    db = make_database(url)
    request.addfinalizer(db.dispose)
    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 500, "B1", "2027-05-31", "A-01"), ("BRS-01", 7, "B2", "2027-06-30", "A-02")])
    issue(db, "2026-11-02", [("BRS-01", 120)])
    add_partner(db, Actor(ADMIN, "admin"), PartnerInput(code="YGS", name="Yayasan Ğazali", kind="donor"))
    execute(db, "UPDATE partner SET name = 'PT Fiktif' WHERE code = 'YGS'")  # by hand, before the upgrade
    with english():
        problems = verify(db).problems  # the older text checks out as before
    assert len(problems) == 1 and "partner YGS" in problems[0], problems
    if postgresql:
        _record_in_the_older_text(monkeypatch, engine, older=False)
    # The schema as 0010 left it: without 0012's indexes, at revision 0010
    execute(db, "DROP INDEX ix_document_reference_lower")
    execute(db, "DROP INDEX ix_document_reference")
    execute(db, "UPDATE alembic_version SET version_num = '0010'")
    assert current_revision(db) == "0010" and JSON_TEXT_SINCE["postgresql"] == "0011" <= HEAD

    assert migrate(db)
    with db.engine.connect() as conn:
        (entry,) = conn.execute(text("SELECT id FROM audit_entry WHERE action = 'database.migrate'")).all()
        rerecorded = dict(conn.execute(text("SELECT table_name, count(*) FROM audit_row WHERE audit_id = :e "
                                            "GROUP BY table_name"), {"e": entry[0]}).all())
        documents = conn.execute(text("SELECT count(*) FROM document")).scalar()
    if postgresql:
        assert documents == 2 and rerecorded["document"] == documents
        assert rerecorded["lot"] == 2 and "partner" in rerecorded and rerecorded["app_user"] >= 1
    else:
        assert rerecorded == {}
    with english():
        for full in (True, False):
            problems = verify(db, full=full).problems
            assert len(problems) == 1, problems
            assert "partner YGS" in problems[0] and "changed outside Gudang" in problems[0], problems
    receive(db, "2026-11-03", [("BRS-01", 9, "B3", "2027-07-31", "A-01")])  # recorded in the new text
    with english():
        assert len(verify(db).problems) == 1


def test_a_blob_put_in_by_hand_is_named_and_gudang_still_writes_the_row(fresh_sqlite):
    """SQLite's json_array refuses a BLOB, which only a hand edit leaves: `verify` (full and quick)
    names the row instead of failing, and a later edit of that row through Gudang still commits."""
    from gudang.services.partners import PartnerInput, add_partner, update_partner

    db = fresh_sqlite
    admin = Actor(ADMIN, "admin")
    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 5, "B1", "2027-05-31", "A-01")])
    add_partner(db, admin, PartnerInput(code="YGS", name="Yayasan Ğazali", kind="donor"))
    execute(db, "UPDATE lot SET code = x'00ff' WHERE code = 'B1'")
    execute(db, "UPDATE partner SET address = x'4a6c' WHERE code = 'YGS'")
    with english():
        for full in (True, False):
            problems = verify(db, full=full).problems
            assert len(problems) == 2, problems
            assert any(p.startswith("lot L") and "changed outside Gudang" in p for p in problems)
            assert any("partner YGS" in p and "changed outside Gudang" in p for p in problems)
    update_partner(db, admin, "YGS", PartnerInput(code="YGS", name="Yayasan Ğazali Şükür", kind="donor"))
    with english():
        problems = verify(db).problems
    assert len(problems) == 1 and problems[0].startswith("lot L"), problems


def test_verify_makes_sure_of_a_grouped_read_before_it_names_a_document(fresh_sqlite, monkeypatch):
    """The full check lets SQLite join each document's lines and moves, in whatever order it
    scans them, on a connection of its own. A document whose lines come in another order, or
    a read that saw another snapshot, is read again the careful way: nothing is named falsely,
    and a real edit still is."""
    from gudang.services import verify as verifying

    db = fresh_sqlite
    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 5, "B1", "2027-05-31", "A-01"), ("BRS-01", 7, "B2", "2027-06-30", "A-01")])
    groups = TableReader.document_groups

    def shuffled(self, span=None):
        documents, lines, moves = groups(self, span)
        for parts in (lines, moves):
            for key, (text_value, count) in parts.items():
                parts[key] = (b"\n".join(reversed(text_value.split(b"\n"))), count)
        return documents, lines, moves

    monkeypatch.setattr(TableReader, "document_groups", shuffled)
    assert verify(db).ok

    def too_big(self, span=None):  # a ledger whose joined text passes SQLite's longest string: read row by row
        import sqlite3

        raise sqlite3.DataError("string or blob too big")

    monkeypatch.setattr(TableReader, "document_groups", too_big)
    assert verify(db).ok and verify(db).moves == 2
    monkeypatch.setattr(verifying, "_documents_apart", lambda db, exported, span: ((-1,), ({}, set(), set(), 0)))
    report = verify(db)
    assert report.ok and report.moves == 2 and report.documents == 1
    execute(db, "DROP TRIGGER stock_move_no_update")
    execute(db, "UPDATE stock_move SET qty = qty + 1")  # the ledger edited by hand: named
    with english():
        assert any("document" in p and "changed outside Gudang" in p for p in verify(db).problems)


def test_the_documents_read_in_two_halves_are_the_documents_read_whole(fresh_db):
    """The full check reads the documents in two halves of their ids, on two helpers: together
    the halves hold every document once, with its lines and moves, as one read of them all."""
    from gudang.services import verify as verifying

    db = fresh_db
    _ledger_with_awkward_rows(db)
    receive(db, "2026-11-04", [("BRS-01", 3, "B4", "2027-08-31", "A-02")])
    with db.engine.connect() as conn:
        reader = TableReader(conn)
        halves = verifying._document_halves(reader)
        parts = [verifying._documents(reader, span) for span in halves]
        whole = verifying._documents(reader)
    assert all(len(found) >= 2 for found, *_ in parts), halves  # both halves hold documents
    assert not set(parts[0][0]) & set(parts[1][0])
    assert verifying._merged_documents(parts) == whole and len(whole[0]) == 4


def test_a_posting_made_while_verify_reads_is_not_named(fresh_db, monkeypatch):
    """An administrator checks the database while a clerk posts: every read of the check sees
    the database as it was when the check began, so the new receipt is neither "added outside
    Gudang" nor "without the audit entry that records it" (on PostgreSQL too, where plain
    reads each see what was committed when they start)."""
    from gudang.services import verify as verifying

    db = fresh_db
    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 5, "B1", "2027-05-31", "A-01")])
    read_recorded = verifying.recorded_digests

    def recorded_then_a_posting(reader):
        found = read_recorded(reader)
        receive(db, "2026-11-02", [("BRS-01", 3, "B2", "2027-06-30", "A-01")])  # another workstation
        return found

    monkeypatch.setattr(verifying, "recorded_digests", recorded_then_a_posting)
    for full in (True, False):
        with english():
            report = verify(db, full=full)
        assert report.ok, report.problems


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


def test_a_recorded_key_with_the_separator_in_it_is_read_row_by_row(fresh_db):
    """`verify` reads the recorded digests of a kind as one text split at a control character;
    a key holding that character (none of Gudang's keys do; a hand edit can) is still read
    right, and the entry it was slipped into is named."""
    from gudang.services.verify_rows import Recorded

    db = fresh_db
    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 5, "B1", "2027-05-31", "A-01")])
    with db.engine.connect() as conn:
        before = Recorded(Reader(conn)).digests
    assert len(before["lot"]) == 1 and len(before["document"]) == 1
    execute(db, "INSERT INTO audit_row (audit_id, table_name, row_key, label, digest) "
                "SELECT max(id), 'setting', 'odd' || chr(31) || 'key', NULL, 'ab' FROM audit_entry"
            .replace("chr(31)", "char(31)" if db.is_sqlite else "chr(31)"))
    with db.engine.connect() as conn:
        after = Recorded(Reader(conn)).digests
    assert after["setting"] == {**before.get("setting", {}), "odd\x1fkey": "ab"}
    assert {kind: rows for kind, rows in after.items() if kind != "setting"} == {
        kind: rows for kind, rows in before.items() if kind != "setting"}
    with english():
        problems = verify(db).problems
    assert any("odd\x1fkey" in p and "deleted outside Gudang" in p for p in problems), problems
    assert any("hash chain breaks" in p for p in problems), problems


def _ledger_with_awkward_rows(db) -> None:
    """Rows whose texts are easy to get wrong: non-Latin scripts, quotes, NULLs, a draft
    with lines and no moves, an issue spanning lots."""
    from gudang.services.issues import draft_issue
    from gudang.services.partners import PartnerInput, add_partner
    from tests.support.builders import issue, issue_input

    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 5, "B1", "2027-05-31", "A-01"), ("BRS-01", 1500, "B2", "2027-06-30", "A-02")],
            reference="SJ/«مؤسسة»/01")
    issue(db, "2026-11-02", [("BRS-01", 9)])
    draft_issue(db, Actor(ADMIN, "admin"), issue_input("2026-11-03", [("BRS-01", 4)]))
    add_partner(db, Actor(ADMIN, "admin"), PartnerInput(code="YGS", name="Yayasan Ğazali \"Şükür\" مؤسسة", kind="donor"))


def test_texts_the_database_writes_for_verify_hash_to_the_recorded_digests(fresh_db):
    """The full check lets the database write the very text each digest hashes (kind, key and
    the row's json text; SQLite) or hash it itself (PostgreSQL); for every row of every kind,
    documents with their lines and moves included, that comes to what `Reader.digests`
    computes at commit, composite and text keys included."""
    import hashlib

    from gudang.db.digests import DIGEST_LENGTH, KINDS

    db = fresh_db
    _ledger_with_awkward_rows(db)
    checked = 0
    with db.engine.connect() as conn:
        reader = TableReader(conn)
        for kind, tracked in KINDS.items():
            if kind == "document":
                continue
            if db.is_sqlite:
                texts = reader.hashed_texts(tracked)
                assert texts is not None and reader.server_digests(tracked) is None
                found = {key: hashlib.sha256(text_value.encode()).hexdigest()[:DIGEST_LENGTH]
                         for key, text_value in texts}
            else:
                found = reader.server_digests(tracked)
                assert found is not None and reader.hashed_texts(tracked) is None
            assert found == {key: row.digest for key, row in reader.digests(kind).items()}, kind
            checked += len(found)
        if not db.is_sqlite:
            documents, with_lines, with_moves, moves = reader.server_document_digests()
            assert documents == reader.document_digests() and len(documents) == 3
            assert len(with_lines) == 3 and len(with_moves) == 2
            assert moves == conn.exec_driver_sql("SELECT count(*) FROM stock_move").scalar() >= 3
    assert checked > 10


def test_verify_takes_the_short_way_when_every_row_is_as_recorded(fresh_db, monkeypatch):
    """On an untouched database the full check decides every kind and every document from the
    texts or digests the database writes: no kind is read row by row in Python, no document
    read again. (Were the two ways to disagree, every row would be read the long way: right,
    but as slow as before.)"""
    from gudang.db import digests

    db = fresh_db
    _ledger_with_awkward_rows(db)
    long_way = []
    rows, again = Reader.rows, Reader.document_digests
    monkeypatch.setattr(Reader, "rows", lambda self, tracked, keys=None, span=None: long_way.append(tracked.name)
                        or rows(self, tracked, keys, span))
    monkeypatch.setattr(Reader, "document_digests", lambda self, keys=None: long_way.append(("again", keys))
                        or again(self, keys))
    assert verify(db).ok
    # SQLite reads the documents' own rows (`document_groups`, in two halves); PostgreSQL hashes
    # them itself.
    assert long_way == (["document", "document"] if db.is_sqlite else []), long_way  # two halves
    assert digests.json_text(db.engine.dialect.name)


def test_postgresql_digests_that_differ_are_computed_again_before_a_row_is_named(fresh_db, monkeypatch):
    """PostgreSQL hashes the rows and documents itself for the full check. A digest of its that
    differs from the record (here garbled on purpose) sends the kind, or the document, down
    the long way before anything is named: nothing is named falsely, and a real edit still is.
    (SQLite hashes in Python: there the stand-ins change nothing.)"""
    from gudang.db import digests

    db = fresh_db
    _ledger_with_awkward_rows(db)
    server_rows, server_documents = TableReader.server_digests, TableReader.server_document_digests

    def garbled_rows(self, tracked):
        found = server_rows(self, tracked)
        return found and {key: "0" * digests.DIGEST_LENGTH for key in found}

    def garbled_documents(self, span=None):
        found = server_documents(self, span)
        if found is None:
            return None
        documents, *rest = found
        return ({key: row._replace(digest="0" * digests.DIGEST_LENGTH) for key, row in documents.items()}, *rest)

    monkeypatch.setattr(TableReader, "server_digests", garbled_rows)
    monkeypatch.setattr(TableReader, "server_document_digests", garbled_documents)
    assert verify(db).ok
    execute(db, "UPDATE partner SET name = 'PT Fiktif' WHERE code = 'YGS'")  # by hand
    with english():
        problems = verify(db).problems
    assert len(problems) == 1 and "partner YGS" in problems[0] and "changed outside Gudang" in problems[0]


def test_verify_makes_sure_of_the_audit_entries_joined_by_the_database(any_db, monkeypatch):
    """The audit entries' rows come sorted and joined by the database on a connection of its
    own (PostgreSQL hashes them too). Rows joined in another order, digests that differ, a text
    that does not split into entries, or a read that saw another snapshot never name an entry
    falsely; an altered recorded digest still is."""
    from gudang.services import verify as verifying

    db = any_db  # a database of its own: a trigger is disabled below
    basic_world(db)
    item(db, "BRS-01")
    receive(db, "2026-11-01", [("BRS-01", 5, "B1", "2027-05-31", "A-01"), ("BRS-01", 7, "B2", "2027-06-30", "A-01")])
    joined = verifying.entry_texts_digests
    with db.engine.connect() as conn:
        assert joined(Reader(conn)) == verifying.entry_rows_digests(Reader(conn))

    def garbled(reader):
        if not db.is_sqlite:  # PostgreSQL hashes each entry's text itself
            return {entry: "0" * 64 for entry in joined(reader)}
        sql = reader.fetch
        reader.fetch = lambda statement, params=(): [(whole.replace("\x1e", "\x1b"),) for (whole,) in sql(statement, params)]
        found = joined(reader)  # the separator garbled: every entry's text differs
        reader.fetch = sql
        return found

    for stand_in in (garbled, lambda reader: None):
        monkeypatch.setattr(verifying, "entry_texts_digests", stand_in)
        for full in (True, False):
            assert verify(db, full=full).ok
    monkeypatch.setattr(verifying, "entry_texts_digests", joined)
    monkeypatch.setattr(verifying, "_entries_apart", lambda db, exported: ((-1,), {}))
    assert verify(db).ok
    monkeypatch.undo()
    if db.is_sqlite:
        execute(db, "DROP TRIGGER audit_row_no_update")
        execute(db, "UPDATE audit_row SET digest = 'ab' WHERE id = (SELECT max(id) FROM audit_row)")
    else:  # the trigger put back: the test databases are reused
        execute(db, "ALTER TABLE audit_row DISABLE TRIGGER audit_row_immutable")
        execute(db, "UPDATE audit_row SET digest = 'ab' WHERE id = (SELECT max(id) FROM audit_row)")
        execute(db, "ALTER TABLE audit_row ENABLE TRIGGER audit_row_immutable")
    with english():
        problems = verify(db).problems
    assert any("hash chain breaks" in p for p in problems), problems
