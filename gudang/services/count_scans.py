"""Scanning in a stock count in few round trips (issue 15): scan, type a line's count, amend, undo.

    scan_count(db, counter, count.id, "A-01")          # the bin label first
    scan_count(db, counter, count.id, "L00000012")     # then lots: one package each
    scan_count(db, counter, count.id, "(01)08991234567893(10)B42(30)24")  # GS1: lot B42, 24 units
    set_count(db, counter, count.id, line_id, Decimal(80))
    amend_last_scan(db, counter, count.id, Decimal(40))
    undo_scan(db, counter, count.id)

(gudang.services.counts tells the rules of a count; it re-exports these.)

A clerk scans hundreds of labels in a count, often over 4G to the office's
PostgreSQL, so each scan reads everything it decides on in ONE statement
(gudang.services.bundle): the count, the counter's current bin, the code as a
lot label, a bin or a GS1 lot, whether the bin is in the count's scope, the
item, the line of that lot in that bin with its counted total so far, the new
line's id and the touch marker. The rules run in Python over those rows, in
the order and with the messages they always had; then the scan (and a new
line) is written in one go (gudang.services.writes), on PostgreSQL with the
digests' reads at commit: BEGIN with the lock, the read, the write, the audit
entry with COMMIT. A code that is neither our lot label nor a bin (a
supplier's lot code, an item's barcode, a misread) goes through the one
resolver (gudang.services.scanning) for its answer, as before: rare, so its
extra reads do not matter.

The line's new total is the total read plus this scan: the scan holds the
posting lock from BEGIN, so no other scan can come in between.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, bindparam, exists, func, literal, or_, select, type_coerce, union

from gudang.db.engine import Database
from gudang.db.models import CountLine, CountLocation, CountScan, CountSession, Item, ItemUnit, Location, Lot
from gudang.db.types import Quantity
from gudang.domain import document_qr, gs1
from gudang.domain.errors import GudangError, InvalidInput, InvalidState, NotFound
from gudang.domain.inputs import clean_code, where_field
from gudang.domain.quantity import ZERO, normalize, parse_quantity
from gudang.i18n import N_
from gudang.services.bundle import Bundle
from gudang.services.posting import TOUCH_MARKER_PART
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.writes import WritePlan

session_t = CountSession.__table__
scope_t = CountLocation.__table__
line_t = CountLine.__table__
scan_t = CountScan.__table__


@dataclass(frozen=True)
class ScanOutcome:
    kind: str  # "bin" or "lot"
    count: str  # the count's number
    location: str
    round: int
    barcode: str | None = None
    lot: str | None = None
    sku: str | None = None
    item: str | None = None
    unit: str | None = None
    qty: Decimal | None = None  # this scan
    counted: Decimal | None = None  # the line's total so far (this counter and others)
    expected: Decimal | None = None  # None in a blind count
    new_line: bool = False  # the lot was not expected in this bin
    line_id: int | None = None
    undone: bool = False  # this was an undo: `qty` was taken back


# -- the count and its rules --------------------------------------------------------

def session_ref(ref: int | str) -> dict:
    """Bind parameters naming a count by id (12, "#12") or by number."""
    text = str(ref).strip()
    if isinstance(ref, int) or text.lstrip("#").isdigit():
        return {"sid": int(text.lstrip("#")), "number": None}
    return {"sid": None, "number": text}


def found_session(rows: list, ref: int | str):
    if not rows:
        raise NotFound(N_("unknown stock count {ref}"), ref=ref)
    return rows[0]


def open_session(rows: list, ref: int | str):
    row = found_session(rows, ref)
    if row.state != "open":
        raise InvalidState(N_("stock count {number} is {state}, not open"), number=row.number, state=row.state)
    return row


def categories_of(row) -> tuple[str, ...]:
    return tuple(json.loads(row.categories)) if row.categories else ()


def check_decimals(qty: Decimal, decimals: int, sku: str) -> None:
    """Refuse (never round) a quantity with more decimals than its item allows."""
    if qty != qty.quantize(Decimal(1).scaleb(-int(decimals or 0))):
        if not decimals:
            raise InvalidInput(N_("{sku} is counted in whole units: {qty} has decimals"), sku=sku,
                               qty=normalize(qty))
        raise InvalidInput(N_("{sku} allows {places} decimals: {qty} has more"), sku=sku, places=decimals,
                           qty=normalize(qty))


def _checked_decimals(qty: Decimal, decimals: int, sku: str) -> None:
    try:
        check_decimals(qty, decimals, sku)
    except GudangError as error:
        raise error.at(where_field("qty"))


def _in_round(line, session, line_id: int):
    """The line (a row of a LINE part) if it may be counted in the session's round."""
    if line is None:
        raise NotFound(N_("line {line} is not part of stock count {number}"), line=line_id,
                       number=session.number)
    if line.round < session.round:
        raise InvalidState(N_("lot {lot} in {bin} agreed in round {round}: only lines with a "
                              "variance are recounted"), lot=line.barcode, bin=line.location, round=line.round)
    return line


