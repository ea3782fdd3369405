"""The 4W distribution, donor and position reports: their totals reconcile with the
ledger, and their XLSX, CSV and PDF exports are what a spreadsheet and a reader expect
(typed cells, no formula from a hostile name)."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from gudang.db.models import ON_HAND_KINDS, Balance, Location
from gudang.reports import indicators
from gudang.reports.distribution import GROUPINGS, distribution_report, distribution_rows
from gudang.reports.donor import donor_figures, donor_report
from gudang.reports.exports import export, safe_text, write_csv, write_xlsx
from gudang.reports.position import position_report, position_rows
from gudang.services import queries, writeoff
from gudang.services.catalogue import ItemInput, add_item
from gudang.services.uow import UnitOfWork
from gudang.services.verify import verify
from tests.support.builders import ADMIN_ACTOR as A, cancel, english, issue, receive
from tests.support.builders import fresh_db  # noqa: F401  (fixture)
from tests.support.needs import EVENT, TODAY, day, needs_world

HOSTILE = "=cmd|' /C calc'!A0"


def history(db) -> dict:
    """needs_world plus dispatches (one cancelled), a write-off, an item with a hostile name."""
    needs_world(db)
    add_item(db, A, ItemInput("EVIL", HOSTILE, "pcs", "+lain", expiry_required=False, weight_kg=Decimal("0.5")))
    receive(db, day(-3), [("EVIL", 12, "E-1", None, "B-01"), ("MIE", 40, "M-3", day(60), "B-01")],
            donor="DON-2", reference="SJ-9")
    # Dispatched today (a lot is never issued once expired on the day it is entered).
    first = issue(db, TODAY, [("BRS", 30), ("MIE", 10)], recipient="R1", event=EVENT)
    wrong = issue(db, TODAY, [("BRS", 5)], recipient="R2", event=EVENT)
    cancel(db, wrong.number)
    issue(db, TODAY, [("BRS", 20), ("EVIL", 2), ("KIT", 3)], recipient="R3", event=EVENT)
    issue(db, TODAY, [("MIE", 7)], recipient="R4")  # no event
    writeoff.post_writeoff(db, A, writeoff.writeoff_from_json({
        "date": TODAY.isoformat(), "reason": "kedaluwarsa",
        "lines": [{"lot": "B-EXP", "qty": 40, "location": "A-01"}]}))
    return {"first": first.number, "cancelled": wrong.number}


@pytest.fixture(scope="module")
def reports_db(tmp_path_factory):
    """One database with a history for the whole module (read-only tests)."""
    from tests.support.builders import sqlite_copy

    db = sqlite_copy(tmp_path_factory.mktemp("reports"))
    data = history(db)
    yield db, data
    db.dispose()


@pytest.fixture(autouse=True)
def _english():
    with english():
        yield


def on_hand_by_item(db) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for row in queries.stock_on_hand(db):
        out[row.sku] = out.get(row.sku, Decimal(0)) + row.qty
    return out


def ledger_on_hand(db) -> Decimal:
    with UnitOfWork(db, write=False) as uow:
        return uow.conn.execute(select(func.coalesce(func.sum(Balance.qty), 0)).join(
            Location, Location.id == Balance.location_id).where(Location.kind.in_(ON_HAND_KINDS))).scalar()


# -- position ----------------------------------------------------------------------------------------

def test_position_closing_is_the_ledger_and_periods_chain(reports_db):
    db, _ = reports_db
    assert verify(db).ok
    rows = {r.sku: r for r in position_rows(db, day(-30), TODAY)}
    assert {sku: r.closing for sku, r in rows.items() if r.closing} == on_hand_by_item(db)
    total_closing = sum(r.closing for r in rows.values())
    assert total_closing == ledger_on_hand(db)
    rice = rows["BRS"]
    # received 190, issued 30 + 20 (the cancelled 5 went and came back), 40 expired kg written off
    assert (rice.opening, rice.received, rice.issued, rice.written_off, rice.adjusted, rice.closing) == (
        0, 190, 50, 40, 0, 100)
    # what is left: the quarantined lot (still stock, in the quarantine bin) and the late one
    assert rice.closing == 30 + 70
    # opening of a later period = closing of the earlier one
    earlier = {r.sku: r for r in position_rows(db, day(-30), day(-1))}
    later = {r.sku: r for r in position_rows(db, TODAY, TODAY)}
    assert earlier["BRS"].closing == 190 and later["BRS"].opening == 190
    for sku, row in later.items():
        assert row.opening == (earlier[sku].closing if sku in earlier else 0), sku
    report = position_report(db, day(-30), TODAY)
    totals = report.tables[0].totals()
    assert totals[8] == total_closing  # the TOTAL row's closing
    assert totals[0] == "TOTAL"


# -- donor ---------------------------------------------------------------------------------------------

def test_donor_figures_add_up_to_the_balances_and_follow_every_lot(reports_db):
    db, data = reports_db
    partner, lots, dispatches = donor_figures(db, "DON-1")
    assert partner.code == "DON-1"
    with UnitOfWork(db, write=False) as uow:
        balances = dict(uow.conn.execute(
            select(Balance.lot_id, func.sum(Balance.qty)).join(Location, Location.id == Balance.location_id)
            .where(Location.kind.in_(ON_HAND_KINDS)).group_by(Balance.lot_id)).all())
    for lot in lots:
        assert lot.on_hand == balances.get(lot.lot_id, 0), lot.lot
        assert lot.received - lot.dispatched - lot.written_off + lot.adjusted == lot.on_hand, lot.lot
    by_lot = {lot.lot: lot for lot in lots}
    assert (by_lot["B-EXP"].written_off, by_lot["B-EXP"].on_hand) == (40, 0)
    assert by_lot["B-QRT"].on_hand == 30 and by_lot["B-QRT"].dispatched == 0
    assert data["cancelled"] not in {d.number for d in dispatches}
    assert data["first"] in {d.number for d in dispatches}
    going = [d for d in dispatches if d.number == data["first"] and d.sku == "BRS"]
    assert [(d.lot, d.recipient, d.desa, d.region_code, d.qty) for d in going] == [
        ("B-SOON", "R1", "Kuntu", "14.01.07.2003", 30)]
    report = donor_report(db, "DON-1")
    assert [t.title for t in report.tables] == ["Summary per item", "Lots", "Where each lot went"]
    summary = {row[0]: row for row in report.tables[0].rows}
    assert summary["BRS"][3:9] == (190, 50, 40, 0, 100, 0)
    with pytest.raises(Exception, match="R1 is not a donor"):
        donor_report(db, "R1")


# -- distribution (4W) --------------------------------------------------------------------------------

def test_distribution_counts_what_was_dispatched_and_not_cancelled(reports_db):
    db, data = reports_db
    rows = distribution_rows(db, event=EVENT)
    assert data["cancelled"] not in {r.number for r in rows}
    assert {(r.recipient, r.sku): r.qty for r in rows} == {
        ("R1", "BRS"): 30, ("R1", "MIE"): 10, ("R3", "BRS"): 20, ("R3", "EVIL"): 2, ("R3", "KIT"): 3}
    every = distribution_rows(db)  # without an event: the dispatch to R4 too
    assert sum(r.qty for r in every if r.sku == "MIE") == 17
    r1 = next(r for r in rows if r.recipient == "R1" and r.sku == "BRS")
    assert (r1.kecamatan, r1.desa, r1.region_code, r1.people, r1.donor, r1.kg) == (
        "Kampar Kiri", "Kuntu", "14.01.07.2003", 280, "DON-1", 30)
    by_kecamatan = distribution_report(db, event=EVENT, by="kecamatan").tables[0]
    # by place, then item name ("=cmd..." sorts before "Beras")
    assert [(row[0], row[1], row[2], row[4]) for row in by_kecamatan.rows] == [
        ("Kampar", "14.01.02", "EVIL", 2), ("Kampar", "14.01.02", "BRS", 20), ("Kampar", "14.01.02", "KIT", 3),
        ("Kampar Kiri", "14.01.07", "BRS", 30), ("Kampar Kiri", "14.01.07", "MIE", 10)]
    assert by_kecamatan.totals()[6] == Decimal("20") + 1 + 30 + Decimal("0.9")  # kg: rice 1, evil 0.5, mie 0.09
    for by in GROUPINGS:
        table = distribution_report(db, event=EVENT, by=by, start=day(-30), end=TODAY).tables[0]
        assert table.rows and all(len(row) == len(table.columns) for row in table.rows), by
    assert distribution_report(db, event=EVENT, start=day(-30), end=day(-1)).tables[0].rows == ()
    totals = indicators.distribution_by_kecamatan(db, event=EVENT)
    assert [(t.kecamatan, t.people) for t in totals] == [("Kampar Kiri", 280), ("Kampar", 310)]


def test_charts_figures(reports_db):
    db, _ = reports_db
    cover = {c.sku: c for c in indicators.stock_cover(db, days=30)}
    # rice: 50 issued in 30 days; on hand usable 100 - 30 (quarantined) = 70 -> 42 days
    assert (cover["BRS"].per_day, cover["BRS"].on_hand, cover["BRS"].days) == (Decimal("1.667"), 70, Decimal("42.0"))
    months = indicators.expiries_by_month(db, months=12)
    assert months[0].month is None and len(months) == 13
    assert sum(m.lots for m in months) >= 3  # soon (10 days), M-1 (100 days), M-3...


# -- exports -------------------------------------------------------------------------------------------------

def test_xlsx_has_typed_cells_a_header_frozen_panes_and_totals(reports_db, tmp_path):
    from openpyxl import load_workbook

    db, _ = reports_db
    report = distribution_report(db, event=EVENT, by="detail")
    path = tmp_path / "4w.xlsx"
    assert export(report, path) == 5
    sheet = load_workbook(path).worksheets[0]
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Date")
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert sheet.cell(header_row, 1).font.b
    first = header_row + 1
    assert isinstance(sheet.cell(first, 1).value, dt.datetime)  # a date cell
    assert sheet.cell(first, 1).number_format == "yyyy-mm-dd"
    assert isinstance(sheet.cell(first, 6).value, (int, float)) and sheet.cell(first, 6).data_type == "n"
    evil = next(r for r in range(first, first + 5) if sheet.cell(r, 4).value == "EVIL")
    assert sheet.cell(evil, 5).value == HOSTILE and sheet.cell(evil, 5).data_type == "s"  # text, not a formula
    total = first + 5
    assert sheet.cell(total, 1).value == "TOTAL" and sheet.cell(total, 8).font.b
    assert sheet.cell(total, 8).value == pytest.approx(sum(sheet.cell(r, 8).value for r in range(first, total)))
    # a multi-table report: one sheet each
    path = tmp_path / "donor.xlsx"
    write_xlsx(donor_report(db, "DON-2"), path)
    assert load_workbook(path).sheetnames == ["Summary per item", "Lots", "Where each lot went"]


def test_csv_neutralises_formulas_and_keeps_numbers_in_the_language(reports_db, tmp_path):
    db, _ = reports_db
    for text, expected in ((HOSTILE, "'" + HOSTILE), ("+62 812", "'+62 812"), ("-2+3", "'-2+3"),
                           ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\r=1", "'\r=1"), ("Beras", "Beras")):
        assert safe_text(text) == expected
    report = distribution_report(db, event=EVENT, by="item")
    path = tmp_path / "4w.csv"
    write_csv(report, path, lang="id")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM for Excel
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    evil = next(row for row in rows if row[0] == "EVIL")
    assert evil[1] == "'" + HOSTILE
    mie = next(row for row in rows if row[0] == "MIE")
    assert mie[4] == "0,9"  # 10 x 0.09 kg, Indonesian decimal comma
    write_csv(report, path, lang="en")
    assert next(row for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines())
                if row[0] == "MIE")[4] == "0.9"


def test_pdf_renders_with_letterhead_title_and_rows(reports_db, tmp_path):
    import pypdfium2
    from pypdf import PdfReader

    from gudang.documents.data import Letterhead

    db, _ = reports_db
    for report in (distribution_report(db, event=EVENT, by="recipient"), donor_report(db, "DON-1"),
                   position_report(db, day(-30), TODAY)):
        path = tmp_path / f"{report.key}.pdf"
        export(report, path, Letterhead())
        text = "".join(page.extract_text() for page in PdfReader(path).pages)
        assert report.title in text and "Page 1 of" in text
        pdf = pypdfium2.PdfDocument(str(path))
        image = pdf[0].render(scale=1).to_pil()
        low, high = image.convert("L").getextrema()
        assert image.size[0] > 500 and low < 100 < high  # ink on paper
        pdf.close()
    assert HOSTILE in text or "=cmd" in text  # user text printed as text


def test_an_export_to_an_unknown_format_or_an_unwritable_place_is_refused(reports_db, tmp_path):
    db, _ = reports_db
    report = position_report(db, day(-30), TODAY)
    with pytest.raises(Exception, match="must end in .xlsx, .csv or .pdf"):
        export(report, tmp_path / "x.txt")
    with pytest.raises(Exception, match="cannot write"):
        export(report, tmp_path / "no" / "such" / "x.csv")


def test_the_reports_reconcile_on_postgresql_too(fresh_db):
    """The same queries on both servers (the SQL is generated per dialect)."""
    db = fresh_db
    data = history(db)
    rows = {r.sku: r for r in position_rows(db, day(-30), TODAY)}
    assert {sku: r.closing for sku, r in rows.items() if r.closing} == on_hand_by_item(db)
    assert (rows["BRS"].received, rows["BRS"].issued, rows["BRS"].written_off) == (190, 50, 40)
    _, lots, dispatches = donor_figures(db, "DON-1")
    assert all(lot.received - lot.dispatched - lot.written_off + lot.adjusted == lot.on_hand for lot in lots)
    assert data["cancelled"] not in {d.number for d in dispatches}
    assert sum(r.qty for r in distribution_rows(db, event=EVENT) if r.sku == "BRS") == 50
    assert indicators.stock_cover(db, days=30) and indicators.expiries_by_month(db)
