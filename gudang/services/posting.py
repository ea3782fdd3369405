"""The posting path: numbers, moves and balances, in SQLAlchemy Core.

Posting is the hot path (a 40-line receipt must take milliseconds), so the
statements here are built once at import, executed with executemany, and no
ORM objects are created. Everything runs inside the caller's unit of work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Mapping

from sqlalchemy import Connection, bindparam, func, insert, select, tuple_, update

from gudang.db.models import (
    BALANCED_KINDS, Balance, CountLocation, CountSession, Document, Event, Item, ItemUnit, Location, Lot,
    NumberSequence, Partner, ReplayKey, RowTouch, Setting, StockMove,
)
from gudang.db.types import Quantity
from gudang.domain.errors import InsufficientStock, NotFound
from gudang.domain.numbering import DEFAULT_CODES, DEFAULT_PATTERN, format_number
from gudang.domain.quantity import ZERO
from gudang.i18n import N_

balance_t = Balance.__table__
move_t = StockMove.__table__
sequence_t = NumberSequence.__table__
document_t = Document.__table__
location_t = Location.__table__

DEFAULT_SETTINGS = {
    "agency_code": "BPBD-KPR",
    "number_pattern": DEFAULT_PATTERN,
    "backdate_days": "7",  # a document dated further back needs the head of warehouse and a reason
}

_insert_moves = insert(move_t)
_bump_sequence = (
    update(sequence_t)
    .where(sequence_t.c.name == bindparam("s_name"), sequence_t.c.year == bindparam("s_year"))
    .values(last=sequence_t.c.last + bindparam("s_count"))
    .returning(sequence_t.c.last)
)
_new_sequence = insert(sequence_t)
_settings = select(Setting.key, Setting.value)


def _balance_upsert(dialect: str):
    # Imported here: the PostgreSQL dialect is not loaded at all on SQLite.
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as make
    else:
        from sqlalchemy.dialects.postgresql import insert as make
    stmt = make(balance_t)
    return stmt.on_conflict_do_update(
        index_elements=[balance_t.c.lot_id, balance_t.c.location_id],
        set_={"qty": balance_t.c.qty + stmt.excluded.qty},
    )


_upserts: dict[str, object] = {}


def _upsert_for(dialect: str):
    if dialect not in _upserts:
        _upserts[dialect] = _balance_upsert(dialect)
    return _upserts[dialect]
# Decreases are plain updates: the rows exist (checked before), and an upsert
# would trip the CHECK (qty >= 0) on its candidate row before resolving.
_decrease = (
    update(balance_t)
    .where(balance_t.c.lot_id == bindparam("b_lot"), balance_t.c.location_id == bindparam("b_location"))
    .values(qty=balance_t.c.qty - bindparam("b_qty", type_=Quantity()))
)


def settings(conn: Connection) -> dict[str, str]:
    values = dict(DEFAULT_SETTINGS)
    values.update({key: value for key, value in conn.execute(_settings)})
    return values


def reserve(conn: Connection, name: str, year: int, count: int = 1) -> int:
    """Advance a counter by `count` and return its new last value.

    Runs under the posting lock, so numbers are gapless and never shared;
    a rolled-back posting gives its numbers back with the transaction.
    """
    last = conn.execute(_bump_sequence, {"s_name": name, "s_year": year, "s_count": count}).scalar()
    if last is None:
        conn.execute(_new_sequence, {"name": name, "year": year, "last": count})
        last = count
    return last


def assign_number(conn: Connection, doc_type: str, date: dt.date,
                  config: Mapping[str, str] | None = None) -> tuple[str, int, int]:
    """Draw the next gapless number of a document type for the document's year."""
    config = config or settings(conn)
    seq = reserve(conn, f"doc:{doc_type}", date.year)
    return document_number(config, doc_type, seq, date), seq, date.year


def document_number(config: Mapping[str, str], doc_type: str, seq: int, date: dt.date) -> str:
    """The number as printed: the settings' pattern, agency and the type's code."""
    code = config.get(f"code_{doc_type}", DEFAULT_CODES[doc_type])
    return format_number(config["number_pattern"], seq=seq, code=code, agency=config["agency_code"], date=date)


