"""The overlap guard: a recipient that already got the same kind of goods lately.

In an emergency the same posko is easily served twice by two teams while
another waits. When a goods issue sends an item category to a recipient that
received the same category (or, for items without a category, the same item)
within `overlap_days` days before it (setting, default 3; 0 turns the guard
off), the issue still posts but carries a warning naming the earlier dispatch.
Cancelled dispatches do not count.

Two agencies must not serve the same village twice while another waits, so the
guard also looks at the desa (by its region code, else by kecamatan and desa
names):
- `desa_dispatch_warnings`: an earlier dispatch to *another* recipient in the
  same desa carried the same category from other donors' stock (the lots'
  donors: BNPB's stock, Baznas's stock...) than this dispatch takes;
- `request_overlap_warnings`: another open request from the same desa asks for
  the same category within the window (shown when a request is entered and in
  the allocation plan).
"""

from __future__ import annotations

import datetime as dt
import weakref

from sqlalchemy import Connection, and_, bindparam, func, or_, select
from sqlalchemy.orm import aliased

from gudang.db.models import (
    ALLOCATABLE_KINDS, Balance, Document, DocumentLine, Item, Location, Lot, Partner, Request, RequestLine,
    StockMove,
)
from gudang.db.planning import not_by_index
from gudang.domain.regions import normalize
from gudang.i18n import N_, tr
from gudang.services.posting import settings

DEFAULT_OVERLAP_DAYS = 3


def overlap_days(conn: Connection) -> int:
    return days_of(settings(conn))


def days_of(config) -> int:
    """The `overlap_days` setting (0: the guard is off)."""
    value = config.get("overlap_days", str(DEFAULT_OVERLAP_DAYS))
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return DEFAULT_OVERLAP_DAYS


_reversal = aliased(Document)
_what = func.coalesce(Item.category, Item.sku)
# Built once (a select() built per call costs more than running it): earlier
# posted, uncancelled issues to the recipient within the window that carried
# one of the categories (or, for items without one, the same items).
_earlier = (
    select(Document.number, Document.date, _what.label("what"))
    .select_from(Document)
    .join(DocumentLine, DocumentLine.document_id == Document.id)
    .join(Item, Item.id == DocumentLine.item_id)
    .outerjoin(_reversal, _reversal.reverses_id == Document.id)
    .where(Document.partner_id == bindparam("partner"), Document.type == "issue",
           Document.state == "posted", Document.date >= bindparam("since"),
           Document.date <= bindparam("until"), Document.id != bindparam("this"),
           _reversal.id.is_(None),
           or_(Item.category.in_(bindparam("categories", expanding=True)),
               Item.id.in_(bindparam("items", expanding=True))))
    .distinct()
    .order_by(Document.date, Document.number))
_recipient = select(Partner.code, Partner.name).where(Partner.id == bindparam("partner"))


def overlap_warnings(conn: Connection, document_id: int | None, header: dict, lines) -> list[str]:
    """Warnings for an issue to `header["partner_id"]` on `header["date"]` with these lines."""
    partner_id, date = header.get("partner_id"), header.get("date")
    days = overlap_days(conn)
    if not partner_id or not date or days <= 0:
        return []
    rows = _earlier_rows(conn, document_id, partner_id, date, days, lines)
    if not rows:
        return []
    return warnings_of(rows, conn.execute(_recipient, {"partner": partner_id}).one(), date)


def _earlier_rows(conn: Connection, document_id: int | None, partner_id: int, date: dt.date, days: int, lines):
    categories = sorted({line.item.category for line in lines if line.item.category})
    plain_items = sorted({line.item.id for line in lines if not line.item.category})
    return conn.execute(_earlier, {
        "partner": partner_id, "since": date - dt.timedelta(days=days), "until": date,
        "this": document_id if document_id is not None else -1,
        "categories": categories or [""], "items": plain_items or [-1]}).all()


# -- within a posting's one read (gudang.services.bundle) ------------------------------
#
# The guard's query as a bundle part: the recipient by its code (parameter "partner"),
# the categories and items by the lines' SKUs ("skus"), the window ("since", "until"),
# the document itself left out ("this"). The window comes from the setting, which is
# read in the same statement: the part uses the value seen last (`window_guess`) and
# `overlap_from_bundle` asks again, alone, in the rare case the setting grew meanwhile.

