"""The hash-chained audit log and `gudang verify` (DESIGN.md §4.2, §4.6).

Every service action writes an audit entry whose hash covers the previous
entry's hash; `gudang verify` recomputes the chain and the ledger and names
the first bad entry. Audit rows are protected by triggers, so a tamperer
must drop the trigger first with raw SQL; editing an audit row or a balance
by hand then makes `verify` fail. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import io
import os

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from gudang.db.models import AuditEntry
from gudang.services import cancel, users
from gudang.services.uow import GENESIS_HASH, Actor, audit_hash
from gudang.services.verify import verify
from tests.conftest import ADMIN, PASSWORD
from tests.support.builders import basic_world, english, execute, issue, item, receive, scalar

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)


def cli(url, *args):
    from gudang import i18n
    from gudang.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in ("GUDANG_USER", "GUDANG_PASSWORD", "GUDANG_LANG")}
    os.environ.update(GUDANG_USER=ADMIN, GUDANG_PASSWORD=PASSWORD, GUDANG_LANG="en")
    token = i18n._language.set(i18n.get_language())
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--db", str(url), *args])
    finally:
        i18n._language.reset(token)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return code, out.getvalue(), err.getvalue()


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


@pytest.fixture
def db(any_db):
    admin = Actor(ADMIN, "admin")
    basic_world(any_db)
    item(any_db, "BRS-01")
    receive(any_db, "2026-11-01", [("BRS-01", 50, "B1", "2027-05-31", "A-01")])
    posted = issue(any_db, "2026-11-02", [("BRS-01", 5)])
    cancel.cancel_document(any_db, admin, posted.number, "salah tujuan")
    issue(any_db, "2026-11-03", [("BRS-01", 7)])
    users.add_user(any_db, admin, "budi", "petugas", "sandi-budi")
    with english():
        yield any_db


def _entries(db):
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        return conn.execute(select(AuditEntry).order_by(AuditEntry.id)).all()


def test_every_action_is_in_a_hash_chain(db):
    entries = _entries(db)
    actions = [e.action for e in entries]
    for action in ("database.init", "catalogue.add_item", "receipt.post", "issue.post", "document.cancel",
                   "user.add"):
        if action == "catalogue.add_item":
            assert any(a.startswith("item.") or a.startswith("catalogue.") for a in actions), actions
        else:
            assert action in actions, actions
    assert len([a for a in actions if a.startswith("partner")]) >= 2
    assert len([a for a in actions if a.startswith("location")]) >= 3
    from gudang.db.digests import rows_digest

    recorded: dict[int, list] = {}
    with db.engine.connect() as conn:
        for audit_id, *row in conn.execute(text(
                "SELECT audit_id, table_name, row_key, label, digest FROM audit_row ORDER BY id")):
            recorded.setdefault(audit_id, []).append(tuple(row))
    assert recorded, "the tracked rows' digests are recorded with their audit entries"
    previous = GENESIS_HASH
    for entry in entries:
        assert entry.prev_hash == previous
        rows = rows_digest(recorded[entry.id]) if entry.id in recorded else None
        assert entry.hash == audit_hash(previous, entry.at, entry.user, entry.action, entry.object, entry.summary,
                                        rows)
        previous = entry.hash
    assert len({e.hash for e in entries}) == len(entries)
    report = verify(db)
    assert report.ok and report.audit_entries == len(entries)
    code, out, err = cli(_url(db), "verify")
    assert code == 0, err


def test_audit_rows_are_protected_by_triggers(db):
    first = _entries(db)[1].id
    with pytest.raises(DBAPIError, match="immutable"):
        execute(db, "UPDATE audit_entry SET summary = 'nothing happened' WHERE id = :id", {"id": first})
    with pytest.raises(DBAPIError, match="immutable"):
        execute(db, "DELETE FROM audit_entry WHERE id = :id", {"id": first})
    assert verify(db).ok


def _drop_audit_triggers(db) -> None:
    if db.is_sqlite:
        for name in ("audit_no_update", "audit_no_delete", "audit_row_no_update", "audit_row_no_delete"):
            execute(db, f"DROP TRIGGER {name}")
    else:
        execute(db, "DROP TRIGGER audit_immutable ON audit_entry")
        execute(db, "DROP TRIGGER audit_row_immutable ON audit_row")


@pytest.mark.parametrize("change", ["summary", "user", "action", "at", "hash", "delete"])
def test_a_hand_edited_audit_row_fails_verify_naming_the_first_bad_entry(db, change):
    entries = _entries(db)
    victim = entries[len(entries) // 2]
    _drop_audit_triggers(db)
    if change == "delete":  # with the row digests it recorded
        execute(db, "DELETE FROM audit_row WHERE audit_id = :id", {"id": victim.id})
        execute(db, "DELETE FROM audit_entry WHERE id = :id", {"id": victim.id})
        first_bad = entries[len(entries) // 2 + 1]
    else:
        value = {"summary": "nothing happened", "user": "budi", "action": "read", "hash": "f" * 64}.get(change)
        if change == "at":
            execute(db, "UPDATE audit_entry SET at = :v WHERE id = :id",
                    {"v": victim.at.replace(year=victim.at.year - 1), "id": victim.id})
        else:
            execute(db, f'UPDATE audit_entry SET "{change}" = :v WHERE id = :id', {"v": value, "id": victim.id})
        first_bad = victim
    report = verify(db)
    assert not report.ok
    chain = [p for p in report.problems if "hash chain" in p]
    assert len(chain) == 1 and f"audit entry #{first_bad.id} " in chain[0], report.problems
    dropped = "audit_no_update" if db.is_sqlite else "audit_immutable"
    assert any(f"trigger {dropped} is missing" in p for p in report.problems), report.problems
    code, out, err = cli(_url(db), "verify")
    assert code == 1
    assert f"audit entry #{first_bad.id} " in err and "hash chain" in err


def test_a_tamperer_who_rewrites_the_rest_of_the_chain_is_still_caught_by_the_ledger(db):
    """Rehashing the chain after an edit hides the edit from the chain check only, so the
    ledger check must catch what the edit was for: here a balance raised by hand."""
    execute(db, "UPDATE balance SET qty = qty + 1000000 WHERE qty > 0")
    report = verify(db)
    assert not report.ok
    assert any("balance of lot" in p and "moves sum to" in p for p in report.problems), report.problems
    code, out, err = cli(_url(db), "verify")
    assert code == 1 and "balance of lot" in err


def test_a_hand_edited_move_fails_verify(db):
    if db.is_sqlite:
        execute(db, "DROP TRIGGER stock_move_no_update")
    else:
        execute(db, "DROP TRIGGER stock_move_immutable ON stock_move")
    execute(db, "UPDATE stock_move SET qty = qty * 2 WHERE id = (SELECT min(id) FROM stock_move)")
    report = verify(db)
    assert not report.ok and any("moves sum to" in p for p in report.problems)


def test_a_negative_balance_written_by_hand_fails_verify(db):
    # the CHECK constraint refuses it; a tamperer can still switch checks off (SQLite)
    # or drop the constraint (PostgreSQL)
    if db.is_sqlite:
        import sqlite3

        conn = sqlite3.connect(db.url.database)
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE balance SET qty = -5000 WHERE rowid = (SELECT min(rowid) FROM balance WHERE qty > 0)")
        conn.commit()
        conn.close()
    else:
        execute(db, "ALTER TABLE balance DROP CONSTRAINT ck_balance_not_negative")
        execute(db, "UPDATE balance SET qty = -5000 WHERE lot_id = (SELECT min(lot_id) FROM balance WHERE qty > 0)")
    report = verify(db)
    assert any("negative" in p for p in report.problems), report.problems


def test_failed_logins_and_refusals_leave_the_chain_intact(db):
    from gudang.domain.errors import AuthenticationFailed, PermissionDenied
    from tests.support.builders import issue_input
    from gudang.services.issues import issue_goods

    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, "budi", "salah")
    budi = users.authenticate(db, "budi", "sandi-budi")
    with pytest.raises(PermissionDenied):
        issue_goods(db, budi, issue_input("2026-11-04", [("BRS-01", 1)]))
    assert scalar(db, "SELECT count(*) FROM audit_entry WHERE action = 'user.login_failed'") == 2
    assert verify(db).ok
