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

from sqlalchemy import Connection, bindparam, or_, select, union
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import ON_HAND_KINDS, Balance, Document, ItemUnit, Location, Lot, Item
from gudang.domain import document_qr, gs1
from gudang.domain.barcodes import has_valid_check_digit, mod10_check_digit
from gudang.domain.errors import GudangError, InvalidInput, NotFound
from gudang.domain.inputs import clean_code
from gudang.domain.quantity import ZERO
from gudang.i18n import N_
from gudang.services import lookup
from gudang.services.bundle import Bundle
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


# -- the one read (the scan path has a 50 ms budget; over a 4G link each statement is a
# wait of 20-60 ms, issue 15): every kind a code may be, asked at once ---------------

_LOT_COLUMNS = (Lot.id, Lot.item_id, Lot.barcode, Lot.code, Lot.expiry, Lot.status, Lot.received,
                Item.sku, Item.name, Item.base_unit)
_item_codes = bindparam("item_codes", expanding=True)
_item_ids = union(select(Item.id).where(or_(Item.sku.in_(_item_codes), Item.gtin.in_(_item_codes))),
                  select(ItemUnit.item_id).where(ItemUnit.gtin.in_(_item_codes)))
_reversal = aliased(Document)
_READ = Bundle(
    lot=select(*_LOT_COLUMNS).join(Item, Item.id == Lot.item_id).where(Lot.barcode == bindparam("code")),
    location=select(Location.id, Location.code, Location.name, Location.kind, Location.active,
                    Location.warehouse_id).where(Location.code == bindparam("code")),
    document=(select(Document.id, Document.number, Document.type, Document.date, Document.state,
                     _reversal.number.label("cancelled_by"))  # a cancelled number stays posted
              .outerjoin(_reversal, _reversal.reverses_id == Document.id)
              .where(Document.number == bindparam("code"))),
    items=select(*lookup.ITEM_COLUMNS).where(or_(Item.sku.in_(_item_codes), Item.gtin.in_(_item_codes)))
    .order_by(Item.id),
    unit_items=(select(*lookup.ITEM_COLUMNS, ItemUnit.gtin.label("unit_gtin"))
                .join(ItemUnit, ItemUnit.item_id == Item.id).where(ItemUnit.gtin.in_(_item_codes))
                .order_by(ItemUnit.id)),
    units=(select(ItemUnit.item_id, ItemUnit.unit, ItemUnit.factor, ItemUnit.gtin)
           .where(ItemUnit.item_id.in_(_item_ids)).order_by(ItemUnit.item_id, ItemUnit.unit)),
    lots_by_code=(select(*_LOT_COLUMNS).join(Item, Item.id == Lot.item_id).where(Lot.code == bindparam("code"))
                  .order_by(Lot.id).limit(2)),
    lot_stock=(select(Balance.lot_id, Location.code, Balance.qty).join(Balance, Balance.location_id == Location.id)
               .where(Balance.lot_id.in_(select(Lot.id).where(or_(Lot.barcode == bindparam("code"),
                                                                  Lot.code == bindparam("code")))),
                      Balance.qty > 0, Location.kind.in_(ON_HAND_KINDS))
               .order_by(Location.code)),
)


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
    qr = parse_document_qr(plain) if plain else None
    parsed, unreadable = None, None
    if qr is None and _gs1_candidate(raw):
        try:
            parsed = gs1.parse_gs1(raw)
        except GudangError as error:  # named only if the code is nothing else we know
            unreadable = error
    if qr is not None:
        got = _READ.fetch(conn, {"code": qr[1], "item_codes": []})
        return _document_result(got, qr[1], raw, qr)
    item_codes = _gtin_forms(plain) if plain else []
    if parsed is not None and parsed.item_gtin:
        item_codes += _gtin_forms(parsed.item_gtin)
    got = _READ.fetch(conn, {"code": plain or None, "item_codes": list(dict.fromkeys(item_codes))})
    if plain:
        found = _known(got, plain)
        if found is not None:
            return found
    if unreadable is not None:
        raise unreadable
    if parsed is not None:
        return _gs1_result(got, raw, parsed)
    if plain.isdigit() and len(plain) in GTIN_LENGTHS and not has_valid_check_digit(plain):
        raise InvalidInput(N_("{code} is misread: its check digit is wrong (it should end in {digit}); "
                              "scan it again or type the code"),
                           code=plain, digit=mod10_check_digit(plain[:-1]))
    raise NotFound(N_("unknown code {code}"), code=raw)


