"""Document numbers: `{seq:03d}/{code}/{agency}/{month:roman}/{year}`.

The sequence itself is gapless per document type and year and is drawn in
the posting transaction (gudang.services.posting); this module only formats.
"""

from __future__ import annotations

import datetime as dt
import re

from gudang.domain.errors import InvalidInput
from gudang.i18n import N_

DEFAULT_PATTERN = "{seq:03d}/{code}/{agency}/{month:roman}/{year}"

# Document type -> default code printed in its number.
DEFAULT_CODES = {
    "receipt": "BAP",
    "issue": "SJ",
    "handover": "BAST",
    "transfer": "MUT",
    "count": "SO",
    "adjustment": "PNY",
    "writeoff": "PH",
    "reversal": "BTL",
    "quarantine": "KRT",
}

_ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
_FIELD = re.compile(r"\{(\w+)(?::([^}]*))?\}")


def roman(number: int) -> str:
    if not 0 < number < 4000:
        raise ValueError(f"no roman numeral for {number}")
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def format_number(pattern: str, *, seq: int, code: str, agency: str, date: dt.date) -> str:
    """Render a document number; `{month:roman}` gives XI for November."""
    values = {"seq": seq, "code": code, "agency": agency, "month": date.month,
              "year": date.year, "day": date.day}

    def field(match: re.Match[str]) -> str:
        name, spec = match.group(1), match.group(2) or ""
        if name not in values:
            raise InvalidInput(N_("unknown field {field} in number pattern"), field=name)
        value = values[name]
        if spec == "roman":
            return roman(int(value))
        return format(value, spec)

    return _FIELD.sub(field, pattern)


def validate_pattern(pattern: str) -> str:
    if "{seq" not in pattern:
        raise InvalidInput(N_("number pattern must contain {{seq}}"))
    format_number(pattern, seq=1, code="X", agency="A", date=dt.date(2026, 1, 1))
    return pattern