_line_item = aliased(Item)
# An issue line's item of a category of the items "skus" name (or, for items without one, one
# of those items): what the guards compare.
SAME_KIND_AS_SKUS = or_(
    Item.category.in_(select(_line_item.category).where(_line_item.sku.in_(bindparam("skus", expanding=True)),
                                                        _line_item.category.is_not(None))),
    Item.id.in_(select(_line_item.id).where(_line_item.sku.in_(bindparam("skus", expanding=True)),
                                            _line_item.category.is_(None))))
EARLIER_PART = (
    select(Document.number, Document.date, _what.label("what"))
    .select_from(Document)
    .join(DocumentLine, DocumentLine.document_id == Document.id)
    .join(Item, Item.id == DocumentLine.item_id)
    .outerjoin(_reversal, _reversal.reverses_id == Document.id)
    .where(Document.partner_id == select(Partner.id).where(Partner.code == bindparam("partner")).scalar_subquery(),
           Document.type == "issue", Document.state == "posted", Document.date >= bindparam("since"),
           Document.date <= bindparam("until"), Document.id != bindparam("this"),
           _reversal.id.is_(None),
           SAME_KIND_AS_SKUS)
    .distinct()
    .order_by(Document.date, Document.number))

_seen_days: "weakref.WeakKeyDictionary[object, int]" = weakref.WeakKeyDictionary()


def window_guess(conn: Connection) -> int:
    """The overlap window (days) this database had at its last posting (the default at first)."""
    return _seen_days.get(conn.engine, DEFAULT_OVERLAP_DAYS)


def overlap_from_bundle(conn: Connection, rows, config, recipient, document_id: int | None,
                        date: dt.date, guessed: int, lines) -> list[str]:
    """The guard's warnings from EARLIER_PART's rows, read with the window `guessed`."""
    days = days_of(config)
    _seen_days[conn.engine] = days
    if days <= 0:
        return []
    if days > guessed:  # the setting grew since the last posting: the rows read are too few
        rows = _earlier_rows(conn, document_id, recipient.id, date, days, lines)
    since = date - dt.timedelta(days=days)
    rows = sorted((row for row in rows if row.date >= since), key=lambda row: (row.date, row.number))
    return warnings_of(rows, recipient, date) if rows else []


def warnings_of(rows, recipient, date: dt.date) -> list[str]:
    """One warning per category (or item) sent before, naming the latest earlier dispatch."""
    seen: dict[str, tuple] = {}
    for number, when, what in rows:
        seen[what] = (number, when)  # the latest earlier dispatch is named (rows in date order)
    warnings = []
    for what, (number, when) in sorted(seen.items()):
        ago = (date - when).days
        warnings.append(tr(N_("{recipient} already received {category} on {date} with {number} "
                              "({days} days before this dispatch)")).format(
            recipient=f"{recipient.code} ({recipient.name})", category=what, date=when.isoformat(),
            number=number, days=ago))
    return warnings


# -- the same desa ---------------------------------------------------------------------------------

def desa_key(region: str | None, desa: str | None, region_code: str | None) -> str | None:
    """What identifies a recipient's desa: its desa-level region code, else the names."""
    if region_code and region_code.count(".") == 3:
        return region_code
    if desa:
        return f"{normalize(region)}/{normalize(desa)}"
    return None


_recipients = select(Partner.id, Partner.code, Partner.name, Partner.region, Partner.desa, Partner.region_code,
                     ).where(Partner.kind == "recipient")


def _same_desa(conn: Connection, partner_id: int) -> tuple[str | None, str | None, dict[int, tuple]]:
    """(desa key, desa name, {id: (code, name)} of the other recipients in that desa)."""
    rows = conn.execute(_recipients).all()
    keys = {r.id: desa_key(r.region, r.desa, r.region_code) for r in rows}
    own = keys.get(partner_id)
    if own is None:
        return None, None, {}
    name = next((r.desa for r in rows if r.id == partner_id), None)
    return own, name, {r.id: (r.code, r.name) for r in rows if r.id != partner_id and keys[r.id] == own}


_donor_name = select(Partner.id, Partner.code).where(Partner.kind == "donor")
_moved_donors = (select(StockMove.item_id, Lot.donor_id).join(Lot, Lot.id == StockMove.lot_id)
                 .where(StockMove.document_id == bindparam("document")).distinct())
