import pytest

from gudang.domain.barcodes import (
    ean_symbol_for, gtin_for_display, is_valid_gtin, is_valid_sscc, mod10_check_digit,
    normalize_gtin, with_check_digit,
)
from gudang.domain.errors import InvalidInput


@pytest.fixture(autouse=True)
def english_messages():
    """Assert on the English message ids; Indonesian is checked separately."""
    from gudang.i18n import set_language
    set_language("en")
    yield
    set_language("id")


@pytest.mark.parametrize(
    "body,digit",
    [("590123412345", "7"), ("400638133393", "1"), ("9501101530", "0")[:0] or ("950110153000", "3"),
     ("9638507", "4"), ("0001234560001", "2"), ("00614141123456789", "0"), ("03600029145", "2")],
)
def test_check_digit(body, digit):
    assert mod10_check_digit(body) == digit


@pytest.mark.parametrize(
    "code", ["5901234123457", "4006381333931", "96385074", "036000291452", "09501101530003",
             "0950 1101 5300 03", "8992761002112"[:0] or "8991002105409"])
def test_valid(code):
    assert is_valid_gtin(code)


@pytest.mark.parametrize(
    "code", ["5901234123458", "4006381333932", "96385075", "123", "", "59012341234570",
             "ABCDEFGHIJKLM", "590123412345７", "1234567890123456"])
def test_invalid(code):
    assert not is_valid_gtin(code)


def test_normalize_and_display():
    assert normalize_gtin("5901234123457") == "05901234123457"
    assert normalize_gtin("96385074") == "00000096385074"
    assert normalize_gtin("036000291452") == "00036000291452"
    assert gtin_for_display("05901234123457") == "5901234123457"
    assert gtin_for_display("00000096385074") == "96385074"
    assert gtin_for_display("00036000291452") == "036000291452"
    with pytest.raises(InvalidInput, match="expected 7"):
        normalize_gtin("5901234123450")
    with pytest.raises(InvalidInput, match="digits only"):
        normalize_gtin("59O1234123457")
    with pytest.raises(InvalidInput, match="8, 12, 13 or 14"):
        normalize_gtin("12345")


def test_symbol_choice_and_sscc():
    assert ean_symbol_for("5901234123457") == ("ean13", "5901234123457")
    assert ean_symbol_for("036000291452") == ("ean13", "0036000291452")
    assert ean_symbol_for("96385074") == ("ean8", "96385074")
    assert ean_symbol_for("10614141000415") is None  # indicator digit 1: ITF-14, not EAN
    assert ean_symbol_for("SKU-001") is None
    assert with_check_digit("590123412345") == "5901234123457"
    assert is_valid_sscc("106141411234567897")
    assert not is_valid_sscc("106141411234567898")
