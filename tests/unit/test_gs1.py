import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain.errors import InvalidInput
from gudang.domain.gs1 import (
    GS, gs1_century_year, looks_like_gs1, parse_gs1, parse_gs1_date, to_element_string,
)

TODAY = dt.date(2026, 11, 27)
GTIN = "09501101530003"


@pytest.fixture(autouse=True)
def english_messages():
    """Assert on the English message ids; Indonesian is checked separately."""
    from gudang.i18n import set_language
    set_language("en")
    yield
    set_language("id")


def parse(text, today=TODAY):
    return parse_gs1(text, today=today)


def test_gtin_expiry_lot_last_field_needs_no_separator():
    data = parse("01" + GTIN + "17261231" + "10ABC123")
    assert data.gtin == GTIN
    assert data.expiry == dt.date(2026, 12, 31)
    assert data.lot == "ABC123"
    assert data.item_gtin == GTIN
    assert list(data.ais) == ["01", "17", "10"]


def test_variable_field_ends_at_gs():
    data = parse("01" + GTIN + "10LOT-7" + GS + "17270630" + "21SN99")
    assert data.lot == "LOT-7"
    assert data.expiry == dt.date(2027, 6, 30)
    assert data.serial == "SN99"


def test_missing_gs_after_variable_field_swallows_following_digits():
    # Without FNC1 the scanner cannot know where the lot ends: the spec says it
    # runs to the end, so the expiry becomes part of the lot (documented behaviour).
    data = parse("01" + GTIN + "10ABC17261231")
    assert data.lot == "ABC17261231"
    assert data.expiry is None


def test_variable_too_long_because_gs_missing():
    with pytest.raises(InvalidInput, match=r"\(10\).*too long.*GS separator"):
        parse("01" + GTIN + "10ABCDEFGHIJ" + "17261231" + "21SERIAL0001")


@pytest.mark.parametrize("prefix,name", [("]C1", "GS1-128"), ("]e0", "GS1 DataBar"),
                                         ("]d2", "GS1 DataMatrix"), ("]Q3", "GS1 QR Code")])
def test_symbology_identifiers(prefix, name):
    data = parse(prefix + "01" + GTIN + "10L1" + GS + "3712")
    assert data.symbology == name
    assert data.gtin == GTIN and data.lot == "L1" and data.count == Decimal(12)


def test_leading_fnc1_and_trailing_enter():
    data = parse(GS + "01" + GTIN + "17261231\r\n")
    assert data.gtin == GTIN and data.expiry == dt.date(2026, 12, 31)


def test_non_gs1_symbology_refused():
    with pytest.raises(InvalidInput, match="Not a GS1 barcode"):
        parse("]C0L00000123")


def test_human_readable_form():
    data = parse("(01)09501101530003(17)261231(10)ABC")
    assert (data.gtin, data.expiry, data.lot) == (GTIN, dt.date(2026, 12, 31), "ABC")


def test_human_readable_errors():
    assert parse("(01)09501101530003(99)X").ais["99"] == "X"  # company internal: kept, never refused
    with pytest.raises(InvalidInput, match=r"\(17\).*truncated"):
        parse("(01)09501101530003(17)2612")
    with pytest.raises(InvalidInput, match=r"\(01\).*too long"):
        parse("(01)095011015300031")


def test_sscc_content_and_counts():
    data = parse("00106141411234567897" + "02" + GTIN + "37" + "48" + GS + "10B2")
    assert data.sscc == "106141411234567897"
    assert data.content_gtin == GTIN and data.gtin is None
    assert data.item_gtin == GTIN
    assert data.count == Decimal(48)
    assert data.lot == "B2"


def test_count_ai_30_and_37_precedence():
    assert parse("01" + GTIN + "30150").count == Decimal(150)
    assert parse("01" + GTIN + "3712" + GS + "305").count == Decimal(12)
    with pytest.raises(InvalidInput, match=r"\(37\).*too long"):
        parse("01" + GTIN + "37123456789")
    with pytest.raises(InvalidInput, match=r"\(37\).*digits only"):
        parse("01" + GTIN + "3712A")


def test_production_best_before_and_weight():
    data = parse("01" + GTIN + "11260115" + "15270115" + "3102001250")
    assert data.production_date == dt.date(2026, 1, 15)
    assert data.best_before == dt.date(2027, 1, 15)
    assert data.net_weight_kg == Decimal("12.50")


@pytest.mark.parametrize(
    "value,expected",
    [("261100", dt.date(2026, 11, 30)), ("260200", dt.date(2026, 2, 28)),
     ("280200", dt.date(2028, 2, 29)), ("280229", dt.date(2028, 2, 29)),
     ("261200", dt.date(2026, 12, 31)), ("270400", dt.date(2027, 4, 30))],
)
def test_day_zero_and_leap_years(value, expected):
    assert parse("01" + GTIN + "17" + value).expiry == expected


@pytest.mark.parametrize("value,problem", [("260229", "28 days"), ("270229", "28 days"),
                                           ("261301", "month 13"), ("260431", "30 days"),
                                           ("260000", "month 0")])
def test_impossible_dates(value, problem):
    with pytest.raises(InvalidInput, match=rf"Impossible date {value}.*{problem}"):
        parse("01" + GTIN + "17" + value)


