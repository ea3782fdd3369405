"""`gudang verify`: recompute what can be recomputed and compare (DESIGN.md section 11).

It names every problem it finds:
- the schema: tables, columns, indexes and triggers exactly as the migration
  revision says (SQLite), the triggers and their functions (PostgreSQL);
  a dropped, added, altered or disabled trigger is named;
- every balance equals the sum of its moves, and none is negative;
- documents: posted ones have a number, unique and gapless per type and
  year; receipts and issues have lines and moves; every posted document has
  the audit entry that recorded it;
- number sequences neither run behind their documents (the next posting would
  reuse a number) nor ahead of them (numbers are missing);
- every mutable row (users, items, lots, partners, settings, sequences,
  counts, documents with their lines and moves) matches the digest its last
  audited change recorded (gudang.db.digests);
- the audit log's hash chain, including the digests each entry recorded;
- the chain head against the anchors kept outside the database
  (gudang.services.anchor).

Every table is read once with one query, without per-row round trips. The
balances are summed by the database on a second connection, the audit entries'
recorded rows come sorted and joined per entry from a third, and the full
check's documents (their lines and moves joined per document by the database)
from a fourth and a fifth, half of the document ids each, while the rest is
read and hashed here (both drivers release the GIL while the database works).
SQLite keeps no memory statistics in Gudang's processes (gudang.db.sqlite_memory):
with them, every allocation of the five connections took one process-wide mutex,
and the threads spent a quarter of the check's CPU waking each other.
The database also writes the text each other row's digest hashes (SQLite from
revision 0010; PostgreSQL from 0011, where the server hashes it too), and the
newest recorded digests come per kind as one text, so Python hashes and builds
dicts without a loop of its own per row; the usual case, every row as recorded,
is decided by comparing dicts. A document or
an audit entry whose digest differs after a grouped read is read again row by
row before it is named: SQL does not promise the order in which SQLite's
group_concat joins.

Quick mode (`verify(db, full=False)`, `gudang verify --quick`) runs every check
above except that it recomputes the digests only of the rows the touch
triggers noted outside any unit of work: an edit made with SQL or a database
browser while the triggers are in place (the usual way someone edits a
database) leaves such a note, which no later unit of work takes. An edit made
after dropping the triggers and putting them back, or by rewriting the file's
bytes, leaves none; only the full check, which recomputes the digest of every
row (all moves included), finds those. On a year of a busy warehouse (S=10)
the quick check takes a fraction of the full one.
"""

from __future__ import annotations

import contextvars
import os
import re
import sys
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import Connection

from gudang.db.digest_tables import TableReader
from gudang.db.digests import DOCUMENT, KINDS, Reader, RowDigest, Span, combine_documents, document_digests
from gudang.db.engine import Database
from gudang.db.models import BALANCED_KINDS
from gudang.domain.quantity import from_storage
from gudang.i18n import N_, tr
from gudang.services.uow import UnitOfWork
from gudang.services.verify_rows import (Recorded, as_datetime, check_chain, check_kind, check_plain_kind,
                                         check_touched_rows, entry_rows_digests, entry_texts_digests,
                                         recorded_digests)

MAX_PER_CHECK = 25  # problems named per check; the rest are counted
MOVING_TYPES = ("receipt", "issue")


@dataclass(frozen=True)
class VerifyReport:
    problems: tuple[str, ...]
    moves: int
    balances: int
    documents: int
    audit_entries: int
    rows: int = 0
    anchors: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


class _Problems(list):
    """Problems, at most MAX_PER_CHECK named per check."""

    def __init__(self) -> None:
        super().__init__()
        self._counts: dict[str, int] = defaultdict(int)

    def add(self, check: str, message: str) -> None:
        self._counts[check] += 1
        if self._counts[check] <= MAX_PER_CHECK:
            self.append(message)

    def merge(self, other: "_Problems") -> None:
        """Add the problems another check found apart (its messages and counts)."""
        for check, count in other._counts.items():
            self._counts[check] += count
        self.extend(other)

    def close(self) -> None:
        for check, count in self._counts.items():
            if count > MAX_PER_CHECK:
                self.append(tr(N_("... and {n} more problems of the same kind ({check})"))
                            .format(n=count - MAX_PER_CHECK, check=check))


