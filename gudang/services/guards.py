"""Warnings that do not stop a posting: stock falling below minimum, overlaps."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from gudang.db.models import ON_HAND_KINDS, Balance, Item, Location
from gudang.domain.quantity import ZERO
from gudang.i18n import N_, tr


def issue_warnings(conn: Connection, document_id: int, header: dict, lines) -> tuple[str, ...]:
    warnings: list[str] = []
    item_ids = {line.item.id for line in lines}
    on_hand = dict(conn.execute(
        select(Balance.item_id, func.sum(Balance.qty))
        .join(Location, Location.id == Balance.location_id)
        .where(Balance.item_id.in_(item_ids), Location.kind.in_(ON_HAND_KINDS))
        .group_by(Balance.item_id)).all())
    minimums = conn.execute(select(Item.id, Item.sku, Item.min_stock, Item.base_unit)
                            .where(Item.id.in_(item_ids), Item.min_stock > 0)).all()
    for item_id, sku, minimum, unit in minimums:
        left = on_hand.get(item_id) or ZERO
        if left < minimum:
            warnings.append(tr(N_("{sku} is below its minimum stock: {left} {unit} left, minimum {minimum}"))
                            .format(sku=sku, left=left, unit=unit, minimum=minimum))
    from gudang.services.overlap import overlap_warnings

    warnings += overlap_warnings(conn, document_id, header, lines)
    return tuple(warnings)
