"""Postings in a few round trips (issue 15): the statements a 40-line receipt and a 10-line
FEFO goods issue send are pinned, counted the way the benchmarks count them
(tests/benchmarks/roundtrips.py), so a change that adds a statement per line, a lookup
or a second read fails here rather than on a 4G link.

The limits are the counts measured when they were set; a change that lowers them
should lower the limits too.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.roundtrips import StatementCounter
from tests.support.builders import basic_world, issue, item, receive

# (statements, round trips) at most, per engine. Round trips count BEGIN and COMMIT too.
# SQLite has no data-modifying CTEs: one executemany per table written.
LIMITS = {
    "sqlite": {"receipt": (9, 11), "issue": (9, 11)},
    "postgresql": {"receipt": (4, 6), "issue": (4, 6)},
}
SKUS = [f"RT-{n:02d}" for n in range(12)]


@pytest.fixture
def counted(any_db):
    basic_world(any_db)
    for sku in SKUS:
        item(any_db, sku, min_stock=5)
    counter = StatementCounter(any_db.engine)
    yield any_db, counter, LIMITS[any_db.engine.dialect.name]
    counter.close()


def _receipt_lines(n: int, start: int = 0):
    return [(SKUS[k % len(SKUS)], 100 + k, f"LOT-{start + k:03d}", f"2027-0{1 + k % 9}-15",
             ("A-01", "A-02", "B-01")[k % 3]) for k in range(n)]


def test_a_40_line_receipt_and_a_10_line_issue_stay_within_their_round_trips(counted):
    db, counter, limits = counted
    receive(db, "2026-11-01", _receipt_lines(40))  # warm: compiled statements, the overlap window
    issue(db, "2026-11-02", [(sku, 30) for sku in SKUS[:10]])

    with counter.measure() as receipt:
        posted = receive(db, "2026-11-03", _receipt_lines(40, start=40), reference="SJ-2")
    assert len(posted.lines) == 40
    with counter.measure() as goods_issue:
        # 10 lines, each spanning lots in several bins (FEFO), with warnings (minimum, overlap)
        result = issue(db, "2026-11-04", [(sku, 150) for sku in SKUS[:10]])
    assert len(result.allocations) > 10 and result.warnings

    for name, count in (("receipt", receipt), ("issue", goods_issue)):
        statements, round_trips = limits[name]
        assert count.statements <= statements, f"{name}: {count.statements} statements\n{count}"
        assert count.round_trips <= round_trips, f"{name}: {count.round_trips} round trips\n{count}"