# -- the reads: one statement per action ----------------------------------------------
# Parameters of every bundle: "sid" / "number" (session_ref), "user".

_session_match = or_(session_t.c.id == bindparam("sid"), session_t.c.number == bindparam("number"))
_SESSION = select(session_t).where(_session_match)
_session_id = select(session_t.c.id).where(_session_match).scalar_subquery()
_session_round = select(session_t.c.round).where(_session_match).scalar_subquery()
_user = bindparam("user")
_live_total = type_coerce(
    select(func.coalesce(func.sum(scan_t.c.qty), 0))
    .where(scan_t.c.line_id == line_t.c.id, scan_t.c.void.is_(False)).scalar_subquery(),
    Quantity()).label("counted")

# The counter's current bin: the last bin label they scanned in this count.
_current = (select(scan_t.c.location_id, Location.code).join(Location, Location.id == scan_t.c.location_id)
            .where(scan_t.c.session_id == _session_id, scan_t.c.counted_by == _user, scan_t.c.kind == "bin")
            .order_by(scan_t.c.id.desc()).limit(1))
_current_id = _current.with_only_columns(scan_t.c.location_id).scalar_subquery()

# The code: our lot label (or, after the resolver named it, the lot "lot_id"), a bin, a GS1
# code's GTIN ("gtins": its candidates, expanding) and lot code ("gs1_lot").
_code = bindparam("code")
_gtins = bindparam("gtins", expanding=True)
_LOT_COLUMNS = (Lot.id, Lot.item_id, Lot.barcode, Lot.code, Item.sku, Item.name, Item.base_unit, Item.category,
                Item.decimals)
_ITEM_COLUMNS = (Item.id, Item.sku, Item.gtin, Item.name, Item.base_unit, Item.category, Item.decimals)
_gs1_item_ids = union(select(Item.id).where(or_(Item.sku.in_(_gtins), Item.gtin.in_(_gtins))),
                      select(ItemUnit.item_id).where(ItemUnit.gtin.in_(_gtins)))
_gs1_lots = (select(*_LOT_COLUMNS).join(Item, Item.id == Lot.item_id)
             .where(Lot.code == bindparam("gs1_lot"), Lot.item_id.in_(_gs1_item_ids)).order_by(Lot.id))
_lot = (select(*_LOT_COLUMNS).join(Item, Item.id == Lot.item_id)
        .where(or_(Lot.barcode == _code, Lot.id == bindparam("lot_id"))))
_candidate_lots = union(_lot.with_only_columns(Lot.id), _gs1_lots.with_only_columns(Lot.id).order_by(None))
# The lines of those lots in the current bin, with what was counted on them so far.
_lines_here = (select(line_t.c.id, line_t.c.lot_id, line_t.c.expected, line_t.c.round, _live_total)
               .where(line_t.c.session_id == _session_id, line_t.c.location_id == _current_id,
                      line_t.c.lot_id.in_(_candidate_lots)))


