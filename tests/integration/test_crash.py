"""A crash or power cut at any moment leaves whole documents (DESIGN.md §4.7).

A child process posts receipts and goods issues in a loop
(`python -m gudang --db FILE replay big.jsonl`) and is killed with SIGKILL at
a random moment, round after round. After every kill the database opens,
`gudang verify` passes, and every document is either wholly there or wholly
absent: each has all its lines, moves and its audit entry, and the numbers
have no gap.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from gudang.db.engine import Database
from gudang.db.models import AuditEntry, Document, DocumentLine, ReplayKey, StockMove
from gudang.services.verify import verify
from tests.conftest import ADMIN, PASSWORD, make_database
from tests.support.builders import ROOT, basic_world, english, gudang_argv, item

ROUNDS = 20
TIME_BUDGET = 40.0  # seconds for all rounds (each starts a Python process)
SKUS = ("BRS-01", "MIE-01", "AIR-01")
RECEIPT_LINES = 4
ISSUE_LINES = 2


def _big_jsonl(path, documents: int = 3000) -> None:
    """Receipts of 4 lines, each followed by an issue of half of it: stock never runs out.

    Every record has a key: each round replays the same file, skipping what earlier rounds
    posted (DESIGN.md section 9), so nothing is ever posted twice."""
    rows = []
    for n in range(documents // 2):
        lines = [{"sku": SKUS[k % len(SKUS)], "qty": 10 + k, "lot": f"L{n}-{k}",
                  "expiry": f"2027-{1 + k % 12:02d}-28", "location": ("A-01", "A-02", "B-01")[k % 3]}
                 for k in range(RECEIPT_LINES)]
        rows.append({"type": "receipt", "key": f"r{n}", "date": "2026-11-27", "donor": "DON-1",
                     "reference": f"SJ-{n}", "lines": lines})
        rows.append({"type": "issue", "key": f"i{n}", "date": "2026-11-27", "recipient": "REC-1",
                     "lines": [{"sku": SKUS[0], "qty": 5}, {"sku": SKUS[1], "qty": 3}]})
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def _check_whole(db: Database) -> dict[str, int]:
    with english():
        report = verify(db)
    assert report.ok, report.problems
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        docs = conn.execute(select(Document.id, Document.type, Document.number, Document.state)).all()
        lines = dict(conn.execute(select(DocumentLine.document_id, func.count())
                                  .group_by(DocumentLine.document_id)).all())
        line_qty = {row.id: row.qty_base for row in conn.execute(
            select(DocumentLine.id, DocumentLine.qty_base))}
        moved = defaultdict(Decimal)
        moves_of = defaultdict(int)
        for document_id, line_id, qty in conn.execute(
                select(StockMove.document_id, StockMove.line_id, StockMove.qty)):
            moved[line_id] += qty
            moves_of[document_id] += 1
        keys = conn.execute(select(ReplayKey.key, ReplayKey.object)).all()
        audited = defaultdict(int)
        for action, obj in conn.execute(select(AuditEntry.action, AuditEntry.object)):
            audited[(action, obj)] += 1
    counts = defaultdict(int)
    for doc in docs:
        assert doc.state == "posted", doc
        counts[doc.type] += 1
        want_lines = RECEIPT_LINES if doc.type == "receipt" else ISSUE_LINES
        assert lines.get(doc.id) == want_lines, f"{doc.number} has {lines.get(doc.id)} lines"
        assert moves_of[doc.id] >= want_lines, f"{doc.number} has {moves_of[doc.id]} moves"
        assert audited[(f"{doc.type}.post", doc.number)] == 1, f"{doc.number} has no audit entry"
    for line_id, qty in line_qty.items():
        assert moved[line_id] == qty, f"line #{line_id}: {moved[line_id]} moved of {qty}"
    # every document has its key, and no key (no record of the file) was posted twice
    assert len(keys) == len(docs) and {number for _, number in keys} == {doc.number for doc in docs}
    for doc_type in ("receipt", "issue"):
        seqs = sorted(int(d.number.split("/")[0]) for d in docs if d.type == doc_type)
        assert seqs == list(range(1, len(seqs) + 1)), f"{doc_type} numbers have gaps"
    posted = sum(counts.values())
    assert sum(n for (action, _), n in audited.items() if action in ("receipt.post", "issue.post")) == posted
    return dict(counts)


FORK_SERVER = """
import os, sys
from tests.support.clock import pin_from_environment
pin_from_environment()  # the replay's fixed dates (tests.support.clock)
from gudang.cli import main
import gudang.cli.commands, gudang.db.recovery, gudang.services.issues, gudang.services.receipts  # noqa
for line in sys.stdin:
    args, err = line.rstrip("\\n").split("\\t"), None
    err = args.pop()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        fd = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(fd, 2)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        code = 70
        try:
            code = main(args)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(status, flush=True)
