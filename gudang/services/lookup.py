"""Resolving the codes users type or scan into rows, with clear errors."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, or_, select

from gudang.db.models import Event, Item, ItemUnit, Location, Lot, Partner, Warehouse
from gudang.domain.errors import InvalidInput, NotFound
from gudang.i18n import N_, tr

PARTNER_KIND_NAMES = {"donor": N_("donor"), "recipient": N_("recipient"),
                      "transporter": N_("transporter")}


# Statements are built once: building a select() costs more than running it.
_partner = select(Partner.id, Partner.code, Partner.name, Partner.kind, Partner.active).where(
    Partner.code == bindparam("code"))
_event = select(Event.id, Event.code, Event.name).where(Event.code == bindparam("code"))
_locations = select(Location.id, Location.code, Location.kind, Location.warehouse_id, Location.active).where(
    Location.code.in_(bindparam("codes", expanding=True)))
_units = select(ItemUnit.item_id, ItemUnit.unit, ItemUnit.factor).where(
    ItemUnit.item_id.in_(bindparam("ids", expanding=True)))


def partner(conn: Connection, code: str, kind: str):
    return checked_partner(conn.execute(_partner, {"code": code}).one_or_none(), code, kind)


def checked_partner(row, code: str, kind: str):
    """The partner row found for `code` (or None), refused unless it is an active `kind`."""
    if row is None:
        raise NotFound(N_("unknown {kind} {code}"), kind=tr(PARTNER_KIND_NAMES[kind]), code=code)
    if row.kind != kind:
        raise InvalidInput(N_("{code} is a {actual}, not a {kind}"), code=code,
                           actual=tr(PARTNER_KIND_NAMES[row.kind]), kind=tr(PARTNER_KIND_NAMES[kind]))
    if not row.active:
        raise InvalidInput(N_("{code} is deactivated"), code=code)
    return row


def event(conn: Connection, code: str):
    return checked_event(conn.execute(_event, {"code": code}).one_or_none(), code)


def checked_event(row, code: str):
    if row is None:
        raise NotFound(N_("unknown event {code}"), code=code)
    return row


ITEM_COLUMNS = (Item.id, Item.sku, Item.name, Item.base_unit, Item.lot_tracked,
                Item.expiry_required, Item.active, Item.category, Item.gtin, Item.decimals)


_items_by_sku = select(*ITEM_COLUMNS).where(Item.sku.in_(bindparam("skus", expanding=True)))


def items_by_sku(conn: Connection, skus: set[str]) -> dict[str, object]:
    rows = conn.execute(_items_by_sku, {"skus": sorted(skus)})
    return {row.sku: row for row in rows}


def unit_factors(conn: Connection, item_ids: set[int]) -> dict[tuple[int, str], object]:
    rows = conn.execute(_units, {"ids": sorted(item_ids)})
    return {(row.item_id, row.unit.lower()): row.factor for row in rows}


def locations_by_code(conn: Connection, codes: set[str]) -> dict[str, object]:
    rows = conn.execute(_locations, {"codes": sorted(codes)})
    return {row.code: row for row in rows}


def location(conn: Connection, code: str):
    row = locations_by_code(conn, {code}).get(code)
    if row is None:
        raise NotFound(N_("unknown location {code}"), code=code)
    return row


def warehouse(conn: Connection, code: str | None):
    query = select(Warehouse.id, Warehouse.code, Warehouse.name, Warehouse.address)
    query = query.where(Warehouse.code == code) if code else query.order_by(Warehouse.id).limit(1)
    row = conn.execute(query).one_or_none()
    if row is None:
        raise NotFound(N_("unknown warehouse {code}"), code=code or "-")
    return row


def lot(conn: Connection, code: str, item_id: int | None = None):
    """A lot by its internal barcode, or by the supplier's lot code when unambiguous."""
    row = conn.execute(select(*LOT_COLUMNS).where(Lot.barcode == code)).one_or_none()
    if row is not None:
        return checked_lot([row], code, item_id)
    query = select(*LOT_COLUMNS).where(Lot.code == code)
    if item_id is not None:
        query = query.where(Lot.item_id == item_id)
    return checked_lot(conn.execute(query.order_by(Lot.id)).all(), code, item_id)


LOT_COLUMNS = (Lot.id, Lot.item_id, Lot.code, Lot.barcode, Lot.expiry, Lot.received, Lot.status, Lot.donor_id)
# The lots a code may name (by barcode or supplier lot code), for `checked_lot`.
lots_named = select(*LOT_COLUMNS).where(or_(Lot.barcode.in_(bindparam("lot_codes", expanding=True)),
                                           Lot.code.in_(bindparam("lot_codes", expanding=True))))


def checked_lot(rows, code: str, item_id: int | None = None):
    """`lot` over rows already read: every lot whose barcode or supplier code is `code`
    (more may be given; the others are ignored)."""
    by_barcode = next((row for row in rows if row.barcode == code), None)
    if by_barcode is not None:
        if item_id is not None and by_barcode.item_id != item_id:
            raise InvalidInput(N_("lot {code} is of another item"), code=code)
        return by_barcode
    rows = sorted((row for row in rows if row.code == code and (item_id is None or row.item_id == item_id)),
                  key=lambda row: row.id)
    if not rows:
        raise NotFound(N_("unknown lot {code}"), code=code)
    if len(rows) > 1:
        # The same supplier lot arrived more than once: prefer one still in stock
        # is ambiguous for a ledger, so ask for the label instead.
        raise InvalidInput(N_("lot code {code} is on several receipts: scan the lot label instead"),
                           code=code)
    return rows[0]


_item_by_code = select(*ITEM_COLUMNS).where(or_(Item.sku == bindparam("code"), Item.gtin == bindparam("code")))
_item_by_unit_gtin = (select(*ITEM_COLUMNS).join(ItemUnit, ItemUnit.item_id == Item.id)
                      .where(ItemUnit.gtin == bindparam("code")))


def item(conn: Connection, code: str):
    """An item by SKU or GTIN (of the item or of one of its pack units)."""
    row = conn.execute(_item_by_code, {"code": code}).first()
    if row is None:
        row = conn.execute(_item_by_unit_gtin, {"code": code}).first()
    if row is None:
        raise NotFound(N_("unknown item {code}"), code=code)
    return row
