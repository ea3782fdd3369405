"""A few days of the Banjir Kampar operation from the screens alone, by three people:

the administrator sets up users, a satellite warehouse and the event; the warehouse officer
receives (scanning GS1 codes), prints lot labels, drafts a goods issue; the head of warehouse
sees the draft on the dashboard, approves and posts it from the register (surat jalan in three
copies); the delivery is confirmed; a stock opname is counted by quantity and posted with a
reason; a damaged lot is quarantined and written off with its berita acara; rice goes to the
second warehouse with a surat jalan and its arrival is confirmed; the receipt is reprinted.
Nothing in it calls a service directly: every step is a click, a scan or typed text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gudang.services import queries, users
from gudang.services.verify import verify
from tests.ui.conftest import make_ops
from tests.ui.scan_world import build, scan

BRS_GS1 = "]C10109501101530003172912311012345A\x1d3724"  # 24 sak of rice, lot 12345A (expiring years away: the screens date by the real clock)
MIE_GS1 = "(01)08991002101012(17)300331(10)M42(37)80"  # 80 bungkus of noodles, lot M42


def window_for(qtbot, db, actor):
    from ui.main_window import MainWindow

    window = MainWindow(make_ops(db, actor), agency="BPBD Kabupaten Kampar", database_text=str(db.path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot, dialog, **fields) -> None:
    for name, text in fields.items():
        edit = getattr(dialog, f"field_{name}")
        edit.clear()
        qtbot.keyClicks(edit, text)


def preview_of(qtbot, page):
    """The PDF preview the page opened (made in the background on most pages)."""
    from ui.pdf_preview import PdfPreviewDialog

    def shown():
        return [d for d in page.findChildren(PdfPreviewDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=15_000)
    dialog = shown()[-1]
    assert dialog.page_count() >= 1
    return dialog


def select_row(qtbot, page, label: str) -> None:
    page.model.fetch_all()
    for i, row in enumerate(page.model.rows()):
        if row.label == label:
            page.view.selectRow(i)
            return
    raise AssertionError(f"{label} not in the register")


@pytest.mark.slow
def test_a_few_days_of_the_flood_from_the_screens(qtbot, sqlite_db, admin, lang_en):
    build(sqlite_db, admin)  # bins, donors, a posko, the event and three items (as the catalogue pages make)
    db = sqlite_db

    # --- the administrator: people and a second warehouse ------------------------------------
    boss = window_for(qtbot, db, admin)
    from ui.dialogs.warehouse import WarehouseDialog
    from ui.dialogs.masterdata import LocationDialog

    people = boss.show_page("users")
    for name, role in (("budi", "petugas"), ("kepala", "kepala_gudang")):
        click(qtbot, people.add_button)
        dialog = people.dialog
        fill(qtbot, dialog, name=name, full_name=name.title(), password=f"{name}-gudang-1",
             repeat=f"{name}-gudang-1")
        dialog.field_role.setCurrentIndex(dialog.field_role.findData(role))
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
        assert not dialog.isVisible(), dialog.banner_text()
    click(qtbot, people.edit_button)  # the head's jabatan and NIP, for the signature blocks
    fill(qtbot, people.dialog, title="Kepala Gudang Logistik", nip="19750505 200003 1 002")
    click(qtbot, people.dialog.buttons.button(people.dialog.buttons.StandardButton.Save))
    assert users.get_user(db, "kepala").title == "Kepala Gudang Logistik"
    boss.show_page("locations")
    dialog = WarehouseDialog(boss.ops, parent=boss)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, code="GDG-02", name="Gudang Satelit Lipat Kain", address="Jl. Lintas Sumbar Km 5")
    dialog.save()
    assert dialog.result_row is not None
    dialog = LocationDialog(boss.ops, ["GDG-01", "GDG-02"], parent=boss)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, code="LK-01")
    dialog.field_warehouse.setCurrentIndex(dialog.field_warehouse.findData("GDG-02"))
    dialog.save()
    assert dialog.result_row is not None and dialog.result_row.warehouse == "GDG-02"

    budi = window_for(qtbot, db, users.authenticate(db, "budi", "budi-gudang-1"))
    kepala = window_for(qtbot, db, users.authenticate(db, "kepala", "kepala-gudang-1"))

    # --- goods in: scanned, labelled --------------------------------------------------------
    receiving = budi.show_page("receiving")
    receiving.donor.setCurrentIndex(receiving.donor.findData("BNPB"))
    scan(qtbot, receiving.scan, BRS_GS1)
    scan(qtbot, receiving.scan, MIE_GS1)
    scan(qtbot, receiving.scan, "A-01-02")  # the noodles go to A-01-02
    click(qtbot, receiving.post_button)
    assert receiving.last_receipt is not None, receiving.feedback.text
    receipt = receiving.last_receipt.number
    rice = receiving.last_receipt.lines[0].barcode
    noodles = receiving.last_receipt.lines[1].barcode
    click(qtbot, receiving.labels_button)
    preview_of(qtbot, receiving).close()

    # --- goods out: drafted by the officer, approved and posted by the head ---------------------
    issuing = budi.show_page("issuing")
    issuing.recipient.setCurrentIndex(issuing.recipient.findData("POSKO-LK"))
    scan(qtbot, issuing.scan, "MIE-01")
    issuing.lines.setData(issuing.lines.index(0, issuing.lines.QTY), "30")
    click(qtbot, issuing.save_button)
    assert issuing.state == "draft", issuing.feedback.text
    assert not issuing.approve_button.isEnabled()  # a second person approves

    dashboard = kepala.pages["dashboard"]
    dashboard.load()
    click(qtbot, dashboard.drafts_link)
    register = kepala.pages["documents"]
    select_row(qtbot, register, f"#{issuing.document_id}")
    click(qtbot, register.approve_button)
    register.show_filter(type="issue", state="approved")
    select_row(qtbot, register, f"#{issuing.document_id}")
    click(qtbot, register.post_button)
    assert register.feedback.kind == "ok", register.feedback.message
    waybill = register.feedback.message.split("surat jalan ")[1].rstrip(".")
    sheet = preview_of(qtbot, register)
    assert sheet.page_count() == 3  # the surat jalan for the recipient, the driver and the archive
    sheet.close()

    # --- the delivery, confirmed at the posko ---------------------------------------------------
    delivery = budi.show_page("delivery")
    scan(qtbot, delivery.scan, waybill)
    assert delivery.view is not None and delivery.view.number == waybill
    qtbot.keyClicks(delivery.received_by, "Pak Kades")
    click(qtbot, delivery.confirm_button)
    assert delivery.feedback.kind == "ok", delivery.feedback.text

    # --- stock opname by quantity -------------------------------------------------------------
    counting = budi.show_page("counting")
    qtbot.keyClicks(counting.bins, "A-01-02")
    click(qtbot, counting.start_button)
    scan(qtbot, counting.scan, "A-01-02")
    scan(qtbot, counting.scan, noodles)
    scan(qtbot, counting.scan, "48")  # that stack held 48 of the 50 on the books
    head_count = kepala.show_page("counting")
    head_count.refresh()
    click(qtbot, head_count.post_button)
    post = head_count.post_dialog
    assert post.table.rowCount() == 1 and "-2" in post.table.item(0, 6).text()
    qtbot.keyClicks(post.reasons[0], "dua bungkus sobek dibuang")
    click(qtbot, post.post_button)
    assert head_count.feedback.kind == "ok", head_count.feedback.text

    # --- a damaged lot: quarantined by the officer, written off by the head -----------------------
    hold = budi.show_page("quarantine")
    scan(qtbot, hold.scan, noodles)
    qtbot.keyClicks(hold.reason, "kemasan basah terendam")
    click(qtbot, hold.hold_button)
    assert hold.hold_message.kind == "ok", hold.hold_message.message
    write_off = kepala.show_page("quarantine")
    write_off.load()
    held = [i for i, r in enumerate(write_off.held_model.rows()) if r.barcode == noodles]
    write_off.held_view.selectRow(held[0])
    click(qtbot, write_off.to_writeoff_button)
    write_off.tabs.setCurrentIndex(1)
    qtbot.keyClicks(write_off.wo_reason, "rusak terendam banjir")
    qtbot.keyClicks(write_off.wo_method, "dibakar")
    click(qtbot, write_off.wo_post)
    assert write_off.wo_message.kind == "ok", write_off.wo_message.message
    preview_of(qtbot, write_off).close()

    # --- rice to the satellite warehouse, and its arrival -----------------------------------------
    moving = budi.show_page("transfers")
    scan(qtbot, moving.scan, rice)
    moving.qty.selectAll()
    qtbot.keyClicks(moving.qty, "10")
    qtbot.keyClicks(moving.target.lineEdit(), "LK-01")
    qtbot.keyClick(moving.target.lineEdit(), Qt.Key.Key_Enter)
    qtbot.keyClicks(moving.vehicle, "BM 8123 XA")
    click(qtbot, moving.post_button)
    assert moving.message.kind == "ok", moving.message.message
    preview_of(qtbot, moving).close()
    transfer = moving.last_posted.number
    delivery.load_transit()
    scan(qtbot, delivery.scan, transfer)
    qtbot.keyClicks(delivery.received_by, "Petugas GDG-02")
    click(qtbot, delivery.confirm_button)
    assert delivery.feedback.kind == "ok", delivery.feedback.text

    # --- any document again, from the register -----------------------------------------------------
    register.show_filter(type="receipt")
    select_row(qtbot, register, receipt)
    register.print_menu.actions()[0].trigger()
    again = preview_of(qtbot, register)
    assert "penerimaan" in again.windowTitle()
    again.close()

    stock = {(r.lot, r.location): r.qty for r in queries.stock_on_hand(db)}
    assert stock[("12345A", "LK-01")] == 10 and stock[("12345A", "TERIMA-01")] == 14
    assert not any(lot == "M42" for lot, _ in stock)  # 30 issued, 2 short, 48 written off
    register.show_filter()
    types = {row.type for row in register.model.rows()}
    assert {"receipt", "issue", "handover", "count", "adjustment", "quarantine", "writeoff", "transfer"} <= types
    assert verify(db).ok
