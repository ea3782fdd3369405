"""The standard workload of DESIGN.md section 10, as plain data, and its checks.

Everything here is independent of the database: `make_workload(scale, seed)`
draws the whole workload up front (items, receipts, goods issues, the query
samples), so gudang and the bare-sqlite3 reference run exactly the same
documents. Issues are drawn against a per-item model of the stock on hand,
which does not depend on how FEFO splits a line across lots.

`FefoModel` is the independent FEFO check: it keeps the stock of every lot
and bin in memory, applies each posted receipt, and for every allocation an
issue returns checks that no usable lot of the same item with an earlier
expiry was still in stock at that moment.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ISSUE_DAYS = 28  # issues are spread evenly over the days after the receipts (< 30: no lot expires meanwhile)
# Receipts are dated this day, issues over the days after it up to yesterday: documents may not
# be dated in the future, and no lot may have expired by today (every expiry is 30+ days later).
BASE_DATE = dt.date.today() - dt.timedelta(days=ISSUE_DAYS + 1)
# Documents dated more than `backdate_days` ago need a reason (DESIGN.md section 9).
BACKDATE_REASON = "benchmark: a month of documents loaded at once"
BINS = 50
ITEMS_PER_SCALE = 2_000
RECEIPTS_PER_SCALE = 500
ISSUES_PER_SCALE = 2_000
RECEIPT_LINES = 40
ISSUE_LINES = 10
MAX_ISSUE_LINE_QTY = 400
RECIPIENTS = 20  # per unit of scale, at least 20 (posko, desa)
CARDS = 100
SCANS = 1_000
EXPIRING_DAYS = 60
DONOR = "DON-BENCH"
UNITS = ("dus", "karung", "sak", "paket", "lembar", "buah", "unit", "kg", "liter", "pcs")
CATEGORIES = ("pangan", "sandang", "kebersihan", "medis", "hunian", "peralatan")


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    sku: str
    qty: int
    lot: str
    expiry: dt.date
    location: str


@dataclass(frozen=True, slots=True)
class Receipt:
    reference: str
    lines: tuple[ReceiptLine, ...]


@dataclass(frozen=True, slots=True)
class IssueLine:
    sku: str
    qty: int


@dataclass(frozen=True, slots=True)
class Issue:
    recipient: str
    date: dt.date
    lines: tuple[IssueLine, ...]


@dataclass
class Workload:
    scale: float
    seed: int
    date: dt.date  # of the receipts
    bins: list[str]
    items: list[dict]  # sku, name, unit, category
    donor: str
    recipients: list[str]
    receipts: list[Receipt]
    issues: list[Issue]
    card_skus: list[str]
    scan_lots: list[tuple[int, int]]  # (receipt index, line index): the lot that line created

    @property
    def as_of(self) -> dt.date:
        """The day the queries look from: the last document's date."""
        return max([self.date, *(issue.date for issue in self.issues)])

    @property
    def receipt_lines(self) -> int:
        return sum(len(r.lines) for r in self.receipts)


def scaled(base: int, scale: float) -> int:
    return max(1, round(base * scale))


