"""The overlap guard: a recipient that already got the same kind of goods lately.

In an emergency the same posko is easily served twice by two teams while
another waits. When a goods issue sends an item category to a recipient that
received the same category (or, for items without a category, the same item)
within `overlap_days` days before it (setting, default 3; 0 turns the guard
off), the issue still posts but carries a warning naming the earlier dispatch.
Cancelled dispatches do not count.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, false, func, or_, select
from sqlalchemy.orm import aliased

from gudang.db.models import Document, DocumentLine, Item, Partner
from gudang.i18n import N_, tr
from gudang.services.posting import settings

DEFAULT_OVERLAP_DAYS = 3


def overlap_days(conn: Connection) -> int:
    value = settings(conn).get("overlap_days", str(DEFAULT_OVERLAP_DAYS))
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return DEFAULT_OVERLAP_DAYS


def overlap_warnings(conn: Connection, document_id: int | None, header: dict, lines) -> list[str]:
    """Warnings for an issue to `header["partner_id"]` on `header["date"]` with these lines."""
    partner_id, date = header.get("partner_id"), header.get("date")
    days = overlap_days(conn)
    if not partner_id or not date or days <= 0:
        return []
    item_ids = {line.item.id for line in lines}
    wanted = conn.execute(select(Item.id, Item.category, Item.sku).where(Item.id.in_(item_ids))).all()
    categories = {c for _, c, _ in wanted if c}
    plain_items = {i for i, c, _ in wanted if not c}
    reversal = aliased(Document)
    key = func.coalesce(Item.category, Item.sku)
    query = (
        select(Document.number, Document.date, key.label("what"))
        .select_from(Document)
        .join(DocumentLine, DocumentLine.document_id == Document.id)
        .join(Item, Item.id == DocumentLine.item_id)
        .outerjoin(reversal, reversal.reverses_id == Document.id)
        .where(Document.type == "issue", Document.state == "posted", Document.partner_id == partner_id,
               Document.date >= date - dt.timedelta(days=days), Document.date <= date,
               reversal.id.is_(None),
               or_(Item.category.in_(categories) if categories else false(), Item.id.in_(plain_items or {-1})))
        .distinct()
        .order_by(Document.date, Document.number))
    if document_id is not None:
        query = query.where(Document.id != document_id)
    rows = conn.execute(query).all()
    if not rows:
        return []
    recipient = conn.execute(select(Partner.code, Partner.name).where(Partner.id == partner_id)).one()
    seen: dict[str, tuple] = {}
    for number, when, what in rows:
        seen[what] = (number, when)  # the latest earlier dispatch is named (rows in date order)
    warnings = []
    for what, (number, when) in sorted(seen.items()):
        ago = (date - when).days
        warnings.append(tr(N_("{recipient} already received {category} on {date} with {number} "
                              "({days} days before this dispatch)")).format(
            recipient=f"{recipient.code} ({recipient.name})", category=what, date=when.isoformat(),
            number=number, days=ago))
    return warnings
