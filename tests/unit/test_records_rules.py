"""The pieces of issue 9 that need no database: document dates, item decimals, exact storage,
typed amounts with a unit, the line rules shared by services and screens, the work-in-progress
file."""

from __future__ import annotations

import datetime as dt
import os
import stat
from decimal import Decimal

import pytest

from gudang.domain import rules
from gudang.domain.dates import check_document_date
from gudang.domain.errors import InvalidInput, PermissionDenied
from gudang.domain.inputs import IssueLineInput, ReceiptLineInput
from gudang.domain.numbers import parse_amount
from gudang.domain.quantity import check_decimals, item_quantity, to_storage
from tests.support.builders import english

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _english():
    with english():
        yield


def test_document_dates():
    assert check_document_date(TODAY, on=TODAY, days=7, role="petugas", reason="x") is None
    assert check_document_date(TODAY - dt.timedelta(days=7), on=TODAY, days=7, role="petugas", reason=None) is None
    with pytest.raises(InvalidInput, match="field date: 2026-12-01 is in the future"):
        check_document_date(TODAY + dt.timedelta(days=1), on=TODAY, days=7, role="admin", reason="x")
    with pytest.raises(PermissionDenied, match="only the head of warehouse"):
        check_document_date(TODAY - dt.timedelta(days=8), on=TODAY, days=7, role="petugas", reason="x")
    with pytest.raises(InvalidInput, match="field backdate_reason"):
        check_document_date(TODAY - dt.timedelta(days=8), on=TODAY, days=7, role="kepala_gudang", reason=None)
    assert check_document_date(TODAY - dt.timedelta(days=90), on=TODAY, days=7, role="kepala_gudang",
                               reason="listrik padam") == "listrik padam"


@pytest.mark.parametrize("value, decimals, message", [
    ("2.5", 0, "whole units only"), ("1.25", 1, "allows 1"), ("1.255", 2, "allows 2"),
])
def test_decimals_are_refused_never_rounded(value, decimals, message):
    with pytest.raises(InvalidInput, match=message):
        item_quantity(value, decimals)
    assert check_decimals(Decimal("2.50"), 1) == Decimal("2.50")  # 2.5: one decimal
    assert item_quantity("3", 0) == 3


def test_to_storage_refuses_an_inexact_value():
    assert to_storage(Decimal("1.235")) == 1235
    for bad in (Decimal("1.23456"), Decimal("NaN"), Decimal("Infinity")):
        with pytest.raises(InvalidInput):
            to_storage(bad)
    assert to_storage(Decimal("0.000001"), 6) == 1


@pytest.mark.parametrize("text, lang, expected", [
    ("1.500", "id", (Decimal(1500), None)), ("2,5", "id", (Decimal("2.5"), None)),
    ("5 dus", "id", (Decimal(5), "dus")), ("2karung", "id", (Decimal(2), "karung")),
    ("1.500,25 kg", "id", (Decimal("1500.25"), "kg")), ("1,500.25", "en", (Decimal("1500.25"), None)),
])
def test_typed_amounts(text, lang, expected):
    assert parse_amount(text, lang) == expected


@pytest.mark.parametrize("text", ["abc", "1.50", "2.5", "1e400", "NaN", "5 dus 3", "x" * 61])
def test_typed_amounts_refused(text):
    with pytest.raises(InvalidInput):
        parse_amount(text, "id")


MIE = rules.ItemRules("MIE", "bungkus", lot_tracked=True, expiry_required=True, decimals=0,
                      units={"dus": Decimal(40)})


def test_one_set_of_line_rules_for_services_and_screens():
    line = ReceiptLineInput("MIE", Decimal("2.5"), unit="DUS", expiry=TODAY - dt.timedelta(days=1),
                            location="A-01", condition="damaged")
    problems = {e.field: str(e) for e in
                rules.receipt_line_problems(3, line, MIE, date=TODAY, location_kind="storage")}
    assert problems == {
        "qty": "line 3, field qty: 2.5: whole units only",
        "lot": "line 3, field lot: MIE is tracked by lot: the lot is required",
        "expiry": "line 3, field expiry: expiry 2026-11-29 is already past on 2026-11-30",
        "location": "line 3, field location: damaged goods must go to a quarantine location, not A-01"}
    assert rules.line_quantity(1, MIE, Decimal(2), "Dus") == ("dus", Decimal(2), Decimal(80))
    [error] = rules.issue_line_problems(2, IssueLineInput("MIE", Decimal(1), unit="karung"), MIE)
    assert (error.line, error.field, str(error)) == (2, "unit", "line 2, field unit: MIE has no unit karung")
    assert rules.expiry_warning(TODAY, TODAY) and not rules.expiry_warning(TODAY + dt.timedelta(days=1), TODAY)


def test_work_in_progress_file_is_atomic_private_and_per_database(tmp_path):
    from gudang.services.workinprogress import WorkInProgress

    wip = WorkInProgress("receipt", "sqlite:///a.sqlite3", tmp_path)
    other = WorkInProgress("receipt", "sqlite:///b.sqlite3", tmp_path)
    assert wip.load() is None
    wip.save({"donor": "BNPB", "lines": [{"sku": "MIE", "qty": "1.500"}]}, "budi")
    assert stat.S_IMODE(os.stat(wip.path).st_mode) == 0o600
    saved = wip.load()
    assert (saved.lines, saved.user, saved.state["lines"][0]["qty"]) == (1, "budi", "1.500")
    assert other.load() is None  # a training database never offers its lines to the real one
    assert [p.name for p in tmp_path.iterdir()] == [wip.path.name]  # no temporary left behind
    wip.path.write_text("{not json", encoding="utf-8")
    assert wip.load() is None and wip.path.with_suffix(".unreadable").exists()
    wip.save({"lines": []}, "budi")
    assert wip.load() is None  # nothing to offer
    wip.discard()
    assert not wip.path.exists()
