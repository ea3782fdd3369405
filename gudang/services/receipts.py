"""Receiving goods: one service, `post_receipt`.

Each receipt line creates one lot (with our own barcode, even for items not
tracked by lot, so every delivery stays traceable to its donor) and one
move from the donor location into a bin. Damaged goods go to quarantine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert

from gudang.db.models import (
    ALLOCATABLE_KINDS, DONOR, QUARANTINE, RECEIVING, Document, DocumentLine, Location, Lot,
)
from gudang.db.engine import Database
from gudang.domain.errors import GudangError, InvalidInput, NotFound
from gudang.domain.fefo import is_expired
from gudang.domain.inputs import ReceiptInput, where_field, where_line
from gudang.i18n import N_
from gudang.services import lookup
from gudang.services.counts import guard_counts
from gudang.services.posting import MoveRow, assign_number, lot_barcodes, settings, virtual_location, write_moves
from gudang.services.uow import Actor, UnitOfWork

_insert_document = insert(Document.__table__).returning(Document.__table__.c.id)
_insert_lots = insert(Lot.__table__).returning(Lot.__table__.c.id, sort_by_parameter_order=True)
_insert_lines = insert(DocumentLine.__table__).returning(
    DocumentLine.__table__.c.id, sort_by_parameter_order=True)


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


def unit_factor(line_no: int, item, unit: str | None, factors) -> tuple[str, Decimal]:
    """The unit a line is counted in and how many base units one of it holds."""
    if unit is None or unit.lower() == item.base_unit.lower():
        return item.base_unit, Decimal(1)
    factor = factors.get((item.id, unit.lower()))
    if factor is None:
        raise InvalidInput(N_("{sku} has no unit {unit}"), sku=item.sku, unit=unit).at(
            where_line(line_no, "unit"))
    return unit, factor


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


def post_receipt(db: Database, actor: Actor, receipt: ReceiptInput) -> PostedReceipt:
    with UnitOfWork(db, actor, "receipt.post") as uow:
        conn = uow.conn
        config = settings(conn)
        try:
            donor = lookup.partner(conn, receipt.donor, "donor")
        except GudangError as error:
            raise error.at(where_field("donor"))
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
        for line_no, line in enumerate(receipt.lines, start=1):
            item = items.get(line.sku)
            if item is None:
                raise NotFound(N_("unknown item {sku}"), sku=line.sku).at(where_line(line_no, "sku"))
            if not item.active:
                raise InvalidInput(N_("item {sku} is deactivated"), sku=line.sku).at(
                    where_line(line_no, "sku"))
            if item.lot_tracked and not line.lot:
                raise InvalidInput(N_("{sku} is tracked by lot: the lot is required"),
                                   sku=line.sku).at(where_line(line_no, "lot"))
            if item.expiry_required and line.expiry is None:
                raise InvalidInput(N_("{sku} needs an expiry date"), sku=line.sku).at(
                    where_line(line_no, "expiry"))
            if line.expiry is not None and is_expired(line.expiry, receipt.date):
                raise InvalidInput(N_("expiry {expiry} is already past on {date}"),
                                   expiry=line.expiry, date=receipt.date).at(where_line(line_no, "expiry"))
            unit, factor = unit_factor(line_no, item, line.unit, factors)
            if line.location:
                location = locations.get(line.location)
                if location is None:
                    raise NotFound(N_("unknown location {code}"), code=line.location).at(
                        where_line(line_no, "location"))
                if location.kind not in ALLOCATABLE_KINDS + (QUARANTINE,) or not location.active:
                    raise InvalidInput(N_("{code} is not a bin goods can be put in"),
                                       code=line.location).at(where_line(line_no, "location"))
                if line.condition == "damaged" and location.kind != QUARANTINE:
                    raise InvalidInput(N_("damaged goods must go to a quarantine location, not {code}"),
                                       code=line.location).at(where_line(line_no, "location"))
            else:
                location = default_location(
                    conn, config, QUARANTINE if line.condition == "damaged" else RECEIVING)
            qty_base = line.qty * factor
            prepared.append((line_no, line, item, unit, qty_base, location))

        number, seq, year = assign_number(conn, "receipt", receipt.date, config)
        document_id = conn.execute(_insert_document, {
            "type": "receipt", "number": number, "seq": seq, "year": year, "date": receipt.date,
            "state": "posted", "partner_id": donor.id, "event_id": event_id,
            "reference": receipt.reference, "vehicle": receipt.vehicle,
            "deliverer": receipt.deliverer, "notes": receipt.notes,
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
        uow.audit("receipt.post", number, f"{donor.code}: {len(prepared)} lines")
        uow.commit()
    return PostedReceipt(document_id, number, receipt.date, tuple(
        ReceivedLine(line_no, item.sku, item.name, line.lot, barcode, qty_base, item.base_unit,
                     line.expiry, location.code, line.condition)
        for (line_no, line, item, unit, qty_base, location), barcode in zip(prepared, barcodes)))