def _new_line_id(dialect: str):
    """The id a new line would take. PostgreSQL draws it from the sequence only when a lot was
    scanned in a current bin where it has no line yet (not for every scan); SQLite's next
    rowid is safe under BEGIN IMMEDIATE."""
    if dialect == "sqlite":
        return select(func.coalesce(func.max(line_t.c.id), 0).label("id"))
    sequence = func.nextval(func.pg_get_serial_sequence(literal(line_t.name), literal("id")))
    return select(sequence.label("id")).where(_current_id.is_not(None), exists(_candidate_lots),
                                              ~exists(_lines_here))


_SCAN = Bundle(
    touch_marker=TOUCH_MARKER_PART,
    session=_SESSION,
    current=_current,
    lot=_lot,
    bin=select(Location.id, Location.code).where(Location.code == _code),
    in_scope=select(scope_t.c.location_id).where(
        scope_t.c.session_id == _session_id,
        scope_t.c.location_id.in_(select(Location.id).where(Location.code == _code))),
    gs1_items=select(*_ITEM_COLUMNS).where(or_(Item.sku.in_(_gtins), Item.gtin.in_(_gtins))).order_by(Item.id),
    gs1_units=(select(*_ITEM_COLUMNS, ItemUnit.gtin.label("unit_gtin"), ItemUnit.factor)
               .join(ItemUnit, ItemUnit.item_id == Item.id).where(ItemUnit.gtin.in_(_gtins))
               .order_by(ItemUnit.id)),
    gs1_lots=_gs1_lots,
    lines=_lines_here,
    new_line_id=_new_line_id,
)

# One line of the count, as `set_count` and the undo check it: parameter "line_id".
_LINE_COLUMNS = (line_t.c.id, line_t.c.location_id, line_t.c.lot_id, line_t.c.expected, line_t.c.round,
                 Location.code.label("location"), Lot.barcode, Lot.code.label("lot"), Item.sku, Item.name,
                 Item.base_unit, Item.decimals, _live_total)


def _line_part(line_id):
    return (select(*_LINE_COLUMNS)
            .join(Location, Location.id == line_t.c.location_id).join(Lot, Lot.id == line_t.c.lot_id)
            .join(Item, Item.id == line_t.c.item_id)
            .where(line_t.c.id == line_id, line_t.c.session_id == _session_id))


_LINE = Bundle(touch_marker=TOUCH_MARKER_PART, session=_SESSION, line=_line_part(bindparam("line_id")))

# The counter's last live lot scan of the round, and its line.
_last = (select(scan_t.c.id, scan_t.c.line_id, scan_t.c.qty, scan_t.c.code)
         .where(scan_t.c.session_id == _session_id, scan_t.c.counted_by == _user, scan_t.c.kind == "lot",
                scan_t.c.void.is_(False), scan_t.c.round == _session_round)
         .order_by(scan_t.c.id.desc()).limit(1))
_LAST = Bundle(touch_marker=TOUCH_MARKER_PART, session=_SESSION, last=_last,
               line=_line_part(_last.with_only_columns(scan_t.c.line_id).scalar_subquery()))


def _fetch(uow: UnitOfWork, bundle: Bundle, count: int | str, **params) -> dict[str, list]:
    got = bundle.fetch(uow.conn, {**session_ref(count), "user": uow.user, **params})
    uow.set_marker(got["touch_marker"][0].id)
    return got


# -- scan ---------------------------------------------------------------------------

