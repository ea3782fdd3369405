"""Dates as users and files give them: ISO only in files, strictly checked."""

from __future__ import annotations

import datetime as dt
import re

from gudang.domain.errors import InvalidInput
from gudang.i18n import N_

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2100, 12, 31)


def parse_date(value: object) -> dt.date:
    """Parse an ISO date (2026-11-27); refuse impossible or out-of-range dates."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str) and _ISO.match(value.strip()):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidInput(N_("{value} is not a real date"), value=value) from None
    else:
        raise InvalidInput(N_("date must look like 2026-11-27, not {value}"), value=value)
    if not EARLIEST <= day <= LATEST:
        raise InvalidInput(N_("date {value} is out of range"), value=value)
    return day


def days_between(start: dt.date, end: dt.date) -> int:
    return (end - start).days
