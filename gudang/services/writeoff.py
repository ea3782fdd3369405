"""Write-off (penghapusan) of expired, damaged or lost stock.

    post_writeoff(db, head, writeoff_from_json({"date": "2026-11-27", "reason": "kedaluwarsa",
        "lines": [{"lot": "L00000012", "qty": 40, "location": "KARANTINA-01"}]}))

One document of type "writeoff" (numbered PH) moves each line's lot from its
bin to the write-off location. A reason is required (per document, and a line
may give its own); posting needs `writeoff.post` (kepala gudang / admin), who
is recorded as approver. The disposal method (dibakar, ditimbun...) is kept in
the document's `destination`, the approval letter in `reference`. The berita
acara penghapusan is printed from the document by
gudang.reports.operations_print.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


from gudang.db.engine import Database
from gudang.db.models import ON_HAND_KINDS, WRITEOFF
from gudang.domain.dates import parse_date
from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.inputs import (
    _check_unknown, _field, _lines, _require_object, as_file, clean_code, clean_text, optional_text, where_field,
    where_line,
)
from gudang.domain.quantity import parse_quantity
from gudang.i18n import N_
from gudang.services import lookup, moves_posting
from gudang.services.bundle import Bundle
from gudang.services.transfers import PlannedLine
from gudang.services.writes import WritePlan
from gudang.services.uow import Actor, UnitOfWork


@dataclass(frozen=True)
class WriteoffLineInput:
    lot: str
    qty: Decimal
    location: str
    reason: str | None = None  # this line's own reason, else the document's
    remark: str | None = None


@dataclass(frozen=True)
class WriteoffInput:
    date: dt.date
    reason: str
    lines: tuple[WriteoffLineInput, ...]
    decree_ref: str | None = None  # SK / approval letter
    method: str | None = None  # pemusnahan: dibakar, ditimbun...
    notes: str | None = None
    backdate_reason: str | None = None  # needed when dated more than backdate_days ago

    def checked(self) -> "WriteoffInput":
        """The same write-off validated and cleaned by the rules a file's is (`writeoff_from_json`):
        the service calls this whoever built the input (a screen, a script)."""
        return as_file(writeoff_from_json, {
            "date": self.date, "reason": self.reason, "decree_ref": self.decree_ref, "method": self.method,
            "notes": self.notes, "backdate_reason": self.backdate_reason}, self.lines, WriteoffLineInput,
            N_("must be a write-off line"), lambda line: {"lot": line.lot, "qty": line.qty, "location": line.location,
                                                         "reason": line.reason, "remark": line.remark})


WRITEOFF_FIELDS = {"date", "reason", "lines", "decree_ref", "method", "notes", "backdate_reason"}
WRITEOFF_LINE_FIELDS = {"lot", "qty", "location", "reason", "remark"}


def _reason_text(value: object) -> str:
    return clean_text(value, max_length=500, multiline=True)


def writeoff_from_json(data: object) -> WriteoffInput:
    """`{"date", "reason", "lines": [{"lot", "qty", "location"}]}`, strictly."""
    data = _require_object(data, "writeoff")
    _check_unknown(data, WRITEOFF_FIELDS)
    date = _field(data, "date", parse_date, required=True)
    reason = _field(data, "reason", _reason_text, required=True)
    if not reason:
        raise InvalidInput(N_("a reason is required for a write-off")).at(where_field("reason"))
    lines = []
    for number, line in enumerate(_lines(data), start=1):
        at = lambda f, n=number: where_line(n, f)  # noqa: E731
        _check_unknown(line, WRITEOFF_LINE_FIELDS, where_line(number))
        lines.append(WriteoffLineInput(
            lot=_field(line, "lot", clean_code, required=True, where=at),
            qty=_field(line, "qty", parse_quantity, required=True, where=at),
            location=_field(line, "location", clean_code, required=True, where=at),
            reason=_field(line, "reason", lambda v: optional_text(v, 500), where=at),
            remark=_field(line, "remark", lambda v: optional_text(v, 500), where=at)))
    return WriteoffInput(date=date, reason=reason, lines=tuple(lines),
                         decree_ref=_field(data, "decree_ref", lambda v: optional_text(v, 120)),
                         method=_field(data, "method", lambda v: optional_text(v, 200)),
                         notes=_field(data, "notes", lambda v: clean_text(v, max_length=2000, multiline=True)),
                         backdate_reason=_field(data, "backdate_reason", lambda v: optional_text(v, 500)))


@dataclass(frozen=True)
class WrittenOffLine:
    sku: str
    item: str
    lot: str | None
    barcode: str
    expiry: dt.date | None
    qty: Decimal
    unit: str
    location: str
    reason: str


@dataclass(frozen=True)
class PostedWriteoff:
    id: int
    number: str
    date: dt.date
    reason: str
    lines: tuple[WrittenOffLine, ...]


_WRITEOFF = Bundle(**moves_posting.PARTS)


def post_writeoff(db: Database, actor: Actor, writeoff: WriteoffInput) -> PostedWriteoff:
    writeoff = writeoff.checked()
    reason = writeoff.reason
    with UnitOfWork(db, actor, "writeoff.post", marker_later=True) as uow:  # one read, one write
        got = moves_posting.read(uow, _WRITEOFF, "writeoff", [line.lot for line in writeoff.lines],
                                 len(writeoff.lines))
        target = moves_posting.virtual(got, WRITEOFF)
        planned, shown = [], []
        for line_no, line in enumerate(writeoff.lines, start=1):
            try:
                lot = lookup.checked_lot(got["lots"], line.lot)
            except GudangError as error:
                raise error.at(where_line(line_no, "lot"))
            try:
                location = moves_posting.location(got, line.location)
            except GudangError as error:
                raise error.at(where_line(line_no, "location"))
            if location.kind not in ON_HAND_KINDS:
                raise InvalidInput(N_("{code} is not a bin that holds stock"), code=location.code).at(
                    where_line(line_no, "location"))
            why = line.reason or reason
            planned.append(PlannedLine(lot.item_id, lot.id, line.qty, lot.base_unit, location.id, target,
                                       lot.code, lot.expiry, None, line.remark if line.reason is None else
                                       "; ".join(x for x in (line.reason, line.remark) if x)))
            shown.append(WrittenOffLine(lot.sku, lot.item_name, lot.code, lot.barcode, lot.expiry, line.qty,
                                        lot.base_unit, location.code, why))
        plan = WritePlan()
        document_id, number, dated_back = moves_posting.plan_document(
            uow, got, plan, "writeoff", writeoff.date, planned, backdate_reason=writeoff.backdate_reason,
            reason=reason, reference=writeoff.decree_ref, destination=writeoff.method, notes=writeoff.notes)
        plan.execute(uow.conn, at_commit=True)
        uow.audit("writeoff.post", number, f"{len(planned)} lines: {reason}{dated_back}")
        uow.commit()
    return PostedWriteoff(document_id, number, writeoff.date, reason, tuple(shown))
