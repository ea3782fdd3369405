"""The commands of needs-based distribution: partner add|set with the people, request,
allocate (and drafts through approve and post), report distribution|donor|position."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from gudang.services import issues, requests
from tests.support.builders import ADMIN_ACTOR

from tests.conftest import snapshot
from tests.support.builders import fresh_sqlite, write_json  # noqa: F401  (fixture)
from tests.support.builders import gudang as gudang_on
from tests.support.needs import EVENT, TODAY, day, needs_world


def gudang(*args, **kwargs):
    """The command on the real clock: this module's documents are dated relative to today."""
    return gudang_on(*args, today=None, **kwargs)


@pytest.mark.slow  # some twenty runs of the command
def test_requests_allocation_and_reports_from_the_command_line(fresh_sqlite, tmp_path):
    db = fresh_sqlite
    needs_world(db)
    path = db.url.database
    run = gudang(path, "--json", "partner", "add", "--code", "R9", "--name", "Posko Masjid Raya Tanjung Alai",
                 "--kind", "recipient", "--kecamatan", "XIII Koto Kampar", "--desa", "Tanjung Alai", "--people", "175",
                 "--households", "48", "--balita", "16", "--lansia", "14", "--ibu-hamil", "3", "--disabilitas", "2")
    assert run.code == 0, run.stderr
    made = run.json()
    assert (made["region"], made["region_code"], made["people_served"], made["ibu_hamil"]) == (
        "XIII Koto Kampar", "14.01.04.2011", 175, 3)
    run = gudang(path, "--json", "partner", "set", "R9", "--people", "230", "--households", "61")
    assert run.code == 0 and (run.json()["people_served"], run.json()["balita"]) == (230, 16)

    first = write_json(tmp_path, "r1.json", {"date": day(-1).isoformat(), "recipient": "R1", "event": EVENT,
                                             "reference": "045/PMT/DS-KUNTU", "priority": 1, "people": 280,
                                             "households": 74, "lines": [{"sku": "BRS", "qty": 60}]})
    second = write_json(tmp_path, "r9.json", {"date": day(-1).isoformat(), "recipient": "R9", "event": EVENT,
                                              "priority": 2, "lines": [{"sku": "BRS", "qty": 100},
                                                                       {"item": "KIT", "quantity": 20}]})
    one, nine = (gudang(path, "--json", "request", "add", f) for f in (first, second))
    assert one.code == 0 and nine.code == 0, one.stderr + nine.stderr
    number, other = one.json()["number"], nine.json()["number"]
    assert "/PMT/" in number and nine.json()["lines"] == 2
    rows = gudang(path, "--json", "request", "list", "--open", "--event", EVENT).json()
    assert [(r["number"], r["sku"], r["asked"], r["outstanding"]) for r in rows] == [
        (number, "BRS", 60, 60), (other, "BRS", 100, 100), (other, "KIT", 20, 20)]

    plan = gudang(path, "--json", "allocate", "--event", EVENT)
    assert plan.code == 0, plan.stderr
    lines = {(p["request"], p["sku"]): p for p in plan.json()["plan"]}
    assert (lines[(number, "BRS")]["allocated"], lines[(other, "BRS")]["allocated"]) == (60, 60)
    assert (lines[(other, "BRS")]["short"], lines[(other, "KIT")]["allocated"]) == (40, 10)
    assert [lot["lot"] for lot in lines[(number, "BRS")]["lots"]] == ["B-SOON", "B-LATE"]
    before = snapshot(db)
    bad = gudang(path, "--json", "allocate", "--event", EVENT, "--draft", "--set", f"{number}:BRS=61")
    assert bad.code == 1 and "61 is more than the 60 still asked" in bad.stderr
    assert snapshot(db) == before
    drafted = gudang(path, "--json", "allocate", "--event", EVENT, "--draft", "--set", f"{other}:BRS=50")
    assert drafted.code == 0, drafted.stderr
    drafts = drafted.json()["drafts"]
    assert [(d["request"], d["lines"]) for d in drafts] == [(number, 1), (other, 2)]
    for draft in drafts:  # the normal approval and posting (their commands are tested elsewhere)
        issues.approve_issue(db, ADMIN_ACTOR, draft["id"])
        assert issues.post_issue(db, ADMIN_ACTOR, draft["id"]).number
    shown = gudang(path, "--json", "request", "show", other).json()
    assert [(line["sku"], line["issued"], line["outstanding"]) for line in shown["lines"]] == [
        ("BRS", 50, 50), ("KIT", 10, 10)]
    assert shown["status"] == "partial" and len(shown["issues"]) == 1
    closed = gudang(path, "--json", "request", "close", other, "--reason", "stok habis, dialihkan ke BPBD Provinsi")
    assert closed.json() == {"number": other, "state": "closed"}
    assert requests.list_requests(db, open_only=True) == []

    # reports, each to its format
    for args, out in ((("distribution", "--event", EVENT, "--by", "desa"), "4w.xlsx"),
                      (("donor", "DON-1"), "donor.csv"),
                      (("position", "--from", day(-30).isoformat(), "--to", TODAY.isoformat()), "posisi.pdf")):
        made = gudang(path, "--json", "report", *args, "--out", str(tmp_path / out))
        assert made.code == 0, made.stderr
        assert made.json()["rows"] > 0 and (tmp_path / out).stat().st_size > 500
    sheet = load_workbook(tmp_path / "4w.xlsx").active
    assert any(row[2] == "14.01.04.2011" for row in sheet.iter_rows(values_only=True))  # Tanjung Alai's code
    assert (tmp_path / "posisi.pdf").read_bytes().startswith(b"%PDF")

    # refusals: one line, exit 1 (or 2 for usage), nothing written
    before = snapshot(db)
    broken = write_json(tmp_path, "bad.json", {"date": day(-1).isoformat(), "recipient": "R1",
                                               "lines": [{"sku": "BRS", "qty": "banyak"}]})
    run = gudang(path, "--json", "request", "add", broken)
    assert run.code == 1 and run.error_lines == ["gudang: line 1, field qty: quantity must be a number, not banyak"]
    assert json.loads(run.stdout)["error"]["code"] == "invalid_input"
    run = gudang(path, "report", "position", "--from", "2026-13-01", "--to", TODAY.isoformat(), "--out",
                 str(tmp_path / "x.xlsx"))
    assert run.code == 1 and "field from" in run.stderr
    assert gudang(path, "report", "donor", "DON-1", "--out", str(tmp_path / "x.docx")).code == 1
    assert gudang(path, "report", "donor", "DON-1").code == 2  # --out is required
    assert snapshot(db) == before


def test_allocation_changes_are_read_as_number_sku_qty():
    from gudang.cli.requesting import _adjustments
    from gudang.domain.errors import InvalidInput

    assert _adjustments(["001/PMT/BPBD-KPR/XI/2026:BRS-01=40", "002/PMT/X:KIT=0"]) == {
        ("001/PMT/BPBD-KPR/XI/2026", "BRS-01"): "40", ("002/PMT/X", "KIT"): "0"}
    for bad in ("nonsense", "001/PMT:BRS", ":BRS=4", "001/PMT:=4"):
        with pytest.raises(InvalidInput, match="NOMOR:SKU=JUMLAH"):  # Indonesian by default
            _adjustments([bad])
