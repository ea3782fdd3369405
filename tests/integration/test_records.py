"""Every record is right (issue 9): the core refuses bad values whoever calls it, and writes
nothing. Each rule is driven straight through the service functions here; the screens'
tests type the same values (tests/ui/test_records_screens.py).

One database for the module (documents dated relative to today, backdate_days = 7 as
installed); every refused case must leave it exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from gudang.domain.errors import GudangError, PermissionDenied
from gudang.domain.inputs import IssueInput, IssueLineInput, ReceiptInput, ReceiptLineInput
from gudang.services import catalogue, drafts, issues, receipts, setup
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import make_database, snapshot
from tests.support.builders import fresh_db  # noqa: F401  (fixture)
from tests.support.builders import (
    ADMIN_ACTOR, basic_world, cancel, english, item, scalar, write_json,
)
from tests.support.builders import gudang as gudang_on

TODAY = dt.date.today()
PETUGAS, KEPALA = Actor("budi", "petugas"), Actor("sari", "kepala_gudang")
LONG = "x" * 5000


def gudang(*args, **kwargs):
    """The command on the real clock: this module's documents are dated relative to today."""
    return gudang_on(*args, today=None, **kwargs)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("records")
    db = make_database(f"sqlite:///{folder / 'gudang.sqlite3'}")
    setup.update_settings(db, ADMIN_ACTOR, {"backdate_days": "7"})  # as installed
    basic_world(db, items=["BRS"])
    item(db, "MNY", unit="liter", decimals=2, packs=[("jerigen", 5)])
    item(db, "TKR", lot=False, expiry=False, packs=[("dus", 40)])
    with english():
        old = receipts.post_receipt(db, ADMIN_ACTOR, ReceiptInput(day(-5), "DON-1", (
            ReceiptLineInput("BRS", Decimal(10), lot="OLD", expiry=day(-1), location="A-01"),
            ReceiptLineInput("BRS", Decimal(10), lot="FIRST", expiry=day(60), location="A-01"),
            ReceiptLineInput("BRS", Decimal(10), lot="SECOND", expiry=day(120), location="A-02"),
            ReceiptLineInput("MNY", Decimal(20), lot="M1", expiry=day(200), location="B-01"),
            ReceiptLineInput("TKR", Decimal(80), location="B-01")), reference="SJ-PERTAMA"))
        yield db, folder, old
    db.dispose()


def receipt(*lines: ReceiptLineInput, **header) -> ReceiptInput:
    values = dict(date=day(0), donor="DON-1", reference=None)
    values.update(header)
    good = ReceiptLineInput("BRS", Decimal(5), lot="NEW", expiry=day(300), location="A-01")
    return ReceiptInput(lines=(good, *lines), **values)


def issue(*lines: IssueLineInput, **header) -> IssueInput:
    values = dict(date=day(0), recipient="REC-1")
    values.update(header)
    return IssueInput(lines=(IssueLineInput("TKR", Decimal(1)), *lines), **values)


def brs(qty, **kw) -> ReceiptLineInput:
    return ReceiptLineInput("BRS", qty, lot=kw.pop("lot", "L2"), expiry=kw.pop("expiry", day(300)),
                            location=kw.pop("location", "A-01"), **kw)


BAD_QUANTITIES = {
    "-5": (Decimal(-5), "must not be negative"),
    "0": (Decimal(0), "greater than zero"),
    "NaN": (Decimal("NaN"), "finite"),
    "1e400": (Decimal("1e400"), "too large"),
    "float inf": (float("inf"), "finite"),
    "too many decimals": (Decimal("1.2345"), "decimal places"),
    "half of a whole unit": (Decimal("2.5"), "whole units only"),
    "1.50 (JSON notation of 1.5)": ("1.50", "whole units only"),
    "abc": ("abc", "must be a number"),
}

