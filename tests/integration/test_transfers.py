"""Transfers between bins and between warehouses, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from gudang.domain.errors import InsufficientStock, InvalidInput, LotNotAllowed, NotFound, PermissionDenied
from gudang.services import delivery, transfers
from gudang.services.locations import add_location, add_warehouse
from gudang.services.transfers import transfer_from_json
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import ADMIN_ACTOR, basic_world, english, item, on_hand, receive

OFFICER = Actor("budi", "petugas")


def stocked(db):
    basic_world(db)
    item(db, "BRS")
    posted = receive(db, "2026-11-01", [("BRS", 10, "L1", "2027-01-01", "A-01"),
                                        ("BRS", 4, "L2", "2027-02-01", "A-02")])
    return {line.lot: line.barcode for line in posted.lines}


def test_between_bins(any_db):
    db = any_db
    lots = stocked(db)
    result = transfers.post_transfer(db, OFFICER, transfer_from_json({"date": "2026-11-02", "lines": [
        {"lot": lots["L1"], "qty": 4, "from": "A-01", "to": "B-01"},
        {"lot": "L2", "qty": "1.5", "from": "A-02", "to": "B-01"}]}))
    assert result.number.startswith("001/MUT/") and not result.in_transit
    assert on_hand(db, "BRS") == {("L1", "A-01"): 6, ("L1", "B-01"): 4, ("L2", "A-02"): 2.5,
                                  ("L2", "B-01"): 1.5}
    # By scanning: a bin, its lots (one pack each), the bin they go to.
    scanned = transfers.transfer_from_scans(db, OFFICER, ["B-01", lots["L1"], lots["L1"], lots["L2"], "A-01"],
                                            date=dt.date(2026, 11, 3))
    assert [(l.barcode, l.qty, l.from_location, l.to_location) for l in scanned.lines] == [
        (lots["L1"], 2, "B-01", "A-01"), (lots["L2"], 1, "B-01", "A-01")]
    assert on_hand(db, "BRS")[("L1", "A-01")] == 8
    assert verify(db).ok


@pytest.mark.parametrize("line, error, message", [
    ({"lot": "NOPE", "qty": 1, "from": "A-01", "to": "B-01"}, NotFound, "unknown lot"),
    ({"lot": "L1", "qty": 1, "from": "NOPE", "to": "B-01"}, NotFound, "unknown location"),
    ({"lot": "L1", "qty": 1, "from": "A-01", "to": "A-01"}, InvalidInput, "same bin"),
    ({"lot": "L1", "qty": 11, "from": "A-01", "to": "B-01"}, InsufficientStock, "insufficient stock"),
    ({"lot": "L1", "qty": 1, "from": "A-02", "to": "B-01"}, InsufficientStock, "insufficient stock"),
    ({"lot": "L1", "qty": 1, "from": "A-01", "to": "VIRT-PENERIMA"}, InvalidInput, "not a bin"),
])
def test_refused_transfers_write_nothing(sqlite_db, line, error, message):
    db = sqlite_db
    stocked(db)
    before = snapshot(db)
    with english(), pytest.raises(error, match=message):
        transfers.post_transfer(db, OFFICER, transfer_from_json({"date": "2026-11-02", "lines": [line]}))
    assert snapshot(db) == before


def test_bad_json_and_scans(sqlite_db):
    db = sqlite_db
    lots = stocked(db)
    with english():
        for qty in (0, -1, "abc"):
            with pytest.raises(InvalidInput, match="line 1, field qty"):
                transfer_from_json({"date": "2026-11-02", "lines": [{"lot": "L1", "qty": qty, "from": "A-01",
                                                                     "to": "B-01"}]})
        with pytest.raises(InvalidInput, match="field to"):
            transfer_from_json({"date": "2026-11-02", "lines": [{"lot": "L1", "qty": 1, "from": "A-01"}]})
        with pytest.raises(InvalidInput, match="bin the goods come from"):
            transfers.transfer_from_scans(db, OFFICER, [lots["L1"], "B-01"])
        with pytest.raises(InvalidInput, match="bin the goods go to"):
            transfers.transfer_from_scans(db, OFFICER, ["A-01", lots["L1"]])
        with pytest.raises(NotFound, match="scan 2"):
            transfers.transfer_from_scans(db, OFFICER, ["A-01", "???", "B-01"])
    with pytest.raises(PermissionDenied):
        transfers.post_transfer(db, Actor("tamu", "viewer"), transfer_from_json(
            {"date": "2026-11-02", "lines": [{"lot": "L1", "qty": 1, "from": "A-01", "to": "B-01"}]}))


def test_between_warehouses_via_transit(any_db):
    db = any_db
    lots = stocked(db)
    add_warehouse(db, ADMIN_ACTOR, "GDG-02", "Gudang Lipat Kain")
    add_location(db, ADMIN_ACTOR, "LK-01", "storage", "GDG-02")  # its quarantine area comes with it
    result = transfers.post_transfer(db, OFFICER, transfer_from_json({
        "date": "2026-11-02", "vehicle": "BM 9001 XY", "driver": "Anto",
        "lines": [{"lot": "L1", "qty": 6, "from": "A-01", "to": "LK-01"}]}))
    assert result.in_transit and result.destination == "GDG-02"
    assert ("L1", "LK-01") not in on_hand(db, "BRS")  # on the truck
    assert [r.number for r in delivery.unconfirmed(db, 0, as_of=dt.date(2026, 11, 2))] == [result.number]
    arrived = delivery.confirm_delivery(db, OFFICER, result.number, delivery.confirmation_from_json(
        {"date": "2026-11-03", "lines": [{"lot": lots["L1"], "good": 4, "damaged": 1, "short": 1}]}))
    assert arrived.number.startswith("001/BAST/")
    stock = on_hand(db, "BRS")
    assert stock[("L1", "LK-01")] == 4 and stock[("L1", "KARANTINA-GDG-02")] == 1 and stock[("L1", "A-01")] == 4
    assert verify(db).ok

    with english(), pytest.raises(InvalidInput, match="one other warehouse"):
        add_warehouse(db, ADMIN_ACTOR, "GDG-03", "Gudang Tiga")
        add_location(db, ADMIN_ACTOR, "T-01", "storage", "GDG-03")
        transfers.post_transfer(db, OFFICER, transfer_from_json({"date": "2026-11-04", "lines": [
            {"lot": "L2", "qty": 1, "from": "A-02", "to": "LK-01"},
            {"lot": "L2", "qty": 1, "from": "A-02", "to": "T-01"}]}))


def test_damaged_goods_need_the_destinations_quarantine(any_db):
    """Damaged goods of a transfer stay ours, segregated at the destination: without an active
    quarantine location there, the BAST is refused, naming the bin, and nothing is written."""
    from gudang.services.locations import set_location_active

    db = any_db
    lots = stocked(db)
    add_warehouse(db, ADMIN_ACTOR, "GDG-02", "Gudang Lipat Kain")
    add_location(db, ADMIN_ACTOR, "LK-01", "storage", "GDG-02")
    sent = transfers.post_transfer(db, OFFICER, transfer_from_json({
        "date": "2026-11-02", "lines": [{"lot": "L1", "qty": 6, "from": "A-01", "to": "LK-01"}]}))
    set_location_active(db, ADMIN_ACTOR, "KARANTINA-GDG-02", False)
    before = snapshot(db)
    with english(), pytest.raises(NotFound, match="the warehouse of LK-01 has no quarantine location"):
        delivery.confirm_delivery(db, OFFICER, sent.number, delivery.confirmation_from_json(
            {"date": "2026-11-03", "lines": [{"lot": lots["L1"], "good": 5, "damaged": 1}]}))
    assert snapshot(db) == before
    arrived = delivery.confirm_delivery(db, OFFICER, sent.number, delivery.confirmation_from_json(
        {"date": "2026-11-03", "lines": [{"lot": "L1", "good": 5, "short": 1}]}))
    assert [(lot.good, lot.short) for lot in arrived.lines] == [(5, 1)]
    assert on_hand(db, "BRS")[("L1", "LK-01")] == 5 and verify(db).ok


def test_quarantined_lot_cannot_go_back_to_a_shelf_by_transfer(sqlite_db):
    from gudang.services.quarantine import quarantine_lot

    db = sqlite_db
    stocked(db)
    quarantine_lot(db, OFFICER, "L1", "kemasan rusak")
    with english(), pytest.raises(LotNotAllowed, match="release it"):
        transfers.post_transfer(db, OFFICER, transfer_from_json({"date": "2026-11-02", "lines": [
            {"lot": "L1", "qty": 1, "from": "KARANTINA-01", "to": "B-01"}]}))


@pytest.mark.parametrize("lines, message", [
    ((), "field lines: must be a non-empty list of lines"),
    ((("L1", "0"),), "line 1, field qty: quantity must be greater than zero"),
    ((("L1", "-1"),), "line 1, field qty: quantity must not be negative"),
    ((("L1", "1000000000000"),), "line 1, field qty: quantity 1,000,000,000,000 is too large"),
])
def test_the_services_called_directly_refuse_what_a_file_would_and_write_nothing(sqlite_db, lines, message):
    """A transfer or a write-off built by a script, not read from a file or a screen: an empty
    one is not numbered and posted, a quantity of 0, -1 or a trillion is named, not left to
    the database's constraints."""
    from decimal import Decimal

    from gudang.services import writeoff

    db = sqlite_db
    stocked(db)
    before = snapshot(db)
    moved = transfers.TransferInput(dt.date(2026, 11, 2), tuple(
        transfers.TransferLineInput(lot, Decimal(qty), "A-01", "B-01") for lot, qty in lines))
    gone = writeoff.WriteoffInput(dt.date(2026, 11, 2), "rusak", tuple(
        writeoff.WriteoffLineInput(lot, Decimal(qty), "A-01") for lot, qty in lines))
    with english():
        for post in (lambda: transfers.post_transfer(db, ADMIN_ACTOR, moved),
                     lambda: writeoff.post_writeoff(db, ADMIN_ACTOR, gone)):
            with pytest.raises(InvalidInput, match=message):
                post()
    assert snapshot(db) == before
