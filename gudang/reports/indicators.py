"""The figures behind the charts a cluster meeting looks at.

- `distribution_by_kecamatan`: kg dispatched and people reached per kecamatan;
- `stock_cover`: days of stock left per item at the current issue rate (what
  left the bins by goods issues not cancelled over the last `days` days, per day);
- `expiries_by_month`: what is on hand, by the month its lots expire (kg and
  lots), with what has already expired first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, distinct, func, or_, select, type_coerce
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import ON_HAND_KINDS, TRANSIT, Balance, Document, Item, Location, Lot, StockMove
from gudang.domain import dates
from gudang.domain.fefo import is_expired
from gudang.domain.quantity import MEASURE_SCALE, SCALE, ZERO
from gudang.reports.distribution import kecamatan_totals
from gudang.services.uow import UnitOfWork


@dataclass(frozen=True)
class KecamatanTotal:
    kecamatan: str
    kg: Decimal
    people: int


def distribution_by_kecamatan(db: Database, *, event: str | None = None, start: dt.date | None = None,
                              end: dt.date | None = None) -> list[KecamatanTotal]:
    return [KecamatanTotal(*values) for values in kecamatan_totals(db, event=event, start=start, end=end)]


@dataclass(frozen=True)
class Cover:
    sku: str
    item: str
    unit: str
    on_hand: Decimal  # usable today: not expired, not in quarantine
    per_day: Decimal  # issued per day over the window
    days: Decimal | None  # on_hand / per_day; None when nothing was issued


_reversal = aliased(Document)


def stock_cover(db: Database, *, days: int = 30, as_of: dt.date | None = None) -> list[Cover]:
    """Items issued in the last `days` days, the shortest cover first."""
    as_of = as_of or dates.today()
    since = as_of - dt.timedelta(days=days - 1)
    with UnitOfWork(db, write=False) as uow:
        transit = uow.conn.execute(select(Location.id).where(Location.kind == TRANSIT)).scalars().all()
        cancelled = select(_reversal.reverses_id).where(_reversal.reverses_id.is_not(None))
        issued = uow.conn.execute(
            select(Item.id, Item.sku, Item.name, Item.base_unit, func.sum(type_coerce(StockMove.qty, BigInteger)))
            .select_from(StockMove)
            .join(Document, Document.id == StockMove.document_id)
            .join(Item, Item.id == StockMove.item_id)
            .where(Document.type == "issue", Document.state == "posted", StockMove.to_location_id.in_(transit),
                   Document.date >= since, Document.date <= as_of, Document.id.not_in(cancelled))
            .group_by(Item.id)).all()
        # What can be issued today per item, summed in the database in one query.
        usable = uow.conn.execute(
            select(Balance.item_id, func.sum(type_coerce(Balance.qty, BigInteger)))
            .join(Lot, Lot.id == Balance.lot_id)
            .join(Location, Location.id == Balance.location_id)
            .where(Balance.qty > 0, Location.kind.in_(("storage", "receiving")), Lot.status == "available",
                   or_(Lot.expiry.is_(None), Lot.expiry >= as_of))
            .group_by(Balance.item_id)).all()
    on_hand = dict(usable)
    out = []
    for item_id, sku, name, unit, stored in issued:
        per_day = Decimal(stored or 0).scaleb(-SCALE) / days
        stock = Decimal(on_hand.get(item_id) or 0).scaleb(-SCALE)
        cover = (stock / per_day).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) if per_day > 0 else None
        out.append(Cover(sku, name, unit, stock, per_day.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP), cover))
    return sorted(out, key=lambda c: (c.days is None, c.days if c.days is not None else 0, c.sku))


@dataclass(frozen=True)
class ExpiryMonth:
    month: dt.date | None  # first day of the month; None: already expired
    lots: int
    kg: Decimal


def expiries_by_month(db: Database, *, months: int = 12, as_of: dt.date | None = None) -> list[ExpiryMonth]:
    """Stock on hand by expiry month for the next `months` months; expired lots first (month None)."""
    as_of = as_of or dates.today()
    first = as_of.replace(day=1)
    year, month = first.year, first.month + months
    year += (month - 1) // 12
    last = dt.date(year, (month - 1) % 12 + 1, 1)
    with UnitOfWork(db, write=False) as uow:
        # Summed per expiry date in the database (a few hundred dates), in stored integers:
        # quantity thousandths x weight millionths.
        grams = func.sum(type_coerce(Balance.qty, BigInteger) * type_coerce(Item.weight_kg, BigInteger))
        rows = uow.conn.execute(
            select(Lot.expiry, func.count(distinct(Lot.id)), grams)
            .join(Balance, Balance.lot_id == Lot.id)
            .join(Item, Item.id == Lot.item_id)
            .where(Balance.qty > 0, Balance.location_id.in_(
                select(Location.id).where(Location.kind.in_(ON_HAND_KINDS)).scalar_subquery()),
                Lot.expiry.is_not(None), Lot.expiry < last)
            .group_by(Lot.expiry)).all()
    buckets: dict[dt.date | None, list] = {}
    for expiry, lots, stored in rows:
        key = None if is_expired(expiry, as_of) else expiry.replace(day=1)
        entry = buckets.setdefault(key, [0, ZERO])
        entry[0] += lots
        entry[1] += Decimal(stored or 0).scaleb(-(SCALE + MEASURE_SCALE))
    out = [ExpiryMonth(None, *buckets.get(None, [0, ZERO]))]
    month = first
    for _ in range(months):
        lots, kg = buckets.get(month, [0, ZERO])
        out.append(ExpiryMonth(month, lots, kg))
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return out
