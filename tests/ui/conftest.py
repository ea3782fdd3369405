"""Fixtures for the widget tests: an Operations helper that reports errors
without blocking, a small stocked warehouse, the main window.

Qt runs offscreen (tests/conftest.py). The Indonesian translator is installed
only by tests that ask for it (`lang_id` / `lang_en`) and removed afterwards,
so other UI tests see the English source texts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.conftest import ADMIN, PASSWORD  # noqa: F401  (re-exported for the tests)

TODAY = dt.date.today()



@pytest.fixture
def lang_id(qapp):
    from gudang import i18n as core_i18n
    from ui import i18n

    i18n.install("id", qapp)
    yield "id"
    i18n.install("en", qapp)
    core_i18n.set_language(core_i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def lang_en(qapp):
    from gudang import i18n as core_i18n
    from ui import i18n

    i18n.install("en", qapp)
    yield "en"
    core_i18n.set_language(core_i18n.DEFAULT_LANGUAGE)


@pytest.fixture(autouse=True)
def workstation_settings(qapp, tmp_path):
    """Each test its own per-workstation settings (QSettings), never the tester's own."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "config"
    folder.mkdir(exist_ok=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """A QMessageBox that slipped through would block the test run: record it instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind, answer=QMessageBox.StandardButton.Ok):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


def make_ops(db, actor):
    from ui.operations import Operations

    ops = Operations(db, actor)
    ops.show_dialogs = False
    return ops


@pytest.fixture
def ops(sqlite_db, admin):
    return make_ops(sqlite_db, admin)


def stock_world(db, actor, today: dt.date = TODAY) -> dict:
    """Bins, partners, three items and lots that are expired / soon / later / without expiry."""
    from gudang.domain.inputs import IssueInput, IssueLineInput, ReceiptInput, ReceiptLineInput
    from gudang.services import catalogue, issues, locations, partners, receipts
    from gudang.services.catalogue import ItemInput
    from gudang.services.partners import PartnerInput

    for code in ("A-01-01", "A-01-02", "B-01-01"):
        locations.add_location(db, actor, code)
    partners.add_partner(db, actor, PartnerInput("BNPB", "BNPB Pusat", "donor"))
    partners.add_partner(db, actor, PartnerInput("POSKO-LK", "Posko Lipat Kain", "recipient", region="Kampar Kiri"))
    catalogue.add_item(db, actor, ItemInput("BRS-05", "Beras 5 kg", "sak", "permakanan", min_stock=Decimal(500),
                                            weight_kg=Decimal(5)))
    catalogue.add_item(db, actor, ItemInput("MIE-01", "Mie instan", "bungkus", "permakanan",
                                            weight_kg=Decimal("0.08")))
    catalogue.add_item(db, actor, ItemInput("TND-KLG", "Tenda keluarga", "unit", "shelter", lot_tracked=False,
                                            expiry_required=False, weight_kg=Decimal(25)))
    day = lambda n: today + dt.timedelta(days=n)  # noqa: E731
    received = receipts.post_receipt(db, actor, ReceiptInput(
        date=today - dt.timedelta(days=30), donor="BNPB", lines=(
            ReceiptLineInput("BRS-05", Decimal(100), lot="BRS-OLD", expiry=day(-5), location="A-01-01"),
            ReceiptLineInput("BRS-05", Decimal(200), lot="BRS-SOON", expiry=day(20), location="A-01-01"),
            ReceiptLineInput("MIE-01", Decimal(400), lot="MIE-MID", expiry=day(75), location="A-01-02"),
            ReceiptLineInput("MIE-01", Decimal(300), lot="MIE-LATE", expiry=day(400), location="B-01-01"),
            ReceiptLineInput("TND-KLG", Decimal(10), location="B-01-01"),
        )))
    issued = issues.issue_goods(db, actor, IssueInput(date=today, recipient="POSKO-LK", lines=(
        IssueLineInput("MIE-01", Decimal(50)),)))
    barcodes = {line.lot or line.sku: line.barcode for line in received.lines}
    return {"receipt": received.number, "issue": issued.number, "barcodes": barcodes}


# A migrated database takes seconds to create (Alembic, argon2, fsync): build the
# empty one and the stocked one once per session and give each test a copy.
_templates: dict[str, tuple] = {}


def _template(tmp_path_factory, name: str):
    if name not in _templates:
        from gudang.db.engine import Database
        from gudang.services.users import authenticate
        from tests.conftest import make_database

        path = tmp_path_factory.mktemp("template") / f"{name}.sqlite3"
        db = make_database(f"sqlite:///{path}")
        data = stock_world(db, authenticate(db, ADMIN, PASSWORD)) if name == "world" else None
        db.dispose()
        _templates[name] = (path, data)
    return _templates[name]


@pytest.fixture
def sqlite_db(request, tmp_path, tmp_path_factory):
    """As tests/conftest.py's, from a copy of a template (stocked if the test uses `world`)."""
    import shutil
    import sqlite3

    from gudang.db.engine import Database

    source, _ = _template(tmp_path_factory, "world" if "world" in request.fixturenames else "empty")
    target = tmp_path / "gudang.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    anchor = source.with_name(source.name + ".anchor")  # the chain anchor goes with its database
    if anchor.is_file():
        shutil.copyfile(anchor, target.with_name(target.name + ".anchor"))
    db = Database(f"sqlite:///{target}")
    yield db
    db.dispose()


@pytest.fixture
def world(sqlite_db, tmp_path_factory):
    return _template(tmp_path_factory, "world")[1]


@pytest.fixture
def window(qtbot, ops, world):
    from ui.main_window import MainWindow

    win = MainWindow(ops, agency="BPBD Kabupaten Kampar", database_text="test.sqlite3")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.pages["dashboard"].data is not None)  # figures load in the background
    return win


@pytest.fixture(autouse=True)
def synchronous_stock_page(monkeypatch):
    """The Stock page loads its keys in a worker thread; the tests read them at once."""
    from ui.pages.reports import ReportTab
    from ui.pages.stock import StockPage

    monkeypatch.setattr(StockPage, "background", False)
    monkeypatch.setattr(ReportTab, "background", False)


@pytest.fixture(autouse=True)
def background_queries_done():
    """No background query may outlive its test (and its database)."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    """Work in progress (gudang.services.workinprogress) goes to the user data folder: each test
    has its own, never the real one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return tmp_path / "xdg-data"
