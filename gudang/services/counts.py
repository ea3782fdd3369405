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
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Mapping

from sqlalchemy import Connection, bindparam, func, or_, select

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.models import (
    ADJUSTMENT, ON_HAND_KINDS, Balance, CountLine, CountLocation, CountScan, CountSession, Document,
    DocumentLine, Item, Location, Lot, Warehouse,
)
from gudang.domain.errors import CountInProgress, GudangError, InvalidInput, InvalidState, NotFound
from gudang.domain.inputs import check_field, clean_code, clean_text, where_field
from gudang.domain.quantity import ZERO
from gudang.domain.roles import can
from gudang.i18n import N_
from gudang.services import lookup, moves_posting, posting
from gudang.services.bundle import Bundle, expand_ids, new_ids
from gudang.services.writes import WritePlan
# The scan path lives in count_scans (one read per scan, issue 15); its services are this module's too.
from gudang.services.count_scans import (  # noqa: F401
    ScanOutcome, amend_last_scan, categories_of, check_decimals, found_session, open_session, scan_count,
    session_ref, set_count, undo_scan,
)
from gudang.services.transfers import PlannedLine
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


def _close_bundle(by_id: bool, *, posting_parts: bool) -> Bundle:
    """A count with what closing it (recount, post, cancel) checks and writes with, in one
    statement: they read the count, its lines, scans, bins, the balances, the settings and
    the counter one statement each and wrote each line's reason with its own, 55 round trips
    to post a count of 30 variances (issue 15)."""
    named = (session_t.c.id == bindparam("sid")) if by_id else (session_t.c.number == bindparam("number"))
    sid = select(session_t.c.id).where(named).scalar_subquery()
    parts = dict(
        session=select(session_t).where(named),
        lines=_lines_of(sid),
        scans=(select(scan_t.c.line_id, scan_t.c.qty, scan_t.c.counted_by)
               .where(scan_t.c.session_id == sid, scan_t.c.kind == "lot", scan_t.c.void.is_(False))
               .order_by(scan_t.c.id)),
        scope=(select(Location.code).join(scope_t, scope_t.c.location_id == Location.id)
               .where(scope_t.c.session_id == sid).order_by(Location.code)),
        touch_marker=posting.TOUCH_MARKER_PART,
    )
    if posting_parts:
        in_count = select(line_t.c.lot_id).where(line_t.c.session_id == sid)
        parts.update(
            lots=(select(*lookup.LOT_COLUMNS, Item.sku, Item.category).join(Item, Item.id == Lot.item_id)
                  .where(Lot.id.in_(in_count))),
            stock=(select(Balance.lot_id, Balance.location_id, Balance.qty)
                   .where(Balance.location_id.in_(select(scope_t.c.location_id).where(scope_t.c.session_id == sid)))),
            **moves_posting.POSTING_PARTS,
            # an adjustment line per variance: at most one per line of the count
            line_ids=new_ids(docline_t, select(func.count()).select_from(line_t).where(line_t.c.session_id == sid)
                             .scalar_subquery()),
        )
    return Bundle(**parts)


_CLOSE = {(by_id, posting_parts): _close_bundle(by_id, posting_parts=posting_parts)
          for by_id in (True, False) for posting_parts in (True, False)}


def _closing(uow: UnitOfWork, count: int | str, *, posting_parts: bool = False, **params) -> dict:
    """The open count and what closing it needs, read once; the touch marker set."""
    ref = session_ref(count)
    got = _CLOSE[(ref["sid"] is not None, posting_parts)].fetch(uow.conn, {**ref, **params})
    uow.set_marker(got["touch_marker"][0].id)
    got["session"] = open_session(got["session"], count)
    return got


def _variances_of(got: dict) -> list[tuple[object, Decimal]]:
    """(line, counted) of the lines whose count differs from what the books said."""
    counted = _totals(got["scans"])
    out = []
    for row in got["lines"]:
        total = counted.get(row.id, (ZERO, 0, ()))[0]
        if total != row.expected:
            out.append((row, total))
    return out


def _summary_of(got: dict, **changed) -> CountSummary:
    session = got["session"]
    values = {"state": session.state, "round": session.round, **changed}
    return CountSummary(session.id, session.number, session.date, values["state"], session.blind, values["round"],
                        tuple(row.code for row in got["scope"]), _categories(session), len(got["lines"]))


# -- recount, post, cancel ----------------------------------------------------------

def recount(db: Database, actor: Actor, count: int | str) -> CountSummary:
    """Start a new round: the lines with a variance are cleared and counted again;
    lines whose count agreed keep it."""
    with UnitOfWork(db, actor, "count.start", marker_later=True) as uow:
        got = _closing(uow, count)
        session = got["session"]
        lines = _variances_of(got)
        if not lines:
            raise InvalidState(N_("stock count {number} has no variance to recount"), number=session.number)
        new_round = session.round + 1
        ids = [row.id for row, _ in lines]
        plan = WritePlan().update_rows(line_t, "id", [{"id": line_id, "round": new_round} for line_id in ids])
        # every scan of those lines void (those of earlier rounds are already)
        plan.update_rows(scan_t, "line_id", [{"line_id": line_id, "void": True} for line_id in ids], exact=False)
        plan.update(session_t, session.id, {"round": new_round}).execute(uow.conn, at_commit=True)
        uow.audit("count.recount", session.number, f"round {new_round}: {len(ids)} lines")
        uow.commit()
    return _summary_of(got, round=new_round)


