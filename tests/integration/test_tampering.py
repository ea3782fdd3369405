"""Tampering that `gudang verify` names (DESIGN.md section 11, issue 10).

Each test is one attack of the red-team report, made with raw SQL as someone
with write access to the database would (triggers dropped first where they are
in the way), on a real SQLite file and on the real PostgreSQL server; then
`verify` must name what was done. The attacker's strongest move, deleting the
newest posting with everything that records it and recomputing the chain, is
caught by the anchor kept outside the database (gudang.services.anchor).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from gudang.db.digests import rows_digest
from gudang.services import cancel, users
from gudang.services.uow import GENESIS_HASH, Actor, audit_hash
from gudang.services.verify import verify
from tests.conftest import ADMIN
from tests.support.builders import basic_world, english, execute, issue, item, receive, scalar

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)


@pytest.fixture
def db(any_db):
    """A small real history: items, a receipt, two issues (one cancelled), a user."""
    admin = Actor(ADMIN, "admin")
    basic_world(any_db)
    item(any_db, "BRS-01")
    receive(any_db, "2026-11-01", [("BRS-01", 50, "B1", "2027-05-31", "A-01"),
                                   ("BRS-01", 30, "B2", "2027-03-31", "A-02")])
    first = issue(any_db, "2026-11-02", [("BRS-01", 5)])
    cancel.cancel_document(any_db, admin, first.number, "salah tujuan")
    issue(any_db, "2026-11-03", [("BRS-01", 7)])
    users.add_user(any_db, admin, "budi", "petugas", "sandi-budi")
    with english():
        assert verify(any_db).ok, verify(any_db).problems
        yield any_db


def problems(db, full: bool = True) -> list[str]:
    report = verify(db, full=full)
    assert not report.ok
    return list(report.problems)


def named(found: list[str], *fragments: str) -> bool:
    return any(all(f in p for f in fragments) for p in found)


def drop_triggers(db, *tables: str) -> None:
    """What a tamperer does first: the immutability triggers out of the way."""
    if db.is_sqlite:
        names = {"stock_move": ("stock_move_no_update", "stock_move_no_delete"),
                 "document": ("document_posted_no_update", "document_posted_no_delete"),
                 "document_line": ("document_line_posted_no_update", "document_line_posted_no_delete"),
                 "audit_entry": ("audit_no_update", "audit_no_delete"),
                 "audit_row": ("audit_row_no_update", "audit_row_no_delete")}
        for table in tables:
            for name in names[table]:
                execute(db, f"DROP TRIGGER {name}")
    else:
        names = {"stock_move": "stock_move_immutable", "document": "document_posted_immutable",
                 "document_line": "document_line_posted_immutable", "audit_entry": "audit_immutable",
                 "audit_row": "audit_row_immutable"}
        for table in tables:
            execute(db, f"DROP TRIGGER {names[table]} ON {table}")


def rehash_chain(db) -> None:
    """Recompute every audit hash from the first entry on, as a tamperer who knows the scheme would."""
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            recorded: dict[int, list] = {}
            for audit_id, *row in conn.execute(text(
                    "SELECT audit_id, table_name, row_key, label, digest FROM audit_row ORDER BY id")):
                recorded.setdefault(audit_id, []).append(tuple(row))
            previous = GENESIS_HASH
            entries = conn.execute(text('SELECT id, at, "user", action, object, summary FROM audit_entry '
                                        'ORDER BY id')).all()
            for entry_id, at, user, action, obj, summary in entries:
                at = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at)
                rows = rows_digest(recorded[entry_id]) if entry_id in recorded else None
                digest = audit_hash(previous, at, user, action, obj, summary, rows)
                conn.execute(text("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE id = :i"),
                             {"p": previous, "h": digest, "i": entry_id})
                previous = digest


def last_issue(db) -> tuple[int, str]:
    with db.engine.connect() as conn:
        return tuple(conn.execute(text(
            "SELECT id, number FROM document WHERE type = 'issue' ORDER BY id DESC LIMIT 1")).one())


def test_the_whole_cover_up_is_named(db):
    """Dropped triggers, a move and its balance edited to agree, the last issue deleted with its
    lines, moves and audit rows, its sequence rewound, and the chain recomputed."""
    drop_triggers(db, "stock_move", "document", "document_line", "audit_entry", "audit_row")
    # a move and its balance, edited so that they still agree
    move, lot, source = (scalar(db, sql) for sql in (
        "SELECT min(id) FROM stock_move", "SELECT lot_id FROM stock_move WHERE id = (SELECT min(id) FROM stock_move)",
        "SELECT to_location_id FROM stock_move WHERE id = (SELECT min(id) FROM stock_move)"))
    execute(db, "UPDATE stock_move SET qty = qty + 1000 WHERE id = :m", {"m": move})
    execute(db, "UPDATE balance SET qty = qty + 1000 WHERE lot_id = :l AND location_id = :s",
            {"l": lot, "s": source})
    # the last issue and everything that records it
    doc_id, number = last_issue(db)
    entries = [row[0] for row in _rows(db, "SELECT DISTINCT audit_id FROM audit_row WHERE table_name = 'document' "
                                           "AND row_key = :k", {"k": str(doc_id)})]
    tail = min(entries)
    for lot_id, location, qty in _rows(db, "SELECT lot_id, from_location_id, qty FROM stock_move "
                                           "WHERE document_id = :d", {"d": doc_id}):
        execute(db, "UPDATE balance SET qty = qty + :q WHERE lot_id = :l AND location_id = :s",
                {"q": qty, "l": lot_id, "s": location})
    execute(db, "DELETE FROM balance WHERE location_id = (SELECT id FROM location WHERE kind = 'transit')")
    execute(db, "DELETE FROM stock_move WHERE document_id = :d", {"d": doc_id})
    execute(db, "DELETE FROM document_line WHERE document_id = :d", {"d": doc_id})
    execute(db, "DELETE FROM document WHERE id = :d", {"d": doc_id})
    execute(db, "DELETE FROM audit_row WHERE audit_id >= :t", {"t": tail})
    execute(db, "DELETE FROM audit_entry WHERE id >= :t", {"t": tail})
    execute(db, "UPDATE number_sequence SET last = last - 1 WHERE name = 'doc:issue'")
    rehash_chain(db)

    found = problems(db)
    dropped = "stock_move_no_update" if db.is_sqlite else "stock_move_immutable"
    assert named(found, f"trigger {dropped} is missing"), found
    assert named(found, "document", "was changed outside Gudang"), found  # the edited move
    assert named(found, "audit", "anchor") or named(found, "newest entries were removed"), found


def _rows(db, sql, params=None):
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params or {}).all()


def test_a_truncated_audit_tail_is_named(db):
    drop_triggers(db, "audit_entry", "audit_row")
    head = scalar(db, "SELECT max(id) FROM audit_entry")
    execute(db, "DELETE FROM audit_row WHERE audit_id > :h", {"h": head - 2})
    execute(db, "DELETE FROM audit_entry WHERE id > :h", {"h": head - 2})
    found = problems(db)
    assert named(found, f"ends at entry #{head - 2}", f"records entry #{head}", "newest entries were removed"), found


def test_an_edited_and_rehashed_audit_row_is_named(db):
    drop_triggers(db, "audit_entry")
    victim = scalar(db, "SELECT id FROM audit_entry WHERE action = 'document.cancel'")
    execute(db, "UPDATE audit_entry SET summary = 'nothing happened' WHERE id = :i", {"i": victim})
    rehash_chain(db)
    found = problems(db)
    assert not named(found, "hash chain breaks"), found  # the chain itself is consistent again ...
    assert named(found, "differs from the anchor", "audit chain was rewritten"), found  # ... but not the anchor


@pytest.mark.parametrize("change, sql, fragments", [
    ("lot expiry", "UPDATE lot SET expiry = '2030-12-31' WHERE code = 'B2'", ("lot L", "changed outside Gudang")),
    ("lot status", "UPDATE lot SET status = 'quarantine' WHERE code = 'B1'", ("lot L", "changed outside Gudang")),
    ("lot donor", "UPDATE lot SET donor_id = (SELECT id FROM partner WHERE code = 'REC-1')",
     ("lot L", "changed outside Gudang")),
    ("partner name", "UPDATE partner SET name = 'PT Fiktif' WHERE code = 'DON-1'",
     ("partner DON-1", "changed outside Gudang")),
    ("user role", "UPDATE app_user SET role = 'admin' WHERE name = 'budi'", ("user budi", "changed outside Gudang")),
    ("password hash", "UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE name = 'budi') "
                      "WHERE name = 'admin'", ("user admin", "changed outside Gudang")),
    ("setting", "INSERT INTO setting (key, value) VALUES ('agency_code', 'PALSU')",
     ("setting agency_code", "added outside Gudang")),
    ("item", "UPDATE item SET name = 'Beras oplosan'", ("item BRS-01", "changed outside Gudang")),
    ("location", "UPDATE location SET kind = 'storage' WHERE code = 'KARANTINA-01'",
     ("location KARANTINA-01", "changed outside Gudang")),
    ("new admin", "INSERT INTO app_user (name, password_hash, role, active, failed_logins) "
                  "VALUES ('mallory', 'x', 'admin', true, 0)",
     ("user mallory", "added outside Gudang")),
    ("number sequence", "UPDATE number_sequence SET last = last + 5 WHERE name = 'doc:receipt'",
     ("number sequence doc:receipt", "changed outside Gudang")),
])
def test_a_changed_mutable_row_is_named(db, change, sql, fragments):
    execute(db, sql)
    found = problems(db)
    assert named(found, *fragments), found
    # the quick check sees it too: the edit left the touch trigger's note behind
    quick = problems(db, full=False)
    assert named(quick, *fragments), quick


def test_a_deleted_row_is_named(db):
    from gudang.services.partners import PartnerInput, add_partner

    add_partner(db, Actor(ADMIN, "admin"), PartnerInput(code="REC-9", name="Posko Baru", kind="recipient"))
    assert verify(db).ok
    execute(db, "DELETE FROM partner WHERE code = 'REC-9'")
    assert named(problems(db), "partner REC-9", "deleted outside Gudang")
    assert named(problems(db, full=False), "partner REC-9", "deleted outside Gudang")


def test_the_quick_check_leaves_edits_without_triggers_to_the_full_check(db):
    """The honest limit of `verify --quick`: with the touch triggers dropped for the edit and put
    back exactly as they were, nothing notes the edit; only the full check's digests find it."""
    assert verify(db, full=False).ok
    if db.is_sqlite:
        with db.engine.connect() as conn:
            saved = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                         "AND name LIKE 'partner_touch_%'").scalars().all()
        assert len(saved) == 3
        for name in ("partner_touch_insert", "partner_touch_update", "partner_touch_delete"):
            execute(db, f"DROP TRIGGER {name}")
        execute(db, "UPDATE partner SET name = 'PT Fiktif' WHERE code = 'DON-1'")
        for sql in saved:
            execute(db, sql)
    else:
        execute(db, "ALTER TABLE partner DISABLE TRIGGER partner_touch")
        execute(db, "UPDATE partner SET name = 'PT Fiktif' WHERE code = 'DON-1'")
        execute(db, "ALTER TABLE partner ENABLE TRIGGER partner_touch")
    assert verify(db, full=False).ok
    assert named(problems(db), "partner DON-1", "changed outside Gudang")


