"""Donor accountability: what a donor gave, where each lot went, what is left.

For one donor (and optionally the lots received in a period), in a form the
donor can be sent:

1. per item: received, dispatched, written off, adjusted (counts, losses),
   on hand, of which expired, in transit;
2. per lot: the same figures with its receipt, lot code, barcode and expiry;
3. where each lot went: every dispatch (date, surat jalan, recipient, desa,
   kecamatan, region code, quantity) and whether its delivery was confirmed.

Every figure comes from the ledger: the moves of the donor's lots, classified
by the kind of the locations they leave and enter (donor -> stock is received,
stock -> transit by a goods issue is dispatched and a reversal counts it back,
stock -> write-off is written off, stock <-> adjustment is adjusted). So per lot
on hand = received - dispatched - written off + adjusted, which the tests check
against the balances (moves between bins, to quarantine and from transit on to
the recipient do not change the donor's account).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, and_, case, func, literal_column, select, type_coerce
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import (
    ADJUSTMENT, DONOR, ON_HAND_KINDS, TRANSIT, WRITEOFF, Balance, Document, Item, Location, Lot, Partner,
    StockMove,
)
from gudang.domain import dates
from gudang.domain.errors import InvalidInput, NotFound
from gudang.domain.quantity import SCALE, ZERO
from gudang.i18n import N_, tr
from gudang.reports.distribution import period_text
from gudang.reports.tables import CODE, DATE, KG, QTY, TEXT, Column, Report, Table
from gudang.services.uow import UnitOfWork


@dataclass(slots=True)
class LotFigures:
    lot_id: int
    sku: str
    item: str
    unit: str
    weight: Decimal
    lot: str | None
    barcode: str
    expiry: dt.date | None
    received_on: dt.date
    receipt: str | None
    status: str
    received: Decimal = ZERO
    dispatched: Decimal = ZERO
    written_off: Decimal = ZERO
    adjusted: Decimal = ZERO  # + found, - lost
    on_hand: Decimal = ZERO
    in_transit: Decimal = ZERO

    def expired(self, today: dt.date) -> Decimal:
        return self.on_hand if self.expiry is not None and self.expiry < today else ZERO


@dataclass(slots=True)
class LotDispatch:
    lot_barcode: str
    lot: str | None
    sku: str
    date: dt.date
    number: str
    recipient: str
    recipient_name: str
    desa: str | None
    kecamatan: str | None
    region_code: str | None
    qty: Decimal
    delivered: bool


_receipt = aliased(Document)
_reversal = aliased(Document)
_cancelled = select(_reversal.reverses_id).where(_reversal.reverses_id.is_not(None))


def _qty(stored) -> Decimal:
    return ZERO if not stored else Decimal(stored).scaleb(-SCALE)


def _raw(column):
    return type_coerce(column, BigInteger)


def donor_figures(db: Database, donor: str, *, start: dt.date | None = None, end: dt.date | None = None):
    """(donor row, [LotFigures], [LotDispatch]) for the donor's lots received in the period.

    Set-based: one query sums every lot's moves into the four accounts (the location kinds
    are looked up once and compared by id), one sums its balances, one lists its dispatches;
    quantities stay stored integers until each figure becomes one Decimal.
    """
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        partner = conn.execute(select(Partner.id, Partner.code, Partner.name, Partner.kind, Partner.address,
                                      Partner.contact).where(Partner.code == donor)).one_or_none()
        if partner is None:
            raise NotFound(N_("unknown donor {code}"), code=donor)
        if partner.kind != "donor":
            raise InvalidInput(N_("{code} is not a donor"), code=donor)
        kinds = dict(conn.execute(select(Location.id, Location.kind)).all())

        def ids(*wanted):
            return [i for i, kind in kinds.items() if kind in wanted] or [-1]

        stock, transit = ids(*ON_HAND_KINDS), ids(TRANSIT)
        held = stock + transit
        src, dst = StockMove.from_location_id, StockMove.to_location_id
        raw = _raw(StockMove.qty)
        lot_filter = [Lot.donor_id == partner.id]
        if start:
            lot_filter.append(Lot.received >= start)
        if end:
            lot_filter.append(Lot.received <= end)

        def account(*cases):
            return func.sum(case(*cases, else_=0))

        issue_like = Document.type.in_(("issue", "reversal"))
        # "+ 0": SQLite then scans the moves and groups in a temporary B-tree rather than walking
        # the lot index with a random read per move.
        lot_id = (StockMove.lot_id + literal_column("0")).label("lot_id")
        moves = (
            select(lot_id,
                   account((and_(src.in_(ids(DONOR)), dst.in_(held)), raw),
                           (and_(dst.in_(ids(DONOR)), src.in_(held)), -raw)),
                   account((and_(issue_like, src.in_(stock), dst.in_(transit)), raw),
                           (and_(issue_like, src.in_(transit), dst.in_(stock)), -raw)),
                   account((and_(dst.in_(ids(WRITEOFF)), src.in_(stock)), raw),
                           (and_(src.in_(ids(WRITEOFF)), dst.in_(stock)), -raw)),
                   account((and_(src.in_(ids(ADJUSTMENT)), dst.in_(stock)), raw),
                           (and_(dst.in_(ids(ADJUSTMENT)), src.in_(stock)), -raw)))
            .select_from(StockMove)
            .join(Lot, Lot.id == StockMove.lot_id)
            .join(Document, Document.id == StockMove.document_id)
            .where(*lot_filter)
            .group_by(lot_id))
        balances = (
            select(Balance.lot_id, func.sum(case((Balance.location_id.in_(stock), _raw(Balance.qty)), else_=0)),
                   func.sum(case((Balance.location_id.in_(transit), _raw(Balance.qty)), else_=0)))
            .join(Lot, Lot.id == Balance.lot_id).where(*lot_filter).group_by(Balance.lot_id))
        lots_query = (select(Lot.id, Item.sku, Item.name, Item.base_unit, Item.weight_kg, Lot.code, Lot.barcode,
                             Lot.expiry, Lot.received, _receipt.number, Lot.status)
                      .join(Item, Item.id == Lot.item_id)
                      .outerjoin(_receipt, _receipt.id == Lot.receipt_id)
                      .where(*lot_filter)
                      .order_by(Item.sku, Lot.received, Lot.id))
        lots = {row[0]: LotFigures(*row) for row in conn.execute(lots_query)}
        for lot_id, received, dispatched, written_off, adjusted in conn.execute(moves):
            figures = lots.get(lot_id)
            if figures is not None:
                figures.received, figures.dispatched = _qty(received), _qty(dispatched)
                figures.written_off, figures.adjusted = _qty(written_off), _qty(adjusted)
        for lot_id, on_hand, in_transit in conn.execute(balances):
            figures = lots.get(lot_id)
            if figures is not None:
                figures.on_hand, figures.in_transit = _qty(on_hand), _qty(in_transit)
        recipient = aliased(Partner)
        dispatches = conn.execute(
            select(Lot.barcode, Lot.code, Item.sku, Document.date, Document.number, recipient.code,
                   recipient.name, recipient.desa, recipient.region, recipient.region_code,
                   func.sum(raw))
            .select_from(StockMove)
            .join(Lot, Lot.id == StockMove.lot_id)
            .join(Item, Item.id == StockMove.item_id)
            .join(Document, Document.id == StockMove.document_id)
            .join(recipient, recipient.id == Document.partner_id)
            .where(*lot_filter, dst.in_(transit), Document.type == "issue", Document.state == "posted",
                   Document.id.not_in(_cancelled))
            .group_by(Lot.id, Lot.barcode, Lot.code, Item.sku, Document.id, Document.date, Document.number,
                      recipient.code, recipient.name, recipient.desa, recipient.region, recipient.region_code)
            .order_by(Item.sku, Lot.id, Document.date, Document.id)).all()
        confirmed = set(conn.execute(
            select(Document.reference).where(Document.type == "handover", Document.state == "posted")).scalars())
    out = [LotDispatch(barcode, code, sku, date, number, rc, rn, desa, kec, region, _qty(stored), number in confirmed)
           for barcode, code, sku, date, number, rc, rn, desa, kec, region, stored in dispatches]
    return partner, list(lots.values()), out


def donor_report(db: Database, donor: str, *, start: dt.date | None = None, end: dt.date | None = None) -> Report:
    partner, lots, dispatches = donor_figures(db, donor, start=start, end=end)
    today = dates.today()
    t = tr
    per_item: dict[tuple, list[Decimal]] = defaultdict(lambda: [ZERO] * 8)
    for f in lots:
        figures = per_item[(f.sku, f.item, f.unit)]
        for index, value in enumerate((f.received, f.dispatched, f.written_off, f.adjusted, f.on_hand,
                                       f.expired(today), f.in_transit, f.received * f.weight)):
            figures[index] += value
    figure_columns = (Column(t(N_("Received")), QTY, 16, True), Column(t(N_("Dispatched")), QTY, 16, True),
                      Column(t(N_("Written off")), QTY, 18, True), Column(t(N_("Adjusted")), QTY, 18, True),
                      Column(t(N_("On hand")), QTY, 16, True), Column(t(N_("Expired in stock")), QTY, 18, True))
    items = Table(t(N_("Summary per item")),
                  (Column("SKU", CODE, 22, pdf=False), Column(t(N_("Item")), TEXT), Column(t(N_("Unit")), TEXT, 14))
                  + figure_columns + (Column(t(N_("In transit")), QTY, 18, True),
                                      Column(t(N_("Received (kg)")), KG, 17, True, pdf=False)),
                  tuple(key + tuple(values) for key, values in sorted(per_item.items())), t(N_("TOTAL")))
    lot_table = Table(t(N_("Lots")),
                      (Column("SKU", CODE, 20), Column(t(N_("Lot")), CODE, 18, pdf=False),
                       Column(t(N_("Barcode")), CODE, 17),
                       Column(t(N_("Expiry")), DATE, 16), Column(t(N_("Receipt")), CODE, 27, pdf=False))
                      + figure_columns,
                      tuple((f.sku, f.lot or "-", f.barcode, f.expiry, f.receipt, f.received, f.dispatched,
                             f.written_off, f.adjusted, f.on_hand, f.expired(today)) for f in lots),
                      t(N_("TOTAL")))
    path = Table(t(N_("Where each lot went")),
                 (Column(t(N_("Barcode")), CODE, 17), Column("SKU", CODE, 20, pdf=False),
                  Column(t(N_("Date")), DATE, 20),
                  Column(t(N_("Surat jalan")), CODE, 35), Column(t(N_("Recipient")), TEXT),
                  Column(t(N_("Desa")), TEXT, 18), Column(t(N_("Kecamatan")), TEXT, 18),
                  Column(t(N_("Region code")), CODE, 21, pdf=False), Column(t(N_("Quantity")), QTY, 15, True),
                  Column(t(N_("Delivered")), TEXT, 13)),
                 tuple((d.lot_barcode, d.sku, d.date, d.number, d.recipient_name, d.desa, d.kecamatan,
                        d.region_code, d.qty, t(N_("yes")) if d.delivered else t(N_("not yet")))
                       for d in dispatches), t(N_("TOTAL")))
    lines = ((t(N_("Donor")), f"{partner.code} \u2014 {partner.name}"),
             (t(N_("Lots received")), period_text(start, end)),
             (t(N_("Lots")), str(len(lots))),
             (t(N_("As of")), today.isoformat()))
    notes = (t(N_("Dispatched: goods issues posted and not cancelled. Adjusted: stock opname and other "
                  "corrections (+ found, - lost). Expired: on hand past its expiry date today.")),)
    return Report(f"donor-{partner.code}", t(N_("Donor accountability report")), lines,
                  (items, lot_table, path), reference=partner.code, notes=notes)
