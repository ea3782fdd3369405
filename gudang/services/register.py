"""The document register: every document and stock count, newest first, filtered.

    keys = register_keys(db, RegisterFilter(type="issue", state="draft"))
    rows = register_rows(db, keys[:200])        # one screenful
    for row in register_page(db, RegisterFilter(), offset=0, limit=500): ...
    detail = document_detail(db, rows[0].key)   # header and lines, for "open"

A register row is a document (receipt, goods issue, transfer, adjustment,
write-off, quarantine, cancellation, handover) or a stock count session, which
has its own number (SO) and states. The state shown is the document's
(draft, approved, posted), "cancelled" for a posted document that a reversal
cancelled, and for counts "open", "posted" or "cancelled".

Big histories are read in two steps, as a screen needs them: the ordered keys
of everything the filter matches (small tuples, one query), then full rows
for the keys of one screenful. `gudang documents` pages through the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Iterable, Iterator, Sequence

from sqlalchemy import Connection, String, and_, bindparam, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import aliased

from gudang.db.engine import Database
from gudang.db.models import (
    CountLine, CountSession, Document, DocumentLine, Event, Item, Location, Lot, Partner,
)
from gudang.domain.dates import parse_date
from gudang.domain.errors import GudangError, InvalidInput, NotFound
from gudang.domain.inputs import clean_code, where_field
from gudang.i18n import N_
from gudang.services.bundle import Bundle
from gudang.services.uow import UnitOfWork

COUNT = "count"
DOCUMENT_TYPES = ("receipt", "issue", "transfer", "adjustment", "writeoff", "quarantine", "reversal",
                  "handover")
TYPES = DOCUMENT_TYPES + (COUNT,)
DRAFT, APPROVED, POSTED, CANCELLED, OPEN = "draft", "approved", "posted", "cancelled", "open"
STATES = (DRAFT, APPROVED, POSTED, CANCELLED, OPEN)

reversal_t = aliased(Document, name="reversal")


@dataclass(frozen=True)
class RegisterFilter:
    """What the register shows; every field optional. `search` matches part of a number."""

    type: str | None = None
    state: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    partner: str | None = None  # partner code
    search: str | None = None

    def checked(self) -> "RegisterFilter":
        """The same filter with its values parsed and checked (errors name the field)."""
        values = {}
        for name, choices in (("type", TYPES), ("state", STATES)):
            value = getattr(self, name)
            if value is not None and value not in choices:
                raise InvalidInput(N_("must be one of {choices}, not {value}"), choices=", ".join(choices),
                                   value=value).at(where_field(name))
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, dt.date):
                try:
                    values[name] = parse_date(value)
                except GudangError as error:
                    raise error.at(where_field(name))
        start, end = values.get("start", self.start), values.get("end", self.end)
        if start and end and end < start:
            raise InvalidInput(N_("the end {end} is before the start {start}"), end=end, start=start).at(
                where_field("end"))
        if self.partner:
            try:
                values["partner"] = clean_code(self.partner)
            except GudangError as error:
                raise error.at(where_field("partner"))
        values["search"] = (self.search or "").strip() or None
        return replace(self, **values)


@dataclass(frozen=True)
class RegisterKey:
    kind: str  # "document" or "count"
    id: int


@dataclass(frozen=True)
class RegisterRow:
    kind: str  # "document" or "count"
    id: int
    type: str  # a document type or "count"
    number: str | None  # None for a draft or approved goods issue (numbered at posting)
    date: dt.date
    state: str  # draft, approved, posted, cancelled, open
    partner: str | None  # code
    partner_name: str | None
    event: str | None  # code
    reference: str | None  # the sender's waybill, request letter, the count of an adjustment...
    destination: str | None
    lines: int
    created_by: str | None
    approved_by: str | None
    posted_by: str | None
    cancelled_by: str | None  # the number of the reversal that cancelled it
    reverses: str | None  # for a reversal: the number of the document it cancels
    reason: str | None

    @property
    def key(self) -> RegisterKey:
        return RegisterKey(self.kind, self.id)

    @property
    def label(self) -> str:
        """The number, or "#12" for a document without one yet."""
        return self.number or f"#{self.id}"


# -- queries ------------------------------------------------------------------------

def _document_keys(where: RegisterFilter):
    doc = Document
    cancelled = exists().where(reversal_t.reverses_id == doc.id)
    query = select(literal("document", String(8)).label("kind"), doc.id.label("id"), doc.date.label("date"))
    conditions = []
    if where.type:
        conditions.append(doc.type == where.type)
    if where.state == CANCELLED:
        conditions += [doc.state == POSTED, cancelled]
    elif where.state == POSTED:
        conditions += [doc.state == POSTED, ~cancelled]
    elif where.state:
        conditions.append(doc.state == where.state)
    if where.start:
        conditions.append(doc.date >= where.start)
    if where.end:
        conditions.append(doc.date <= where.end)
    if where.partner:
        conditions.append(doc.partner_id == select(Partner.id).where(Partner.code == where.partner)
                          .scalar_subquery())
    if where.search:
        text = where.search.lower()
        number_match = func.lower(doc.number).like(f"%{text}%")
        if text.lstrip("#").isdigit():
            number_match = or_(number_match, doc.id == int(text.lstrip("#")))
        conditions.append(number_match)
    return query.where(and_(*conditions)) if conditions else query


def _count_keys(where: RegisterFilter):
    session = CountSession
    query = select(literal(COUNT, String(8)).label("kind"), session.id.label("id"), session.date.label("date"))
    conditions = []
    if where.state:
        conditions.append(session.state == {POSTED: "posted", CANCELLED: "cancelled", OPEN: "open"}.get(
            where.state, "-"))
    if where.start:
        conditions.append(session.date >= where.start)
    if where.end:
        conditions.append(session.date <= where.end)
    if where.search:
        conditions.append(func.lower(session.number).like(f"%{where.search.lower()}%"))
    return query.where(and_(*conditions)) if conditions else query


def _keys_query(where: RegisterFilter):
    parts = []
    if where.type != COUNT:
        parts.append(_document_keys(where))
    if where.type in (None, COUNT) and not where.partner and where.state not in (DRAFT, APPROVED):
        parts.append(_count_keys(where))
    if len(parts) == 1:
        keys = parts[0].subquery()
    else:
        keys = union_all(*parts).subquery()
    return select(keys.c.kind, keys.c.id).order_by(keys.c.date.desc(), keys.c.kind, keys.c.id.desc())


def register_keys(db: Database, where: RegisterFilter = RegisterFilter()) -> list[RegisterKey]:
    """The keys of every document and count the filter matches, newest first (cheap: two ints a row)."""
    where = where.checked()
    with UnitOfWork(db, write=False) as uow:
        return [RegisterKey(kind, id_) for kind, id_ in uow.conn.execute(_keys_query(where))]


def register_count(db: Database, where: RegisterFilter = RegisterFilter()) -> int:
    where = where.checked()
    keys = _keys_query(where).order_by(None).subquery()
    with UnitOfWork(db, write=False) as uow:
        return uow.conn.execute(select(func.count()).select_from(keys)).scalar_one()


def _document_query(ids):
    original = aliased(Document, name="original")
    lines = (select(func.count(DocumentLine.id)).where(DocumentLine.document_id == Document.id)
             .correlate(Document).scalar_subquery())
    query = (select(Document.id, Document.type, Document.number, Document.date, Document.state,
                    Partner.code, Partner.name, Event.code.label("event"), Document.reference,
                    Document.destination, lines.label("lines"), Document.created_by, Document.approved_by,
                    Document.posted_by, reversal_t.number.label("cancelled_by"),
                    original.number.label("reverses"), Document.reason)
             .outerjoin(Partner, Partner.id == Document.partner_id)
             .outerjoin(Event, Event.id == Document.event_id)
             .outerjoin(reversal_t, reversal_t.reverses_id == Document.id)
             .outerjoin(original, original.id == Document.reverses_id)
             .where(Document.id.in_(ids)))
    return query


def _document_rows(conn: Connection, ids: Sequence[int], rows=None) -> dict[int, RegisterRow]:
    if not ids:
        return {}
    out = {}
    for row in (rows if rows is not None else conn.execute(_document_query(list(ids)))):
        state = CANCELLED if row.state == POSTED and row.cancelled_by else row.state
        out[row.id] = RegisterRow("document", row.id, row.type, row.number, row.date, state, row.code, row.name,
                                  row.event, row.reference, row.destination, row.lines, row.created_by,
                                  row.approved_by, row.posted_by, row.cancelled_by, row.reverses, row.reason)
    return out


def _count_query(ids):
    lines = (select(func.count(CountLine.id)).where(CountLine.session_id == CountSession.id)
             .correlate(CountSession).scalar_subquery())
    adjustment = aliased(Document, name="adjustment")
    query = (select(CountSession.id, CountSession.number, CountSession.date, CountSession.state,
                    CountSession.scope, lines.label("lines"), CountSession.started_by, CountSession.closed_by,
                    adjustment.number.label("adjustment"), CountSession.reason)
             .outerjoin(adjustment, adjustment.id == CountSession.adjustment_id)
             .where(CountSession.id.in_(ids)))
    return query


def _count_rows(conn: Connection, ids: Sequence[int], rows=None) -> dict[int, RegisterRow]:
    if not ids:
        return {}
    out = {}
    for row in (rows if rows is not None else conn.execute(_count_query(list(ids)))):
        out[row.id] = RegisterRow(COUNT, row.id, COUNT, row.number, row.date, row.state, None, None, None,
                                  row.adjustment, row.scope, row.lines, row.started_by,
                                  None, row.closed_by if row.state == "posted" else None, None, None, row.reason)
    return out


_BOTH = Bundle(documents=_document_query(bindparam("document_ids", expanding=True)),
               counts=_count_query(bindparam("count_ids", expanding=True)))


def register_rows(db: Database, keys: Iterable[RegisterKey]) -> list[RegisterRow]:
    """Full rows for some keys, in the keys' order (keys no longer found are left out)."""
    keys = list(keys)
    document_ids = [k.id for k in keys if k.kind == "document"]
    count_ids = [k.id for k in keys if k.kind == COUNT]
    with UnitOfWork(db, write=False) as uow:
        if document_ids and count_ids:  # both in one statement (one round trip)
            got = _BOTH.fetch(uow.conn, {"document_ids": document_ids, "count_ids": count_ids})
            documents = _document_rows(uow.conn, document_ids, got["documents"])
            sessions = _count_rows(uow.conn, count_ids, got["counts"])
        else:
            documents = _document_rows(uow.conn, document_ids)
            sessions = _count_rows(uow.conn, count_ids)
    found = {("document", i): row for i, row in documents.items()}
    found.update({(COUNT, i): row for i, row in sessions.items()})
    return [found[(k.kind, k.id)] for k in keys if (k.kind, k.id) in found]


