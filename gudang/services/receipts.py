"""Receiving goods: one service, `post_receipt`.

Each receipt line creates one lot (with our own barcode, even for items not
tracked by lot, so every delivery stays traceable to its donor) and one
move from the donor location into a bin. Damaged goods go to quarantine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, exists, func, or_, select
from sqlalchemy.orm import aliased

from gudang.db.models import (
    DONOR, QUARANTINE, RECEIVING, Document, DocumentLine, Location, Lot, Partner, ReplayKey, Setting, StockMove,
)
from gudang.db.engine import Database
from gudang.db.planning import not_by_index
from gudang.domain import dates, rules
from gudang.domain.dates import check_document_date
from gudang.domain.errors import AlreadyExists, GudangError, NotFound
from gudang.domain.inputs import ReceiptInput, where_field, where_line
from gudang.i18n import N_
from gudang.services import guards, lookup, posting
from gudang.services.bundle import Bundle, expand_ids, new_ids
from gudang.services.keys import already_posted, key_row
from gudang.services.posting import MoveRow
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.writes import WritePlan


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
# A posted, uncancelled receipt with this reference (of the donor the caller adds).
_same_reference = (
    select(Document.number, Document.date)
    # by the donor's documents, not by every receipt of the ledger (gudang.db.planning)
    .where(not_by_index(Document.type) == "receipt", Document.state == "posted",
           func.lower(Document.reference) == bindparam("reference"),
           ~exists().where(_reversal.reverses_id == Document.id))
    .order_by(Document.id).limit(1))
# One query per receipt: a posted, uncancelled receipt of this donor with this reference.
_duplicate = _same_reference.where(Document.partner_id == bindparam("donor"))


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


# Everything a receipt reads, in one statement (gudang.services.bundle): parameters "key",
# "partner" (the donor), "reference" (lower case, or None), "event", "skus", "codes" (the
# lines' bins), "seq_names", "n_lines".
_default_codes = select(Setting.value).where(
    Setting.key.in_([f"default_{kind}_location" for kind in (RECEIVING, QUARANTINE)]))
_LOCATION_COLUMNS = (Location.id, Location.code, Location.kind, Location.warehouse_id, Location.active)
_CONTEXT = Bundle(
    settings=posting.SETTINGS_PART,
    key=posting.KEY_PART,
    donor=posting.PARTNER_PART,
    duplicate=_same_reference.where(Document.partner_id == select(Partner.id).where(
        Partner.code == bindparam("partner")).scalar_subquery()),
    event=posting.EVENT_PART,
    items=posting.ITEMS_PART,
    units=posting.UNITS_PART,
    locations=select(*_LOCATION_COLUMNS).where(or_(Location.code.in_(bindparam("codes", expanding=True)),
                                                   Location.code.in_(_default_codes.scalar_subquery()))),
    first_receiving=select(*_LOCATION_COLUMNS).where(Location.kind == RECEIVING, Location.active.is_(True))
    .order_by(Location.id).limit(1),
    first_quarantine=select(*_LOCATION_COLUMNS).where(Location.kind == QUARANTINE, Location.active.is_(True))
    .order_by(Location.id).limit(1),
    donor_location=posting.virtual_location_part(DONOR),
    open_counts=posting.OPEN_COUNTS_PART,
    sequences=posting.SEQUENCES_PART,
    touch_marker=posting.TOUCH_MARKER_PART,
    document_id=new_ids(Document.__table__),
    lot_ids=new_ids(Lot.__table__, "n_lines"),
    line_ids=new_ids(DocumentLine.__table__, "n_lines"),
)


def _default_location(got, config, locations, kind: str):
    """`default_location` over the bundle's rows."""
    code = config.get(f"default_{kind}_location")
    if code:
        row = locations.get(code)
        if row is None:
            raise NotFound(N_("unknown location {code}"), code=code)
        return row
    rows = got[f"first_{kind}"]
    if not rows:
        raise NotFound(N_("there is no {kind} location: add one first"), kind=kind)
    return rows[0]


