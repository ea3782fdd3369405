"""Every bad input through the real `gudang` command: exit 1, one line naming line and
field on stderr, and nothing written (DESIGN.md section 9)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import make_database, snapshot
from tests.support.builders import QUARANTINE_BIN, basic_world, gudang, item, receive, write_json

GOOD_LINE = {"sku": "BRS", "qty": 5, "lot": "NEW", "expiry": "2027-06-30", "location": "A-01"}


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """One database for the module: every case must leave it exactly as it was."""
    folder = tmp_path_factory.mktemp("bad-input")
    db = make_database(f"sqlite:///{folder / 'gudang.sqlite3'}")
    basic_world(db, items=["BRS"])
    item(db, "TKR", lot=False, expiry=False)
    receive(db, "2026-11-01", [("BRS", 10, "OK", "2027-01-31", "A-01"),
                               ("BRS", 10, "EXP", "2026-11-20", "A-02"),
                               ("BRS", 10, "DMG", "2027-01-31", QUARANTINE_BIN, "damaged")])
    yield db, folder
    db.dispose()


def receipt(*lines, **header):
    return {"date": "2026-11-27", "donor": "DON-1", "lines": [GOOD_LINE, *lines], **header}


def issue(*lines, **header):
    return {"date": "2026-11-27", "recipient": "REC-1", "lines": [{"sku": "BRS", "qty": 1}, *lines], **header}


def line(**changes):
    out = dict(GOOD_LINE, lot="L2")
    out.update(changes)
    return {k: v for k, v in out.items() if v is not None}


CASES = {
    # receipts: a good first line, then the bad one
    "unknown sku": ("receive", receipt(line(sku="NOPE")), "line 2, field sku"),
    "unknown donor": ("receive", receipt(donor="NOBODY"), "field donor"),
    "unknown location": ("receive", receipt(line(location="Z-99")), "line 2, field location"),
    "qty 0": ("receive", receipt(line(qty=0)), "line 2, field qty"),
    "qty negative": ("receive", receipt(line(qty=-3)), "line 2, field qty"),
    "qty abc": ("receive", receipt(line(qty="abc")), "line 2, field qty"),
    "qty 1e12": ("receive", '{"date": "2026-11-27", "donor": "DON-1", "lines": [%s, '
                            '{"sku": "BRS", "qty": 1e12, "lot": "X", "expiry": "2027-06-30"}]}'
                 % json.dumps(GOOD_LINE), "line 2, field qty"),
    "no lot": ("receive", receipt(line(lot=None)), "line 2, field lot"),
    "no expiry": ("receive", receipt(line(expiry=None)), "line 2, field expiry"),
    "expiry past": ("receive", receipt(line(expiry="2026-11-26")), "line 2, field expiry"),
    "impossible date": ("receive", receipt(date="2026-02-30"), "field date"),
    "malformed json": ("receive", '{"date": "2026-11-27", "donor": "DON-1", "lines": [', "not valid JSON"),
    # issues
    "unknown recipient": ("issue", issue(recipient="NOBODY"), "field recipient"),
    "unknown lot": ("issue", issue({"sku": "BRS", "qty": 1, "lot": "NOLOT"}), "line 2, field lot"),
    "beyond stock": ("issue", issue({"sku": "BRS", "qty": 10}), "line 2, field qty"),
    "expired lot": ("issue", issue({"sku": "BRS", "qty": 1, "lot": "EXP"}), "line 2, field lot"),
    "quarantined lot": ("issue", issue({"sku": "BRS", "qty": 1, "lot": "DMG"}), "line 2, field lot"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_exits_1_with_one_line_and_writes_nothing(shop, case):
    db, folder = shop
    command, document, where = CASES[case]
    path = write_json(folder, f"{case.replace(' ', '_')}.json", document)
    before = snapshot(db)
    run = gudang(db.path, command, path)
    assert run.code == 1, (run.stdout, run.stderr)
    assert len(run.error_lines) == 1, run.stderr
    assert where in run.error_lines[0], run.error_lines[0]
    assert run.stdout == ""
    assert snapshot(db) == before


def test_json_errors_and_usage_errors(shop):
    db, folder = shop
    before = snapshot(db)
    run = gudang(db.path, "--json", "issue", write_json(folder, "beyond.json", issue({"sku": "BRS", "qty": 10})))
    assert run.code == 1
    error = run.json()["error"]
    assert set(error) == {"code", "message"}
    assert error["code"] == "insufficient_stock"
    assert error["message"].startswith("line 2, field qty: ")
    assert run.error_lines == [f"gudang: {error['message']}"]
    run = gudang(db.path, "--json", "receive", write_json(folder, "bad.json", "[1, 2"))
    assert (run.code, run.json()["error"]["code"]) == (1, "invalid_input")
    for usage in (["receive"], ["expiring", "--days", "x"]):
        run = gudang(db.path, *usage)
        assert run.code == 2, usage
        assert len(run.error_lines) == 1 and "usage" in run.error_lines[0], run.stderr
    # bad credentials and a viewer are refused too, and write nothing
    run = gudang(db.path, "receive", write_json(folder, "ok.json", receipt()), password="salah")
    assert run.code == 1 and len(run.error_lines) == 1
    assert snapshot(db) != before  # a failed login is counted (the lock-out needs it) ...
    from tests.support.builders import execute

    execute(db, "DELETE FROM login_attempt")
    assert snapshot(db)["stock_move"] == before["stock_move"]  # ... but no goods moved
