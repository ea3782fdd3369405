"""The one scan resolver: what a scanned or typed code is, for every screen and `gudang scan`.

Order (DESIGN.md section 7): our lot label, bin, document number (or the QR of a document),
item SKU or GTIN (of the item or of one of its pack units), a supplier's lot code when it is
on one receipt only, then a GS1 string. Receiving, issuing, counting, delivery and the
command all ask `resolve` (or `resolve_in` inside their own unit of work), so a code means
the same thing everywhere.

A code of 8, 12, 13 or 14 digits that is nothing we know and whose check digit is wrong is
reported as a misread barcode, not as "not in the catalogue".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Connection, bindparam, select

from gudang.db.engine import Database
from gudang.db.models import ON_HAND_KINDS, Balance, Document, ItemUnit, Location, Lot, Item
from gudang.domain import document_qr, gs1
from gudang.domain.barcodes import has_valid_check_digit, mod10_check_digit
from gudang.domain.errors import GudangError, InvalidInput, NotFound
from gudang.domain.inputs import clean_code
from gudang.domain.quantity import ZERO
from gudang.i18n import N_
from gudang.services import lookup
from gudang.services.uow import UnitOfWork

GTIN_LENGTHS = (8, 12, 13, 14)


@dataclass(frozen=True)
class ScanResult:
    kind: str  # lot | location | document | item | gs1
    code: str
    data: dict
    row: object = field(default=None, compare=False, repr=False)  # the lot or bin row, for services


# -- document QR ---------------------------------------------------------------------
# The format is gudang.domain.document_qr's ("DOK|<number>|<hash of its lines>", and the
# "SJ|..." of papers printed before it); this is the one place the resolver reads it.


def parse_document_qr(code: str) -> tuple[str, str, str] | None:
    """(kind, document number, line hash) of a document QR payload, or None."""
    decoded = document_qr.decode(code) if isinstance(code, str) else None
    if decoded is None:
        return None
    kind = document_qr.LEGACY_PREFIXES[0] if decoded.legacy else document_qr.PREFIX
    return kind, decoded.number, decoded.lines_hash


# -- statements (the scan path has a 50 ms budget: built once) -----------------------

_lot_by_barcode = (select(Lot.id, Lot.item_id, Lot.barcode, Lot.code, Lot.expiry, Lot.status, Lot.received,
                          Item.sku, Item.name, Item.base_unit)
                   .join(Item, Item.id == Lot.item_id).where(Lot.barcode == bindparam("code")))
_lots_by_code = (select(Lot.id, Lot.item_id, Lot.barcode, Lot.code, Lot.expiry, Lot.status, Lot.received,
                        Item.sku, Item.name, Item.base_unit)
                 .join(Item, Item.id == Lot.item_id).where(Lot.code == bindparam("code"))
                 .order_by(Lot.id).limit(2))
_lot_stock = (select(Location.code, Balance.qty).join(Balance, Balance.location_id == Location.id)
              .where(Balance.lot_id == bindparam("lot"), Balance.qty > 0,
                     Location.kind.in_(ON_HAND_KINDS)).order_by(Location.code))
_location = select(Location.id, Location.code, Location.name, Location.kind, Location.active,
                   Location.warehouse_id).where(Location.code == bindparam("code"))
_document = select(Document.id, Document.number, Document.type, Document.date, Document.state).where(
    Document.number == bindparam("code"))
_reversal = select(Document.number).where(Document.reverses_id == bindparam("id"))
_units = (select(ItemUnit.unit, ItemUnit.factor, ItemUnit.gtin).where(ItemUnit.item_id == bindparam("item"))
          .order_by(ItemUnit.unit))


def resolve(db: Database, code: str) -> ScanResult:
    """What a scanned code is. Raises NotFound for a code that is nothing we know, and
    InvalidInput for a garbled one (a GS1 string we cannot read, a wrong check digit)."""
    with UnitOfWork(db, write=False) as uow:
        return resolve_in(uow.conn, code)


def resolve_in(conn: Connection, code: object) -> ScanResult:
    """`resolve` inside the caller's unit of work (the count scan posts in its own)."""
    if not isinstance(code, str) or not code.strip("\r\n\t "):
        raise InvalidInput(N_("The scan is empty"))
    raw = code.strip("\r\n")
    try:
        plain = clean_code(raw.replace(gs1.GS, ""), max_length=120)
    except GudangError:
        plain = ""
    if plain:
        qr = parse_document_qr(plain)
        if qr is not None:
            return _document_result(conn, qr[1], raw, qr)
        found = _known(conn, plain)
        if found is not None:
            return found
    if _gs1_candidate(raw):
        return _gs1_result(conn, raw)
    if plain.isdigit() and len(plain) in GTIN_LENGTHS and not has_valid_check_digit(plain):
        raise InvalidInput(N_("{code} is misread: its check digit is wrong (it should end in {digit}); "
                              "scan it again or type the code"),
                           code=plain, digit=mod10_check_digit(plain[:-1]))
    raise NotFound(N_("unknown code {code}"), code=raw)