def verify(db: Database, *, full: bool = True) -> VerifyReport:
    """Every check; `full=False` recomputes only the digests of rows touched outside Gudang
    (see the module's docstring)."""
    schema, problems = _Problems(), _Problems()
    files = _anchor_files(db)
    with UnitOfWork(db, write=False) as uow, ThreadPoolExecutor(4) as beside:
        # The database sums the balances, sorts and joins the audit entries' rows and (full)
        # builds the documents' texts, on connections of their own while this thread reads and
        # hashes the other rows: SQLite and psycopg let go of the GIL while they work, and so
        # does hashing a long text.
        balance_check = beside.submit(contextvars.copy_context().run, _check_balances_apart, db)  # its language
        conn = uow.conn
        exported = _begin_snapshot(conn)
        reader = TableReader(conn)
        documents_apart = ([beside.submit(_documents_apart, db, exported, span) for span in _document_halves(reader)]
                           if full else [])
        entries_apart = beside.submit(_entries_apart, db, exported)
        snapshot = _snapshot(reader)
        _check_schema(conn, schema)
        recorded = recorded_digests(reader)
        # What this thread can check before the documents come, kept apart to be named in the
        # order it always was: documents, their rows, the other rows, ..., the chain.
        chain, other_rows = _Problems(), _Problems()
        if full:
            rows = sum(check_plain_kind(reader, kind, recorded, other_rows) for kind in KINDS if kind != DOCUMENT.name)
        seen, entry_rows = entries_apart.result()
        if seen != snapshot or entry_rows is None:  # another snapshot (a commit came), or a text not parsed
            entry_rows = entry_rows_digests(reader)
        entries, head = check_chain(reader, entry_rows, chain)
        # What needs no document digests, read while the helpers finish those.
        docs = _read_documents(reader)
        sequences, anchored = _Problems(), _Problems()
        _check_sequences(conn, docs, sequences)
        anchors = _check_anchors(db, conn, head, anchored, files)
        if full:
            halves = [apart.result() for apart in documents_apart]
            if all(seen == snapshot and parts is not None for seen, parts in halves):
                documents, with_lines, with_moves, move_count = _merged_documents([parts for _, parts in halves])
            else:  # a commit came between the reads, or a half could not be read apart: read them here
                documents, with_lines, with_moves, move_count = _documents(reader)
        else:
            with_lines, with_moves = ({document_id for document_id, in reader.fetch(
                f"SELECT DISTINCT document_id FROM {table}")} for table in ("document_line", "stock_move"))
            move_count = reader.fetch("SELECT count(*) FROM stock_move")[0][0]
        _check_documents(docs, with_lines, with_moves, problems)
        if full:
            _read_differing_again(reader, documents, recorded)
            rows += check_kind(DOCUMENT.name, {key: row.digest for key, row in documents.items()},
                                lambda: [(key, row.label) for key, row in documents.items()], recorded, problems)
            problems.merge(other_rows)
        else:
            rows = check_touched_rows(reader, recorded, problems)
        _check_whole_documents(docs, recorded, problems)
        problems.merge(sequences)
        problems.merge(chain)
        problems.merge(anchored)
        _end_snapshot(conn)
        balances, balance_problems = balance_check.result()
    schema.merge(balance_problems)  # in the order they have always come: schema, balances, the rest
    schema.merge(problems)
    problems = schema
    problems.close()
    return VerifyReport(tuple(problems), move_count, balances, len(docs), entries, rows, anchors)


