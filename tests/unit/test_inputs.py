"""Parsing receipt and issue files: every problem names the line and field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain.dates import parse_date
from gudang.domain.errors import InvalidInput
from gudang.domain.inputs import clean_code, clean_text, issue_from_json, receipt_from_json, where_line
from tests.support.builders import english


@pytest.fixture(autouse=True)
def _english():
    with english():
        yield


def receipt(**lines_override):
    line = {"sku": "BRS-01", "qty": 10, "lot": "A1", "expiry": "2027-01-31", "location": "A-01"}
    line.update(lines_override)
    return {"date": "2026-11-27", "donor": "BNPB", "lines": [dict(line)]}


def test_good_receipt_parsed_to_exact_values():
    data = receipt(qty="12.5")
    data["lines"].append({"sku": "TKR", "qty": 3, "condition": "damaged"})
    parsed = receipt_from_json(data)
    assert parsed.date == dt.date(2026, 11, 27)
    assert parsed.donor == "BNPB"
    assert parsed.lines[0].qty == Decimal("12.5")
    assert parsed.lines[0].expiry == dt.date(2027, 1, 31)
    assert parsed.lines[1].condition == "damaged"
    assert parsed.lines[1].lot is None and parsed.lines[1].expiry is None


@pytest.mark.parametrize("field, value, fragment", [
    ("qty", 0, "greater than zero"),
    ("qty", -5, "negative"),
    ("qty", "abc", "must be a number"),
    ("qty", Decimal("1E+12"), "too large"),
    ("qty", None, "required"),
    ("sku", "", "required"),
    ("sku", "a\x00b", "control characters"),
    ("expiry", "2026-02-30", "not a real date"),
    ("expiry", "31/01/2027", "must look like"),
    ("condition", "wet", "must be one of"),
])
def test_bad_receipt_line_names_line_and_field(field, value, fragment):
    data = receipt()
    data["lines"].insert(0, dict(data["lines"][0]))  # a good first line
    data["lines"][1][field] = value
    with pytest.raises(InvalidInput) as raised:
        receipt_from_json(data)
    message = str(raised.value)
    assert message.startswith(f"line 2, field {field}: "), message
    assert fragment in message
    assert raised.value.where == where_line(2, field)


@pytest.mark.parametrize("mutate, where", [
    (lambda d: d.update(date="2026-02-30"), "field date"),
    (lambda d: d.update(date="kemarin"), "field date"),
    (lambda d: d.pop("donor"), "field donor"),
    (lambda d: d.update(lines=[]), "field lines"),
    (lambda d: d.update(lines="x"), "field lines"),
    (lambda d: d.update(lines=[1]), "line 1"),
])
def test_bad_receipt_header(mutate, where):
    data = receipt()
    mutate(data)
    with pytest.raises(InvalidInput) as raised:
        receipt_from_json(data)
    assert str(raised.value).startswith(where + ":"), str(raised.value)


def test_unknown_fields_refused_rather_than_ignored():
    with pytest.raises(InvalidInput, match="unknown field qtty"):
        receipt_from_json({**receipt(), "lines": [{"sku": "X", "qtty": 1}]})
    with pytest.raises(InvalidInput, match="unknown field colour"):
        receipt_from_json({**receipt(), "colour": "red"})
    with pytest.raises(InvalidInput, match="JSON object"):
        receipt_from_json([receipt()])


def test_issue_parsing():
    parsed = issue_from_json({"date": "2026-11-27", "recipient": "POSKO-1", "vehicle": "BM 1234 XY",
                              "lines": [{"sku": "BRS", "qty": "4"}, {"sku": "MIE", "qty": 2, "lot": "L9"}]})
    assert [(l.sku, l.qty, l.lot) for l in parsed.lines] == [("BRS", 4, None), ("MIE", 2, "L9")]
    assert parsed.vehicle == "BM 1234 XY"
    with pytest.raises(InvalidInput) as raised:
        issue_from_json({"date": "2026-11-27", "recipient": "P", "lines": [{"sku": "A", "qty": 1},
                                                                           {"sku": "B", "qty": "abc"}]})
    assert str(raised.value).startswith("line 2, field qty:")
    with pytest.raises(InvalidInput) as raised:
        issue_from_json({"date": "2026-11-27", "lines": [{"sku": "A", "qty": 1}]})
    assert str(raised.value).startswith("field recipient:")


@pytest.mark.parametrize("value", ["2026-02-30", "2026-13-01", "2025-02-29", "1999-12-31", "2101-01-01",
                                   "2026-1-5", "", 20261127, None])
def test_impossible_dates_refused(value):
    with pytest.raises(InvalidInput):
        parse_date(value)


def test_real_dates():
    assert parse_date("2028-02-29") == dt.date(2028, 2, 29)
    assert parse_date(" 2026-11-27 ") == dt.date(2026, 11, 27)
    assert parse_date(dt.datetime(2026, 1, 2, 3, 4)) == dt.date(2026, 1, 2)


def test_texts_and_codes():
    assert clean_code(" A-01 ") == "A-01"
    assert clean_code(123) == "123"
    for bad in ("", "   ", "a\nb", "x" * 41, None):
        with pytest.raises(InvalidInput):
            clean_code(bad)
    assert clean_text("two\nlines", multiline=True) == "two\nlines"
    with pytest.raises(InvalidInput):
        clean_text("bell\x07", multiline=True)


def test_common_other_names_of_fields_are_understood():
    from gudang.domain.inputs import issue_from_json, receipt_from_json

    receipt = receipt_from_json({"date": "2026-11-27", "donor": "BNPB", "driver": "Budi",
                                 "lines": [{"item": "BRS", "quantity": 5, "bin": "A-01"}]})
    assert (receipt.deliverer, receipt.lines[0].sku, receipt.lines[0].qty, receipt.lines[0].location) == \
        ("Budi", "BRS", 5, "A-01")
    issue = issue_from_json({"date": "2026-11-27", "recipient": "P1", "request": "R-7", "driver": "Budi",
                             "lines": [{"sku": "BRS", "quantity": 2}]})
    assert (issue.request, issue.reference, issue.driver, issue.lines[0].qty) == ("R-7", None, "Budi", 2)
    assert issue_from_json({"date": "2026-11-27", "recipient": "P1", "request_reference": "S-1",
                            "lines": [{"sku": "BRS", "qty": 2}]}).reference == "S-1"
