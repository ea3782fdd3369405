"""The rules of one document line, in one place for the services and the screens.

A service calls `receipt_line_problems` / `issue_line_problems` for every line before it
writes and refuses the first problem; a screen calls the same functions while the user
types, to mark each cell with the core's own words. Nothing here touches the database:
the caller passes what it knows of the item (`ItemRules`, or any row with the same
attributes) and of the bin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Mapping

from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.fefo import is_expired
from gudang.domain.inputs import IssueLineInput, ReceiptLineInput, where_line
from gudang.domain.quantity import MAX_QUANTITY, check_decimals, parse_quantity
from gudang.i18n import N_

GOODS_KINDS = ("storage", "receiving", "quarantine")  # bins goods can be received into


@dataclass(frozen=True)
class ItemRules:
    """What the line rules need to know of an item (the services pass a lookup row)."""

    sku: str
    base_unit: str
    lot_tracked: bool = True
    expiry_required: bool = True
    decimals: int = 0
    active: bool = True
    units: Mapping[str, Decimal] = field(default_factory=dict)  # pack unit (any case) -> base units


def unit_factor(item, unit: str | None, factors: Mapping | None = None) -> tuple[str, Decimal]:
    """The unit a line is counted in and how many base units one of it holds.

    `factors` maps (item id, unit lower-case) -> factor (the services' lookup), or, when
    None, the item's own `units` mapping is used (ItemRules)."""
    if unit is None or unit.lower() == item.base_unit.lower():
        return item.base_unit, Decimal(1)
    if factors is None:
        units = {name.lower(): (name, factor) for name, factor in getattr(item, "units", {}).items()}
        found = units.get(unit.lower())
        factor = found[1] if found else None
        unit = found[0] if found else unit
    else:
        factor = factors.get((item.id, unit.lower()))
    if factor is None:
        raise InvalidInput(N_("{sku} has no unit {unit}"), sku=item.sku, unit=unit)
    return unit, factor


def line_quantity(line_no: int, item, qty: object, unit: str | None, factors: Mapping | None = None
                  ) -> tuple[str, Decimal, Decimal]:
    """(unit, qty, qty in base units) of a line, or an error at its unit or qty field: a
    positive, finite number with no more decimals than the item allows, in the line's unit
    and in base units."""
    if (type(qty) is Decimal and (unit is None or unit == item.base_unit) and qty.is_finite()
            and qty.as_tuple().exponent == 0 and 0 < qty <= MAX_QUANTITY):
        return item.base_unit, qty, qty  # a whole number in the base unit: nothing to convert
    try:
        unit, factor = unit_factor(item, unit, factors)
    except GudangError as error:
        raise _at(error, line_no, "unit") from None
    try:
        number = parse_quantity(qty)
        decimals = getattr(item, "decimals", 3)
        check_decimals(number, decimals)
        base = number * factor
        if factor != 1:
            base = parse_quantity(base)  # exact and within range in base units too
            check_decimals(base, decimals)
    except GudangError as error:
        raise _at(error, line_no, "qty") from None
    return unit, number, base


def _at(error: GudangError, line_no: int, name: str) -> GudangError:
    return error.at(where_line(line_no, name))


def receipt_line_problems(line_no: int, line: ReceiptLineInput, item, *, date: dt.date,
                          location_kind: str | None = None, location_active: bool = True,
                          factors: Mapping | None = None) -> list[GudangError]:
    """Every problem of one receipt line, each naming line and field.

    `location_kind` is the kind of the line's bin (None: the default bin is used)."""
    problems: list[GudangError] = []
    if not getattr(item, "active", True):
        problems.append(_at(InvalidInput(N_("item {sku} is deactivated"), sku=item.sku), line_no, "sku"))
    try:
        line_quantity(line_no, item, line.qty, line.unit, factors)
    except GudangError as error:
        problems.append(error)
    if item.lot_tracked and not line.lot:
        problems.append(_at(InvalidInput(N_("{sku} is tracked by lot: the lot is required"), sku=item.sku),
                            line_no, "lot"))
    if item.expiry_required and line.expiry is None:
        problems.append(_at(InvalidInput(N_("{sku} needs an expiry date"), sku=item.sku), line_no, "expiry"))
    if line.expiry is not None and is_expired(line.expiry, date):
        problems.append(_at(InvalidInput(N_("expiry {expiry} is already past on {date}"),
                                         expiry=line.expiry, date=date), line_no, "expiry"))
    if line.location and location_kind is not None:
        if location_kind not in GOODS_KINDS or not location_active:
            problems.append(_at(InvalidInput(N_("{code} is not a bin goods can be put in"), code=line.location),
                                line_no, "location"))
        elif line.condition == "damaged" and location_kind != "quarantine":
            problems.append(_at(InvalidInput(N_("damaged goods must go to a quarantine location, not {code}"),
                                             code=line.location), line_no, "location"))
    return problems


def issue_line_problems(line_no: int, line: IssueLineInput, item,
                        factors: Mapping | None = None) -> list[GudangError]:
    """Every problem of one goods-issue line that can be known without the stock."""
    problems: list[GudangError] = []
    if not getattr(item, "active", True):
        problems.append(_at(InvalidInput(N_("item {sku} is deactivated"), sku=item.sku), line_no, "sku"))
    try:
        line_quantity(line_no, item, line.qty, line.unit, factors)
    except GudangError as error:
        problems.append(error)
    return problems


def expiry_warning(expiry: dt.date | None, on: dt.date) -> bool:
    """A lot received already expired (or expiring on the day) deserves a warning at the door."""
    return expiry is not None and expiry <= on


def checked_receipt_line(line_no: int, line: ReceiptLineInput, item, *, date: dt.date,
                         location_kind: str | None = None, location_active: bool = True,
                         factors: Mapping | None = None) -> tuple[str, Decimal, Decimal]:
    """(unit, qty, qty in base units) of a receipt line that breaks no rule; else the first
    problem of `receipt_line_problems`, raised. The posting path: one pass when all is well."""
    try:
        result = line_quantity(line_no, item, line.qty, line.unit, factors)
    except GudangError:
        result = None
    if (result is None or not getattr(item, "active", True)
            or (item.lot_tracked and not line.lot) or (item.expiry_required and line.expiry is None)
            or (line.expiry is not None and is_expired(line.expiry, date))
            or (line.location and location_kind is not None
                and (location_kind not in GOODS_KINDS or not location_active
                     or (line.condition == "damaged" and location_kind != "quarantine")))):
        raise receipt_line_problems(line_no, line, item, date=date, location_kind=location_kind,
                                    location_active=location_active, factors=factors)[0]
    return result


def checked_issue_line(line_no: int, line: IssueLineInput, item,
                       factors: Mapping | None = None) -> tuple[str, Decimal, Decimal]:
    """(unit, qty, qty in base units) of a goods-issue line, or its first problem raised."""
    if not getattr(item, "active", True):
        raise issue_line_problems(line_no, line, item, factors)[0]
    return line_quantity(line_no, item, line.qty, line.unit, factors)