"""


def _last_document(path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute("SELECT coalesce(max(id), 0) FROM document").fetchone()[0]
    finally:
        conn.close()


def _wait_for_posting(path, proc_alive, since: int, limit: float = 30) -> None:
    """Until the child has committed a document after `since` (it is in its posting loop)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc_alive():
        if _last_document(path) > since:
            return
        time.sleep(0.005)


def test_sigkill_at_random_moments_leaves_whole_documents(tmp_path):
    path = tmp_path / "gudang.sqlite3"
    db = make_database(f"sqlite:///{path}")
    basic_world(db)
    for sku in SKUS:
        item(db, sku)
    db.dispose()
    big = tmp_path / "big.jsonl"
    _big_jsonl(big)
    env = {k: v for k, v in os.environ.items() if k not in ("GUDANG_DB",)}
    env.update(GUDANG_USER=ADMIN, GUDANG_PASSWORD=PASSWORD, GUDANG_LANG="en", PYTHONPATH=str(ROOT))
    command = gudang_argv(env)  # on the replay's day (tests.support.clock)
    argv = ["--db", str(path), "replay", str(big)]
    rng = random.Random(20261127)
    started = time.monotonic()
    previous = {"receipt": 0, "issue": 0}
    grew = killed = rounds = 0
    # Rounds 1-2 start `python -m gudang` afresh; the rest fork it from a process that has
    # already imported Gudang (same code, same command line, 0.1 s instead of seconds to start).
    server = subprocess.Popen([sys.executable, "-c", FORK_SERVER], env=env, cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        for round_no in range(ROUNDS):
            if time.monotonic() - started > TIME_BUDGET:
                break
            rounds += 1
            since = _last_document(path)
            err_file = tmp_path / f"stderr-{round_no}.txt"
            if round_no < 2:
                with open(err_file, "wb") as err:
                    proc = subprocess.Popen([*command, *argv], env=env, cwd=ROOT,
                                            stdout=subprocess.DEVNULL, stderr=err)
                pid, alive = proc.pid, lambda: proc.poll() is None
            else:
                server.stdin.write("\t".join([*argv, str(err_file)]) + "\n")
                server.stdin.flush()
                pid = int(server.stdout.readline())
                alive = lambda: os.path.exists(f"/proc/{pid}") and "State:\tZ" not in \
                    open(f"/proc/{pid}/status").read()  # noqa: E731
            _wait_for_posting(path, alive, since)
            # kill at a random moment: right away, within a posting, or some postings later
            time.sleep(rng.choice([0.0, 0.0005, 0.003, 0.01]) + rng.uniform(0.0, 0.3))
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except ProcessLookupError:
                pass
            if round_no < 2:
                proc.wait(timeout=60)
            else:
                status = int(server.stdout.readline())
                assert os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 0, status
            text = err_file.read_text(errors="replace")
            assert "Traceback" not in text and "internal error" not in text, text
            db = Database(f"sqlite:///{path}")
            try:
                counts = _check_whole(db)
            finally:
                db.dispose()
            if sum(counts.values()) > sum(previous.values()):
                grew += 1
            assert all(counts.get(k, 0) >= v for k, v in previous.items()), "committed documents disappeared"
            previous = {k: counts.get(k, 0) for k in previous}
    finally:
        server.stdin.close()
        server.wait(timeout=60)
    print(f"{rounds} rounds, {killed} killed, documents {previous}")
    assert rounds >= 15 and killed >= 12, f"only {killed} of {rounds} rounds were killed mid-run"
    assert grew >= 10, "the child hardly posted anything before being killed"
    # after all that, the command still runs to the end on the same file
    small = tmp_path / "small.jsonl"
    small.write_text("".join(big.read_text().splitlines(keepends=True)[:6]), encoding="utf-8")
    done = subprocess.run([*command, "--db", str(path), "--json", "replay", str(small)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"skipped": 6}  # all posted by the rounds: none twice
    db = Database(f"sqlite:///{path}")
    try:
        _check_whole(db)
    finally:
        db.dispose()


@pytest.mark.postgres
def test_killed_replay_on_postgres_leaves_whole_documents(postgres_url, tmp_path):
    """The same on a PostgreSQL server: a killed client's transaction is rolled back whole."""
    db = make_database(postgres_url)
    basic_world(db)
    for sku in SKUS:
        item(db, sku)
    db.dispose()
    big = tmp_path / "big.jsonl"
    _big_jsonl(big)
    env = {k: v for k, v in os.environ.items() if k not in ("GUDANG_DB",)}
    env.update(GUDANG_USER=ADMIN, GUDANG_PASSWORD=PASSWORD, GUDANG_LANG="en", PYTHONPATH=str(ROOT))
    command = gudang_argv(env)  # on the replay's day (tests.support.clock)
    rng = random.Random(7)
    killed = 0
    for _ in range(4):
        proc = subprocess.Popen([*command, "--db", postgres_url, "replay", str(big)],
                                env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(2.0, 4.0))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed += 1
        proc.communicate(timeout=60)
        db = Database(postgres_url)
        try:
            _check_whole(db)
        finally:
            db.dispose()
    assert killed >= 3