def register_page(db: Database, where: RegisterFilter = RegisterFilter(), offset: int = 0,
                  limit: int = 200) -> list[RegisterRow]:
    """One page of the register (the keys query with OFFSET/LIMIT, then the rows)."""
    where = where.checked()
    with UnitOfWork(db, write=False) as uow:
        keys = [RegisterKey(kind, id_) for kind, id_ in
                uow.conn.execute(_keys_query(where).offset(offset).limit(limit))]
    return register_rows(db, keys)


def iter_register(db: Database, where: RegisterFilter = RegisterFilter(), page: int = 500
                  ) -> Iterator[RegisterRow]:
    """Every row, a page at a time (for `gudang documents` on a big history)."""
    keys = register_keys(db, where)
    for start in range(0, len(keys), page):
        yield from register_rows(db, keys[start:start + page])


# -- what needs attention ------------------------------------------------------------

@dataclass(frozen=True)
class Pending:
    drafts: int  # goods issues waiting for approval
    approved: int  # approved, waiting to be posted
    open_counts: int


def _issues_in(state: str):
    return (select(func.count()).select_from(Document)
            .where(Document.type == "issue", Document.state == state).scalar_subquery())


# One statement: the dashboard asks it on every show.
_pending = select(_issues_in(DRAFT), _issues_in(APPROVED),
                  select(func.count()).select_from(CountSession).where(CountSession.state == "open")
                  .scalar_subquery())


