"""The fair-share rule (gudang.domain.allocation): priority first, then shares in
proportion to need by the largest remainder, whole units, never more than asked."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from gudang.domain.allocation import Claim, largest_remainder, share


def claims(*spec):
    """spec: (key, priority, need[, order])"""
    return [Claim(key, priority, need, tuple(rest)) for key, priority, need, *rest in spec]


def test_enough_stock_gives_every_claim_its_whole_need_and_no_more():
    assert share(100, claims(("a", 1, 30), ("b", 2, 20), ("c", 3, 10))) == {"a": 30, "b": 20, "c": 10}


def test_higher_priority_is_served_first_and_lower_ones_share_the_rest():
    result = share(100, claims(("urgent", 1, 60), ("b", 2, 50), ("c", 2, 30)))
    assert result["urgent"] == 60  # whole need: priority 1 first
    assert result["b"] + result["c"] == 40  # the rest, shared 50:30
    assert (result["b"], result["c"]) == (25, 15)
    assert share(50, claims(("urgent", 1, 60), ("low", 3, 10))) == {"urgent": 50, "low": 0}


def test_shares_are_proportional_to_need_with_the_largest_remainder():
    # quotas 3.5, 2.1, 1.4: floors 3, 2, 1 and the one unit left goes to the largest fraction (.5)
    assert share(7, claims(("a", 1, 50), ("b", 1, 30), ("c", 1, 20))) == {"a": 4, "b": 2, "c": 1}
    # quotas 4.2, 2.4, 0.4 (stock 7 for 21, 12, 2 of 35): 4, 2, 0 and one left; b and c tie at .4,
    # the larger need (b) wins it
    assert share(7, claims(("a", 2, 21), ("b", 2, 12), ("c", 2, 2))) == {"a": 4, "b": 3, "c": 0}


def test_ties_go_to_the_larger_need_then_the_older_request():
    # quotas 37.5 and 22.5: equal fractions, the larger need wins the unit
    assert share(60, claims(("big", 2, 50), ("small", 2, 30))) == {"big": 38, "small": 22}
    # equal needs and fractions: the earlier `order` (date, entry) wins, whatever the input order
    later, earlier = Claim("later", 1, 10, ("2026-11-29", 7)), Claim("earlier", 1, 10, ("2026-11-28", 9))
    assert share(5, [later, earlier]) == {"earlier": 3, "later": 2}
    assert share(5, [earlier, later]) == {"earlier": 3, "later": 2}


def test_zero_stock_zero_needs_and_bad_claims():
    assert share(0, claims(("a", 1, 5))) == {"a": 0}
    assert share(9, claims(("a", 1, 0), ("b", 1, 4))) == {"a": 0, "b": 4}
    assert largest_remainder(3, []) == {}
    with pytest.raises(ValueError):
        share(-1, claims(("a", 1, 5)))
    with pytest.raises(ValueError):
        share(5, claims(("a", 0, 5)))


claim_lists = st.lists(st.tuples(st.integers(1, 3), st.integers(0, 500)), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(stock=st.integers(0, 3000), spec=claim_lists)
def test_the_rule_holds_for_any_stock_and_claims(stock, spec):
    cs = [Claim(i, priority, need, (i,)) for i, (priority, need) in enumerate(spec)]
    result = share(stock, cs)
    total = sum(c.need for c in cs)
    # whole units, never more than asked, all stock used when short
    assert all(isinstance(v, int) and 0 <= v <= c.need for c, v in ((c, result[c.key]) for c in cs))
    assert sum(result.values()) == min(stock, total)
    # priority first: a lower priority gets something only when every higher one is full
    for c in cs:
        if result[c.key] > 0:
            assert all(result[h.key] == h.need for h in cs if h.priority < c.priority)
    # within the priority that ran short: each share is within one unit of its exact quota
    left = stock
    for priority in sorted({c.priority for c in cs}):
        group = [c for c in cs if c.priority == priority]
        need = sum(c.need for c in group)
        if 0 < left < need:
            for c in group:
                quota = Fraction(left * c.need, need)
                assert abs(result[c.key] - quota) < 1
            break
        left -= min(left, need)
    # deterministic
    assert share(stock, list(reversed(cs))) == result
