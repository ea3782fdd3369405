"""Quick set-up of catalogue, partners, bins and documents for core tests.

Everything goes through the real services (no rows inserted behind their
back), so a builder that works is itself a small test of the write path.

    world = basic_world(db)                     # donor, recipient, bins, admin actor
    item(db, "BRS-01")                          # lot-tracked, expiry required
    rc = receive(db, "2026-11-01", [("BRS-01", 10, "L1", "2027-01-01", "A-01")])
    res = issue(db, "2026-11-05", [("BRS-01", 4)])
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Sequence

from sqlalchemy import text

from gudang.domain.inputs import IssueInput, IssueLineInput, ReceiptInput, ReceiptLineInput
from gudang.services.uow import Actor

ROOT = Path(__file__).resolve().parents[2]
ADMIN_ACTOR = Actor("admin", "admin")
DONOR, RECIPIENT = "DON-1", "REC-1"
BINS = ("A-01", "A-02", "B-01")
QUARANTINE_BIN = "KARANTINA-01"  # made by `initialize`
RECEIVING_BIN = "TERIMA-01"


def day(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


@contextmanager
def english():
    """Messages in English for the duration (the core's message ids)."""
    from gudang import i18n

    token = i18n._language.set("en")
    try:
        yield
    finally:
        i18n._language.reset(token)


def item(db, sku: str, *, lot: bool = True, expiry: bool = True, unit: str = "pcs",
         name: str | None = None, min_stock: int | str = 0, packs: Sequence[tuple[str, int]] = (),
         actor: Actor = ADMIN_ACTOR):
    from gudang.services.catalogue import ItemInput, add_item

    return add_item(db, actor, ItemInput(
        sku=sku, name=name or f"Barang {sku}", unit=unit, lot_tracked=lot, expiry_required=expiry,
        min_stock=Decimal(min_stock), pack_units=tuple((u, Decimal(f)) for u, f in packs)))


def partner(db, code: str, kind: str, actor: Actor = ADMIN_ACTOR):
    from gudang.services.partners import PartnerInput, add_partner

    return add_partner(db, actor, PartnerInput(code=code, name=f"Mitra {code}", kind=kind))


def location(db, code: str, kind: str = "storage", actor: Actor = ADMIN_ACTOR):
    from gudang.services.locations import add_location

    return add_location(db, actor, code, kind)


@dataclass(frozen=True)
class World:
    db: Any
    actor: Actor
    donor: str = DONOR
    recipient: str = RECIPIENT
    bins: tuple[str, ...] = BINS
    quarantine: str = QUARANTINE_BIN


def basic_world(db, *, items: Iterable[str] = ()) -> World:
    """A donor, a recipient, three storage bins, optionally some lot+expiry items."""
    partner(db, DONOR, "donor")
    partner(db, RECIPIENT, "recipient")
    for code in BINS:
        location(db, code)
    for sku in items:
        item(db, sku)
    return World(db, ADMIN_ACTOR)


def receipt_input(date, lines, donor: str = DONOR, **header) -> ReceiptInput:
    """lines: (sku, qty, lot, expiry, location[, condition]) tuples or dicts."""
    built = []
    for line in lines:
        if isinstance(line, dict):
            built.append(ReceiptLineInput(**line))
            continue
        sku, qty, lot, expiry, loc, *rest = line
        built.append(ReceiptLineInput(sku=sku, qty=Decimal(str(qty)), lot=lot,
                                      expiry=day(expiry) if expiry else None, location=loc,
                                      condition=rest[0] if rest else "good"))
    return ReceiptInput(date=day(date), donor=donor, lines=tuple(built), **header)


def receive(db, date, lines, donor: str = DONOR, actor: Actor = ADMIN_ACTOR, **header):
    from gudang.services.receipts import post_receipt

    return post_receipt(db, actor, receipt_input(date, lines, donor, **header))


def issue_input(date, lines, recipient: str = RECIPIENT, **header) -> IssueInput:
    """lines: (sku, qty[, lot]) tuples."""
    built = []
    for line in lines:
        sku, qty, *rest = line
        built.append(IssueLineInput(sku=sku, qty=Decimal(str(qty)), lot=rest[0] if rest else None))
    return IssueInput(date=day(date), recipient=recipient, lines=tuple(built), **header)


def issue(db, date, lines, recipient: str = RECIPIENT, actor: Actor = ADMIN_ACTOR, **header):
    from gudang.services.issues import issue_goods

    return issue_goods(db, actor, issue_input(date, lines, recipient, **header))


def cancel(db, number: str, reason: str = "salah input", actor: Actor = ADMIN_ACTOR):
    from gudang.services.cancel import cancel_document

    return cancel_document(db, actor, number, reason)


def taken(result) -> list[tuple[str | None, str, Decimal]]:
    """An issue's allocations as (supplier lot, bin, qty) in order."""
    return [(a.lot, a.location, a.qty) for a in result.allocations]


def on_hand(db, sku: str | None = None) -> dict[tuple[str | None, str], Decimal]:
    """(supplier lot, bin) -> qty on hand, from the read side."""
    from gudang.services.queries import stock_on_hand

    return {(r.lot, r.location): r.qty for r in stock_on_hand(db, sku=sku)}


def execute(db, sql: str, params: dict | None = None) -> None:
    """Raw SQL in its own committed transaction, as a tamperer with file access would."""
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = True
        with conn.begin():
            conn.execute(text(sql), params or {})


def scalar(db, sql: str, params: dict | None = None):
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        with conn.begin():
            return conn.execute(text(sql), params or {}).scalar()


# -- the `gudang` command in a subprocess -----------------------------------

@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def gudang(db_path: Path | str, *args: str, user: str | None = "admin",
           password: str | None = "rahasia-admin", stdin: str | None = None,
           lang: str = "en", timeout: float = 60) -> Run:
    """Run `python -m gudang ARGS` on the database file, as `user`."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("GUDANG_USER", "GUDANG_PASSWORD", "GUDANG_DB", "GUDANG_LANG")}
    env.update(GUDANG_DB=str(db_path), GUDANG_LANG=lang, PYTHONPATH=str(ROOT))
    if user is not None:
        env["GUDANG_USER"] = user
    if password is not None:
        env["GUDANG_PASSWORD"] = password
    proc = subprocess.run([sys.executable, "-m", "gudang", *args], env=env, cwd=ROOT,
                          input=stdin, capture_output=True, text=True, timeout=timeout)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def write_json(folder: Path, name: str, value: Any) -> str:
    path = Path(folder) / name
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return str(path)
