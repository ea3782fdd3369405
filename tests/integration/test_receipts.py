"""Receiving goods (gudang.services.receipts) on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain.errors import InvalidInput, NotFound, PermissionDenied
from gudang.services.queries import stock_on_hand, trace_lot
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import fresh_db  # noqa: F401  (fixture)
from tests.support.builders import (
    QUARANTINE_BIN, RECEIVING_BIN, basic_world, english, item, location, on_hand, receive, scalar,
)


@pytest.fixture
def db(fresh_db):
    basic_world(fresh_db, items=["BRS-01"])
    item(fresh_db, "MIE-01", decimals=1)
    item(fresh_db, "TKR-01", lot=False, expiry=False, packs=[("dus", 40)])
    with english():
        yield fresh_db


def test_receipt_creates_lots_moves_balances_and_a_number(db):
    posted = receive(db, "2026-11-27", [("BRS-01", 100, "B2611", "2027-05-31", "A-01"),
                                        ("MIE-01", "12.5", "M7", "2027-01-31", "A-02"),
                                        ("TKR-01", 30, None, None, "B-01")], reference="SJ-BNPB-77")
    assert posted.number == "001/BAP/BPBD-KPR/XI/2026"
    assert [(l.sku, l.lot, l.qty, l.expiry, l.location) for l in posted.lines] == [
        ("BRS-01", "B2611", 100, dt.date(2027, 5, 31), "A-01"),
        ("MIE-01", "M7", Decimal("12.5"), dt.date(2027, 1, 31), "A-02"),
        ("TKR-01", None, 30, None, "B-01")]
    barcodes = [l.barcode for l in posted.lines]
    assert len(set(barcodes)) == 3 and all(b.startswith("L") for b in barcodes)
    assert on_hand(db) == {("B2611", "A-01"): 100, ("M7", "A-02"): Decimal("12.5"), (None, "B-01"): 30}
    # a lot-less item still gets its own lot, so the donor can be traced
    trace = trace_lot(db, barcodes[2])
    assert (trace.sku, trace.donor, trace.received, trace.receipt) == (
        "TKR-01", "DON-1", dt.date(2026, 11, 27), posted.number)
    assert receive(db, "2026-11-28", [("BRS-01", 1, "X", "2027-01-01", "A-01")]).number \
        == "002/BAP/BPBD-KPR/XI/2026"
    assert scalar(db, "SELECT count(*) FROM stock_move") == 4
    assert scalar(db, "SELECT count(*) FROM audit_entry WHERE action = 'receipt.post'") == 2
    assert verify(db).ok


def test_pack_units_convert_to_base_units(db):
    from gudang.domain.inputs import ReceiptInput, ReceiptLineInput
    from gudang.services.receipts import post_receipt
    from tests.support.builders import ADMIN_ACTOR

    posted = post_receipt(db, ADMIN_ACTOR, ReceiptInput(dt.date(2026, 11, 27), "DON-1", (
        ReceiptLineInput("TKR-01", Decimal(2), unit="dus", location="A-01"),)))
    assert posted.lines[0].qty == 80
    assert on_hand(db, "TKR-01") == {(None, "A-01"): 80}
    with pytest.raises(InvalidInput, match="line 1, field unit: TKR-01 has no unit karung"):
        post_receipt(db, ADMIN_ACTOR, ReceiptInput(dt.date(2026, 11, 27), "DON-1", (
            ReceiptLineInput("TKR-01", Decimal(2), unit="karung", location="A-01"),)))


def test_default_bins_and_damaged_goods_to_quarantine(db):
    posted = receive(db, "2026-11-27", [("BRS-01", 10, "G", "2027-01-01", None),
                                        ("BRS-01", 3, "D", "2027-01-01", None, "damaged")])
    assert [l.location for l in posted.lines] == [RECEIVING_BIN, QUARANTINE_BIN]
    rows = {r.lot: r for r in stock_on_hand(db, sku="BRS-01")}
    assert rows["G"].status == "available" and rows["D"].status == "quarantine"
    with pytest.raises(InvalidInput, match="line 1, field location: damaged goods must go to a quarantine"):
        receive(db, "2026-11-27", [("BRS-01", 3, "D2", "2027-01-01", "A-01", "damaged")])


def test_expiry_on_the_receipt_date_is_accepted(db):
    receive(db, "2026-11-27", [("BRS-01", 1, "LAST-DAY", "2026-11-27", "A-01")])
    assert on_hand(db, "BRS-01") == {("LAST-DAY", "A-01"): 1}


@pytest.mark.parametrize("line, header, error, message", [
    (("NOPE", 1, "L", "2027-01-01", "A-01"), {}, NotFound, "line 2, field sku: unknown item NOPE"),
    (("BRS-01", 1, None, "2027-01-01", "A-01"), {}, InvalidInput, "line 2, field lot: BRS-01 is tracked by lot"),
    (("BRS-01", 1, "L", None, "A-01"), {}, InvalidInput, "line 2, field expiry: BRS-01 needs an expiry date"),
    (("BRS-01", 1, "L", "2026-11-26", "A-01"), {}, InvalidInput,
     "line 2, field expiry: expiry 2026-11-26 is already past on 2026-11-27"),
    (("BRS-01", 1, "L", "2027-01-01", "Z-99"), {}, NotFound, "line 2, field location: unknown location Z-99"),
    (("BRS-01", 1, "L", "2027-01-01", "VIRT-TRANSIT"), {}, InvalidInput,
     "line 2, field location: VIRT-TRANSIT is not a bin"),
    (("BRS-01", 1, "L", "2027-01-01", "A-01"), {"donor": "NOBODY"}, NotFound, "field donor: unknown donor NOBODY"),
    (("BRS-01", 1, "L", "2027-01-01", "A-01"), {"donor": "REC-1"}, InvalidInput,
     "field donor: REC-1 is a recipient, not a donor"),
    (("BRS-01", 1, "L", "2027-01-01", "A-01"), {"event": "GEMPA"}, NotFound, "field event: unknown event GEMPA"),
])
def test_a_bad_line_after_a_good_one_writes_nothing(db, line, header, error, message):
    receive(db, "2026-11-01", [("MIE-01", 5, "M1", "2027-01-01", "A-01")])
    before = snapshot(db)
    with pytest.raises(error) as raised:
        receive(db, "2026-11-27", [("BRS-01", 5, "GOOD", "2027-01-01", "A-01"), line], **header)
    assert str(raised.value).startswith(message), str(raised.value)
    assert snapshot(db) == before
    # the failed posting did not use up a number
    assert receive(db, "2026-11-27", [("BRS-01", 1, "OK", "2027-01-01", "A-01")]).number \
        == "002/BAP/BPBD-KPR/XI/2026"


def test_deactivated_item_and_bin_refused(db):
    from gudang.services.catalogue import set_item_active
    from gudang.services.locations import set_location_active
    from tests.support.builders import ADMIN_ACTOR

    set_item_active(db, ADMIN_ACTOR, "MIE-01", False)
    set_location_active(db, ADMIN_ACTOR, "A-02", False)
    with pytest.raises(InvalidInput, match="line 1, field sku: item MIE-01 is deactivated"):
        receive(db, "2026-11-27", [("MIE-01", 1, "L", "2027-01-01", "A-01")])
    with pytest.raises(InvalidInput, match="line 1, field location"):
        receive(db, "2026-11-27", [("BRS-01", 1, "L", "2027-01-01", "A-02")])


def test_a_viewer_may_not_receive(db):
    before = snapshot(db)
    with pytest.raises(PermissionDenied):
        receive(db, "2026-11-27", [("BRS-01", 1, "L", "2027-01-01", "A-01")], actor=Actor("lihat", "viewer"))
    assert snapshot(db) == before
    receive(db, "2026-11-27", [("BRS-01", 1, "L", "2027-01-01", "A-01")], actor=Actor("budi", "petugas"))
    assert scalar(db, "SELECT posted_by FROM document") == "budi"


def test_quarantine_location_can_be_added_and_used(db):
    location(db, "Q-02", "quarantine")
    posted = receive(db, "2026-11-27", [("BRS-01", 2, "DMG", "2027-01-01", "Q-02", "damaged")])
    assert posted.lines[0].location == "Q-02"
    assert {r.status for r in stock_on_hand(db, location="Q-02")} == {"quarantine"}
