"""`gudang verify`: recompute what can be recomputed and compare.

Checks that every balance equals the sum of its moves, that no balance of a
goods-holding location is negative, that document numbers are unique and
gapless per type and year, that every posted document has its moves, and
that the audit log's hash chain is unbroken.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from gudang.db.engine import Database
from gudang.db.models import BALANCED_KINDS, AuditEntry, Balance, Document, Location, StockMove
from gudang.domain.quantity import ZERO
from gudang.i18n import N_, tr
from gudang.services.uow import GENESIS_HASH, UnitOfWork, audit_hash


@dataclass(frozen=True)
class VerifyReport:
    problems: tuple[str, ...]
    moves: int
    balances: int
    documents: int
    audit_entries: int

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Database) -> VerifyReport:
    problems: list[str] = []
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        kinds = dict(conn.execute(select(Location.id, Location.kind)).all())
        expected: dict[tuple[int, int], object] = defaultdict(lambda: ZERO)
        moves = 0
        for lot, source, target, qty in conn.execute(
                select(StockMove.lot_id, StockMove.from_location_id, StockMove.to_location_id, StockMove.qty)):
            moves += 1
            if kinds.get(source) in BALANCED_KINDS:
                expected[(lot, source)] -= qty
            if kinds.get(target) in BALANCED_KINDS:
                expected[(lot, target)] += qty
        stored = {(lot, loc): qty for lot, loc, qty in conn.execute(
            select(Balance.lot_id, Balance.location_id, Balance.qty))}
        for key in sorted(set(expected) | set(stored)):
            want, have = expected.get(key, ZERO), stored.get(key, ZERO)
            if want != have:
                problems.append(tr(N_("balance of lot #{lot} in location #{location} is {have} but its moves sum to {want}"))
                                .format(lot=key[0], location=key[1], have=have, want=want))
            if have < 0:
                problems.append(tr(N_("balance of lot #{lot} in location #{location} is negative: {have}"))
                                .format(lot=key[0], location=key[1], have=have))

        documents = conn.execute(select(Document.id, Document.type, Document.year, Document.seq,
                                        Document.number, Document.state)).all()
        sequences: dict[tuple[str, int], list[int]] = defaultdict(list)
        numbers: dict[str, int] = {}
        for doc in documents:
            if doc.state != "posted":
                continue
            if doc.number is None or doc.seq is None:
                problems.append(tr(N_("posted document #{id} has no number")).format(id=doc.id))
                continue
            if doc.number in numbers:
                problems.append(tr(N_("number {number} is used twice")).format(number=doc.number))
            numbers[doc.number] = doc.id
            sequences[(doc.type, doc.year)].append(doc.seq)
        for (doc_type, year), seqs in sorted(sequences.items()):
            seqs.sort()
            if seqs != list(range(1, len(seqs) + 1)):
                missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs))
                problems.append(tr(N_("{type} numbers of {year} are not gapless: missing {missing}"))
                                .format(type=doc_type, year=year, missing=", ".join(map(str, missing[:10])) or "-"))
        with_moves = {d for d, in conn.execute(select(StockMove.document_id).distinct())}
        for doc in documents:
            if doc.state == "posted" and doc.type in ("receipt", "issue") and doc.id not in with_moves:
                problems.append(tr(N_("posted document {number} has no stock moves")).format(number=doc.number))

        previous = GENESIS_HASH
        entries = 0
        for entry in conn.execute(select(AuditEntry).order_by(AuditEntry.id)):
            entries += 1
            expected_hash = audit_hash(previous, entry.at, entry.user, entry.action, entry.object, entry.summary)
            if entry.prev_hash != previous or entry.hash != expected_hash:
                problems.append(tr(N_("audit entry #{id} ({action} by {user}) was altered or removed: the hash chain breaks there"))
                                .format(id=entry.id, action=entry.action, user=entry.user))
                break
            previous = entry.hash
        return VerifyReport(tuple(problems), moves, len(stored), len(documents), entries)