def _reason_for(row, reasons: Mapping, default: str | None) -> str | None:
    for key in (row.id, (row.location, row.barcode), (row.location, row.lot), row.barcode):
        if key in reasons and reasons[key]:
            return reasons[key]
    return default


def post_count(db: Database, actor: Actor, count: int | str, reason: str | None = None, *,
               reasons: Mapping | None = None, date: dt.date | None = None, backdate_reason: str | None = None,
               confirmed: Mapping[int, Decimal] | None = None) -> PostedCount:
    """Post the variances as one adjustment document (PNY) and close the count.

    `reason` applies to every variance line without its own; `reasons` maps a
    line (its id, (bin, lot barcode) or the lot barcode) to its own reason.
    Every variance needs a reason. `confirmed` (line id -> difference) is what
    the user was shown and agreed to: posting is refused if the variances now
    differ from it (a scan came in meanwhile). One read and one write.
    """
    def cleaned_reason(value):
        return check_field("reason", lambda text: clean_text(text, max_length=500, multiline=True) or None, value)

    if reason is not None:
        reason = cleaned_reason(reason)
    cleaned = {key: cleaned_reason(value) for key, value in (reasons or {}).items()}
    date = date or dates.today()
    with UnitOfWork(db, actor, "count.post", marker_later=True) as uow:
        got = _closing(uow, count, posting_parts=True, seq_names=["doc:adjustment"])
        backdate_reason = moves_posting.checked_date(actor.role, posting.read_settings(got["settings"]), date,
                                                     backdate_reason)
        session = got["session"]
        lines = _variances_of(got)
        if confirmed is not None and {int(k): Decimal(v) for k, v in confirmed.items()} != {
                row.id: total - row.expected for row, total in lines}:
            raise InvalidState(N_("stock count {number} changed since its variances were shown: "
                                  "check them again"), number=session.number)
        missing = [row for row, _ in lines if not _reason_for(row, cleaned, reason)]
        if missing:
            row = missing[0]
            raise InvalidInput(N_("the variance of lot {lot} in {bin} needs a reason"),
                               lot=row.barcode, bin=row.location).at(where_field("reason"))
        plan = WritePlan()
        adjustment_id = number = None
        dated_back = ""
        if lines:
            have = {(row.lot_id, row.location_id): row.qty for row in got["stock"]}
            for row, _ in lines:
                if have.get((row.lot_id, row.location_id), ZERO) != row.expected:
                    raise InvalidState(N_("the stock of lot {lot} in {bin} changed during count {number}: "
                                          "cancel the count and start again"),
                                       lot=row.barcode, bin=row.location, number=session.number)
            adjustment = moves_posting.virtual(got, ADJUSTMENT)
            planned = []
            for row, total in lines:
                short = total < row.expected
                planned.append(PlannedLine(
                    row.item_id, row.lot_id, abs(total - row.expected), row.base_unit,
                    row.location_id if short else adjustment, adjustment if short else row.location_id,
                    row.lot, row.expiry, "short" if short else "found", _reason_for(row, cleaned, reason),
                    expected=row.expected))
            got["line_ids"] = got["line_ids"][:len(planned)]  # PostgreSQL drew one per line of the count
            got["open_counts"] = [row for row in got["open_counts"] if row.id != session.id]  # its own bins
            adjustment_id, number, dated_back = moves_posting.plan_document(
                uow, got, plan, "adjustment", date, planned, backdate_reason=backdate_reason,
                warehouse_id=session.warehouse_id, reference=session.number, reason=reason)
            plan.update_rows(line_t, "id", [{"id": row.id, "reason": _reason_for(row, cleaned, reason)}
                                            for row, _ in lines])
        plan.update(session_t, session.id, {
            "state": "posted", "closed_by": uow.user, "closed_at": uow.now, "adjustment_id": adjustment_id,
            "reason": reason or session.reason})
        plan.execute(uow.conn, at_commit=True)
        uow.audit("count.post", session.number,
                  f"{number}: {len(lines)} variances{dated_back}" if number else "no variance")
        uow.commit()
    return PostedCount(session.id, session.number, number, len(got["lines"]), len(lines))


def cancel_count(db: Database, actor: Actor, count: int | str, reason: str) -> CountSummary:
    """Abandon an open count: nothing is adjusted and its bins are free again.
    The count and its scans stay on record (its number is not reused)."""
    reason = check_field("reason", lambda value: clean_text(value, max_length=500, multiline=True), reason or "")
    if not reason:
        raise InvalidInput(N_("a reason is required to cancel a stock count")).at(where_field("reason"))
    with UnitOfWork(db, actor, "count.post", marker_later=True) as uow:
        got = _closing(uow, count)
        session = got["session"]
        WritePlan().update(session_t, session.id, {
            "state": "cancelled", "closed_by": uow.user, "closed_at": uow.now, "reason": reason,
        }).execute(uow.conn, at_commit=True)
        uow.audit("count.cancel", session.number, reason)
        uow.commit()
    return _summary_of(got, state="cancelled")
