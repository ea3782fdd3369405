"""Items, partners, locations, settings and users through their dialogs and pages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gudang.services import catalogue, locations, partners, setup, users


def press_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


@pytest.fixture
def items_page(qtbot, ops):
    from ui.pages.catalogue import CataloguePage

    page = CataloguePage(ops)
    ops.changed.connect(page.refresh)  # as the main window wires its pages
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_add_item_through_the_dialog(qtbot, ops, sqlite_db, items_page, lang_id):
    from ui.dialogs.masterdata import ItemDialog

    dialog = ItemDialog(ops, None, ["permakanan"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.field_sku, "SRG-01")
    qtbot.keyClicks(dialog.field_name, "Sarung dewasa")
    dialog.field_unit.setCurrentText("lembar")
    dialog.field_category.setCurrentText("sandang")
    dialog.expiry_required.setChecked(False)
    qtbot.keyClicks(dialog.field_min_stock, "1.500")  # Indonesian grouping: one thousand five hundred
    qtbot.keyClicks(dialog.field_weight_kg, "0,35")  # Indonesian decimal comma
    qtbot.keyClicks(dialog.field_pack_units, "bal=20")
    press_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    item = next(i for i in catalogue.list_items(sqlite_db) if i.sku == "SRG-01")
    assert (item.name, item.unit, item.category, item.expiry_required) == ("Sarung dewasa", "lembar", "sandang", False)
    assert item.min_stock == Decimal(1500) and item.weight_kg == Decimal("0.35")
    assert item.pack_units == (("bal", Decimal(20)),)
    # The catalogue page heard of the change and shows the new item.
    assert "SRG-01" in [r.sku for r in items_page.model.rows()]


def test_item_errors_appear_next_to_the_field_and_nothing_is_saved(qtbot, ops, sqlite_db):
    from ui.dialogs.masterdata import ItemDialog

    dialog = ItemDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field_sku, "KSG-01")
    press_save(qtbot, dialog)  # no name
    assert dialog.field_error("name") and not dialog.field_error("sku")
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.field_name, "Kasur")
    qtbot.keyClicks(dialog.field_gtin, "1234567890123")  # wrong check digit
    press_save(qtbot, dialog)
    assert "GTIN" in dialog.field_error("gtin") and not dialog.field_error("name")
    dialog.field_gtin.clear()
    qtbot.keyClicks(dialog.field_weight_kg, "berat")
    press_save(qtbot, dialog)
    assert dialog.field_error("weight-kg")
    assert catalogue.list_items(sqlite_db) == []


def test_duplicate_sku_is_shown_in_the_dialog(qtbot, ops, admin, sqlite_db):
    from ui.dialogs.masterdata import ItemDialog

    catalogue.add_item(sqlite_db, admin, catalogue.ItemInput("TPL-46", "Terpal 4x6", "lembar"))
    dialog = ItemDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field_sku, "TPL-46")
    qtbot.keyClicks(dialog.field_name, "Terpal lagi")
    press_save(qtbot, dialog)
    assert "TPL-46" in (dialog.field_error("sku") or dialog.banner_text()) and dialog.isVisible()
    assert len(catalogue.list_items(sqlite_db)) == 1


def test_edit_and_deactivate_an_item_from_the_page(qtbot, ops, admin, sqlite_db, items_page):
    from ui.dialogs.masterdata import ItemDialog

    catalogue.add_item(sqlite_db, admin, catalogue.ItemInput("TPL-46", "Terpal 4x6", "lembar", "shelter",
                                                             pack_units=(("bal", Decimal(10)),)))
    items_page.load()
    assert items_page.select_code("TPL-46", "sku")
    item = items_page._item("TPL-46")
    dialog = ItemDialog(ops, item)
    qtbot.addWidget(dialog)
    assert dialog.field_sku.isReadOnly() and not dialog.field_unit.isEnabled()
    assert dialog.field_pack_units.text() == "bal=10"
    dialog.field_name.clear()
    qtbot.keyClicks(dialog.field_name, "Terpal plastik 4 x 6 m")
    press_save(qtbot, dialog)
    assert catalogue.list_items(sqlite_db)[0].name == "Terpal plastik 4 x 6 m"
    assert items_page.select_code("TPL-46", "sku")
    assert items_page.active_button.text() == "Deactivate"
    qtbot.mouseClick(items_page.active_button, Qt.MouseButton.LeftButton)
    assert catalogue.list_items(sqlite_db)[0].active is False
    assert items_page.selected().active is False and items_page.active_button.text() == "Activate"
    items_page.show_inactive.setChecked(False)
    assert items_page.model.rowCount() == 0
    items_page.show_inactive.setChecked(True)
    items_page.select_code("TPL-46", "sku")
    qtbot.mouseClick(items_page.active_button, Qt.MouseButton.LeftButton)
    assert catalogue.list_items(sqlite_db)[0].active is True


def test_catalogue_search_and_category(qtbot, ops, admin, sqlite_db, items_page):
    for sku, name, cat in (("A-1", "Beras", "permakanan"), ("A-2", "Selimut", "sandang"), ("A-3", "Mie", "permakanan")):
        catalogue.add_item(sqlite_db, admin, catalogue.ItemInput(sku, name, "pcs", cat))
    items_page.load()
    assert items_page.model.rowCount() == 3
    qtbot.keyClicks(items_page.search, "selim")
    qtbot.waitUntil(lambda: [r.sku for r in items_page.model.rows()] == ["A-2"])
    items_page.search.clear()
    qtbot.waitUntil(lambda: items_page.model.rowCount() == 3)
    items_page.category.setCurrentIndex(items_page.category.findData("permakanan"))
    assert [r.sku for r in items_page.model.rows()] == ["A-1", "A-3"]


def test_partner_add_edit_deactivate(qtbot, ops, sqlite_db):
    from ui.dialogs.masterdata import PartnerDialog
    from ui.pages.partners import PartnersPage

    page = PartnersPage(ops)
    ops.changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.show()
    dialog = PartnerDialog(ops, None, "recipient")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.field_code, "POSKO-BK")
    qtbot.keyClicks(dialog.field_name, "Posko Bangkinang")
    qtbot.keyClicks(dialog.field_region, "Bangkinang Kota")
    qtbot.keyClicks(dialog.field_people_served, "1.250")
    press_save(qtbot, dialog)
    partner = partners.list_partners(sqlite_db)[0]
    assert (partner.code, partner.kind, partner.region, partner.people_served) == (
        "POSKO-BK", "recipient", "Bangkinang Kota", 1250)
    assert [r.code for r in page.model.rows()] == ["POSKO-BK"]
    edit = PartnerDialog(ops, partner)
    qtbot.addWidget(edit)
    assert not edit.field_kind.isEnabled()
    qtbot.keyClicks(edit.field_phone, "0812-7000-1234")
    press_save(qtbot, edit)
    assert partners.list_partners(sqlite_db)[0].phone == "0812-7000-1234"
    page.select_code("POSKO-BK")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert partners.list_partners(sqlite_db)[0].active is False
    bad = PartnerDialog(ops, None, "donor")
    qtbot.addWidget(bad)
    qtbot.keyClicks(bad.field_code, "X")
    qtbot.keyClicks(bad.field_name, "Donatur X")
    qtbot.keyClicks(bad.field_people_served, "banyak")
    press_save(qtbot, bad)
    assert bad.field_error("people-served")
    page.kind.setCurrentIndex(page.kind.findData("donor"))
    assert page.model.rowCount() == 0


def test_location_add_and_deactivate(qtbot, ops, sqlite_db):
    from ui.dialogs.masterdata import LocationDialog
    from ui.pages.locations import LocationsPage

    page = LocationsPage(ops)
    ops.changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.show()
    before = {r.code for r in page.model.rows()}
    assert {"TERIMA-01", "KARANTINA-01"} <= before
    dialog = LocationDialog(ops, ["GDG-01"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.field_code, "C-03-01")
    qtbot.keyClicks(dialog.field_name, "Lorong C rak 3")
    press_save(qtbot, dialog)
    assert "C-03-01" in {r.code for r in locations.list_locations(sqlite_db)}
    assert "C-03-01" in {r.code for r in page.model.rows()}
    duplicate = LocationDialog(ops, ["GDG-01"])
    qtbot.addWidget(duplicate)
    qtbot.keyClicks(duplicate.field_code, "C-03-01")
    press_save(qtbot, duplicate)
    assert "C-03-01" in duplicate.banner_text()
    page.select_code("C-03-01")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert not next(r for r in locations.list_locations(sqlite_db) if r.code == "C-03-01").active
    qtbot.keyClicks(page.search, "karantina")
    qtbot.waitUntil(lambda: [r.code for r in page.model.rows()] == ["KARANTINA-01"])


def test_print_label_calls_the_label_printer(qtbot, ops, admin, sqlite_db, items_page, monkeypatch):
    from gudang.reports import printing
    import ui.pdf_preview

    catalogue.add_item(sqlite_db, admin, catalogue.ItemInput("TPL-46", "Terpal 4x6", "lembar"))
    shown = []
    monkeypatch.setattr(ui.pdf_preview, "show_pdf", lambda pdf, title, name, parent=None: shown.append((pdf, name)))
    items_page.load()
    items_page.select_code("TPL-46", "sku")
    items_page.print_label("thermal-50x30")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # made in the background
    assert shown[0][0].startswith(b"%PDF") and shown[0][1] == "label-TPL-46.pdf"
    assert callable(printing.labels_pdf)


def test_settings_agency_users_and_backup(qtbot, ops, sqlite_db, tmp_path):
    from ui.dialogs.users import UserDialog
    from ui.pages.settings import SettingsPage

    page = SettingsPage(ops)
    ops.changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.show()
    assert page.fields["agency_line1"].text() == "PEMERINTAH KABUPATEN KAMPAR"
    page.fields["agency_address"].setText("Jl. Prof. M. Yamin SH No. 1, Bangkinang")
    page.fields["head_name"].setText("Drs. H. Ahmad")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    values = setup.get_settings(sqlite_db)
    assert values["agency_address"] == "Jl. Prof. M. Yamin SH No. 1, Bangkinang" and values["head_name"] == "Drs. H. Ahmad"
    page.fields["number_pattern"].setText("{nonsense")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert setup.get_settings(sqlite_db)["number_pattern"] != "{nonsense"

    dialog = UserDialog(ops)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.field_name, "budi")
    qtbot.keyClicks(dialog.field_full_name, "Budi Santoso")
    qtbot.keyClicks(dialog.field_password, "gudang-1")
    qtbot.keyClicks(dialog.field_repeat, "gudang-2")
    press_save(qtbot, dialog)
    assert dialog.field_error("repeat") and "budi" not in {u.name for u in users.list_users(sqlite_db)}
    dialog.field_repeat.clear()
    qtbot.keyClicks(dialog.field_repeat, "gudang-1")
    press_save(qtbot, dialog)
    assert ("budi", "petugas") in {(u.name, u.role) for u in users.list_users(sqlite_db)}
    rows = [u.name for u in page.user_model.rows()]
    page.user_view.selectRow(rows.index("budi"))
    page.role.setCurrentIndex(page.role.findData("kepala_gudang"))
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    rows = [u.name for u in page.user_model.rows()]
    page.user_view.selectRow(rows.index("budi"))
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    budi = next(u for u in users.list_users(sqlite_db) if u.name == "budi")
    assert (budi.role, budi.active) == ("kepala_gudang", False)

    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    backups = list((sqlite_db.path.parent / "backups").glob("*-manual.sqlite3"))
    assert len(backups) == 1 and str(backups[0]) in page.backup_info.text()


def test_events_list_and_add(qtbot, ops, sqlite_db):
    from ui.dialogs.events import EventsDialog

    dialog = EventsDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    qtbot.keyClicks(dialog.code, "BJR-KPR-2026-12")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text()  # no name
    qtbot.keyClicks(dialog.name, "Banjir Kampar Desember 2026")
    dialog.type.setCurrentIndex(dialog.type.findData("banjir"))
    qtbot.keyClicks(dialog.area, "Kampar Kiri")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    events = partners.list_events(sqlite_db)
    assert [(e.code, e.type, e.area) for e in events] == [("BJR-KPR-2026-12", "banjir", "Kampar Kiri")]
    assert dialog.model.rowCount() == 1 and not dialog.error_text()


def test_item_dialog_shows_every_error_at_once_and_starts_on_the_first_field(qtbot, ops, lang_en):
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.masterdata import ItemDialog

    dialog = ItemDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field_sku or dialog.focusWidget() is dialog.field_sku)
    qtbot.keyClicks(dialog.field_gtin, "12345")  # no SKU, no name, a bad GTIN, a bad number
    qtbot.keyClicks(dialog.field_weight_kg, "dua")
    dialog.save()
    assert dialog.isVisible()
    shown = {name for name in ("sku", "name", "gtin", "weight-kg", "unit", "min-stock") if dialog.field_error(name)}
    assert shown == {"sku", "name", "gtin", "weight-kg"}
    assert "field" not in dialog.field_error("weight-kg")  # the label says which field already
    assert dialog.focusWidget() is dialog.field_sku
    # An existing item: the code is fixed, the focus goes to its name.
    from gudang.services import catalogue

    item = catalogue.add_item(ops.db, ops.actor, catalogue.ItemInput("TPL-46", "Terpal 4x6", "lembar"))
    edit = ItemDialog(ops, next(r for r in catalogue.list_items(ops.db, "TPL-46") if r.sku == item.sku))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitUntil(lambda: edit.focusWidget() is edit.field_name)
