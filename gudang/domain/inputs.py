"""What a user asks for, as plain frozen values, and strict parsing of files.

The desktop screens build these values directly; the `gudang` command and
`replay` parse them from JSON with `receipt_from_json` and friends, which
name the document line and field of every problem ("line 2, field qty").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from decimal import Decimal
from typing import Any, Callable, Mapping

from gudang.domain.dates import EARLIEST, LATEST, parse_date
from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.printable import describe, unprintable
from gudang.domain.quantity import MAX_QUANTITY, parse_quantity
from gudang.i18n import N_, tr

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
CONDITIONS = ("good", "damaged")


class Where(str):
    """Where in the input a problem is, as text ("line 2, field qty") that also carries the
    line number and field name, so a screen can mark that cell (see GudangError.at)."""

    line: int | None = None
    field: str | None = None

    @classmethod
    def make(cls, text: str, line: int | None, field: str | None) -> "Where":
        where = cls(text)
        where.line, where.field = line, field
        return where


def where_line(line_no: int, field: str | None = None) -> Where:
    if field is None:
        return Where.make(tr(N_("line {line}")).format(line=line_no), line_no, None)
    return Where.make(tr(N_("line {line}, field {field}")).format(line=line_no, field=field), line_no, field)


def where_field(field: str) -> Where:
    return Where.make(tr(N_("field {field}")).format(field=field), None, field)


def clean_text(value: object, *, max_length: int = 200, multiline: bool = False) -> str:
    """A user's text: a string without control characters, trimmed, not too long."""
    if not isinstance(value, str):
        raise InvalidInput(N_("must be text, not {value}"), value=type(value).__name__)
    text = value.strip()
    if multiline:
        if _CONTROL.search(text.replace("\n", "").replace("\t", "")):
            raise InvalidInput(N_("contains control characters"))
    elif _CONTROL.search(text):
        raise InvalidInput(N_("contains control characters"))
    if len(text) > max_length:
        raise InvalidInput(N_("is longer than {max} characters"), max=max_length)
    bad = unprintable(text)
    if bad is not None:  # it would print as an empty box (gudang.domain.printable)
        raise InvalidInput(N_("contains {char}, which documents cannot print: write it in Latin or "
                              "Arabic letters"), char=describe(bad))
    return text


def clean_code(value: object, *, max_length: int = 40) -> str:
    """A code (SKU, lot, bin, partner): non-empty text without control characters."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    text = clean_text(value, max_length=max_length)
    if not text:
        raise InvalidInput(N_("must not be empty"))
    return text


def optional_text(value: object, max_length: int = 200) -> str | None:
    if value is None:
        return None
    text = clean_text(value, max_length=max_length)
    return text or None


def check_field(name: str, parse: Callable[[Any], Any], value: object) -> Any:
    """Parse one field of a form; a problem is reported with the field's name."""
    try:
        return parse(value)
    except GudangError as error:
        raise error.at(where_field(name)) from None


def _check(value: object, parse: Callable[[Any], Any], field: str, line: int | None = None, *,
           required: bool = False) -> Any:
    """One value of an input: None or "" is missing (refused when required), else parsed;
    a problem is reported at the field (of the line). The place is only put into words
    when there is a problem: checking a 40-line document stays cheap."""
    if value is None or value == "":
        if required:
            raise InvalidInput(N_("is required")).at(_where(field, line))
        return None
    try:
        return parse(value)
    except GudangError as error:
        raise error.at(_where(field, line)) from None


def _where(field: str, line: int | None) -> Where:
    return where_field(field) if line is None else where_line(line, field)


@lru_cache(maxsize=None)
def _text(limit: int) -> Callable[[Any], str | None]:
    return lambda value: optional_text(value, limit)


@lru_cache(maxsize=None)
def _code(limit: int = 40) -> Callable[[Any], str]:
    return lambda value: clean_code(value, max_length=limit)


def _notes(value: object) -> str | None:
    return clean_text(value, max_length=2000, multiline=True) or None


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(N_("must be true or false, not {value}"), value=value)
    return value


def _condition(value: object) -> str:
    text = clean_code(value)
    if text not in CONDITIONS:
        raise InvalidInput(N_("must be one of {choices}, not {value}"),
                           choices=", ".join(CONDITIONS), value=text)
    return text


