"""Lokasi: the bins of the warehouse (storage, receiving, quarantine)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from gudang.services import locations
from ui.models import columns
from ui.models.table import list_source
from ui.operations import LOCATIONS, Operations
from ui.pages import size_columns
from ui.pages.catalogue import MasterPage


class LocationsPage(MasterPage):
    areas = frozenset({LOCATIONS})
    label_kind = "bins"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Locations"), self.tr("Bins of the warehouse. Print a bin label to "
                                                            "scan when putting goods away or counting."),
                         columns.location_columns(), parent)
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
        self.kind.currentIndexChanged.connect(lambda _: self.load())
        size_columns(self.view, {0: 150, 2: 140, 3: 140, 4: 90}, stretch=1)
        self._all: list = []

    def load(self) -> None:
        self._dirty = False
        self._all = self.ops.query(locations.list_locations, quiet=True) or []
        text = self.search.text().strip().lower()
        kind = self.kind.currentData()
        rows = [r for r in self._all if (not kind or r.kind == kind)
                and (not text or text in r.code.lower() or text in (r.name or "").lower())]
        self.model.set_source(list_source(rows))

    def can_edit(self, row) -> bool:
        return False

    def edit(self) -> None:
        pass

    def new(self) -> None:
        from ui.dialogs.masterdata import LocationDialog

        sites = sorted({r.warehouse for r in self._all if r.warehouse})
        dialog = LocationDialog(self.ops, sites, parent=self)
        if dialog.exec() and dialog.result_row is not None:
            self.select_code(dialog.result_row.code)

    def set_active(self, row, active: bool) -> None:
        if self.ops.run(locations.set_location_active, row.code, active, changes={LOCATIONS}, parent=self):
            self.select_code(row.code)
