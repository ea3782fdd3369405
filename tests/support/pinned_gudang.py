"""`python -m tests.support.pinned_gudang ARGS`: the gudang command as `python -m gudang` runs
it, on the day GUDANG_TEST_TODAY names (the core's `dates.today`, as the `pin_today` fixture
pins it in the test process).

The command-line tests post on fixed days of November 2026 and check backdating, expiry and
reports against them; with the real clock they failed once those days were more than a week
old. The core itself has no such setting: a day given from outside would let anyone post
without the reason backdating asks for.
"""

from __future__ import annotations

import datetime as dt
import os

from gudang.domain import dates

day = os.environ.get("GUDANG_TEST_TODAY")
if day:
    pinned = dt.date.fromisoformat(day)
    dates.today = lambda: dates._simulated.get() or pinned

from gudang.cli import main  # noqa: E402  (after the pin: modules may keep `today` at import)

raise SystemExit(main())
