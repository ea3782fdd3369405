"""FEFO allocation: first expired, first out.

Order: expiry date (lots without expiry last), then received date, then lot
id, then bin code. Lots expired on the document date or in quarantine are
never candidates. Pure functions over plain values so the rule is tested
without a database and used by the posting path unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

_FAR_FUTURE = dt.date.max


@dataclass(frozen=True, slots=True)
class Candidate:
    """Stock of one lot in one bin that could be issued."""

    lot_id: int
    location_id: int
    location_code: str
    expiry: dt.date | None
    received: dt.date
    available: Decimal
    quarantined: bool = False


@dataclass(frozen=True, slots=True)
class Allocation:
    lot_id: int
    location_id: int
    quantity: Decimal


def fefo_key(candidate: Candidate) -> tuple:
    return (candidate.expiry or _FAR_FUTURE, candidate.received, candidate.lot_id,
            candidate.location_code)


def is_expired(expiry: dt.date | None, on: dt.date) -> bool:
    """A lot may be used up to and including its expiry date."""
    return expiry is not None and expiry < on


def usable(candidate: Candidate, on: dt.date) -> bool:
    return not candidate.quarantined and not is_expired(candidate.expiry, on) and candidate.available > 0


def fefo_order(candidates: Iterable[Candidate], on: dt.date) -> list[Candidate]:
    return sorted((c for c in candidates if usable(c, on)), key=fefo_key)


def allocate(candidates: Sequence[Candidate], quantity: Decimal, on: dt.date) -> tuple[list[Allocation], Decimal]:
    """Take `quantity` from the candidates in FEFO order.

    Returns the allocations and the quantity that could not be covered
    (zero when the stock sufficed). Candidates must be of one item.
    """
    ordered = fefo_order(candidates, on)
    left = {(c.lot_id, c.location_id): c.available for c in ordered}
    return take(ordered, left, quantity)


def take(ordered: Sequence[Candidate], left: dict[tuple[int, int], Decimal],
         quantity: Decimal) -> tuple[list[Allocation], Decimal]:
    """Allocate from candidates already in FEFO order, consuming what is `left`.

    Lets several lines of one document draw on the same stock in turn.
    """
    remaining = quantity
    taken: list[Allocation] = []
    for candidate in ordered:
        if remaining <= 0:
            break
        key = (candidate.lot_id, candidate.location_id)
        available = left.get(key, Decimal(0))
        if available <= 0:
            continue
        amount = min(available, remaining)
        taken.append(Allocation(candidate.lot_id, candidate.location_id, amount))
        left[key] = available - amount
        remaining -= amount
    return taken, remaining
