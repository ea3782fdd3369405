"""Warnings that do not stop a posting: stock falling below minimum, overlaps."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Connection, bindparam, func, or_, select

from gudang.db.models import ON_HAND_KINDS, Balance, Item, Location
from gudang.domain.quantity import from_storage
from gudang.i18n import N_, tr


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