def _lines_of(lines: object) -> tuple:
    if not isinstance(lines, (tuple, list)) or not lines:
        raise InvalidInput(N_("must be a non-empty list of lines")).at(where_field("lines"))
    if len(lines) > MAX_LINES:
        raise InvalidInput(N_("has {count} lines, at most {max}"), count=len(lines), max=MAX_LINES).at(
            "lines")
    return tuple(lines)


# Fast paths of `checked` for values that are already what the slow path would make of them
# (a 40-line document is checked in well under a millisecond).
def _plain(value: object, limit: int) -> bool:
    return (type(value) is str and 0 < len(value) <= limit and value.isprintable()
            and not value[0].isspace() and not value[-1].isspace())


def _plain_or_none(value: object, limit: int) -> bool:
    return value is None or _plain(value, limit)


def _exact(value: object) -> bool:
    if type(value) is not Decimal or not value.is_finite() or not 0 < value <= MAX_QUANTITY:
        return False
    exponent = value.as_tuple().exponent
    return exponent == 0  # whole numbers as Decimal(n): anything else takes the careful path


def _day_or_none(value: object) -> bool:
    return value is None or (type(value) is dt.date and EARLIEST <= value <= LATEST)


MAX_LINES = 2000  # a document of more lines is a mistake (a whole catalogue pasted)


@dataclass(frozen=True)
class ReceiptLineInput:
    sku: str
    qty: Decimal
    unit: str | None = None
    lot: str | None = None
    expiry: dt.date | None = None
    location: str | None = None
    expected_qty: Decimal | None = None  # per the sender's waybill, if it differs
    condition: str = "good"
    remark: str | None = None

    def checked(self, line_no: int) -> "ReceiptLineInput":
        """The same line validated and cleaned; a problem names the line and field."""
        if (_plain(self.sku, 40) and _exact(self.qty) and _plain_or_none(self.unit, 20)
                and _plain_or_none(self.lot, 40) and _day_or_none(self.expiry)
                and _plain_or_none(self.location, 40) and self.expected_qty is None
                and self.condition in CONDITIONS and _plain_or_none(self.remark, 500)):
            return self  # the common case, already clean: checked without a copy (the posting path)
        return ReceiptLineInput(
            sku=_check(self.sku, clean_code, "sku", line_no, required=True),
            qty=_check(self.qty, parse_quantity, "qty", line_no, required=True),
            unit=_check(self.unit, _code(20), "unit", line_no),
            lot=_check(self.lot, clean_code, "lot", line_no),
            expiry=_check(self.expiry, parse_date, "expiry", line_no),
            location=_check(self.location, clean_code, "location", line_no),
            expected_qty=_check(self.expected_qty, lambda v: parse_quantity(v, allow_zero=True),
                                "expected_qty", line_no),
            condition=_check(self.condition, _condition, "condition", line_no) or "good",
            remark=_check(self.remark, _text(500), "remark", line_no),
        )


@dataclass(frozen=True)
class ReceiptInput:
    date: dt.date
    donor: str
    lines: tuple[ReceiptLineInput, ...]
    reference: str | None = None
    event: str | None = None
    vehicle: str | None = None
    deliverer: str | None = None
    notes: str | None = None
    backdate_reason: str | None = None  # needed when dated more than backdate_days ago
    duplicate_ok: bool = False  # post although a receipt of this donor has the same reference

    def checked(self) -> "ReceiptInput":
        """The same receipt validated and cleaned: every service calls this before writing,
        whoever built the input (a file, a screen, a script). Problems name line and field."""
        lines = _lines_of(self.lines)
        for number, line in enumerate(lines, start=1):
            if not isinstance(line, ReceiptLineInput):
                raise InvalidInput(N_("must be a receipt line")).at(where_line(number))
        return replace(
            self,
            date=_check(self.date, parse_date, "date", required=True),
            donor=_check(self.donor, clean_code, "donor", required=True),
            reference=_check(self.reference, _text(120), "reference"),
            event=_check(self.event, clean_code, "event"),
            vehicle=_check(self.vehicle, _text(40), "vehicle"),
            deliverer=_check(self.deliverer, _text(120), "deliverer"),
            notes=_check(self.notes, _notes, "notes"),
            backdate_reason=_check(self.backdate_reason, _text(500), "backdate_reason"),
            duplicate_ok=_check(self.duplicate_ok, _flag, "duplicate_ok") or False,
            lines=tuple(line.checked(number) for number, line in enumerate(lines, start=1)),
        )


