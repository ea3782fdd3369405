"""Random programs of receipts, issues and cancellations against a reference model.

After every step: `verify` is ok (invariant 2), no balance is negative
(invariant 3), stock equals the model's, and every issue took exactly what a
reference FEFO (earliest expiry, none last, then received date, then lot id,
then bin; expired and quarantined lots never) predicts.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal

from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from gudang.domain.errors import InsufficientStock
from gudang.services.verify import verify
from tests.support.builders import (
    QUARANTINE_BIN, basic_world, cancel, english, issue, on_hand, receive, scalar, sqlite_copy,
)

SKUS = ("BRS", "MIE")
BINS = ("A-01", "A-02", "B-01")
START = dt.date(2026, 11, 1)


class Ledger(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self._english = english()
        self._english.__enter__()
        self.folder = tempfile.TemporaryDirectory()
        self.db = sqlite_copy(self.folder.name)
        basic_world(self.db, items=SKUS)
        self.today = START
        from gudang.domain import dates

        self._real_today = dates.today
        dates.today = lambda: self.today  # the core's "today" moves with the model's days
        self.lots = {}  # lot code -> dict(sku, expiry, received, id, quarantined)
        self.stock = {}  # (lot code, bin) -> qty
        self.issued = []  # (number, [(lot, bin, qty)]) not yet cancelled
        self.receipts = []  # (number, [(lot, bin, qty)]) not yet cancelled
        self.counter = 0

    def teardown(self):
        from gudang.domain import dates

        dates.today = self._real_today
        self.db.dispose()
        self.folder.cleanup()
        self._english.__exit__(None, None, None)

    @rule(days=st.integers(0, 20))
    def time_passes(self, days):
        self.today += dt.timedelta(days=days)

    @rule(lines=st.lists(st.tuples(st.sampled_from(SKUS), st.integers(1, 30), st.integers(0, 60),
                                   st.sampled_from(BINS + (QUARANTINE_BIN,))), min_size=1, max_size=3))
    def receive_goods(self, lines):
        built, posted_lines = [], []
        for sku, qty, days, bin_code in lines:
            self.counter += 1
            code = f"L{self.counter}"
            damaged = bin_code == QUARANTINE_BIN
            built.append((sku, qty, code, self.today + dt.timedelta(days=days), bin_code,
                          "damaged" if damaged else "good"))
        posted = receive(self.db, self.today, built)
        for (sku, qty, code, expiry, bin_code, condition), line in zip(built, posted.lines):
            lot_id = scalar(self.db, "SELECT id FROM lot WHERE barcode = :b", {"b": line.barcode})
            self.lots[code] = dict(sku=sku, expiry=expiry, received=self.today, id=lot_id,
                                   quarantined=condition == "damaged")
            self.stock[(code, bin_code)] = self.stock.get((code, bin_code), 0) + qty
            posted_lines.append((code, bin_code, qty))
        self.receipts.append((posted.number, posted_lines))

    def expected_fefo(self, sku, qty, left):
        candidates = sorted(
            ((code, bin_code) for (code, bin_code), have in left.items()
             if have > 0 and self.lots[code]["sku"] == sku and not self.lots[code]["quarantined"]
             and self.lots[code]["expiry"] >= self.today),
            key=lambda k: (self.lots[k[0]]["expiry"], self.lots[k[0]]["received"], self.lots[k[0]]["id"], k[1]))
        out = []
        for key in candidates:
            if qty <= 0:
                break
            amount = min(qty, left[key])
            out.append((key[0], key[1], amount))
            left[key] -= amount
            qty -= amount
        return out, qty

    @rule(lines=st.lists(st.tuples(st.sampled_from(SKUS), st.integers(1, 40)), min_size=1, max_size=3))
    def issue_goods(self, lines):
        left = dict(self.stock)
        expected, short = [], 0
        for sku, qty in lines:
            got, missing = self.expected_fefo(sku, qty, left)
            expected += got
            short = short or missing
        if short:
            try:
                issue(self.db, self.today, lines)
            except InsufficientStock:
                return
            raise AssertionError(f"issue of {lines} should have been refused")
        result = issue(self.db, self.today, lines)
        got = [(a.lot, a.location, a.qty) for a in result.allocations]
        assert got == expected
        for code, bin_code, qty in got:
            self.stock[(code, bin_code)] -= qty
        self.issued.append((result.number, got))

    @precondition(lambda self: self.issued)
    @rule(pick=st.integers(0, 1000))
    def cancel_an_issue(self, pick):
        number, moves = self.issued.pop(pick % len(self.issued))
        cancel(self.db, number)
        for code, bin_code, qty in moves:
            self.stock[(code, bin_code)] += qty

    @precondition(lambda self: self.receipts)
    @rule(pick=st.integers(0, 1000))
    def cancel_a_receipt(self, pick):
        index = pick % len(self.receipts)
        number, lines = self.receipts[index]
        possible = all(self.stock.get((code, bin_code), 0) >= qty for code, bin_code, qty in lines)
        try:
            cancel(self.db, number)
        except InsufficientStock:
            assert not possible
            return
        assert possible
        self.receipts.pop(index)
        for code, bin_code, qty in lines:
            self.stock[(code, bin_code)] -= qty

    @invariant()
    def ledger_is_sound(self):
        report = verify(self.db)
        assert report.ok, report.problems
        assert scalar(self.db, "SELECT count(*) FROM balance WHERE qty < 0") == 0
        assert on_hand(self.db) == {k: Decimal(v) for k, v in self.stock.items() if v}


TestLedger = Ledger.TestCase
TestLedger.settings = settings(max_examples=12, stateful_step_count=12, deadline=None,
                               suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