def lot_barcodes(conn: Connection, count: int) -> list[str]:
    """Unique internal lot barcodes, e.g. L00001234 (Code 128 friendly)."""
    last = reserve(conn, "lot_barcode", 0, count)
    return [f"L{n:08d}" for n in range(last - count + 1, last + 1)]


@dataclass(frozen=True, slots=True)
class MoveRow:
    item_id: int
    lot_id: int
    from_location_id: int
    to_location_id: int
    qty: Decimal
    line_id: int | None = None


def balance_deltas(moves: Iterable[MoveRow], kinds: Mapping[int, str]) -> dict[tuple[int, int], tuple[int, Decimal]]:
    """(lot, location) -> (item, change) for the locations that keep balances."""
    deltas: dict[tuple[int, int], list] = {}
    for move in moves:
        for location, sign in ((move.from_location_id, -1), (move.to_location_id, 1)):
            if kinds[location] in BALANCED_KINDS:
                entry = deltas.setdefault((move.lot_id, location), [move.item_id, ZERO])
                entry[1] += sign * move.qty
    return {key: (item, change) for key, (item, change) in deltas.items() if change != 0}


def check_available(conn: Connection, deltas: Mapping[tuple[int, int], tuple[int, Decimal]]) -> None:
    """Refuse, naming item, lot and bin, any change that would make a balance negative."""
    takes = {key: -change for key, (_, change) in deltas.items() if change < 0}
    if not takes:
        return
    rows = conn.execute(
        select(balance_t.c.lot_id, balance_t.c.location_id, balance_t.c.qty)
        .where(tuple_(balance_t.c.lot_id, balance_t.c.location_id).in_(list(takes)))
    )
    have = {(lot, loc): qty for lot, loc, qty in rows}
    for key, need in takes.items():
        available = have.get(key, ZERO)
        if available < need:
            lot, location = key
            raise insufficient(conn, lot, location, need, available)


def insufficient(conn: Connection, lot_id: int, location_id: int, need: Decimal,
                 available: Decimal) -> InsufficientStock:
    row = conn.execute(
        select(Item.sku, Lot.barcode, Lot.code, Location.code)
        .select_from(Lot).join(Item, Item.id == Lot.item_id)
        .join(Location, Location.id == location_id)
        .where(Lot.id == lot_id)
    ).one()
    sku, barcode, lot_code, bin_code = row
    return InsufficientStock(
        N_("insufficient stock of {sku} lot {lot} in {bin}: {available} available, {need} needed"),
        sku=sku, lot=lot_code or barcode, bin=bin_code, available=available, need=need)


def write_moves(conn: Connection, moves: list[MoveRow], kinds: Mapping[int, str], *,
                document_id: int, posted_at: dt.datetime, posted_by: str,
                checked: bool = False) -> None:
    """Append the moves to the ledger and apply them to the balances.

    `checked=True` when the caller has just read the balances it takes from
    under the posting lock (FEFO does); otherwise they are checked here. The
    CHECK constraint on balance.qty stays as the last line of defence.
    """
    if not moves:
        return
    deltas = balance_deltas(moves, kinds)
    if not checked:
        check_available(conn, deltas)
    conn.execute(_insert_moves, [
        {"document_id": document_id, "line_id": m.line_id, "item_id": m.item_id,
         "lot_id": m.lot_id, "from_location_id": m.from_location_id,
         "to_location_id": m.to_location_id, "qty": m.qty,
         "posted_at": posted_at, "posted_by": posted_by}
        for m in moves
    ])
    increases = [{"lot_id": lot, "location_id": location, "item_id": item, "qty": change}
                 for (lot, location), (item, change) in deltas.items() if change > 0]
    decreases = [{"b_lot": lot, "b_location": location, "b_qty": -change}
                 for (lot, location), (item, change) in deltas.items() if change < 0]
    if increases:
        conn.execute(_upsert_for(conn.dialect.name), increases)
    if decreases:
        conn.execute(_decrease, decreases)