@dataclass(frozen=True)
class IssueLineInput:
    sku: str
    qty: Decimal
    unit: str | None = None
    lot: str | None = None  # a requested lot: its barcode or supplier lot code
    reason: str | None = None  # why a lot other than the FEFO one is taken

    def checked(self, line_no: int) -> "IssueLineInput":
        if (_plain(self.sku, 40) and _exact(self.qty) and _plain_or_none(self.unit, 20)
                and _plain_or_none(self.lot, 40) and _plain_or_none(self.reason, 500)):
            return self
        return IssueLineInput(
            sku=_check(self.sku, clean_code, "sku", line_no, required=True),
            qty=_check(self.qty, parse_quantity, "qty", line_no, required=True),
            unit=_check(self.unit, _code(20), "unit", line_no),
            lot=_check(self.lot, clean_code, "lot", line_no),
            reason=_check(self.reason, _text(500), "reason", line_no),
        )


@dataclass(frozen=True)
class IssueInput:
    date: dt.date
    recipient: str
    lines: tuple[IssueLineInput, ...]
    destination: str | None = None
    event: str | None = None
    reference: str | None = None
    transport_mode: str | None = None
    carrier: str | None = None
    vehicle: str | None = None
    driver: str | None = None
    driver_phone: str | None = None
    notes: str | None = None
    backdate_reason: str | None = None
    request: str | None = None  # the number of the request (permintaan, PMT) it serves

    def checked(self) -> "IssueInput":
        """The same goods issue validated and cleaned (see ReceiptInput.checked)."""
        lines = _lines_of(self.lines)
        for number, line in enumerate(lines, start=1):
            if not isinstance(line, IssueLineInput):
                raise InvalidInput(N_("must be an issue line")).at(where_line(number))
        return replace(
            self,
            date=_check(self.date, parse_date, "date", required=True),
            recipient=_check(self.recipient, clean_code, "recipient", required=True),
            destination=_check(self.destination, _text(300), "destination"),
            event=_check(self.event, clean_code, "event"),
            reference=_check(self.reference, _text(120), "reference"),
            transport_mode=_check(self.transport_mode, _text(40), "transport_mode"),
            carrier=_check(self.carrier, _text(120), "carrier"),
            vehicle=_check(self.vehicle, _text(40), "vehicle"),
            driver=_check(self.driver, _text(120), "driver"),
            driver_phone=_check(self.driver_phone, _text(40), "driver_phone"),
            notes=_check(self.notes, _notes, "notes"),
            backdate_reason=_check(self.backdate_reason, _text(500), "backdate_reason"),
            request=_check(self.request, _code(60), "request"),
            lines=tuple(line.checked(number) for number, line in enumerate(lines, start=1)),
        )


def as_file(parse: Callable[[Any], Any], header: Mapping[str, Any], lines: object, line_type: type,
            not_a_line: str, line_fields: Callable[[Any], dict]) -> Any:
    """An input a script built, checked and cleaned by the parser of its file (`parse`), so
    that whoever calls a service meets a file's rules: `header` its fields, each line given
    as `line_fields(line)` (refused with `not_a_line` if it is not a `line_type`)."""
    lines = _lines_of(lines)
    for number, line in enumerate(lines, start=1):
        if not isinstance(line, line_type):
            raise InvalidInput(not_a_line).at(where_line(number))
    return parse({**header, "lines": [line_fields(line) for line in lines]})


def _field(data: Mapping[str, Any], name: str, parse: Callable[[Any], Any], *,
           required: bool = False, where: Callable[[str], str] = where_field) -> Any:
    """One field of a JSON object (used by the other documents' file parsers)."""
    value = data.get(name)
    if value is None or value == "":
        if required:
            raise InvalidInput(N_("is required")).at(where(name))
        return None
    try:
        return parse(value)
    except GudangError as error:
        raise error.at(where(name)) from None


def _require_object(data: object, what: str) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise InvalidInput(N_("{what} must be a JSON object"), what=what)
    return data


