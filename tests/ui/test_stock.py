"""The Stock page, its dialogs, the dashboard and the reports: what the widgets
show matches the ledger; every model passes Qt's model tester."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from gudang.services import dashboard, queries
from tests.ui.conftest import make_ops


@pytest.fixture
def stock_page(qtbot, ops, world):
    from ui.pages.stock import StockPage

    page = StockPage(ops)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(page):
    page.model.fetch_all()
    return [(r.sku, r.lot, r.location, r.qty) for r in page.model.rows()]


def test_stock_table_shows_every_lot_and_bin(stock_page, sqlite_db):
    expected = [(r.sku, r.lot, r.location, r.qty) for r in queries.stock_on_hand(sqlite_db)]
    assert shown(stock_page) == expected
    assert ("MIE-01", "MIE-MID", "A-01-02", Decimal(350)) in expected
    assert "5" in stock_page.count_label.text()


def test_on_a_1024_screen_barcode_and_donor_give_way_to_status_and_bin(stock_page, qtbot):
    header = stock_page.view.horizontalHeader()
    titles = {stock_page.model.headerData(c, Qt.Orientation.Horizontal): c for c in range(header.count())}
    narrow_hidden = {titles["Barcode"], titles["Donor"]}
    stock_page.resize(1024 - 210, 700)
    qtbot.waitUntil(lambda: all(header.isSectionHidden(c) for c in narrow_hidden))
    assert not any(header.isSectionHidden(c) for c in titles.values() if c not in narrow_hidden)
    assert stock_page.view.horizontalScrollBar().maximum() == 0
    status = titles["Status"]
    assert header.sectionSize(status) >= 130  # "EXPIRED 5 d" and "25 days left" read whole
    stock_page.resize(1366 - 210, 700)
    qtbot.waitUntil(lambda: not any(header.isSectionHidden(c) for c in titles.values()))


def test_filters_search_category_location_and_expiry(stock_page, qtbot):
    qtbot.keyClicks(stock_page.search, "mie")
    qtbot.waitUntil(lambda: {r[0] for r in shown(stock_page)} == {"MIE-01"})
    stock_page.search.clear()
    qtbot.waitUntil(lambda: len(shown(stock_page)) == 5)
    stock_page.category.setCurrentIndex(stock_page.category.findData("shelter"))
    assert [r[0] for r in shown(stock_page)] == ["TND-KLG"]
    stock_page.category.setCurrentIndex(0)
    stock_page.location.setCurrentIndex(stock_page.location.findData("B-01-01"))
    assert {r[1] for r in shown(stock_page)} == {"MIE-LATE", None}
    stock_page.location.setCurrentIndex(0)
    for key, lots in (("expired", {"BRS-OLD"}), ("30", {"BRS-SOON"}), ("90", {"BRS-SOON", "MIE-MID"}),
                      ("none", {None})):
        stock_page.expiry.setCurrentIndex(stock_page.expiry.findData(key))
        assert {r[1] for r in shown(stock_page)} == lots, key


def test_expiry_is_shown_as_text_icon_and_colour(stock_page):
    from ui.models.columns import expiry_state

    stock_page.model.fetch_all()
    status_column = 5
    rows = stock_page.model.rows()
    for i, row in enumerate(rows):
        index = stock_page.model.index(i, status_column)
        text = stock_page.model.data(index)
        state = expiry_state(row.days_left)
        if state == "expired":
            assert "EXPIRED" in text and stock_page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
            assert stock_page.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
        elif state == "none":
            assert text == "no expiry"
        else:
            assert "days left" in text


def test_models_pass_the_model_tester(qtmodeltester, stock_page, ops, world, sqlite_db):
    from ui.models import columns
    from ui.models.table import LazyTableModel, list_source

    qtmodeltester.check(stock_page.model)
    items = LazyTableModel(columns.item_columns(), lambda o, n: dashboard.item_rows(sqlite_db, offset=o, limit=n),
                           chunk=2)
    qtmodeltester.check(items)
    from gudang.services import activity, locations, partners, users

    for cols, rows in ((columns.partner_columns(), partners.list_partners(sqlite_db)),
                       (columns.location_columns(), locations.list_locations(sqlite_db)),
                       (columns.card_columns(), queries.stock_card(sqlite_db, "MIE-01")[1]),
                       (columns.trace_columns(), queries.trace_lot(sqlite_db, world["barcodes"]["MIE-MID"]).issues),
                       (columns.activity_columns(), activity.recent(sqlite_db)),
                       (columns.user_columns(), users.list_users(sqlite_db)),
                       (columns.below_minimum_columns(), dashboard.dashboard(sqlite_db).below_minimum),
                       (columns.dispatch_columns(), dashboard.dashboard(sqlite_db).dispatches)):
        assert rows, cols[0].title
        qtmodeltester.check(LazyTableModel(cols, list_source(rows), chunk=3))
    qtmodeltester.check(LazyTableModel(columns.stock_columns()))  # empty, no source


def test_model_loads_lazily_in_chunks(sqlite_db, world):
    from ui.models import columns
    from ui.models.table import LazyTableModel

    calls = []

    def fetch(offset, limit):
        calls.append((offset, limit))
        return dashboard.stock_rows(sqlite_db, dashboard.StockFilter(), offset, limit)

    model = LazyTableModel(columns.stock_columns(), fetch, chunk=2)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 and calls == [(0, 2)]
    model.fetch_all()
    assert model.rowCount() == 5 and not model.canFetchMore()
    assert calls == [(0, 2), (2, 2), (4, 2)]


def test_stock_card_dialog_shows_the_ledger_with_running_balance(qtbot, stock_page):
    from ui.dialogs.stock_card import StockCardDialog

    stock_page.search.setText("MIE-01")
    stock_page.load()
    stock_page.view.selectRow(0)
    assert stock_page.card_button.isEnabled()
    qtbot.mouseClick(stock_page.card_button, Qt.MouseButton.LeftButton)
    dialog = stock_page.findChild(StockCardDialog)
    assert dialog is not None
    rows = [(r.qty_in, r.qty_out, r.balance) for r in dialog.model.rows()]
    assert rows == [(Decimal(400), 0, Decimal(400)), (Decimal(300), 0, Decimal(700)), (0, Decimal(50), Decimal(650))]
    assert "650" in dialog.closing_label.text()
    dialog.close()


def test_lot_trace_dialog_shows_donor_and_recipients(qtbot, stock_page, world):
    from ui.dialogs.lot_trace import LotTraceDialog

    stock_page.expiry.setCurrentIndex(stock_page.expiry.findData("90"))
    row = next(i for i, r in enumerate(stock_page.model.rows()) if r.lot == "MIE-MID")
    stock_page.view.selectRow(row)
    qtbot.mouseClick(stock_page.trace_button, Qt.MouseButton.LeftButton)
    dialog = stock_page.findChild(LotTraceDialog)
    assert "BNPB" in dialog.fields["donor"].text()
    assert "350" in dialog.fields["on_hand"].text()
    assert [(r.number, r.recipient, r.qty) for r in dialog.model.rows()] == [(world["issue"], "POSKO-LK", Decimal(50))]
    shown = dialog.model.index(0, 2)  # a long posko name cut by a narrow dialog reads whole on hover
    assert dialog.model.data(shown, Qt.ItemDataRole.ToolTipRole) == dialog.model.data(shown) != ""
    assert dialog.model.data(shown).endswith("(POSKO-LK)")
    dialog.close()


def test_dashboard_figures_and_drill_down(window, qtbot, world):
    page = window.pages["dashboard"]
    assert page.expired_tile.value_label.text() == "1"
    assert page.tile_30.value_label.text() == "1"
    assert page.tile_90.value_label.text() == "2"
    assert page.below_tile.value_label.text() == "1"  # rice: 300 sak on hand, minimum 500
    assert page.dispatch_tile.value_label.text() == "1"
    assert [r.sku for r in page.below_model.rows()] == ["BRS-05"]
    bars = {bar.key: bar.value for bar in page.chart.bars()}
    assert bars == {"permakanan": pytest.approx(300 * 5 + 650 * 0.08), "shelter": 250}
    assert page.activity_model.rowCount() > 0
    qtbot.mouseClick(page.expired_tile, Qt.MouseButton.LeftButton)
    assert window.current_key() == "stock"
    stock = window.pages["stock"]
    assert stock.expiry.currentData() == "expired"
    assert [r.lot for r in stock.model.rows()] == ["BRS-OLD"]


def test_change_refreshes_the_pages_that_show_it(window, ops, qtbot):
    from gudang.services import catalogue

    stock = window.show_page("stock")
    before = len(shown(stock))
    window.show_page("dashboard")
    ops.run(catalogue.set_item_active, "TND-KLG", False, changes={"catalogue"})
    activity = window.pages["dashboard"].activity_model.rows()
    assert activity[0].action == "item.deactivate"
    assert "catalogue" in window._pending[stock]  # a hidden page reads nothing now, and reloads when shown
    window.show_page("stock")
    assert stock not in window._pending and not stock._dirty and len(shown(stock)) == before


def test_reports_export_csv(qtbot, ops, world, tmp_path, lang_id):
    from ui.pages.reports import ReportsPage

    page = ReportsPage(ops)
    qtbot.addWidget(page)
    page.show()
    page.expiring.days.setValue(30)
    qtbot.mouseClick(page.expiring.show_button, Qt.MouseButton.LeftButton)
    assert [r.lot for r in page.expiring.model.rows()] == ["BRS-OLD", "BRS-SOON"]
    target = tmp_path / "exp.csv"
    page.expiring.export(str(target))
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["SKU", "Barang", "Lot"]
    assert rows[1][0] == "BRS-05" and "KEDALUWARSA" in rows[1][5]
    page.card.sku.setText("MIE-01")
    qtbot.mouseClick(page.card.show_button, Qt.MouseButton.LeftButton)
    assert page.card.model.rowCount() == 3
    page.trace.lot.setText(world["barcodes"]["MIE-MID"])
    qtbot.mouseClick(page.trace.show_button, Qt.MouseButton.LeftButton)
    assert page.trace.model.rowCount() == 1 and "BNPB" in page.trace.info.text()
    page.stock.run()
    assert page.stock.model.rowCount() == 5


def test_unknown_sku_in_report_is_reported_not_raised(qtbot, ops, world):
    from ui.pages.reports import ReportsPage

    messages = []
    ops.failed.connect(messages.append)
    page = ReportsPage(ops)
    qtbot.addWidget(page)
    page.card.sku.setText("NOPE")
    page.card.run()
    assert messages and "NOPE" in messages[-1]
    assert page.card.model.rowCount() == 0


def test_numbers_and_dates_follow_the_language(qapp):
    import datetime as dt

    from ui import i18n

    i18n.install("id", qapp)
    try:
        assert i18n.fmt_number(Decimal("1234.5")) == "1.234,5"
        assert i18n.fmt_number(Decimal("1000000")) == "1.000.000"
        assert i18n.fmt_date(dt.date(2026, 11, 27)) == "27/11/2026"
        i18n.install("en", qapp)
        assert i18n.fmt_number(Decimal("1234.5")) == "1,234.5"
        assert i18n.fmt_number(Decimal("0.080")) == "0.08"
    finally:
        i18n.install("en", qapp)
        from gudang import i18n as core

        core.set_language(core.DEFAULT_LANGUAGE)


def test_viewer_sees_stock_but_no_edit_buttons(qtbot, sqlite_db, admin, world):
    from gudang.services import users
    from ui.main_window import MainWindow

    users.add_user(sqlite_db, admin, "lihat", "viewer", "lihat-saja")
    viewer = users.authenticate(sqlite_db, "lihat", "lihat-saja")
    win = MainWindow(make_ops(sqlite_db, viewer), database_text="x")
    qtbot.addWidget(win)
    win.show()
    hidden = {win.specs[i].key for i in range(win.sidebar.count()) if win.sidebar.item(i).isHidden()}
    assert hidden == {"receiving", "issuing", "counting", "transfers", "quarantine", "users"}
    assert win.show_page("receiving") is None
    items = win.show_page("catalogue")
    assert not items.add_button.isVisible() and not items.edit_button.isVisible()
    assert not items.active_button.isVisible()
    settings = win.show_page("settings")
    assert not settings.save_button.isVisible()
    assert all(edit.isReadOnly() for edit in settings.fields.values())
    stock = win.show_page("stock")
    assert stock.model.rowCount() == 5


def test_stock_keys_load_in_the_background(qtbot, ops, world, monkeypatch):
    from ui.pages.stock import StockPage

    monkeypatch.setattr(StockPage, "background", True)
    page = StockPage(ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.expiry.setCurrentIndex(page.expiry.findData("expired"))
    page.search.setText("BRS")  # a second request while the first may still run: the newest wins
    page.load()
    qtbot.waitUntil(lambda: not page.loader.busy and [r.lot for r in page.model.rows()] == ["BRS-OLD"])
    assert "1" in page.count_label.text()


def test_card_and_label_print_from_the_dialogs(qtbot, ops, world, monkeypatch):
    import ui.pdf_preview
    from ui.dialogs.lot_trace import LotTraceDialog
    from ui.dialogs.stock_card import StockCardDialog

    shown = []
    monkeypatch.setattr(ui.pdf_preview, "show_pdf", lambda pdf, title, name, parent=None: shown.append((pdf[:4], name)))
    card = StockCardDialog(ops, "MIE-01")
    qtbot.addWidget(card)
    qtbot.mouseClick(card.print_button, Qt.MouseButton.LeftButton)
    trace = LotTraceDialog(ops, world["barcodes"]["MIE-MID"])
    qtbot.addWidget(trace)
    qtbot.mouseClick(trace.label_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)  # the card is made in the background
    assert sorted(shown) == [(b"%PDF", "kartu-stok-MIE-01.pdf"), (b"%PDF", f"label-{world['barcodes']['MIE-MID']}.pdf")]


def test_ctrl_f_focuses_the_search_of_the_page(window, qtbot):
    from PySide6.QtGui import QKeySequence

    page = window.show_page("stock")
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence("Ctrl+F"))
    assert page.search.hasFocus() or window.focusWidget() is page.search


def test_reports_run_in_the_background(qtbot, ops, world, monkeypatch):
    from ui.pages.reports import ReportsPage, ReportTab

    monkeypatch.setattr(ReportTab, "background", True)
    messages = []
    ops.failed.connect(messages.append)
    page = ReportsPage(ops)
    qtbot.addWidget(page)
    page.stock.run()
    assert not page.stock.show_button.isEnabled()
    qtbot.waitUntil(lambda: page.stock.model.rowCount() == 5)
    assert page.stock.show_button.isEnabled() and page.stock.export_button.isEnabled()
    page.card.sku.setText("NOPE")
    page.card.run()
    qtbot.waitUntil(lambda: bool(messages))
    assert "NOPE" in messages[-1] and "NOPE" in page.card.info.text()