_virtual_location = (select(location_t.c.id).where(location_t.c.kind == bindparam("kind"))
                     .order_by(location_t.c.id).limit(1))


def virtual_location(conn: Connection, kind: str) -> int:
    """The id of the (single) virtual location of a kind: donor, recipient, transit..."""
    location_id = conn.execute(_virtual_location, {"kind": kind}).scalar()
    if location_id is None:
        raise NotFound(N_("the {kind} location is missing: run `gudang init`"), kind=kind)
    return location_id


# -- what every posting reads first, as parts of one bundle (gudang.services.bundle) ---------
#
# Parameters: "key" (a replay key or None), "partner", "event", "skus" (expanding),
# "seq_names" (expanding). The services decide with these rows exactly as the lookups
# of gudang.services.lookup would, in the same order, with the same messages.

key_t = ReplayKey.__table__
_skus = bindparam("skus", expanding=True)
SETTINGS_PART = select(Setting.key, Setting.value)
KEY_PART = select(key_t.c.kind, key_t.c.object).where(key_t.c.key == bindparam("key"))
PARTNER_PART = select(Partner.id, Partner.code, Partner.name, Partner.kind, Partner.active, Partner.desa,
                      Partner.region_code).where(
    Partner.code == bindparam("partner"))
EVENT_PART = select(Event.id, Event.code, Event.name).where(Event.code == bindparam("event"))
ITEMS_PART = select(Item.id, Item.sku, Item.name, Item.base_unit, Item.lot_tracked, Item.expiry_required,
                    Item.active, Item.category, Item.gtin, Item.decimals, Item.min_stock).where(Item.sku.in_(_skus))
UNITS_PART = (select(ItemUnit.item_id, ItemUnit.unit, ItemUnit.factor)
              .join(Item, Item.id == ItemUnit.item_id).where(Item.sku.in_(_skus)))
SEQUENCES_PART = select(sequence_t.c.name, sequence_t.c.year, sequence_t.c.last).where(
    sequence_t.c.name.in_(bindparam("seq_names", expanding=True)))
# The touch marker (gudang.services.uow, `marker_later`): read with the posting's first read.
TOUCH_MARKER_PART = select(func.coalesce(func.max(RowTouch.id), 0).label("id"))
# Every bin in an open count's scope (rarely any): the count guard decides in Python.
OPEN_COUNTS_PART = (
    select(CountSession.id, CountSession.number, CountSession.categories, Location.id.label("location_id"),
           Location.code)
    .select_from(CountLocation)
    .join(CountSession, CountSession.id == CountLocation.session_id)
    .join(Location, Location.id == CountLocation.location_id)
    .where(CountSession.state == "open")
    .order_by(CountSession.id, Location.code))


def virtual_location_part(kind: str):
    return select(location_t.c.id).where(location_t.c.kind == kind).order_by(location_t.c.id).limit(1)


def read_settings(rows) -> dict[str, str]:
    values = dict(DEFAULT_SETTINGS)
    values.update({row.key: row.value for row in rows})
    return values


def sequence_last(rows, name: str, year: int) -> int:
    """The last number drawn from a sequence, from a SEQUENCES_PART read (0: none yet)."""
    return next((row.last for row in rows if row.name == name and row.year == year), 0)


def found_virtual(rows, kind: str) -> int:
    if not rows:
        raise NotFound(N_("the {kind} location is missing: run `gudang init`"), kind=kind)
    return rows[0].id


def unit_factors_of(rows) -> dict[tuple[int, str], Decimal]:
    return {(row.item_id, row.unit.lower()): row.factor for row in rows}


def move_rows(moves: list[MoveRow], *, document_id: int, posted_at: dt.datetime, posted_by: str) -> list[dict]:
    return [{"document_id": document_id, "line_id": m.line_id, "item_id": m.item_id, "lot_id": m.lot_id,
             "from_location_id": m.from_location_id, "to_location_id": m.to_location_id, "qty": m.qty,
             "posted_at": posted_at, "posted_by": posted_by} for m in moves]
