"""Needs-based distribution on screen, driven by typing and clicking as a clerk would:
a posko with its people, a request, the allocation (with a change typed by the kepala
gudang), its draft issues, their approval and posting; issuing from a request; the
Reports page's exports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gudang.domain.request_inputs import RequestInput, RequestLineInput
from gudang.services import catalogue, issues, partners, receipts, requests
from gudang.services.catalogue import ItemInput
from gudang.services.partners import PartnerInput

TODAY = dt.date.today()
EVENT = "BJR-UI"


@pytest.fixture
def needs(sqlite_db, admin):
    """Rice short for three posko of one event; noodles enough."""
    from gudang.domain.inputs import ReceiptInput, ReceiptLineInput
    from gudang.services import locations

    db = sqlite_db
    for code in ("A-01", "A-02"):
        locations.add_location(db, admin, code)
    partners.add_partner(db, admin, PartnerInput("BNPB", "BNPB Pusat", "donor"))
    partners.add_event(db, admin, EVENT, "Banjir uji layar", "banjir", TODAY - dt.timedelta(days=5))
    for code, kecamatan, desa, people in (("R2", "Kampar Kiri Hulu", "Batu Sanggan", 180),
                                          ("R3", "Kampar", "Ranah", 310)):
        partners.add_partner(db, admin, PartnerInput(code, f"Posko {desa}", "recipient", region=kecamatan,
                                                     desa=desa, people_served=people))
    catalogue.add_item(db, admin, ItemInput("BRS", "Beras medium", "kg", "permakanan", weight_kg=Decimal(1)))
    catalogue.add_item(db, admin, ItemInput("MIE", "Mie instan", "bungkus", "permakanan"))
    receipts.post_receipt(db, admin, ReceiptInput(date=TODAY - dt.timedelta(days=2), donor="BNPB", lines=(
        ReceiptLineInput("BRS", Decimal(100), lot="B-1", expiry=TODAY + dt.timedelta(days=90), location="A-01"),
        ReceiptLineInput("MIE", Decimal(500), lot="M-1", expiry=TODAY + dt.timedelta(days=200), location="A-02"))))
    for code, qty in (("R2", 60), ("R3", 90)):
        requests.add_request(db, admin, RequestInput(TODAY - dt.timedelta(days=1), code, (
            RequestLineInput("BRS", Decimal(qty)),), event=EVENT, priority=2))
    return db


@pytest.fixture(autouse=True)
def synchronous_reports(monkeypatch):
    from ui.pages.report_tabs import CoreReportTab

    monkeypatch.setattr(CoreReportTab, "background", False)


def press_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def type_in_cell(qtbot, view, index, text: str) -> None:
    """Select a cell and type over it, as on a keyboard: the first key opens the editor,
    the rest go to the editor (the focus), Enter commits."""
    import shiboken6
    from PySide6.QtWidgets import QLineEdit

    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, text[0])
    editor = next(e for e in view.findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the loop (and the editor may be deleted by then)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def choose(qtbot, combo, text: str) -> None:
    """Type into an editable combo as a clerk does, then take the (first) completion."""
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), text)
    index = next(i for i in range(combo.count()) if text.lower() in combo.itemText(i).lower())
    combo.setCurrentIndex(index)


def test_request_allocation_drafts_approval_and_posting_by_typing(qtbot, ops, needs, lang_id):
    db = needs
    from ui.dialogs.partner import PartnerDialog
    from ui.main_window import MainWindow
    from ui.pages.requests import RequestDialog

    # A new posko with its people: kecamatan and desa from the list fill in the region code.
    dialog = PartnerDialog(ops, None, "recipient")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.field_code, "R1")
    qtbot.keyClicks(dialog.field_name, "Posko SDN 003 Kuntu")
    qtbot.keyClicks(dialog.field_kecamatan.lineEdit(), "Kampar Kiri")
    qtbot.keyClicks(dialog.field_desa.lineEdit(), "Kuntu")
    assert dialog.field_region_code.text() == "14.01.07.2003"
    for field, text in (("people_served", "1.250"), ("households", "312"), ("balita", "110"),
                        ("ibu_hamil", "21")):
        qtbot.keyClicks(getattr(dialog, f"field_{field}"), text)
    press_save(qtbot, dialog)
    posko = next(p for p in partners.list_partners(db, "recipient") if p.code == "R1")
    assert (posko.people_served, posko.households, posko.balita, posko.ibu_hamil, posko.region_code) == (
        1250, 312, 110, 21, "14.01.07.2003")

    window = MainWindow(ops, agency="BPBD", database_text="uji.sqlite3")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("requests")
    page.event.setCurrentIndex(page.event.findData(EVENT))
    # The posko's request, typed: priority 1, its people filled in from the partner.
    request = RequestDialog(ops, EVENT, parent=page)
    qtbot.addWidget(request)
    choose(qtbot, request.field_recipient, "R1")
    assert request.people_edit.text() == "1.250" and request.households_edit.text() == "312"
    request.field_priority.setCurrentIndex(request.field_priority.findData(1))
    qtbot.keyClicks(request.field_reference, "047/PMT-POSKO/KUNTU/XI")
    choose(qtbot, request.item, "BRS")
    qtbot.keyClicks(request.qty, "1.500")  # more rice than the warehouse holds
    qtbot.keyClick(request.qty, Qt.Key.Key_Return)
    choose(qtbot, request.item, "MIE")
    qtbot.keyClicks(request.qty, "240")
    qtbot.mouseClick(request.add_button, Qt.MouseButton.LeftButton)
    press_save(qtbot, request)
    assert request.result_row is not None, request.banner_text()
    number = request.result_row.number
    page.load()
    assert page.select(number)
    assert [(r.sku, r.asked, r.outstanding) for r in page.lines.rows()] == [("BRS", 1500, 1500), ("MIE", 240, 240)]

    # Allocation: priority 1 takes all the rice; the kepala gudang keeps 20 kg for R2 by typing.
    allocation = window.show_page("allocation")
    allocation.event.setCurrentIndex(allocation.event.findData(EVENT))
    qtbot.mouseClick(allocation.plan_button, Qt.MouseButton.LeftButton)
    lines = {(l.recipient, l.sku): l for l in allocation.plan.lines}
    assert lines[("R1", "BRS")].allocated == 100 and lines[("R2", "BRS")].allocated == 0
    assert allocation.chart.values()["Dialokasikan"] and "Kampar Kiri" in allocation.chart.categories()
    def cell(recipient):
        row = next(i for i, l in enumerate(allocation.model.lines) if (l.recipient, l.sku) == (recipient, "BRS"))
        return allocation.model.index(row, allocation.model.ALLOCATED)

    type_in_cell(qtbot, allocation.view, cell("R1"), "80")
    lines = {(l.recipient, l.sku): l for l in allocation.plan.lines}
    assert lines[("R1", "BRS")].allocated == 80 and lines[("R1", "BRS")].proposed == 100
    type_in_cell(qtbot, allocation.view, cell("R3"), "25")  # 80 + 25 > 100: refused, the plan unchanged
    assert "BRS: 105" in allocation.banner.text() and lines[("R3", "BRS")].allocated == 0
    type_in_cell(qtbot, allocation.view, cell("R2"), "20")
    assert {(l.recipient, l.allocated) for l in allocation.plan.lines if l.sku == "BRS"} == {
        ("R1", 80), ("R2", 20), ("R3", 0)}
    qtbot.mouseClick(allocation.draft_button, Qt.MouseButton.LeftButton)
    drafts = allocation.draft_ids()
    assert len(drafts) == 2 and "2 draf pengeluaran dibuat" in allocation.banner.text()

    # The drafts follow the normal approval and posting on the Issuing page.
    qtbot.mouseClick(allocation.open_button, Qt.MouseButton.LeftButton)
    issuing = window.pages["issuing"]
    assert window.current_key() == "issuing" and issuing.document_id == drafts[0]
    assert issuing.request_number == number
    qtbot.mouseClick(issuing.approve_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(issuing.post_button, Qt.MouseButton.LeftButton)
    assert issuing.state == "posted", issuing.feedback.text()
    if issuing.preview is not None:
        issuing.preview.close()
    window.continue_issue(drafts[1])
    qtbot.mouseClick(issuing.approve_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(issuing.post_button, Qt.MouseButton.LeftButton)
    assert issuing.state == "posted"
    if issuing.preview is not None:
        issuing.preview.close()
    rows = {(r.recipient, r.sku): r for r in requests.list_request_lines(db, event=EVENT)}
    assert (rows[("R1", "BRS")].issued, rows[("R1", "MIE")].issued, rows[("R2", "BRS")].issued) == (80, 240, 20)

    # What is still outstanding is issued from the request: the Issuing page starts with it.
    page = window.show_page("requests")
    page.load()
    page.select(number)
    assert page.issue_button.isEnabled()
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "issuing" and issuing.request_number == number
    from gudang.domain.numbers import parse_decimal

    assert [(line.sku, parse_decimal(line.qty)) for line in issuing.lines.lines] == [("BRS", 1420)]
    assert issuing.reference.text() == "047/PMT-POSKO/KUNTU/XI"
    # and a request closed with a reason takes no more issues
    page = window.show_page("requests")
    page.select(number)
    assert page.close_request("dipenuhi oleh PMI")
    assert requests.request_detail(db, number).summary.status == "closed"
    assert issues.draft_issue  # the service the issuing page uses refuses a closed request:
    from gudang.domain.errors import InvalidState

    with pytest.raises(InvalidState):
        issues.draft_issue(db, ops.actor, issuing.build_input())


def test_reports_tab_exports_xlsx_with_typed_cells_and_csv_without_formulas(qtbot, ops, needs, tmp_path):
    from openpyxl import load_workbook

    from ui.pages.reports import ReportsPage

    db = needs
    catalogue.add_item(db, ops.actor, ItemInput("EVIL", "=cmd|' /C calc'!A0", "pcs", "@lain",
                                                expiry_required=False))
    from gudang.domain.inputs import ReceiptInput, ReceiptLineInput

    receipts.post_receipt(db, ops.actor, ReceiptInput(date=TODAY, donor="BNPB", lines=(
        ReceiptLineInput("EVIL", Decimal(5), lot="E-1", location="A-01"),)))
    issues.issue_goods(db, ops.actor, issues.IssueInput(date=TODAY, recipient="R3", event=EVENT, lines=(
        issues.IssueLineInput("EVIL", Decimal(2)), issues.IssueLineInput("BRS", Decimal(30)))))
    page = ReportsPage(ops)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    tab = page.distribution
    tab.event.setCurrentIndex(tab.event.findData(EVENT))
    tab.by.setCurrentIndex(tab.by.findData("detail"))
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 3  # two lines and the total
    assert tab.export_to(tmp_path / "4w.xlsx") == 2
    sheet = load_workbook(tmp_path / "4w.xlsx").active
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    assert cells["=cmd|' /C calc'!A0"].data_type == "s"  # the hostile name is text
    assert any(isinstance(c.value, dt.datetime) for c in cells.values())  # a typed date
    assert 30 in cells and cells[30].data_type == "n"  # a typed number
    pdf = tab.pdf_bytes()
    assert pdf.startswith(b"%PDF")
    # the stock report's CSV, as shown on screen: the same name is written as text
    page.stock.run()
    page.stock.export(str(tmp_path / "stok.csv"))
    import csv

    from ui.i18n import language

    delimiter = ";" if language() == "id" else ","  # the comma is the decimal sign in Indonesian
    rows = list(csv.reader((tmp_path / "stok.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=delimiter))
    evil = next(row for row in rows if row[0] == "EVIL")
    assert evil[1] == "'=cmd|' /C calc'!A0" and not any(cell.startswith(("=", "+", "-", "@")) for cell in evil)
    # the item's name has room at 1024 px (it was squeezed to ~85 px)
    assert page.stock.view.columnWidth(1) >= 240


def test_the_ration_screen_fills_in_the_default_standards_to_save(qtbot, ops, needs, admin, lang_id):
    from gudang.services import requests
    from ui.pages.requests import RationDialog

    catalogue.add_item(needs, admin, ItemInput("KIT", "Family kit", "paket", "peralatan", lot_tracked=False,
                                               expiry_required=False))
    dialog = RationDialog(ops)
    qtbot.addWidget(dialog)
    assert requests.ration_standards(needs) == []
    choose(qtbot, dialog.item, "Beras")
    assert (dialog.person.text(), dialog.household.text()) == ("0,25", "")  # kg per person per day
    assert dialog.hint.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    choose(qtbot, dialog.item, "Family kit")
    assert (dialog.person.text(), dialog.household.text()) == ("", "1")  # one per KK
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    choose(qtbot, dialog.item, "Mie instan")  # no default: left to the kepala gudang
    assert (dialog.person.text(), dialog.household.text(), dialog.hint.text()) == ("", "", "")
    saved = {(s.sku, s.per_person_day, s.per_household) for s in requests.ration_standards(needs)}
    assert saved == {("BRS", Decimal("0.25"), None), ("KIT", None, Decimal(1))}
    assert dialog.model.rowCount() == 2
    choose(qtbot, dialog.item, "Beras")  # now its own standard, no hint
    assert dialog.person.text() == "0,25" and dialog.hint.text() == ""