RECEIPT_CASES = {
    **{f"qty {name}": (lambda v=value: receipt(brs(v)), "line 2, field qty", fragment)
       for name, (value, fragment) in BAD_QUANTITIES.items()},
    "liter with 3 decimals": (lambda: receipt(ReceiptLineInput("MNY", Decimal("1.255"), lot="M2", expiry=day(90))),
                              "line 2, field qty", "this item allows 2"),
    "pack unit of a whole item": (lambda: receipt(ReceiptLineInput("TKR", Decimal("0.3"), unit="dus")),
                                  "line 2, field qty", "whole units only"),
    "5000-character reference": (lambda: receipt(reference=LONG), "field reference", "longer than 120"),
    "5000-character remark": (lambda: receipt(brs(Decimal(1), remark=LONG)), "line 2, field remark", "longer than"),
    "5000-character lot": (lambda: receipt(brs(Decimal(1), lot=LONG)), "line 2, field lot", "longer than"),
    "future date": (lambda: receipt(date=day(1)), "field date", "in the future"),
    "unreasoned backdate": (lambda: receipt(date=day(-8)), "field backdate_reason", "more than 7 days ago"),
    "expiry already past": (lambda: receipt(brs(Decimal(1), expiry=day(-1))), "line 2, field expiry", "already past"),
    "duplicate reference": (lambda: receipt(reference="sj-pertama "), "field reference", "already has the reference"),
    "no lines": (lambda: ReceiptInput(day(0), "DON-1", ()), "field lines", "non-empty"),
}


@pytest.mark.parametrize("case", list(RECEIPT_CASES))
def test_post_receipt_refuses_and_writes_nothing(shop, case):
    db, _, old = shop
    build, where, fragment = RECEIPT_CASES[case]
    before = snapshot(db)
    with english(), pytest.raises(GudangError) as raised:
        receipts.post_receipt(db, ADMIN_ACTOR, build())
    message = str(raised.value)
    assert message.startswith(where + ":") and fragment in message, message
    assert snapshot(db) == before
    if case == "duplicate reference":
        assert old.number in message  # names the receipt it would duplicate


ISSUE_CASES = {
    **{f"qty {name}": (lambda v=value: issue(IssueLineInput("BRS", v)), "line 2, field qty", fragment)
       for name, (value, fragment) in BAD_QUANTITIES.items()},
    "5000-character destination": (lambda: issue(destination=LONG), "field destination", "longer than 300"),
    "5000-character driver": (lambda: issue(driver=LONG), "field driver", "longer than 120"),
    "5000-character reason": (lambda: issue(IssueLineInput("BRS", Decimal(1), lot="SECOND", reason=LONG)),
                              "line 2, field reason", "longer than 500"),
    "future date": (lambda: issue(date=day(1)), "field date", "in the future"),
    "unreasoned backdate": (lambda: issue(date=day(-8)), "field backdate_reason", "more than 7 days ago"),
    # dated before its expiry, but expired today: never issued, whatever the document's date
    "expired-today lot by name": (lambda: issue(IssueLineInput("BRS", Decimal(1), lot="OLD", reason="tua dulu"),
                                                date=day(-3)), "line 2, field lot", "expired on"),
    "non-FEFO lot without a reason": (lambda: issue(IssueLineInput("BRS", Decimal(1), lot="SECOND")),
                                      "line 2, field reason", "is not the FEFO lot"),
}


@pytest.mark.parametrize("service", ["issue_goods", "draft_issue"])
@pytest.mark.parametrize("case", list(ISSUE_CASES))
def test_issue_services_refuse_and_write_nothing(shop, case, service):
    db, _, _ = shop
    build, where, fragment = ISSUE_CASES[case]
    before = snapshot(db)
    with english(), pytest.raises(GudangError) as raised:
        getattr(issues, service)(db, ADMIN_ACTOR, build())
    message = str(raised.value)
    assert message.startswith(where + ":") and fragment in message, message
    assert raised.value.field == where.rsplit(" ", 1)[-1]  # screens mark this field
    assert snapshot(db) == before


