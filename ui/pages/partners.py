"""Mitra: donors, recipients (posko, desa, kecamatan, institutions) and transporters."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from gudang.services import partners
from ui.models import columns
from ui.models.table import list_source
from ui.operations import PARTNERS, Operations
from ui.pages import size_columns
from ui.pages.catalogue import MasterPage


class PartnersPage(MasterPage):
    areas = frozenset({PARTNERS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Partners"), self.tr("Donors who give, recipients who receive, and "
                                                           "transporters who carry."),
                         columns.partner_columns(), parent)
        self.search.setPlaceholderText(self.tr("Search code, name or kecamatan…"))
        self.kind = QComboBox()
        self.kind.setMinimumWidth(160)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("All kinds"), "")
        for key in partners.PARTNER_KINDS:
            self.kind.addItem(columns.partner_kind(key), key)
        self.filter_row.addWidget(self.kind)
        self.filter_row.addStretch(1)
        self.add_button.setText(self.tr("New partner…"))
        self.kind.currentIndexChanged.connect(lambda _: self.load())
        self.events_button = QPushButton(self.tr("Disaster events…"))
        self.events_button.setToolTip(self.tr("The events (kejadian bencana) receipts and dispatches are tagged with"))
        self.events_button.clicked.connect(self.open_events)
        self.button_row.insertWidget(2, self.events_button)
        size_columns(self.view, {0: 130, 2: 90, 3: 130, 4: 120, 5: 180, 6: 105, 7: 65}, stretch=1)

    def load(self) -> None:
        self._dirty = False
        rows = self.ops.query(partners.list_partners, self.kind.currentData() or None,
                              self.search.text().strip() or None, quiet=True) or []
        self.model.set_source(list_source(rows))

    def new(self) -> None:
        from ui.dialogs.masterdata import PartnerDialog

        dialog = PartnerDialog(self.ops, None, self.kind.currentData() or "recipient", parent=self)
        if dialog.exec() and dialog.result_row is not None:
            self.select_code(dialog.result_row.code)

    def edit(self) -> None:
        from ui.dialogs.masterdata import PartnerDialog

        row = self.selected()
        if row is None:
            return
        dialog = PartnerDialog(self.ops, row, parent=self)
        if dialog.exec() and dialog.result_row is not None:
            self.select_code(row.code)

    def set_active(self, row, active: bool) -> None:
        if self.ops.run(partners.set_partner_active, row.code, active, changes={PARTNERS}, parent=self).ok:
            self.select_code(row.code)

    def open_events(self) -> None:
        from ui.dialogs.events import EventsDialog

        EventsDialog(self.ops, parent=self).exec()
