"""Transfers (mutasi) between bins and between warehouses.

    post_transfer(db, actor, transfer_from_json({"date": "2026-11-27", "lines": [
        {"lot": "L00000012", "qty": 20, "from": "A-01", "to": "B-02"}]}))

A transfer is one document of type "transfer" (numbered MUT). Within one
warehouse its moves go straight from bin to bin. When goods leave the site
(the destination bin is in another warehouse) they travel like a dispatch:
the moves go to the transit location, the lines keep the destination bin,
a surat jalan is printed for the vehicle, and the arrival is confirmed with
`gudang confirm MUT-NUMBER` (gudang.services.delivery), which moves good
goods into the destination bin. One transfer goes to one other warehouse at
most (one surat jalan per vehicle per destination).

The documents that only move given lots between given locations (transfers,
quarantine, write-offs) share their posting path, gudang.services.moves_posting:
one read, and number, header, lines, the count guard and the moves in one write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.models import ON_HAND_KINDS, QUARANTINE, TRANSIT
from gudang.domain.dates import parse_date
from gudang.domain.errors import GudangError, InvalidInput, LotNotAllowed, NotFound
from gudang.domain.inputs import (
    _check_unknown, _field, _lines, _require_object, as_file, clean_code, clean_text, optional_text, where_line,
)
from gudang.domain.quantity import parse_quantity
from gudang.i18n import N_
from gudang.services import lookup, moves_posting
from gudang.services.bundle import Bundle
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.writes import WritePlan


@dataclass
class PlannedLine:
    """One line of a moves-only document; `move_to` differs from `to_id` in transit."""

    item_id: int
    lot_id: int
    qty: Decimal
    unit: str
    from_id: int
    to_id: int
    lot_code: str | None = None
    expiry: dt.date | None = None
    condition: str | None = None
    remark: str | None = None
    move_to: int | None = None
    expected: Decimal | None = None  # a count's adjustment: what the books said


# -- input ------------------------------------------------------------------------

@dataclass(frozen=True)
class TransferLineInput:
    lot: str
    qty: Decimal
    from_location: str
    to_location: str
    remark: str | None = None


@dataclass(frozen=True)
class TransferInput:
    date: dt.date
    lines: tuple[TransferLineInput, ...]
    reference: str | None = None
    vehicle: str | None = None
    driver: str | None = None
    driver_phone: str | None = None
    carrier: str | None = None
    notes: str | None = None
    backdate_reason: str | None = None  # needed when dated more than backdate_days ago

    def checked(self) -> "TransferInput":
        """The same transfer validated and cleaned by the rules a file's is (`transfer_from_json`):
        the service calls this whoever built the input (a screen, a script)."""
        return as_file(transfer_from_json, {
            "date": self.date, "reference": self.reference, "vehicle": self.vehicle, "driver": self.driver,
            "driver_phone": self.driver_phone, "carrier": self.carrier, "notes": self.notes,
            "backdate_reason": self.backdate_reason}, self.lines, TransferLineInput, N_("must be a transfer line"),
            lambda line: {"lot": line.lot, "qty": line.qty, "from": line.from_location, "to": line.to_location,
                          "remark": line.remark})


TRANSFER_FIELDS = {"date", "lines", "reference", "vehicle", "driver", "driver_phone", "carrier", "notes",
                   "backdate_reason"}
TRANSFER_LINE_FIELDS = {"lot", "qty", "from", "to", "remark"}


def transfer_from_json(data: object) -> TransferInput:
    """`{"date", "lines": [{"lot", "qty", "from", "to"}]}`, strictly."""
    data = _require_object(data, "transfer")
    _check_unknown(data, TRANSFER_FIELDS)
    lines = []
    for number, line in enumerate(_lines(data), start=1):
        at = lambda f, n=number: where_line(n, f)  # noqa: E731
        _check_unknown(line, TRANSFER_LINE_FIELDS, where_line(number))
        lines.append(TransferLineInput(
            lot=_field(line, "lot", clean_code, required=True, where=at),
            qty=_field(line, "qty", parse_quantity, required=True, where=at),
            from_location=_field(line, "from", clean_code, required=True, where=at),
            to_location=_field(line, "to", clean_code, required=True, where=at),
            remark=_field(line, "remark", lambda v: optional_text(v, 500), where=at)))
    text = lambda n: lambda v: optional_text(v, n)  # noqa: E731
    return TransferInput(
        date=_field(data, "date", parse_date, required=True), lines=tuple(lines),
        reference=_field(data, "reference", text(120)), vehicle=_field(data, "vehicle", text(40)),
        driver=_field(data, "driver", text(120)), driver_phone=_field(data, "driver_phone", text(40)),
        carrier=_field(data, "carrier", text(120)),
        notes=_field(data, "notes", lambda v: clean_text(v, max_length=2000, multiline=True)),
        backdate_reason=_field(data, "backdate_reason", text(500)))


@dataclass(frozen=True)
class TransferredLine:
    sku: str
    item: str
    lot: str | None
    barcode: str
    qty: Decimal
    unit: str
    from_location: str
    to_location: str


@dataclass(frozen=True)
class PostedTransfer:
    id: int
    number: str
    date: dt.date
    in_transit: bool  # goods left the site: confirm the arrival with `gudang confirm`
    destination: str | None  # the other warehouse, when in transit
    lines: tuple[TransferredLine, ...]


# -- post -------------------------------------------------------------------------

def _bin(got: dict, code: str, line_no: int, field: str):
    try:
        row = moves_posting.location(got, code)
    except GudangError as error:
        raise error.at(where_line(line_no, field))
    if row.kind not in ON_HAND_KINDS:
        raise InvalidInput(N_("{code} is not a bin that holds stock"), code=code).at(where_line(line_no, field))
    return row


_TRANSFER = Bundle(**moves_posting.PARTS)


def post_transfer(db: Database, actor: Actor, transfer: TransferInput) -> PostedTransfer:
    """One read and one write whatever the lines (gudang.services.moves_posting)."""
    transfer = transfer.checked()
    with UnitOfWork(db, actor, "transfer.post", marker_later=True) as uow:
        got = moves_posting.read(uow, _TRANSFER, "transfer", [line.lot for line in transfer.lines],
                                 len(transfer.lines))
        planned: list[PlannedLine] = []
        shown: list[TransferredLine] = []
        away: set[int] = set()
        sources: set[int] = set()
        transit = None
        for line_no, line in enumerate(transfer.lines, start=1):
            try:
                lot = lookup.checked_lot(got["lots"], line.lot)
            except GudangError as error:
                raise error.at(where_line(line_no, "lot"))
            source = _bin(got, line.from_location, line_no, "from")
            target = _bin(got, line.to_location, line_no, "to")
            if source.id == target.id:
                raise InvalidInput(N_("from and to are the same bin {code}"), code=source.code).at(
                    where_line(line_no, "to"))
            if not target.active:
                raise InvalidInput(N_("{code} is deactivated"), code=target.code).at(where_line(line_no, "to"))
            if lot.status == "quarantine" and target.kind != QUARANTINE:
                raise LotNotAllowed(N_("lot {lot} is in quarantine: release it before moving it to {code}"),
                                    lot=lot.code or lot.barcode, code=target.code).at(where_line(line_no, "to"))
            move_to = None
            if source.warehouse_id != target.warehouse_id:
                transit = transit or moves_posting.virtual(got, TRANSIT)
                move_to = transit
                away.add(target.warehouse_id)
                if len(away) > 1:
                    raise InvalidInput(N_("one transfer goes to one other warehouse: split it by destination")
                                       ).at(where_line(line_no, "to"))
            sources.add(source.warehouse_id)
            planned.append(PlannedLine(lot.item_id, lot.id, line.qty, lot.base_unit, source.id, target.id,
                                       lot.code, lot.expiry, None, line.remark, move_to))
            shown.append(TransferredLine(lot.sku, lot.item_name, lot.code, lot.barcode, line.qty, lot.base_unit,
                                         source.code, target.code))
        destination = None
        if away:
            destination = next((w.code for w in got["warehouses"] if w.id == next(iter(away))), None)
        warehouse_id = next(iter(sources)) if len(sources) == 1 else None
        plan = WritePlan()
        document_id, number, dated_back = moves_posting.plan_document(
            uow, got, plan, "transfer", transfer.date, planned, backdate_reason=transfer.backdate_reason,
            warehouse_id=warehouse_id,
            reference=transfer.reference, destination=destination, vehicle=transfer.vehicle, driver=transfer.driver,
            driver_phone=transfer.driver_phone, carrier=transfer.carrier, notes=transfer.notes)
        plan.execute(uow.conn, at_commit=True)
        uow.audit("transfer.post", number, f"{len(planned)} lines" + (f", to {destination}" if destination else "")
                  + dated_back)
        uow.commit()
    return PostedTransfer(document_id, number, transfer.date, bool(away), destination, tuple(shown))


def transfer_from_scans(db: Database, actor: Actor, codes: Iterable[str], date: dt.date | None = None,
                        notes: str | None = None) -> PostedTransfer:
    """Scans in the order a picker makes them: a bin (from), its lots (one package
    each, a lot may be scanned repeatedly), then the bin they go to; repeat.

        ["A-01", "L00000012", "L00000012", "L00000013", "B-02"]
        -> 2 of L00000012 and 1 of L00000013 from A-01 to B-02
    """
    date = date or dates.today()
    lines: list[TransferLineInput] = []
    with UnitOfWork(db, write=False) as uow:
        conn = uow.conn
        source = None
        pending: dict[str, Decimal] = {}
        for index, raw in enumerate(codes, start=1):
            where = tr_scan(index)
            try:
                code = clean_code(raw, max_length=120)
            except GudangError as error:
                raise error.at(where)
            location = lookup.locations_by_code(conn, {code}).get(code)
            if location is not None:
                if location.kind not in ON_HAND_KINDS:
                    raise InvalidInput(N_("{code} is not a bin that holds stock"), code=code).at(where)
                if pending:
                    lines += [TransferLineInput(lot, qty, source, code) for lot, qty in pending.items()]
                    source, pending = None, {}
                else:
                    source = code
                continue
            try:
                lot = lookup.lot(conn, code)
            except NotFound:
                raise NotFound(N_("unknown code {code}: not a lot label or a bin"), code=code).at(where) from None
            except GudangError as error:
                raise error.at(where)
            if source is None:
                raise InvalidInput(N_("scan the bin the goods come from first")).at(where)
            pending[lot.barcode] = pending.get(lot.barcode, Decimal(0)) + 1
        if pending:
            raise InvalidInput(N_("scan the bin the goods go to"))
        if not lines:
            raise InvalidInput(N_("nothing scanned to move"))
    return post_transfer(db, actor, TransferInput(date=date, lines=tuple(lines), notes=notes))


def tr_scan(index: int) -> str:
    from gudang.i18n import tr

    return tr(N_("scan {index}")).format(index=index)