# Issues with the lots (and their donors) they took, for the desa guard's queries to filter.
DESA_DISPATCHES = (
    select(Document.id, Document.number, Document.date, Document.partner_id, _what.label("what"), Lot.donor_id)
    .select_from(Document)
    .join(StockMove, StockMove.document_id == Document.id)
    .join(Lot, Lot.id == StockMove.lot_id)
    .join(Item, Item.id == StockMove.item_id)
    .outerjoin(_reversal, _reversal.reverses_id == Document.id))
_earlier_in_desa = (
    DESA_DISPATCHES
    .where(Document.type == "issue", Document.state == "posted",
           Document.partner_id.in_(bindparam("partners", expanding=True)),
           Document.date >= bindparam("since"), Document.date <= bindparam("until"),
           Document.id != bindparam("this"), _reversal.id.is_(None),
           or_(Item.category.in_(bindparam("categories", expanding=True)),
               Item.id.in_(bindparam("items", expanding=True))))
    .distinct()
    .order_by(Document.date, Document.number))
_usable_stock = (
    select(Balance.item_id, Balance.lot_id, Balance.location_id, Balance.qty, Location.code, Lot.expiry,
           Lot.received, Lot.status, Lot.donor_id)
    .join(Location, Location.id == Balance.location_id)
    .join(Lot, Lot.id == Balance.lot_id)
    .where(Balance.item_id.in_(bindparam("items", expanding=True)), Balance.qty > 0,
           Location.kind.in_(ALLOCATABLE_KINDS)))


def _dispatch_donors(conn: Connection, document_id: int | None, date, lines) -> dict[int, set]:
    """item id -> donors whose lots this dispatch takes: its moves once posted, else FEFO's choice."""
    if document_id is not None:
        moved = conn.execute(_moved_donors, {"document": document_id}).all()
        if moved:
            donors: dict[int, set] = {}
            for item_id, donor in moved:
                donors.setdefault(item_id, set()).add(donor)
            return donors
    from gudang.domain.fefo import Candidate, fefo_order, take

    stock: dict[int, list] = {}
    for row in conn.execute(_usable_stock, {"items": sorted({line.item.id for line in lines})}):
        stock.setdefault(row.item_id, []).append(row)
    donors = {}
    for line in lines:
        rows = stock.get(line.item.id, [])
        if line.lot is not None:
            rows = [r for r in rows if r.lot_id == line.lot.id]
        by_key = {(r.lot_id, r.location_id): r for r in rows}
        ordered = fefo_order((Candidate(r.lot_id, r.location_id, r.code, r.expiry, r.received, r.qty,
                                        r.status == "quarantine") for r in rows), date)
        taken, _ = take(ordered, {key: r.qty for key, r in by_key.items()}, line.qty_base)
        donors.setdefault(line.item.id, set()).update(by_key[(a.lot_id, a.location_id)].donor_id for a in taken)
    return donors


def desa_dispatch_warnings(conn: Connection, document_id: int | None, header: dict, lines,
                           days: int | None = None) -> list[str]:
    """Another recipient in the same desa got the same category from other donors' stock lately
    (`days`: the `overlap_days` setting when the caller has read it already)."""
    partner_id, date = header.get("partner_id"), header.get("date")
    days = overlap_days(conn) if days is None else days
    if not partner_id or not date or days <= 0 or not lines:
        return []
    key, desa, neighbours = _same_desa(conn, partner_id)
    if not neighbours:
        return []
    categories = sorted({line.item.category for line in lines if line.item.category})
    plain_items = sorted({line.item.id for line in lines if not line.item.category})
    rows = conn.execute(_earlier_in_desa, {
        "partners": sorted(neighbours), "since": date - dt.timedelta(days=days), "until": date,
        "this": document_id if document_id is not None else -1,
        "categories": categories or [""], "items": plain_items or [-1]}).all()
    if not rows:
        return []
    mine = _dispatch_donors(conn, document_id, date, lines)
    return _desa_warnings(desa, neighbours, rows, mine, dict(conn.execute(_donor_name).all()), lines)


