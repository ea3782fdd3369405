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
import weakref

from sqlalchemy import Connection, bindparam, func, or_, select
from sqlalchemy.orm import aliased

from gudang.db.models import Document, DocumentLine, Item, Partner
from gudang.i18n import N_, tr
from gudang.services.posting import settings

DEFAULT_OVERLAP_DAYS = 3


def overlap_days(conn: Connection) -> int:
    return days_of(settings(conn))


def days_of(config) -> int:
    """The `overlap_days` setting (0: the guard is off)."""
    value = config.get("overlap_days", str(DEFAULT_OVERLAP_DAYS))
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
    rows = _earlier_rows(conn, document_id, partner_id, date, days, lines)
    if not rows:
        return []
    return warnings_of(rows, conn.execute(_recipient, {"partner": partner_id}).one(), date)


def _earlier_rows(conn: Connection, document_id: int | None, partner_id: int, date: dt.date, days: int, lines):
    categories = sorted({line.item.category for line in lines if line.item.category})
    plain_items = sorted({line.item.id for line in lines if not line.item.category})
    return conn.execute(_earlier, {
        "partner": partner_id, "since": date - dt.timedelta(days=days), "until": date,
        "this": document_id if document_id is not None else -1,
        "categories": categories or [""], "items": plain_items or [-1]}).all()


# -- within a posting's one read (gudang.services.bundle) ------------------------------
#
# The guard's query as a bundle part: the recipient by its code (parameter "partner"),
# the categories and items by the lines' SKUs ("skus"), the window ("since", "until"),
# the document itself left out ("this"). The window comes from the setting, which is
# read in the same statement: the part uses the value seen last (`window_guess`) and
# `overlap_from_bundle` asks again, alone, in the rare case the setting grew meanwhile.

_line_item = aliased(Item)
EARLIER_PART = (
    select(Document.number, Document.date, _what.label("what"))
    .select_from(Document)
    .join(DocumentLine, DocumentLine.document_id == Document.id)
    .join(Item, Item.id == DocumentLine.item_id)
    .outerjoin(_reversal, _reversal.reverses_id == Document.id)
    .where(Document.partner_id == select(Partner.id).where(Partner.code == bindparam("partner")).scalar_subquery(),
           Document.type == "issue", Document.state == "posted", Document.date >= bindparam("since"),
           Document.date <= bindparam("until"), Document.id != bindparam("this"),
           _reversal.id.is_(None),
           or_(Item.category.in_(select(_line_item.category).where(
               _line_item.sku.in_(bindparam("skus", expanding=True)), _line_item.category.is_not(None))),
               Item.id.in_(select(_line_item.id).where(
                   _line_item.sku.in_(bindparam("skus", expanding=True)), _line_item.category.is_(None)))))
    .distinct()
    .order_by(Document.date, Document.number))

_seen_days: "weakref.WeakKeyDictionary[object, int]" = weakref.WeakKeyDictionary()


def window_guess(conn: Connection) -> int:
    """The overlap window (days) this database had at its last posting (the default at first)."""
    return _seen_days.get(conn.engine, DEFAULT_OVERLAP_DAYS)


def overlap_from_bundle(conn: Connection, rows, config, recipient, document_id: int | None,
                        date: dt.date, guessed: int, lines) -> list[str]:
    """The guard's warnings from EARLIER_PART's rows, read with the window `guessed`."""
    days = days_of(config)
    _seen_days[conn.engine] = days
    if days <= 0:
        return []
    if days > guessed:  # the setting grew since the last posting: the rows read are too few
        rows = _earlier_rows(conn, document_id, recipient.id, date, days, lines)
    since = date - dt.timedelta(days=days)
    rows = sorted((row for row in rows if row.date >= since), key=lambda row: (row.date, row.number))
    return warnings_of(rows, recipient, date) if rows else []


def warnings_of(rows, recipient, date: dt.date) -> list[str]:
    """One warning per category (or item) sent before, naming the latest earlier dispatch."""
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
