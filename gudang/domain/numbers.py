"""Numbers as people type and read them: the one parser and formatter for every screen,
table and document.

Indonesian writes 1.500 for fifteen hundred and 2,5 for two and a half; English the
other way round. Typed text is read strictly in the language's own notation: "1.500"
in Indonesian is 1500, "2.5" is refused (it would be 25 or 2,5; we do not guess) and
so is "1.50" (a group of two digits). JSON files keep the machine notation
("1500.25"), parsed by `gudang.domain.quantity.parse_quantity`. Spreadsheets people
save (an item import) and numbers typed as command options may be in either notation:
`parse_written` reads them when only one reading is possible and refuses "1.500".
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from gudang.domain.errors import InvalidInput
from gudang.i18n import N_, get_language

# Spaces people paste from spreadsheets (no-break and narrow no-break) are dropped.
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def separators(lang: str | None = None) -> tuple[str, str]:
    """(grouping, decimal) separators of a language: ('.', ',') in Indonesian."""
    return (",", ".") if (lang or get_language()) == "en" else (".", ",")


def parse_decimal(text: str, lang: str | None = None) -> Decimal:
    """A number typed in the language's notation -> Decimal, or InvalidInput naming the problem.

    Signs are kept (the caller decides whether a negative number makes sense).
    """
    if not isinstance(text, str):
        raise InvalidInput(N_("{value} is not a number"), value=text)
    raw = text
    text = _SPACES.sub("", text)
    if not text:
        raise InvalidInput(N_("a number is required"))
    if len(text) > 40:
        raise InvalidInput(N_("{value} is not a number"), value=raw)
    group, decimal = separators(lang)
    sign = ""
    if text[0] in "+-\u2212":
        sign = "-" if text[0] in "-\u2212" else ""
        text = text[1:]
    whole, point, fraction = text.partition(decimal)
    if decimal in fraction or group in fraction:
        raise InvalidInput(N_("{value} is not a number"), value=raw)
    if group in whole:
        groups = whole.split(group)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            if not fraction and len(groups) == 2:
                # "2.5" in Indonesian, "2,5" in English: the other language's decimal point.
                raise InvalidInput(N_("{value} is not a number here: write {example}"),
                                   value=raw, example=f"{groups[0]}{decimal}{groups[1]}")
            raise InvalidInput(N_("{value} is not a number: the thousands separator {sep} "
                                  "must be followed by three digits"), value=raw, sep=group)
        whole = "".join(groups)
    if not whole.isdigit() and not (whole == "" and fraction):
        raise InvalidInput(N_("{value} is not a number"), value=raw)
    if fraction and not fraction.isdigit():
        raise InvalidInput(N_("{value} is not a number"), value=raw)
    if point and not fraction:
        raise InvalidInput(N_("{value} is not a number"), value=raw)
    try:
        return Decimal(f"{sign}{whole or '0'}.{fraction or '0'}")
    except InvalidOperation:  # pragma: no cover - the checks above leave only digits
        raise InvalidInput(N_("{value} is not a number"), value=raw) from None


def parse_written(text: str) -> Decimal:
    """A number written in a file or on the command line, where either notation may be meant
    (an Indonesian spreadsheet saved as CSV, a machine's decimal point): read when only one
    reading is possible ("1500", "2,5", "1.5", "1.500,25"); refused, naming both readings,
    when there are two ("1.500" is fifteen hundred in Indonesian and one and a half with a
    decimal point). A sign is kept; the caller refuses what makes no sense.
    """
    readings: set[Decimal] = set()
    for lang in ("id", "en"):
        try:
            readings.add(parse_decimal(text, lang))
        except InvalidInput:
            pass  # not written this way
    if not readings:
        raise InvalidInput(N_("{value} is not a number"), value=text)
    if len(readings) > 1:
        first, second = sorted(readings, reverse=True)
        raise InvalidInput(N_("{value} can be read two ways: write {first} or {second}"), value=text.strip(),
                           first=format_decimal(first, grouping=False), second=format_decimal(second, grouping=False))
    return readings.pop()


_SHORT = 10 ** 18


def format_decimal(value: Decimal | int | None, places: int | None = None, lang: str | None = None,
                   *, grouping: bool = True) -> str:
    """1234.5 -> '1.234,5' (Indonesian) or '1,234.5' (English); None -> ''.

    `places` fixes the number of decimals; without it trailing zeros are dropped.
    """
    if value is None:
        return ""
    if places is None and ((type(value) is int and -_SHORT < value < _SHORT) or (
            type(value) is Decimal and value.is_finite() and value.adjusted() < 18
            and value == value.to_integral_value())):
        # a whole number of a usual size (most quantities): no decimals to find (a list of
        # 20,000 items at once); a huge one ("1E+5000" typed) goes the long way below
        text = f"{int(value):{',' if grouping else ''}d}"
        group, _ = separators(lang)
        return text.replace(",", group)
    number = Decimal(value)
    if places is None:
        number = number.normalize() if number != 0 else Decimal(0)
        exponent = number.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    else:
        number = number.quantize(Decimal(1).scaleb(-places))
    text = f"{number:{',' if grouping else ''}.{places}f}"
    group, decimal = separators(lang)
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


# A unit is a word of letters ("dus", "karung", "kg"): "1e400" is not 1 of a unit "e400".
_AMOUNT = re.compile(r"^\s*(?P<number>[+\-\u2212]?[\d.,\s\u00a0\u202f]*\d)\s*"
                     r"(?P<unit>(?!e\d)[^\W\d_]+(?:[-/][^\W\d_]+)*)?\s*$", re.IGNORECASE)


def parse_amount(text: str, lang: str | None = None) -> tuple[Decimal, str | None]:
    """A quantity as typed into a cell, with an optional unit: "1.500" -> (1500, None),
    "5 dus" -> (5, "dus"), "2,5 kg" -> (2.5, "kg") in Indonesian. The unit is returned as
    typed; the caller matches it against the item's units (the core converts)."""
    if not isinstance(text, str):
        raise InvalidInput(N_("{value} is not a number"), value=text)
    match = _AMOUNT.match(text) if len(text) <= 60 else None
    if match is None:
        return parse_decimal(text, lang), None  # says what is wrong with it
    return parse_decimal(match["number"], lang), match["unit"]


def format_quantity(value: Decimal | int | None, lang: str | None = None) -> str:
    """A quantity for a table or an editable cell: grouped, exact, no trailing zeros."""
    return format_decimal(value, None, lang)
