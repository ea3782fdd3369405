"""Per-workstation settings (database, language, printer, label template), logging out,
switching user and changing one's own password."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from gudang.services import users
from tests.conftest import ADMIN, PASSWORD, make_database


def controller_on(qapp, qtbot, path, monkeypatch, logins):
    """A controller whose login dialog answers with the next of `logins` (an actor or None)."""
    from ui.app import Controller

    controller = Controller(qapp, str(path), "en")
    monkeypatch.setattr(Controller, "login", lambda self, user="": logins.pop(0))
    return controller


def test_choose_another_database_in_the_settings(qtbot, qapp, tmp_path, monkeypatch, lang_en):
    from ui import workstation

    first, second = tmp_path / "kantor.sqlite3", tmp_path / "latihan.sqlite3"
    make_database(f"sqlite:///{first}").dispose()
    other = make_database(f"sqlite:///{second}")
    users.add_user(other, users.authenticate(other, ADMIN, PASSWORD), "sari", "petugas", "sari-latihan-1")
    sari = users.authenticate(other, "sari", "sari-latihan-1")
    other.dispose()
    logins = [sari]
    controller = controller_on(qapp, qtbot, first, monkeypatch, logins)
    try:
        assert controller.open_database()
        window = controller.show_main(users.authenticate(controller.db, ADMIN, PASSWORD))
        qtbot.addWidget(window)
        settings = window.show_page("settings")
        assert str(first) in settings.database_label.text()
        # A bad URL: refused, nothing changes.
        qtbot.keyClicks(settings.database_url, "mysql://nope")
        qtbot.mouseClick(settings.database_url_button, Qt.MouseButton.LeftButton)
        assert controller.window is window and workstation.database() is None
        # Another file: remembered for this workstation, then its own users log in.
        settings.database_changed.emit(str(second))
        assert controller.window is not window and controller.db.path == second
        qtbot.addWidget(controller.window)
        assert workstation.database() == str(second)
        assert controller.ops.actor.name == "sari" and "latihan.sqlite3" in controller.window.db_label.text()
        # Next start without --db: this workstation's database.
        from ui.app import Controller

        assert Controller(qapp, None, "en").chosen_database() == str(second)
    finally:
        if controller.db is not None:
            controller.db.dispose()


def test_log_out_switch_user_and_change_my_password(qtbot, qapp, tmp_path, monkeypatch, lang_en):
    path = tmp_path / "gudang.sqlite3"
    db = make_database(f"sqlite:///{path}")
    admin = users.authenticate(db, ADMIN, PASSWORD)
    users.add_user(db, admin, "budi", "petugas", "budi-gudang-1")
    budi = users.authenticate(db, "budi", "budi-gudang-1")
    db.dispose()
    logins = [budi, None]
    controller = controller_on(qapp, qtbot, path, monkeypatch, logins)
    quits = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    try:
        assert controller.open_database()
        window = controller.show_main(admin)
        qtbot.addWidget(window)
        window.ops.show_dialogs = False
        assert [a.text() for a in window.user_menu.actions()] == ["Change my password…", "Switch user…", "Log out"]
        window.switch_action.trigger()
        budi_window = controller.window
        qtbot.addWidget(budi_window)
        assert budi_window is not window and budi_window.ops.actor.name == "budi"
        assert "budi" in budi_window.user_label.text()

        budi_window.password_action.trigger()
        dialog = budi_window.password_dialog
        qtbot.keyClicks(dialog.field_current, "salah-sekali")
        qtbot.keyClicks(dialog.field_password, "budi-baru-22")
        qtbot.keyClicks(dialog.field_repeat, "budi-baru-22")
        dialog.save()
        assert dialog.isVisible() and "current password" in dialog.field_error("current")
        dialog.field_current.clear()
        qtbot.keyClicks(dialog.field_current, "budi-gudang-1")
        dialog.field_repeat.clear()
        qtbot.keyClicks(dialog.field_repeat, "budi-baru-2")
        dialog.save()
        assert "differ" in dialog.field_error("repeat")
        for edit in (dialog.field_password, dialog.field_repeat):
            edit.clear()
            qtbot.keyClicks(edit, "abc")
        dialog.save()
        assert dialog.field_error("password")  # too short
        for edit in (dialog.field_password, dialog.field_repeat):
            edit.clear()
            qtbot.keyClicks(edit, "budi-baru-22")
        dialog.save()
        assert not dialog.isVisible()
        assert users.authenticate(controller.db, "budi", "budi-baru-22").name == "budi"

        # Log out; nobody logs in: the application ends.
        budi_window.logout_action.trigger()
        assert quits == [True]
    finally:
        controller.db.dispose()


def test_printer_and_label_template_are_this_workstations(qtbot, window, lang_en):
    from ui import workstation

    settings = window.show_page("settings")
    settings.label_template.setCurrentIndex(settings.label_template.findData("thermal-50x30"))
    assert workstation.label_template() == "thermal-50x30"
    items = window.show_page("catalogue")
    assert items.print_button.menu().actions()[0].text() == "thermal-50x30"
    assert settings.printer.itemData(0) == "" and workstation.printer() is None


def test_import_items_from_a_spreadsheet(qtbot, window, sqlite_db, tmp_path, lang_en):
    import openpyxl

    from gudang.services import catalogue

    bad = tmp_path / "barang.csv"
    bad.write_text("sku,name,unit,min-stock\nSBN-01,Sabun mandi,pcs,10\n,Tanpa kode,pcs,\nSBN-01,Dobel,pcs,\n",
                   encoding="utf-8")
    page = window.show_page("catalogue")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    dialog.start(str(bad))
    qtbot.waitUntil(lambda: dialog.choose_button.isEnabled(), timeout=10_000)
    assert "Nothing was imported: 2 rows" in dialog.status.text()
    assert [line.split(":")[0] for line in dialog.problem_lines()] == ["row 3", "row 4"]
    good = tmp_path / "barang.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["sku", "name", "unit", "category"])
    book.active.append(["SBN-01", "Sabun mandi", "pcs", "kebersihan"])
    book.active.append(["SKT-01", "Sikat gigi", "pcs", "kebersihan"])
    book.save(good)
    dialog.start(str(good))
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert "2 items imported" in dialog.status.text()
    assert {r.sku for r in catalogue.list_items(sqlite_db)} >= {"SBN-01", "SKT-01"}
    qtbot.waitUntil(lambda: page.select_code("SKT-01", "sku"))  # the catalogue shows them


def test_an_indonesian_spreadsheet_with_a_thousands_dot_is_refused_in_the_import_dialog(qtbot, lang_id, sqlite_db,
                                                                                       window, tmp_path):
    """What Excel set to Indonesian saves: semicolons, "0,9" kg, and a formatted "1.500". The dialog
    lists the row in Indonesian and imports nothing; written 1500, the sheet imports."""
    from gudang.services import catalogue

    sheet = tmp_path / "barang.csv"
    sheet.write_text("sku;name;unit;min-stock;weight-kg\nBRS-25;Beras 25 kg;karung;1.500;25\n"
                     "MNY-1;Minyak goreng;liter;200;0,9\n", encoding="utf-8-sig")
    page = window.show_page("catalogue")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    dialog.start(str(sheet))
    qtbot.waitUntil(lambda: dialog.choose_button.isEnabled(), timeout=10_000)
    assert dialog.problem_lines() == ["baris 2: kolom min-stock: 1.500 bisa dibaca dua cara: tulis 1500 atau 1,5"]
    assert not {r.sku for r in catalogue.list_items(sqlite_db)} & {"BRS-25", "MNY-1"}
    sheet.write_text(sheet.read_text(encoding="utf-8-sig").replace(";1.500;", ";1500;"), encoding="utf-8-sig")
    dialog.start(str(sheet))
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    items = {r.sku: r for r in catalogue.list_items(sqlite_db)}
    assert (items["BRS-25"].min_stock, items["MNY-1"].weight_kg) == (1500, Decimal("0.9"))


def test_check_the_database_runs_in_the_background(qtbot, window, lang_en):
    settings = window.show_page("settings")
    for button, check in ((settings.quick_check_button, "Quick check"), (settings.verify_button, "Full check")):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not settings.quick_check_button.isEnabled() and not settings.verify_button.isEnabled()
        qtbot.waitUntil(lambda: settings.verify_button.isEnabled(), timeout=10_000)
        text = settings.check_info.text()
        assert text.startswith(f"{check}: the database is sound.") and "audit entries checked in" in text
        assert settings.check_info.objectName() != "FieldError"


def test_the_quick_check_names_a_row_edited_outside_gudang(qtbot, lang_id, sqlite_db, window):
    """Someone renames an item with a database browser: the quick check on the Settings page
    names it in Indonesian, in red, with the problems' lines under it."""
    import sqlite3

    with sqlite3.connect(sqlite_db.path) as raw:
        sku = raw.execute("SELECT sku FROM item ORDER BY id LIMIT 1").fetchone()[0]
        raw.execute("UPDATE item SET name = 'Beras (diubah)' WHERE sku = ?", (sku,))
    settings = window.show_page("settings")
    qtbot.mouseClick(settings.quick_check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.quick_check_button.isEnabled(), timeout=10_000)
    lines = settings.check_info.text().splitlines()
    assert lines[0] == "Periksa cepat menemukan masalah dalam basis data. Hubungi administrator Anda:"
    assert len(lines) == 2 and sku in lines[1] and "diubah di luar Gudang" in lines[1], lines
    assert settings.check_info.objectName() == "FieldError"
