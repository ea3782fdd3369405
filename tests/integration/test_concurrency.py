"""Several workstations posting goods issues at once (DESIGN.md §4.5, §4.8).

Four OS processes post random goods issues against the same few lots at the
same moment, on one SQLite file and on one PostgreSQL database, until the
stock runs out. Afterwards:

* `verify` passes (balances equal their moves, numbers gapless, audit chain);
* every issue number is unique and the sequence has no gap;
* no balance is negative and nothing is left once every worker gave up;
* every accepted issue is whole: its moves add up, per line, to what it asked;
* every refusal is an InsufficientStock GudangError saying "insufficient
  stock" — never "database is locked", never another exception.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gudang.db.engine import Database
from gudang.db.models import ALLOCATABLE_KINDS, AuditEntry, Balance, Document, Item, Location, StockMove
from gudang.services.verify import verify
from tests.support.builders import ROOT, basic_world, english, item, receive, scalar
from tests.support.clock import SCENARIO_DAY

pytestmark = pytest.mark.usefixtures("scenario_day")  # fixed dates (tests.support.clock)

WORKERS = 4
SKUS = ("BRS-01", "MIE-01")
# (sku, qty, lot, expiry, bin): a few lots in a few bins, 2 x 150 units in all.
STOCK = [
    ("BRS-01", 40, "B1", "2027-01-31", "A-01"),
    ("BRS-01", 60, "B2", "2027-03-31", "A-02"),
    ("BRS-01", 50, "B3", "2027-02-28", "B-01"),
    ("MIE-01", 70, "M1", "2027-01-31", "A-01"),
    ("MIE-01", 80, "M2", "2027-06-30", "B-01"),
]
TOTAL = sum(line[1] for line in STOCK)

WORKER = textwrap.dedent('''
    """One workstation: post random goods issues until no stock is left."""
    import json, os, random, sys, time, traceback
    from decimal import Decimal

    from tests.support.clock import pin_from_environment
    pin_from_environment()
    from gudang import i18n
    i18n.set_language("en")
    from gudang.db.engine import Database
    from gudang.domain.errors import GudangError, InsufficientStock
    from gudang.services.issues import issue_goods
    from gudang.services.uow import Actor
    from tests.support.builders import issue_input

    url, seed, go_file, out_file = sys.argv[1:5]
    rng = random.Random(int(seed))
    skus = ("BRS-01", "MIE-01")
    db = Database(url)
    actor = Actor("admin", "admin")
    out = open(out_file, "w", encoding="utf-8")

    def record(**entry):
        out.write(json.dumps(entry) + "\\n")
        out.flush()

    while not os.path.exists(go_file):  # start together
        time.sleep(0.005)
    empty = set()
    attempts = 0
    while len(empty) < len(skus) and attempts < 2000:
        attempts += 1
        if rng.random() < 0.3:
            lines = [(sku, rng.randint(1, 9)) for sku in skus]
        else:
            sku = rng.choice(skus)
            lines = [(sku, rng.choice([1, 1, 2, 3, 5, 8, 13]))]
        try:
            result = issue_goods(db, actor, issue_input("2026-11-27", lines))
        except InsufficientStock as error:
            record(refused=str(error), kind=type(error).__name__, lines=lines)
            for sku, qty in lines:
                if qty == 1:
                    empty.add(sku)
            # probe: is there any of each item left at all?
            for sku in skus:
                if sku in empty:
                    continue
                try:
                    result = issue_goods(db, actor, issue_input("2026-11-27", [(sku, 1)]))
                except InsufficientStock as probe_error:
                    record(refused=str(probe_error), kind=type(probe_error).__name__, lines=[(sku, 1)])
                    empty.add(sku)
                except BaseException as other:
                    record(error=type(other).__name__, message=str(other), trace=traceback.format_exc())
                    sys.exit(3)
                else:
                    record(number=result.number, lines=[(sku, 1)])
        except GudangError as error:
            record(error=type(error).__name__, message=str(error), trace=traceback.format_exc())
        except BaseException as error:
            record(error=type(error).__name__, message=str(error), trace=traceback.format_exc())
            sys.exit(3)
        else:
            record(number=result.number, lines=lines)
    record(done=attempts)
    db.dispose()
''')


def _prepare(url: str) -> None:
    db = Database(url)
    try:
        basic_world(db)
        for sku in SKUS:
            item(db, sku)
        receive(db, "2026-11-01", STOCK)
    finally:
        db.dispose()


def _run_workers(url: str, folder: Path) -> list[dict]:
    script = folder / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    go = folder / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GUDANG_LANG": "en", "GUDANG_TEST_TODAY": SCENARIO_DAY}
    procs = []
    outs = []
    for n in range(WORKERS):
        out = folder / f"worker-{n}.jsonl"
        outs.append(out)
        procs.append(subprocess.Popen([sys.executable, str(script), url, str(1000 + n), str(go), str(out)],
                                      env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True))
    time.sleep(1.5)  # let every worker import and open its database
    go.write_text("go")
    problems = []
    for proc in procs:
        try:
            stdout, stderr = proc.communicate(timeout=240)
        except subprocess.TimeoutExpired:
            proc.kill()
            stdout, stderr = proc.communicate()
            problems.append(f"worker {proc.pid} hung: {stderr[-2000:]}")
            continue
        if proc.returncode != 0 or "Traceback" in stderr:
            problems.append(f"worker exit {proc.returncode}: {stderr[-3000:]}")
    assert not problems, "\n".join(problems)
    entries = []
    for out in outs:
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines and json.loads(lines[-1]).get("done"), f"{out.name} did not finish: {lines[-3:]}"
        entries.extend(json.loads(line) for line in lines[:-1])
    return entries


def _check(url: str, entries: list[dict]) -> None:
    errors = [e for e in entries if "error" in e]
    assert not errors, f"{len(errors)} unexpected errors, first: {errors[0]}"
    refusals = [e for e in entries if "refused" in e]
    accepted = [e for e in entries if "number" in e]
    assert accepted and refusals
    for refusal in refusals:
        assert refusal["kind"] == "InsufficientStock", refusal
        assert "insufficient stock" in refusal["refused"], refusal
        assert "locked" not in refusal["refused"]
        assert "\n" not in refusal["refused"]

    db = Database(url)
    try:
        with english():
            report = verify(db)
        assert report.ok, report.problems
        numbers = [e["number"] for e in accepted]
        assert len(numbers) == len(set(numbers)), "an issue number was handed out twice"
        seqs = sorted(int(n.split("/")[0]) for n in numbers)
        assert seqs == list(range(1, len(numbers) + 1)), "issue numbers have a gap"
        assert scalar(db, "SELECT count(*) FROM document WHERE type = 'issue'") == len(numbers)
        assert scalar(db, "SELECT count(*) FROM balance WHERE qty < 0") == 0
        # every worker gave up only when nothing at all was left in the bins
        with db.engine.connect() as conn:
            conn.info["gudang_write"] = False
            left = conn.execute(select(func.coalesce(func.sum(Balance.qty), 0))
                                .join(Location, Location.id == Balance.location_id)
                                .where(Location.kind.in_(ALLOCATABLE_KINDS))).scalar()
            # every accepted issue is whole: its moves add up to what it asked for, line by line
            moved = defaultdict(lambda: defaultdict(Decimal))
            for number, sku, qty in conn.execute(
                    select(Document.number, Item.sku, StockMove.qty)
                    .join(Document, Document.id == StockMove.document_id)
                    .join(Item, Item.id == StockMove.item_id).where(Document.type == "issue")):
                moved[number][sku] += qty
            audit = [n for n, in conn.execute(select(AuditEntry.object).where(AuditEntry.action == "issue.post"))]
        assert left == 0, f"{left} left in the bins although every worker was refused"
        issued = Decimal(0)
        for entry in accepted:
            wanted = defaultdict(Decimal)
            for sku, qty in entry["lines"]:
                wanted[sku] += Decimal(qty)
            assert dict(moved[entry["number"]]) == dict(wanted), entry
            issued += sum(wanted.values())
        assert issued == TOTAL
        assert sorted(audit) == sorted(numbers)
    finally:
        db.dispose()


def test_four_sqlite_writers_on_one_file(tmp_path):
    from tests.conftest import make_database

    url = f"sqlite:///{tmp_path / 'gudang.sqlite3'}"
    make_database(url).dispose()
    _prepare(url)
    entries = _run_workers(url, tmp_path)
    _check(url, entries)


@pytest.mark.postgres
def test_four_postgres_workstations(postgres_url, tmp_path):
    from tests.conftest import make_database

    make_database(postgres_url).dispose()
    _prepare(postgres_url)
    entries = _run_workers(postgres_url, tmp_path)
    _check(postgres_url, entries)
