"""The day the tests with fixed dates run on.

Many tests post on fixed days of November 2026 with lots expiring from December 2026 on, and
the core asks `gudang.domain.dates.today()` whether a date is in the future, too far back
without a reason, or a lot expired. With the real clock they turned red as the calendar
moved on (run under libfaketime 75 days ahead: 90 tests). They run on SCENARIO_DAY instead:
in the test process by the `scenario_day` fixture (tests/conftest.py), in the processes they
start by GUDANG_TEST_TODAY (`pin_from_environment`). Tests dated relative to the real today
(tests.support.needs, test_records) keep the real clock.
"""

from __future__ import annotations

import datetime as dt
import os

SCENARIO_DAY = "2026-12-01"


def pin_from_environment() -> None:
    """In a process a test started: the core's today is GUDANG_TEST_TODAY, if set (the demo's
    simulated days still win inside `simulated_day`)."""
    day = os.environ.get("GUDANG_TEST_TODAY")
    if not day:
        return
    from gudang.domain import dates

    pinned = dt.date.fromisoformat(day)
    dates.today = lambda: dates._simulated.get() or pinned
