"""Stok: stock on hand by item, lot and bin, with filters.

The table model fetches 200 rows at a time (gudang.services.dashboard.stock_rows)
as the user scrolls; a filter change starts again from the first page. The
expiry column carries colour, an icon and a text ("12 days left"), never the
colour alone. Double-click (or Enter) opens the item's stock card; "Trace lot"
shows where the selected lot came from and went.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from gudang.services import dashboard, pages
from ui.i18n import fmt_int
from ui.models import columns
from ui.models.table import LazyTableModel
from ui.operations import CATALOGUE, DOCUMENTS, LOCATIONS, STOCK, Operations
from ui.pages import BackgroundQuery, page_layout, size_columns, table_view, toolbar_row


class StockPage(QWidget):
    background = True  # key queries in a worker thread (the tests switch it off to stay synchronous)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._requested = dashboard.StockFilter()
        self.loader = BackgroundQuery(ops, self)
        self.loader.done.connect(self._show_keys)
        self.loader.failed.connect(self.count_label_error)
        self._dirty = True
        self._choices_dirty = True
        layout = page_layout(self, self.tr("Stock on hand"),
                             self.tr("By item, lot and bin, earliest expiry first. Double-click a row for the "
                                     "item's stock card."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search SKU, name, lot, barcode or bin…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.category = QComboBox()
        self.category.setMinimumWidth(130)
        self.location = QComboBox()
        self.location.setMinimumWidth(110)
        self.expiry = QComboBox()
        self.expiry.setMinimumWidth(150)
        for text, key in ((self.tr("All expiry dates"), ""), (self.tr("Expired"), dashboard.EXPIRED),
                          (self.tr("Expires within 30 days"), "30"), (self.tr("Expires within 60 days"), "60"),
                          (self.tr("Expires within 90 days"), "90"), (self.tr("No expiry date"), dashboard.NO_EXPIRY)):
            self.expiry.addItem(text, key)
        self.category.addItem(self.tr("All categories"), "")
        self.location.addItem(self.tr("All bins"), "")
        self.search.setAccessibleName(self.tr("Search"))
        self.category.setAccessibleName(self.tr("Category"))
        self.location.setAccessibleName(self.tr("Bin"))
        self.expiry.setAccessibleName(self.tr("Expiry"))
        layout.addLayout(toolbar_row(self.search, self.category, self.location, self.expiry, None))

        self.model = LazyTableModel(columns.stock_columns(received=False), parent=self)
        self.view = table_view(self.model)
        size_columns(self.view, {0: 108, 2: 100, 3: 92, 4: 110, 5: 168, 6: 76, 7: 80, 8: 72, 9: 100}, stretch=1,
                     optional=(3, 9), keep=(5,))
        # At 1024 px the barcode and the donor give way (the lot trace shows them); the expiry
        # status ("KEDALUWARSA 5 hr lalu") always reads whole.
        self.view.doubleClicked.connect(lambda _: self.open_card())
        layout.addWidget(self.view, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        self.card_button = QPushButton(self.tr("Stock card"))
        self.card_button.setToolTip(self.tr("The ledger of the selected item with its running balance"))
        self.trace_button = QPushButton(self.tr("Trace lot"))
        self.trace_button.setToolTip(self.tr("Where the selected lot came from and where it went"))
        self.card_button.clicked.connect(self.open_card)
        self.trace_button.clicked.connect(self.open_trace)
        layout.addLayout(toolbar_row(self.count_label, None, self.card_button, self.trace_button))
        self._update_buttons()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.open_card,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        for combo in (self.category, self.location, self.expiry):
            combo.currentIndexChanged.connect(lambda _: self.load())

    # --- data ----------------------------------------------------------------------------------
    def current_filter(self) -> dashboard.StockFilter:
        return dashboard.StockFilter(search=self.search.text().strip() or None,
                                     category=self.category.currentData() or None,
                                     location=self.location.currentData() or None,
                                     expiry=self.expiry.currentData() or None)

    def _load_choices(self) -> None:
        self._choices_dirty = False
        choices = self.ops.query(pages.stock_choices, quiet=True)  # both lists in one round trip
        cats = choices.categories if choices else []
        bins = choices.locations if choices else []
        for combo, values in ((self.category, [(c, c) for c in cats]),
                              (self.location, [(b.code, b.code) for b in bins])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, key in values:
                combo.addItem(text, key)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def load(self) -> None:
        """The keys of every row for the filter (one sorted query: about a second for 200,000
        rows, so in a worker thread), then the rows a screenful at a time."""
        self._dirty = False
        where = self.current_filter()
        self._requested = where
        if self.background:
            self.count_label.setText(self.tr("Loading…"))
            self.loader.start(dashboard.stock_keys, where)
        else:
            self._show_keys(self.ops.query(dashboard.stock_keys, where, quiet=True) or [])

    def _show_keys(self, keys: list) -> None:
        where = self._requested
        self.model.set_source(lambda offset, limit: self.ops.query(
            dashboard.stock_rows_for, keys[offset:offset + limit], where.as_of, quiet=True))
        self.count_label.setText(self.tr("%1 rows").replace("%1", fmt_int(len(keys))))

    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if changes & {CATALOGUE, LOCATIONS}:
            self._choices_dirty = True
        if not changes or changes & {STOCK, DOCUMENTS, CATALOGUE, LOCATIONS}:
            self._dirty = True
            if self.isVisible():
                if self._choices_dirty:
                    self._load_choices()
                self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._choices_dirty:
            self._load_choices()
        if self._dirty:
            self.load()

    def show_filter(self, expiry: str = "", category: str = "", search: str = "") -> None:
        """Open with a filter (from the dashboard): other filters are cleared."""
        if self._choices_dirty:
            self._load_choices()
        for combo in (self.category, self.location, self.expiry):
            combo.blockSignals(True)
        self.search.blockSignals(True)
        self.search.setText(search)
        self.location.setCurrentIndex(0)
        self.expiry.setCurrentIndex(max(0, self.expiry.findData(expiry)))
        index = self.category.findData(category) if category else 0
        self.category.setCurrentIndex(max(0, index))
        for combo in (self.category, self.location, self.expiry):
            combo.blockSignals(False)
        self.search.blockSignals(False)
        self.load()

    def count_label_error(self, message: str) -> None:
        self.count_label.setText(message)

    # --- actions -------------------------------------------------------------------------------
    def selected(self):
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row(indexes[0]) if indexes else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.card_button.setEnabled(has)
        self.trace_button.setEnabled(has)

    def open_card(self) -> None:
        row = self.selected()
        if row is None:
            return
        from ui.dialogs.stock_card import StockCardDialog

        StockCardDialog(self.ops, row.sku, parent=self).open()

    def open_trace(self) -> None:
        row = self.selected()
        if row is None:
            return
        from ui.dialogs.lot_trace import LotTraceDialog

        LotTraceDialog(self.ops, row.barcode, parent=self).open()
