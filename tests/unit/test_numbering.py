"""Document numbers: `{seq:03d}/{code}/{agency}/{month:roman}/{year}`."""

from __future__ import annotations

import datetime as dt

import pytest

from gudang.domain.errors import InvalidInput
from gudang.domain.numbering import DEFAULT_CODES, DEFAULT_PATTERN, format_number, roman, validate_pattern

MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_in_roman(month):
    assert roman(month) == MONTHS[month - 1]
    number = format_number(DEFAULT_PATTERN, seq=1, code="SJ", agency="BPBD-KPR", date=dt.date(2026, month, 15))
    assert number == f"001/SJ/BPBD-KPR/{MONTHS[month - 1]}/2026"


def test_design_example():
    assert format_number(DEFAULT_PATTERN, seq=14, code="SJ", agency="BPBD-KPR",
                         date=dt.date(2026, 11, 27)) == "014/SJ/BPBD-KPR/XI/2026"


@pytest.mark.parametrize("seq, text", [(1, "001"), (99, "099"), (999, "999"), (1000, "1000"), (12345, "12345")])
def test_sequence_is_padded_to_three_digits_and_grows_beyond(seq, text):
    assert format_number(DEFAULT_PATTERN, seq=seq, code="BAP", agency="A", date=dt.date(2026, 1, 1)) \
        == f"{text}/BAP/A/I/2026"


def test_year_roll_over_changes_year_and_month():
    dec = format_number(DEFAULT_PATTERN, seq=250, code="SJ", agency="BPBD-KPR", date=dt.date(2026, 12, 31))
    jan = format_number(DEFAULT_PATTERN, seq=1, code="SJ", agency="BPBD-KPR", date=dt.date(2027, 1, 1))
    assert (dec, jan) == ("250/SJ/BPBD-KPR/XII/2026", "001/SJ/BPBD-KPR/I/2027")


@pytest.mark.parametrize("value, text", [(4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (90, "XC"),
                                         (1994, "MCMXCIV"), (2026, "MMXXVI"), (3999, "MMMCMXCIX")])
def test_roman_numerals(value, text):
    assert roman(value) == text


@pytest.mark.parametrize("value", [0, -1, 4000])
def test_roman_refuses_out_of_range(value):
    with pytest.raises(ValueError):
        roman(value)


def test_codes_of_the_design():
    assert DEFAULT_CODES["issue"] == "SJ"
    assert DEFAULT_CODES["receipt"] == "BAP"
    assert DEFAULT_CODES["reversal"] == "BTL"
    for doc_type, code in {"transfer": "MUT", "count": "SO", "adjustment": "PNY", "writeoff": "PH"}.items():
        assert DEFAULT_CODES[doc_type] == code


def test_custom_patterns():
    date = dt.date(2026, 3, 5)
    assert format_number("{code}-{year}-{month:02d}-{seq:05d}", seq=7, code="SJ", agency="X", date=date) \
        == "SJ-2026-03-00007"
    assert validate_pattern("{seq}/{code}") == "{seq}/{code}"
    with pytest.raises(InvalidInput):
        validate_pattern("{code}/{year}")  # no sequence: numbers would repeat
    with pytest.raises(InvalidInput):
        validate_pattern("{seq}/{colour}")
