"""The `gudang` command end to end in a subprocess: the JSON contract of DESIGN.md section 9."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.support.builders import SCENARIO_DAY, execute, gudang, write_json

RECEIVE_LINE = {"sku", "lot", "barcode", "qty", "expiry", "location"}
ALLOCATION = {"sku", "lot", "barcode", "expiry", "location", "qty"}
STOCK_ROW = {"sku", "item", "lot", "barcode", "expiry", "location", "qty"}
CARD_ROW = {"date", "number", "type", "partner", "lot", "location", "in", "out", "balance"}


@pytest.fixture
def path(tmp_path):
    db = tmp_path / "gudang.sqlite3"
    run = gudang(db, "--json", "init", "--admin-user", "admin", "--admin-password-stdin", user=None,
                 stdin="rahasia-admin\n")
    assert run.code == 0, run.stderr
    assert run.json()["admin"] == "admin"
    return db


def ok(run):
    assert run.code == 0, run.stderr
    return run.json()


def test_setup_receive_issue_queries_cancel_verify(path, tmp_path):
    records = [{"type": "item", "sku": "BRS-5", "name": "Beras 5 kg", "unit": "sak"},
               {"type": "item", "sku": "TKR", "name": "Tikar", "unit": "lembar", "no-lot": True, "no-expiry": True},
               {"type": "partner", "code": "BNPB", "name": "BNPB", "kind": "donor"},
               {"type": "partner", "code": "POSKO-1", "name": "Posko Bangkinang", "kind": "recipient"},
               {"type": "location", "code": "A-01"}]
    jsonl = tmp_path / "setup.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    replayed = ok(gudang(path, "--json", "replay", str(jsonl)))
    assert replayed.pop("skipped") == 0
    assert {k: v["count"] for k, v in replayed.items()} == {"item": 2, "partner": 2, "location": 1}
    ok(gudang(path, "--json", "event", "add", "--code", "BJR-26", "--name", "Banjir Kampar", "--type", "banjir",
              "--start", "2026-11-20"))
    assert [i["sku"] for i in ok(gudang(path, "--json", "item", "list"))] == ["BRS-5", "TKR"]
    receipt = ok(gudang(path, "--json", "receive", write_json(tmp_path, "r.json", {
        "date": "2026-11-27", "donor": "BNPB", "reference": "SJ-01", "event": "BJR-26", "lines": [
            {"sku": "BRS-5", "qty": 40, "lot": "B1", "expiry": "2027-01-31", "location": "A-01"},
            {"sku": "BRS-5", "qty": "20", "lot": "B0", "expiry": "2026-12-31", "location": "A-01"},
            {"sku": "TKR", "qty": 15, "location": "A-01"}]})))
    assert receipt["number"] == "001/BAP/BPBD-KPR/XI/2026"
    assert all(RECEIVE_LINE <= set(line) for line in receipt["lines"])
    assert [(l["lot"], l["qty"], l["expiry"]) for l in receipt["lines"]] == [
        ("B1", 40, "2027-01-31"), ("B0", 20, "2026-12-31"), (None, 15, None)]
    b1 = receipt["lines"][0]["barcode"]

    issued = ok(gudang(path, "--json", "issue", write_json(tmp_path, "i.json", {
        "date": "2026-11-28", "recipient": "POSKO-1", "destination": "Desa Kuok", "event": "BJR-26",
        "vehicle": "BM 8123 TA", "driver": "Andi", "lines": [{"sku": "BRS-5", "qty": 25}, {"sku": "TKR", "qty": 5}]})))
    assert issued["number"] == "001/SJ/BPBD-KPR/XI/2026"
    assert all(ALLOCATION <= set(a) for a in issued["allocations"])
    assert [(a["lot"], a["qty"], a["location"]) for a in issued["allocations"]] == [
        ("B0", 20, "A-01"), ("B1", 5, "A-01"), (None, 5, "A-01")]

    stock = ok(gudang(path, "--json", "stock", "--sku", "BRS-5"))
    assert all(STOCK_ROW <= set(r) for r in stock)
    assert [(r["lot"], r["barcode"], r["qty"]) for r in stock] == [("B1", b1, 35)]
    expiring = ok(gudang(path, "--json", "expiring", "--days", "90", "--as-of", "2026-12-01"))
    assert [(r["lot"], r["days_left"]) for r in expiring] == [("B1", 61)]
    assert STOCK_ROW | {"days_left"} <= set(expiring[0])
    card = ok(gudang(path, "--json", "card", "BRS-5"))
    assert all(CARD_ROW <= set(r) for r in card)
    assert [(r["date"], r["type"], r["partner"], r["lot"], r["in"], r["out"], r["balance"]) for r in card] == [
        ("2026-11-27", "receipt", "BNPB", "B1", 40, 0, 40), ("2026-11-27", "receipt", "BNPB", "B0", 20, 0, 60),
        ("2026-11-28", "issue", "POSKO-1", "B0", 0, 20, 40), ("2026-11-28", "issue", "POSKO-1", "B1", 0, 5, 35)]
    trace = ok(gudang(path, "--json", "trace", b1))
    assert (trace["lot"], trace["sku"], trace["donor"], trace["received"]) == ("B1", "BRS-5", "BNPB", "2026-11-27")
    assert trace["issues"] == [{**trace["issues"][0], "number": issued["number"], "date": "2026-11-28",
                                "recipient": "POSKO-1", "qty": 5}]
    assert [ok(gudang(path, "--json", "scan", code))["kind"] for code in (b1, issued["number"])] \
        == ["lot", "document"]

    cancelled = ok(gudang(path, "--json", "cancel", issued["number"], "--reason", "salah tujuan"))
    today = dt.date.fromisoformat(SCENARIO_DAY)  # the command's day: a reversal is dated when it is made
    assert cancelled["cancelled"] == issued["number"]
    assert cancelled["number"].startswith("001/BTL/BPBD-KPR/") and cancelled["number"].endswith(f"/{today.year}")
    assert sum(r["qty"] for r in ok(gudang(path, "--json", "stock", "--sku", "BRS-5"))) == 60
    assert ok(gudang(path, "--json", "trace", b1))["issues"] == []

    verified = gudang(path, "--json", "verify")
    assert verified.code == 0 and verified.json()["ok"] is True and verified.json()["full"] is True
    quick = gudang(path, "verify", "--quick")
    assert quick.code == 0 and "Quick check" in quick.stdout, quick.stdout
    execute_on_file(path, "UPDATE partner SET name = 'PT Fiktif' WHERE kind = 'donor'")
    tampered = gudang(path, "--json", "verify", "--quick")
    assert tampered.code != 0 and tampered.json()["full"] is False
    assert any("changed outside Gudang" in p for p in tampered.json()["problems"])
    execute_on_file(path, "UPDATE balance SET qty = qty + 1000 WHERE qty > 0")
    tampered = gudang(path, "verify")
    assert tampered.code != 0
    assert "moves sum to" in tampered.stderr


def execute_on_file(path, sql):
    from gudang.db.engine import Database

    db = Database(f"sqlite:///{path}")
    try:
        execute(db, sql)
    finally:
        db.dispose()


def test_users_roles_and_an_uninitialised_database(path, tmp_path):
    ok(gudang(path, "--json", "user", "add", "budi", "--role", "petugas", "--password-stdin", stdin="budi-1234\n"))
    item = ["item", "add", "--sku", "X", "--name", "X", "--unit", "pcs"]
    assert gudang(path, *item, user="budi", password="budi-1234").code == 0
    denied = gudang(path, "--json", "user", "add", "eve", "--role", "admin", "--password-stdin",
                    user="budi", password="budi-1234", stdin="eve-12345\n")
    assert denied.code == 1 and denied.json()["error"]["code"] == "permission_denied"
    assert gudang(path, "item", "list", user=None, password=None).code == 0  # reading needs no login
    assert gudang(path, *item[:3], "Y", *item[4:], user=None, password=None).code == 1
    empty = gudang(tmp_path / "kosong.sqlite3", "stock")
    assert empty.code == 1 and "gudang init" in empty.stderr and len(empty.error_lines) == 1
    refused = gudang(path, "--json", "init", user=None)  # a database with users: init needs an admin
    assert refused.code == 1 and refused.json()["error"]["code"] == "authentication_failed"
    again = gudang(path, "--json", "init")
    assert again.code == 0 and again.json()["migrated"] is False


def test_verify_fails_after_an_audit_row_is_changed(path):
    execute_on_file(path, "DROP TRIGGER audit_no_update")
    execute_on_file(path, "UPDATE audit_entry SET user = 'orang-lain'")
    run = gudang(path, "verify")
    assert run.code == 1
    assert "hash" in run.stderr


def test_a_reader_that_goes_away_is_not_a_bug(path):
    """`gudang stock | head -3`: when the program reading the output stops early, the command
    stops quietly (exit 141, as a shell reports it), without calling it an internal error."""
    import os
    import subprocess
    import sys

    from tests.support.builders import ROOT

    env = dict(os.environ, GUDANG_DB=str(path), GUDANG_USER="admin", GUDANG_PASSWORD="rahasia-admin",
               GUDANG_LANG="id", PYTHONPATH=str(ROOT))
    for args in (["location", "list", "--all"], ["location", "list", "--all", "--json"]):
        proc = subprocess.Popen([sys.executable, "-m", "gudang", *args], env=env, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdout.close()  # the reader is gone before the first line
        stderr = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 141, stderr
        assert stderr == "", stderr
