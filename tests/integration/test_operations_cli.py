"""The operations commands through `python -m gudang`, as automation drives them."""

from __future__ import annotations

import pytest

from gudang.services.users import add_user
from tests.conftest import snapshot
from tests.support.builders import ADMIN_ACTOR, basic_world, gudang, issue, item, receive, write_json

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)


@pytest.fixture
def world(sqlite_db, tmp_path):
    db = sqlite_db
    basic_world(db)
    item(db, "BRS")
    posted = receive(db, "2026-11-01", [("BRS", 10, "L1", "2027-01-01", "A-01"),
                                        ("BRS", 6, "L2", "2027-03-01", "A-02")])
    add_user(db, ADMIN_ACTOR, "budi", "petugas", "rahasia-budi")
    return db, db.path, {line.lot: line.barcode for line in posted.lines}


def run(path, *args, **kw):
    return gudang(path, "--json", *args, **kw)


def test_count_commands(world, tmp_path):
    db, path, lots = world
    start = run(path, "count", "start", "--location", "A-01", "--location", "A-02", "--blind")
    assert start.code == 0, start.stderr
    count = start.json()
    assert count["lines"] == 2 and count["blind"] and count["number"].startswith("001/SO/")
    cid = str(count["id"])

    budi = dict(user="budi", password="rahasia-budi")
    assert run(path, "count", "scan", cid, "A-01", **budi).json()["kind"] == "bin"
    scanned = run(path, "count", "scan", cid, lots["L1"], "--qty", "9", **budi).json()
    assert scanned["counted"] == 9 and scanned["expected"] is None
    before = snapshot(db)
    for code, extra in (("GARBAGE-%%", ()), (lots["L1"], ("--qty", "0")), (lots["L1"], ("--qty", "-1")),
                        (lots["L1"], ("--qty", "abc"))):
        bad = run(path, "count", "scan", cid, code, *extra, **budi)
        assert bad.code == 1 and len(bad.error_lines) == 1 and "error" in bad.json()
    assert snapshot(db) == before

    # Receipts into a counted bin are refused, naming the count.
    receipt = write_json(tmp_path, "r.json", {"date": "2026-11-02", "donor": "DON-1", "lines": [
        {"sku": "BRS", "qty": 1, "lot": "L9", "expiry": "2027-01-01", "location": "A-01"}]})
    refused = run(path, "receive", receipt)
    assert refused.code == 1 and count["number"] in refused.stderr
    assert refused.json()["error"]["code"] == "count_in_progress"

    counter_view = run(path, "count", "show", cid, **budi).json()
    assert counter_view["expected_hidden"] and [l["expected"] for l in counter_view["lines"]] == [None]
    head_view = run(path, "count", "show", cid, "--variances").json()
    assert {(l["barcode"], l["expected"], l["counted"]) for l in head_view["lines"]} == {
        (lots["L1"], 10, 9), (lots["L2"], 6, 0)}
    assert run(path, "count", "recount", cid).json()["round"] == 2
    assert run(path, "count", "post", cid, **budi).code == 1  # petugas may not post
    no_reason = run(path, "count", "post", cid)
    assert no_reason.code == 1 and "reason" in no_reason.stderr
    posted = run(path, "count", "post", cid, "--reason", "selisih hitung")
    assert posted.code == 0 and posted.json()["adjustment"].startswith("001/PNY/")

    pdf = tmp_path / "so.pdf"
    printed = run(path, "print", "count", count["number"], "--out", str(pdf))
    assert printed.code == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    listed = run(path, "count", "list").json()
    assert [c["state"] for c in listed] == ["posted"]
    assert run(path, "verify").json()["ok"]