def _lines(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    lines = data.get("lines")
    if not isinstance(lines, list) or not lines:
        raise InvalidInput(N_("must be a non-empty list of lines")).at(where_field("lines"))
    for number, line in enumerate(lines, start=1):
        if not isinstance(line, dict):
            raise InvalidInput(N_("must be a JSON object")).at(where_line(number))
    return lines


def _check_unknown(data: Mapping[str, Any], known: set[str], where: str | None = None) -> None:
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        error = InvalidInput(N_("unknown field {field}"), field=unknown[0])
        raise error.at(where) if where else error


RECEIPT_FIELDS = {"date", "donor", "reference", "event", "vehicle", "deliverer", "notes", "lines",
                  "backdate_reason", "duplicate_ok"}
RECEIPT_LINE_FIELDS = {"sku", "qty", "unit", "lot", "expiry", "location", "expected_qty",
                       "condition", "remark"}
ISSUE_FIELDS = {"date", "recipient", "destination", "event", "reference", "transport_mode",
                "carrier", "vehicle", "driver", "driver_phone", "notes", "lines", "backdate_reason",
                "request"}
ISSUE_LINE_FIELDS = {"sku", "qty", "unit", "lot", "reason"}


# Other names people and scripts use for the same fields.
HEADER_ALIASES = {"driver": "deliverer", "sender_reference": "reference", "vehicle_plate": "vehicle",
                  "request": "reference", "request_reference": "reference", "transport": "transport_mode",
                  "phone": "driver_phone", "note": "notes"}
LINE_ALIASES = {"quantity": "qty", "item": "sku", "bin": "location", "note": "remark"}


def _aliased(data: dict, aliases: dict[str, str], known: set[str]) -> dict:
    """The object with alias keys renamed, unless the proper name is also given."""
    renamed = {}
    for key, value in data.items():
        target = aliases.get(key) if key not in known else None
        renamed[target if target and target not in data else key] = value
    return renamed


def _values(data: Mapping[str, Any], fields: set[str]) -> dict[str, Any]:
    return {name: data.get(name) for name in fields if name != "lines"}


def receipt_from_json(data: object) -> ReceiptInput:
    data = _require_object(data, "receipt")
    receipt_aliases = {**HEADER_ALIASES, "driver": "deliverer"}
    data = _aliased(data, receipt_aliases, RECEIPT_FIELDS)
    if isinstance(data.get("lines"), list):
        data["lines"] = [_aliased(line, LINE_ALIASES, RECEIPT_LINE_FIELDS) if isinstance(line, dict) else line
                         for line in data["lines"]]
    _check_unknown(data, RECEIPT_FIELDS | {"type"})
    lines = []
    for number, line in enumerate(_lines(data), start=1):
        _check_unknown(line, RECEIPT_LINE_FIELDS, where_line(number))
        lines.append(ReceiptLineInput(**_values(line, RECEIPT_LINE_FIELDS)))
    header = _values(data, RECEIPT_FIELDS)
    header["duplicate_ok"] = header.get("duplicate_ok") if header.get("duplicate_ok") is not None else False
    return ReceiptInput(lines=tuple(lines), **header).checked()


def issue_from_json(data: object) -> IssueInput:
    data = _require_object(data, "issue")
    # "request" names the request served (its PMT number); "request_reference" stays the letter.
    issue_aliases = {k: v for k, v in HEADER_ALIASES.items() if k not in ("driver", "request")}
    data = _aliased(data, issue_aliases, ISSUE_FIELDS)
    if isinstance(data.get("lines"), list):
        line_aliases = {k: v for k, v in LINE_ALIASES.items() if v in ISSUE_LINE_FIELDS}
        data["lines"] = [_aliased(line, line_aliases, ISSUE_LINE_FIELDS) if isinstance(line, dict) else line
                         for line in data["lines"]]
    _check_unknown(data, ISSUE_FIELDS | {"type"})
    lines = []
    for number, line in enumerate(_lines(data), start=1):
        _check_unknown(line, ISSUE_LINE_FIELDS, where_line(number))
        lines.append(IssueLineInput(**_values(line, ISSUE_LINE_FIELDS)))
    return IssueInput(lines=tuple(lines), **_values(data, ISSUE_FIELDS)).checked()
