"""The Banjir Kampar demo's requests, allocation and reports: the rules hold on realistic
data, and every report and chart has something to show."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from sqlalchemy import select

from gudang.db.models import Document, Lot
from gudang.reports import indicators
from gudang.reports.distribution import distribution_report
from gudang.reports.donor import donor_report
from gudang.reports.exports import write_xlsx
from gudang.reports.position import position_rows
from gudang.services import allocation, queries, requests
from gudang.services.uow import UnitOfWork
from gudang.services.verify import verify

pytestmark = pytest.mark.slow  # the demo takes some seconds to load
FLOOD = "BJR-KPR-2026-10"
TODAY = dt.date.today()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from gudang.demo.load import load_demo
    from tests.support.builders import ADMIN_ACTOR, sqlite_copy

    db = sqlite_copy(tmp_path_factory.mktemp("demo"))
    counts = load_demo(db, ADMIN_ACTOR)
    yield db, counts
    db.dispose()


def test_the_demo_has_requests_from_its_posko_with_people_and_priorities(demo):
    db, counts = demo
    assert verify(db).ok
    rows = requests.list_requests(db, event=FLOOD)
    open_rows = [r for r in rows if r.state == "open"]
    assert len(rows) >= 20 and counts["requests"] >= 10
    assert len(open_rows) >= 10 and {r.priority for r in open_rows} == {1, 2, 3}
    assert all(r.people and r.region_code for r in open_rows)
    assert sum(not r.households for r in open_rows) <= 1  # the Tagana kitchen counts meals, not families
    assert any(r.status == "partial" for r in rows) and any(r.status == "new" for r in rows)
    closed = [r for r in rows if r.state == "closed"]
    assert closed and all(r.close_reason for r in closed)
    from gudang.services import partners

    assert sum(bool(p.balita and p.lansia and p.ibu_hamil) for p in partners.list_partners(db, "recipient")) >= 30


def test_a_cancelled_issue_naming_a_request_does_not_count(demo):
    db, _ = demo
    from sqlalchemy.orm import aliased

    reversal = aliased(Document)
    with UnitOfWork(db, write=False) as uow:
        cancelled = uow.conn.execute(
            select(Document.request_id).join(reversal, reversal.reverses_id == Document.id)
            .where(Document.type == "issue", Document.request_id.is_not(None))).scalars().all()
    if not cancelled:
        pytest.skip("this seed made no wrong dispatch")  # pragma: no cover - the seed is fixed
    with UnitOfWork(db, write=False) as uow:
        request_id = cancelled[0]
        posted = requests.issued_by_request(uow.conn, [request_id])
        from sqlalchemy import func

        from gudang.db.models import DocumentLine

        everything = dict(uow.conn.execute(
            select(DocumentLine.item_id, func.sum(DocumentLine.qty_base)).join(Document)
            .where(Document.request_id == request_id, Document.state == "posted")
            .group_by(DocumentLine.item_id)).all())
    # what counts is less than all the posted issues: the cancelled one is left out
    assert any(posted.get((request_id, item), 0) < qty for item, qty in everything.items())


def test_the_plan_shares_a_short_item_fairly_and_never_uses_expired_or_held_lots(demo):
    db, _ = demo
    plan = allocation.plan_allocation(db, FLOOD)
    short = [s for s in plan.stock if s.short]
    assert short, "the demo must force a fair share"
    fair_shared = 0
    for item in short:
        lines = [l for l in plan.lines if l.sku == item.sku]
        assert sum(l.allocated for l in lines) == item.available  # every unit given out
        left = item.available
        for priority in sorted({l.priority for l in lines}):
            group = [l for l in lines if l.priority == priority]
            need = sum(l.claim for l in group)
            if left >= need:
                assert all(l.allocated == l.claim for l in group)
                left -= need
                continue
            for line in group:  # the priority that ran short: proportional, within one unit
                assert abs(line.allocated - Fraction(left * line.claim, need)) < 1
                assert line.allocated <= line.claim
            fair_shared += len(group) > 1
            left = 0
    assert fair_shared >= 1
    with UnitOfWork(db, write=False) as uow:
        lots = {row.barcode: row for row in uow.conn.execute(select(Lot.barcode, Lot.expiry, Lot.status))}
    for line in plan.lines:
        for lot in line.lots:
            assert lots[lot.barcode].status == "available"
            assert lots[lot.barcode].expiry is None or lots[lot.barcode].expiry >= TODAY
        assert sum(lot.qty for lot in line.lots) == line.allocated


def test_every_report_and_chart_has_something_to_show_and_reconciles(demo, tmp_path):
    db, _ = demo
    by_kecamatan = distribution_report(db, event=FLOOD, by="kecamatan").tables[0]
    places = {row[0] for row in by_kecamatan.rows}
    assert len(places) >= 8 and all(row[1] for row in by_kecamatan.rows)  # region codes
    donor = donor_report(db, "DNR-BNPB")
    assert all(table.rows for table in donor.tables)
    rows = position_rows(db, TODAY - dt.timedelta(days=150), TODAY)
    on_hand: dict[str, object] = {}
    for row in queries.stock_on_hand(db):
        on_hand[row.sku] = on_hand.get(row.sku, 0) + row.qty
    assert {r.sku: r.closing for r in rows if r.closing} == on_hand
    assert sum(r.written_off for r in rows) > 0 and sum(r.issued for r in rows) > 0
    assert len(indicators.distribution_by_kecamatan(db, event=FLOOD)) >= 8
    cover = indicators.stock_cover(db, days=30)
    assert sum(c.days is not None and c.days > 0 for c in cover) >= 5
    months = indicators.expiries_by_month(db, months=12)
    assert sum(m.kg > 0 for m in months) >= 3
    from openpyxl import load_workbook

    from gudang.reports.position import position_report

    write_xlsx(position_report(db, TODAY.replace(day=1), TODAY), tmp_path / "posisi.xlsx")
    sheet = load_workbook(tmp_path / "posisi.xlsx").active
    numbers = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, (int, float))]
    assert len(numbers) > 100 and all(c.data_type == "n" for c in numbers)