def pending(db: Database) -> Pending:
    """Goods issues waiting for approval or posting, and open stock counts (for the dashboard)."""
    with UnitOfWork(db, write=False) as uow:
        drafts, approved, counts = uow.conn.execute(_pending).one()
    return Pending(drafts, approved, counts)


# -- one document ---------------------------------------------------------------------

@dataclass(frozen=True)
class DetailLine:
    line_no: int
    sku: str
    item: str
    lot: str | None
    barcode: str | None
    expiry: dt.date | None
    qty: Decimal
    unit: str
    from_location: str | None
    to_location: str | None
    condition: str | None
    remark: str | None


@dataclass(frozen=True)
class DocumentDetail:
    row: RegisterRow
    transport_mode: str | None
    carrier: str | None
    vehicle: str | None
    driver: str | None
    notes: str | None
    lines: tuple[DetailLine, ...]


def find(db: Database, number: str) -> RegisterRow:
    """A document or count by its number (or "#id" for a goods issue not yet numbered)."""
    text = (number or "").strip()
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        if text.startswith("#") and text[1:].isdigit():
            rows = _document_rows(conn, [int(text[1:])])
            if rows:
                return next(iter(rows.values()))
        doc_id = conn.execute(select(Document.id).where(Document.number == text)).scalar()
        if doc_id is not None:
            return _document_rows(conn, [doc_id])[doc_id]
        count_id = conn.execute(select(CountSession.id).where(CountSession.number == text)).scalar()
        if count_id is not None:
            return _count_rows(conn, [count_id])[count_id]
    raise NotFound(N_("unknown document {number}"), number=text)


