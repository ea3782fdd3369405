"""The read side: stock, expiring, stock card, trace, scan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain.errors import NotFound
from gudang.services import queries, scanning
from tests.support.builders import fresh_db  # noqa: F401  (fixture)
from tests.support.builders import basic_world, cancel, english, issue, item, receive


@pytest.fixture
def db(fresh_db):
    basic_world(fresh_db, items=["BRS", "MIE"])
    with english():
        yield fresh_db


def test_stock_expiring_card_trace(db, pin_today):
    pin_today("2026-11-27")  # lot A (expiring 2026-12-10) still goes first by FEFO
    rc = receive(db, "2026-11-01", [("BRS", 10, "A", "2026-12-10", "A-01"), ("BRS", 5, "B", "2027-03-01", "A-02"),
                                    ("MIE", 7, "M", "2026-11-20", "B-01")])
    si = issue(db, "2026-11-05", [("BRS", 4)])
    stock = queries.stock_on_hand(db)
    assert [(r.sku, r.lot, r.location, r.qty, r.donor) for r in stock] == [
        ("BRS", "A", "A-01", 6, "DON-1"), ("BRS", "B", "A-02", 5, "DON-1"), ("MIE", "M", "B-01", 7, "DON-1")]
    assert [r.lot for r in queries.stock_on_hand(db, location="A-02")] == ["B"]
    assert [r.lot for r in queries.stock_on_hand(db, sku="MIE")] == ["M"]

    expiring = queries.expiring(db, 30, as_of=dt.date(2026, 11, 27))
    assert [(r.lot, r.days_left) for r in expiring] == [("M", -7), ("A", 13)]  # expired included
    assert queries.expiring(db, 0, as_of=dt.date(2026, 11, 1)) == []

    opening, card = queries.stock_card(db, "BRS")
    assert opening == 0
    assert [(r.number, r.type, r.lot, r.location, r.qty_in, r.qty_out, r.balance) for r in card] == [
        (rc.number, "receipt", "A", "A-01", 10, 0, 10), (rc.number, "receipt", "B", "A-02", 5, 0, 15),
        (si.number, "issue", "A", "A-01", 0, 4, 11)]
    assert card[-1].partner == "REC-1"
    with pytest.raises(NotFound):
        queries.stock_card(db, "NOPE")

    trace = queries.trace_lot(db, "A")
    assert (trace.sku, trace.donor, trace.received, trace.receipt, trace.on_hand) == (
        "BRS", "DON-1", dt.date(2026, 11, 1), rc.number, 6)
    assert [(i.number, i.date, i.recipient, i.qty) for i in trace.issues] == [
        (si.number, dt.date(2026, 11, 5), "REC-1", 4)]
    cancel(db, si.number)
    assert queries.trace_lot(db, "A").issues == ()
    assert queries.stock_card(db, "BRS")[1][-1].balance == 15


def test_scan_resolves_lot_bin_document_item_and_gs1(db):
    from gudang.services.catalogue import ItemInput, add_item
    from tests.support.builders import ADMIN_ACTOR

    add_item(db, ADMIN_ACTOR, ItemInput(sku="SUSU", name="Susu", unit="pcs", gtin="4006381333931"))
    rc = receive(db, "2026-11-01", [("BRS", 10, "A", "2027-01-01", "A-01")])
    barcode = rc.lines[0].barcode
    lot = scanning.resolve(db, barcode)
    assert (lot.kind, lot.data["sku"], lot.data["on_hand"], lot.data["locations"]) == ("lot", "BRS", 10, ["A-01"])
    assert scanning.resolve(db, "A-01").kind == "location"
    assert scanning.resolve(db, rc.number).kind == "document"
    assert scanning.resolve(db, "MIE").kind == "item"
    assert scanning.resolve(db, "4006381333931").data["sku"] == "SUSU"
    gs1 = scanning.resolve(db, "(01)04006381333931(17)270131(10)X1")
    assert gs1.kind == "gs1"
    assert (gs1.data["sku"], gs1.data["lot"], gs1.data["expiry"]) == ("SUSU", "X1", dt.date(2027, 1, 31))


def test_decimal_quantities_in_stock(db):
    item(db, "BRS-KG", unit="kg", decimals=1)
    receive(db, "2026-11-01", [("BRS-KG", "2.5", "A", "2027-01-01", "A-01")])
    assert queries.stock_on_hand(db)[0].qty == Decimal("2.5")
