import datetime as dt
from decimal import Decimal

import pytest

from gudang.domain.errors import InvalidInput
from gudang.domain.terbilang import (
    format_date, format_date_short, hari, roman_month, tanggal_terbilang, terbilang,
)

CASES = {
    0: "nol", 1: "satu", 2: "dua", 9: "sembilan", 10: "sepuluh", 11: "sebelas",
    12: "dua belas", 15: "lima belas", 19: "sembilan belas", 20: "dua puluh",
    21: "dua puluh satu", 27: "dua puluh tujuh", 99: "sembilan puluh sembilan",
    100: "seratus", 101: "seratus satu", 110: "seratus sepuluh", 111: "seratus sebelas",
    112: "seratus dua belas", 200: "dua ratus", 999: "sembilan ratus sembilan puluh sembilan",
    1000: "seribu", 1001: "seribu satu", 1011: "seribu sebelas", 1100: "seribu seratus",
    1999: "seribu sembilan ratus sembilan puluh sembilan", 2000: "dua ribu",
    2026: "dua ribu dua puluh enam", 10_000: "sepuluh ribu", 11_000: "sebelas ribu",
    12_500: "dua belas ribu lima ratus", 100_000: "seratus ribu", 101_000: "seratus satu ribu",
    111_111: "seratus sebelas ribu seratus sebelas", 1_000_000: "satu juta",
    1_001_000: "satu juta seribu", 1_000_001: "satu juta satu", 2_500_000: "dua juta lima ratus ribu",
    100_000_000: "seratus juta", 1_000_000_000: "satu miliar",
    1_234_567_890: "satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh ribu "
                   "delapan ratus sembilan puluh",
    1_000_000_000_000: "satu triliun", 1_000_000_000_000_000: "satu kuadriliun",
}


@pytest.mark.parametrize("number,words", sorted(CASES.items()))
def test_integers(number, words):
    assert terbilang(number) == words


@pytest.mark.parametrize(
    "value,words",
    [
        (Decimal("2.5"), "dua koma lima"),
        (Decimal("0.75"), "nol koma tujuh lima"),
        ("12.05", "dua belas koma nol lima"),
        (Decimal("10.000"), "sepuluh"),
        (Decimal("-3"), "minus tiga"),
        (Decimal("1E+3"), "seribu"),
        ("-0", "nol"),
    ],
)
def test_decimals_and_strings(value, words):
    assert terbilang(value) == words


@pytest.mark.parametrize("bad", [1.5, "abc", Decimal("NaN"), 10**18, True])
def test_rejects(bad):
    with pytest.raises(InvalidInput):
        terbilang(bad)


def test_day_and_month_names():
    assert [hari(dt.date(2026, 11, 23) + dt.timedelta(days=i)) for i in range(7)] == [
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    assert hari(dt.date(2026, 11, 27), "en") == "Friday"
    assert format_date(dt.date(2026, 11, 27)) == "27 November 2026"
    assert format_date(dt.date(2026, 8, 17)) == "17 Agustus 2026"
    assert format_date(dt.date(2026, 8, 17), "en") == "17 August 2026"
    assert format_date(dt.date(2026, 2, 1), "en") == "1 February 2026"
    assert format_date_short(dt.date(2026, 12, 31)) == "31 Des 2026"
    assert format_date_short(dt.date(2026, 5, 3), "en") == "03 May 2026"
    assert format_date(None) == ""
    assert roman_month(11) == "XI" and roman_month(4) == "IV"


def test_tanggal_terbilang():
    words = tanggal_terbilang(dt.date(2026, 11, 27))
    assert words.hari == "Jumat"
    assert words.tanggal == "dua puluh tujuh"
    assert words.bulan == "November"
    assert words.tahun == "dua ribu dua puluh enam"
    assert str(words) == ("Pada hari ini Jumat tanggal dua puluh tujuh bulan November "
                          "tahun dua ribu dua puluh enam")
    assert tanggal_terbilang(dt.date(2027, 1, 11)).kalimat == (
        "Pada hari ini Senin tanggal sebelas bulan Januari tahun dua ribu dua puluh tujuh")
