"""Column types shared by the tables."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator

from gudang.domain.quantity import MEASURE_SCALE, SCALE, from_storage, to_storage


class Quantity(TypeDecorator):
    """A Decimal quantity stored as an integer of thousandths.

    Exact on SQLite (whose NUMERIC is a float) and PostgreSQL alike, and SUM()
    in SQL stays exact.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = SCALE) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Decimal | None, dialect) -> int | None:
        if value is None:
            return None
        return to_storage(Decimal(value), self.scale)

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:
        if value is None:
            return None
        return from_storage(value, self.scale)


class Measure(Quantity):
    """Weight (kg) or volume (m3) per base unit: millionths, since a sachet is 0.0014 m3."""

    cache_ok = True

    def __init__(self) -> None:
        super().__init__(MEASURE_SCALE)