def _desa_warnings(desa: str | None, neighbours: dict[int, tuple], rows, mine: dict[int, set],
                   names: dict[int, str], lines) -> list[str]:
    """The desa guard's warnings: `rows` are the earlier dispatches to the `neighbours` (by
    id: code, name) with the donor of each lot they took, `mine` the donors of this
    dispatch's lots by item, `names` the donors' codes by id."""
    what_of_item = {line.item.id: line.item.category or line.item.sku for line in lines}
    mine_by_what: dict[str, set] = {}
    for item_id, donors in mine.items():
        mine_by_what.setdefault(what_of_item.get(item_id), set()).update(donors)
    earlier: dict[tuple, dict] = {}
    for row in rows:
        entry = earlier.setdefault((row.number, row.what), {"date": row.date, "partner": row.partner_id,
                                                            "donors": set()})
        entry["donors"].add(row.donor_id)
    show = lambda ids: ", ".join(sorted(names.get(i) or "-" for i in ids))  # noqa: E731
    warnings = []
    for (number, what), entry in sorted(earlier.items(), key=lambda kv: (kv[1]["date"], kv[0])):
        these = mine_by_what.get(what, set())
        if not these or these == entry["donors"]:
            continue  # the same agencies' stock: one agency's plan, not a double service
        code, name = neighbours[entry["partner"]]
        warnings.append(tr(N_("desa {desa}: {recipient} already received {category} from {donors} stock on "
                              "{date} with {number}; this dispatch takes {category} from {these} stock"))
                        .format(desa=desa, recipient=f"{code} ({name})", category=what,
                                donors=show(entry["donors"]), date=entry["date"].isoformat(), number=number,
                                these=show(these)))
    return warnings


# -- the desa guard within a posting's one read ------------------------------------------
#
# Parameters as EARLIER_PART's. The recipients and the donors are read whole (a kabupaten
# has a few hundred posko), and with them the earlier dispatches to the recipients SQL can
# tell share the desa: the same desa-level region code, or the same desa name but for case
# and spaces. `desa_from_bundle` picks the true neighbours (`desa_key`) among them; a
# neighbour SQL could not see (a desa name written with a "Desa" prefix or other
# punctuation) sends the guard back to its own reads.

RECIPIENTS_PART = _recipients
DONORS_PART = _donor_name
def place_mates(own_code):
    """The recipients SQL can tell share a desa with the one(s) whose code `own_code` matches
    (a condition on the aliased partner): the same desa-level region code, or the same desa
    name but for case and spaces (`_seen_by_sql` is the same test in Python)."""
    own = aliased(Partner)
    # A desa-level code has three dots or more. Counted, not matched with LIKE: SQLite compiles a
    # statement with `LIKE ?` again at every run (the pattern may change its plan), and in a
    # goods issue's one read that cost more than the read (tests/integration/test_compiled_once.py).
    dots = func.length(own.region_code) - func.length(func.replace(own.region_code, ".", ""))
    return (select(Partner.id).select_from(Partner).join(own, own_code(own.code))
            .where(Partner.kind == "recipient", Partner.id != own.id,
                   or_(and_(dots >= 3, Partner.region_code == own.region_code),
                       func.lower(func.trim(Partner.desa)) == func.lower(func.trim(own.desa)))))


DESA_EARLIER_PART = (
    DESA_DISPATCHES
    # By (partner, date): through (type, state) SQLite read every posted issue of the ledger
    # and tested its recipient, 6 ms per dispatch at 20,000 issues (gudang.db.planning).
    .where(not_by_index(Document.type) == "issue", Document.state == "posted",
           Document.partner_id.in_(place_mates(lambda code: code == bindparam("partner"))),
           Document.date >= bindparam("since"), Document.date <= bindparam("until"),
           Document.id != bindparam("this"), _reversal.id.is_(None),
           SAME_KIND_AS_SKUS)
    .distinct()
    .order_by(Document.date, Document.number))


def _seen_by_sql(own, other) -> bool:
    """Whether `place_mates` finds `other` beside `own`: the same test, on ASCII names only
    (SQLite's lower() knows no other letters)."""
    if own.region_code and own.region_code.count(".") >= 3 and other.region_code == own.region_code:
        return True
    mine, theirs = own.desa, other.desa
    return bool(mine and theirs and mine.isascii() and theirs.isascii()
                and mine.strip(" ").lower() == theirs.strip(" ").lower())


