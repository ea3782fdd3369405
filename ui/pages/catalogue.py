"""Barang: the item catalogue, plus the base of the master-data pages
(Partners and Locations look and behave the same way)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMenu, QPushButton, QWidget

from gudang.services import catalogue, dashboard
from ui.i18n import fmt_int
from ui.models import columns
from ui.models.table import LazyTableModel
from ui.operations import CATALOGUE, STOCK, Operations
from ui.pages import page_layout, size_columns, table_view, toolbar_row

LABEL_TEMPLATES = ("thermal-50x30", "thermal-100x50", "a4-3x8", "a4-2x7")


class MasterPage(QWidget):
    """Search, a lazy table, and Add / Edit / (De)activate / Print label buttons.

    Subclasses set the columns and implement `fetch`, `new`, `edit`,
    `set_active` and (optionally) `print_label`.
    """

    areas: frozenset[str] = frozenset()
    label_kind: str | None = None  # "items" or "bins": gudang.reports.printing.labels_pdf argument

    def __init__(self, ops: Operations, title: str, hint: str, cols, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dirty = True
        self.editable = ops.can("catalogue.edit")
        self.page_layout = page_layout(self, title, hint)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.setAccessibleName(self.tr("Search"))
        self.filter_row = toolbar_row(self.search)
        self.page_layout.addLayout(self.filter_row)
        self.model = LazyTableModel(cols, parent=self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(lambda _: self.edit() if self.editable else None)
        self.page_layout.addWidget(self.view, 1)

        self.add_button = QPushButton(self.tr("New…"))
        self.add_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.print_button = QPushButton(self.tr("Print label"))
        menu = QMenu(self.print_button)
        from ui import workstation

        default = workstation.label_template()
        for template in sorted(LABEL_TEMPLATES, key=lambda t: t != default):  # this workstation's first
            action = QAction(template, menu)
            action.triggered.connect(lambda _=False, t=template: self.print_label(t))
            menu.addAction(action)
        self.print_button.setMenu(menu)
        self.print_button.setVisible(self.label_kind is not None)
        self.add_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.active_button.clicked.connect(self.toggle_active)
        for button in (self.add_button, self.edit_button, self.active_button):
            button.setVisible(self.editable)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        if not self.editable:
            self.count_label.setText(self.tr("Read only: your role may not change master data."))
        self.button_row = toolbar_row(self.count_label, None, self.print_button, self.add_button, self.edit_button,
                                      self.active_button)
        self.page_layout.addLayout(self.button_row)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self._update_buttons()

    def selected(self):
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row(indexes[0]) if indexes else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None and self.can_edit(row))
        self.active_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None)
        self.active_button.setText(self.tr("Activate") if row is not None and not row.active else self.tr("Deactivate"))

    def can_edit(self, row) -> bool:
        return True

    def select_code(self, code: str, attribute: str = "code") -> bool:
        """Select the row whose `attribute` is `code` (loading further pages if needed)."""
        while True:
            for i, row in enumerate(self.model.rows()):
                if getattr(row, attribute) == code:
                    self.view.selectRow(i)
                    return True
            if not self.model.canFetchMore():
                return False

    def load(self) -> None:
        self._dirty = False
        self.model.set_source(self.fetch)

    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if not changes or changes & self.areas:
            self._dirty = True
            if self.isVisible():
                self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is not None:
            self.set_active(row, not row.active)

    # overridden
    def fetch(self, offset: int, limit: int):
        raise NotImplementedError

    def new(self) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def set_active(self, row, active: bool) -> None:
        raise NotImplementedError

    def label_code(self, row) -> str:
        return row.code

    def print_label(self, template: str) -> None:
        row = self.selected()
        if row is None or self.label_kind is None:
            return
        from gudang.reports import printing  # lazily: ReportLab is heavy
        from ui.pdf_preview import show_pdf

        code = self.label_code(row)
        title = self.tr("Label %1").replace("%1", code)
        self.preview = None

        def shown(result) -> None:
            if result.ok:
                self.preview = show_pdf(result.value, title, f"label-{code}.pdf", parent=self)

        self.ops.submit(printing.labels_pdf, template, done=shown, as_user=False, parent=self,
                        label=self.tr("Preparing %1…").replace("%1", title), **{self.label_kind: (code,)})


class CataloguePage(MasterPage):
    areas = frozenset({CATALOGUE, STOCK})
    label_kind = "items"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Items"), self.tr("The catalogue of relief goods. Deactivated items stay "
                                                        "in the records but cannot be received."),
                         columns.item_columns(), parent)
        self.search.setPlaceholderText(self.tr("Search SKU, name or GTIN…"))
        self.category = QComboBox()
        self.category.setMinimumWidth(180)
        self.category.addItem(self.tr("All categories"), "")
        self.category.setAccessibleName(self.tr("Category"))
        self.show_inactive = QCheckBox(self.tr("Show deactivated"))
        self.show_inactive.setChecked(True)
        self.filter_row.addWidget(self.category)
        self.filter_row.addWidget(self.show_inactive)
        self.filter_row.addStretch(1)
        self.add_button.setText(self.tr("New item…"))
        self.card_button = QPushButton(self.tr("Stock card"))
        self.card_button.clicked.connect(self.open_card)
        self.button_row.insertWidget(2, self.card_button)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add many items at once from a CSV or Excel file"))
        self.import_button.setVisible(self.editable)
        self.import_button.clicked.connect(self.import_items)
        self.button_row.insertWidget(3, self.import_button)
        self.category.currentIndexChanged.connect(lambda _: self.load())
        self.show_inactive.toggled.connect(lambda _: self.load())
        size_columns(self.view, {0: 120, 2: 120, 3: 75, 4: 85, 5: 85, 6: 125, 7: 150, 8: 70}, stretch=1)
        self._categories: list[str] = []
        self._ids: list[int] = []

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "card_button"):
            self.card_button.setEnabled(self.selected() is not None)

    def load(self) -> None:
        self._categories = self.ops.query(catalogue.categories, quiet=True) or []
        current = self.category.currentData()
        self.category.blockSignals(True)
        while self.category.count() > 1:
            self.category.removeItem(1)
        for name in self._categories:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        self._ids = self.ops.query(dashboard.item_keys, self.search.text().strip() or None,
                                   self.category.currentData() or None,
                                   include_inactive=self.show_inactive.isChecked(), quiet=True) or []
        super().load()
        self.count_label.setText(self.tr("%1 items").replace("%1", fmt_int(len(self._ids))))

    def fetch(self, offset: int, limit: int):
        return self.ops.query(dashboard.item_rows_for, self._ids[offset:offset + limit], quiet=True)

    def _item(self, sku: str):
        rows = self.ops.query(catalogue.list_items, sku) or []
        return next((r for r in rows if r.sku == sku), None)

    def new(self) -> None:
        from ui.dialogs.masterdata import ItemDialog

        dialog = ItemDialog(self.ops, None, self._categories, parent=self)
        if dialog.exec() and dialog.result_row is not None:
            self.select_code(dialog.result_row.sku, "sku")

    def edit(self) -> None:
        from ui.dialogs.masterdata import ItemDialog

        row = self.selected()
        item = self._item(row.sku) if row is not None else None
        if item is None:
            return
        dialog = ItemDialog(self.ops, item, self._categories, parent=self)
        if dialog.exec() and dialog.result_row is not None:
            self.select_code(item.sku, "sku")

    def set_active(self, row, active: bool) -> None:
        if self.ops.run(catalogue.set_item_active, row.sku, active, changes={CATALOGUE}, parent=self).ok:
            self.select_code(row.sku, "sku")

    def label_code(self, row) -> str:
        return row.sku

    def import_items(self) -> None:
        from ui.dialogs.import_items import ImportItemsDialog

        self.import_dialog = ImportItemsDialog(self.ops, parent=self)
        self.import_dialog.open()

    def open_card(self) -> None:
        row = self.selected()
        if row is not None:
            from ui.dialogs.stock_card import StockCardDialog

            StockCardDialog(self.ops, row.sku, parent=self).open()