def make_workload(scale: float, seed: int = 42) -> Workload:
    rng = random.Random(seed)
    date = BASE_DATE
    bins = [f"A-{n // 10 + 1:02d}-{n % 10 + 1:02d}" for n in range(BINS)]
    n_items = scaled(ITEMS_PER_SCALE, scale)
    items = [{"sku": f"BRG-{n:05d}", "name": f"Barang bantuan {n}",
              "unit": UNITS[n % len(UNITS)], "category": CATEGORIES[n % len(CATEGORIES)]}
             for n in range(1, n_items + 1)]
    skus = [item["sku"] for item in items]
    recipients = [f"PENERIMA-{n:03d}" for n in range(1, max(RECIPIENTS, round(RECIPIENTS * scale)) + 1)]

    on_hand: dict[str, int] = {}
    receipts = []
    for r in range(scaled(RECEIPTS_PER_SCALE, scale)):
        lines = []
        for n in range(RECEIPT_LINES):
            sku = rng.choice(skus)
            qty = rng.randint(10, 500)
            lines.append(ReceiptLine(sku, qty, f"B{r + 1:05d}-{n + 1:02d}",
                                     date + dt.timedelta(days=rng.randint(30, 730)), rng.choice(bins)))
            on_hand[sku] = on_hand.get(sku, 0) + qty
        receipts.append(Receipt(f"SJ-DONATUR/{r + 1:05d}", tuple(lines)))

    in_stock = sorted(on_hand)  # order kept deterministic: removal swaps with the last
    issues = []
    n_issues = scaled(ISSUES_PER_SCALE, scale)
    for k in range(n_issues):
        if not in_stock:
            break
        chosen = rng.sample(in_stock, min(ISSUE_LINES, len(in_stock)))
        lines = []
        for sku in chosen:
            qty = rng.randint(1, min(on_hand[sku], MAX_ISSUE_LINE_QTY))
            on_hand[sku] -= qty
            lines.append(IssueLine(sku, qty))
        for sku in chosen:
            if on_hand[sku] == 0:
                index = in_stock.index(sku)
                in_stock[index] = in_stock[-1]
                in_stock.pop()
        issues.append(Issue(rng.choice(recipients), date + dt.timedelta(days=1 + k * ISSUE_DAYS // n_issues),
                            tuple(lines)))

    card_skus = [rng.choice(skus) for _ in range(CARDS)]
    scan_lots = [(r, rng.randrange(len(receipts[r].lines)))
                 for r in (rng.randrange(len(receipts)) for _ in range(SCANS))]
    return Workload(scale, seed, date, bins, items, DONOR, recipients, receipts, issues,
                    card_skus, scan_lots)


# -- the replay file (DESIGN.md section 9) -----------------------------------

def replay_records(workload: Workload, *, setup: bool = True):
    """The workload as `gudang replay` records: bins and partners, then the documents.

    Items are left out (they go in with `gudang item import`, one transaction).
    """
    date = workload.date.isoformat()
    if setup:
        for code in workload.bins:
            yield {"type": "location", "code": code, "kind": "storage"}
        yield {"type": "partner", "code": workload.donor, "name": "Donatur benchmark", "kind": "donor"}
        for code in workload.recipients:
            yield {"type": "partner", "code": code, "name": f"Posko {code}", "kind": "recipient"}
    for receipt in workload.receipts:
        yield {"type": "receipt", "date": date, "donor": workload.donor, "reference": receipt.reference,
               "backdate_reason": BACKDATE_REASON,
               "lines": [{"sku": line.sku, "qty": line.qty, "lot": line.lot,
                          "expiry": line.expiry.isoformat(), "location": line.location}
                         for line in receipt.lines]}
    for issue in workload.issues:
        yield {"type": "issue", "date": issue.date.isoformat(), "recipient": issue.recipient,
               "backdate_reason": BACKDATE_REASON,
               "lines": [{"sku": line.sku, "qty": line.qty} for line in issue.lines]}


def write_replay(workload: Workload, path: Path, *, setup: bool = True) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for record in replay_records(workload, setup=setup):
            out.write(json.dumps(record, separators=(",", ":")) + "\n")
    return path


def write_items_csv(workload: Workload, path: Path) -> Path:
    import csv

    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=["sku", "name", "unit", "category"])
        writer.writeheader()
        writer.writerows(workload.items)
    return path


# -- the FEFO check -----------------------------------------------------------

