"""Every document's date follows DESIGN.md section 9's rules, whoever calls the core: never
after today; further back than `backdate_days` only by the head of warehouse or an
administrator, with a reason that is stored, printed and audited.

Receipts and issues have had these rules since the second wave (tests/integration/test_records.py);
transfers, write-offs, BASTs, stock counts and quarantine documents took any date until
2026-12-02: a write-off dated 400 days back took a number of the year before, a transfer
dated next week was posted.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain import dates
from gudang.domain.errors import GudangError, PermissionDenied
from gudang.services import counts, delivery, quarantine, setup, transfers, writeoff
from gudang.services.delivery import ConfirmationInput, ConfirmLineInput
from gudang.services.transfers import TransferInput, TransferLineInput
from gudang.services.uow import Actor
from gudang.services.verify import verify
from gudang.services.writeoff import WriteoffInput, WriteoffLineInput
from tests.conftest import snapshot
from tests.support.builders import fresh_db  # noqa: F401  (fixture)
from tests.support.builders import ADMIN_ACTOR, basic_world, english, issue, item, receive, scalar

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

OFFICER, HEAD = Actor("budi", "petugas"), Actor("sari", "kepala_gudang")


def day(offset: int) -> dt.date:
    return dates.today() + dt.timedelta(days=offset)


@pytest.fixture
def stocked(fresh_db):
    """BRS lot L1 x20 in A-01 and lot L2 x20 in A-02, a dispatch of 2 dated 20 days back
    (unconfirmed); backdate_days 7 as installed."""
    db = fresh_db
    basic_world(db)
    item(db, "BRS")
    posted = receive(db, str(day(-30)), [("BRS", 20, "L1", "2028-01-01", "A-01"),
                                         ("BRS", 20, "L2", "2028-02-01", "A-02")])
    dispatch = issue(db, str(day(-20)), [("BRS", 2)])
    setup.update_settings(db, ADMIN_ACTOR, {"backdate_days": "7"})
    return db, {line.lot: line.barcode for line in posted.lines}, dispatch.number


def _transfer(db, actor, date, reason):
    return transfers.post_transfer(db, actor, TransferInput(
        date, (TransferLineInput("L2", Decimal(1), "A-02", "B-01"),), backdate_reason=reason)).number


def _writeoff(db, actor, date, reason):
    return writeoff.post_writeoff(db, actor, WriteoffInput(
        date, "kemasan rusak", (WriteoffLineInput("L2", Decimal(1), "A-02"),), backdate_reason=reason)).number


def _confirm(db, actor, date, reason, dispatch):
    return delivery.confirm_delivery(db, actor, dispatch, ConfirmationInput(
        date, (ConfirmLineInput("L1", good=Decimal(2)),), received_by="Hj. Nurhayati",
        backdate_reason=reason)).number


def _count_start(db, actor, date, reason):
    return counts.start_count(db, actor, ["A-02"], date=date, backdate_reason=reason).number


def _count_post(db, actor, date, reason):
    """A count of A-02 started today, more found than the books say: its adjustment dated `date`."""
    started = counts.start_count(db, ADMIN_ACTOR, ["A-02"])
    _count_post.found += 1
    try:
        counts.scan_count(db, ADMIN_ACTOR, started.id, "A-02")
        counts.scan_count(db, ADMIN_ACTOR, started.id, _count_post.lots["L2"],
                           Decimal(100 + _count_post.found))
        return counts.post_count(db, actor, started.id, "satu sak hilang", date=date,
                                 backdate_reason=reason).adjustment
    except GudangError:
        counts.cancel_count(db, ADMIN_ACTOR, started.id, "uji tanggal")
        raise


def _quarantine(db, actor, date, reason):
    return quarantine.quarantine_lot(db, actor, "L2", "kemasan basah", date=date, backdate_reason=reason).number


DOCUMENTS = {"transfer": _transfer, "write-off": _writeoff, "BAST": _confirm, "stock count": _count_start,
             "count adjustment": _count_post, "quarantine": _quarantine}
MAY_POST = {"write-off": HEAD, "count adjustment": HEAD}  # the others: an officer too


_count_post.found = 0


def _post(kind, db, actor, date, reason, lots, dispatch):
    _count_post.lots = lots
    if kind == "BAST":
        return _confirm(db, actor, date, reason, dispatch)
    return DOCUMENTS[kind](db, actor, date, reason)


@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_a_date_after_today_is_refused_and_nothing_written(stocked, kind):
    db, lots, dispatch = stocked
    before = snapshot(db)
    with english(), pytest.raises(GudangError) as raised:
        _post(kind, db, ADMIN_ACTOR, day(1), "salah ketik", lots, dispatch)
    with english():
        message = str(raised.value)
    assert message.startswith("field date: ") and "is in the future" in message, message
    assert raised.value.field == "date"  # the screens mark the date
    if kind != "count adjustment":  # that one starts (and cancels) a count of its own first
        assert snapshot(db) == before


@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_dated_back_past_the_window_needs_the_head_and_a_reason(stocked, kind):
    db, lots, dispatch = stocked
    poster = MAY_POST.get(kind, OFFICER)
    before = snapshot(db)
    with english():
        if poster is OFFICER:
            with pytest.raises(PermissionDenied, match="only the head of warehouse or an administrator"):
                _post(kind, db, OFFICER, day(-8), "lupa input", lots, dispatch)
        with pytest.raises(GudangError) as raised:
            _post(kind, db, HEAD, day(-8), None, lots, dispatch)
        assert str(raised.value).startswith("field backdate_reason: ") and "give the reason" in str(raised.value)
        if kind != "count adjustment":
            assert snapshot(db) == before
        # Seven days back is inside the window: anyone who may post it, no reason stored.
        inside = _post(kind, db, poster, day(-7), None, lots, dispatch)
        assert "backdated" not in _audit(db, inside)
        if kind != "stock count":  # a count keeps it in its audit entry only
            assert scalar(db, _DOCUMENT_REASON, {"n": inside}) is None
        if kind in ("BAST", "stock count", "quarantine"):
            return  # once per dispatch, per bin at a time, per lot
        number = _post(kind, db, HEAD, day(-8), "listrik padam, diinput setelah menyala", lots, dispatch)
    assert scalar(db, _DOCUMENT_REASON, {"n": number}) == "listrik padam, diinput setelah menyala"
    assert f"backdated to {day(-8).isoformat()}: listrik padam" in _audit(db, number)
    assert verify(db).ok


_DOCUMENT_REASON = "SELECT backdate_reason FROM document WHERE number = :n"


def _audit(db, number: str) -> str:
    """The summary of the audit entry that posted `number` (a count adjustment's is its count's)."""
    return scalar(db, "SELECT summary FROM audit_entry WHERE object = :n OR summary LIKE :p",
                  {"n": number, "p": f"{number}:%"})


def test_the_head_backdates_a_bast_and_a_count_with_a_reason(stocked):
    db, lots, dispatch = stocked
    bast = _confirm(db, HEAD, day(-10), "BAST ditandatangani di posko, diantar kemudian", dispatch)
    assert scalar(db, _DOCUMENT_REASON, {"n": bast}) == "BAST ditandatangani di posko, diantar kemudian"
    assert scalar(db, "SELECT date FROM document WHERE number = :n", {"n": bast}) in (day(-10), str(day(-10)))
    count = _count_start(db, HEAD, day(-9), "hitung fisik tanggal 22, input terlambat")
    assert f"backdated to {day(-9).isoformat()}: hitung fisik" in _audit(db, count)
    assert verify(db).ok


def test_files_carry_the_reason(stocked):
    """`gudang transfer`, `writeoff` and `confirm` files take "backdate_reason" as receipts do."""
    db, lots, dispatch = stocked
    old = str(day(-12))
    data = {"date": old, "backdate_reason": "surat jalan manual saat server mati",
            "lines": [{"lot": "L2", "qty": 1, "from": "A-02", "to": "B-01"}]}
    moved = transfers.post_transfer(db, HEAD, transfers.transfer_from_json(data))
    gone = writeoff.post_writeoff(db, HEAD, writeoff.writeoff_from_json(
        {"date": old, "reason": "rusak", "backdate_reason": "BA pemusnahan tanggal 19",
         "lines": [{"lot": "L2", "qty": 1, "location": "A-02"}]}))
    bast = delivery.confirm_delivery(db, HEAD, dispatch, delivery.confirmation_from_json(
        {"date": old, "backdate_reason": "BAST kertas", "lines": [{"lot": lots["L1"], "good": 2}]}))
    assert [scalar(db, _DOCUMENT_REASON, {"n": n}) for n in (moved.number, gone.number, bast.number)] == [
        "surat jalan manual saat server mati", "BA pemusnahan tanggal 19", "BAST kertas"]
    with english(), pytest.raises(GudangError, match="field backdate_reason: .*longer than 500"):
        transfers.post_transfer(db, HEAD, transfers.transfer_from_json({**data, "backdate_reason": "x" * 501}))
