"""Gudang & rak: the warehouses (sites) and their bins (storage, receiving, quarantine).

A second warehouse (a satellite store nearer the disaster) is added here;
it gets its receiving and quarantine areas at once, then its bins. Goods
reach it by a transfer with a surat jalan.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from gudang.services import locations
from ui.i18n import fmt_int
from ui.models import columns
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import LOCATIONS, Operations
from ui.pages import section_title, size_columns, table_view
from ui.pages.catalogue import MasterPage


def warehouse_columns() -> list[Column]:

    return [
        Column(QCoreApplication.translate("LocationsPage", "Code"), lambda r: r.code),
        Column(QCoreApplication.translate("LocationsPage", "Warehouse"), lambda r: r.name, tooltip=lambda r: r.address),
        Column(QCoreApplication.translate("LocationsPage", "Address"), lambda r: r.address or "", tooltip=lambda r: r.address),
        Column(QCoreApplication.translate("LocationsPage", "Bins"), lambda r: r.bins, text=fmt_int, numeric=True),
    ]


class LocationsPage(MasterPage):
    areas = frozenset({LOCATIONS})
    label_kind = "bins"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Warehouses & bins"), self.tr("Print a bin label to scan when putting "
                                                                    "goods away or counting."),
                         columns.location_columns(), parent)
        # The warehouses, above the bins.
        self.sites_model = LazyTableModel(warehouse_columns(), parent=self)
        self.sites_view = table_view(self.sites_model)
        self.sites_view.setAccessibleName(self.tr("Warehouses"))
        self.sites_view.setMaximumHeight(4 * 32 + 34)
        size_columns(self.sites_view, {0: 120, 1: 260, 3: 70}, stretch=2)
        self.sites_view.selectionModel().selectionChanged.connect(lambda *_: self._site_chosen())
        self.add_site_button = QPushButton(self.tr("New warehouse…"))
        self.add_site_button.setVisible(ops.can("settings.edit"))
        self.add_site_button.clicked.connect(self.new_warehouse)
        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Warehouses")))
        head.addStretch(1)
        head.addWidget(self.add_site_button)
        self.page_layout.insertLayout(2, head)
        self.page_layout.insertWidget(3, self.sites_view)
        self.page_layout.insertWidget(4, section_title(self.tr("Bins")))
        self._sites: list = []
        self.search.setPlaceholderText(self.tr("Search code or description…"))
        self.kind = QComboBox()
        self.kind.setMinimumWidth(160)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("All kinds"), "")
        for key in locations.USER_KINDS:
            self.kind.addItem(columns.location_kind(key), key)
        self.filter_row.addWidget(self.kind)
        self.filter_row.addStretch(1)
        self.add_button.setText(self.tr("New location…"))
        self.edit_button.hide()  # a bin has only its code, kind and description: deactivate and add anew
        self.site = QComboBox()
        self.site.setMinimumWidth(140)
        self.site.setAccessibleName(self.tr("Warehouse"))
        self.site.addItem(self.tr("All warehouses"), "")
        self.filter_row.insertWidget(2, self.site)
        self.kind.currentIndexChanged.connect(lambda _: self.load())
        self.site.currentIndexChanged.connect(lambda _: self.load())
        size_columns(self.view, {0: 150, 2: 140, 3: 140, 4: 90}, stretch=1)
        self._all: list = []

    def load(self) -> None:
        self._dirty = False
        self._sites = self.ops.read(locations.list_warehouses).value or []
        self.sites_model.set_source(list_source(self._sites))
        current = self.site.currentData()
        self.site.blockSignals(True)
        while self.site.count() > 1:
            self.site.removeItem(1)
        for row in self._sites:
            self.site.addItem(row.code, row.code)
        self.site.setCurrentIndex(max(0, self.site.findData(current)))
        self.site.blockSignals(False)
        self._all = self.ops.read(locations.list_locations).value or []
        text = self.search.text().strip().lower()
        kind = self.kind.currentData()
        site = self.site.currentData()
        rows = [r for r in self._all if (not kind or r.kind == kind) and (not site or r.warehouse == site)
                and (not text or text in r.code.lower() or text in (r.name or "").lower())]
        self.model.set_source(list_source(rows))
        if self.editable:
            self.count_label.setText(self.tr("%1 bins").replace("%1", fmt_int(len(rows))))

    def _site_chosen(self) -> None:
        indexes = self.sites_view.selectionModel().selectedRows()
        if indexes:
            self.site.setCurrentIndex(max(0, self.site.findData(self.sites_model.row(indexes[0]).code)))

    def new_warehouse(self) -> None:
        from ui.dialogs.warehouse import WarehouseDialog

        dialog = WarehouseDialog(self.ops, parent=self)
        if dialog.exec() and dialog.result_row is not None:
            self.load()
            self.site.setCurrentIndex(max(0, self.site.findData(dialog.result_row.code)))

    def can_edit(self, row) -> bool:
        return False

    def edit(self) -> None:
        pass

    def new(self) -> None:
        from ui.dialogs.masterdata import LocationDialog

        sites = [r.code for r in self._sites if r.active]
        dialog = LocationDialog(self.ops, sites, parent=self)
        chosen = self.site.currentData()
        if chosen:
            dialog.field_warehouse.setCurrentIndex(max(0, dialog.field_warehouse.findData(chosen)))
        if dialog.exec() and dialog.result_row is not None:
            self.select_code(dialog.result_row.code)

    def set_active(self, row, active: bool) -> None:
        if self.ops.run(locations.set_location_active, row.code, active, changes={LOCATIONS}, parent=self).ok:
            self.select_code(row.code)
