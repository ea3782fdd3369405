"""Hostile input in bulk: every `gudang` argument and JSON field (DESIGN.md §9).

Hypothesis throws random and hostile values (RTL text and emoji, control
characters, NUL, SQL fragments, 10 MB strings, NaN, Infinity, 1e308, -0,
objects and lists where text belongs, numbers where text belongs, huge
integers, empty strings, missing fields) at the commands. Each run must end
with exit 0 (a correct success) or 1/2 with one clear line on stderr: never
exit 70 (the "bug" exit), never a traceback. Afterwards `gudang verify`
passes. Most examples call `gudang.cli.main(argv)` in this process; a few run
a real `python -m gudang` process.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import ADMIN, PASSWORD, make_database
from tests.support.builders import basic_world, gudang, item, receive

BIG = "Ж" * (10 * 1024 * 1024)  # 10 MB of text (20 MB in UTF-8)
HOSTILE_TEXT = [
    "", " ", "   \t ", "'; DROP TABLE item; --", "\" OR 1=1 --", "Robert'); DROP TABLE document;--",
    "%s%s%n", "{0}{sku}{}", "{", "}", "\\", "../../etc/passwd", "\x00", "a\x00b", "BRS-01\x00",
    "\n", "line1\nline2", "\r\n", "\x1b[31mred\x1b[0m", "\x7f", "\u202e\u0645\u0631\u062d\u0628\u0627",
    "\u05e9\u05dc\u05d5\u05dd \u202bRTL\u202c", "🍚🚚📦👨‍👩‍👧", "\ufeffBOM", "\ud7ff", "\u200b", "NaN", "Infinity",
    "-Infinity", "1e308", "-1e308", "1e-308", "-0", "0", "-1", "0.0001", "99999999999999999999999999",
    "1" * 400, "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "BRS-01", "A-01", "DON-1", "REC-1",
    "TERIMA-01", "L00000001", "x" * 201, BIG, "admin\u0000", "null", "true", "[]", "{}",
]
HOSTILE_JSON = [
    None, True, False, 0, -0.0, 1, -1, 10**30, -(10**30), 2**63, 1e308, -1e308, 5e-324, float("nan"),
    float("inf"), float("-inf"), 0.1, [], {}, [[]], {"a": {"b": {"c": []}}}, ["BRS-01"], {"sku": "BRS-01"},
    [1, 2, 3], "", BIG,
]


def hostile_text():
    return st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(max_size=30),
                     st.integers(min_value=-(10**40), max_value=10**40).map(str),
                     st.floats().map(repr))


def plausible_text():
    """Mostly valid values, so that hostile ones meet a command that otherwise succeeds."""
    return st.one_of(st.sampled_from(["Beras", "Mie instan", "Selimut", "pcs", "kg", "dus", "Banjir", "banjir"]),
                     st.from_regex(r"[A-Z]{3}-[0-9]{2,5}", fullmatch=True))


def either():
    return st.one_of(plausible_text(), hostile_text())


def hostile_json():
    return st.one_of(st.sampled_from(HOSTILE_JSON), hostile_text(),
                     st.integers(min_value=-(10**40), max_value=10**40), st.floats(),
                     st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                                           max_size=3))


@contextlib.contextmanager
def _env(**values):
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run(db_path, argv):
    """`gudang ARGV` in this process: (exit code, stdout, stderr)."""
    from gudang import i18n
    from gudang.cli import main

    import sys

    out, err = io.StringIO(), io.StringIO()
    token = i18n._language.set(i18n.get_language())
    saved_stdin, sys.stdin = sys.stdin, io.StringIO("sandi-fuzz-123\n")  # for --password-stdin
    try:
        with _env(GUDANG_DB=str(db_path), GUDANG_USER=ADMIN, GUDANG_PASSWORD=PASSWORD, GUDANG_LANG="en"), \
                contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        sys.stdin = saved_stdin
        i18n._language.reset(token)
    return code, out.getvalue(), err.getvalue()


def check_outcome(argv, code, stderr, *, multiline_ok=False):
    shown = [a[:60] + "..." if isinstance(a, str) and len(a) > 60 else a for a in argv]
    assert code in (0, 1, 2), f"exit {code} for {shown!r}: {stderr[-2000:]}"
    assert "Traceback" not in stderr, f"traceback for {shown!r}: {stderr[-3000:]}"
    assert "internal error" not in stderr, f"bug for {shown!r}: {stderr[-2000:]}"
    if code == 0:
        return
    lines = [line for line in stderr.splitlines() if line.strip() and not line.startswith("warning")]
    assert lines, f"exit {code} without a message for {shown!r}"
    if not multiline_ok:
        assert len(lines) == 1, f"more than one line for {shown!r}: {stderr[:2000]}"
    last = lines[-1]
    assert last.startswith("gudang"), f"not a gudang message for {shown!r}: {last[:300]}"
    assert len(last) < 1500, f"message too long for {shown!r}: {last[:300]}..."
    assert not any(c in last for c in "\x00\r\x1b"), f"raw control characters in the message: {last!r}"


COUNTED = ("item", "item_unit", "partner", "location", "event", "document", "document_line", "lot",
           "stock_move", "balance", "audit_entry", "app_user", "number_sequence", "warehouse")


def fingerprint(db_path) -> tuple:
    """Row counts of the tables a command may write, and the sum of all balances."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    try:
        counts = tuple(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in COUNTED)
        return counts + (conn.execute("SELECT coalesce(sum(qty), 0) FROM balance").fetchone()[0],)
    finally:
        conn.close()


