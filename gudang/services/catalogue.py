"""The item catalogue: add, change, deactivate, list and import items."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Mapping

from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload

from gudang.db.engine import Database
from gudang.db.models import Item, ItemUnit
from gudang.domain.barcodes import is_valid_gtin
from gudang.domain.errors import AlreadyExists, GudangError, InvalidInput, NotFound
from gudang.domain.inputs import check_field, clean_code, clean_text, optional_text, where_field
from gudang.domain.numbers import parse_written
from gudang.domain.quantity import SCALE, ZERO, parse_measure, parse_quantity
from gudang.i18n import N_, tr
from gudang.services.uow import Actor, UnitOfWork


@dataclass(frozen=True)
class ItemInput:
    sku: str
    name: str
    unit: str
    category: str | None = None
    gtin: str | None = None
    lot_tracked: bool = True
    expiry_required: bool = True
    min_stock: Decimal = ZERO
    weight_kg: Decimal = ZERO
    volume_m3: Decimal = ZERO
    pack_units: tuple[tuple[str, Decimal], ...] = ()  # (unit, base units in one)
    decimals: int = 0  # decimal places a quantity may have: 0 for packages, up to 3 for kg, litres

    def checked(self) -> "ItemInput":
        """The same input, validated and cleaned; errors name the field."""
        gtin = check_field("gtin", lambda v: _gtin(v) if v else None, self.gtin)
        return replace(
            self,
            sku=check_field("sku", clean_code, self.sku),
            name=check_field("name", lambda v: _required(clean_text(v, max_length=200)), self.name),
            unit=check_field("unit", lambda v: clean_code(v, max_length=20), self.unit),
            category=check_field("category", lambda v: optional_text(v, 60), self.category),
            gtin=gtin,
            min_stock=check_field("min-stock", lambda v: parse_quantity(v, allow_zero=True), self.min_stock),
            weight_kg=check_field("weight-kg", parse_measure, self.weight_kg),
            volume_m3=check_field("volume-m3", parse_measure, self.volume_m3),
            decimals=check_field("decimals", parse_decimals, self.decimals),
            pack_units=tuple((check_field("pack-units", lambda v: clean_code(v, max_length=20), unit),
                              check_field("pack-units", parse_quantity, factor))
                             for unit, factor in self.pack_units),
        )


def parse_decimals(value: object) -> int:
    """How many decimal places an item's quantities may have: 0, 1, 2 or 3."""
    if isinstance(value, bool):
        raise InvalidInput(N_("must be 0, 1, 2 or 3, not {value}"), value=value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    elif isinstance(value, (float, Decimal)) and value == int(value):
        value = int(value)
    if not isinstance(value, int) or not 0 <= value <= SCALE:
        raise InvalidInput(N_("must be 0, 1, 2 or 3, not {value}"), value=value)
    return value


def _required(text: str) -> str:
    if not text:
        raise InvalidInput(N_("must not be empty"))
    return text


def _gtin(value: object) -> str:
    code = clean_code(value, max_length=14)
    if not is_valid_gtin(code):
        raise InvalidInput(N_("{code} is not a valid GTIN/EAN barcode (check digit)"), code=code)
    return code


@dataclass(frozen=True)
class ItemRow:
    id: int
    sku: str
    name: str
    category: str | None
    unit: str
    gtin: str | None
    lot_tracked: bool
    expiry_required: bool
    min_stock: Decimal
    weight_kg: Decimal
    volume_m3: Decimal
    active: bool
    pack_units: tuple[tuple[str, Decimal], ...] = ()
    decimals: int = 0


def _row(item: Item) -> ItemRow:
    return ItemRow(item.id, item.sku, item.name, item.category, item.base_unit, item.gtin,
                   item.lot_tracked, item.expiry_required, item.min_stock, item.weight_kg,
                   item.volume_m3, item.active, tuple((u.unit, u.factor) for u in item.units),
                   item.decimals or 0)


def _new_item(uow: UnitOfWork, data: ItemInput) -> Item:
    if uow.session.scalar(select(Item.id).where(Item.sku == data.sku)):
        raise AlreadyExists(N_("item {sku} already exists"), sku=data.sku)
    if data.gtin and uow.session.scalar(select(Item.sku).where(Item.gtin == data.gtin)):
        raise AlreadyExists(N_("GTIN {gtin} already belongs to another item"), gtin=data.gtin)
    item = Item(sku=data.sku, name=data.name, category=data.category, base_unit=data.unit,
                gtin=data.gtin, lot_tracked=data.lot_tracked, expiry_required=data.expiry_required,
                min_stock=data.min_stock, weight_kg=data.weight_kg, volume_m3=data.volume_m3,
                decimals=data.decimals, active=True)
    item.units = [ItemUnit(unit=unit, factor=factor) for unit, factor in data.pack_units]
    uow.session.add(item)
    return item


def add_item(db: Database, actor: Actor, data: ItemInput) -> ItemRow:
    data = data.checked()
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        item = _new_item(uow, data)
        uow.audit("item.add", data.sku, data.name)
        uow.commit()
        return _row(item)


def update_item(db: Database, actor: Actor, sku: str, data: ItemInput) -> ItemRow:
    """Change an item's details. The SKU and base unit stay: the ledger counts in them."""
    data = data.checked()
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        item = uow.session.scalar(select(Item).where(Item.sku == sku))
        if item is None:
            raise NotFound(N_("unknown item {sku}"), sku=sku)
        if data.unit != item.base_unit:
            raise InvalidInput(N_("the base unit of {sku} cannot change once created"), sku=sku)
        if data.gtin and uow.session.scalar(select(Item.sku).where(Item.gtin == data.gtin, Item.id != item.id)):
            raise AlreadyExists(N_("GTIN {gtin} already belongs to another item"), gtin=data.gtin)
        item.name, item.category, item.gtin = data.name, data.category, data.gtin
        item.lot_tracked, item.expiry_required = data.lot_tracked, data.expiry_required
        item.min_stock, item.weight_kg, item.volume_m3 = data.min_stock, data.weight_kg, data.volume_m3
        item.decimals = data.decimals
        existing = {u.unit: u for u in item.units}
        for unit, factor in data.pack_units:
            if unit in existing:
                existing[unit].factor = factor
            else:
                item.units.append(ItemUnit(unit=unit, factor=factor))
        uow.audit("item.update", sku, data.name)
        uow.commit()
        return _row(item)


def set_item_active(db: Database, actor: Actor, sku: str, active: bool) -> ItemRow:
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        item = uow.session.scalar(select(Item).where(Item.sku == sku))
        if item is None:
            raise NotFound(N_("unknown item {sku}"), sku=sku)
        item.active = active
        uow.audit("item.activate" if active else "item.deactivate", sku)
        uow.commit()
        return _row(item)


def list_items(db: Database, search: str | None = None, *, include_inactive: bool = True,
               category: str | None = None) -> list[ItemRow]:
    with UnitOfWork(db, write=False) as uow:
        query = select(Item).order_by(Item.sku)
        if search:
            pattern = f"%{search.lower()}%"
            query = query.where(or_(func.lower(Item.sku).like(pattern), func.lower(Item.name).like(pattern),
                                    Item.gtin == search))
        if category:
            query = query.where(Item.category == category)
        if not include_inactive:
            query = query.where(Item.active.is_(True))
        # the pack units joined in the same statement (one round trip, not one per item)
        return [_row(item) for item in uow.session.scalars(query.options(joinedload(Item.units))).unique()]


def categories(db: Database) -> list[str]:
    with UnitOfWork(db, write=False) as uow:
        return [c for c in uow.session.scalars(select(Item.category).distinct().order_by(Item.category)) if c]


# Import: the header row uses the `item add` option names.
IMPORT_COLUMNS = {"sku", "name", "unit", "category", "gtin", "no-lot", "no-expiry", "min-stock",
                  "weight-kg", "volume-m3", "decimals"}
_TRUE = {"1", "true", "yes", "ya", "y", "x"}
_FALSE = {"", "0", "false", "no", "tidak", "n"}


def _flag(value: object) -> bool:
    text = str(value if value is not None else "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidInput(N_("must be yes or no, not {value}"), value=value)


def item_from_record(record: Mapping[str, Any], *, written: bool = False) -> ItemInput:
    """An item from a record of `gudang replay` (JSON: decimal points), or `written` by people
    (a CSV or XLSX import: a number in text is read in either notation when only one reading
    is possible, and "1.500" is refused rather than guessed; see numbers.parse_written)."""
    def get(name):
        value = record.get(name)
        if isinstance(value, str):
            value = value.strip()
        return None if value in (None, "") else value

    def number(parse):
        if not written:
            return parse
        return lambda value: parse(parse_written(value) if isinstance(value, str) else value)

    def parsed(name, parse, default):
        value = get(name)
        if value is None:
            return default
        try:
            return parse(value)
        except GudangError as error:
            raise error.at(where_field(name))

    for name in ("sku", "name", "unit"):
        if get(name) is None:
            raise InvalidInput(N_("is required")).at(where_field(name))
    return ItemInput(
        sku=str(get("sku")), name=str(get("name")), unit=str(get("unit")),
        category=get("category"), gtin=str(get("gtin")) if get("gtin") is not None else None,
        lot_tracked=not parsed("no-lot", _flag, False),
        expiry_required=not parsed("no-expiry", _flag, False),
        min_stock=parsed("min-stock", number(lambda v: parse_quantity(v, allow_zero=True)), ZERO),
        weight_kg=parsed("weight-kg", number(parse_measure), ZERO),
        volume_m3=parsed("volume-m3", number(parse_measure), ZERO),
        decimals=parsed("decimals", parse_decimals, 0),
    )


class ImportRejected(InvalidInput):
    """An import with bad rows: nothing was imported, every problem is listed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(N_("{count} rows have problems, nothing was imported: {first}"),
                         count=len(problems), first=problems[0])
        self.problems = problems


def import_items(db: Database, actor: Actor, records: list[Mapping[str, Any]]) -> int:
    """Import items, all rows or none; every bad row is reported (row 2 = first data row)."""
    problems: list[str] = []
    items: list[ItemInput] = []
    seen: dict[str, int] = {}
    if not records:
        raise InvalidInput(N_("the file has no item rows"))
    unknown = sorted({str(k) for record in records for k in record if k not in IMPORT_COLUMNS and k})
    if unknown:
        raise InvalidInput(N_("unknown column {column}; use the `item add` option names: {columns}"),
                           column=unknown[0], columns=", ".join(sorted(IMPORT_COLUMNS)))
    for row_no, record in enumerate(records, start=2):
        try:
            data = item_from_record(record, written=True).checked()
            if data.sku in seen:
                raise AlreadyExists(N_("SKU {sku} is also on row {row}"), sku=data.sku, row=seen[data.sku])
            seen[data.sku] = row_no
            items.append(data)
        except GudangError as error:
            problems.append(tr(N_("row {row}")).format(row=row_no) + ": " + error.message)
    if not problems:
        with UnitOfWork(db, actor, "catalogue.edit") as uow:
            existing = set(uow.session.scalars(select(Item.sku).where(Item.sku.in_(seen))))
            for data in items:
                if data.sku in existing:
                    problems.append(tr(N_("row {row}")).format(row=seen[data.sku]) + ": "
                                    + AlreadyExists(N_("item {sku} already exists"), sku=data.sku).message)
            if not problems:
                for data in items:
                    _new_item(uow, data)
                uow.audit("item.import", None, f"{len(items)} items")
                uow.commit()
                return len(items)
    raise ImportRejected(problems)


def issuable_stock(db: Database) -> dict[str, Decimal]:
    """Per SKU, what could be issued today: in storage or receiving bins, not quarantined,
    not expired (one grouped query, for the issuing screen's item search)."""
    from gudang.db.models import ALLOCATABLE_KINDS, Balance, Location, Lot
    from gudang.domain.dates import today

    with UnitOfWork(db, write=False) as uow:
        rows = uow.conn.execute(
            select(Item.sku, func.sum(Balance.qty))
            .join(Balance, Balance.item_id == Item.id)
            .join(Location, Location.id == Balance.location_id)
            .join(Lot, Lot.id == Balance.lot_id)
            .where(Balance.qty > 0, Location.kind.in_(ALLOCATABLE_KINDS), Lot.status == "available",
                   or_(Lot.expiry.is_(None), Lot.expiry >= today()))
            .group_by(Item.sku))
        return {sku: _quantity(qty) for sku, qty in rows}


def _quantity(value) -> Decimal:
    """A SUM over the Quantity column comes back as stored thousandths on some engines."""
    from gudang.domain.quantity import from_storage

    return value if isinstance(value, Decimal) else from_storage(value)
