"""A request (permintaan) as the screens build it and `gudang request add` reads it.

    {"date": "2026-11-28", "recipient": "PNR-KKI-02", "event": "BJR-KPR-2026-10",
     "reference": "045/PMT/DS-KUNTU/XI/2026", "priority": 1, "people": 280,
     "households": 74, "days": 3, "notes": "...",
     "lines": [{"sku": "PMK-BRS-MED", "qty": 210}, {"sku": "PRL-FMK-PKT", "qty": 74}]}

Quantities are in the item's base unit. `days` is optional: with it, the lines
are completed from the items' ration standards (people x days, households once,
gudang.domain.rations) for every item with a standard that the file does not
list itself; `lines` may then be left out. Every problem names its line and
field ("line 2, field qty"); unknown fields are refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Mapping

from gudang.domain.dates import parse_date
from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.inputs import clean_code, clean_text, optional_text, where_field, where_line
from gudang.domain.quantity import parse_quantity
from gudang.domain.rations import MAX_DAYS
from gudang.i18n import N_

PRIORITIES = (1, 2, 3)  # 1 most urgent
REQUEST_FIELDS = {"date", "recipient", "event", "reference", "priority", "people", "households", "days",
                  "notes", "lines"}
REQUEST_LINE_FIELDS = {"sku", "qty", "remark"}
LINE_ALIASES = {"item": "sku", "quantity": "qty", "note": "remark"}


@dataclass(frozen=True)
class RequestLineInput:
    sku: str
    qty: Decimal  # in the item's base unit
    remark: str | None = None


@dataclass(frozen=True)
class RequestInput:
    date: dt.date
    recipient: str
    lines: tuple[RequestLineInput, ...] = ()
    event: str | None = None
    reference: str | None = None
    priority: int = 2
    people: int | None = None
    households: int | None = None
    days: int | None = None  # complete the lines from the ration standards
    notes: str | None = None

    def checked(self) -> "RequestInput":
        """The same checks as a file gets, for values the screens build."""
        data = {"date": self.date, "recipient": self.recipient, "event": self.event,
                "reference": self.reference, "priority": self.priority, "people": self.people,
                "households": self.households, "days": self.days, "notes": self.notes,
                "lines": [{"sku": line.sku, "qty": line.qty, "remark": line.remark} for line in self.lines]}
        if not self.lines:
            data.pop("lines")
        return request_from_json(data)


def whole(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool):
            raise InvalidInput(N_("must be a whole number, not {value}"), value=value)
        try:
            number = int(value.strip()) if isinstance(value, str) else int(value)
        except (TypeError, ValueError):
            raise InvalidInput(N_("must be a whole number, not {value}"), value=value) from None
        if not isinstance(value, (int, str)) and number != value:
            raise InvalidInput(N_("must be a whole number, not {value}"), value=value)
        if not low <= number <= high:
            raise InvalidInput(N_("must be between {low} and {high}, not {value}"), low=low, high=high,
                               value=value)
        return number
    return parse


def _get(data: Mapping[str, Any], name: str, parse: Callable[[Any], Any], where: str,
         required: bool = False) -> Any:
    value = data.get(name)
    if value is None or value == "":
        if required:
            raise InvalidInput(N_("is required")).at(where)
        return None
    try:
        return parse(value)
    except GudangError as error:
        raise error.at(where) from None


def request_from_json(data: object) -> RequestInput:
    if not isinstance(data, dict):
        raise InvalidInput(N_("{what} must be a JSON object"), what="request")
    unknown = sorted(str(k) for k in data if k not in REQUEST_FIELDS | {"type"})
    if unknown:
        raise InvalidInput(N_("unknown field {field}"), field=unknown[0])
    header = dict(
        date=_get(data, "date", parse_date, where_field("date"), True),
        recipient=_get(data, "recipient", clean_code, where_field("recipient"), True),
        event=_get(data, "event", clean_code, where_field("event")),
        reference=_get(data, "reference", lambda v: optional_text(v, 120), where_field("reference")),
        priority=_get(data, "priority", whole(1, 3), where_field("priority")) or 2,
        people=_get(data, "people", whole(0, 10_000_000), where_field("people")),
        households=_get(data, "households", whole(0, 10_000_000), where_field("households")),
        days=_get(data, "days", whole(1, MAX_DAYS), where_field("days")),
        notes=_get(data, "notes", lambda v: clean_text(v, max_length=2000, multiline=True), where_field("notes")),
    )
    raw_lines = data.get("lines")
    if raw_lines is None and header["days"]:
        raw_lines = []
    if not isinstance(raw_lines, list) or (not raw_lines and not header["days"]):
        raise InvalidInput(N_("must be a non-empty list of lines")).at(where_field("lines"))
    if header["days"] and not (header["people"] or header["households"]):
        raise InvalidInput(N_("give the people or the households to compute the lines for {days} days"),
                           days=header["days"]).at(where_field("days"))
    lines: list[RequestLineInput] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(raw_lines, start=1):
        if not isinstance(line, dict):
            raise InvalidInput(N_("must be a JSON object")).at(where_line(number))
        line = {LINE_ALIASES.get(k, k) if k not in REQUEST_LINE_FIELDS else k: v for k, v in line.items()}
        unknown = sorted(str(k) for k in line if k not in REQUEST_LINE_FIELDS)
        if unknown:
            raise InvalidInput(N_("unknown field {field}"), field=unknown[0]).at(where_line(number))
        sku = _get(line, "sku", clean_code, where_line(number, "sku"), True)
        if sku in seen:
            raise InvalidInput(N_("{sku} is already on line {line}: one line per item"), sku=sku,
                               line=seen[sku]).at(where_line(number, "sku"))
        seen[sku] = number
        lines.append(RequestLineInput(
            sku=sku, qty=_get(line, "qty", parse_quantity, where_line(number, "qty"), True),
            remark=_get(line, "remark", lambda v: optional_text(v, 500), where_line(number, "remark"))))
    return RequestInput(lines=tuple(lines), **header)