def post_receipt(db: Database, actor: Actor, receipt: ReceiptInput, *, key: str | None = None) -> PostedReceipt:
    """Post a receipt. Every value is checked first (`ReceiptInput.checked`), whoever built
    it; nothing is written when any line has a problem. `key` (from `replay`) is recorded
    in the same transaction, so a replayed file never posts the same record twice.

    One read (everything the checks need, the counters and the new rows' ids), the
    checks in Python, then the writes in one go (gudang.services.writes)."""
    receipt = receipt.checked()
    with UnitOfWork(db, actor, "receipt.post", marker_later=True) as uow:
        conn = uow.conn
        dialect = conn.dialect.name
        doc_seq = "doc:receipt"
        n_lines = len(receipt.lines)
        got = _CONTEXT.fetch(conn, {
            "key": key, "partner": receipt.donor, "event": receipt.event,
            "reference": receipt.reference.strip().lower() if receipt.reference else None,
            "skus": sorted({line.sku for line in receipt.lines}),
            "codes": sorted({line.location for line in receipt.lines if line.location}),
            "seq_names": [doc_seq, "lot_barcode"], "n_lines": n_lines})
        uow.set_marker(got["touch_marker"][0].id)
        if key is not None and got["key"]:
            raise already_posted(key, got["key"][0])
        config = posting.read_settings(got["settings"])
        backdate_reason = check_document_date(
            receipt.date, on=dates.today(), days=dates.backdate_days(config), role=actor.role,
            reason=receipt.backdate_reason)
        try:
            donor = lookup.checked_partner(got["donor"][0] if got["donor"] else None, receipt.donor, "donor")
        except GudangError as error:
            raise error.at(where_field("donor"))
        if not receipt.duplicate_ok and receipt.reference and got["duplicate"]:
            earlier = got["duplicate"][0]
            raise DuplicateReceipt(
                N_("receipt {number} of {date} from {donor} already has the reference {reference}: "
                   "is this the same delivery? Post it again only if it is not (\"duplicate_ok\": true)"),
                number=earlier.number, date=earlier.date, donor=donor.code,
                reference=receipt.reference).at(where_field("reference"))
        event_id = None
        if receipt.event:
            try:
                event_id = lookup.checked_event(got["event"][0] if got["event"] else None, receipt.event).id
            except GudangError as error:
                raise error.at(where_field("event"))
        items = {row.sku: row for row in got["items"]}
        factors = posting.unit_factors_of(got["units"]) if any(line.unit for line in receipt.lines) else {}
        locations = {row.code: row for row in got["locations"]}

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
                    defaults[kind] = _default_location(got, config, locations, kind)
                location = defaults[kind]
            prepared.append((line_no, line, item, unit, qty_base, location))

        seq = posting.sequence_last(got["sequences"], doc_seq, receipt.date.year) + 1
        number = posting.document_number(config, "receipt", seq, receipt.date)
        first_barcode = posting.sequence_last(got["sequences"], "lot_barcode", 0) + 1
        barcodes = [f"L{n:08d}" for n in range(first_barcode, first_barcode + n_lines)]
        document_id = expand_ids(got["document_id"], 1, dialect)[0]
        lot_ids = expand_ids(got["lot_ids"], n_lines, dialect)
        line_ids = expand_ids(got["line_ids"], n_lines, dialect)
        donor_location = posting.found_virtual(got["donor_location"], DONOR)
        kinds = {donor_location: DONOR}
        moves = []
        for (_, _, item, _, qty_base, location), lot_id, line_id in zip(prepared, lot_ids, line_ids):
            kinds[location.id] = location.kind
            moves.append(MoveRow(item.id, lot_id, donor_location, location.id, qty_base, line_id))
        guards.check_counts(got["open_counts"], kinds, {item.id: item.category for _, _, item, *_ in prepared})

        plan = WritePlan()
        plan.sequences([(doc_seq, receipt.date.year, seq), ("lot_barcode", 0, first_barcode + n_lines - 1)])
        plan.insert(Document.__table__, [{
            "id": document_id, "type": "receipt", "number": number, "seq": seq, "year": receipt.date.year,
            "date": receipt.date, "state": "posted", "partner_id": donor.id, "event_id": event_id,
            "reference": receipt.reference, "vehicle": receipt.vehicle,
            "deliverer": receipt.deliverer, "notes": receipt.notes, "backdate_reason": backdate_reason,
            "created_by": uow.user, "created_at": uow.now, "posted_by": uow.user,
            "posted_at": uow.now}])
        plan.insert(Lot.__table__, [
            {"id": lot_id, "item_id": item.id, "code": line.lot, "barcode": barcode, "expiry": line.expiry,
             "received": receipt.date, "donor_id": donor.id, "receipt_id": document_id,
             "status": "quarantine" if line.condition == "damaged" else "available"}
            for (_, line, item, _, _, _), barcode, lot_id in zip(prepared, barcodes, lot_ids)])
        plan.insert(DocumentLine.__table__, [
            {"id": line_id, "document_id": document_id, "line_no": line_no, "item_id": item.id, "lot_id": lot_id,
             "qty": line.qty, "unit": unit, "qty_base": qty_base,
             "expected_qty": line.expected_qty, "lot_code": line.lot, "expiry": line.expiry,
             "to_location_id": location.id, "condition": line.condition, "remark": line.remark}
            for (line_no, line, item, unit, qty_base, location), lot_id, line_id in zip(prepared, lot_ids, line_ids)])
        plan.insert(StockMove.__table__, posting.move_rows(moves, document_id=document_id, posted_at=uow.now,
                                                           posted_by=uow.user))
        plan.balances(posting.balance_deltas(moves, kinds))
        if key is not None:
            plan.insert(ReplayKey.__table__, [key_row(key, "receipt", number, uow)])
        plan.execute(conn, at_commit=True)
        uow.audit("receipt.post", number, f"{donor.code}: {len(prepared)} lines"
                  + dates.backdated_note(receipt.date, backdate_reason))
        uow.commit()
    return PostedReceipt(document_id, number, receipt.date, tuple(
        ReceivedLine(line_no, item.sku, item.name, line.lot, barcode, qty_base, item.base_unit,
                     line.expiry, location.code, line.condition)
        for (line_no, line, item, unit, qty_base, location), barcode in zip(prepared, barcodes)))