def run_checked(db_path, argv, *, multiline_ok=False, shown=None):
    before = fingerprint(db_path)
    code, out, err = run(db_path, argv)
    check_outcome(shown or argv, code, err, multiline_ok=multiline_ok)
    if code != 0 and not (multiline_ok and argv[-2:-1] == ["replay"]):
        assert fingerprint(db_path) == before, f"a failed command wrote to the database: {shown or argv!r}"
    if "--json" in argv and code == 1:
        assert "error" in json.loads(out)
    return code, out, err


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "gudang.sqlite3"
    db = make_database(f"sqlite:///{path}")
    basic_world(db)
    item(db, "BRS-01")
    item(db, "TKR-01", lot=False, expiry=False, packs=[("dus", 40)])
    receive(db, "2026-11-01", [("BRS-01", 500, "B1", "2027-05-31", "A-01"),
                               ("TKR-01", 500, None, None, "A-02")])
    db.dispose()
    yield path, folder
    code, out, err = run(path, ["verify"])
    assert code == 0, f"verify fails after the fuzzing: {err}{out}"


PLAUSIBLE_OPTION = {"--pack": "dus=40", "--min-stock": "10", "--weight-kg": "0.5", "--volume-m3": "0.001",
                    "--gtin": "8992388101019", "--start": "2026-11-20", "--end": "2026-12-20",
                    "--as-of": "2026-11-27", "--people-served": "120", "--kind": "storage"}


def _maybe(draw, name, value_strategy):
    """An optional option: absent, plausible, or hostile."""
    choice = draw(st.sampled_from(["absent", "plausible", "plausible", "hostile"]))
    if choice == "absent":
        return []
    if choice == "plausible":
        return [name, PLAUSIBLE_OPTION.get(name) or draw(plausible_text())]
    return [name, draw(value_strategy)]


