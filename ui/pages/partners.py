"""Mitra: donors, recipients (posko, desa, kecamatan, institutions) and transporters.

Recipients show where they are (kecamatan, desa, the Kemendagri region code) and the
people behind them: jiwa, KK and the vulnerable groups the allocation and the 4W
report count on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from gudang.domain.numbers import format_decimal
from gudang.services import partners
from ui.models import columns
from ui.models.table import Column, list_source
from ui.operations import PARTNERS, Operations
from ui.pages.catalogue import MasterPage
from ui.widgets.column_room import ColumnRoom

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")

def _count(value: int | None) -> str:
    return "" if value is None else format_decimal(value)


def partner_columns() -> list[Column]:
    grey = columns._inactive_fg
    people = [Column(title, (lambda r, a=attribute: getattr(r, a)), text=_count, numeric=True, foreground=grey,
                     tooltip=(lambda r, tip=tip: tip))
              for title, attribute, tip in (
                  (translate("PartnersPage", "Jiwa"), "people_served", translate("PartnersPage", "People (jiwa)")),
                  (translate("PartnersPage", "KK"), "households", translate("PartnersPage", "Households (KK)")),
                  (translate("PartnersPage", "Balita"), "balita",
                   translate("PartnersPage", "Children under five (balita)")),
                  (translate("PartnersPage", "Lansia"), "lansia", translate("PartnersPage", "Elderly (lansia)")),
                  (translate("PartnersPage", "Ibu hamil"), "ibu_hamil",
                   translate("PartnersPage", "Pregnant women (ibu hamil)")),
                  (translate("PartnersPage", "Disabilitas"), "disabilitas",
                   translate("PartnersPage", "People with disabilities (disabilitas)")))]
    return [
        Column(translate("PartnersPage", "Code"), lambda r: r.code, foreground=grey),
        Column(translate("PartnersPage", "Name"), lambda r: r.name, foreground=grey,
               tooltip=lambda r: r.address or r.name),
        Column(translate("PartnersPage", "Kecamatan"), lambda r: r.region or "", foreground=grey),
        Column(translate("PartnersPage", "Desa"), lambda r: r.desa or "", foreground=grey),
        *people,
        Column(translate("PartnersPage", "Region code"), lambda r: r.region_code or "", foreground=grey),
        Column(translate("PartnersPage", "Kind"), lambda r: r.kind, text=columns.partner_kind, foreground=grey),
        Column(translate("PartnersPage", "Contact"), lambda r: " \u00b7 ".join(x for x in (r.contact, r.phone) if x),
               foreground=grey,
               tooltip=lambda r: " \u00b7 ".join(x for x in (r.contact, r.phone) if x)),
        Column(translate("PartnersPage", "Active"), lambda r: r.active, text=columns.active_text, foreground=grey),
    ]


class PartnersPage(MasterPage):
    areas = frozenset({PARTNERS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Partners"), self.tr("Donors who give, recipients who receive, and "
                                                           "transporters who carry."),
                         partner_columns(), parent)
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
        # On a narrow screen contact, active, the vulnerable groups and the region code step aside
        # (the dialog shows every field); code, name, where, jiwa and KK stay.
        self.room = ColumnRoom(self.view, {0: 112, 2: 120, 3: 110, 4: 58, 5: 50, 6: 58, 7: 58, 8: 72, 9: 82,
                                           10: 108, 11: 86, 12: 170, 13: 60},
                               1, [12, 13, (6, 7, 8, 9), 11, 10], stretch_want=180,
                               minimums={0: 110, 2: 120})  # codes and kecamatan names readable

    PEOPLE_COLUMNS = range(4, 10)

    def load(self) -> None:
        self._dirty = False
        kind = self.kind.currentData() or None
        # donors and transporters have no people behind them
        self.room.exclude(self.PEOPLE_COLUMNS if kind in ("donor", "transporter") else ())
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