def test_a_rewound_sequence_is_named_and_the_next_posting_fails_clearly(db):
    from gudang.domain.errors import DatabaseProblem

    execute(db, "UPDATE number_sequence SET last = last - 1 WHERE name = 'doc:issue'")
    found = problems(db)
    assert named(found, "number sequence doc:issue", "runs behind its documents"), found
    assert named(found, "number sequence doc:issue", "changed outside Gudang"), found
    with pytest.raises(DatabaseProblem, match="number sequence runs behind its documents"):
        issue(db, "2026-11-04", [("BRS-01", 1)])


def test_a_sequence_run_ahead_leaves_missing_numbers(db):
    execute(db, "UPDATE number_sequence SET last = last + 3 WHERE name = 'doc:receipt'")
    assert named(problems(db), "number sequence doc:receipt", "numbers 2..4 are missing")


def test_a_deleted_move_or_line_breaks_its_document(db):
    drop_triggers(db, "stock_move")
    execute(db, "DELETE FROM stock_move WHERE id = (SELECT max(id) FROM stock_move)")
    found = problems(db)
    assert named(found, "document", "changed outside Gudang"), found
    assert named(found, "moves sum to"), found
    quick = problems(db, full=False)
    assert named(quick, "document", "changed outside Gudang"), quick  # the touch trigger noted it
    assert named(quick, "moves sum to"), quick