def _known(conn: Connection, code: str) -> ScanResult | None:
    lot = conn.execute(_lot_by_barcode, {"code": code}).one_or_none()
    if lot is not None:
        return _lot_result(conn, lot, code)
    location = conn.execute(_location, {"code": code}).one_or_none()
    if location is not None:
        return ScanResult("location", code, {"location": location.code, "name": location.name,
                                             "location_kind": location.kind}, location)
    document = conn.execute(_document, {"code": code}).one_or_none()
    if document is not None:
        return _document_result(conn, document.number, code, None, document)
    item = _item(conn, code)
    if item is not None:
        return ScanResult("item", code, _item_data(conn, item, code), item)
    lots = conn.execute(_lots_by_code, {"code": code}).all()
    if len(lots) == 1:  # a supplier's lot code, when it names one lot only
        return _lot_result(conn, lots[0], code)
    if len(lots) > 1:
        raise InvalidInput(N_("lot code {code} is on several receipts: scan the lot label instead"), code=code)
    return None


def _item(conn: Connection, code: str):
    """An item by SKU or GTIN; a GTIN also in its other lengths (the EAN-13 printed on a box is
    the GTIN-14 of the catalogue with a leading zero)."""
    candidates = [code]
    if code.isdigit() and len(code) in GTIN_LENGTHS and has_valid_check_digit(code):
        long = code.zfill(14)
        candidates += [long, long.lstrip("0").zfill(13), long.lstrip("0").zfill(12), long.lstrip("0")]
    for candidate in dict.fromkeys(candidates):
        try:
            return lookup.item(conn, candidate)
        except NotFound:
            continue
    return None


def _item_data(conn: Connection, item, code: str | None) -> dict:
    units = conn.execute(_units, {"item": item.id}).all()
    scanned = next((u.unit for u in units if code and u.gtin and u.gtin == code), None)
    return {"sku": item.sku, "item": item.name, "unit": item.base_unit, "gtin": item.gtin,
            "lot_tracked": item.lot_tracked, "expiry_required": item.expiry_required,
            "active": item.active, "decimals": item.decimals,
            "units": tuple((u.unit, u.factor) for u in units), "scanned_unit": scanned or item.base_unit}


def _lot_result(conn: Connection, lot, code: str) -> ScanResult:
    stock = conn.execute(_lot_stock, {"lot": lot.id}).all()
    on_hand = sum((qty for _, qty in stock), ZERO)
    return ScanResult("lot", code, {
        "barcode": lot.barcode, "lot": lot.code, "sku": lot.sku, "item": lot.name, "expiry": lot.expiry,
        "status": lot.status, "received": lot.received, "unit": lot.base_unit, "on_hand": on_hand,
        "locations": [bin_code for bin_code, _ in stock]}, lot)


def _document_result(conn: Connection, number: str, code: str, qr, document=None) -> ScanResult:
    if document is None:
        document = conn.execute(_document, {"code": number}).one_or_none()
        if document is None:
            raise NotFound(N_("unknown document {number}"), number=number)
    reversal = conn.execute(_reversal, {"id": document.id}).scalar()  # a cancelled number stays posted
    data = {"number": document.number, "type": document.type, "date": document.date, "state": document.state,
            "id": document.id, "cancelled": reversal is not None, "cancelled_by": reversal}
    if qr is not None:
        data["qr"] = {"kind": qr[0], "digest": qr[2]}
    return ScanResult("document", code, data, document)


def _gs1_candidate(raw: str) -> bool:
    """A GS1 string, as opposed to a plain code: it says so (symbology identifier, GS
    separators, "(01)" form) or starts with a GTIN or SSCC followed by more fields."""
    if gs1.looks_like_gs1(raw):
        return True
    text = raw.strip()
    return text[:2] in ("00", "01", "02") and len(text) >= 16 and text[2:16].isdigit()


def _gs1_result(conn: Connection, raw: str) -> ScanResult:
    parsed = gs1.parse_gs1(raw)
    gtin = parsed.item_gtin
    data = {"gtin": gtin, "lot": parsed.lot, "expiry": parsed.expiry, "count": parsed.count,
            "serial": parsed.serial, "sku": None, "item": None,
            "net_weight_kg": parsed.net_weight_kg, "unread": list(parsed.unread)}
    if gtin:
        item = _item(conn, gtin)
        if item is not None:
            data.update(_item_data(conn, item, gtin))
            data["gtin"] = gtin
    return ScanResult("gs1", raw, data)


def quantity_of(result: ScanResult) -> Decimal:
    """How many units a scan stands for: a GS1 count (AI 30/37), else one."""
    count = result.data.get("count") if result.kind == "gs1" else None
    return count if count else Decimal(1)