def test_a_draft_update_is_checked_the_same_way(shop):
    db, _, _ = shop
    draft = issues.draft_issue(db, ADMIN_ACTOR, issue())
    try:
        before = snapshot(db)
        for case in ("qty -5", "qty NaN", "future date", "non-FEFO lot without a reason", "5000-character driver"):
            build, where, _ = ISSUE_CASES[case]
            with english(), pytest.raises(GudangError, match=where):
                drafts.update_issue_draft(db, ADMIN_ACTOR, draft.id, build())
        assert snapshot(db) == before
    finally:
        from sqlalchemy import text

        with db.engine.begin() as conn:  # drafts are not posted: the module's database is shared
            conn.execute(text("DELETE FROM document_line WHERE document_id = :d"), {"d": draft.id})
            conn.execute(text("DELETE FROM document WHERE id = :d"), {"d": draft.id})


def test_backdating_needs_the_head_of_warehouse_and_a_reason(fresh_db):
    setup.update_settings(fresh_db, ADMIN_ACTOR, {"backdate_days": "7"})
    basic_world(fresh_db, items=["BRS"])
    line = ReceiptLineInput("BRS", Decimal(3), lot="B1", expiry=day(90), location="A-01")
    with english():
        before = snapshot(fresh_db)
        with pytest.raises(PermissionDenied, match="only the head of warehouse or an administrator"):
            receipts.post_receipt(fresh_db, PETUGAS, ReceiptInput(day(-10), "DON-1", (line,),
                                                                  backdate_reason="lupa input"))
        assert snapshot(fresh_db) == before
        # within the window: anyone, no reason asked, none stored
        inside = receipts.post_receipt(fresh_db, PETUGAS, ReceiptInput(day(-7), "DON-1", (line,)))
        posted = receipts.post_receipt(fresh_db, KEPALA, ReceiptInput(
            day(-10), "DON-1", (line,), backdate_reason="truk tiba Sabtu, listrik padam"))
        dispatched = issues.issue_goods(fresh_db, KEPALA, IssueInput(
            day(-9), "REC-1", (IssueLineInput("BRS", Decimal(1)),), backdate_reason="surat jalan manual"))
    reasons = {number: scalar(fresh_db, "SELECT backdate_reason FROM document WHERE number = :n", {"n": number})
               for number in (inside.number, posted.number, dispatched.number)}
    assert reasons == {inside.number: None, posted.number: "truk tiba Sabtu, listrik padam",
                       dispatched.number: "surat jalan manual"}
    audit = scalar(fresh_db, "SELECT summary FROM audit_entry WHERE object = :n", {"n": posted.number})
    assert "backdated" in audit and "listrik padam" in audit


def test_a_lot_expired_today_is_never_allocated_even_on_a_backdated_issue(fresh_db):
    basic_world(fresh_db, items=["BRS"])
    with english():
        receipts.post_receipt(fresh_db, ADMIN_ACTOR, ReceiptInput(day(-6), "DON-1", (
            ReceiptLineInput("BRS", Decimal(4), lot="KEMARIN", expiry=day(-1), location="A-01"),
            ReceiptLineInput("BRS", Decimal(4), lot="HARI-INI", expiry=day(0), location="A-01"),
            ReceiptLineInput("BRS", Decimal(4), lot="BESOK", expiry=day(1), location="A-02"))))
        # dated 3 days ago, when KEMARIN was still good: today it is expired and stays
        result = issues.issue_goods(fresh_db, ADMIN_ACTOR, IssueInput(
            day(-3), "REC-1", (IssueLineInput("BRS", Decimal(6)),)))
    assert [(a.lot, a.qty) for a in result.allocations] == [("HARI-INI", 4), ("BESOK", 2)]


