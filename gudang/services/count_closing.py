"""Closing a stock count: a recount of the lines with a variance, posting the variances as one
adjustment (PNY), or cancelling it (gudang.services.counts starts, shows and lists counts;
these are its services too: `counts.post_count` is `post_count`).

Each reads the count with all that closing it checks and writes with in one statement
(`_close_bundle`) and writes once (issue 15: posting 30 variances took 55 round trips).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Mapping

from sqlalchemy import bindparam, func, select

from gudang.db.engine import Database
from gudang.db.models import ADJUSTMENT, Balance, Item, Location, Lot
from gudang.domain import dates
from gudang.domain.errors import InvalidInput, InvalidState
from gudang.domain.inputs import check_field, clean_text, where_field
from gudang.domain.quantity import ZERO
from gudang.i18n import N_
from gudang.services import lookup, moves_posting, posting
from gudang.services.bundle import Bundle, new_ids
from gudang.services.count_scans import open_session, session_ref
from gudang.services.counts import (
    CountSummary, PostedCount, _categories, _lines_of, _totals, docline_t, line_t, scan_t, scope_t, session_t,
)
from gudang.services.transfers import PlannedLine
from gudang.services.uow import Actor, UnitOfWork
from gudang.services.writes import WritePlan


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