def test_century_sliding_window():
    today = dt.date(2026, 11, 27)
    assert gs1_century_year(26, today) == 2026
    assert gs1_century_year(76, today) == 2076  # +50 stays in this century
    assert gs1_century_year(77, today) == 1977  # +51 -> previous century
    assert gs1_century_year(99, today) == 1999
    assert gs1_century_year(0, today) == 2000
    assert gs1_century_year(80, dt.date(2049, 1, 1)) == 2080
    assert gs1_century_year(10, dt.date(2060, 1, 1)) == 2110  # -50 -> next century
    assert gs1_century_year(11, dt.date(2060, 1, 1)) == 2011
    assert parse_gs1_date("991231", today=today) == dt.date(1999, 12, 31)


def test_check_digit_errors():
    with pytest.raises(InvalidInput, match=r"Check digit.*\(01\).*expected 3"):
        parse("0109501101530004" + "10A")
    with pytest.raises(InvalidInput, match=r"Check digit.*\(00\)"):
        parse("00106141411234567898")
    with pytest.raises(InvalidInput, match=r"Check digit.*\(02\)"):
        parse("0209501101530009")


def test_truncated_and_unknown():
    with pytest.raises(InvalidInput, match=r"\(01\) GTIN is truncated: 10 of 14"):
        parse("010950110153")
    with pytest.raises(InvalidInput, match=r"\(17\).*truncated"):
        parse("01" + GTIN + "172612" + GS + "10A")
    # Unknown or unreadable parts outside the fields Gudang books never abort a scan.
    assert parse("01" + GTIN + "99XYZ").ais["99"] == "XYZ"
    data = parse("01" + GTIN + "AB")
    assert data.gtin == GTIN and data.unread == ("AB",)
    with pytest.raises(InvalidInput, match="no field can be read"):
        parse("ABCDEF" + GS + "XY")
    with pytest.raises(InvalidInput, match=r"\(10\).*empty"):
        parse("01" + GTIN + "10" + GS + "17261231")
    with pytest.raises(InvalidInput, match="empty"):
        parse("")
    with pytest.raises(InvalidInput, match="empty"):
        parse("]C1")


def test_lot_character_set_and_duplicates():
    with pytest.raises(InvalidInput, match="not allowed"):
        parse("01" + GTIN + "10AB C")
    with pytest.raises(InvalidInput, match="twice"):
        parse("01" + GTIN + "10A" + GS + "10B")
    assert parse("01" + GTIN + "10A" + GS + "10A").lot == "A"


def test_error_message_is_translated_to_indonesian():
    from gudang.i18n import set_language
    set_language("id")
    with pytest.raises(InvalidInput) as info:
        parse("0109501101530004")
    assert info.value.message == (
        "Digit pemeriksa isian GS1 (01) GTIN 09501101530004 salah (seharusnya 3)")


def test_round_trip_element_string():
    ais = {"01": GTIN, "10": "LOT/1", "17": "270300", "21": "S1"}
    raw = to_element_string(ais)
    assert raw == "01" + GTIN + "10LOT/1" + GS + "17270300" + "21S1"
    assert dict(parse(raw).ais) == ais
    human = to_element_string(ais, human=True)
    assert dict(parse(human).ais) == ais
    assert looks_like_gs1(human) and looks_like_gs1("]d2" + raw) and not looks_like_gs1("L00000123")


# Real pharmaceutical and food cartons carry AIs the first parser did not know.
UNUSUAL = {
    "91 company internal": ("01" + GTIN + "10L7" + GS + "91ABC-1", {"91": "ABC-1"}),
    "92-99 company internal": ("01" + GTIN + "92X" + GS + "93Y" + GS + "99Z", {"92": "X", "93": "Y", "99": "Z"}),
    "240 additional id": ("01" + GTIN + "240PART-9" + GS + "17270131", {"240": "PART-9"}),
    "7007 harvest date": ("01" + GTIN + "7007261120" + GS + "10L7", {"7007": "261120"}),
    "8008 production time": ("01" + GTIN + "80082611201430" + GS + "17270131", {"8008": "2611201430"}),
    "3922 price": ("01" + GTIN + "392215000" + GS + "10L7", {"3922": "15000"}),
    "human form": ("(01)" + GTIN + "(17)270131(10)L7(91)ABC(240)X(7007)261120(8008)2611201430(3922)15000",
                   {"91": "ABC", "240": "X", "7007": "261120", "8008": "2611201430", "3922": "15000"}),
}


@pytest.mark.parametrize("case", list(UNUSUAL))
def test_unusual_ais_fill_what_they_can(case):
    text, extra = UNUSUAL[case]
    for prefix in ("", "]d2", "]C1"):
        if prefix and text.startswith("("):
            continue
        data = parse(prefix + text)
        assert data.gtin == GTIN
        for ai, value in extra.items():
            assert data.ais[ai] == value
        assert data.unread == ()


def test_an_unreadable_unusual_field_is_set_aside_not_fatal():
    # 8008 needs 8, 10 or 12 digits: a broken one is set aside; the GTIN, lot and expiry stand.
    data = parse("01" + GTIN + "10L7" + GS + "8008261120143" + GS + "17270131")
    assert (data.gtin, data.lot, data.expiry) == (GTIN, "L7", dt.date(2027, 1, 31))
    assert data.ais["8008"] == "26112014" and data.unread == ("3",)
    data = parse("(01)" + GTIN + "(7007)2611" + "(10)L7")
    assert (data.gtin, data.lot) == (GTIN, "L7") and data.unread == ("(7007)2611",)
