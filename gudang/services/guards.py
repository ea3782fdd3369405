"""What a posting checks besides its lines: bins being counted (refused), and warnings
that do not stop it: stock falling below minimum, overlaps."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Iterable, Mapping

from sqlalchemy import Connection, bindparam, func, or_, select

from gudang.db.models import ON_HAND_KINDS, Balance, Item, Location
from gudang.domain.errors import CountInProgress
from gudang.domain.quantity import ZERO, from_storage, normalize
from gudang.i18n import N_, tr


def check_counts(open_scopes, location_ids: Iterable[int], item_categories: Mapping[int, str | None]) -> None:
    """The rule of `counts.guard_counts` over rows already read (posting.OPEN_COUNTS_PART):
    refuse a posting that touches a bin being counted, naming the count; a count limited to
    categories only freezes those categories in its bins."""
    if not open_scopes:
        return
    ids = set(location_ids)
    categories = set(item_categories.values())
    for row in open_scopes:  # by count, then bin code
        if row.location_id not in ids:
            continue
        if row.categories and not categories & set(json.loads(row.categories)):
            continue
        raise CountInProgress(
            N_("{bin} is being counted in stock opname {number}: post or cancel the count first"),
            bin=row.code, number=row.number)


def below_minimum(items: Iterable, on_hand: Mapping[int, Decimal], taken: Mapping[int, Decimal]) -> list[str]:
    """Warnings for the items (rows with sku, min_stock, base_unit) whose stock on hand, less
    what this posting takes, falls below their minimum."""
    warnings = []
    for item in sorted(items, key=lambda item: item.sku):
        if item.min_stock and item.min_stock > 0:
            left = normalize(on_hand.get(item.id, ZERO) - taken.get(item.id, ZERO))
            if left < item.min_stock:
                warnings.append(tr(N_("{sku} is below its minimum stock: {left} {unit} left, minimum {minimum}"))
                                .format(sku=item.sku, left=left, unit=item.base_unit, minimum=item.min_stock))
    return warnings


_below_minimum = (
    select(Item.sku, Item.min_stock, Item.base_unit,
           func.coalesce(func.sum(Balance.qty), 0).label("left"))
    .select_from(Item)
    .outerjoin(Balance, Balance.item_id == Item.id)
    .outerjoin(Location, Location.id == Balance.location_id)
    .where(Item.id.in_(bindparam("items", expanding=True)), Item.min_stock > 0,
           or_(Location.kind.in_(ON_HAND_KINDS), Location.id.is_(None)))
    .group_by(Item.id, Item.sku, Item.min_stock, Item.base_unit))


def issue_warnings(conn: Connection, document_id: int, header: dict, lines) -> tuple[str, ...]:
    warnings: list[str] = []
    item_ids = sorted({line.item.id for line in lines})
    for sku, minimum, unit, left in conn.execute(_below_minimum, {"items": item_ids}):
        left = left if isinstance(left, Decimal) else from_storage(left)
        if left < minimum:
            warnings.append(tr(N_("{sku} is below its minimum stock: {left} {unit} left, minimum {minimum}"))
                            .format(sku=sku, left=left, unit=unit, minimum=minimum))
    from gudang.services.overlap import desa_dispatch_warnings, overlap_warnings
    from gudang.services.requests import request_issue_warnings

    warnings += overlap_warnings(conn, document_id, header, lines)
    warnings += desa_dispatch_warnings(conn, document_id, header, lines)
    warnings += request_issue_warnings(conn, document_id, header, lines)
    return tuple(warnings)
