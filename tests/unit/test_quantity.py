"""Quantity parsing: exact decimals, strict refusal of what is not a quantity."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from gudang.domain.errors import InvalidInput
from gudang.domain.quantity import (
    MAX_QUANTITY, from_storage, json_number, normalize, parse_quantity, to_storage,
)


@pytest.mark.parametrize("given_value, expected", [
    (5, Decimal(5)),
    ("5", Decimal(5)),
    (" 12 ", Decimal(12)),
    ("2.5", Decimal("2.5")),
    ("1.2300", Decimal("1.23")),
    ("0.001", Decimal("0.001")),
    ("1_000", Decimal(1000)),
    (1.5, Decimal("1.5")),
    (Decimal("40"), Decimal(40)),
    ("1e3", Decimal(1000)),
    (1_000_000_000, MAX_QUANTITY),
])
def test_accepts_real_quantities(given_value, expected):
    assert parse_quantity(given_value) == expected


@pytest.mark.parametrize("text", ["1000", "100", "40", "1e3", "2500.000"])
def test_whole_quantities_print_without_exponent(text):
    # A UI showing str(qty) must say 1000, never 1E+3.
    assert "E" not in str(parse_quantity(text)).upper()
    assert str(parse_quantity(text)) == str(int(Decimal(text)))


@pytest.mark.parametrize("bad, fragment", [
    ("abc", "must be a number"),
    ("", "must be a number"),
    ("   ", "must be a number"),
    ("0x10", "must be a number"),
    ("1,5", "must be a number"),
    (None, "must be a number"),
    (True, "must be a number"),
    (False, "must be a number"),
    ([1], "must be a number"),
    ({"qty": 1}, "must be a number"),
    ("NaN", "finite"),
    ("Infinity", "finite"),
    (float("nan"), "finite"),
    (float("inf"), "finite"),
    ("-1", "negative"),
    (-3, "negative"),
    ("-0.5", "negative"),
    (0, "greater than zero"),
    ("0", "greater than zero"),
    ("0.000", "greater than zero"),
    ("-0", "greater than zero"),
    ("1e12", "too large"),
    (10**12, "too large"),
    (1_000_000_001, "too large"),
    ("9" * 41, "must be a number"),
    ("0.0001", "decimal places"),
    ("1.2345", "decimal places"),
])
def test_refuses_what_is_not_a_quantity(bad, fragment):
    with pytest.raises(InvalidInput) as raised:
        parse_quantity(bad)
    assert fragment in raised.value.message_id
    assert "\n" not in str(raised.value)


def test_zero_only_when_allowed():
    assert parse_quantity(0, allow_zero=True) == 0
    assert parse_quantity("0.000", allow_zero=True) == 0
    with pytest.raises(InvalidInput):
        parse_quantity("-1", allow_zero=True)


def test_error_messages_show_the_value_on_one_line():
    with pytest.raises(InvalidInput) as raised:
        parse_quantity("12\nabc")
    assert "\n" not in str(raised.value)
    assert "12" in str(raised.value)


@given(st.decimals(min_value=Decimal("0.001"), max_value=MAX_QUANTITY, places=3))
def test_storage_round_trip_is_exact(value):
    parsed = parse_quantity(value)
    assert parsed == value
    stored = to_storage(parsed)
    assert isinstance(stored, int)
    assert from_storage(stored) == value


@given(st.decimals(min_value=Decimal("0.001"), max_value=MAX_QUANTITY, places=3))
def test_string_round_trip(value):
    assert parse_quantity(str(value)) == value
    assert parse_quantity(str(normalize(value))) == value


def test_normalize_and_json_number():
    assert str(normalize(Decimal("1E+2"))) == "100"
    assert str(normalize(Decimal("2.500"))) == "2.5"
    assert json_number(Decimal("2.500")) == 2.5
    assert json_number(Decimal("1E+3")) == 1000
    assert isinstance(json_number(Decimal("1E+3")), int)
    assert from_storage(None) == 0
    assert from_storage(1500) == Decimal("1.5")
    assert to_storage(Decimal("0.001")) == 1
