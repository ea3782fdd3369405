"""Closing a disaster event (kejadian bencana).

Events are added with gudang.services.partners.add_event. An event is open
until it is closed: closing records its end date (default today), which
reports use for the period of the emergency, and pickers on the screens then
offer only the open events for new documents. Documents already tagged with it
stay as they are.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.models import Event
from gudang.domain.dates import parse_date
from gudang.domain.errors import GudangError, InvalidInput, InvalidState, NotFound
from gudang.domain.inputs import check_field, clean_code, where_field
from gudang.i18n import N_
from gudang.services.partners import EventRow, list_events
from gudang.services.uow import Actor, UnitOfWork


def _row(event: Event) -> EventRow:
    return EventRow(event.id, event.code, event.name, event.type, event.area, event.start, event.end)


def close_event(db: Database, actor: Actor, code: str, end: object = None) -> EventRow:
    """Close an open event on `end` (a date, default today): not before its start, not in the future."""
    code = check_field("code", clean_code, code)
    try:
        end = parse_date(end) if end is not None and not isinstance(end, dt.date) else end
    except GudangError as error:
        raise error.at(where_field("end"))
    end = end or dates.today()
    if end > dates.today():
        raise InvalidInput(N_("the end {end} is in the future"), end=end).at(where_field("end"))
    with UnitOfWork(db, actor, "catalogue.edit") as uow:
        event = uow.session.scalar(select(Event).where(Event.code == code))
        if event is None:
            raise NotFound(N_("unknown event {code}"), code=code).at(where_field("code"))
        if event.end is not None:
            raise InvalidState(N_("event {code} is already closed (ended {end})"), code=code, end=event.end)
        if event.start and end < event.start:
            raise InvalidInput(N_("the end {end} is before the start {start}"), end=end,
                               start=event.start).at(where_field("end"))
        event.end = end
        uow.audit("event.close", code, end.isoformat())
        uow.commit()
        return _row(event)


def open_events(db: Database, as_of: dt.date | None = None) -> list[EventRow]:
    """The events documents may be tagged with now: not closed (or closing after `as_of`)."""
    as_of = as_of or dates.today()
    return [row for row in list_events(db) if row.end is None or row.end >= as_of]
