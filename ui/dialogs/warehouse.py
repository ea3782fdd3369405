"""Add a warehouse (a site): its receiving and quarantine areas come with it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from gudang.services import locations
from ui.dialogs.base import FieldDialog
from ui.operations import LOCATIONS, Operations


class WarehouseDialog(FieldDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New warehouse"), parent)
        self.add_field("code", self.tr("Code"), QLineEdit(), self.tr("e.g. GDG-02; fixed once created"))
        self.add_field("name", self.tr("Name"), QLineEdit(), self.tr("e.g. Gudang Satelit Lipat Kain"))
        self.add_field("address", self.tr("Address"), QLineEdit(), self.tr("Printed on its surat jalan"))
        self.add_field("region", self.tr("Kecamatan / region"), QLineEdit())
        self.field_code.setFocus()

    def save(self) -> None:
        self.clear_errors()
        self.result_row = self.submit(locations.add_warehouse, self.field_code.text(), self.field_name.text(),
                                      self.field_address.text() or None, self.field_region.text() or None,
                                      changes={LOCATIONS})
        if self.result_row is not None:
            self.accept()
