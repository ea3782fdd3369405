"""Dates as users and files give them: ISO only in files, strictly checked."""

from __future__ import annotations

import datetime as dt
import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator, Mapping

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


BACKDATE_DAYS = 7  # default of the `backdate_days` setting
BACKDATE_ROLES = ("admin", "kepala_gudang")


_simulated: ContextVar[dt.date | None] = ContextVar("gudang_simulated_day", default=None)


def today() -> dt.date:
    """The day it is where the warehouse is (the machine's local date).

    The one place services ask; tests replace it to pin the day, and the training data
    (gudang.demo) replays its four months of history day by day with `simulated_day`."""
    return _simulated.get() or dt.date.today()


@contextmanager
def simulated_day(day: dt.date) -> Iterator[None]:
    """Act as if it were `day` (for generating training history, never for real postings:
    the `gudang` command and the app do not use it)."""
    token = _simulated.set(day)
    try:
        yield
    finally:
        _simulated.reset(token)


def backdate_days(config: Mapping[str, str]) -> int:
    """The `backdate_days` setting: how many days back a document may be dated freely."""
    value = str(config.get("backdate_days", BACKDATE_DAYS)).strip()
    return int(value) if value.isdigit() and len(value) <= 5 else BACKDATE_DAYS


def is_backdated(date: dt.date, on: dt.date, days: int) -> bool:
    """Dated more than `days` before `on`."""
    return (on - date).days > days


def backdated_note(date: dt.date, reason: str | None) -> str:
    """What an audit summary adds for a document dated back (with the reason given)."""
    return f"; backdated to {date.isoformat()}: {reason}" if reason else ""


def check_document_date(date: dt.date, *, on: dt.date, days: int, role: str,
                        reason: str | None) -> str | None:
    """The rules for a document's date (DESIGN.md section 9): never in the future; more than
    `days` back only for kepala_gudang or admin, with a reason. Returns the reason to store
    (None unless the document is backdated). Errors name the field."""
    from gudang.domain.errors import PermissionDenied
    from gudang.domain.inputs import where_field

    if date > on:
        raise InvalidInput(N_("{date} is in the future (today is {today})"), date=date, today=on).at(
            where_field("date"))
    if not is_backdated(date, on, days):
        return None
    if role not in BACKDATE_ROLES:
        raise PermissionDenied(N_("{date} is more than {days} days ago: only the head of warehouse or an "
                                  "administrator may backdate a document"), date=date, days=days).at(
            where_field("date"))
    if not reason:
        raise InvalidInput(N_("{date} is more than {days} days ago: give the reason for backdating"),
                           date=date, days=days).at(where_field("backdate_reason"))
    return reason
