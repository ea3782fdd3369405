"""Parse GS1 element strings as barcode scanners deliver them.

Accepted input (see `parse_gs1`):
- raw element strings with FNC1 sent as GS (ASCII 29, "\\x1d"), optionally
  starting with a symbology identifier: ]C1 (GS1-128), ]e0 (GS1 DataBar),
  ]d2 (GS1 DataMatrix), ]Q3 (GS1 QR Code), ]J1 (GS1 DotCode);
- the human-readable form "(01)09501101530003(17)261231(10)ABC".

Fixed-length fields need no separator; a variable-length field ends at GS or at
the end of the data (so the last field needs none). Dates are YYMMDD; day 00
means the last day of the month; the century follows the GS1 General
Specifications sliding window (section 7.12): a year more than 50 years ahead
of today belongs to the previous century, one more than 49 years back to the
next.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Mapping

from gudang.domain.barcodes import has_valid_check_digit, mod10_check_digit
from gudang.domain.errors import InvalidInput

GS = "\x1d"
GS1_SYMBOLOGY_IDS = {"]C1": "GS1-128", "]e0": "GS1 DataBar", "]d2": "GS1 DataMatrix",
                     "]Q3": "GS1 QR Code", "]J1": "GS1 DotCode"}
# Identifiers of symbologies that cannot carry GS1 data (plain Code 128, QR...).
_NON_GS1_ID = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


@dataclass(frozen=True)
class AISpec:
    ai: str
    title: str
    length: int  # fixed length, or maximum length when variable
    variable: bool = False
    kind: str = "alnum"  # alnum | numeric | date | gtin | sscc | gln | decimal
    decimals: int = 0  # for kind "decimal": implied decimal places


def _specs() -> dict[str, AISpec]:
    table = [
        AISpec("00", "SSCC", 18, kind="sscc"),
        AISpec("01", "GTIN", 14, kind="gtin"),
        AISpec("02", "CONTENT", 14, kind="gtin"),
        AISpec("10", "BATCH/LOT", 20, variable=True),
        AISpec("11", "PROD DATE", 6, kind="date"),
        AISpec("12", "DUE DATE", 6, kind="date"),
        AISpec("13", "PACK DATE", 6, kind="date"),
        AISpec("15", "BEST BEFORE", 6, kind="date"),
        AISpec("16", "SELL BY", 6, kind="date"),
        AISpec("17", "USE BY / EXPIRY", 6, kind="date"),
        AISpec("20", "VARIANT", 2, kind="numeric"),
        AISpec("21", "SERIAL", 20, variable=True),
        AISpec("22", "CPV", 20, variable=True),
        AISpec("240", "ADDITIONAL ID", 30, variable=True),
        AISpec("241", "CUST. PART No.", 30, variable=True),
        AISpec("250", "SECONDARY SERIAL", 30, variable=True),
        AISpec("251", "REF. TO SOURCE", 30, variable=True),
        AISpec("30", "VAR. COUNT", 8, variable=True, kind="numeric"),
        AISpec("37", "COUNT", 8, variable=True, kind="numeric"),
        AISpec("400", "ORDER NUMBER", 30, variable=True),
        AISpec("401", "GINC", 30, variable=True),
        AISpec("402", "GSIN", 17, kind="numeric"),
        AISpec("403", "ROUTE", 30, variable=True),
        AISpec("420", "SHIP TO POST", 20, variable=True),
        AISpec("7003", "EXPIRY TIME", 10, kind="numeric"),
    ]
    for ai in range(410, 418):
        table.append(AISpec(str(ai), "GLN", 13, kind="gln"))
    # Trade measures: 310n net weight (kg) .. 369n, n = implied decimals.
    for prefix, title in (("310", "NET WEIGHT (kg)"), ("311", "LENGTH (m)"), ("312", "WIDTH (m)"),
                          ("313", "HEIGHT (m)"), ("314", "AREA (m2)"), ("315", "NET VOLUME (l)"),
                          ("316", "NET VOLUME (m3)"), ("330", "GROSS WEIGHT (kg)"),
                          ("331", "LENGTH (m), log"), ("332", "WIDTH (m), log"),
                          ("333", "HEIGHT (m), log"), ("334", "AREA (m2), log"),
                          ("335", "VOLUME (l), log"), ("336", "VOLUME (m3), log")):
        for n in range(6):
            table.append(AISpec(f"{prefix}{n}", title, 6, kind="decimal", decimals=n))
    return {spec.ai: spec for spec in table}


AI_SPECS: Mapping[str, AISpec] = MappingProxyType(_specs())
# Prefixes whose AIs are known to be longer than 2 digits.
_AI_LENGTHS = sorted({len(ai) for ai in AI_SPECS}, reverse=True)


@dataclass(frozen=True)
class GS1Data:
    """What a GS1 scan says; fields are None when the AI was not present."""

    gtin: str | None = None  # AI 01, 14 digits
    content_gtin: str | None = None  # AI 02, GTIN of the contained trade items
    lot: str | None = None  # AI 10
    expiry: dt.date | None = None  # AI 17 (use by / expiry)
    best_before: dt.date | None = None  # AI 15
    production_date: dt.date | None = None  # AI 11
    serial: str | None = None  # AI 21
    sscc: str | None = None  # AI 00
    count: Decimal | None = None  # AI 37, else AI 30
    net_weight_kg: Decimal | None = None  # AI 310n
    ais: Mapping[str, str] = field(default_factory=dict)  # every AI -> raw value, in order
    symbology: str | None = None  # e.g. "GS1-128" when an identifier was prepended

    @property
    def item_gtin(self) -> str | None:
        """GTIN of the item to book: the content GTIN of a logistic unit, else AI 01."""
        return self.content_gtin or self.gtin


def looks_like_gs1(text: str) -> bool:
    """Cheap test used by scan resolution before trying `parse_gs1`."""
    text = text.strip("\r\n")
    if text[:3] in GS1_SYMBOLOGY_IDS or GS in text:
        return True
    return bool(re.match(r"^\(\d{2,4}\)", text))


def parse_gs1(text: str, today: dt.date | None = None) -> GS1Data:
    """Parse a scanned GS1 element string; raise InvalidInput naming the problem.

    `today` fixes the reference date of the century window (for tests).
    """
    if text is None or not text.strip("\r\n\t "):
        raise InvalidInput("The scan is empty")
    data = text.strip("\r\n")
    symbology = None
    if data[:3] in GS1_SYMBOLOGY_IDS:
        symbology = GS1_SYMBOLOGY_IDS[data[:3]]
        data = data[3:]
    elif _NON_GS1_ID.match(data):
        raise InvalidInput("Not a GS1 barcode (symbology {ident}): {text}", ident=data[:3], text=text)
    if data.startswith("("):
        pairs = _split_bracketed(data)
    else:
        pairs = _split_raw(data.lstrip(GS))
    if not pairs:
        raise InvalidInput("The scan is empty")
    ais: dict[str, str] = {}
    for ai, value in pairs:
        spec = AI_SPECS[ai]
        _check_value(spec, value)
        if ai in ais and ais[ai] != value:
            raise InvalidInput(
                "GS1 AI ({ai}) appears twice with different values: {first} and {second}",
                ai=ai, first=ais[ai], second=value,
            )
        ais[ai] = value
    reference = today or dt.date.today()
    dates = {ai: parse_gs1_date(ais[ai], ai, reference) for ai in ("11", "15", "17") if ai in ais}
    for ai in ("12", "13", "16"):
        if ai in ais:
            parse_gs1_date(ais[ai], ai, reference)  # validate even if not returned
    count = ais.get("37", ais.get("30"))
    weight = next((ai for ai in ais if ai.startswith("310")), None)
    net_weight = None
    if weight is not None:
        net_weight = Decimal(ais[weight]).scaleb(-AI_SPECS[weight].decimals)
    return GS1Data(
        gtin=ais.get("01"),
        content_gtin=ais.get("02"),
        lot=ais.get("10"),
        expiry=dates.get("17"),
        best_before=dates.get("15"),
        production_date=dates.get("11"),
        serial=ais.get("21"),
        sscc=ais.get("00"),
        count=Decimal(int(count)) if count is not None else None,
        net_weight_kg=net_weight,
        ais=MappingProxyType(ais),
        symbology=symbology,
    )


def _match_ai(data: str, pos: int) -> AISpec:
    for length in _AI_LENGTHS:
        candidate = data[pos:pos + length]
        if len(candidate) == length and candidate in AI_SPECS:
            return AI_SPECS[candidate]
    shown = data[pos:pos + 4]
    if not shown[:2].isdigit():
        raise InvalidInput(
            "Expected a GS1 application identifier at position {pos}, found {found!r}",
            pos=pos + 1, found=shown,
        )
    raise InvalidInput(
        "Unknown GS1 application identifier at position {pos}: {found}", pos=pos + 1, found=shown
    )


def _split_raw(data: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    pos = 0
    while pos < len(data):
        if data[pos] == GS:  # stray or doubled separator
            pos += 1
            continue
        spec = _match_ai(data, pos)
        start = pos + len(spec.ai)
        if spec.variable:
            end = data.find(GS, start)
            end = len(data) if end < 0 else end
            value = data[start:end]
            if len(value) > spec.length:
                raise InvalidInput(
                    "GS1 field ({ai}) {title} is too long: {length} characters, at most {max} "
                    "(missing GS separator?)",
                    ai=spec.ai, title=spec.title, length=len(value), max=spec.length,
                )
            pos = end + 1
        else:
            value = data[start:start + spec.length]
            if GS in value or len(value) < spec.length:
                value = value.split(GS)[0]
                raise InvalidInput(
                    "GS1 field ({ai}) {title} is truncated: {got} of {expected} characters",
                    ai=spec.ai, title=spec.title, got=len(value), expected=spec.length,
                )
            pos = start + spec.length
            # A GS after a fixed-length field is allowed (some encoders add one).
        if not value:
            raise InvalidInput("GS1 field ({ai}) {title} is empty", ai=spec.ai, title=spec.title)
        pairs.append((spec.ai, value))
    return pairs


_BRACKETED = re.compile(r"\((\d{2,4})\)")


def _split_bracketed(data: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    matches = list(_BRACKETED.finditer(data))
    if not matches or matches[0].start() != 0:
        raise InvalidInput("Expected a GS1 application identifier at position {pos}, found {found!r}",
                           pos=1, found=data[:4])
    for index, match in enumerate(matches):
        ai = match.group(1)
        if ai not in AI_SPECS:
            raise InvalidInput("Unknown GS1 application identifier at position {pos}: {found}",
                               pos=match.start() + 1, found=f"({ai})")
        spec = AI_SPECS[ai]
        end = matches[index + 1].start() if index + 1 < len(matches) else len(data)
        value = data[match.end():end].strip(GS)
        if not value:
            raise InvalidInput("GS1 field ({ai}) {title} is empty", ai=ai, title=spec.title)
        if spec.variable and len(value) > spec.length:
            raise InvalidInput(
                "GS1 field ({ai}) {title} is too long: {length} characters, at most {max} "
                "(missing GS separator?)",
                ai=ai, title=spec.title, length=len(value), max=spec.length,
            )
        if not spec.variable and len(value) != spec.length:
            if len(value) < spec.length:
                raise InvalidInput(
                    "GS1 field ({ai}) {title} is truncated: {got} of {expected} characters",
                    ai=ai, title=spec.title, got=len(value), expected=spec.length,
                )
            raise InvalidInput(
                "GS1 field ({ai}) {title} is too long: {length} characters, at most {max} "
                "(missing GS separator?)",
                ai=ai, title=spec.title, length=len(value), max=spec.length,
            )
        pairs.append((ai, value))
    return pairs


# GS1 AI encodable character set 82 (the only one allowed in alphanumeric AIs).
_CSET82 = set("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")


def _check_value(spec: AISpec, value: str) -> None:
    if spec.kind == "alnum":
        bad = next((ch for ch in value if ch not in _CSET82), None)
        if bad is not None:
            raise InvalidInput(
                "GS1 field ({ai}) {title} contains a character not allowed: {char!r}",
                ai=spec.ai, title=spec.title, char=bad,
            )
        return
    if not (value.isascii() and value.isdigit()):
        raise InvalidInput(
            "GS1 field ({ai}) {title} must be digits only, got {value}",
            ai=spec.ai, title=spec.title, value=value,
        )
    if spec.kind in ("gtin", "sscc", "gln") and not has_valid_check_digit(value):
        raise InvalidInput(
            "Check digit of GS1 field ({ai}) {title} {value} is wrong (expected {expected})",
            ai=spec.ai, title=spec.title, value=value, expected=mod10_check_digit(value[:-1]),
        )


def gs1_century_year(yy: int, today: dt.date) -> int:
    """Full year of a two-digit GS1 year by the sliding window (GS1 GenSpecs 7.12)."""
    current = today.year % 100
    century = today.year - current
    difference = yy - current
    if 51 <= difference <= 99:
        century -= 100
    elif -99 <= difference <= -50:
        century += 100
    return century + yy


def parse_gs1_date(value: str, ai: str = "17", today: dt.date | None = None) -> dt.date:
    """Date of a YYMMDD field; day 00 is the last day of the month."""
    if len(value) != 6 or not value.isdigit():
        raise InvalidInput("Impossible date {value} in GS1 field ({ai}): expected YYMMDD",
                           value=value, ai=ai)
    yy, mm, dd = int(value[:2]), int(value[2:4]), int(value[4:])
    year = gs1_century_year(yy, today or dt.date.today())
    if not 1 <= mm <= 12:
        raise InvalidInput("Impossible date {value} in GS1 field ({ai}): month {month} does not exist",
                           value=value, ai=ai, month=mm)
    last = calendar.monthrange(year, mm)[1]
    if dd == 0:
        dd = last
    if dd > last:
        raise InvalidInput(
            "Impossible date {value} in GS1 field ({ai}): month {month}/{year} has {days} days",
            value=value, ai=ai, month=mm, year=year, days=last,
        )
    return dt.date(year, mm, dd)


def to_element_string(ais: Mapping[str, str] | list[tuple[str, str]], human: bool = False) -> str:
    """Build an element string (GS after variable fields except the last), or the
    human-readable "(01)...(10)..." form. For tests and GS1-128 label printing."""
    items = list(ais.items()) if isinstance(ais, Mapping) else list(ais)
    if human:
        return "".join(f"({ai}){value}" for ai, value in items)
    parts: list[str] = []
    for index, (ai, value) in enumerate(items):
        parts.append(ai + value)
        if AI_SPECS[ai].variable and index < len(items) - 1:
            parts.append(GS)
    return "".join(parts)