def document_detail(db: Database, key: RegisterKey) -> DocumentDetail:
    """The header and lines of a document (not a count: see gudang.services.counts.show_count)."""
    if key.kind != "document":
        raise InvalidInput(N_("{number} is a stock count: open it on the stock opname page"),
                           number=f"#{key.id}")
    source, target = aliased(Location, name="source"), aliased(Location, name="target")
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        rows = _document_rows(conn, [key.id])
        if not rows:
            raise NotFound(N_("unknown document {number}"), number=f"#{key.id}")
        head = conn.execute(select(Document.transport_mode, Document.carrier, Document.vehicle, Document.driver,
                                   Document.notes).where(Document.id == key.id)).one()
        lines = tuple(DetailLine(*r) for r in conn.execute(
            select(DocumentLine.line_no, Item.sku, Item.name, func.coalesce(DocumentLine.lot_code, Lot.code),
                   Lot.barcode, func.coalesce(DocumentLine.expiry, Lot.expiry), DocumentLine.qty,
                   DocumentLine.unit, source.code, target.code, DocumentLine.condition, DocumentLine.remark)
            .join(Item, Item.id == DocumentLine.item_id)
            .outerjoin(Lot, Lot.id == DocumentLine.lot_id)
            .outerjoin(source, source.id == DocumentLine.from_location_id)
            .outerjoin(target, target.id == DocumentLine.to_location_id)
            .where(DocumentLine.document_id == key.id).order_by(DocumentLine.line_no)))
    return DocumentDetail(rows[key.id], head.transport_mode, head.carrier, head.vehicle, head.driver, head.notes,
                          lines)


# -- papers ---------------------------------------------------------------------------

def papers(row: RegisterRow) -> tuple[tuple[str, str], ...]:
    """The printable papers of a register row: (kind for gudang.reports.printing, number).

    A goods issue prints its surat jalan and the BAST to sign on site; a
    transfer that left the site its surat jalan; an adjustment made by a stock
    count the berita acara of that count. Drafts print nothing.
    """
    if row.kind == COUNT:
        return (("count", row.number),) if row.number else ()
    if row.state in (DRAFT, APPROVED) or not row.number:
        return ()
    if row.type == "issue":
        return (("waybill", row.number), ("handover", row.number))
    if row.type == "transfer":
        return (("waybill", row.number),) if row.destination else ()
    if row.type == "receipt":
        return (("receipt", row.number),)
    if row.type == "handover":
        return (("handover", row.number),)
    if row.type == "writeoff":
        return (("writeoff", row.number),)
    if row.type == "adjustment" and row.reference:
        return (("count", row.reference),)
    if row.type == "reversal":
        from gudang.reports.printing import DOCUMENT_KINDS

        return (("reversal", row.number),) if "reversal" in DOCUMENT_KINDS else ()
    return ()


def cancellable(row: RegisterRow) -> bool:
    """A posted, not yet cancelled document of a type a reversal can undo."""
    from gudang.services.cancel import CANCELLABLE

    return row.kind == "document" and row.state == POSTED and row.type in CANCELLABLE

