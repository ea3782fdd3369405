"""Quantities: exact decimals, parsed strictly from what users and files give.

Quantities are stored as integers of thousandths (see gudang.db.types), so
more than three decimal places cannot be represented and are refused rather
than rounded silently.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from gudang.domain.errors import InvalidInput
from gudang.i18n import N_

SCALE = 3
MEASURE_SCALE = 6
QUANTUM = Decimal(1).scaleb(-SCALE)
MAX_QUANTITY = Decimal("1000000000")  # a billion base units is no real relief shipment
ZERO = Decimal(0)


def parse_quantity(value: object, *, allow_zero: bool = False, places: int = SCALE) -> Decimal:
    """Parse a quantity given as Decimal, int, float or decimal string.

    Refuses booleans, NaN, infinities, exponents beyond range, negative
    numbers, zero (unless allowed), more than three decimals and absurd sizes.
    """
    if isinstance(value, bool) or value is None:
        raise InvalidInput(N_("quantity must be a number, not {value}"), value=value)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip().replace("_", "")
        if not text or len(text) > 40:
            raise InvalidInput(N_("quantity must be a number, not {value}"), value=value)
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InvalidInput(N_("quantity must be a number, not {value}"), value=value) from None
    else:
        raise InvalidInput(N_("quantity must be a number, not {value}"), value=type(value).__name__)
    if not number.is_finite():
        raise InvalidInput(N_("quantity must be a finite number, not {value}"), value=value)
    if number < 0:
        raise InvalidInput(N_("quantity must not be negative: {value}"), value=value)
    if number == 0 and not allow_zero:
        raise InvalidInput(N_("quantity must be greater than zero"))
    if number > MAX_QUANTITY:
        raise InvalidInput(N_("quantity {value} is too large"), value=value)
    quantum = Decimal(1).scaleb(-places)
    if number != number.quantize(quantum):
        raise InvalidInput(N_("quantity {value} has more than {places} decimal places"), value=value,
                           places=places)
    return normalize(number) if number != 0 else ZERO


def parse_measure(value: object) -> Decimal:
    """A weight (kg) or volume (m3) per unit: zero allowed, six decimals (0.0014 m3)."""
    return parse_quantity(value, allow_zero=True, places=MEASURE_SCALE)


def to_storage(quantity: Decimal, scale: int = SCALE) -> int:
    """Quantity -> integer thousandths (or millionths for measures), exactly.

    A value that does not fit exactly (1.23456 in thousandths) is refused, never rounded:
    the services check quantities before writing, so this is the last line of defence."""
    if not isinstance(quantity, Decimal):
        quantity = Decimal(quantity)
    if not quantity.is_finite():
        raise InvalidInput(N_("quantity must be a finite number, not {value}"), value=quantity)
    scaled = quantity.scaleb(scale)
    whole = scaled.to_integral_value()
    if scaled != whole:
        raise InvalidInput(N_("quantity {value} has more than {places} decimal places"),
                           value=quantity, places=scale)
    return int(whole)


def check_decimals(quantity: Decimal, decimals: int) -> Decimal:
    """Refuse, never round, a quantity with more decimals than its item allows.

    `decimals` is the item's (0..3): 0 for counted packages ("whole units only"),
    more for kg and litres."""
    if decimals >= SCALE or quantity == quantity.to_integral_value():
        return quantity
    if decimals <= 0:
        raise InvalidInput(N_("{value}: whole units only"), value=quantity)
    if quantity != quantity.quantize(Decimal(1).scaleb(-decimals)):
        raise InvalidInput(N_("{value} has more than {places} decimal places: this item allows {places}"),
                           value=quantity, places=decimals)
    return quantity


def item_quantity(value: object, decimals: int = SCALE, *, allow_zero: bool = False) -> Decimal:
    """A quantity of one item: positive, finite, exact, within the item's decimals."""
    return check_decimals(parse_quantity(value, allow_zero=allow_zero), decimals)


def from_storage(stored: int | None, scale: int = SCALE) -> Decimal:
    if stored is None:
        return ZERO
    return normalize(Decimal(stored).scaleb(-scale))


def normalize(quantity: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (100, not 1E+2)."""
    if quantity == quantity.to_integral_value():
        return quantity.quantize(Decimal(1))
    return quantity.normalize()


def json_number(quantity: Decimal) -> int | float:
    """A quantity as a JSON number: int when whole, else a float (3 decimals are exact enough)."""
    quantity = normalize(quantity)
    if quantity == quantity.to_integral_value():
        return int(quantity)
    return float(quantity)