def _resolve(conn: Connection, code: str):
    """("bin", location row) or ("lot", lot row) for a scanned code (the one resolver,
    gudang.services.scanning); refuses anything else."""
    from gudang.services import scanning

    try:
        found = scanning.resolve_in(conn, code)
    except NotFound:
        raise NotFound(N_("unknown code {code}: not a lot label or a bin; nothing was counted"),
                       code=code) from None
    if found.kind == "lot":
        return "lot", found.row
    if found.kind == "location":
        return "bin", found.row
    if found.kind in ("item", "gs1") and found.data.get("sku"):
        raise InvalidInput(N_("{code} is the barcode of item {sku}, not a lot label: scan the lot label"),
                           code=code, sku=found.data["sku"])
    raise NotFound(N_("unknown code {code}: not a lot label or a bin; nothing was counted"), code=code)


def _stored_code(raw: str) -> str:
    """The scan as recorded: control characters (the GS1 separator) shown as |."""
    return "".join(ch if ch.isprintable() else "|" for ch in raw.strip("\r\n"))[:120]


def _gtin_candidates(gtin: str | None) -> list[str]:
    if not gtin:
        return []
    return [gtin] + ([gtin.lstrip("0")] if gtin.startswith("0") else [])


def _gs1_lot(got: dict, data: gs1.GS1Data, location_id: int | None):
    """The lot a GS1 code names (item GTIN + lot code) and the base units of one scanned GTIN,
    from the scan's read. The item is found as `lookup.item` finds it (SKU or GTIN, then a
    pack unit's GTIN), the GTIN as printed first, then without its leading zeros.

    A lot code received more than once is taken from the lines of this count in
    the counter's bin when that makes it unambiguous.
    """
    gtin = data.item_gtin
    if not gtin:
        raise InvalidInput(N_("the GS1 code has no GTIN: scan the lot label"))
    item = factor = None
    for candidate in _gtin_candidates(gtin):
        item = next((row for row in got["gs1_items"] if candidate in (row.sku, row.gtin)), None) or \
            next((row for row in got["gs1_units"] if row.unit_gtin == candidate), None)
        if item is None:
            continue
        factor = next((row.factor for row in got["gs1_units"] if row.id == item.id and row.unit_gtin == candidate),
                      None)
        break
    if item is None:
        raise NotFound(N_("unknown GTIN {gtin}: nothing was counted"), gtin=gtin)
    if not data.lot:
        raise InvalidInput(N_("the GS1 code of {sku} names no lot: scan the lot label"), sku=item.sku)
    lots = [lot for lot in got["gs1_lots"] if lot.item_id == item.id]
    if len(lots) > 1 and location_id is not None:
        here = {line.lot_id for line in got["lines"]}
        lots = [lot for lot in lots if lot.id in here] or lots
    if not lots:
        raise NotFound(N_("lot {lot} of {sku} is not in stock here: scan the lot label"), lot=data.lot,
                       sku=item.sku)
    if len(lots) > 1:
        raise InvalidInput(N_("lot code {code} is on several receipts: scan the lot label instead"),
                           code=data.lot)
    return lots[0], (factor or Decimal(1))


def _scan_row(session, uow: UnitOfWork, kind: str, location_id: int, line_id: int | None, code: str,
              qty: Decimal | None) -> dict:
    return {"session_id": session.id, "kind": kind, "location_id": location_id, "line_id": line_id,
            "round": session.round, "code": code, "qty": qty, "void": False, "counted_by": uow.user,
            "counted_at": uow.now}


