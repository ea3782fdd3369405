"""Typed numbers read the way an Indonesian (or English) clerk writes them."""

from decimal import Decimal

import pytest

from gudang.domain.errors import InvalidInput
from gudang.domain.numbers import format_decimal, parse_decimal


@pytest.mark.parametrize("text, value", [
    ("1.500", "1500"), ("2,5", "2.5"), ("1.500,25", "1500.25"), ("1500", "1500"),
    ("1.000.000", "1000000"), (" 12 ", "12"), ("0,001", "0.001"), (",5", "0.5"),
    ("-3", "-3"), ("1\u00a0500", "1500"),
])
def test_indonesian_notation(text, value):
    assert parse_decimal(text, "id") == Decimal(value)


@pytest.mark.parametrize("text, value", [
    ("1,500", "1500"), ("2.5", "2.5"), ("1,500.25", "1500.25"), ("1,000,000", "1000000"),
])
def test_english_notation(text, value):
    assert parse_decimal(text, "en") == Decimal(value)


@pytest.mark.parametrize("text", ["abc", "", "1.50", "1..5", "2,5,1", "5,", "1.500,2.5", "1e3", "NaN",
                                  "Infinity", "5 dus", "--1", "1" * 41])
def test_refused_in_indonesian(text):
    with pytest.raises(InvalidInput):
        parse_decimal(text, "id")


def test_the_other_languages_decimal_point_says_how_to_write_it():
    with pytest.raises(InvalidInput) as error:
        parse_decimal("2.5", "id")
    assert "2,5" in error.value.message


@pytest.mark.parametrize("value, places, lang, text", [
    (Decimal("1500.25"), None, "id", "1.500,25"), (Decimal("1500.25"), None, "en", "1,500.25"),
    (Decimal("1000000"), None, "id", "1.000.000"), (Decimal("2.50"), None, "id", "2,5"),
    (Decimal("2.5"), 2, "id", "2,50"), (0, None, "id", "0"), (None, None, "id", ""),
    # whole numbers take a shorter way: the same texts
    (Decimal("1500.000"), None, "id", "1.500"), (Decimal("1E+3"), None, "en", "1,000"), (Decimal("-0"), None, "id", "0"),
    (-1234567, None, "id", "-1.234.567"), (Decimal("-1234567.000"), None, "en", "-1,234,567"),
    (Decimal("1E+21"), None, "id", "1" + ".000" * 7), (10 ** 21, None, "en", "1" + ",000" * 7),
])
def test_format(value, places, lang, text):
    assert format_decimal(value, places, lang) == text


def test_a_huge_number_typed_is_still_written_out():
    """A quantity of "1E+5000" in a file is refused by a message that shows it: formatting it
    must not fail on Python's limit of 4,300 digits for int() to text."""
    assert format_decimal(Decimal("1E+5000"), None, "id").replace(".", "") == "1" + "0" * 5000


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("value", ["0.001", "1500", "1234567.891", "999", "1000"])
def test_formatted_numbers_read_back(lang, value):
    assert parse_decimal(format_decimal(Decimal(value), lang=lang), lang) == Decimal(value)


@pytest.mark.parametrize("text, value", [
    ("1500", "1500"), ("2,5", "2.5"), ("0,9", "0.9"), ("1.5", "1.5"), ("1.500,25", "1500.25"),
    ("1,500.25", "1500.25"), ("1.000.000", "1000000"), ("1,000,000", "1000000"), (" 25 ", "25"), ("2,50", "2.5"),
])
def test_a_number_written_in_a_file_is_read_when_only_one_reading_is_possible(text, value):
    from gudang.domain.numbers import parse_written

    assert parse_written(text) == Decimal(value)


@pytest.mark.parametrize("text, readings", [
    ("1.500", ("1500", "1,5")), ("1,500", ("1500", "1,5")), ("12.345", ("12345", "12,345")), ("2.000", ("2000", "2")),
])
def test_a_number_that_reads_two_ways_is_refused_naming_both(text, readings):
    """"1.500" in an Indonesian spreadsheet is fifteen hundred; with a decimal point it is one
    and a half. Neither is guessed: the message says how to write each."""
    from gudang.domain.numbers import parse_written
    from gudang.i18n import get_language, set_language

    before = get_language()
    set_language("id")
    try:
        with pytest.raises(InvalidInput) as raised:
            parse_written(text)
        assert raised.value.message == f"{text} bisa dibaca dua cara: tulis {readings[0]} atau {readings[1]}"
    finally:
        set_language(before)


def test_a_written_number_that_is_none_is_refused():
    from gudang.domain.numbers import parse_written

    for text in ("abc", "", "1..5", "1e3", "2,5,1"):
        with pytest.raises(InvalidInput):
            parse_written(text)