def test_duplicate_receipt_confirmed_or_after_cancelling(fresh_db):
    basic_world(fresh_db, items=["BRS"])
    line = (ReceiptLineInput("BRS", Decimal(3), lot="B1", expiry=day(90), location="A-01"),)
    with english():
        first = receipts.post_receipt(fresh_db, ADMIN_ACTOR, ReceiptInput(day(0), "DON-1", line, reference="SJ-9"))
        assert receipts.find_duplicate(fresh_db, "DON-1", " sj-9") == first.number
        assert receipts.find_duplicate(fresh_db, "DON-1", "SJ-10") is None
        with pytest.raises(receipts.DuplicateReceipt, match=first.number.replace("/", ".")):
            receipts.post_receipt(fresh_db, ADMIN_ACTOR, ReceiptInput(day(0), "DON-1", line, reference="SJ-9"))
        again = receipts.post_receipt(fresh_db, ADMIN_ACTOR, ReceiptInput(day(0), "DON-1", line, reference="SJ-9",
                                                                          duplicate_ok=True))
        assert again.number != first.number
        # the same reference from another donor is another delivery
        from tests.support.builders import partner

        partner(fresh_db, "DON-2", "donor")
        receipts.post_receipt(fresh_db, ADMIN_ACTOR, ReceiptInput(day(0), "DON-2", line, reference="SJ-9"))
        # a cancelled receipt does not count
        cancel(fresh_db, first.number)
        cancel(fresh_db, again.number)
        receipts.post_receipt(fresh_db, ADMIN_ACTOR, ReceiptInput(day(0), "DON-1", line, reference="SJ-9"))


def test_pack_units_and_decimals_are_converted_exactly(fresh_db):
    basic_world(fresh_db)
    item(fresh_db, "MNY", unit="liter", decimals=2, packs=[("jerigen", 5)])
    item(fresh_db, "SBN", packs=[("dus", 48)])
    with english():
        posted = receipts.post_receipt(fresh_db, ADMIN_ACTOR, ReceiptInput(day(0), "DON-1", (
            ReceiptLineInput("MNY", Decimal("2"), unit="jerigen", lot="M", expiry=day(99), location="A-01"),
            ReceiptLineInput("MNY", Decimal("1.25"), lot="M", expiry=day(99), location="A-01"),
            ReceiptLineInput("SBN", Decimal("5"), unit="DUS", lot="S", expiry=day(99), location="A-01"))))
        assert [line.qty for line in posted.lines] == [Decimal(10), Decimal("1.25"), Decimal(240)]
        result = issues.issue_goods(fresh_db, ADMIN_ACTOR, IssueInput(day(0), "REC-1", (
            IssueLineInput("SBN", Decimal(2), unit="dus"),)))
    assert sum(a.qty for a in result.allocations) == 96
    # a whole-unit item is counted in whole units in any of its units (half a dus is opened: count pieces)
    for qty, unit in (("0.5", None), ("0.5", "dus")):
        with english(), pytest.raises(GudangError, match="line 1, field qty: 0.5: whole units only"):
            issues.issue_goods(fresh_db, ADMIN_ACTOR, IssueInput(day(0), "REC-1", (
                IssueLineInput("SBN", Decimal(qty), unit=unit),)))
    with english(), pytest.raises(GudangError, match="line 1, field unit: SBN has no unit karung"):
        issues.issue_goods(fresh_db, ADMIN_ACTOR, IssueInput(day(0), "REC-1", (
            IssueLineInput("SBN", Decimal(1), unit="karung"),)))


def test_draft_header_survives_approve_and_post(fresh_db):
    basic_world(fresh_db, items=["BRS"])
    fields = dict(destination="Posko Desa Ranah, Kec. Kampar", reference="PMT-07/2026", transport_mode="Truk",
                  carrier="TNI AD Kodim 0313", vehicle="BM 8123 KA", driver="Sutrisno", driver_phone="081270001234",
                  notes="Titip 2 karung untuk posko kesehatan")
    with english():
        receipts.post_receipt(fresh_db, ADMIN_ACTOR, ReceiptInput(day(0), "DON-1", (
            ReceiptLineInput("BRS", Decimal(9), lot="B", expiry=day(99), location="A-01"),)))
        draft = issues.draft_issue(fresh_db, ADMIN_ACTOR, IssueInput(day(0), "REC-1", (
            IssueLineInput("BRS", Decimal(2)),)))
        drafts.update_issue_draft(fresh_db, ADMIN_ACTOR, draft.id, IssueInput(day(0), "REC-1", (
            IssueLineInput("BRS", Decimal(3)),), **fields))
        issues.approve_issue(fresh_db, KEPALA, draft.id)
        posted = issues.post_issue(fresh_db, KEPALA, draft.id)
    loaded = drafts.load_issue(fresh_db, draft.id)
    assert loaded.state == "posted" and loaded.number == posted.number
    assert {name: getattr(loaded.input, name) for name in fields} == fields
    assert [(line.sku, line.qty) for line in loaded.lines] == [("BRS", 3)]  # the old line replaced, not kept
    assert [a.qty for a in posted.allocations] == [3]
    assert verify(fresh_db).ok, verify(fresh_db).problems