def scan_count(db: Database, actor: Actor, count: int | str, code: str,
               qty: Decimal | str | int | None = None) -> ScanOutcome:
    """Record one scan: a bin label sets the counter's bin; a lot label counts `qty` base units
    (one without it) of that lot in that bin; a GS1 code counts the quantity it carries."""
    raw = code
    data = None
    if isinstance(code, str) and code.strip("\r\n\t ") and gs1.looks_like_gs1(code):
        try:
            data = gs1.parse_gs1(code)
        except GudangError as error:
            raise InvalidInput(N_("unreadable code {code}: nothing was counted"), code=_stored_code(code)) \
                from error
        code = _stored_code(code)
    else:
        try:
            code = clean_code(code, max_length=120)
        except GudangError as error:
            raise InvalidInput(N_("unreadable code {code}: nothing was counted"), code=raw) from error
    amount = None
    if qty is not None:
        try:
            amount = parse_quantity(qty)
        except GudangError as error:
            raise error.at(where_field("qty"))
    with UnitOfWork(db, actor, "count.scan", marker_later=True) as uow:
        conn = uow.conn
        params = {"code": None if data is not None else code, "lot_id": None,
                  "gtins": _gtin_candidates(data.item_gtin) if data is not None else [],
                  "gs1_lot": data.lot if data is not None else None}
        got = _fetch(uow, _SCAN, count, **params)
        session = open_session(got["session"], count)
        current = got["current"][0] if got["current"] else None
        if data is not None:
            if current is None:
                raise InvalidInput(N_("scan a bin label first, then the lots in it"))
            kind, (row, factor) = "lot", _gs1_lot(got, data, current.location_id)
            if amount is None:
                amount = (data.count if data.count is not None else Decimal(1)) * factor
        elif (got["lot"] or got["bin"]) and document_qr.decode(code) is None:  # a document's QR goes first
            kind, row = ("lot", got["lot"][0]) if got["lot"] else ("bin", got["bin"][0])
        else:  # not our lot label nor a bin: the resolver answers (a supplier's lot code, or why not)
            kind, found = _resolve(conn, code)
            got = _fetch(uow, _SCAN, count, **{**params, "lot_id": found.id if kind == "lot" else None})
            row = got["lot"][0] if kind == "lot" else got["bin"][0]

        plan = WritePlan()
        if kind == "bin":
            if not got["in_scope"]:
                raise InvalidInput(N_("bin {code} is not part of stock count {number}"),
                                   code=row.code, number=session.number)
            if qty is not None:
                raise InvalidInput(N_("a quantity goes with a lot label, not with bin {code}"), code=row.code)
            plan.insert(scan_t, [_scan_row(session, uow, "bin", row.id, None, code, None)])
            plan.execute(conn, at_commit=True)
            uow.audit("count.scan", session.number, f"bin {row.code}")
            uow.commit()
            return ScanOutcome("bin", session.number, row.code, session.round)

        if current is None:
            raise InvalidInput(N_("scan a bin label first, then the lots in it"))
        if amount is None:
            amount = Decimal(1)
        location_id, location_code = current.location_id, current.code
        categories = categories_of(session)
        if categories and row.category not in categories:
            raise InvalidInput(N_("{sku} ({category}) is not in the categories of stock count {number}"),
                               sku=row.sku, category=row.category or "-", number=session.number)
        _checked_decimals(amount, row.decimals, row.sku)
        line = next((line for line in got["lines"] if line.lot_id == row.id), None)
        new_line = line is None
        if new_line:
            drawn = got["new_line_id"]
            if not drawn:
                raise RuntimeError(f"no line id drawn for lot {row.barcode} in {location_code}")
            line_id = drawn[0].id + 1 if conn.dialect.name == "sqlite" else drawn[0].id
            expected = counted = ZERO
            plan.insert(line_t, [{"id": line_id, "session_id": session.id, "location_id": location_id,
                                  "lot_id": row.id, "item_id": row.item_id, "expected": ZERO,
                                  "round": session.round}])
        else:
            if line.round < session.round:
                raise InvalidState(N_("lot {lot} in {bin} agreed in round {round}: only lines with a "
                                      "variance are recounted"),
                                   lot=row.barcode, bin=location_code, round=line.round)
            line_id, expected, counted = line.id, line.expected, line.counted
        plan.insert(scan_t, [_scan_row(session, uow, "lot", location_id, line_id, code, amount)])
        plan.execute(conn, at_commit=True)
        uow.audit("count.scan", session.number, f"{location_code} {row.barcode} +{amount}")
        uow.commit()
    return ScanOutcome("lot", session.number, location_code, session.round, row.barcode, row.code, row.sku,
                       row.name, row.base_unit, amount, normalize(counted + amount), None if session.blind else expected,
                       new_line, line_id)


