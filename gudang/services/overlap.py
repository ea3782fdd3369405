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

from sqlalchemy import Connection, bindparam, func, or_, select
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


_reversal = aliased(Document)
_what = func.coalesce(Item.category, Item.sku)
# Built once (a select() built per call costs more than running it): earlier
# posted, uncancelled issues to the recipient within the window that carried
# one of the categories (or, for items without one, the same items).
_earlier = (
    select(Document.number, Document.date, _what.label("what"))
    .select_from(Document)
    .join(DocumentLine, DocumentLine.document_id == Document.id)
    .join(Item, Item.id == DocumentLine.item_id)
    .outerjoin(_reversal, _reversal.reverses_id == Document.id)
    .where(Document.partner_id == bindparam("partner"), Document.type == "issue",
           Document.state == "posted", Document.date >= bindparam("since"),
           Document.date <= bindparam("until"), Document.id != bindparam("this"),
           _reversal.id.is_(None),
           or_(Item.category.in_(bindparam("categories", expanding=True)),
               Item.id.in_(bindparam("items", expanding=True))))
    .distinct()
    .order_by(Document.date, Document.number))
_recipient = select(Partner.code, Partner.name).where(Partner.id == bindparam("partner"))


def overlap_warnings(conn: Connection, document_id: int | None, header: dict, lines) -> list[str]:
    """Warnings for an issue to `header["partner_id"]` on `header["date"]` with these lines."""
    partner_id, date = header.get("partner_id"), header.get("date")
    days = overlap_days(conn)
    if not partner_id or not date or days <= 0:
        return []
    categories = sorted({line.item.category for line in lines if line.item.category})
    plain_items = sorted({line.item.id for line in lines if not line.item.category})
    rows = conn.execute(_earlier, {
        "partner": partner_id, "since": date - dt.timedelta(days=days), "until": date,
        "this": document_id if document_id is not None else -1,
        "categories": categories or [""], "items": plain_items or [-1]}).all()
    if not rows:
        return []
    recipient = conn.execute(_recipient, {"partner": partner_id}).one()
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