def test_dispatch_confirm_unconfirmed_and_cancel(world, tmp_path):
    db, path, lots = world
    number = issue(db, "2026-11-05", [("BRS", 12)]).number  # L1 x10, L2 x2
    late = run(path, "unconfirmed", "--days", "2", "--as-of", "2026-11-08").json()
    assert [r["number"] for r in late] == [number]
    assert run(path, "unconfirmed", "--days", "-1").code == 1

    bad = write_json(tmp_path, "bad.json", {"date": "2026-11-06", "lines": [
        {"lot": lots["L1"], "good": 9}, {"lot": lots["L2"], "good": 2}]})
    before = snapshot(db)
    result = run(path, "confirm", number, bad)
    assert result.code == 1 and "shipped" in result.stderr and len(result.error_lines) == 1
    assert snapshot(db) == before

    good = write_json(tmp_path, "ok.json", {"date": "2026-11-06", "lines": [
        {"lot": lots["L1"], "good": 8, "damaged": 1, "short": 1}, {"lot": lots["L2"], "good": 2}]})
    confirmed = run(path, "confirm", number, good)
    assert confirmed.code == 0, confirmed.stderr
    bast = confirmed.json()["number"]
    assert bast.startswith("001/BAST/")
    twice = run(path, "confirm", number, good)
    assert twice.code == 1 and "already confirmed" in twice.stderr
    cancelled = run(path, "cancel", number, "--reason", "salah")
    assert cancelled.code == 1 and bast in cancelled.stderr
    pdf = tmp_path / "bast.pdf"
    assert run(path, "print", "handover", bast, "--out", str(pdf)).code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run(path, "unconfirmed", "--days", "0").json() == []
    assert run(path, "verify").json()["ok"]


def test_transfer_quarantine_recall_writeoff(world, tmp_path):
    db, path, lots = world
    moved = run(path, "transfer", write_json(tmp_path, "t.json", {"date": "2026-11-02", "lines": [
        {"lot": lots["L1"], "qty": 3, "from": "A-01", "to": "B-01"}]}))
    assert moved.code == 0 and moved.json()["number"].startswith("001/MUT/")
    beyond = run(path, "transfer", write_json(tmp_path, "t2.json", {"date": "2026-11-02", "lines": [
        {"lot": lots["L1"], "qty": 50, "from": "A-01", "to": "B-01"}]}))
    assert beyond.code == 1 and "A-01" in beyond.stderr

    assert run(path, "quarantine", lots["L2"]).code == 2  # --reason is required: usage error
    held = run(path, "quarantine", lots["L2"], "--reason", "kemasan rusak").json()
    assert held["status"] == "quarantine" and held["moved"][0]["to_location"] == "KARANTINA-01"
    assert run(path, "release", lots["L2"], user="budi", password="rahasia-budi").code == 1
    released = run(path, "release", lots["L2"]).json()
    assert released["status"] == "available" and released["moved"][0]["to_location"] == "A-02"

    number = issue(db, "2026-11-05", [("BRS", 2, "L1")]).number
    recall = run(path, "recall", lots["L1"], "--reason", "penarikan produsen").json()
    assert recall["status"] == "quarantine" and [r["number"] for r in recall["recipients"]] == [number]

    no_reason = run(path, "writeoff", write_json(tmp_path, "w0.json", {"date": "2026-12-01", "lines": [
        {"lot": lots["L1"], "qty": 1, "location": "KARANTINA-01"}]}))
    assert no_reason.code == 1 and "reason" in no_reason.stderr
    written = run(path, "writeoff", write_json(tmp_path, "w.json", {"date": "2026-12-01", "reason": "rusak",
                                                                    "lines": [{"lot": lots["L1"], "qty": 1,
                                                                               "location": "KARANTINA-01"}]}))
    assert written.code == 0, written.stderr
    pdf = tmp_path / "ph.pdf"
    assert run(path, "print", "writeoff", written.json()["number"], "--out", str(pdf)).code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run(path, "verify").json()["ok"]


def test_overlap_warning_on_the_command(world, tmp_path):
    db, path, lots = world
    issue(db, "2026-11-05", [("BRS", 1)])
    again = gudang(path, "--json", "issue", write_json(tmp_path, "i.json", {
        "date": "2026-11-06", "recipient": "REC-1", "lines": [{"sku": "BRS", "qty": 1}]}))
    assert again.code == 0, again.stderr
    assert len(again.json()["warnings"]) == 1 and "already received" in again.stderr