def set_count(db: Database, actor: Actor, count: int | str, line_id: int,
              qty: Decimal | str | int) -> ScanOutcome:
    """Type a line's count (zero allowed: nothing found). Recorded as one correcting entry
    of the difference to what was counted so far, so undo brings back the count before."""
    try:
        amount = parse_quantity(qty, allow_zero=True)
    except GudangError as error:
        raise error.at(where_field("qty"))
    with UnitOfWork(db, actor, "count.scan", marker_later=True) as uow:
        got = _fetch(uow, _LINE, count, line_id=int(line_id))
        session = open_session(got["session"], count)
        line = _in_round(got["line"][0] if got["line"] else None, session, int(line_id))
        _checked_decimals(amount, line.decimals, line.sku)
        before = line.counted
        if amount != before:
            plan = WritePlan().insert(scan_t, [_scan_row(session, uow, "lot", line.location_id, line.id,
                                                         line.barcode, amount - before)])
            plan.execute(uow.conn, at_commit=True)
            uow.audit("count.set", session.number, f"{line.location} {line.barcode} {before} -> {amount}")
            uow.commit()
    return ScanOutcome("lot", session.number, line.location, session.round, line.barcode, line.lot, line.sku,
                       line.name, line.base_unit, amount - before, amount,
                       None if session.blind else line.expected, False, line.id)


def _last_scan(got: dict, session):
    if not got["last"]:
        raise InvalidState(N_("nothing to undo: you have no scan in this round of stock count {number}"),
                           number=session.number)
    last = got["last"][0]
    return last, _in_round(got["line"][0] if got["line"] else None, session, last.line_id)


def amend_last_scan(db: Database, actor: Actor, count: int | str, qty: Decimal | str | int) -> ScanOutcome:
    """The counter's last scan counted `qty` base units, not what it recorded (scan a
    lot label, then type how many are in the stack)."""
    try:
        amount = parse_quantity(qty)
    except GudangError as error:
        raise error.at(where_field("qty"))
    with UnitOfWork(db, actor, "count.scan", marker_later=True) as uow:
        got = _fetch(uow, _LAST, count)
        session = open_session(got["session"], count)
        last, line = _last_scan(got, session)
        _checked_decimals(amount, line.decimals, line.sku)
        counted = line.counted
        if amount != last.qty:
            plan = WritePlan().update(scan_t, last.id, {"void": True})
            plan.insert(scan_t, [_scan_row(session, uow, "lot", line.location_id, line.id, last.code, amount)])
            plan.execute(uow.conn, at_commit=True)
            counted = normalize(counted + amount - last.qty)
            uow.audit("count.scan", session.number, f"{line.location} {line.barcode} +{amount} (was +{last.qty})")
        uow.commit()
    return ScanOutcome("lot", session.number, line.location, session.round, line.barcode, line.lot, line.sku,
                       line.name, line.base_unit, amount, counted, None if session.blind else line.expected,
                       False, line.id)


def undo_scan(db: Database, actor: Actor, count: int | str) -> ScanOutcome:
    """Take back the counter's own last lot scan (or typed count) of the current round."""
    with UnitOfWork(db, actor, "count.scan", marker_later=True) as uow:
        got = _fetch(uow, _LAST, count)
        session = open_session(got["session"], count)
        last, line = _last_scan(got, session)
        WritePlan().update(scan_t, last.id, {"void": True}).execute(uow.conn, at_commit=True)
        uow.audit("count.undo", session.number, f"{line.location} {line.barcode} -{last.qty}")
        uow.commit()
    return ScanOutcome("lot", session.number, line.location, session.round, line.barcode, line.lot, line.sku,
                       line.name, line.base_unit, last.qty, normalize(line.counted - last.qty),
                       None if session.blind else line.expected, False, line.id, undone=True)