def _known(got: dict, code: str) -> ScanResult | None:
    """In the order of DESIGN.md section 7: our lot label, bin, document, item, a supplier's
    lot code."""
    if got["lot"]:
        return _lot_result(got, got["lot"][0], code)
    if got["location"]:
        location = got["location"][0]
        return ScanResult("location", code, {"location": location.code, "name": location.name,
                                             "location_kind": location.kind}, location)
    if got["document"]:
        return _document_result(got, code, code, None)
    item = _item(got, code)
    if item is not None:
        return ScanResult("item", code, _item_data(got, item, code), item)
    lots = got["lots_by_code"]
    if len(lots) == 1:  # a supplier's lot code, when it names one lot only
        return _lot_result(got, lots[0], code)
    if len(lots) > 1:
        raise InvalidInput(N_("lot code {code} is on several receipts: scan the lot label instead"), code=code)
    return None


def _gtin_forms(code: str) -> list[str]:
    """A code as an item's SKU or GTIN, and a GTIN also in its other lengths (the EAN-13
    printed on a box is the GTIN-14 of the catalogue with a leading zero), in the order tried."""
    candidates = [code]
    if code.isdigit() and len(code) in GTIN_LENGTHS and has_valid_check_digit(code):
        long = code.zfill(14)
        candidates += [long, long.lstrip("0").zfill(13), long.lstrip("0").zfill(12), long.lstrip("0")]
    return list(dict.fromkeys(candidates))


def _item(got: dict, code: str):
    """The item a code names, as `lookup.item` finds it (SKU or GTIN of the item, then of one
    of its pack units), trying the code's GTIN forms in turn."""
    for candidate in _gtin_forms(code):
        row = next((row for row in got["items"] if candidate in (row.sku, row.gtin)), None)
        if row is None:
            row = next((row for row in got["unit_items"] if row.unit_gtin == candidate), None)
        if row is not None:
            return row
    return None


def _item_data(got: dict, item, code: str | None) -> dict:
    units = [unit for unit in got["units"] if unit.item_id == item.id]
    scanned = next((u.unit for u in units if code and u.gtin and u.gtin == code), None)
    return {"sku": item.sku, "item": item.name, "unit": item.base_unit, "gtin": item.gtin,
            "lot_tracked": item.lot_tracked, "expiry_required": item.expiry_required,
            "active": item.active, "decimals": item.decimals,
            "units": tuple((u.unit, u.factor) for u in units), "scanned_unit": scanned or item.base_unit}


def _lot_result(got: dict, lot, code: str) -> ScanResult:
    stock = [row for row in got["lot_stock"] if row.lot_id == lot.id]
    on_hand = sum((row.qty for row in stock), ZERO)
    return ScanResult("lot", code, {
        "barcode": lot.barcode, "lot": lot.code, "sku": lot.sku, "item": lot.name, "expiry": lot.expiry,
        "status": lot.status, "received": lot.received, "unit": lot.base_unit, "on_hand": on_hand,
        "locations": [row.code for row in stock]}, lot)


def _document_result(got: dict, number: str, code: str, qr) -> ScanResult:
    if not got["document"]:
        raise NotFound(N_("unknown document {number}"), number=number)
    document = got["document"][0]
    data = {"number": document.number, "type": document.type, "date": document.date, "state": document.state,
            "id": document.id, "cancelled": document.cancelled_by is not None,
            "cancelled_by": document.cancelled_by}
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


def _gs1_result(got: dict, raw: str, parsed) -> ScanResult:
    gtin = parsed.item_gtin
    data = {"gtin": gtin, "lot": parsed.lot, "expiry": parsed.expiry, "count": parsed.count,
            "serial": parsed.serial, "sku": None, "item": None,
            "net_weight_kg": parsed.net_weight_kg, "unread": list(parsed.unread)}
    if gtin:
        item = _item(got, gtin)
        if item is not None:
            data.update(_item_data(got, item, gtin))
            data["gtin"] = gtin
    return ScanResult("gs1", raw, data)


def quantity_of(result: ScanResult) -> Decimal:
    """How many units a scan stands for: a GS1 count (AI 30/37), else one."""
    count = result.data.get("count") if result.kind == "gs1" else None
    return count if count else Decimal(1)
