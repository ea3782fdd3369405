"""`python -m tests.support.pinned_gudang ARGS`: the gudang command as `python -m gudang` runs
it, on the day GUDANG_TEST_TODAY names (tests.support.clock).

The core itself has no such setting: a day given from outside would let anyone post without
the reason backdating asks for.
"""

from __future__ import annotations

from tests.support.clock import pin_from_environment

pin_from_environment()

from gudang.command import main  # noqa: E402  (after the pin: modules may keep `today` at import)

raise SystemExit(main())
