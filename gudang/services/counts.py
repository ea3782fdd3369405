"""Stock opname: start a count, scan, list variances, recount, post, cancel.

    count = start_count(db, actor, ["A-01", "A-02"], blind=True)
    scan_count(db, counter, count.id, "A-01")          # the bin label first
    scan_count(db, counter, count.id, "L00000012")     # then lots: one package each
    scan_count(db, counter, count.id, "L00000013", qty=Decimal("12.5"))
    scan_count(db, counter, count.id, "(01)08991234567893(10)B42(30)24")  # GS1: lot B42, 24 units
    amend_last_scan(db, counter, count.id, Decimal(40))  # that scan was a stack of 40
    set_count(db, counter, count.id, line_id, Decimal(80))  # the count cell typed over
    undo_scan(db, counter, count.id)                   # the counter's last scan taken back
    show_count(db, head, count.id, variances=True)     # expected vs counted
    recount(db, head, count.id)                        # a new round for variance lines only
    post_count(db, head, count.id, reason="selisih hitung")

Starting a count freezes the expected quantity of every lot in every bin of
the scope (`CountLine.expected`). While the count is open, postings that
touch a bin of its scope are refused (`guard_counts`), so the frozen figures
stay true and the adjustment brings each balance exactly to what was counted.

Each scan is its own small transaction recording who, when and the raw code,
so several counters can scan at once. A lot label counts one base unit unless
a quantity is given (the counter scans the lot, then types how many); a GS1
code names the lot by GTIN and lot code and may carry the quantity itself
(AI 30/37, in units of the scanned GTIN: a carton's GTIN counts its pack
factor). Typing over a line's count replaces its scans in the current round
by one typed total; undo takes back the counter's own last scan. A counter's current bin is the last bin
label they scanned in this count. A recount voids the scans of the lines with
a variance (they stay in the table, marked void) and opens a new round in
which only those lines, and lots not seen before, may be scanned.

Posting writes ONE adjustment document (type "adjustment", numbered PNY,
`reference` = the count's number): shortages move from the bin to the
adjustment location, surpluses from the adjustment location into the bin,
each line with its reason. Counts without any variance post without one.
The screen shows the variances first and passes what it showed
(`confirmed`): if a scan changed them meanwhile, posting is refused.
Closing a count (recount, post, cancel) lives in gudang.services.count_closing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from sqlalchemy import Connection, bindparam, func, or_, select

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.models import (
    ON_HAND_KINDS, Balance, CountLine, CountLocation, CountScan, CountSession, Document,
    DocumentLine, Item, Location, Lot, Warehouse,
)
from gudang.domain.errors import CountInProgress, GudangError, InvalidInput, NotFound
from gudang.domain.inputs import check_field, clean_code, clean_text, where_field
from gudang.domain.quantity import ZERO
from gudang.domain.roles import can
from gudang.i18n import N_
from gudang.services import moves_posting, posting
from gudang.services.bundle import Bundle, expand_ids, new_ids
from gudang.services.writes import WritePlan
# The scan path lives in count_scans (one read per scan, issue 15); its services are this module's too.
from gudang.services.count_scans import (  # noqa: F401
    ScanOutcome, amend_last_scan, categories_of, check_decimals, found_session, open_session, scan_count,
    session_ref, set_count, undo_scan,
)
from gudang.services.uow import Actor, UnitOfWork

session_t = CountSession.__table__
scope_t = CountLocation.__table__
line_t = CountLine.__table__
scan_t = CountScan.__table__
document_t = Document.__table__
docline_t = DocumentLine.__table__

# Built once: the guard runs on every posting.
_open_counts_on = (
    select(session_t.c.id, session_t.c.number, session_t.c.categories, Location.code)
    .select_from(scope_t)
    .join(session_t, session_t.c.id == scope_t.c.session_id)
    .join(Location, Location.id == scope_t.c.location_id)
    .where(session_t.c.state == "open", scope_t.c.location_id.in_(bindparam("ids", expanding=True)))
    .order_by(session_t.c.id, Location.code)
)
_item_categories = select(Item.id, Item.category).where(Item.id.in_(bindparam("ids", expanding=True)))


def guard_counts(conn: Connection, location_ids: Iterable[int], item_ids: Iterable[int] | None = None, *,
                 except_count: int | None = None) -> None:
    """Refuse a posting that touches a bin being counted, naming the count.

    `location_ids`: every location the posting moves goods from or to (virtual
    ones are never in a count's scope, so passing them is harmless).
    `item_ids`: the items moved; a count limited to categories then only
    freezes those categories in its bins. Without them the guard is strict.
    """
    ids = list(location_ids)
    if not ids:
        return
    rows = [row for row in conn.execute(_open_counts_on, {"ids": ids}) if row.id != except_count]
    if not rows:
        return
    categories = None
    items = list(item_ids) if item_ids is not None else None
    for row in rows:
        if row.categories and items is not None:
            if categories is None:
                categories = {c for _, c in conn.execute(_item_categories, {"ids": items})}
            if not categories & set(json.loads(row.categories)):
                continue
        raise CountInProgress(
            N_("{bin} is being counted in stock opname {number}: post or cancel the count first"),
            bin=row.code, number=row.number)


# -- values returned -------------------------------------------------------------

@dataclass(frozen=True)
class CountSummary:
    id: int
    number: str
    date: dt.date
    state: str
    blind: bool
    round: int
    locations: tuple[str, ...]
    categories: tuple[str, ...]
    lines: int  # frozen lines (lot x bin) at the start, plus lots found since


@dataclass(frozen=True)
class CountLineView:
    id: int
    location: str
    barcode: str
    lot: str | None
    sku: str
    item: str
    unit: str
    category: str | None
    expiry: dt.date | None
    expected: Decimal | None  # None when hidden (blind count, counter's view)
    counted: Decimal
    difference: Decimal | None
    round: int
    recount: bool  # to be counted (again) in the current round
    scans: int
    counted_by: tuple[str, ...]
    reason: str | None


@dataclass(frozen=True)
class CountView:
    id: int
    number: str
    date: dt.date
    state: str
    blind: bool
    round: int
    warehouse: str | None
    scope: str | None
    locations: tuple[str, ...]
    categories: tuple[str, ...]
    expected_hidden: bool
    started_by: str
    closed_by: str | None
    adjustment: str | None
    reason: str | None
    lines: tuple[CountLineView, ...]

    @property
    def variances(self) -> tuple[CountLineView, ...]:
        return tuple(line for line in self.lines if line.difference)


@dataclass(frozen=True)
class PostedCount:
    id: int
    number: str
    adjustment: str | None  # the PNY document, None when nothing differed
    lines: int
    variances: int


# -- helpers ----------------------------------------------------------------------

def _session(conn: Connection, ref: int | str):
    """A count by id (12, "#12") or by number."""
    params = session_ref(ref)
    query = select(session_t)
    query = query.where(session_t.c.id == params["sid"]) if params["sid"] is not None else \
        query.where(session_t.c.number == params["number"])
    return found_session(conn.execute(query).all(), ref)


_categories = categories_of


def _counted(conn: Connection, session_id: int) -> dict[int, tuple[Decimal, int, tuple[str, ...]]]:
    """line id -> (counted, number of scans, counters) from the live (not void) scans."""
    return _totals(conn.execute(
        select(scan_t.c.line_id, scan_t.c.qty, scan_t.c.counted_by)
        .where(scan_t.c.session_id == session_id, scan_t.c.kind == "lot", scan_t.c.void.is_(False))
        .order_by(scan_t.c.id)))


def _lines_of(session_id):
    """A count's lines with their bin, lot and item, in the order they are shown."""
    return (select(line_t.c.id, line_t.c.location_id, line_t.c.lot_id, line_t.c.item_id, line_t.c.expected,
                   line_t.c.round, line_t.c.reason, Location.code.label("location"), Lot.barcode,
                   Lot.code.label("lot"), Lot.expiry, Item.sku, Item.name, Item.base_unit, Item.category)
            .join(Location, Location.id == line_t.c.location_id)
            .join(Lot, Lot.id == line_t.c.lot_id)
            .join(Item, Item.id == line_t.c.item_id)
            .where(line_t.c.session_id == session_id)
            .order_by(Location.code, Item.sku, Lot.expiry, Lot.id))


def _line_rows(conn: Connection, session_id: int):
    return conn.execute(_lines_of(session_id)).all()


# -- start ------------------------------------------------------------------------

_candidate_bins = select(Location.id).where(or_(
    Location.code.in_(bindparam("codes", expanding=True)),
    Location.warehouse_id.in_(select(Warehouse.id).where(Warehouse.code == bindparam("warehouse")))))
# Everything opening a count checks and freezes, in one statement (issue 15): the bins named
# and those of the warehouse named, with their stock; the categories asked for; the open
# counts; the counter.
_START = Bundle(
    locations=select(Location.id, Location.code, Location.kind, Location.warehouse_id, Location.active)
    .order_by(Location.id),
    warehouses=select(Warehouse.id, Warehouse.code),
    categories=select(Item.category).where(Item.category.in_(bindparam("wanted", expanding=True))).distinct(),
    balances=(select(Balance.lot_id, Balance.location_id, Balance.item_id, Balance.qty, Item.category)
              .join(Item, Item.id == Balance.item_id)
              .where(Balance.location_id.in_(_candidate_bins), Balance.qty > 0)
              .order_by(Balance.location_id, Balance.lot_id)),
    open_counts=posting.OPEN_COUNTS_PART,
    settings=posting.SETTINGS_PART,
    sequences=posting.SEQUENCES_PART,
    touch_marker=posting.TOUCH_MARKER_PART,
    session_id=new_ids(session_t),
)


def start_count(db: Database, actor: Actor, locations: Iterable[str] = (), *, warehouse: str | None = None,
                categories: Iterable[str] = (), blind: bool = False, date: dt.date | None = None,
                notes: str | None = None, backdate_reason: str | None = None) -> CountSummary:
    """Open a count over some bins (or every bin of a warehouse), freezing what the books say.
    Its date follows the rules of every document's (moves_posting.checked_date)."""
    codes = []
    for code in locations:
        try:
            codes.append(clean_code(code))
        except GudangError as error:
            raise error.at(where_field("location"))
    wanted = []
    for category in categories:
        try:
            wanted.append(clean_code(category, max_length=60))
        except GudangError as error:
            raise error.at(where_field("category"))
    wanted = sorted(set(wanted))
    if not codes and not warehouse:
        raise InvalidInput(N_("name the bins to count or a whole warehouse"))
    if notes is not None:
        notes = check_field("notes", lambda value: clean_text(value, max_length=2000, multiline=True) or None, notes)
    date = date or dates.today()
    with UnitOfWork(db, actor, "count.start", marker_later=True) as uow:  # one read, one write
        got = _START.fetch(uow.conn, {"codes": codes, "warehouse": warehouse, "wanted": wanted,
                                      "seq_names": ["doc:count"]})
        uow.set_marker(got["touch_marker"][0].id)
        config = posting.read_settings(got["settings"])
        backdate_reason = moves_posting.checked_date(actor.role, config, date, backdate_reason)
        locations = {row.code: row for row in got["locations"]}
        bins = []
        for code in codes:
            row = locations.get(code)
            if row is None:
                raise NotFound(N_("unknown location {code}"), code=code).at(where_field("location"))
            if row.kind not in ON_HAND_KINDS:
                raise InvalidInput(N_("{code} is not a bin that holds stock"), code=code).at(where_field("location"))
            bins.append(row)
        site = None
        if warehouse:
            site = next((row for row in got["warehouses"] if row.code == warehouse), None)
            if site is None:
                raise NotFound(N_("unknown warehouse {code}"), code=warehouse).at(where_field("warehouse"))
            bins += sorted((row for row in got["locations"]
                            if row.warehouse_id == site.id and row.kind in ON_HAND_KINDS), key=lambda row: row.code)
            if not bins:
                raise NotFound(N_("warehouse {code} has no bins to count"), code=warehouse)
        bins = list({b.id: b for b in bins}.values())
        if wanted:
            known = {row.category for row in got["categories"]}
            missing = [c for c in wanted if c not in known]
            if missing:
                raise NotFound(N_("unknown category {category}"), category=missing[0]).at(where_field("category"))
        bin_ids = [b.id for b in bins]
        for row in got["open_counts"]:  # one count per bin at a time (as guard_counts, strictly)
            if row.location_id in set(bin_ids):
                raise CountInProgress(
                    N_("{bin} is being counted in stock opname {number}: post or cancel the count first"),
                    bin=row.code, number=row.number)
        warehouse_ids = {b.warehouse_id for b in bins}
        warehouse_id = site.id if site else (warehouse_ids.pop() if len(warehouse_ids) == 1 else None)

        seq = posting.sequence_last(got["sequences"], "doc:count", date.year) + 1
        number = posting.document_number(config, "count", seq, date)
        scope = ", ".join(sorted(b.code for b in bins))
        if wanted:
            scope += " (" + ", ".join(wanted) + ")"
        session_id = expand_ids(got["session_id"], 1, uow.conn.dialect.name)[0]
        counted = set(bin_ids)
        rows = [r for r in got["balances"] if r.location_id in counted and (not wanted or r.category in wanted)]
        plan = WritePlan().sequences([("doc:count", date.year, seq)])
        plan.insert(session_t, [{
            "id": session_id, "number": number, "seq": seq, "year": date.year, "date": date,
            "warehouse_id": warehouse_id, "blind": blind, "categories": json.dumps(wanted) if wanted else None,
            "scope": scope, "state": "open", "round": 1, "started_by": uow.user, "started_at": uow.now,
            "reason": notes}])
        plan.insert(scope_t, [{"session_id": session_id, "location_id": b} for b in bin_ids])
        plan.insert(line_t, [{"session_id": session_id, "location_id": r.location_id, "lot_id": r.lot_id,
                              "item_id": r.item_id, "expected": r.qty, "round": 1} for r in rows])
        plan.execute(uow.conn, at_commit=True)
        uow.audit("count.start", number, f"{scope}; {len(rows)} lines" + ("; blind" if blind else "")
                  + dates.backdated_note(date, backdate_reason))
        uow.commit()
    return CountSummary(session_id, number, date, "open", blind, 1, tuple(sorted(b.code for b in bins)),
                        tuple(wanted), len(rows))


# -- read -------------------------------------------------------------------------

def _view_bundle(by_id: bool) -> Bundle:
    """A count with everything its view shows, in one statement (the counting page reloads it
    after every scan; over a 4G link each statement is a wait, issue 15)."""
    named = (session_t.c.id == bindparam("sid")) if by_id else (session_t.c.number == bindparam("number"))
    sid = select(session_t.c.id).where(named).scalar_subquery()
    return Bundle(
        session=select(session_t).where(named),
        lines=_lines_of(sid),
        scans=(select(scan_t.c.line_id, scan_t.c.qty, scan_t.c.counted_by)
               .where(scan_t.c.session_id == sid, scan_t.c.kind == "lot", scan_t.c.void.is_(False))
               .order_by(scan_t.c.id)),
        warehouse=select(Warehouse.code).where(Warehouse.id == select(session_t.c.warehouse_id).where(named)
                                                .scalar_subquery()),
        adjustment=select(document_t.c.number).where(document_t.c.id == select(session_t.c.adjustment_id).where(named)
                                                     .scalar_subquery()),
        scope=(select(Location.code).join(scope_t, scope_t.c.location_id == Location.id)
               .where(scope_t.c.session_id == sid).order_by(Location.code)),
    )


_VIEW_BY_ID, _VIEW_BY_NUMBER = _view_bundle(True), _view_bundle(False)


def _totals(scans) -> dict[int, tuple[Decimal, int, tuple[str, ...]]]:
    """`_counted` over scan rows read already."""
    totals: dict[int, list] = {}
    for line_id, qty, user in scans:
        entry = totals.setdefault(line_id, [ZERO, 0, []])
        entry[0] += qty
        entry[1] += 1
        if user not in entry[2]:
            entry[2].append(user)
    return {k: (v[0], v[1], tuple(v[2])) for k, v in totals.items()}


def show_count(db: Database, actor: Actor | None, count: int | str, *, variances: bool = False) -> CountView:
    """A count with its lines. In an open blind count the expected quantities are
    hidden (and only the lines found so far listed) unless `variances` is asked by
    someone who may post the count (kepala gudang / admin)."""
    params = session_ref(count)
    with UnitOfWork(db, write=False) as uow:
        got = (_VIEW_BY_ID if params["sid"] is not None else _VIEW_BY_NUMBER).fetch(uow.conn, params)
    session = found_session(got["session"], count)
    privileged = actor is not None and can(actor.role, "count.post")
    hidden = session.blind and session.state == "open" and not (variances and privileged)
    counted = _totals(got["scans"])
    lines = []
    for row in got["lines"]:
        total, scans, users = counted.get(row.id, (ZERO, 0, ()))
        if hidden and not scans:
            continue
        difference = None if hidden else total - row.expected
        if variances and not difference:
            continue
        lines.append(CountLineView(
            row.id, row.location, row.barcode, row.lot, row.sku, row.name, row.base_unit, row.category,
            row.expiry, None if hidden else row.expected, total, difference, row.round,
            session.state == "open" and row.round == session.round, scans, users, row.reason))
    warehouse = got["warehouse"][0].code if session.warehouse_id and got["warehouse"] else None
    adjustment = got["adjustment"][0].number if session.adjustment_id and got["adjustment"] else None
    return CountView(session.id, session.number, session.date, session.state, session.blind, session.round,
                     warehouse, session.scope, tuple(row.code for row in got["scope"]), _categories(session),
                     hidden, session.started_by, session.closed_by, adjustment, session.reason, tuple(lines))


_scopes = (select(scope_t.c.session_id, Location.code).join(Location, Location.id == scope_t.c.location_id)
           .order_by(scope_t.c.session_id, Location.code))
_line_counts = select(line_t.c.session_id, func.count().label("n")).group_by(line_t.c.session_id)
# The counts (of a state) with their bins and lines counted, in one statement.
_LISTS = {state: Bundle(
    sessions=select(session_t).where(*([session_t.c.state == state] if state else [])).order_by(session_t.c.id.desc()),
    scopes=_scopes.where(scope_t.c.session_id.in_(select(session_t.c.id).where(
        *([session_t.c.state == state] if state else [])))),
    lines=_line_counts.where(line_t.c.session_id.in_(select(session_t.c.id).where(
        *([session_t.c.state == state] if state else []))))) for state in (None, "open", "posted", "cancelled")}


def list_counts(db: Database, state: str | None = None) -> list[CountSummary]:
    bundle = _LISTS.get(state or None)
    if bundle is None:  # a state no count has: nothing to list
        return []
    with UnitOfWork(db, write=False) as uow:
        got = bundle.fetch(uow.conn, {})
    codes: dict[int, list[str]] = {}
    for row in got["scopes"]:
        codes.setdefault(row.session_id, []).append(row.code)
    lines = {row.session_id: row.n for row in got["lines"]}
    return [CountSummary(row.id, row.number, row.date, row.state, row.blind, row.round,
                         tuple(codes.get(row.id, ())), _categories(row), lines.get(row.id, 0))
            for row in got["sessions"]]


def __getattr__(name: str):
    """Closing a count (recount, post, cancel) lives in gudang.services.count_closing, which
    builds on this module; its services are this module's too, imported when first asked for."""
    if name in ("recount", "post_count", "cancel_count"):
        from gudang.services import count_closing

        return getattr(count_closing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
