"""Delivery confirmation (BAST) of dispatches, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain.errors import InvalidInput, InvalidState, NotFound
from gudang.services import delivery
from gudang.services.delivery import ConfirmationInput, ConfirmLineInput, confirmation_from_json
from gudang.services.queries import trace_lot
from gudang.services.uow import Actor
from gudang.services.verify import verify
from tests.conftest import snapshot
from tests.support.builders import basic_world, cancel, english, issue, item, receive, scalar

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

OFFICER = Actor("budi", "petugas")


def dispatched(db):
    """An issue of 12 BRS taken from two lots (10 of L1, 2 of L2) to REC-1."""
    basic_world(db)
    item(db, "BRS")
    posted = receive(db, "2026-11-01", [("BRS", 10, "L1", "2027-01-01", "A-01"),
                                        ("BRS", 8, "L2", "2027-02-01", "A-02")])
    lots = {line.lot: line.barcode for line in posted.lines}
    result = issue(db, "2026-11-05", [("BRS", 12)], vehicle="BM 8123 KA", driver="Syafri")
    return result.number, lots


def transit_qty(db) -> Decimal:
    return Decimal(scalar(db, "SELECT COALESCE(SUM(b.qty), 0) FROM balance b JOIN location l "
                              "ON l.id = b.location_id WHERE l.kind = 'transit'")) / 1000


def test_confirm_good_damaged_short(any_db):
    db = any_db
    number, lots = dispatched(db)
    assert transit_qty(db) == 12
    view = delivery.dispatch_view(db, number)
    assert view.confirmed_by is None and [(l.lot, l.qty) for l in view.lots] == [("L1", 10), ("L2", 2)]
    assert [r.number for r in delivery.unconfirmed(db, 3, as_of=dt.date(2026, 11, 9))] == [number]
    assert delivery.unconfirmed(db, 5, as_of=dt.date(2026, 11, 9)) == []

    confirmation = confirmation_from_json({"date": "2026-11-06", "received_by": "Kades Lipat Kain", "lines": [
        {"lot": lots["L1"], "good": 8, "damaged": 1, "short": 1},
        {"lot": "L2", "good": "2"}]})
    result = delivery.confirm_delivery(db, OFFICER, number, confirmation)
    assert result.number.startswith("001/BAST/") and result.dispatch == number
    assert [(l.lot, l.good, l.damaged, l.short) for l in result.lines] == [("L1", 8, 1, 1), ("L2", 2, 0, 0)]
    assert transit_qty(db) == 0
    conditions = dict(((c, k), q) for c, k, q in [
        (row[0], row[1], row[2]) for row in _handover_lines(db, result.number)])
    assert conditions == {("good", "recipient"): 10, ("damaged", "recipient"): 1, ("short", "adjustment"): 1}
    assert trace_lot(db, lots["L1"]).issues[0].delivered
    assert delivery.dispatch_view(db, number).confirmed_by == result.number
    assert delivery.unconfirmed(db, 0, as_of=dt.date(2026, 11, 9)) == []
    assert verify(db).ok

    # Twice: refused; cancelling the confirmed issue: refused, naming the BAST.
    before = snapshot(db)
    with english(), pytest.raises(InvalidState, match="already confirmed"):
        delivery.confirm_delivery(db, OFFICER, number, confirmation)
    with english(), pytest.raises(InvalidState, match=r"confirmed by .*BAST.* cannot be cancelled"):
        cancel(db, number)
    assert snapshot(db) == before


def _handover_lines(db, number):
    from sqlalchemy import text

    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        rows = conn.execute(text(
            "SELECT dl.condition, l.kind, dl.qty FROM document_line dl JOIN document d ON d.id = dl.document_id "
            "JOIN location l ON l.id = dl.to_location_id WHERE d.number = :n"), {"n": number}).all()
    totals: dict = {}
    for condition, kind, qty in rows:
        totals[(condition, kind)] = totals.get((condition, kind), 0) + Decimal(qty) / 1000
    return [(c, k, q) for (c, k), q in totals.items()]


@pytest.mark.parametrize("lines, message", [
    ([{"lot": "L1", "good": 10}], "missing from the confirmation"),
    ([{"lot": "L1", "good": 9}, {"lot": "L2", "good": 2}], "were shipped"),
    ([{"lot": "L1", "good": 10, "short": 1}, {"lot": "L2", "good": 2}], "were shipped"),
    ([{"lot": "L1", "good": 10}, {"lot": "L2", "good": 2}, {"lot": "NOPE", "good": 1}], "was not shipped"),
    ([{"lot": "L1", "good": 10}, {"lot": "L1", "good": 0}, {"lot": "L2", "good": 2}], "twice"),
])
def test_bad_confirmations_write_nothing(sqlite_db, lines, message):
    db = sqlite_db
    number, _ = dispatched(db)
    before = snapshot(db)
    with english(), pytest.raises((InvalidInput, NotFound), match=message):
        delivery.confirm_delivery(db, OFFICER, number, confirmation_from_json(
            {"date": "2026-11-06", "lines": lines}))
    assert snapshot(db) == before


def test_bad_input_and_states(sqlite_db):
    db = sqlite_db
    number, lots = dispatched(db)
    with english():
        for data, message in [({"date": "2026-11-06", "lines": [{"lot": "L1", "good": -1}]}, "negative"),
                              ({"date": "2026-11-06", "lines": [{"lot": "L1", "good": "abc"}]}, "number"),
                              ({"date": "2026-11-06", "lines": [{"lot": "L1", "bad": 1}]}, "unknown field"),
                              ({"lines": [{"lot": "L1", "good": 1}]}, "required")]:
            with pytest.raises(InvalidInput, match=message):
                confirmation_from_json(data)
        good = ConfirmationInput(dt.date(2026, 11, 6), (ConfirmLineInput("L1", Decimal(10)),
                                                         ConfirmLineInput("L2", Decimal(2))))
        with pytest.raises(InvalidInput, match="before the dispatch date"):
            delivery.confirm_delivery(db, OFFICER, number, ConfirmationInput(dt.date(2026, 11, 4), good.lines))
        with pytest.raises(NotFound, match="unknown document"):
            delivery.confirm_delivery(db, OFFICER, "999/SJ/X", good)
        receipt = scalar(db, "SELECT number FROM document WHERE type = 'receipt'")
        with pytest.raises(InvalidState, match="not a posted dispatch"):
            delivery.confirm_delivery(db, OFFICER, receipt, good)
        cancel(db, number)
        with pytest.raises(InvalidState, match="cancelled"):
            delivery.confirm_delivery(db, OFFICER, number, good)
    assert delivery.unconfirmed(db, 0, as_of=dt.date(2026, 12, 1)) == []
    assert verify(db).ok


def test_open_from_waybill_qr(sqlite_db):
    from gudang.documents.data import Letterhead, Place, Recipient, WaybillData, WaybillLine
    from gudang.documents.waybill import waybill_qr_payload

    db = sqlite_db
    number, lots = dispatched(db)
    printed = WaybillData(Letterhead(), number, dt.date(2026, 11, 5), Place("Gudang"), Recipient("Posko"), (
        WaybillLine("BRS", "Beras", Decimal(10), "pcs", "L1", lots["L1"]),
        WaybillLine("BRS", "Beras", Decimal(2), "pcs", "L2", lots["L2"])))
    view = delivery.dispatch_view(db, waybill_qr_payload(printed))
    assert view.number == number and view.qr_verified is True
    forged = delivery.dispatch_view(db, f"SJ|{number}|deadbeef")
    assert forged.qr_verified is False


def test_confirm_by_the_qr_of_the_waybill_and_refuse_a_changed_paper(sqlite_db):
    from gudang.domain import document_qr

    db = sqlite_db
    number, lots = dispatched(db)
    confirmation = ConfirmationInput(dt.date(2026, 11, 6), (ConfirmLineInput("L1", Decimal(10)),
                                                             ConfirmLineInput("L2", Decimal(2))),
                                     received_by="Syafri Yanto", received_title="Kepala Desa", place="Lipat Kain")
    forged = document_qr.encode(number, [("BRS", lots["L1"], Decimal(10)), ("BRS", lots["L2"], Decimal(3))])
    before = snapshot(db)
    with english(), pytest.raises(InvalidInput, match="does not match the posted lines"):
        delivery.confirm_delivery(db, OFFICER, forged, confirmation)
    assert snapshot(db) == before
    payload = document_qr.encode(number, [("BRS", lots["L1"], Decimal(10)), ("BRS", lots["L2"], Decimal(2))])
    result = delivery.confirm_delivery(db, OFFICER, payload, confirmation)
    assert result.dispatch == number
    assert scalar(db, f"SELECT received_title FROM document WHERE number = '{result.number}'") == "Kepala Desa"


@pytest.mark.parametrize("amounts, message", [
    ((Decimal(12), Decimal(-2), Decimal(0)), "line 1, field damaged: quantity must not be negative"),
    ((Decimal(-1), Decimal(0), Decimal(11)), "line 1, field good: quantity must not be negative"),
    ((Decimal("9.9999"), Decimal(0), Decimal("0.0001")), "line 1, field good: "),
])
def test_the_service_called_directly_refuses_what_a_file_would(sqlite_db, amounts, message):
    """A script calling confirm_delivery: 12 good and -2 damaged of 10 shipped added up and a
    BAST was posted saying 12 arrived good; now refused like a file, nothing written."""
    number, lots = dispatched(sqlite_db)
    before = snapshot(sqlite_db)
    with english(), pytest.raises(InvalidInput, match=message):
        delivery.confirm_delivery(sqlite_db, OFFICER, number, ConfirmationInput(dt.date(2026, 11, 6), (
            ConfirmLineInput(lots["L1"], *amounts), ConfirmLineInput(lots["L2"], Decimal(2)))))
    assert snapshot(sqlite_db) == before