@st.composite
def command_line(draw):
    v = either()
    kind = draw(st.sampled_from(["item", "partner", "location", "event", "read", "doc", "user", "needs", "misc"]))
    if kind == "item":
        argv = ["item", "add", "--sku", draw(v), "--name", draw(v), "--unit", draw(v)]
        for option in ("--category", "--gtin", "--min-stock", "--weight-kg", "--volume-m3", "--pack"):
            argv += _maybe(draw, option, v)
        argv += draw(st.sampled_from([[], ["--no-lot"], ["--no-expiry"], ["--no-lot", "--no-expiry"]]))
    elif kind == "partner":
        argv = ["partner", "add", "--code", draw(v), "--name", draw(v), "--kind",
                draw(st.sampled_from(["donor", "recipient", "transporter", "donor", "x"]))]
        for option in ("--region", "--desa", "--address", "--contact", "--phone", "--people-served"):
            argv += _maybe(draw, option, v)
    elif kind == "location":
        argv = ["location", "add", "--code", draw(v)]
        for option in ("--warehouse", "--name", "--kind"):
            argv += _maybe(draw, option, v)
    elif kind == "event":
        argv = ["event", "add", "--code", draw(v), "--name", draw(v), "--type", draw(v)]
        for option in ("--start", "--end", "--area"):
            argv += _maybe(draw, option, v)
    elif kind == "read":
        argv = draw(st.sampled_from([["stock", "--sku"], ["stock", "--location"], ["card"], ["trace"],
                                     ["scan"], ["expiring", "--days"], ["item", "list", "--search"],
                                     ["partner", "list", "--kind"], ["count", "show"]]))
        argv = [*argv, draw(v)]
        if argv[0] == "expiring":
            argv += _maybe(draw, "--as-of", v)
    elif kind == "doc":
        argv = draw(st.sampled_from([["approve"], ["post"], ["cancel"], ["print", "waybill"]]))
        argv = [*argv, draw(v)]
        if argv[0] == "cancel":
            argv += ["--reason", draw(v)]
        if argv[0] == "print":
            argv += ["--out", "/nonexistent-dir/x.pdf"]
    elif kind == "needs":  # requests, allocation, reports, a posko's people
        argv = draw(st.sampled_from([
            ["partner", "set", "REC-1", "--people", draw(v), "--balita", draw(v)],
            ["partner", "set", draw(v), "--kecamatan", draw(v), "--desa", draw(v), "--region-code", draw(v)],
            ["request", "close", draw(v), "--reason", draw(v)], ["request", "show", draw(v)],
            ["request", "need", "--people", draw(v), "--days", draw(v)],
            ["request", "ration", "BRS-01", "--per-person-day", draw(v)],
            ["allocate", "--event", draw(v), "--set", draw(v)], ["allocate", "--event", draw(v), "--date", draw(v)],
            ["report", "position", "--from", draw(v), "--to", "2026-11-30", "--out", "/nonexistent-dir/p.xlsx"],
            ["report", "distribution", "--event", draw(v), "--out", draw(v)],
            ["report", "donor", draw(v), "--out", "/nonexistent-dir/d.csv"]]))
    elif kind == "user":
        name = draw(v.filter(lambda s: "admin" not in s.lower()))
        argv = draw(st.sampled_from([
            ["user", "add", name, "--role", draw(st.sampled_from(["viewer", "petugas"])), "--password-stdin",
             *_maybe(draw, "--full-name", v), *_maybe(draw, "--title", v), *_maybe(draw, "--nip", v)],
            ["user", "add", name, "--role", "viewer", "--password", draw(v)],  # refused: a usage error
            ["user", "set", name, "--full-name", draw(v)], ["user", "unlock", name],
            ["user", "set-role", name, "viewer"], ["user", "disable", name],
            ["user", "passwd", name, "--password-stdin"]]))
    else:
        argv = draw(st.lists(v, max_size=4))
        argv = [draw(st.sampled_from(["item", "stock", "verify", "receive", "user", "nothing", "--json"])), *argv]
    if draw(st.booleans()):
        argv = ["--json", *argv]
    return argv


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(argv=command_line())
@example(argv=["stock", "\x850"])  # NEL, a line break to Python: the usage error must stay one line
def test_hostile_command_lines(world, argv):
    path, _ = world
    run_checked(path, argv)


RECEIPT = {"date": "2026-11-27", "donor": "DON-1", "reference": "SJ-1", "event": None, "lines": [
    {"sku": "BRS-01", "qty": 5, "lot": "B9", "expiry": "2027-01-31", "location": "A-01"},
    {"sku": "TKR-01", "qty": "2", "unit": "dus", "location": "B-01"}]}
ISSUE = {"date": "2026-11-27", "recipient": "REC-1", "destination": "Desa Pulau", "vehicle": "BM 1234 XY",
         "driver": "Pak Budi", "lines": [{"sku": "BRS-01", "qty": 1}, {"sku": "TKR-01", "qty": "0.5"}]}
REQUEST = {"date": "2026-11-27", "recipient": "REC-1", "priority": 1, "people": 120, "households": 30,
           "days": 3, "lines": [{"sku": "BRS-01", "qty": 40}, {"sku": "TKR-01", "qty": 2}]}


