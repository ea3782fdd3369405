"""The same `gudang` command on a PostgreSQL server named by a URL (DESIGN.md §8, §9).

`--db postgresql+psycopg://...` or GUDANG_DB; `gudang init` migrates the empty
database; then a whole flow: item, partner, location, receive, issue, stock,
verify. Runs against the throwaway server of tests/support/pgserver.py
(skipped, naming the package to install, where PostgreSQL is missing; an
error when CI is set).
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.conftest import ADMIN, PASSWORD
from tests.support.builders import ROOT, gudang_argv, write_json

pytestmark = pytest.mark.postgres


def run(*args, db=None, env_db=None, user=ADMIN, password=PASSWORD, stdin=None):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("GUDANG_") or k in ("GUDANG_ANCHOR_DIR", "GUDANG_SETTINGS")}
    env.update(GUDANG_LANG="en", PYTHONPATH=str(ROOT), GUDANG_USER=user, GUDANG_PASSWORD=password)
    if env_db:
        env["GUDANG_DB"] = env_db
    argv = [*gudang_argv(env), *(["--db", db] if db else []), *args]
    proc = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, input=stdin)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_a_whole_flow_on_postgresql(postgres_url, tmp_path):
    url = postgres_url
    assert url.startswith("postgresql")
    proc = run("--json", "init", "--admin-user", ADMIN, "--admin-password-stdin", db=url, stdin=PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["migrated"] is True and out["admin"] == ADMIN and "postgresql" in out["database"]
    assert PASSWORD not in proc.stdout  # the URL is shown without a password
    # again: nothing to migrate
    proc = run("--json", "init", db=url)
    assert proc.returncode == 0 and json.loads(proc.stdout)["migrated"] is False

    for args in (["item", "add", "--sku", "BRS-01", "--name", "Beras 5 kg", "--unit", "karung"],
                 ["item", "add", "--sku", "TKR-01", "--name", "Tikar", "--unit", "pcs", "--no-lot", "--no-expiry"],
                 ["partner", "add", "--code", "BNPB", "--name", "BNPB Pusat", "--kind", "donor"],
                 ["partner", "add", "--code", "POSKO-1", "--name", "Posko Desa Pulau", "--kind", "recipient"],
                 ["location", "add", "--code", "A-01"],
                 ["location", "add", "--code", "A-02"]):
        proc = run(*args, env_db=url)  # GUDANG_DB names the server too
        assert proc.returncode == 0, (args, proc.stderr)

    receipt = write_json(tmp_path, "r.json", {"date": "2026-11-27", "donor": "BNPB", "reference": "SJ-77", "lines": [
        {"sku": "BRS-01", "qty": 40, "lot": "B2611", "expiry": "2027-05-31", "location": "A-01"},
        {"sku": "BRS-01", "qty": 10, "lot": "B2610", "expiry": "2027-02-28", "location": "A-02"},
        {"sku": "TKR-01", "qty": 25, "location": "A-02"}]})
    proc = run("--json", "receive", receipt, db=url)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["number"] == "001/BAP/BPBD-KPR/XI/2026"

    issue = write_json(tmp_path, "i.json", {"date": "2026-11-28", "recipient": "POSKO-1", "destination": "Desa Pulau",
                                            "lines": [{"sku": "BRS-01", "qty": 15}, {"sku": "TKR-01", "qty": 5}]})
    proc = run("--json", "issue", issue, db=url)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["number"] == "001/SJ/BPBD-KPR/XI/2026"
    # FEFO: the lot that expires first goes first
    assert [(a["lot"], a["qty"]) for a in result["allocations"] if a["sku"] == "BRS-01"] == [("B2610", 10),
                                                                                          ("B2611", 5)]

    too_much = write_json(tmp_path, "x.json", {"date": "2026-11-28", "recipient": "POSKO-1",
                                               "lines": [{"sku": "BRS-01", "qty": 1000}]})
    proc = run("issue", too_much, db=url)
    assert proc.returncode == 1 and "insufficient stock" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1

    proc = run("--json", "stock", db=url)
    assert proc.returncode == 0, proc.stderr
    stock = {(r["sku"], r["lot"], r["location"]): r["qty"] for r in json.loads(proc.stdout)}
    assert stock == {("BRS-01", "B2611", "A-01"): 35, ("TKR-01", None, "A-02"): 20}

    proc = run("--json", "verify", env_db=url)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    report = json.loads(proc.stdout)
    assert report["ok"] and report["documents"] == 2 and report["audit_entries"] >= 9

    proc = run("backup", "--out", str(tmp_path / "b.sqlite3"), db=url)
    assert proc.returncode == 1 and "pg_dump" in proc.stderr


def test_a_bad_server_url_is_one_clear_line(postgres_server):
    # a port where nothing listens
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = run("stock", db=f"postgresql+psycopg://nobody@127.0.0.1:{port}/gudang")
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1
    proc = run("stock", db="mysql://x@y/z")
    assert proc.returncode == 1 and "SQLite or PostgreSQL" in proc.stderr