def test_item_decimals_from_the_command_and_an_import(tmp_path):
    db = make_database(f"sqlite:///{tmp_path / 'g.sqlite3'}")
    db.dispose()
    path = tmp_path / "g.sqlite3"
    run = gudang(path, "--json", "item", "add", "--sku", "GULA", "--name", "Gula pasir", "--unit", "kg",
                 "--decimals", "2")
    assert run.code == 0, run.stderr
    assert run.json()["decimals"] == 2
    for bad in ("4", "-1", "dua"):
        run = gudang(path, "item", "add", "--sku", "X" + bad, "--name", "X", "--unit", "kg", "--decimals", bad)
        assert run.code == 1 and "field decimals" in run.error_lines[0], run.stderr
    csv = tmp_path / "items.csv"
    csv.write_text("sku,name,unit,decimals\nMNY,Minyak,liter,1\nSBN,Sabun,pcs,\n", encoding="utf-8")
    assert gudang(path, "item", "import", str(csv)).code == 0
    rows = {r["sku"]: r["decimals"] for r in gudang(path, "--json", "item", "list").json()}
    assert rows == {"GULA": 2, "MNY": 1, "SBN": 0}
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,name,unit,decimals\nA,A,kg,7\n", encoding="utf-8")
    run = gudang(path, "item", "import", str(bad))
    assert run.code == 1 and "row 2" in run.stderr and "decimals" in run.stderr


def test_replay_keys_post_each_record_once_even_after_a_stop(tmp_path):
    db = make_database(f"sqlite:///{tmp_path / 'g.sqlite3'}")
    db.dispose()
    path = tmp_path / "g.sqlite3"
    today = TODAY.isoformat()
    records = [
        {"type": "item", "key": "item-brs", "sku": "BRS", "name": "Beras", "unit": "sak"},
        {"type": "partner", "key": "p-don", "code": "DON-1", "name": "BNPB", "kind": "donor"},
        {"type": "partner", "key": "p-rec", "code": "REC-1", "name": "Posko", "kind": "recipient"},
        {"type": "location", "key": "bin-a", "code": "A-01"},
        {"type": "receipt", "key": "r-1", "date": today, "donor": "DON-1", "reference": "SJ-1",
         "lines": [{"sku": "BRS", "qty": 10, "lot": "B1", "expiry": day(90).isoformat(), "location": "A-01"}]},
        {"type": "issue", "key": "i-1", "date": today, "recipient": "REC-1", "lines": [{"sku": "BRS", "qty": 2}]},
        {"type": "issue", "key": "i-2", "date": today, "recipient": "REC-1", "lines": [{"sku": "BRS", "qty": "x"}]},
        {"type": "issue", "key": "i-3", "date": today, "recipient": "REC-1", "lines": [{"sku": "BRS", "qty": 3}]},
    ]
    jsonl = tmp_path / "load.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    run = gudang(path, "--json", "replay", str(jsonl))
    assert run.code == 1 and "line 7" in run.error_lines[-1] and "field qty" in run.error_lines[-1], run.stderr
    fixed = [dict(r, lines=[{"sku": "BRS", "qty": 1}]) if r.get("key") == "i-2" else r for r in records]
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in fixed), encoding="utf-8")
    run = gudang(path, "--json", "replay", str(jsonl))
    assert run.code == 0, run.stderr
    out = run.json()
    assert out["skipped"] == 6 and out["issue"]["count"] == 2 and "receipt" not in out
    again = gudang(path, "--json", "replay", str(jsonl)).json()
    assert again == {"skipped": 8}
    stock = gudang(path, "--json", "stock").json()
    assert [row["qty"] for row in stock] == [10 - 2 - 1 - 3]
    assert scalar_path(path, "SELECT count(*) FROM document") == 4


