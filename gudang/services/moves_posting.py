"""Documents that only move given lots between given locations (transfers, quarantine and its
release, write-offs), in one read and one write.

They looked up each lot, bin and item with a statement of its own, drew the number, inserted
the document, its lines and moves and checked the balances one statement at a time: a
one-line transfer took 23 round trips, four more per line, a second over a 4G link to the
office's PostgreSQL (issue 15). Now the caller reads everything once (`read`: the lots its
lines name with their items and stock, every location, the settings, the counter, the open
counts, the new rows' ids), decides in Python, and `plan_document` adds the document to the
caller's WritePlan, written at commit as the postings are (gudang.services.writes). The
rules are those of the path it replaced: the count guard, no balance below zero
(named by item, lot and bin), the gapless number.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import bindparam, or_, select

from gudang.db.models import Balance, Document, DocumentLine, Item, Location, Lot, StockMove, Warehouse
from gudang.domain import dates
from gudang.domain.errors import InsufficientStock, InvalidInput, NotFound
from gudang.domain.inputs import check_field, optional_text, where_field
from gudang.domain.quantity import ZERO
from gudang.i18n import N_
from gudang.services import guards, lookup, posting
from gudang.services.bundle import Bundle, expand_ids, new_ids
from gudang.services.posting import MoveRow
from gudang.services.uow import UnitOfWork
from gudang.services.writes import WritePlan

_codes = bindparam("lot_codes", expanding=True)
_named = select(Lot.id).where(or_(Lot.barcode.in_(_codes), Lot.code.in_(_codes)))
# What any posting of a document reads with its own parts (`plan_document` uses them): the
# locations, settings, counter (parameter "seq_names"), open counts, touch marker, new id.
POSTING_PARTS = {
    "locations": select(Location.id, Location.code, Location.kind, Location.warehouse_id, Location.active)
    .order_by(Location.id),
    "settings": posting.SETTINGS_PART,
    "sequences": posting.SEQUENCES_PART,
    "open_counts": posting.OPEN_COUNTS_PART,
    "touch_marker": posting.TOUCH_MARKER_PART,
    "document_id": new_ids(Document.__table__),
}
PARTS = {
    **POSTING_PARTS,
    "line_ids": new_ids(DocumentLine.__table__, "n_lines"),
    # the lots the lines name (by label or supplier code, as lookup.lot finds them), with their item
    "lots": (select(*lookup.LOT_COLUMNS, Item.sku, Item.name.label("item_name"), Item.base_unit, Item.category)
             .join(Item, Item.id == Lot.item_id).where(Lot.id.in_(_named))),
    "stock": (select(Balance.lot_id, Balance.location_id, Balance.qty).where(Balance.lot_id.in_(_named))),
    "warehouses": select(Warehouse.id, Warehouse.code),
}


def read(uow: UnitOfWork, bundle: Bundle, doc_type: str, lot_codes, n_lines: int, **params) -> dict:
    """The bundle (PARTS and the caller's own) read once; the unit of work's touch marker set."""
    got = bundle.fetch(uow.conn, {"lot_codes": sorted(set(lot_codes)), "seq_names": [f"doc:{doc_type}"],
                                  "n_lines": max(n_lines, 1), **params})
    uow.set_marker(got["touch_marker"][0].id)
    return got


def location(got: dict, code: str):
    """As lookup.location, over the locations read."""
    row = next((row for row in got["locations"] if row.code == code), None)
    if row is None:
        raise NotFound(N_("unknown location {code}"), code=code)
    return row


def virtual(got: dict, kind: str) -> int:
    """As posting.virtual_location, over the locations read."""
    row = next((row for row in got["locations"] if row.kind == kind), None)
    if row is None:
        raise NotFound(N_("the {kind} location is missing: run `gudang init`"), kind=kind)
    return row.id


class PlannedDocument(NamedTuple):
    id: int
    number: str
    dated_back: str  # for the audit summary: "" or "; backdated to <date>: <reason>"


def checked_date(actor_role: str, config: dict, date: object, reason: object) -> str | None:
    """DESIGN.md section 9's rules for a document's date, whoever calls: a date, never after
    today; further back than the `backdate_days` setting only by the head of warehouse or an
    administrator, with a reason of at most 500 characters. Returns the reason to store (None
    unless the document is dated back)."""
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        raise InvalidInput(N_("must be a date, not {value}"), value=type(date).__name__).at(where_field("date"))
    reason = check_field("backdate_reason", lambda value: optional_text(value, 500), reason)
    return dates.check_document_date(date, on=dates.today(), days=dates.backdate_days(config), role=actor_role,
                                     reason=reason)


def plan_document(uow: UnitOfWork, got: dict, plan: WritePlan, doc_type: str, date: dt.date, lines: list,
                  *, backdate_reason: str | None = None, **header) -> PlannedDocument:
    """Add a posted document whose lines (transfers.PlannedLine) each move one lot to `plan`.
    Refuses, before anything is written, a date the rules refuse (`checked_date`), a move
    touching a bin being counted and one that would take more than a bin holds."""
    dialect = uow.conn.dialect.name
    config = posting.read_settings(got["settings"])
    backdate_reason = checked_date(uow.actor.role if uow.actor else "", config, date, backdate_reason)
    seq = posting.sequence_last(got["sequences"], f"doc:{doc_type}", date.year) + 1
    number = posting.document_number(config, doc_type, seq, date)
    document_id = expand_ids(got["document_id"], 1, dialect)[0]
    line_ids = expand_ids(got["line_ids"], max(len(lines), 1), dialect)
    moves = [MoveRow(line.item_id, line.lot_id, line.from_id, line.move_to or line.to_id, line.qty, line_id)
             for line, line_id in zip(lines, line_ids)]
    kinds = {row.id: row.kind for row in got["locations"]}
    involved = {m.from_location_id for m in moves} | {m.to_location_id for m in moves} | {l.to_id for l in lines}
    categories = {row.item_id: row.category for row in got["lots"]}
    guards.check_counts(got["open_counts"], involved, {m.item_id: categories.get(m.item_id) for m in moves})
    deltas = posting.balance_deltas(moves, kinds)
    check_available(got, deltas)
    plan.sequences([(f"doc:{doc_type}", date.year, seq)])
    plan.insert(Document.__table__, [{
        "id": document_id, "type": doc_type, "number": number, "seq": seq, "year": date.year, "date": date,
        "state": "posted", "created_by": uow.user, "created_at": uow.now, "approved_by": uow.user,
        "approved_at": uow.now, "posted_by": uow.user, "posted_at": uow.now, "backdate_reason": backdate_reason,
        **header}])
    plan.insert(DocumentLine.__table__, [
        {"id": line_id, "document_id": document_id, "line_no": n, "item_id": line.item_id, "lot_id": line.lot_id,
         "qty": line.qty, "unit": line.unit, "qty_base": line.qty, "lot_code": line.lot_code,
         "expiry": line.expiry, "from_location_id": line.from_id, "to_location_id": line.to_id,
         "condition": line.condition, "remark": line.remark, "expected_qty": line.expected}
        for n, (line, line_id) in enumerate(zip(lines, line_ids), start=1)])
    plan.insert(StockMove.__table__, posting.move_rows(moves, document_id=document_id, posted_at=uow.now,
                                                       posted_by=uow.user))
    plan.balances(deltas)
    return PlannedDocument(document_id, number, dates.backdated_note(date, backdate_reason))


def check_available(got: dict, deltas) -> None:
    """posting.check_available over the stock read (under the posting lock)."""
    have = {(row.lot_id, row.location_id): row.qty for row in got["stock"]}
    lots = {row.id: row for row in got["lots"]}
    codes = {row.id: row.code for row in got["locations"]}
    for (lot_id, location_id), (_, change) in deltas.items():
        if change >= 0:
            continue
        need, available = -change, have.get((lot_id, location_id), ZERO)
        if available < need:
            lot = lots[lot_id]
            raise InsufficientStock(
                N_("insufficient stock of {sku} lot {lot} in {bin}: {available} available, {need} needed"),
                sku=lot.sku, lot=lot.code or lot.barcode, bin=codes.get(location_id), available=available,
                need=Decimal(need))
