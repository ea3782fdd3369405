"""Indonesian number words (terbilang), day and month names, date texts.

`terbilang(2026)` -> "dua ribu dua puluh enam". Decimals are read digit by
digit after "koma", as Indonesian offices write them on berita acara:
`terbilang(Decimal("2.25"))` -> "dua koma dua lima".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from gudang.domain.errors import InvalidInput

_UNITS = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)
# Scale words, from the largest; Indonesian uses the short scale.
_SCALES = (
    (10**15, "kuadriliun"),
    (10**12, "triliun"),
    (10**9, "miliar"),
    (10**6, "juta"),
    (10**3, "ribu"),
)
MAX_TERBILANG = 10**18 - 1

HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # date.weekday()
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
BULAN_SINGKAT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTHS_EN_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _below_thousand(n: int) -> str:
    """Words for 1..999 (never 'nol')."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words.append(f"{_UNITS[hundreds]} ratus")
    if rest:
        if rest < 12:
            words.append(_UNITS[rest])
        elif rest < 20:
            words.append(f"{_UNITS[rest - 10]} belas")
        else:
            tens, ones = divmod(rest, 10)
            words.append(f"{_UNITS[tens]} puluh")
            if ones:
                words.append(_UNITS[ones])
    return " ".join(words)


def _integer_words(n: int) -> str:
    if n == 0:
        return "nol"
    words: list[str] = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            if count == 1 and scale == 1000:
                words.append("seribu")  # 1000 is "seribu", but 1,000,000 is "satu juta"
            else:
                words.append(f"{_integer_words(count)} {name}")
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def terbilang(value: int | Decimal | str) -> str:
    """Indonesian words for a number (integers up to 10^18-1, decimals with 'koma')."""
    if isinstance(value, bool) or isinstance(value, float):
        raise InvalidInput("Cannot spell out {value}: use an integer or a decimal", value=value)
    try:
        number = Decimal(value) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise InvalidInput("Cannot spell out {value}: not a number", value=value) from None
    if not number.is_finite():
        raise InvalidInput("Cannot spell out {value}: not a number", value=value)
    sign, digits, exponent = number.as_tuple()
    text_digits = "".join(map(str, digits))
    if exponent >= 0:
        integer_part, fraction = int(text_digits) * 10**exponent, ""
    else:
        cut = len(text_digits) + exponent
        integer_part = int(text_digits[:cut] or "0")
        fraction = text_digits[cut:].rjust(-exponent, "0").rstrip("0")
    if integer_part > MAX_TERBILANG:
        raise InvalidInput("Cannot spell out {value}: too large", value=value)
    words = _integer_words(integer_part)
    if fraction:
        words += " koma " + " ".join(_UNITS[int(d)] for d in fraction)
    if sign and (integer_part or fraction):
        words = "minus " + words
    return words


def hari(date: dt.date, lang: str = "id") -> str:
    """Day name: Senin..Minggu (or Monday..Sunday)."""
    return (DAYS_EN if lang == "en" else HARI)[date.weekday()]


def bulan(month: int, lang: str = "id") -> str:
    """Month name: Januari..Desember (or January..December)."""
    return (MONTHS_EN if lang == "en" else BULAN)[month - 1]


def roman_month(month: int) -> str:
    return ROMAN_MONTHS[month - 1]


def format_date(date: dt.date | None, lang: str = "id") -> str:
    """'27 November 2026' (Indonesian and English alike, month name per language)."""
    if date is None:
        return ""
    return f"{date.day} {bulan(date.month, lang)} {date.year}"


def format_date_short(date: dt.date | None, lang: str = "id") -> str:
    """'31 Des 2026' / '31 Dec 2026': compact and unambiguous, for tables and labels."""
    if date is None:
        return ""
    months = MONTHS_EN_SHORT if lang == "en" else BULAN_SINGKAT
    return f"{date.day:02d} {months[date.month - 1]} {date.year}"


class TanggalTerbilang(NamedTuple):
    """The pieces of "Pada hari ini <hari> tanggal <tanggal> bulan <bulan> tahun <tahun>"."""

    hari: str  # "Jumat"
    tanggal: str  # "dua puluh tujuh"
    bulan: str  # "November"
    tahun: str  # "dua ribu dua puluh enam"

    @property
    def kalimat(self) -> str:
        return (
            f"Pada hari ini {self.hari} tanggal {self.tanggal} bulan {self.bulan} "
            f"tahun {self.tahun}"
        )

    def __str__(self) -> str:
        return self.kalimat


def tanggal_terbilang(date: dt.date) -> TanggalTerbilang:
    """Date in words as berita acara open: see TanggalTerbilang.kalimat."""
    return TanggalTerbilang(
        hari=HARI[date.weekday()],
        tanggal=terbilang(date.day),
        bulan=BULAN[date.month - 1],
        tahun=terbilang(date.year),
    )
