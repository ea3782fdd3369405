"""The read side: plain rows for screens, reports and the `gudang` command.

Each function opens a read-only transaction, runs a few set-based queries
and returns frozen rows; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, bindparam, func, or_, select
from sqlalchemy.orm import aliased

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.models import (
    ON_HAND_KINDS, TRANSIT, Balance, Document, Item, Location, Lot, Partner, StockMove,
)
from gudang.db.planning import not_by_index
from gudang.domain.errors import NotFound
from gudang.domain.quantity import ZERO
from gudang.i18n import N_
from gudang.services import lookup
from gudang.services.bundle import Bundle
from gudang.services.uow import UnitOfWork


@dataclass(frozen=True)
class StockRow:
    sku: str
    item: str
    category: str | None
    unit: str
    lot: str | None
    barcode: str
    expiry: dt.date | None
    received: dt.date
    donor: str | None
    location: str
    location_kind: str
    status: str
    qty: Decimal
    days_left: int | None = None


_stock_columns = (Item.sku, Item.name, Item.category, Item.base_unit, Lot.code, Lot.barcode, Lot.expiry,
                  Lot.received, Partner.code, Location.code, Location.kind, Lot.status, Balance.qty)


def _stock_query():
    return (select(*_stock_columns)
            .select_from(Balance)
            .join(Lot, Lot.id == Balance.lot_id)
            .join(Item, Item.id == Balance.item_id)
            .join(Location, Location.id == Balance.location_id)
            .outerjoin(Partner, Partner.id == Lot.donor_id)
            .where(Balance.qty > 0, Location.kind.in_(ON_HAND_KINDS)))


def stock_on_hand(db: Database, *, sku: str | None = None, location: str | None = None,
                  search: str | None = None, category: str | None = None,
                  lot: str | None = None) -> list[StockRow]:
    """Stock by item, lot and bin (internal locations only; not goods in transit)."""
    query = _stock_query()
    if sku:
        query = query.where(Item.sku == sku)
    if location:
        query = query.where(Location.code == location)
    if category:
        query = query.where(Item.category == category)
    if lot:
        query = query.where(or_(Lot.barcode == lot, Lot.code == lot))
    if search:
        pattern = f"%{search.lower()}%"
        query = query.where(or_(func.lower(Item.sku).like(pattern), func.lower(Item.name).like(pattern),
                                func.lower(Lot.code).like(pattern), Lot.barcode == search.upper(),
                                func.lower(Location.code).like(pattern)))
    query = query.order_by(Item.sku, Lot.expiry.is_(None), Lot.expiry, Lot.received, Lot.id, Location.code)
    with UnitOfWork(db, write=False) as uow:
        return [StockRow(*row) for row in uow.conn.execute(query)]


def expiring(db: Database, days: int, as_of: dt.date | None = None) -> list[StockRow]:
    """Lots on hand whose expiry falls within `days` of `as_of` (expired ones included)."""
    as_of = as_of or dates.today()
    limit = as_of + dt.timedelta(days=days)
    query = (_stock_query().where(Lot.expiry.is_not(None), Lot.expiry <= limit)
             .order_by(Lot.expiry, Item.sku, Lot.id, Location.code))
    with UnitOfWork(db, write=False) as uow:
        return [StockRow(*row, days_left=(row.expiry - as_of).days)
                for row in uow.conn.execute(query)]


@dataclass(frozen=True)
class CardRow:
    date: dt.date
    number: str | None
    type: str
    partner: str | None
    lot: str | None
    barcode: str
    location: str
    qty_in: Decimal
    qty_out: Decimal
    balance: Decimal
    posted_at: dt.datetime


_source, _target = aliased(Location), aliased(Location)
_card_item = select(Item.id).where(Item.sku == bindparam("sku"))
# Every move of an item (or one lot) that enters or leaves a goods-holding location.
_card_moves = (
    select(StockMove.id, StockMove.qty, StockMove.posted_at, Document.date, Document.number, Document.type,
           Partner.code, Lot.code, Lot.barcode, _source.code, _source.kind, _target.code, _target.kind)
    .join(Document, Document.id == StockMove.document_id)
    .join(Lot, Lot.id == StockMove.lot_id)
    .join(_source, _source.id == StockMove.from_location_id)
    .join(_target, _target.id == StockMove.to_location_id)
    .outerjoin(Partner, Partner.id == Document.partner_id)
    .where(or_(bindparam("lot", type_=Integer).is_(None), StockMove.lot_id == bindparam("lot", type_=Integer)),
           or_(_source.kind.in_(ON_HAND_KINDS), _target.kind.in_(ON_HAND_KINDS)))
    .order_by(StockMove.id))
_card_moves_of_item = _card_moves.where(StockMove.item_id == bindparam("item"))


_CARD = Bundle(item=_card_item, moves=_card_moves.where(StockMove.item_id == _card_item.scalar_subquery()))


def stock_card(db: Database, sku: str, *, lot: str | None = None, location: str | None = None,
               start: dt.date | None = None, end: dt.date | None = None) -> tuple[Decimal, list[CardRow]]:
    """The kartu stok of an item (or one lot): opening balance and rows in posting order."""
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        if lot:
            item = conn.execute(_card_item, {"sku": sku}).scalar()
            if item is None:
                raise NotFound(N_("unknown item {sku}"), sku=sku)
            moves = conn.execute(_card_moves_of_item, {"item": item, "lot": lookup.lot(conn, lot, item).id})
        else:  # the item and its moves in one statement (one round trip)
            got = _CARD.fetch(conn, {"sku": sku, "lot": None})
            if not got["item"]:
                raise NotFound(N_("unknown item {sku}"), sku=sku)
            moves = got["moves"]
        balance = ZERO
        opening = ZERO
        rows: list[CardRow] = []
        for (_, qty, posted_at, date, number, doc_type, partner, lot_code, barcode,
             src, src_kind, dst, dst_kind) in moves:
            sides = []
            if src_kind in ON_HAND_KINDS and (location is None or src == location):
                sides.append((src, ZERO, qty))
            if dst_kind in ON_HAND_KINDS and (location is None or dst == location):
                sides.append((dst, qty, ZERO))
            for bin_code, qty_in, qty_out in sides:
                balance += qty_in - qty_out
                if start and date < start:
                    opening = balance
                    continue
                if end and date > end:
                    continue
                rows.append(CardRow(date, number, doc_type, partner, lot_code, barcode, bin_code,
                                    qty_in, qty_out, balance, posted_at))
        return opening, rows


@dataclass(frozen=True)
class TraceIssue:
    number: str
    date: dt.date
    recipient: str
    recipient_name: str
    qty: Decimal
    delivered: bool


@dataclass(frozen=True)
class Trace:
    lot: str | None
    barcode: str
    sku: str
    item: str
    expiry: dt.date | None
    donor: str | None
    donor_name: str | None
    received: dt.date
    receipt: str | None
    status: str
    on_hand: Decimal
    issues: tuple[TraceIssue, ...]


def _trace_parts() -> dict:
    """The lots a code names (by label or supplier lot code) with their item, donor and
    receipt; for each of them, the goods issues that took from it (cancelled ones left
    out), the handovers that delivered them and what is on hand. `trace_lot` picks the lot
    as `lookup.lot` would."""
    named = or_(Lot.barcode == bindparam("code"), Lot.code == bindparam("code"))
    lot_ids = select(Lot.id).where(named)
    target, reversal = aliased(Location), aliased(Document)
    return {
        "lots": (select(*lookup.LOT_COLUMNS, Item.sku, Item.name.label("item"), Partner.code.label("donor"),
                        Partner.name.label("donor_name"), Document.number.label("receipt"))
                 .select_from(Lot).join(Item, Item.id == Lot.item_id)
                 .outerjoin(Partner, Partner.id == Lot.donor_id)
                 .outerjoin(Document, Document.id == Lot.receipt_id)
                 .where(named)),
        "issued": (select(StockMove.lot_id, Document.number, Document.date, Partner.code.label("recipient"),
                          Partner.name.label("recipient_name"), func.sum(StockMove.qty).label("qty"))
                   .select_from(StockMove)
                   .join(Document, Document.id == StockMove.document_id)
                   .join(target, target.id == StockMove.to_location_id)
                   .outerjoin(Partner, Partner.id == Document.partner_id)
                   .outerjoin(reversal, reversal.reverses_id == Document.id)
                   # by the lot's moves, not by every issue of the ledger (gudang.db.planning)
                   .where(StockMove.lot_id.in_(lot_ids), not_by_index(Document.type) == "issue",
                          target.kind == TRANSIT,
                          reversal.id.is_(None))
                   .group_by(StockMove.lot_id, Document.id, Document.number, Document.date, Partner.code,
                             Partner.name)
                   .order_by(Document.id)),
        "delivered": (select(StockMove.lot_id, Document.reference)
                      .join(StockMove, StockMove.document_id == Document.id)
                      .where(StockMove.lot_id.in_(lot_ids), not_by_index(Document.type) == "handover").distinct()),
        "on_hand": (select(Balance.lot_id, func.sum(Balance.qty).label("qty"))
                    .join(Location, Location.id == Balance.location_id)
                    .where(Balance.lot_id.in_(lot_ids), Location.kind.in_(ON_HAND_KINDS))
                    .group_by(Balance.lot_id)),
    }


_TRACE = Bundle(**_trace_parts())


def trace_lot(db: Database, code: str) -> Trace:
    """Where a lot came from and every recipient it went to (cancelled issues left out),
    read in one statement: the lot trace opens from a scan, often over a 4G link (issue 15)."""
    with UnitOfWork(db, write=False) as uow:
        got = _TRACE.fetch(uow.conn, {"code": code})
    lot = lookup.checked_lot(got["lots"], code)
    delivered = {row.reference for row in got["delivered"] if row.lot_id == lot.id}
    on_hand = next((row.qty for row in got["on_hand"] if row.lot_id == lot.id), None) or ZERO
    return Trace(lot.code, lot.barcode, lot.sku, lot.item, lot.expiry, lot.donor, lot.donor_name, lot.received,
                 lot.receipt, lot.status, on_hand,
                 tuple(TraceIssue(row.number, row.date, row.recipient, row.recipient_name, row.qty,
                                  row.number in delivered)
                       for row in got["issued"] if row.lot_id == lot.id))
