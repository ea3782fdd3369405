"""Transfers, write-offs and delivery confirmations (BAST) called straight from a script are
checked as their files are (issue 9's rule: the core checks every input, whoever calls it).

Until 2026-12-02 only their files' fields were checked: a script's transfer with a driver
name of 5,000 characters, a write-off with such a decree number or a BAST signed by such a
name were posted and then printed; each is refused now naming the field, nothing written.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain import dates
from gudang.domain.errors import GudangError
from gudang.services import delivery, transfers, writeoff
from gudang.services.delivery import ConfirmationInput, ConfirmLineInput
from gudang.services.transfers import TransferInput, TransferLineInput
from gudang.services.writeoff import WriteoffInput, WriteoffLineInput
from tests.conftest import snapshot
from tests.support.builders import ADMIN_ACTOR, basic_world, english, issue, item, receive

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

LONG = "x" * 5000


@pytest.fixture(scope="module")
def shop(tmp_path_factory, scenario_day_module):
    from tests.conftest import make_database

    db = make_database(f"sqlite:///{tmp_path_factory.mktemp('direct') / 'gudang.sqlite3'}")
    basic_world(db)
    item(db, "BRS")
    receive(db, str(dates.today()), [("BRS", 20, "L1", "2028-01-01", "A-01")])
    dispatch = issue(db, str(dates.today()), [("BRS", 2)]).number
    yield db, dispatch
    db.dispose()


def _transfer(line=None, **header):
    values = dict(date=dates.today(), lines=(line or TransferLineInput("L1", Decimal(1), "A-01", "A-02"),))
    values.update(header)
    return lambda db, _: transfers.post_transfer(db, ADMIN_ACTOR, TransferInput(**values))


def _writeoff(line=None, **header):
    values = dict(date=dates.today(), reason="karung sobek",
                  lines=(line or WriteoffLineInput("L1", Decimal(1), "A-01"),))
    values.update(header)
    return lambda db, _: writeoff.post_writeoff(db, ADMIN_ACTOR, WriteoffInput(**values))


def _confirm(line=None, **header):
    values = dict(date=dates.today(), lines=(line or ConfirmLineInput("L1", good=Decimal(2)),),
                  received_by="Hj. Nurhayati")
    values.update(header)
    return lambda db, dispatch: delivery.confirm_delivery(db, ADMIN_ACTOR, dispatch, ConfirmationInput(**values))


CASES = {
    "transfer driver of 5000 characters": (_transfer(driver=LONG), "field driver", "longer than 120"),
    "transfer vehicle of 5000 characters": (_transfer(vehicle=LONG), "field vehicle", "longer than 40"),
    "transfer notes of 5000 characters x 10": (_transfer(notes=LONG * 10), "field notes", "longer than 2000"),
    "transfer line remark of 5000 characters": (
        _transfer(TransferLineInput("L1", Decimal(1), "A-01", "A-02", remark=LONG)), "line 1, field remark",
        "longer than 500"),
    "transfer qty abc": (_transfer(TransferLineInput("L1", "abc", "A-01", "A-02")), "line 1, field qty",
                         "must be a number"),
    "transfer bin with a line break": (_transfer(TransferLineInput("L1", Decimal(1), "A-01", "A-\n02")),
                                       "line 1, field to", ""),
    "transfer date 2026-13-45": (_transfer(date="2026-13-45"), "field date", "not a real date"),
    "transfer line that is not a line": (_transfer(("L1", 1, "A-01", "A-02")), "line 1", "must be a transfer line"),
    "write-off decree of 5000 characters": (_writeoff(decree_ref=LONG), "field decree_ref", "longer than 120"),
    "write-off method of 5000 characters": (_writeoff(method=LONG), "field method", "longer than 200"),
    "write-off reason of 5000 characters": (_writeoff(reason=LONG), "field reason", "longer than 500"),
    "write-off reason blank": (_writeoff(reason="   "), "field reason", "a reason is required"),
    "write-off qty -5": (_writeoff(WriteoffLineInput("L1", Decimal(-5), "A-01")), "line 1, field qty",
                         "must not be negative"),
    "BAST signed by 5000 characters": (_confirm(received_by=LONG), "field received_by", "longer than 120"),
    "BAST place of 5000 characters": (_confirm(place=LONG), "field place", "longer than 200"),
    "BAST date None": (_confirm(date=None), "field date", "is required"),
    "BAST good NaN": (_confirm(ConfirmLineInput("L1", good=Decimal("NaN"))), "line 1, field good", "finite"),
    "BAST line that is not a line": (_confirm({"lot": "L1", "good": 2}), "line 1", "must be a delivery line"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_script_s_bad_value_is_refused_naming_the_field_and_nothing_written(shop, case):
    db, dispatch = shop
    post, where, fragment = CASES[case]
    before = snapshot(db)
    with english():
        with pytest.raises(GudangError) as raised:
            post(db, dispatch)
        message = str(raised.value)
    assert message.startswith(where + ":") and fragment in message, message
    assert snapshot(db) == before


def test_a_count_dated_by_a_text_is_refused_naming_the_date(shop):
    from gudang.services import counts

    db, _ = shop
    before = snapshot(db)
    with english(), pytest.raises(GudangError, match="^field date: must be a date, not str$"):
        counts.start_count(db, ADMIN_ACTOR, ["B-01"], date="2026-11-30")
    assert snapshot(db) == before


def test_what_a_script_gives_is_cleaned_as_a_file_s_is(shop):
    """Spaces around a driver's name and a lot code typed in lower case come out as a file's."""
    db, _ = shop
    posted = _transfer(TransferLineInput(" L1 ", "1", "A-01", "A-02"), driver="  Syafri  ")(db, None)
    from tests.support.builders import scalar

    assert scalar(db, "SELECT driver FROM document WHERE number = :n", {"n": posted.number}) == "Syafri"
    assert [(line.lot, line.qty) for line in posted.lines] == [("L1", Decimal(1))]
    assert posted.date == dates.today() and isinstance(posted.date, dt.date)


def test_reasons_of_a_cancellation_and_a_count_name_their_field(shop):
    from gudang.services import counts
    from tests.support.builders import cancel

    db, dispatch = shop
    before = snapshot(db)
    with english():
        for call, fragment in ((lambda: cancel(db, dispatch, reason=LONG), "longer than 500"),
                               (lambda: cancel(db, dispatch, reason="  "), "a reason is required")):
            with pytest.raises(GudangError) as raised:
                call()
            assert str(raised.value).startswith("field reason:") and fragment in str(raised.value), str(raised.value)
        assert snapshot(db) == before
        started = counts.start_count(db, ADMIN_ACTOR, ["B-01"])
        opened = snapshot(db)
        with pytest.raises(GudangError, match="^field reason: .*longer than 500"):
            counts.post_count(db, ADMIN_ACTOR, started.id, LONG)
        with pytest.raises(GudangError, match="^field reason: .*a reason is required"):
            counts.cancel_count(db, ADMIN_ACTOR, started.id, "")
        assert snapshot(db) == opened
        counts.cancel_count(db, ADMIN_ACTOR, started.id, "uji")
