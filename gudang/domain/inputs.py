"""What a user asks for, as plain frozen values, and strict parsing of files.

The desktop screens build these values directly; the `gudang` command and
`replay` parse them from JSON with `receipt_from_json` and friends, which
name the document line and field of every problem ("line 2, field qty").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Mapping

from gudang.domain.dates import parse_date
from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.quantity import parse_quantity
from gudang.i18n import N_, tr

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
CONDITIONS = ("good", "damaged")


def where_line(line_no: int, field: str | None = None) -> str:
    if field is None:
        return tr(N_("line {line}")).format(line=line_no)
    return tr(N_("line {line}, field {field}")).format(line=line_no, field=field)


def where_field(field: str) -> str:
    return tr(N_("field {field}")).format(field=field)


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


@dataclass(frozen=True)
class IssueLineInput:
    sku: str
    qty: Decimal
    unit: str | None = None
    lot: str | None = None  # a requested lot: its barcode or supplier lot code
    reason: str | None = None  # why a lot other than the FEFO one is taken


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
    request: str | None = None  # the number of the request (permintaan, PMT) it serves


def _field(data: Mapping[str, Any], name: str, parse: Callable[[Any], Any], *,
           required: bool = False, where: Callable[[str], str] = where_field) -> Any:
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


def _condition(value: object) -> str:
    text = clean_code(value)
    if text not in CONDITIONS:
        raise InvalidInput(N_("must be one of {choices}, not {value}"),
                           choices=", ".join(CONDITIONS), value=text)
    return text


RECEIPT_FIELDS = {"date", "donor", "reference", "event", "vehicle", "deliverer", "notes", "lines"}
RECEIPT_LINE_FIELDS = {"sku", "qty", "unit", "lot", "expiry", "location", "expected_qty",
                       "condition", "remark"}
ISSUE_FIELDS = {"date", "recipient", "destination", "event", "reference", "transport_mode",
                "carrier", "vehicle", "driver", "driver_phone", "notes", "lines", "request"}
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


def receipt_from_json(data: object) -> ReceiptInput:
    data = _require_object(data, "receipt")
    receipt_aliases = {**HEADER_ALIASES, "driver": "deliverer"}
    data = _aliased(data, receipt_aliases, RECEIPT_FIELDS)
    if isinstance(data.get("lines"), list):
        data["lines"] = [_aliased(line, LINE_ALIASES, RECEIPT_LINE_FIELDS) if isinstance(line, dict) else line
                         for line in data["lines"]]
    _check_unknown(data, RECEIPT_FIELDS | {"type"})
    header = dict(
        date=_field(data, "date", parse_date, required=True),
        donor=_field(data, "donor", clean_code, required=True),
        reference=_field(data, "reference", lambda v: optional_text(v, 120)),
        event=_field(data, "event", clean_code),
        vehicle=_field(data, "vehicle", lambda v: optional_text(v, 40)),
        deliverer=_field(data, "deliverer", lambda v: optional_text(v, 120)),
        notes=_field(data, "notes", lambda v: clean_text(v, max_length=2000, multiline=True)),
    )
    lines = []
    for number, line in enumerate(_lines(data), start=1):
        at = lambda f, n=number: where_line(n, f)  # noqa: E731
        _check_unknown(line, RECEIPT_LINE_FIELDS, where_line(number))
        lines.append(ReceiptLineInput(
            sku=_field(line, "sku", clean_code, required=True, where=at),
            qty=_field(line, "qty", parse_quantity, required=True, where=at),
            unit=_field(line, "unit", lambda v: clean_code(v, max_length=20), where=at),
            lot=_field(line, "lot", clean_code, where=at),
            expiry=_field(line, "expiry", parse_date, where=at),
            location=_field(line, "location", clean_code, where=at),
            expected_qty=_field(line, "expected_qty", lambda v: parse_quantity(v, allow_zero=True), where=at),
            condition=_field(line, "condition", _condition, where=at) or "good",
            remark=_field(line, "remark", lambda v: optional_text(v, 500), where=at),
        ))
    return ReceiptInput(lines=tuple(lines), **header)


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
    header = dict(
        date=_field(data, "date", parse_date, required=True),
        recipient=_field(data, "recipient", clean_code, required=True),
        destination=_field(data, "destination", lambda v: optional_text(v, 300)),
        event=_field(data, "event", clean_code),
        reference=_field(data, "reference", lambda v: optional_text(v, 120)),
        transport_mode=_field(data, "transport_mode", lambda v: optional_text(v, 40)),
        carrier=_field(data, "carrier", lambda v: optional_text(v, 120)),
        vehicle=_field(data, "vehicle", lambda v: optional_text(v, 40)),
        driver=_field(data, "driver", lambda v: optional_text(v, 120)),
        driver_phone=_field(data, "driver_phone", lambda v: optional_text(v, 40)),
        notes=_field(data, "notes", lambda v: clean_text(v, max_length=2000, multiline=True)),
        request=_field(data, "request", lambda v: clean_code(v, max_length=60)),
    )
    lines = []
    for number, line in enumerate(_lines(data), start=1):
        at = lambda f, n=number: where_line(n, f)  # noqa: E731
        _check_unknown(line, ISSUE_LINE_FIELDS, where_line(number))
        lines.append(IssueLineInput(
            sku=_field(line, "sku", clean_code, required=True, where=at),
            qty=_field(line, "qty", parse_quantity, required=True, where=at),
            unit=_field(line, "unit", lambda v: clean_code(v, max_length=20), where=at),
            lot=_field(line, "lot", clean_code, where=at),
            reason=_field(line, "reason", lambda v: optional_text(v, 500), where=at),
        ))
    return IssueInput(lines=tuple(lines), **header)
