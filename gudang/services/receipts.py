"""Receiving goods: one service, `post_receipt`.

Each receipt line creates one lot (with our own barcode, even for items not
tracked by lot, so every delivery stays traceable to its donor) and one
move from the donor location into a bin. Damaged goods go to quarantine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, exists, func, insert, select
from sqlalchemy.orm import aliased

from gudang.db.models import DONOR, QUARANTINE, RECEIVING, Document, DocumentLine, Location, Lot, Partner
from gudang.db.engine import Database
from gudang.domain import dates, rules
from gudang.domain.dates import check_document_date
from gudang.domain.errors import AlreadyExists, GudangError, NotFound
from gudang.domain.inputs import ReceiptInput, where_field, where_line
from gudang.i18n import N_
from gudang.services import lookup
from gudang.services.counts import guard_counts
from gudang.services.keys import check_new, record_key
from gudang.services.posting import MoveRow, assign_number, lot_barcodes, settings, virtual_location, write_moves
from gudang.services.uow import Actor, UnitOfWork

_insert_document = insert(Document.__table__).returning(Document.__table__.c.id)
_insert_lots = insert(Lot.__table__).returning(Lot.__table__.c.id, sort_by_parameter_order=True)
_insert_lines = insert(DocumentLine.__table__).returning(
    DocumentLine.__table__.c.id, sort_by_parameter_order=True)


class DuplicateReceipt(AlreadyExists):
    """A receipt of the same donor with the same reference is already posted."""

    code = "duplicate_receipt"


@dataclass(frozen=True)
class ReceivedLine:
    line_no: int
    sku: str
    item: str
    lot: str | None
    barcode: str
    qty: Decimal  # in base units
    unit: str
    expiry: dt.date | None
    location: str
    condition: str


@dataclass(frozen=True)
class PostedReceipt:
    id: int
    number: str
    date: dt.date
    lines: tuple[ReceivedLine, ...]


_reversal = aliased(Document)
# One query per receipt: a posted, uncancelled receipt of this donor with this reference.
_duplicate = (
    select(Document.number, Document.date)
    .where(Document.type == "receipt", Document.state == "posted",
           Document.partner_id == bindparam("donor"),
           func.lower(Document.reference) == bindparam("reference"),
           ~exists().where(_reversal.reverses_id == Document.id))
    .order_by(Document.id).limit(1))


_duplicate_number = (
    select(Document.number)
    .where(Document.type == "receipt", Document.state == "posted", Document.partner_id == Partner.id,
           func.lower(Document.reference) == bindparam("reference"),
           ~exists().where(_reversal.reverses_id == Document.id))
    .limit(1).correlate(Partner).scalar_subquery())
_donor_and_duplicate = select(Partner.id, Partner.code, Partner.name, Partner.kind, Partner.active,
                              _duplicate_number.label("duplicate")).where(Partner.code == bindparam("code"))


def duplicate_of(conn, donor_id: int, reference: str | None):
    """The posted, uncancelled receipt of this donor with the same reference, or None."""
    if not reference:
        return None
    return conn.execute(_duplicate, {"donor": donor_id, "reference": reference.strip().lower()}).first()


def find_duplicate(db: Database, donor: str, reference: str | None) -> str | None:
    """For screens, before posting: the number of the receipt the new one would duplicate."""
    if not donor or not reference or not reference.strip():
        return None
    with UnitOfWork(db, write=False) as uow:
        row = uow.conn.execute(select(Partner.id).where(Partner.code == donor)).first()
        found = duplicate_of(uow.conn, row.id, reference) if row else None
    return found.number if found else None


def default_location(conn, config, kind: str):
    code = config.get(f"default_{kind}_location")
    if code:
        return lookup.location(conn, code)
    from sqlalchemy import select

    row = conn.execute(select(Location.id, Location.code, Location.kind, Location.warehouse_id,
                              Location.active)
                       .where(Location.kind == kind, Location.active.is_(True))
                       .order_by(Location.id).limit(1)).one_or_none()
    if row is None:
        raise NotFound(N_("there is no {kind} location: add one first"), kind=kind)
    return row


def post_receipt(db: Database, actor: Actor, receipt: ReceiptInput, *, key: str | None = None) -> PostedReceipt:
    """Post a receipt. Every value is checked first (`ReceiptInput.checked`), whoever built
    it; nothing is written when any line has a problem. `key` (from `replay`) is recorded
    in the same transaction, so a replayed file never posts the same record twice."""
    receipt = receipt.checked()
    with UnitOfWork(db, actor, "receipt.post") as uow:
        conn = uow.conn
        check_new(conn, key)
        config = settings(conn)
        backdate_reason = check_document_date(
            receipt.date, on=dates.today(), days=dates.backdate_days(config), role=actor.role,
            reason=receipt.backdate_reason)
        # The donor and, in the same round trip, an earlier receipt with this reference.
        reference = receipt.reference.strip().lower() if receipt.reference and not receipt.duplicate_ok else None
        donor = conn.execute(_donor_and_duplicate, {"code": receipt.donor, "reference": reference}).one_or_none()
        try:
            lookup.checked_partner(donor, receipt.donor, "donor")
        except GudangError as error:
            raise error.at(where_field("donor"))
        if donor.duplicate is not None:
            earlier = duplicate_of(conn, donor.id, receipt.reference)
            if earlier is not None:
                raise DuplicateReceipt(
                    N_("receipt {number} of {date} from {donor} already has the reference {reference}: "
                       "is this the same delivery? Post it again only if it is not (\"duplicate_ok\": true)"),
                    number=earlier.number, date=earlier.date, donor=donor.code,
                    reference=receipt.reference).at(where_field("reference"))
        event_id = None
        if receipt.event:
            try:
                event_id = lookup.event(conn, receipt.event).id
            except GudangError as error:
                raise error.at(where_field("event"))
        items = lookup.items_by_sku(conn, {line.sku for line in receipt.lines})
        factors = lookup.unit_factors(conn, {i.id for i in items.values()}) if any(
            line.unit for line in receipt.lines) else {}
        locations = lookup.locations_by_code(
            conn, {line.location for line in receipt.lines if line.location})

        prepared = []
        defaults: dict[str, object] = {}
        for line_no, line in enumerate(receipt.lines, start=1):
            item = items.get(line.sku)
            if item is None:
                raise NotFound(N_("unknown item {sku}"), sku=line.sku).at(where_line(line_no, "sku"))
            location = None
            if line.location:
                location = locations.get(line.location)
                if location is None:
                    raise NotFound(N_("unknown location {code}"), code=line.location).at(
                        where_line(line_no, "location"))
            unit, _, qty_base = rules.checked_receipt_line(
                line_no, line, item, date=receipt.date, location_kind=location.kind if location else None,
                location_active=location.active if location else True, factors=factors)
            if location is None:
                kind = QUARANTINE if line.condition == "damaged" else RECEIVING
                if kind not in defaults:
                    defaults[kind] = default_location(conn, config, kind)
                location = defaults[kind]
            prepared.append((line_no, line, item, unit, qty_base, location))

        number, seq, year = assign_number(conn, "receipt", receipt.date, config)
        document_id = conn.execute(_insert_document, {
            "type": "receipt", "number": number, "seq": seq, "year": year, "date": receipt.date,
            "state": "posted", "partner_id": donor.id, "event_id": event_id,
            "reference": receipt.reference, "vehicle": receipt.vehicle,
            "deliverer": receipt.deliverer, "notes": receipt.notes, "backdate_reason": backdate_reason,
            "created_by": uow.user, "created_at": uow.now, "posted_by": uow.user,
            "posted_at": uow.now,
        }).scalar_one()
        barcodes = lot_barcodes(conn, len(prepared))
        lot_ids = conn.execute(_insert_lots, [
            {"item_id": item.id, "code": line.lot, "barcode": barcode, "expiry": line.expiry,
             "received": receipt.date, "donor_id": donor.id, "receipt_id": document_id,
             "status": "quarantine" if line.condition == "damaged" else "available"}
            for (_, line, item, _, _, _), barcode in zip(prepared, barcodes)
        ]).scalars().all()
        line_ids = conn.execute(_insert_lines, [
            {"document_id": document_id, "line_no": line_no, "item_id": item.id, "lot_id": lot_id,
             "qty": line.qty, "unit": unit, "qty_base": qty_base,
             "expected_qty": line.expected_qty, "lot_code": line.lot, "expiry": line.expiry,
             "to_location_id": location.id, "condition": line.condition, "remark": line.remark}
            for (line_no, line, item, unit, qty_base, location), lot_id in zip(prepared, lot_ids)
        ]).scalars().all()
        donor_location = virtual_location(conn, DONOR)
        kinds = {donor_location: DONOR}
        moves = []
        for (_, _, item, _, qty_base, location), lot_id, line_id in zip(prepared, lot_ids, line_ids):
            kinds[location.id] = location.kind
            moves.append(MoveRow(item.id, lot_id, donor_location, location.id, qty_base, line_id))
        guard_counts(conn, kinds, {m.item_id for m in moves})
        write_moves(conn, moves, kinds, document_id=document_id, posted_at=uow.now,
                    posted_by=uow.user, checked=True)
        if key is not None:
            record_key(conn, key, "receipt", number, uow)
        summary = f"{donor.code}: {len(prepared)} lines"
        if backdate_reason:
            summary += f"; backdated to {receipt.date.isoformat()}: {backdate_reason}"
        uow.audit("receipt.post", number, summary)
        uow.commit()
    return PostedReceipt(document_id, number, receipt.date, tuple(
        ReceivedLine(line_no, item.sku, item.name, line.lot, barcode, qty_base, item.base_unit,
                     line.expiry, location.code, line.condition)
        for (line_no, line, item, unit, qty_base, location), barcode in zip(prepared, barcodes)))