@dataclass
class FefoModel:
    """Stock per item, lot and bin, kept in memory from what the postings return."""

    stock: dict[str, dict[tuple[str, str], Decimal]] = field(default_factory=dict)  # sku -> (barcode, bin) -> qty
    expiry: dict[str, dt.date | None] = field(default_factory=dict)  # barcode -> expiry
    problems: list[str] = field(default_factory=list)
    allocations_checked: int = 0

    def receive(self, lines) -> None:
        """`lines`: (sku, barcode, expiry, bin, qty) of one posted receipt."""
        for sku, barcode, expiry, location, qty in lines:
            self.expiry[barcode] = expiry
            bins = self.stock.setdefault(sku, {})
            bins[(barcode, location)] = bins.get((barcode, location), Decimal(0)) + Decimal(qty)

    def issue(self, number: str, date: dt.date, requested: tuple[IssueLine, ...], allocations) -> None:
        """`allocations`: (line_no, sku, barcode, expiry, bin, qty) in the order the issue returned them."""
        by_line: dict[int, Decimal] = {}
        for line_no, sku, barcode, expiry, location, qty in allocations:
            self.allocations_checked += 1
            qty = Decimal(qty)
            by_line[line_no] = by_line.get(line_no, Decimal(0)) + qty
            bins = self.stock.get(sku, {})
            have = bins.get((barcode, location), Decimal(0))
            if self.expiry.get(barcode) != expiry:
                self.problems.append(f"{number}: lot {barcode} reported with expiry {expiry}, "
                                     f"received with {self.expiry.get(barcode)}")
            if have < qty:
                self.problems.append(f"{number}: took {qty} of {barcode} in {location}, only {have} there")
            usable = [(self.expiry[b], b, loc) for (b, loc), q in bins.items()
                      if q > 0 and (b, loc) != (barcode, location)
                      and (self.expiry[b] is None or self.expiry[b] >= date)]
            earlier = [u for u in usable if expiry is None or (u[0] is not None and u[0] < expiry)]
            if earlier:
                first = min(earlier, key=lambda u: (u[0] or dt.date.max, u[1], u[2]))
                self.problems.append(f"{number} line {line_no}: took {barcode} (expiry {expiry}) while "
                                     f"{first[1]} in {first[2]} (expiry {first[0]}) was in stock")
            if expiry is not None and expiry < date:
                self.problems.append(f"{number}: allocated expired lot {barcode}")
            bins[(barcode, location)] = have - qty
        for line_no, line in enumerate(requested, start=1):
            if by_line.get(line_no, Decimal(0)) != Decimal(line.qty):
                self.problems.append(f"{number} line {line_no}: {line.qty} requested, "
                                     f"{by_line.get(line_no, 0)} allocated")

    def on_hand(self) -> dict[tuple[str, str], Decimal]:
        """(barcode, bin) -> qty for everything still in stock."""
        return {key: qty for bins in self.stock.values() for key, qty in bins.items() if qty > 0}

    def compare(self, rows) -> None:
        """Compare with stock-on-hand rows of (barcode, bin, qty) read back from the database."""
        have = {}
        for barcode, location, qty in rows:
            have[(barcode, location)] = have.get((barcode, location), Decimal(0)) + Decimal(qty)
        want = self.on_hand()
        if have != want:
            diff = sorted(set(have.items()) ^ set(want.items()))[:5]
            self.problems.append(f"stock on hand differs from the model ({len(have)} vs {len(want)} rows): {diff}")

    @property
    def ok(self) -> bool:
        return not self.problems


# -- statistics ---------------------------------------------------------------

def per_document(seconds: list[float]) -> dict:
    """mean, p50, p95, max and the first in milliseconds (the first pays for what is prepared once)."""
    if not seconds:
        return {"n": 0, "mean": None, "p50": None, "p95": None, "max": None, "first": None}
    first = seconds[0] * 1000
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, max(0, round(0.95 * len(ms)) - 1))]
    return {"n": len(ms), "mean": round(statistics.fmean(ms), 3), "p50": round(statistics.median(ms), 3),
            "p95": round(p95, 3), "max": round(ms[-1], 3), "first": round(first, 3)}