def _begin_snapshot(conn: Connection, exported: str | None = None) -> str | None:
    """Every read of `verify` sees the database as it was when it began. SQLite: the unit of
    work's BEGIN does that. PostgreSQL, where reads send no BEGIN (each statement sees what was
    committed when it starts): a read-only REPEATABLE READ transaction, exported for the helper
    thread (returns its id) or taking the one exported."""
    if conn.dialect.name == "sqlite":
        return None
    conn.exec_driver_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    if exported is not None:
        if not re.fullmatch(r"[0-9A-Fa-f-]+", exported):
            raise ValueError(f"not a snapshot id: {exported!r}")
        conn.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{exported}'")
        return exported
    return conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar()


def _end_snapshot(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql("COMMIT")  # read only: nothing to keep or undo


def _snapshot(reader: Reader) -> tuple:
    """What any change leaves behind: a unit of work an audit entry, an edit by hand with the
    triggers in place a touch. Two reads that see the same saw the same rows."""
    return tuple(reader.fetch("SELECT (SELECT coalesce(max(id), 0) FROM audit_entry), "
                              "(SELECT coalesce(max(id), 0) FROM row_touch), (SELECT count(*) FROM row_touch)")[0])


def _documents(reader: TableReader, span: Span = None) -> tuple[dict[str, RowDigest], set, set, int] | None:
    """Every document's digest, the documents with lines and with moves, and the moves counted
    (of the document ids in `span`; None if those cannot be read apart). With json texts the
    database joins each document's lines and moves (`TableReader.document_groups`), or hashes them
    (PostgreSQL); `_read_differing_again` makes sure of any digest that then differs."""
    by_server = reader.server_document_digests(span)  # PostgreSQL hashes them itself
    if by_server is not None:
        return by_server
    if reader.as_json:
        try:
            documents, lines, moves = reader.document_groups(span)
        except Exception as error:  # noqa: BLE001 - past SQLite's longest text (1 GB): row by row below
            if "too big" not in str(error):
                raise
            if span is not None:
                return None
        else:
            found = document_digests(documents, {key: text for key, (text, _) in lines.items()},
                                     {key: text for key, (text, _) in moves.items()})
            return found, set(lines), set(moves), sum(count for _, count in moves.values())
    documents, lines, moves = reader.document_parts()
    with_lines, with_moves = {row[0] for row in lines}, {row[0] for row in moves}
    return combine_documents(documents, lines, moves, reader.as_json), with_lines, with_moves, len(moves)


def _read_differing_again(reader: Reader, documents: dict[str, RowDigest], recorded: Recorded) -> None:
    """Documents whose digest differs from the recorded one, read again with their lines and
    moves in (document, id) order, so that SQLite's order of a grouped read never names one."""
    if not reader.as_json:
        return
    wanted = recorded.of(DOCUMENT.name)
    differing = [key for key, row in documents.items() if wanted.get(key) != row.digest]
    if len(differing) > 500:  # a whole table read costs less than this many keys
        documents.update(reader.document_digests())
    elif differing:
        documents.update(reader.document_digests(differing))


def _apart(db: Database, exported: str | None, work):
    """`work(reader)` on a connection of its own (in the exported snapshot on PostgreSQL), with
    the `_snapshot` it read: whoever gets another snapshot than its own does the work again."""
    _give_way()
    apart = Database(db.url)  # not pooled: see _check_balances_apart
    try:
        with UnitOfWork(apart, write=False) as uow:
            _begin_snapshot(uow.conn, exported)
            reader = TableReader(uow.conn)
            found = _snapshot(reader), work(reader)
            _end_snapshot(uow.conn)
            return found
    finally:
        apart.dispose()


def _documents_apart(db: Database, exported: str | None, span: Span) -> tuple[tuple, tuple | None]:
    return _apart(db, exported, lambda reader: _documents(reader, span))


_MIDDLE_ROW = ("(SELECT document_id FROM {table} WHERE id >= ((SELECT min(id) FROM {table}) "
               "+ (SELECT max(id) FROM {table})) / 2 ORDER BY id LIMIT 1)")


def _document_halves(reader: Reader) -> tuple[Span, Span]:
    """The document ids in two spans of about equal work (the ids up to the middle one, the
    rest), read by two helpers: the documents are the longest read of the full check, and
    one helper alone would leave a core idle once the other reads are done. The work is
    their lines and moves, so the middle is between the documents of the middle line and
    of the middle move (rows are written in the order of their documents' postings; a
    receipt of 40 lines weighs as much as four issues of 10)."""
    (move, line, document), = reader.fetch(
        f"SELECT {_MIDDLE_ROW.format(table='stock_move')}, {_MIDDLE_ROW.format(table='document_line')}, "
        "((SELECT min(id) FROM document) + (SELECT max(id) FROM document)) / 2")
    middles = [value for value in (move, line) if isinstance(value, int)] or [document or 0]
    middle = sum(middles) // len(middles)
    return (None, middle), (middle, None)


def _merged_documents(parts: list) -> tuple[dict[str, RowDigest], set, set, int]:
    documents, with_lines, with_moves, moves = {}, set(), set(), 0
    for found, lines, moved, count in parts:
        documents.update(found)
        with_lines |= lines
        with_moves |= moved
        moves += count
    return documents, with_lines, with_moves, moves


def _entries_apart(db: Database, exported: str | None) -> tuple[tuple, dict[int, str] | None]:
    return _apart(db, exported, entry_texts_digests)


# --------------------------------------------------------------------------- schema


def _check_schema(conn: Connection, problems: _Problems) -> None:
    from gudang.db.migrate import HEAD
    from gudang.db.schema import differences, postgres_reference, postgres_triggers, sqlite_reference, sqlite_schema

    if conn.dialect.name == "sqlite":
        expected, actual = sqlite_reference(HEAD), sqlite_schema(conn)
    else:
        expected, actual = postgres_reference(), postgres_triggers(conn)
    if expected is None:
        problems.add("schema", tr(N_("no schema reference for revision {revision}: run "
                                     "scripts/schema_fingerprints.py")).format(revision=HEAD))
        return
    for difference in differences(expected, actual):
        problems.add("schema", tr(N_("schema: {difference}")).format(difference=difference))


# --------------------------------------------------------------------------- ledger


# One grouped pass over the moves' two ends and the balances (the database sorts once; a join
# of the moves' sums with the balances, and the balances without moves, cost a third more).
_BALANCES = """
WITH held AS (SELECT id FROM location WHERE kind IN ({kinds}))
SELECT lot_id, loc, sum(moved), sum(kept) FROM (
    SELECT lot_id, to_location_id AS loc, qty AS moved, 0 AS kept FROM stock_move
      WHERE to_location_id IN (SELECT id FROM held)
    UNION ALL
    SELECT lot_id, from_location_id, -qty, 0 FROM stock_move WHERE from_location_id IN (SELECT id FROM held)
    UNION ALL
    SELECT lot_id, location_id, 0, qty FROM balance
  ) AS both_ends GROUP BY lot_id, loc HAVING sum(moved) <> sum(kept)
"""


def _check_balances(reader: Reader, problems: _Problems) -> int:
    """Every balance equals the sum of its moves (computed in SQL: only differences come back)."""
    kinds = ", ".join(f"'{kind}'" for kind in BALANCED_KINDS)
    _name_balances(reader.fetch(_BALANCES.format(kinds=kinds)),
                   reader.fetch("SELECT lot_id, location_id, qty FROM balance WHERE qty < 0"), problems)
    return reader.fetch("SELECT count(*) FROM balance")[0][0]


def _give_way() -> None:
    """Linux: a helper thread runs at a lower priority, so that the thread whose Python work is
    the longest path keeps a core of its own while the two helpers share the other."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)  # this thread only
        except OSError:
            pass


def _check_balances_apart(db: Database) -> tuple[int, "_Problems"]:
    """`_check_balances` in a unit of work of its own (`verify` runs it beside its other reads)."""
    _give_way()
    problems = _Problems()
    # A connection of its own, closed after, not left in the pool: an idle SQLite connection keeps
    # its own copy of the schema, which SQL typed by hand through the pool can find stale.
    apart = Database(db.url)
    try:
        with UnitOfWork(apart, write=False) as uow:
            balances = _check_balances(Reader(uow.conn), problems)
    finally:
        apart.dispose()
    return balances, problems


def _name_balances(differences: list, negative: list, problems: _Problems) -> None:
    for lot, location, want, have in sorted(differences):
        problems.add("balance", tr(N_("balance of lot #{lot} in location #{location} is {have} but its moves "
                                      "sum to {want}")).format(lot=lot, location=location,
                                                               have=_qty(have), want=_qty(want)))
    for lot, location, have in sorted(negative):
        problems.add("balance", tr(N_("balance of lot #{lot} in location #{location} is negative: {have}"))
                     .format(lot=lot, location=location, have=_qty(have)))


def _qty(raw: int) -> str:
    return format(from_storage(raw).normalize(), "f")


@dataclass
class _Doc:
    id: int
    type: str
    year: int | None
    seq: int | None
    number: str | None
    state: str


def _read_documents(reader: Reader) -> list[_Doc]:
    return [_Doc(*row) for row in reader.fetch("SELECT id, type, year, seq, number, state FROM document ORDER BY id")]


def _check_documents(docs: list[_Doc], with_lines: set, with_moves: set, problems: _Problems) -> None:
    sequences: dict[tuple[str, int], list[int]] = defaultdict(list)
    numbers: dict[str, int] = {}
    for doc in docs:
        if doc.state != "posted":
            continue
        if doc.number is None or doc.seq is None:
            problems.add("documents", tr(N_("posted document #{id} has no number")).format(id=doc.id))
            continue
        if doc.number in numbers:
            problems.add("documents", tr(N_("number {number} is used twice")).format(number=doc.number))
        numbers[doc.number] = doc.id
        sequences[(doc.type, doc.year)].append(doc.seq)
        if doc.type in MOVING_TYPES:
            if doc.id not in with_lines:
                problems.add("documents", tr(N_("posted document {number} has no lines")).format(number=doc.number))
            if doc.id not in with_moves:
                problems.add("documents", tr(N_("posted document {number} has no stock moves"))
                             .format(number=doc.number))
    for (doc_type, year), seqs in sorted(sequences.items()):
        seqs.sort()
        if seqs != list(range(1, len(seqs) + 1)):
            missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs))
            problems.add("numbers", tr(N_("{type} numbers of {year} are not gapless: missing {missing}"))
                         .format(type=doc_type, year=year, missing=", ".join(map(str, missing[:10])) or "-"))


def _check_whole_documents(docs: list[_Doc], recorded: Recorded, problems: _Problems) -> None:
    for doc in docs:
        if doc.state == "posted" and str(doc.id) not in recorded.of(DOCUMENT.name):
            problems.add("documents", tr(N_("posted document {number} has no audit entry that records it"))
                         .format(number=doc.number or f"#{doc.id}"))


def _check_sequences(conn: Connection, docs: list[_Doc], problems: _Problems) -> None:
    """A sequence's last number equals the highest number its documents use."""
    highest: dict[tuple[str, int], tuple[int, str]] = {}
    for doc in docs:
        if doc.state == "posted" and doc.seq is not None:
            key = (f"doc:{doc.type}", doc.year)
            if key not in highest or doc.seq > highest[key][0]:
                highest[key] = (doc.seq, doc.number or "")
    for name, table in (("doc:count", "count_session"), ("doc:request", "request")):
        for seq, year, number in conn.exec_driver_sql(f"SELECT seq, year, number FROM {table}").all():
            key = (name, year)
            if key not in highest or seq > highest[key][0]:
                highest[key] = (seq, number)
    # Lot barcodes are L + 8 digits (gudang.services.posting.lot_barcodes): the greatest is the highest.
    newest = conn.exec_driver_sql("SELECT max(barcode) FROM lot WHERE barcode LIKE 'L________'").scalar()
    if newest and newest[1:].isdigit():
        highest[("lot_barcode", 0)] = (int(newest[1:]), newest)
    counters = {(name, year): last for name, year, last in conn.exec_driver_sql(
        "SELECT name, year, last FROM number_sequence").all()}
    for key in sorted(set(highest) | set(counters)):
        last = counters.get(key, 0)
        top, number = highest.get(key, (0, ""))
        name, year = key
        if last < top:
            problems.add("sequences", tr(N_("number sequence {name} {year} is at {last} but {number} already uses "
                                            "{top}: it runs behind its documents, the next posting would reuse a "
                                            "number")).format(name=name, year=year, last=last, number=number, top=top))
        elif last > top:
            problems.add("sequences", tr(N_("number sequence {name} {year} is at {last} but the highest number "
                                            "used is {top}: numbers {first}..{last} are missing"))
                         .format(name=name, year=year, last=last, top=top, first=top + 1))


# --------------------------------------------------------------------------- anchors


def _anchor_files(db: Database) -> tuple:
    """The anchors kept in files, read before the database: a posting that commits while
    `verify` reads then moves only anchors it does not look at (each file is written after
    its commit), never one past the entries it sees."""
    from gudang.services.anchor import AnchorUnreadable, anchor_path, read_anchor_file

    path = anchor_path(db)
    try:
        anchor, unreadable = read_anchor_file(path), None
    except AnchorUnreadable as error:
        anchor, unreadable = None, error
    backups = []
    if db.path is not None:
        from gudang.db.backup import backup_anchors

        backups = list(backup_anchors(db.path))
    return path, anchor, unreadable, backups


def _check_anchors(db: Database, conn: Connection, head, problems: _Problems, files: tuple) -> tuple[str, ...]:
    from gudang.services.anchor import embedded_anchors

    checked: list[tuple[str, object]] = []
    path, anchor, unreadable, backups = files
    if unreadable is not None:
        problems.add("anchor", tr(N_("the anchor file {path} cannot be read ({problem})"))
                     .format(path=path, problem=unreadable))
    embedded = embedded_anchors(conn)
    if anchor is not None:
        checked.append((tr(N_("the anchor file {path}")).format(path=path), anchor))
    elif db.path is not None and not embedded and head is not None:
        problems.add("anchor", tr(N_("the anchor file {path} is missing: the newest audit entries cannot be "
                                     "checked against it")).format(path=path))
    for stamp in embedded:
        checked.append((tr(N_("the anchor stamped into this backup")), stamp))
    if db.path is not None:
        # Every backup in the backup folder carries the head it was made at: someone who cut the
        # chain and rewrote the anchor file beside the database must also doctor every copy. Copies
        # from before the newest restore belong to the timeline it replaced.
        restored = conn.exec_driver_sql("SELECT max(at) FROM audit_entry WHERE action = 'database.restore'").scalar()
        since = as_datetime(restored) if restored is not None else None
        for path, stamp, taken_at in backups:
            if since is None or taken_at > since:
                checked.append((tr(N_("the backup {name}")).format(name=path.name), stamp))
    if not checked:
        return ()
    hashes = dict(conn.exec_driver_sql("SELECT id, hash FROM audit_entry WHERE id IN ({})".format(
        ", ".join(str(int(a.audit_id)) for _, a in checked))).all())
    last = head.audit_id if head else 0
    for where, stamp in checked:
        if stamp.audit_id not in hashes:
            if stamp.audit_id > last:
                problems.add("anchor", tr(N_("the audit log ends at entry #{last} but {where} records entry #{id}: "
                                             "the newest entries were removed")).format(last=last, where=where,
                                                                                        id=stamp.audit_id))
            else:
                problems.add("anchor", tr(N_("audit entry #{id}, which {where} records, is missing"))
                             .format(id=stamp.audit_id, where=where))
        elif hashes[stamp.audit_id] != stamp.hash:
            problems.add("anchor", tr(N_("audit entry #{id} differs from {where}: the audit chain was rewritten"))
                         .format(id=stamp.audit_id, where=where))
    return tuple(where for where, _ in checked)
