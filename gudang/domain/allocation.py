"""Sharing short stock fairly: priority first, then shares in proportion to need.

The rule (DESIGN.md section 12), for one item:

1. Claims are served by priority, 1 (most urgent) before 2 before 3.
2. When the stock left covers every claim of a priority, each gets its whole
   need and the rest passes to the next priority.
3. When it does not, the claims of that priority share it in proportion to
   their need (their outstanding quantity), in whole units, by the largest
   remainder method (Hamilton): each claim gets the whole part of its exact
   quota `stock * need / total need`; the units left over go one each to the
   claims with the largest fractional parts. Nothing is left for the lower
   priorities.

A claim never gets more than its need: a quota is at most the need, and a
claim with a fractional part has a whole part below its need, so one more
unit still fits. Every unit of stock is given out when the needs exceed it.

Ties between equal fractional parts are broken deterministically: the larger
need first, then the claim's `order` (the caller passes the request's date and
number, so the older request wins), then its key. Quotas are computed with
exact fractions, so the result never depends on floating-point rounding.

Pure functions over plain values: tested without a database, used by
gudang.services.allocation unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Hashable, Iterable, Sequence


@dataclass(frozen=True, slots=True)
class Claim:
    """What one request line still needs of one item, in whole units."""

    key: Hashable
    priority: int  # 1 most urgent
    need: int  # whole units still outstanding (>= 0)
    order: tuple = ()  # tie-break after the remainder and the need: e.g. (date, request number)


def largest_remainder(stock: int, claims: Sequence[Claim]) -> dict[Hashable, int]:
    """Share `stock` (< the total need) among claims of one priority, in proportion to need."""
    total = sum(c.need for c in claims)
    if total <= 0 or stock <= 0:
        return {c.key: 0 for c in claims}
    if stock >= total:
        return {c.key: c.need for c in claims}
    shares: dict[Hashable, int] = {}
    remainders: list[tuple[Fraction, Claim]] = []
    for claim in claims:
        quota = Fraction(stock * claim.need, total)
        whole = quota.numerator // quota.denominator
        shares[claim.key] = whole
        remainders.append((quota - whole, claim))
    left = stock - sum(shares.values())
    remainders.sort(key=lambda pair: (-pair[0], -pair[1].need, pair[1].order, repr(pair[1].key)))
    for fraction, claim in remainders[:left]:
        shares[claim.key] += 1
    return shares


def share(stock: int, claims: Iterable[Claim]) -> dict[Hashable, int]:
    """Whole units of `stock` for every claim: priority first, proportional within a priority."""
    claims = list(claims)
    if stock < 0:
        raise ValueError("stock must not be negative")
    for claim in claims:
        if claim.need < 0 or claim.priority < 1:
            raise ValueError(f"bad claim {claim!r}")
    result = {c.key: 0 for c in claims}
    left = stock
    for priority in sorted({c.priority for c in claims}):
        group = [c for c in claims if c.priority == priority]
        need = sum(c.need for c in group)
        if left >= need:
            for claim in group:
                result[claim.key] = claim.need
            left -= need
            continue
        result.update(largest_remainder(left, group))
        left = 0
    return result
