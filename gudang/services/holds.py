"""The work list of the quarantine and write-off screen: what is held or expired.

Every lot on hand that is in quarantine (its status, or its stock in a
quarantine area) or expired on `as_of`, earliest expiry first, by bin. From
here a lot is released, recalled or written off.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.models import QUARANTINE, Location, Lot
from gudang.services.queries import StockRow, _stock_query
from gudang.services.uow import UnitOfWork


def held_or_expired(db: Database, as_of: dt.date | None = None, limit: int = 2000) -> list[StockRow]:
    as_of = as_of or dates.today()
    query = (_stock_query()
             .where(or_(Lot.status == "quarantine", Location.kind == QUARANTINE,
                        Lot.expiry < as_of))
             .order_by(Lot.expiry.is_(None), Lot.expiry, Lot.id, Location.code).limit(limit))
    with UnitOfWork(db, write=False) as uow:
        return [StockRow(*row, days_left=(row.expiry - as_of).days if row.expiry else None)
                for row in uow.conn.execute(query)]