def test_triggers_dropped_added_or_altered_are_named(db):
    if db.is_sqlite:
        execute(db, "DROP TRIGGER audit_no_delete")
        execute(db, "DROP TRIGGER document_posted_no_update")
        execute(db, "CREATE TRIGGER document_posted_no_update BEFORE UPDATE ON document "
                    "WHEN OLD.state = 'draft' BEGIN SELECT RAISE(ABORT, 'posted documents are immutable'); END")
        execute(db, "CREATE TRIGGER promote AFTER INSERT ON audit_entry "
                    "BEGIN UPDATE app_user SET role = 'admin' WHERE name = 'budi'; END")
        found = problems(db)
        assert named(found, "trigger audit_no_delete is missing"), found
        assert named(found, "trigger document_posted_no_update was altered"), found
        assert named(found, "unexpected trigger promote on audit_entry"), found
    else:
        execute(db, "ALTER TABLE stock_move DISABLE TRIGGER stock_move_immutable")  # as the owner could
        execute(db, "DROP TRIGGER audit_immutable ON audit_entry")
        execute(db, "CREATE OR REPLACE FUNCTION gudang_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN RETURN NEW; END $$")
        execute(db, "CREATE FUNCTION promote() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "UPDATE app_user SET role = 'admin' WHERE name = 'budi'; RETURN NULL; END $$")
        execute(db, "CREATE TRIGGER promote AFTER INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION promote()")
        found = problems(db)
        assert named(found, "trigger stock_move_immutable is disabled"), found
        assert named(found, "trigger audit_immutable is missing"), found
        assert named(found, "trigger document_posted_immutable was altered"), found  # its function changed
        assert named(found, "unexpected trigger promote on audit_entry"), found


def test_changes_outside_a_unit_of_work_are_not_taken_over_by_the_next_posting(db):
    """A hand edit leaves its trigger note behind; the next posting's unit of work takes only its own,
    so the edit is not recorded as if it had been audited."""
    execute(db, "UPDATE partner SET name = 'PT Fiktif' WHERE code = 'DON-1'")
    receive(db, "2026-11-05", [("BRS-01", 5, "B3", "2027-06-30", "A-01")])  # DON-1 is the donor: touched again?
    assert named(problems(db), "partner DON-1", "changed outside Gudang")


def test_the_chain_head_and_the_footer_digits(db):
    from gudang.services.anchor import Head, chain_head, posting_head, read_anchor

    doc_id, _number = last_issue(db)
    with db.engine.connect() as conn:
        head = chain_head(conn)
        footer = posting_head(conn, doc_id)
    assert isinstance(head, Head) and read_anchor(db) == head
    assert footer is not None and len(footer) == 8
    entry = scalar(db, "SELECT max(audit_id) FROM audit_row WHERE table_name = 'document' AND row_key = :k",
                   {"k": str(doc_id)})
    assert scalar(db, "SELECT hash FROM audit_entry WHERE id = :i", {"i": entry}).startswith(footer)
