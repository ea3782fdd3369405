"""Every visible text is translated: the .ts is complete and current, the
compiled .qm is used, and the main window shows no English leftovers."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "gudang_id.ts"
QM = ROOT / "resources" / "translations" / "gudang_id.qm"

# English source texts a user meets on the main window and its pages.
ENGLISH = ["Dashboard", "Receiving", "Issuing", "Stock", "Items", "Partners", "Warehouses & bins", "Reports", "Settings",
           "Stock on hand", "Search", "All categories", "All bins", "Stock card", "Trace lot", "Recent activity",
           "Below minimum stock", "Today's dispatches", "lots expired", "New item…", "Deactivate", "Print label",
           "Quantity", "Expiry", "Bin", "Item", "Language", "Users", "Back up now", "Save settings", "Export CSV…",
           "Show", "User: %1", "Role: %1"]


def messages():
    tree = ET.parse(TS)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def test_every_source_text_has_a_finished_indonesian_translation():
    unfinished = [(context, source) for context, source, translation in messages()
                  if translation is None or translation.get("type") or not (translation.text or "").strip()]
    assert unfinished == []
    assert sum(1 for _ in messages()) > 300


def test_placeholders_survive_translation():
    for context, source, translation in messages():
        for marker in ("%1", "%2", "%3", "{seq:03d}", "{month:roman}"):
            if marker in source:
                assert marker in (translation.text or ""), (context, source)


def test_translation_files_are_current():
    """No text in the code is missing from the .ts (run scripts/build_translations.py)."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 5  # compiled after the last edit


def test_compiled_catalogue_translates(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "Dashboard") == "Dasbor"
    assert translator.translate("Columns", "Quantity") == "Jumlah"


def english_only() -> set[str]:
    """Source texts whose Indonesian differs: seeing one in Indonesian mode is a leftover."""
    return {source for _, source, translation in messages()
            if translation is not None and (translation.text or "") != source}


def widget_texts(root) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTableView, QTabWidget, QWidget,
    )

    texts = [root.windowTitle()]
    for widget in [root] + root.findChildren(QWidget):
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        texts.append(widget.toolTip())
    return [t for t in texts if t]


def test_dialogs_in_indonesian_have_no_english_leftovers(qtbot, ops, world, sqlite_db, lang_id):
    from gudang.services import catalogue, partners
    from ui.dialogs.events import EventsDialog
    from ui.dialogs.lot_trace import LotTraceDialog
    from ui.dialogs.masterdata import ItemDialog, LocationDialog, PartnerDialog
    from ui.dialogs.stock_card import StockCardDialog
    from ui.dialogs.users import UserDialog
    from ui.first_start import FirstStartDialog
    from ui.login import LoginDialog

    english = english_only()
    item = catalogue.list_items(sqlite_db, "BRS-05")[0]
    dialogs = [ItemDialog(ops), ItemDialog(ops, item), PartnerDialog(ops), PartnerDialog(ops, partners.list_partners(sqlite_db)[0]),
               LocationDialog(ops, ["GDG-01"]), UserDialog(ops), EventsDialog(ops), StockCardDialog(ops, "MIE-01"),
               LotTraceDialog(ops, world["barcodes"]["MIE-MID"]), LoginDialog(sqlite_db, "BPBD", "x"),
               FirstStartDialog(sqlite_db)]
    leftovers = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        found = sorted({t for t in widget_texts(dialog) if t in english})
        if found:
            leftovers[type(dialog).__name__] = found
    assert leftovers == {}


def visit_all_pages(window):
    texts = []
    for spec in window.specs:
        if spec.visible:
            window.show_page(spec.key)
            texts += window.visible_texts()
    return texts


def test_main_window_in_indonesian_has_no_english_leftovers(window, lang_id, qtbot, ops, world):
    from ui.main_window import MainWindow

    win = MainWindow(ops, agency="BPBD", database_text="x.sqlite3")  # built after the language is set
    qtbot.addWidget(win)
    win.show()
    texts = visit_all_pages(win)
    leftovers = sorted({t for t in texts if t in ENGLISH})
    assert leftovers == []
    english = english_only()
    everything = []
    for key in list(win.pages):
        everything += widget_texts(win.pages[key])
    assert sorted({t for t in everything if t in english}) == []
    for expected in ("Dasbor", "Penerimaan", "Pengeluaran", "Stok", "Barang", "Mitra", "Gudang & rak", "Laporan",
                     "Pengaturan", "Aktivitas terakhir", "Jumlah", "Kedaluwarsa"):
        assert expected in texts, expected


def test_main_window_in_english(qtbot, ops, world, lang_en):
    from ui.main_window import MainWindow

    win = MainWindow(ops, database_text="x.sqlite3")
    qtbot.addWidget(win)
    win.show()
    texts = visit_all_pages(win)
    for expected in ("Dashboard", "Receiving", "Issuing", "Stock", "Items", "Partners", "Warehouses & bins", "Reports",
                     "Settings", "Recent activity", "Quantity"):
        assert expected in texts


@pytest.mark.parametrize("lang, expected", [("id", "sisa 20 hari"), ("en", "20 days left")])
def test_expiry_text_follows_the_language(qapp, lang, expected):
    from gudang import i18n as core
    from ui import i18n
    from ui.models.columns import expiry_text

    i18n.install(lang, qapp)
    try:
        assert expiry_text(20) == expected
    finally:
        i18n.install("en", qapp)
        core.set_language(core.DEFAULT_LANGUAGE)
