"""Laporan posisi / mutasi logistik: per item, opening, in, out and closing for a period.

Stock is what the goods-holding locations hold (storage, receiving and
quarantine bins; goods on a truck have left). Every move that crosses that
boundary changes it, and is classified by what is on the other side:

- received: from or back to a donor (receipts, cancelled receipts);
- issued: to or back from transit by a goods issue or its reversal;
- written off: to or from the write-off location (penghapusan);
- adjusted: everything else, net (stock opname, losses and finds, transfers
  to and from other warehouses).

Opening is the sum of those changes dated before the period, closing is opening
+ received - issued + adjusted - written off. Over a period that ends today, the
closing stock equals the balances `gudang verify` recomputes from the ledger;
the tests hold it to that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, and_, case, func, literal_column, not_, or_, select, type_coerce

from gudang.db.engine import Database
from gudang.db.models import DONOR, ON_HAND_KINDS, TRANSIT, WRITEOFF, Document, Item, Location, StockMove
from gudang.domain.errors import InvalidInput
from gudang.domain.quantity import SCALE, ZERO
from gudang.i18n import N_, tr
from gudang.reports.distribution import period_text
from gudang.reports.tables import CODE, KG, QTY, TEXT, Column, Report, Table
from gudang.services.uow import UnitOfWork

BUCKETS = ("received", "issued", "adjusted", "written_off")


@dataclass(frozen=True)
class PositionRow:
    sku: str
    item: str
    category: str | None
    unit: str
    opening: Decimal
    received: Decimal
    issued: Decimal  # out, positive
    adjusted: Decimal  # net, + or -
    written_off: Decimal  # out, positive
    closing: Decimal
    closing_kg: Decimal


def _movement_query(kinds: dict[int, str], start: dt.date, end: dt.date):
    """Per item, bucket and before/in the period: the change of the goods-holding stock. The
    location kinds are looked up once (a few dozen rows), not joined for every move."""
    def ids(*wanted):
        return [i for i, kind in kinds.items() if kind in wanted] or [-1]

    on_hand = ids(*ON_HAND_KINDS)
    into = StockMove.to_location_id.in_(on_hand)
    out_of = StockMove.from_location_id.in_(on_hand)
    crosses = or_(and_(into, not_(out_of)), and_(out_of, not_(into)))
    touches = lambda wanted: or_(StockMove.from_location_id.in_(wanted), StockMove.to_location_id.in_(wanted))  # noqa: E731
    bucket = case(
        (touches(ids(DONOR)), "received"),
        (and_(Document.type.in_(("issue", "reversal")), touches(ids(TRANSIT))), "issued"),
        (touches(ids(WRITEOFF)), "written_off"),
        else_="adjusted")
    before = case((Document.date < start, 1), else_=0)
    raw = type_coerce(StockMove.qty, BigInteger)
    delta = case((into, raw), else_=-raw)
    # "+ 0": grouping by the bare item_id makes SQLite walk the moves in the order of their item
    # index, a random read per move; the plain table scan with a temporary B-tree is 3x faster.
    item = (StockMove.item_id + literal_column("0")).label("item_id")
    return (select(item, bucket.label("bucket"), before.label("before"), func.sum(delta).label("qty"))
            .select_from(StockMove)
            .join(Document, Document.id == StockMove.document_id)
            .where(crosses, Document.date <= end)
            .group_by(item, bucket, before))


def position_rows(db: Database, start: dt.date, end: dt.date, *, category: str | None = None) -> list[PositionRow]:
    if end < start:
        raise InvalidInput(N_("the end {end} is before the start {start}"), end=end, start=start)
    figures: dict[int, dict[str, Decimal]] = {}
    with UnitOfWork(db, write=False) as uow:
        kinds = dict(uow.conn.execute(select(Location.id, Location.kind)).all())
        for item_id, bucket, before, qty in uow.conn.execute(_movement_query(kinds, start, end)):
            qty = Decimal(qty or 0).scaleb(-SCALE)
            entry = figures.setdefault(item_id, {"opening": ZERO, **{b: ZERO for b in BUCKETS}})
            if before:
                entry["opening"] += qty
            else:
                entry[bucket] += qty
        items = {}
        ids = sorted(figures)
        for index in range(0, len(ids), 900):
            query = select(Item.id, Item.sku, Item.name, Item.category, Item.base_unit, Item.weight_kg).where(
                Item.id.in_(ids[index:index + 900]))
            for row in uow.conn.execute(query):
                items[row.id] = row
    rows = []
    for item_id, f in figures.items():
        item = items[item_id]
        if category and item.category != category:
            continue
        # Signed changes: received and adjusted as they come; issued and written off shown as outflows.
        closing = f["opening"] + f["received"] + f["issued"] + f["adjusted"] + f["written_off"]
        if not any(f.values()) and closing == 0:
            continue
        rows.append(PositionRow(item.sku, item.name, item.category, item.base_unit, f["opening"], f["received"],
                                -f["issued"], f["adjusted"], -f["written_off"], closing,
                                closing * (item.weight_kg or ZERO)))
    return sorted(rows, key=lambda r: r.sku)


def position_report(db: Database, start: dt.date, end: dt.date, *, category: str | None = None) -> Report:
    rows = position_rows(db, start, end, category=category)
    t = tr
    table = Table(
        t(N_("Stock position")),
        (Column("SKU", CODE, 22, pdf=False), Column(t(N_("Item")), TEXT), Column(t(N_("Unit")), TEXT, 14),
         Column(t(N_("Opening")), QTY, 17, True), Column(t(N_("Received")), QTY, 17, True),
         Column(t(N_("Issued")), QTY, 18, True), Column(t(N_("Adjusted")), QTY, 18, True),
         Column(t(N_("Written off")), QTY, 18, True), Column(t(N_("Closing")), QTY, 17, True),
         Column(t(N_("Closing (kg)")), KG, 18, True)),
        tuple((r.sku, r.item, r.unit, r.opening, r.received, r.issued, r.adjusted, r.written_off, r.closing,
               r.closing_kg) for r in rows),
        t(N_("TOTAL")))
    lines = ((t(N_("Period")), period_text(start, end)),
             (t(N_("Items")), str(len(rows))))
    if category:
        lines += ((t(N_("Category")), category),)
    notes = (t(N_("Closing = opening + received - issued + adjusted - written off, in each item's base unit. "
                  "Adjusted: stock opname, losses and finds, transfers. Goods in transit have been issued.")),)
    return Report(f"posisi-{start.isoformat()}-{end.isoformat()}", t(N_("Stock position report (mutasi)")),
                  lines, (table,), reference=f"{start.isoformat()} \u2013 {end.isoformat()}",
                  notes=notes)