@st.composite
def mutated_document(draw, base):
    doc = json.loads(json.dumps(base))
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        where = draw(st.sampled_from(["top", "top", "line", "line", "line", "lines", "extra", "whole"]))
        if where == "top":
            key = draw(st.sampled_from(sorted(doc))) if isinstance(doc, dict) and doc else "date"
            if draw(st.booleans()) and isinstance(doc, dict):
                doc.pop(key, None)
            elif isinstance(doc, dict):
                doc[key] = draw(hostile_json())
        elif where == "line" and isinstance(doc, dict) and isinstance(doc.get("lines"), list) and doc["lines"]:
            line = draw(st.sampled_from(doc["lines"]))
            if isinstance(line, dict) and line:
                key = draw(st.sampled_from(sorted(line) + ["qty", "sku", "lot", "expiry", "unit", "condition"]))
                if draw(st.booleans()):
                    line.pop(key, None)
                else:
                    line[key] = draw(hostile_json())
        elif where == "lines" and isinstance(doc, dict):
            doc["lines"] = draw(st.one_of(hostile_json(), st.lists(hostile_json(), max_size=3)))
        elif where == "extra" and isinstance(doc, dict):
            doc[draw(hostile_text())] = draw(hostile_json())
        elif where == "whole":
            doc = draw(hostile_json())
    return doc


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(data=st.data())
def test_hostile_json_documents(world, data):
    path, folder = world
    command = data.draw(st.sampled_from(["receive", "issue", "issue --draft", "replay", "request add"]))
    base = RECEIPT if command == "receive" else REQUEST if command == "request add" else ISSUE
    if command == "replay":
        base = {"type": data.draw(st.sampled_from(["receipt", "issue", "item", "partner", "location"])),
                **data.draw(st.sampled_from([RECEIPT, ISSUE, {"sku": "X", "name": "Y", "unit": "pcs"},
                                             {"code": "P", "name": "Q", "kind": "donor"}, {"code": "C-9"}]))}
    doc = data.draw(mutated_document(base))
    as_text = data.draw(st.sampled_from(["json", "json", "json", "raw", "bytes"]))
    file = folder / "doc.json"
    if as_text == "json":
        text = json.dumps(doc, allow_nan=True, ensure_ascii=data.draw(st.booleans()))
        if command == "replay":
            text = text + "\n" + json.dumps(doc, allow_nan=True)
        file.write_text(text, encoding="utf-8")
    elif as_text == "raw":
        file.write_text(data.draw(st.sampled_from(HOSTILE_TEXT[:60]) | st.text(max_size=50)),
                        encoding="utf-8", errors="surrogatepass")
    else:
        file.write_bytes(data.draw(st.binary(max_size=200)))
    argv = [*command.split(), str(file)]
    if data.draw(st.booleans()):
        argv = ["--json", *argv]
    run_checked(path, argv, multiline_ok=command == "replay", shown=argv + [as_text, repr(doc)[:300]])


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(rows=st.lists(st.dictionaries(st.sampled_from(["sku", "name", "unit", "category", "gtin", "no-lot",
                                                      "no-expiry", "min-stock", "weight-kg", "bogus", ""]),
                                     hostile_text().filter(lambda s: len(s) < 1000), max_size=8),
                     min_size=1, max_size=4))
def test_hostile_item_import(world, rows):
    path, folder = world
    file = folder / "items.csv"
    header = sorted({key for row in rows for key in row} | {"sku"})
    with open(file, "w", newline="", encoding="utf-8", errors="surrogatepass") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    run_checked(path, ["item", "import", str(file)], multiline_ok=True, shown=["item", "import", repr(rows)[:300]])


SUBPROCESS_CASES = [
    ["item", "add", "--sku", "'; DROP TABLE item; --", "--name", "\u202e🍚 Beras", "--unit", "kg"],
    ["item", "add", "--sku", "X-1", "--name", "n", "--unit", "pcs", "--min-stock", "1e308"],
    ["stock", "--sku", "x" * 100_000],
    ["expiring", "--days", "99999999999999999999"],
]


@pytest.mark.parametrize("argv", SUBPROCESS_CASES, ids=range(len(SUBPROCESS_CASES)))
def test_hostile_arguments_in_a_real_process(world, argv):
    path, _ = world
    result = gudang(path, *argv)
    check_outcome(argv, result.code, result.stderr)


@pytest.mark.parametrize("content", [
    b'{"date": "2026-11-27", "donor": "DON-1", "lines": [{"sku": "BRS-01", "qty": NaN, "lot": "a", '
    b'"expiry": "2027-01-01"}]}',
    b'{"date": "2026-11-27", "donor": "DON-1\\u0000", "lines": []}',
    b"[" * 100_000,
    b'{"date": "2026-11-27", "donor": "DON-1", "lines": [{"sku": "BRS-01", "qty": 1e999999, "lot": "a", '
    b'"expiry": "2027-01-01"}]}',
], ids=["nan", "nul", "deep", "huge-exponent"])
def test_hostile_files_in_a_real_process(world, content):
    path, folder = world
    file = folder / "hostile.json"
    file.write_bytes(content)
    if content.startswith(b"[") or b"NaN" in content:  # these two in a real process, the others here
        result = gudang(path, "receive", str(file))
        code, stderr = result.code, result.stderr
    else:
        code, _, stderr = run_checked(path, ["receive", str(file)])
    check_outcome(["receive", content[:80]], code, stderr)
    assert code == 1
