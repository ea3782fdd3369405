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

import atexit
import shutil
import tempfile
import uuid

import pytest
from sqlalchemy import text

from gudang.domain.inputs import IssueInput, IssueLineInput, ReceiptInput, ReceiptLineInput
from gudang.services.uow import Actor
from tests.support.clock import SCENARIO_DAY

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
         decimals: int = 0, actor: Actor = ADMIN_ACTOR):
    from gudang.services.catalogue import ItemInput, add_item

    return add_item(db, actor, ItemInput(
        sku=sku, name=name or f"Barang {sku}", unit=unit, lot_tracked=lot, expiry_required=expiry,
        min_stock=Decimal(min_stock), pack_units=tuple((u, Decimal(f)) for u, f in packs),
        decimals=decimals))


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
    """lines: (sku, qty[, lot[, reason]]) tuples."""
    built = []
    for line in lines:
        sku, qty, *rest = line
        built.append(IssueLineInput(sku=sku, qty=Decimal(str(qty)), lot=rest[0] if rest else None,
                                    reason=rest[1] if len(rest) > 1 else None))
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


def audited(db, sql: str, params: dict | None = None, what: str = "test fixture") -> None:
    """Raw SQL for a change no service makes yet, inside a unit of work with an audit entry,
    so that `verify` sees it as an audited change (gudang.db.digests), unlike `execute`."""
    from gudang.services.uow import UnitOfWork

    with UnitOfWork(db, ADMIN_ACTOR) as uow:
        uow.conn.execute(text(sql), params or {})
        uow.audit("test.fixture", None, what)
        uow.commit()


def scalar(db, sql: str, params: dict | None = None):
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        with conn.begin():
            return conn.execute(text(sql), params or {}).scalar()


# -- fresh databases, fast ----------------------------------------------------
#
# `any_db` (tests/conftest.py) migrates a new database for every test: ~0.7 s on
# SQLite, ~2.5 s on PostgreSQL. `fresh_db` gives the very same thing (a database
# made by `make_database`, admin included) on both servers, cloned from a
# template made once per test process: a file copy, or CREATE DATABASE ... TEMPLATE.

_templates: dict[str, object] = {}


def _sqlite_template() -> str:
    if "sqlite" not in _templates:
        from tests.conftest import make_database

        folder = tempfile.mkdtemp(prefix="gudang-template-")
        atexit.register(shutil.rmtree, folder, True)
        path = str(Path(folder) / "template.sqlite3")
        make_database(f"sqlite:///{path}").dispose()  # closing the last connection checkpoints the WAL
        _templates["sqlite"] = path
    return _templates["sqlite"]


class _PostgresSlot:
    """One migrated PostgreSQL database per test process, reset to its initial rows
    before each test: TRUNCATE (which row triggers do not see) and re-insert, then
    the id sequences set past the rows. ~10x faster than CREATE DATABASE here."""

    def __init__(self, server) -> None:
        from sqlalchemy import MetaData, create_engine, select

        from tests.conftest import make_database

        self.url = server.create_database(f"slot_{uuid.uuid4().hex[:12]}")
        make_database(self.url).dispose()
        self.engine = create_engine(self.url.replace("postgresql://", "postgresql+psycopg://", 1)
                                    if self.url.startswith("postgresql://") else self.url)
        self.metadata = MetaData()
        with self.engine.connect() as conn:
            self.metadata.reflect(conn)
            self.rows = {name: [dict(r._mapping) for r in conn.execute(select(table))]
                         for name, table in self.metadata.tables.items() if name != "alembic_version"}
        self.tables = [t for t in self.metadata.sorted_tables if t.name != "alembic_version"]

    def reset(self) -> None:
        from gudang.db.engine import Database
        from gudang.services.anchor import anchor_path

        anchor_path(Database(self.url)).unlink(missing_ok=True)  # the last test's chain is gone
        names = ", ".join(f'"{t.name}"' for t in self.tables)
        with self.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            for table in self.tables:
                if self.rows[table.name]:
                    conn.execute(table.insert(), self.rows[table.name])
                if "id" in table.c:
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                        f"coalesce((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false)"))


def _postgres_slot(server) -> _PostgresSlot:
    key = f"postgresql:{id(server)}"
    if key not in _templates:
        _templates[key] = _PostgresSlot(server)
    return _templates[key]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fresh_db(request, tmp_path):
    """A freshly initialised database on a real SQLite file and on a real PostgreSQL server.

    Not for tests that drop triggers or change the schema: use `any_db` for those.
    """
    from gudang.db.engine import Database

    if request.param == "sqlite":
        target = tmp_path / "gudang.sqlite3"
        _copy_template(target)
        db = Database(f"sqlite:///{target}")
    else:
        slot = _postgres_slot(request.getfixturevalue("postgres_server"))
        slot.reset()
        db = Database(slot.url)
    yield db
    db.dispose()


@pytest.fixture
def fresh_sqlite(tmp_path):
    """The SQLite half of `fresh_db` (for tests about files, the CLI and hypothesis)."""
    from gudang.db.engine import Database

    target = tmp_path / "gudang.sqlite3"
    _copy_template(target)
    db = Database(f"sqlite:///{target}")
    yield db
    db.dispose()


def sqlite_copy(folder: Path | str):
    """A fresh SQLite database in `folder` (outside fixtures, e.g. in a hypothesis example)."""
    from gudang.db.engine import Database

    target = Path(folder) / f"g-{uuid.uuid4().hex[:8]}.sqlite3"
    _copy_template(target)
    return Database(f"sqlite:///{target}")


def _copy_template(target: Path) -> None:
    """The template database and its chain anchor (gudang.services.anchor)."""
    template = _sqlite_template()
    shutil.copyfile(template, target)
    shutil.copyfile(f"{template}.anchor", f"{target}.anchor")


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


def gudang_argv(env: dict, today: str | None = SCENARIO_DAY) -> list[str]:
    """The command to run gudang with `env`: on `today` (tests.support.clock), or on the real
    clock (None)."""
    if today is None:
        env.pop("GUDANG_TEST_TODAY", None)
        return [sys.executable, "-m", "gudang"]
    env["GUDANG_TEST_TODAY"] = today
    return [sys.executable, "-m", "tests.support.pinned_gudang"]


def gudang(db_path: Path | str, *args: str, user: str | None = "admin",
           password: str | None = "rahasia-admin", stdin: str | None = None,
           lang: str = "en", timeout: float = 60, today: str | None = SCENARIO_DAY) -> Run:
    """Run the gudang command (as `python -m gudang ARGS`, on `today`) on the database file,
    as `user`."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("GUDANG_USER", "GUDANG_PASSWORD", "GUDANG_DB", "GUDANG_LANG")}
    env.update(GUDANG_DB=str(db_path), GUDANG_LANG=lang, PYTHONPATH=str(ROOT))
    if user is not None:
        env["GUDANG_USER"] = user
    if password is not None:
        env["GUDANG_PASSWORD"] = password
    proc = subprocess.run([*gudang_argv(env, today), *args], env=env, cwd=ROOT,
                          input=stdin, capture_output=True, text=True, timeout=timeout)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def write_json(folder: Path, name: str, value: Any) -> str:
    path = Path(folder) / name
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return str(path)
