"""Read GS1 element strings as barcode scanners deliver them: a thin adapter over `biip`.

Accepted input (see `parse_gs1`):
- raw element strings with FNC1 sent as GS (ASCII 29, "\\x1d"), optionally
  starting with a symbology identifier: ]C1 (GS1-128), ]e0 (GS1 DataBar),
  ]d2 (GS1 DataMatrix), ]Q3 (GS1 QR Code), ]J1 (GS1 DotCode);
- the human-readable form "(01)09501101530003(17)261231(10)ABC".

biip knows every application identifier of the GS1 General Specifications. The fields
Gudang books (GTIN, SSCC, lot, expiry and other dates, serial, counts, net weight) are
checked strictly: a wrong check digit, an impossible date, a lot too long for want of a GS
separator is refused with a message naming the field. Anything else on the label (AI 91-99
company data, 240, 7007, 8008, 392n prices, or a part no parser can read) never aborts a
scan: it is kept in `ais`, or listed in `unread`, and the scan fills what it can.

Dates are YYMMDD; day 00 means the last day of the month; the century follows the GS1
General Specifications sliding window (section 7.12).
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
from gudang.domain import dates as _clock  # `dates` names the parsed ones below

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
    unread: tuple[str, ...] = ()  # parts of the scan no parser could read (kept out of the fields)

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


def _payload(text: str) -> tuple[str, str | None]:
    if text is None or not text.strip("\r\n\t "):
        raise InvalidInput("The scan is empty")
    data = text.strip("\r\n")
    symbology = None
    if data[:3] in GS1_SYMBOLOGY_IDS:
        symbology = GS1_SYMBOLOGY_IDS[data[:3]]
        data = data[3:]
    elif _NON_GS1_ID.match(data):
        raise InvalidInput("Not a GS1 barcode (symbology {ident}): {text}", ident=data[:3], text=text)
    data = data.strip(GS)
    if not data:
        raise InvalidInput("The scan is empty")
    return data, symbology


def parse_gs1(text: str, today: dt.date | None = None) -> GS1Data:
    """Read a scanned GS1 element string; raise InvalidInput naming the problem of a field
    Gudang books, never for other fields (see the module text).

    `today` fixes the reference date of the century window (for tests).
    """
    data, symbology = _payload(text)
    pairs: list[tuple[str, str]] = []
    unread: list[str] = []
    if data.startswith("("):
        for ai, value in _split_bracketed(data):
            _read_element(ai, value, pairs, unread)
    else:
        for chunk in data.split(GS):
            if chunk:
                _read_chunk(chunk, pairs, unread)
    if not pairs:
        raise InvalidInput("Not a GS1 barcode: no field can be read in {text}", text=text)
    ais: dict[str, str] = {}
    for ai, value in pairs:
        if ai in ais and ais[ai] != value:
            raise InvalidInput(
                "GS1 AI ({ai}) appears twice with different values: {first} and {second}",
                ai=ai, first=ais[ai], second=value,
            )
        ais[ai] = value
    for ai, value in ais.items():
        if ai in AI_SPECS:
            _check_value(AI_SPECS[ai], value)
    reference = today or _clock.today()
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
        unread=tuple(unread),
    )


def warm_up() -> None:
    """Load biip's table of application identifiers (about half a second), so that the
    first GS1 scan of a session answers as fast as the others. Screens call it once idle."""
    _biip()


_BIIP: dict[str, object] = {}


def _biip():
    if not _BIIP:
        from biip import ParseConfig, ParseError
        from biip.gs1_element_strings import GS1ElementString

        # Dates are checked here, to say what is impossible about them.
        _BIIP.update(extract=GS1ElementString.extract, error=ParseError,
                     config=ParseConfig(gs1_element_strings_verify_date=False))
    return _BIIP


def _booked(ai: str) -> bool:
    """The fields Gudang books from a scan are read strictly; the others leniently."""
    return ai in AI_SPECS


def _read_chunk(chunk: str, pairs: list[tuple[str, str]], unread: list[str]) -> None:
    """One run of elements between GS separators, element by element."""
    biip = _biip()
    pos = 0
    last = None
    while pos < len(chunk):
        try:
            element = biip["extract"](chunk[pos:], config=biip["config"])
        except biip["error"]:
            _unreadable(chunk, pos, last, unread)
            return
        ai, value = element.ai.ai, element.value
        if _booked(ai) and len(value) != len(chunk[pos + len(ai):pos + len(element)]):
            _diagnose(ai, chunk[pos + len(ai):])  # pragma: no cover - biip consumed what it read
        pairs.append((ai, value))
        last = (ai, value, element.ai.separator_required)
        pos += len(element)


def _unreadable(chunk: str, pos: int, last, unread: list[str]) -> None:
    """What to do with the part of a chunk from `pos` that biip could not read."""
    ai = _ai_at(chunk, pos)
    if ai is not None and _booked(ai):
        _diagnose(ai, chunk[pos + len(ai):])  # raises, naming what is wrong with the field
    if last is not None and last[2] and _booked(last[0]) and AI_SPECS[last[0]].variable:
        # A variable field we book ends at a GS or at the end of the data: what follows it here
        # belongs to it (a character not allowed, or a missing GS separator).
        _diagnose(last[0], last[1] + chunk[pos:])
    unread.append(chunk[pos:])


def _ai_at(data: str, pos: int) -> str | None:
    for length in _AI_LENGTHS:
        candidate = data[pos:pos + length]
        if len(candidate) == length and candidate in AI_SPECS:
            return candidate
    return None


def _diagnose(ai: str, rest: str) -> None:
    """Say precisely what is wrong with a booked field biip could not read."""
    spec = AI_SPECS[ai]
    if spec.variable:
        value = rest
        if len(value) > spec.length:
            raise InvalidInput(
                "GS1 field ({ai}) {title} is too long: {length} characters, at most {max} "
                "(missing GS separator?)", ai=ai, title=spec.title, length=len(value), max=spec.length)
    else:
        value = rest[:spec.length]
        if len(value) < spec.length:
            if not value:
                raise InvalidInput("GS1 field ({ai}) {title} is empty", ai=ai, title=spec.title)
            raise InvalidInput(
                "GS1 field ({ai}) {title} is truncated: {got} of {expected} characters",
                ai=ai, title=spec.title, got=len(value), expected=spec.length)
    if not value:
        raise InvalidInput("GS1 field ({ai}) {title} is empty", ai=ai, title=spec.title)
    _check_value(spec, value)
    if spec.kind == "date":
        parse_gs1_date(value, ai)
    raise InvalidInput("GS1 field ({ai}) {title} cannot be read: {value}", ai=ai, title=spec.title,
                       value=value)


def _read_element(ai: str, value: str, pairs: list[tuple[str, str]], unread: list[str]) -> None:
    """One field of the human-readable form, whose extent is known."""
    biip = _biip()
    if _booked(ai):
        spec = AI_SPECS[ai]
        if not spec.variable and len(value) > spec.length:
            raise InvalidInput(
                "GS1 field ({ai}) {title} is too long: {length} characters, at most {max} "
                "(missing GS separator?)", ai=ai, title=spec.title, length=len(value), max=spec.length)
    try:
        element = biip["extract"](ai + value, config=biip["config"])
        complete = len(element) == len(ai) + len(value) and element.ai.ai == ai
    except biip["error"]:
        complete = False
    if complete:
        pairs.append((ai, value))
    elif _booked(ai):
        _diagnose(ai, value)
    else:
        unread.append(f"({ai}){value}")


_BRACKETED = re.compile(r"\((\d{2,4})\)")


def _split_bracketed(data: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    matches = list(_BRACKETED.finditer(data))
    if not matches or matches[0].start() != 0:
        raise InvalidInput("Expected a GS1 application identifier at position {pos}, found {found!r}",
                           pos=1, found=data[:4])
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(data)
        value = data[match.end():end].strip(GS)
        if not value:
            raise InvalidInput("GS1 field ({ai}) {title} is empty", ai=match.group(1),
                               title=AI_SPECS[match.group(1)].title if match.group(1) in AI_SPECS else "")
        pairs.append((match.group(1), value))
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
    year = gs1_century_year(yy, today or _clock.today())
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
        if (ai not in AI_SPECS or AI_SPECS[ai].variable) and index < len(items) - 1:
            parts.append(GS)
    return "".join(parts)