def desa_from_bundle(conn: Connection, got: dict, partner_id: int, document_id: int | None, header: dict,
                     lines, mine: dict[int, set], days: int, guessed: int) -> list[str]:
    """`desa_dispatch_warnings` over the bundle's parts (RECIPIENTS_PART, DONORS_PART,
    DESA_EARLIER_PART, read with the window `guessed`); `mine`: the donors of the lots this
    dispatch takes, by item."""
    date = header.get("date")
    if days <= 0 or not date or not lines:
        return []
    recipients = {row.id: row for row in got["recipients"]}
    own = recipients.get(partner_id)
    key = desa_key(own.region, own.desa, own.region_code) if own is not None else None
    if key is None:
        return []
    neighbours = {row.id: row for row in recipients.values()
                  if row.id != partner_id and desa_key(row.region, row.desa, row.region_code) == key}
    if not neighbours:
        return []
    if days > guessed or not all(_seen_by_sql(own, row) for row in neighbours.values()):
        return desa_dispatch_warnings(conn, document_id, header, lines, days)  # rows the part did not read
    since = date - dt.timedelta(days=days)
    rows = [row for row in got["desa_earlier"] if row.partner_id in neighbours and row.date >= since]
    if not rows:
        return []
    return _desa_warnings(own.desa, {i: (row.code, row.name) for i, row in neighbours.items()}, rows, mine,
                          {row.id: row.code for row in got["donors"]}, lines)


_open_heads = select(Request.id, Request.number, Request.date, Request.partner_id).where(Request.state == "open")
_open_whats = (select(RequestLine.request_id, _what.label("what")).select_from(RequestLine)
               .join(Item, Item.id == RequestLine.item_id).join(Request, Request.id == RequestLine.request_id)
               .where(Request.state == "open").distinct())


def request_overlaps(conn: Connection, request_ids: list[int]) -> list[str]:
    """Pairs of open requests, one of them in `request_ids`, from the same desa (or the same
    recipient when it has no desa) that ask for the same categories within the window of
    each other's dates. A handful of set-based queries whatever the number of requests; each
    pair is named once, the older request first."""
    days = overlap_days(conn)
    if days <= 0 or not request_ids:
        return []
    return overlaps_of_requests(days, conn.execute(_open_heads).all(), conn.execute(_recipients).all(),
                                conn.execute(_open_whats).all(), request_ids)


OPEN_HEADS_PART, OPEN_WHATS_PART = _open_heads, _open_whats


def overlaps_of_requests(days: int, open_heads, recipient_rows, open_whats, request_ids: list[int]) -> list[str]:
    """`request_overlaps` over rows read already (OPEN_HEADS_PART, RECIPIENTS_PART,
    OPEN_WHATS_PART), with the window of `days`."""
    if days <= 0 or not request_ids:
        return []
    heads = {row.id: row for row in open_heads}
    targets = [i for i in request_ids if i in heads]
    if not targets:
        return []
    recipients = {row.id: row for row in recipient_rows}
    def place_of(partner_id):  # noqa: E306
        row = recipients.get(partner_id)
        key = desa_key(row.region, row.desa, row.region_code) if row else None
        return key or f"partner:{partner_id}"
    whats: dict[int, set] = {}
    for request_id, what in open_whats:
        whats.setdefault(request_id, set()).add(what)
    by_place: dict[str, list] = {}
    for head in heads.values():
        by_place.setdefault(place_of(head.partner_id), []).append(head)
    window = dt.timedelta(days=days)
    seen: set[tuple[int, int]] = set()
    found = []
    for target in targets:
        head = heads[target]
        place = place_of(head.partner_id)
        for other in by_place.get(place, ()):
            pair = tuple(sorted((head.id, other.id)))
            if other.id == head.id or pair in seen or abs(other.date - head.date) > window:
                continue
            common = whats.get(head.id, set()) & whats.get(other.id, set())
            if not common:
                continue
            seen.add(pair)
            first, second = sorted((head, other), key=lambda r: (r.date, r.number))
            row = recipients.get(head.partner_id)
            where = tr(N_("desa {desa}")).format(desa=row.desa) if row is not None and row.desa \
                else (row.code if row is not None else "")
            code = lambda partner_id: recipients[partner_id].code if partner_id in recipients else "-"  # noqa: E731
            found.append(((first.date, first.number, second.date, second.number),
                          tr(N_("{place}: requests {first} ({first_recipient}, {first_date}) and {second} "
                                "({second_recipient}, {second_date}) both ask for {categories}"))
                          .format(place=where, first=first.number, first_recipient=code(first.partner_id),
                                  first_date=first.date.isoformat(), second=second.number,
                                  second_recipient=code(second.partner_id), second_date=second.date.isoformat(),
                                  categories=", ".join(sorted(common)))))
    return [text for _, text in sorted(found)]


def request_overlap_warnings(conn: Connection, request_id: int) -> list[str]:
    """Other open requests from the same desa (or the same recipient) asking for the same
    categories within the window of this request's date."""
    return request_overlaps(conn, [request_id])
