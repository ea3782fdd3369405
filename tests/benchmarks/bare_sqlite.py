"""The reference: the standard workload in bare sqlite3 (stdlib), minimal schema.

What gudang's posting path is measured against (DESIGN.md section 10). It
does what the real path must do, without a framework: items, lots,
documents, lines, moves, balances, a number sequence and one hash-chained
audit row per document; the same pragmas (WAL, synchronous=FULL,
foreign_keys=ON, BEGIN IMMEDIATE per write transaction); one transaction
per document; the same FEFO rule (expiry, none last; received; lot id; bin
code; expired and quarantined lots never) with one candidate query per
issue; quantities as integer thousandths, dates as ISO text.

`run_bare(workload, path)` returns the same result object as
bench_core.run_gudang, checks included (ledger == balances recomputed in
SQL; FEFO through the same in-memory model).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import time
from decimal import Decimal
from pathlib import Path

from tests.benchmarks.workload import EXPIRING_DAYS, FefoModel, Workload, per_document

SCHEMA = """
CREATE TABLE item (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                   unit TEXT NOT NULL, category TEXT);
CREATE TABLE location (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, kind TEXT NOT NULL);
CREATE TABLE partner (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE document (id INTEGER PRIMARY KEY, type TEXT NOT NULL, number TEXT UNIQUE, seq INTEGER,
                       year INTEGER, date TEXT NOT NULL, partner_id INTEGER REFERENCES partner(id),
                       reference TEXT, posted_by TEXT, posted_at TEXT, UNIQUE (type, year, seq));
CREATE TABLE lot (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES item(id), code TEXT,
                  barcode TEXT NOT NULL UNIQUE, expiry TEXT, received TEXT NOT NULL,
                  donor_id INTEGER REFERENCES partner(id), receipt_id INTEGER REFERENCES document(id),
                  status TEXT NOT NULL DEFAULT 'available');
CREATE INDEX ix_lot_item_expiry ON lot (item_id, expiry);
CREATE TABLE line (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES document(id),
                   line_no INTEGER NOT NULL, item_id INTEGER NOT NULL REFERENCES item(id),
                   lot_id INTEGER REFERENCES lot(id), qty INTEGER NOT NULL,
                   to_location_id INTEGER REFERENCES location(id));
CREATE INDEX ix_line_document ON line (document_id);
CREATE TABLE move (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES document(id),
                   line_id INTEGER REFERENCES line(id), item_id INTEGER NOT NULL REFERENCES item(id),
                   lot_id INTEGER NOT NULL REFERENCES lot(id),
                   from_location_id INTEGER NOT NULL REFERENCES location(id),
                   to_location_id INTEGER NOT NULL REFERENCES location(id),
                   qty INTEGER NOT NULL CHECK (qty > 0), posted_at TEXT NOT NULL, posted_by TEXT NOT NULL);
CREATE INDEX ix_move_document ON move (document_id);
CREATE INDEX ix_move_item ON move (item_id, id);
CREATE INDEX ix_move_lot ON move (lot_id);
CREATE TABLE balance (lot_id INTEGER NOT NULL REFERENCES lot(id),
                      location_id INTEGER NOT NULL REFERENCES location(id),
                      item_id INTEGER NOT NULL REFERENCES item(id), qty INTEGER NOT NULL CHECK (qty >= 0),
                      PRIMARY KEY (lot_id, location_id));
CREATE INDEX ix_balance_item ON balance (item_id);
CREATE INDEX ix_balance_location ON balance (location_id);
CREATE TABLE sequence (name TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL,
                       PRIMARY KEY (name, year));
CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,
                    object TEXT, summary TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
"""

GENESIS = "0" * 64
USER = "bench"
ALLOCATABLE = ("storage", "receiving")
ON_HAND = ("storage", "receiving", "quarantine")


def connect(path: Path, synchronous: str = "FULL") -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)  # we BEGIN ourselves
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def q(value: Decimal | int) -> int:
    return int(Decimal(value) * 1000)


def dq(stored: int) -> Decimal:
    return (Decimal(stored) / 1000).normalize()


def audit(conn: sqlite3.Connection, action: str, obj: str, summary: str) -> None:
    prev = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = prev[0] if prev else GENESIS
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    digest = hashlib.sha256("\x1f".join([prev, at, USER, action, obj, summary]).encode()).hexdigest()
    conn.execute("INSERT INTO audit (at, user, action, object, summary, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
                 (at, USER, action, obj, summary, prev, digest))


def reserve(conn: sqlite3.Connection, name: str, year: int, count: int = 1) -> int:
    row = conn.execute("UPDATE sequence SET last = last + ? WHERE name = ? AND year = ? RETURNING last",
                       (count, name, year)).fetchone()
    if row is None:
        conn.execute("INSERT INTO sequence (name, year, last) VALUES (?, ?, ?)", (name, year, count))
        return count
    return row[0]


def number(conn: sqlite3.Connection, code: str, date: dt.date) -> tuple[str, int]:
    seq = reserve(conn, f"doc:{code}", date.year)
    return f"{seq:03d}/{code}/BPBD-KPR/{date.month}/{date.year}", seq


def post_receipt(conn: sqlite3.Connection, date: dt.date, donor: str, reference: str, lines) -> tuple[str, list]:
    """lines: (sku, qty, lot code, expiry, bin). Returns the number and (sku, barcode, expiry, bin, qty)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        skus = sorted({line.sku for line in lines})
        items = dict(conn.execute(f"SELECT sku, id FROM item WHERE sku IN ({','.join('?' * len(skus))})", skus))
        codes = sorted({line.location for line in lines})
        bins = dict(conn.execute(
            f"SELECT code, id FROM location WHERE code IN ({','.join('?' * len(codes))})", codes))
        donor_id = conn.execute("SELECT id FROM partner WHERE code = ? AND kind = 'donor'", (donor,)).fetchone()[0]
        donor_loc = conn.execute("SELECT id FROM location WHERE kind = 'donor' ORDER BY id LIMIT 1").fetchone()[0]
        iso = date.isoformat()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
        num, seq = number(conn, "BAP", date)
        doc = conn.execute("INSERT INTO document (type, number, seq, year, date, partner_id, reference, posted_by, "
                           "posted_at) VALUES ('receipt', ?, ?, ?, ?, ?, ?, ?, ?)",
                           (num, seq, date.year, iso, donor_id, reference, USER, now)).lastrowid
        last = reserve(conn, "lot_barcode", 0, len(lines))
        out, moves, ups = [], [], []
        for n, line in enumerate(lines, start=1):
            barcode = f"L{last - len(lines) + n:08d}"
            item, location, qty = items[line.sku], bins[line.location], q(line.qty)
            lot = conn.execute("INSERT INTO lot (item_id, code, barcode, expiry, received, donor_id, receipt_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)",
                               (item, line.lot, barcode, line.expiry.isoformat(), iso, donor_id, doc)).lastrowid
            line_id = conn.execute("INSERT INTO line (document_id, line_no, item_id, lot_id, qty, to_location_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?)", (doc, n, item, lot, qty, location)).lastrowid
            moves.append((doc, line_id, item, lot, donor_loc, location, qty, now, USER))
            ups.append((lot, location, item, qty))
            out.append((line.sku, barcode, line.expiry, line.location, Decimal(line.qty)))
        conn.executemany("INSERT INTO move (document_id, line_id, item_id, lot_id, from_location_id, "
                         "to_location_id, qty, posted_at, posted_by) VALUES (?,?,?,?,?,?,?,?,?)", moves)
        conn.executemany("INSERT INTO balance (lot_id, location_id, item_id, qty) VALUES (?,?,?,?) "
                         "ON CONFLICT (lot_id, location_id) DO UPDATE SET qty = qty + excluded.qty", ups)
        audit(conn, "receipt.post", num, f"{donor}: {len(lines)} lines")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return num, out


FEFO_CANDIDATES = """
SELECT b.lot_id, b.location_id, b.item_id, b.qty, l.expiry, l.received, l.barcode, loc.code
FROM balance b JOIN lot l ON l.id = b.lot_id JOIN location loc ON loc.id = b.location_id
WHERE b.item_id IN ({marks}) AND b.qty > 0 AND loc.kind IN ('storage', 'receiving')
  AND l.status = 'available' AND (l.expiry IS NULL OR l.expiry >= ?)
"""


def issue_goods(conn: sqlite3.Connection, date: dt.date, recipient: str, lines) -> tuple[str, list]:
    """lines: (sku, qty). FEFO across lots and bins. Returns the number and the allocations."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        skus = sorted({line.sku for line in lines})
        items = dict(conn.execute(f"SELECT sku, id FROM item WHERE sku IN ({','.join('?' * len(skus))})", skus))
        partner = conn.execute("SELECT id FROM partner WHERE code = ? AND kind = 'recipient'",
                               (recipient,)).fetchone()[0]
        transit = conn.execute("SELECT id FROM location WHERE kind = 'transit' ORDER BY id LIMIT 1").fetchone()[0]
        iso = date.isoformat()
        ids = list(items.values())
        by_item: dict[int, list] = {}
        for row in conn.execute(FEFO_CANDIDATES.format(marks=",".join("?" * len(ids))), (*ids, iso)):
            by_item.setdefault(row[2], []).append(row)
        for rows in by_item.values():  # expiry (none last), received, lot id, bin code
            rows.sort(key=lambda r: (r[4] is None, r[4] or "", r[5], r[0], r[7]))
        left = {}
        taken = []  # (line_no, item, lot, location, qty, barcode, expiry, bin)
        for n, line in enumerate(lines, start=1):
            item, need = items[line.sku], q(line.qty)
            for lot, location, _, qty, expiry, _, barcode, code in by_item.get(item, ()):
                if need <= 0:
                    break
                have = left.get((lot, location), qty)
                if have <= 0:
                    continue
                amount = min(have, need)
                left[(lot, location)] = have - amount
                need -= amount
                taken.append((n, item, lot, location, amount, barcode, expiry, code))
            if need > 0:
                raise ValueError(f"insufficient stock of {line.sku}")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
        num, seq = number(conn, "SJ", date)
        doc = conn.execute("INSERT INTO document (type, number, seq, year, date, partner_id, posted_by, posted_at) "
                           "VALUES ('issue', ?, ?, ?, ?, ?, ?, ?)",
                           (num, seq, date.year, iso, partner, USER, now)).lastrowid
        line_ids = {}
        for n, line in enumerate(lines, start=1):
            line_ids[n] = conn.execute("INSERT INTO line (document_id, line_no, item_id, qty) VALUES (?, ?, ?, ?)",
                                       (doc, n, items[line.sku], q(line.qty))).lastrowid
        conn.executemany("INSERT INTO move (document_id, line_id, item_id, lot_id, from_location_id, "
                         "to_location_id, qty, posted_at, posted_by) VALUES (?,?,?,?,?,?,?,?,?)",
                         [(doc, line_ids[n], item, lot, location, transit, qty, now, USER)
                          for n, item, lot, location, qty, *_ in taken])
        conn.executemany("UPDATE balance SET qty = qty - ? WHERE lot_id = ? AND location_id = ?",
                         [(qty, lot, location) for _, _, lot, location, qty, *_ in taken])
        conn.executemany("INSERT INTO balance (lot_id, location_id, item_id, qty) VALUES (?,?,?,?) "
                         "ON CONFLICT (lot_id, location_id) DO UPDATE SET qty = qty + excluded.qty",
                         [(lot, transit, item, qty) for _, item, lot, _, qty, *_ in taken])
        audit(conn, "issue.post", num, f"{recipient}: {len(lines)} lines")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    sku_of = {v: k for k, v in items.items()}
    return num, [(n, sku_of[item], barcode, dt.date.fromisoformat(expiry) if expiry else None, code, dq(qty))
                 for n, item, lot, location, qty, barcode, expiry, code in taken]


STOCK_ON_HAND = """
SELECT i.sku, i.name, i.category, i.unit, l.code, l.barcode, l.expiry, l.received, p.code, loc.code, loc.kind,
       l.status, b.qty
FROM balance b JOIN lot l ON l.id = b.lot_id JOIN item i ON i.id = b.item_id
JOIN location loc ON loc.id = b.location_id LEFT JOIN partner p ON p.id = l.donor_id
WHERE b.qty > 0 AND loc.kind IN ('storage', 'receiving', 'quarantine')
"""
STOCK_CARD = """
SELECT m.id, m.qty, m.posted_at, d.date, d.number, d.type, p.code, l.code, l.barcode, s.code, s.kind, t.code, t.kind
FROM move m JOIN document d ON d.id = m.document_id JOIN lot l ON l.id = m.lot_id
JOIN location s ON s.id = m.from_location_id JOIN location t ON t.id = m.to_location_id
LEFT JOIN partner p ON p.id = d.partner_id
WHERE m.item_id = ? AND (s.kind IN ('storage', 'receiving', 'quarantine') OR t.kind IN ('storage', 'receiving', 'quarantine'))
ORDER BY m.id
"""


def stock_card(conn: sqlite3.Connection, sku: str) -> list:
    conn.execute("BEGIN")
    try:
        item = conn.execute("SELECT id FROM item WHERE sku = ?", (sku,)).fetchone()[0]
        balance, rows = 0, []
        for (_, qty, _, date, num, kind, partner, lot, barcode, src, src_kind, dst, dst_kind) in conn.execute(
                STOCK_CARD, (item,)):
            if src_kind in ON_HAND:
                balance -= qty
                rows.append((date, num, kind, partner, lot, barcode, src, 0, qty, balance))
            if dst_kind in ON_HAND:
                balance += qty
                rows.append((date, num, kind, partner, lot, barcode, dst, qty, 0, balance))
        return rows
    finally:
        conn.execute("COMMIT")


def lot_scan(conn: sqlite3.Connection, code: str) -> dict:
    conn.execute("BEGIN")
    try:
        lot = conn.execute("SELECT l.id, l.barcode, l.code, l.expiry, l.status, l.received, i.sku, i.name, i.unit "
                           "FROM lot l JOIN item i ON i.id = l.item_id WHERE l.barcode = ?", (code,)).fetchone()
        on_hand = conn.execute("SELECT sum(b.qty) FROM balance b JOIN location loc ON loc.id = b.location_id "
                               "WHERE b.lot_id = ? AND loc.kind IN ('storage', 'receiving', 'quarantine')",
                               (lot[0],)).fetchone()[0] or 0
        bins = [c for c, in conn.execute(
            "SELECT loc.code FROM location loc JOIN balance b ON b.location_id = loc.id WHERE b.lot_id = ? "
            "AND b.qty > 0 AND loc.kind IN ('storage', 'receiving', 'quarantine') ORDER BY loc.code", (lot[0],))]
        return {"barcode": lot[1], "lot": lot[2], "sku": lot[6], "item": lot[7], "expiry": lot[3],
                "on_hand": dq(on_hand), "locations": bins}
    finally:
        conn.execute("COMMIT")


def verify(conn: sqlite3.Connection) -> bool:
    bad = conn.execute("""
        WITH sums AS (
            SELECT lot_id, loc, sum(delta) AS qty FROM (
                SELECT lot_id, to_location_id AS loc, qty AS delta FROM move
                UNION ALL SELECT lot_id, from_location_id, -qty FROM move)
            JOIN location ON location.id = loc
            WHERE location.kind IN ('storage', 'receiving', 'quarantine', 'transit')
            GROUP BY lot_id, loc)
        SELECT count(*) FROM sums FULL OUTER JOIN balance b ON b.lot_id = sums.lot_id AND b.location_id = sums.loc
        WHERE coalesce(sums.qty, 0) <> coalesce(b.qty, 0) OR b.qty < 0""").fetchone()[0]
    return bad == 0


def set_up(conn: sqlite3.Connection, workload: Workload) -> None:
    """The schema, the bins, the donor and the recipients."""
    conn.executescript(SCHEMA)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO location (code, kind) VALUES (?, ?)",
                     [("VIRT-DONATUR", "donor"), ("VIRT-PENERIMA", "recipient"), ("VIRT-TRANSIT", "transit"),
                      ("TERIMA-01", "receiving"), ("KARANTINA-01", "quarantine")]
                     + [(code, "storage") for code in workload.bins])
    conn.executemany("INSERT INTO partner (code, name, kind) VALUES (?, ?, ?)",
                     [(workload.donor, "Donatur benchmark", "donor")]
                     + [(code, f"Posko {code}", "recipient") for code in workload.recipients])
    audit(conn, "setup", "bench", "")
    conn.execute("COMMIT")


def import_items(conn: sqlite3.Connection, workload: Workload) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO item (sku, name, unit, category) VALUES (:sku, :name, :unit, :category)",
                     workload.items)
    audit(conn, "item.import", "", f"{len(workload.items)} items")
    conn.execute("COMMIT")


def run_bare(workload: Workload, path: Path, *, synchronous: str = "FULL") -> dict:
    clock, cpu = time.perf_counter, time.process_time
    cpu_time = {"receipt": 0.0, "issue": 0.0}
    phases: dict[str, float] = {}
    per_call: dict[str, list[float]] = {"receipt": [], "issue": [], "stock_card": [], "lot_scan": []}
    model = FefoModel()
    date = workload.date
    conn = connect(path, synchronous)
    try:
        started = clock()
        set_up(conn, workload)
        phases["setup"] = clock() - started

        started = clock()
        import_items(conn, workload)
        phases["items"] = clock() - started

        barcodes = []
        started = clock()
        for receipt in workload.receipts:
            t0, c0 = clock(), cpu()
            _, lines = post_receipt(conn, date, workload.donor, receipt.reference, receipt.lines)
            per_call["receipt"].append(clock() - t0)
            cpu_time["receipt"] += cpu() - c0
            barcodes.append([line[1] for line in lines])
            model.receive(lines)
        phases["receipts"] = clock() - started

        started = clock()
        for issue in workload.issues:
            t0, c0 = clock(), cpu()
            num, allocations = issue_goods(conn, issue.date, issue.recipient, issue.lines)
            per_call["issue"].append(clock() - t0)
            cpu_time["issue"] += cpu() - c0
            model.issue(num, issue.date, issue.lines, allocations)
        phases["issues"] = clock() - started

        started = clock()
        conn.execute("BEGIN")
        on_hand = conn.execute(STOCK_ON_HAND + " ORDER BY i.sku, l.expiry IS NULL, l.expiry, l.received, l.id, "
                               "loc.code").fetchall()
        conn.execute("COMMIT")
        phases["q_stock_on_hand"] = clock() - started

        started = clock()
        limit = (workload.as_of + dt.timedelta(days=EXPIRING_DAYS)).isoformat()
        conn.execute("BEGIN")
        expiring = conn.execute(STOCK_ON_HAND + " AND l.expiry IS NOT NULL AND l.expiry <= ? "
                                "ORDER BY l.expiry, i.sku, l.id, loc.code", (limit,)).fetchall()
        conn.execute("COMMIT")
        phases["q_expiring"] = clock() - started

        started = clock()
        for sku in workload.card_skus:
            t0 = clock()
            stock_card(conn, sku)
            per_call["stock_card"].append(clock() - t0)
        phases["q_stock_card"] = clock() - started

        started = clock()
        for r, n in workload.scan_lots:
            t0 = clock()
            lot_scan(conn, barcodes[r][n])
            per_call["lot_scan"].append(clock() - t0)
        phases["q_lot_scan"] = clock() - started

        started = clock()
        ok = verify(conn)
        phases["verify"] = clock() - started
        model.compare((row[5], row[9], dq(row[12])) for row in on_hand)
    finally:
        conn.close()
    return {
        "scale": workload.scale, "backend": "sqlite", "engine": "bare-sqlite3", "synchronous": synchronous,
        "documents": {"receipts": len(workload.receipts), "receipt_lines": workload.receipt_lines,
                      "issues": len(workload.issues), "allocations": model.allocations_checked},
        "seconds": {k: round(v, 4) for k, v in phases.items()},
        "ms": {kind: per_document(values) for kind, values in per_call.items()},
        "cpu_ms": {kind: round(1000 * spent / max(1, len(per_call[kind])), 3) for kind, spent in cpu_time.items()},
        "rows": {"stock_on_hand": len(on_hand), "expiring": len(expiring)},
        "verify_ok": ok, "fefo_ok": model.ok,
        **({"fefo_problems": model.problems[:5]} if not model.ok else {}),
    }