def scalar_path(path, sql):
    from gudang.db.engine import Database

    db = Database(f"sqlite:///{path}")
    try:
        return scalar(db, sql)
    finally:
        db.dispose()


def test_the_duplicate_check_through_the_command(tmp_path):
    db = make_database(f"sqlite:///{tmp_path / 'g.sqlite3'}")
    basic_world(db, items=["BRS"])
    db.dispose()
    path = tmp_path / "g.sqlite3"
    doc = {"date": TODAY.isoformat(), "donor": "DON-1", "reference": "SJ-77",
           "lines": [{"sku": "BRS", "qty": 5, "lot": "B", "expiry": day(60).isoformat(), "location": "A-01"}]}
    first = gudang(path, "--json", "receive", write_json(tmp_path, "a.json", doc)).json()
    run = gudang(path, "--json", "receive", write_json(tmp_path, "b.json", doc))
    assert run.code == 1 and run.json()["error"]["code"] == "duplicate_receipt"
    assert first["number"] in run.json()["error"]["message"]
    again = gudang(path, "--json", "receive", write_json(tmp_path, "c.json", {**doc, "duplicate_ok": True}))
    assert again.code == 0, again.stderr
    run = gudang(path, "receive", write_json(tmp_path, "d.json", {**doc, "duplicate_ok": "ya"}))
    assert run.code == 1 and "field duplicate_ok" in run.error_lines[0]


def test_an_item_list_saved_by_an_indonesian_spreadsheet_imports_as_written(tmp_path):
    """Excel set to Indonesian saves CSV with semicolons, decimal commas and, in a formatted
    cell, thousands dots. "0,9" kg is read; a minimum of "1.500" is refused (fifteen hundred
    or one and a half?) instead of becoming 1,5, and nothing is imported; written "1500", it is."""
    db = make_database(f"sqlite:///{tmp_path / 'g.sqlite3'}")
    db.dispose()
    path = tmp_path / "g.sqlite3"
    sheet = tmp_path / "barang.csv"
    sheet.write_text("sku;name;unit;min-stock;weight-kg;volume-m3\n"
                     "BRS-25;Beras medium 25 kg;karung;1.500;25;0,04\n"
                     "MNY-1;Minyak goreng 1 L;liter;200;0,9;0,0012\n", encoding="utf-8-sig")
    run = gudang(path, "item", "import", str(sheet))
    assert run.code == 1
    assert "row 2: field min-stock: 1.500 can be read two ways: write 1500 or 1.5" in run.stderr, run.stderr
    assert gudang(path, "--json", "item", "list").json() == []
    sheet.write_text(sheet.read_text(encoding="utf-8-sig").replace(";1.500;", ";1500;"), encoding="utf-8-sig")
    assert gudang(path, "item", "import", str(sheet)).code == 0
    rows = {r["sku"]: r for r in gudang(path, "--json", "item", "list").json()}
    assert set(rows) == {"BRS-25", "MNY-1"}
    db = make_database(f"sqlite:///{path}")
    try:
        items = {r.sku: r for r in catalogue.list_items(db)}
    finally:
        db.dispose()
    assert (items["BRS-25"].min_stock, items["MNY-1"].min_stock) == (Decimal(1500), Decimal(200))
    run = gudang(path, "item", "add", "--sku", "GULA", "--name", "Gula", "--unit", "kg", "--min-stock", "2.000")
    assert run.code == 1 and "field min-stock: 2.000 can be read two ways: write 2000 or 2" in run.stderr, run.stderr
    run = gudang(path, "--json", "item", "add", "--sku", "GULA", "--name", "Gula", "--unit", "kg", "--decimals", "1",
                 "--min-stock", "2,5", "--weight-kg", "1")
    assert run.code == 0, run.stderr
