"""FEFO ordering and allocation as pure functions (gudang.domain.fefo)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, strategies as st

from gudang.domain.fefo import Allocation, Candidate, allocate, fefo_order, is_expired, take

D = dt.date
TODAY = D(2026, 11, 27)


def c(lot, *, expiry=None, received=D(2026, 1, 1), qty=10, bin="A-01", loc=None, quarantined=False):
    return Candidate(lot, loc if loc is not None else hash(bin) % 1000, bin, expiry, received,
                     Decimal(qty), quarantined)


def lots(ordered):
    return [x.lot_id for x in ordered]


def test_earliest_expiry_first_and_lots_without_expiry_last():
    ordered = fefo_order([c(1, expiry=None), c(2, expiry=D(2027, 6, 1)), c(3, expiry=D(2027, 1, 1)),
                          c(4, expiry=D(2030, 1, 1))], TODAY)
    assert lots(ordered) == [3, 2, 4, 1]


def test_same_expiry_then_received_date_then_id():
    same = D(2027, 1, 1)
    ordered = fefo_order([c(7, expiry=same, received=D(2026, 5, 1)), c(5, expiry=same, received=D(2026, 6, 1)),
                          c(6, expiry=same, received=D(2026, 5, 1)), c(2, expiry=same, received=D(2026, 7, 1))],
                         TODAY)
    assert lots(ordered) == [6, 7, 5, 2]


def test_lots_without_expiry_ordered_by_received_then_id():
    ordered = fefo_order([c(3, received=D(2026, 3, 1)), c(1, received=D(2026, 4, 1)),
                          c(2, received=D(2026, 3, 1))], TODAY)
    assert lots(ordered) == [2, 3, 1]


def test_one_lot_in_several_bins_ordered_by_bin_code():
    ordered = fefo_order([c(1, bin="B-02", loc=2), c(1, bin="A-01", loc=1), c(1, bin="A-10", loc=3)], TODAY)
    assert [x.location_code for x in ordered] == ["A-01", "A-10", "B-02"]


def test_expired_lots_excluded_but_usable_on_their_expiry_date():
    ordered = fefo_order([c(1, expiry=TODAY - dt.timedelta(days=1)), c(2, expiry=TODAY),
                          c(3, expiry=TODAY + dt.timedelta(days=1))], TODAY)
    assert lots(ordered) == [2, 3]
    assert is_expired(TODAY - dt.timedelta(days=1), TODAY)
    assert not is_expired(TODAY, TODAY)
    assert not is_expired(None, TODAY)


def test_quarantined_and_empty_stock_never_candidates():
    ordered = fefo_order([c(1, expiry=D(2026, 12, 1), quarantined=True), c(2, expiry=D(2027, 1, 1), qty=0),
                          c(3, expiry=D(2028, 1, 1))], TODAY)
    assert lots(ordered) == [3]


def test_allocate_splits_across_lots_and_bins_in_order():
    candidates = [c(1, expiry=D(2027, 3, 1), qty=4, bin="A-01", loc=1),
                  c(2, expiry=D(2027, 1, 1), qty=3, bin="B-01", loc=2),
                  c(2, expiry=D(2027, 1, 1), qty=2, bin="A-02", loc=3),
                  c(3, qty=100, bin="A-01", loc=1)]
    allocations, missing = allocate(candidates, Decimal(8), TODAY)
    assert missing == 0
    assert allocations == [Allocation(2, 3, Decimal(2)), Allocation(2, 2, Decimal(3)),
                           Allocation(1, 1, Decimal(3))]


def test_allocate_reports_what_is_missing():
    allocations, missing = allocate([c(1, expiry=D(2027, 1, 1), qty=3),
                                     c(2, expiry=D(2020, 1, 1), qty=50)], Decimal(5), TODAY)
    assert allocations == [Allocation(1, c(1).location_id, Decimal(3))]
    assert missing == Decimal(2)


def test_take_lets_several_lines_consume_in_turn():
    ordered = fefo_order([c(1, expiry=D(2027, 1, 1), qty=5, loc=1), c(2, expiry=D(2027, 2, 1), qty=5, loc=1)],
                         TODAY)
    left = {(x.lot_id, x.location_id): x.available for x in ordered}
    first, missing1 = take(ordered, left, Decimal(4))
    second, missing2 = take(ordered, left, Decimal(4))
    assert (missing1, missing2) == (0, 0)
    assert first == [Allocation(1, 1, Decimal(4))]
    assert second == [Allocation(1, 1, Decimal(1)), Allocation(2, 1, Decimal(3))]
    assert left == {(1, 1): 0, (2, 1): 2}


candidate_st = st.builds(
    lambda lot, loc, exp, rec, qty, q: Candidate(lot, loc, f"B-{loc:02d}", exp, rec, Decimal(qty), q),
    st.integers(1, 8), st.integers(1, 4),
    st.one_of(st.none(), st.dates(D(2026, 10, 1), D(2027, 12, 31))),
    st.dates(D(2026, 1, 1), D(2026, 11, 27)), st.integers(0, 20), st.booleans())


@given(st.lists(candidate_st, max_size=12, unique_by=lambda x: (x.lot_id, x.location_id)),
       st.integers(1, 120), st.dates(D(2026, 10, 1), D(2027, 12, 31)))
def test_allocation_properties(candidates, want, on):
    allocations, missing = allocate(candidates, Decimal(want), on)
    by_key = {(x.lot_id, x.location_id): x for x in candidates}
    usable_total = sum((x.available for x in candidates
                        if not x.quarantined and not is_expired(x.expiry, on)), Decimal(0))
    # exactly what was asked, or everything usable
    assert sum((a.quantity for a in allocations), Decimal(0)) + missing == want
    assert missing == max(Decimal(0), want - usable_total)
    for a in allocations:
        source = by_key[(a.lot_id, a.location_id)]
        assert a.quantity > 0 and a.quantity <= source.available
        assert not source.quarantined and not is_expired(source.expiry, on)
    # FEFO: every candidate ranked before the last one used was emptied
    ordered = fefo_order(candidates, on)
    if allocations:
        last = ordered.index(by_key[(allocations[-1].lot_id, allocations[-1].location_id)])
        used = {(a.lot_id, a.location_id): a.quantity for a in allocations}
        for earlier in ordered[:last]:
            assert used.get((earlier.lot_id, earlier.location_id)) == earlier.available
