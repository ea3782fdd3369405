"""Add or edit a partner: for a recipient, where it is (kecamatan, desa and the official
region code, picked from the shipped Kampar list or typed) and the people behind it
(jiwa, KK, balita, lansia, ibu hamil, disabilitas).

Numbers are typed as people write them ("1.500" is 1500 in Indonesian) and read by
gudang.domain.numbers; the core checks everything again (PartnerInput.checked).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gudang.domain.errors import InvalidInput
from gudang.domain.inputs import where_field
from gudang.domain.numbers import format_decimal, parse_decimal
from gudang.domain.regions import regions
from gudang.services import partners
from ui.dialogs.base import FieldDialog
from ui.models import columns
from ui.operations import PARTNERS, Operations


def count_text(value: int | None) -> str:
    return "" if value is None else format_decimal(value)


def read_count(text: str, field: str) -> int | None:
    """A number of people typed in the user's language: '' -> None, '1.500' -> 1500 (Indonesian)."""
    text = text.strip()
    if not text:
        return None
    try:
        value = parse_decimal(text)
    except InvalidInput as error:
        raise error.at(where_field(field)) from None
    if value != value.to_integral_value() or value < 0:
        raise InvalidInput(N_WHOLE, value=text).at(where_field(field))
    return int(value)


N_WHOLE = "must be a whole number, not {value}"  # a core message id (translated by the core)


class PartnerDialog(FieldDialog):
    POPULATION = (("people-served", "people_served"), ("households", "households"), ("balita", "balita"),
                  ("lansia", "lansia"), ("ibu-hamil", "ibu_hamil"), ("disabilitas", "disabilitas"))

    def __init__(self, ops: Operations, partner: partners.PartnerRow | None = None, kind: str = "recipient",
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Edit partner %1").replace("%1", partner.code) if partner
                         else self.tr("New partner"), parent)
        self.partner = partner
        self._code_typed = False  # a code the user typed is kept; else it follows kecamatan and desa
        self.setMinimumWidth(720)
        self.add_field("code", self.tr("Code"), QLineEdit(), self.tr("Fixed once created"))
        self.add_field("name", self.tr("Name"), QLineEdit())
        kinds = QComboBox()
        for key in partners.PARTNER_KINDS:
            kinds.addItem(columns.partner_kind(key), key)
        self.add_field("kind", self.tr("Kind"), kinds)
        kecamatan = QComboBox()
        kecamatan.setEditable(True)
        kecamatan.addItem("")
        for region in regions().kecamatan():
            kecamatan.addItem(region.name)
        kecamatan.lineEdit().setPlaceholderText(self.tr("Kecamatan (Kabupaten Kampar) or another region"))
        self.add_field("kecamatan", self.tr("Kecamatan / region"), kecamatan)
        self.field_region = kecamatan  # the partner's `region` is its kecamatan
        desa = QComboBox()
        desa.setEditable(True)
        desa.lineEdit().setPlaceholderText(self.tr("Desa or kelurahan"))
        self.add_field("desa", self.tr("Desa / kelurahan"), desa)
        self.add_field("region-code", self.tr("Region code"), QLineEdit(),
                       self.tr("Kemendagri code, filled in from the list; e.g. 14.01.07.2005"))
        self.add_field("address", self.tr("Address"), QLineEdit())
        self.add_field("contact", self.tr("Contact person"), QLineEdit())
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self._population_row()
        kinds.setCurrentIndex(max(0, kinds.findData(partner.kind if partner else kind)))
        kecamatan.currentTextChanged.connect(self._kecamatan_changed)
        desa.currentTextChanged.connect(self._desa_changed)
        if partner is not None:
            self.field_code.setText(partner.code)
            self.field_code.setReadOnly(True)
            kinds.setEnabled(False)
            self.field_name.setText(partner.name)
            kecamatan.setCurrentText(partner.region or "")
            self._fill_desa()
            desa.setCurrentText(partner.desa or "")
            self.field_region_code.setText(partner.region_code or "")
            for name in ("address", "contact", "phone"):
                getattr(self, f"field_{name}").setText(getattr(partner, name) or "")
            for name, attribute in self.POPULATION:
                getattr(self, f"field_{name.replace('-', '_')}").setText(count_text(getattr(partner, attribute)))
        self._code_typed = bool(partner and partner.region_code)
        self.field_region_code.textEdited.connect(lambda _: setattr(self, "_code_typed", True))

    def _population_row(self) -> None:
        """Jiwa, KK and the vulnerable groups side by side, under one label."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        labels = {"people-served": self.tr("People (jiwa)"), "households": self.tr("Households (KK)"),
                  "balita": self.tr("Under five (balita)"), "lansia": self.tr("Elderly (lansia)"),
                  "ibu-hamil": self.tr("Pregnant (ibu hamil)"), "disabilitas": self.tr("Disabled (disabilitas)")}
        error = QLabel()
        error.setObjectName("FieldError")
        error.setWordWrap(True)
        error.hide()
        for index, (name, _) in enumerate(self.POPULATION):
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(110)
            edit.setAccessibleName(labels[name])
            label = QLabel(labels[name])
            label.setBuddy(edit)
            row, column = divmod(index, 3)
            grid.addWidget(label, row * 2, column)
            grid.addWidget(edit, row * 2 + 1, column)
            setattr(self, f"field_{name.replace('-', '_')}", edit)
            self._errors[name] = error
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        outer = QWidget()
        outer.setLayout(column)
        column.addWidget(box)
        note = QLabel(self.tr("For posko and villages; update them as people come and go (every change is "
                              "recorded)."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        column.addWidget(note)
        column.addWidget(error)
        self.population_box = outer
        self.form.addRow(self.tr("People served"), outer)

    def _fill_desa(self) -> None:
        current = self.field_desa.currentText()
        self.field_desa.blockSignals(True)
        self.field_desa.clear()
        self.field_desa.addItem("")
        for region in regions().desa_of(self.field_kecamatan.currentText()):
            self.field_desa.addItem(region.name)
        self.field_desa.setCurrentText(current)
        self.field_desa.blockSignals(False)

    def _kecamatan_changed(self, _text: str) -> None:
        self._fill_desa()
        self._lookup_code()

    def _desa_changed(self, _text: str) -> None:
        self._lookup_code()

    def _lookup_code(self) -> None:
        """The code of the kecamatan/desa chosen, unless the user typed a code of their own."""
        if self._code_typed:
            return
        found = regions().find(self.field_kecamatan.currentText(), self.field_desa.currentText() or None)
        self.field_region_code.setText(found.code if found else "")

    def build(self) -> partners.PartnerInput:
        counts = {attribute: self.parse_field(name, lambda text, name=name: read_count(text, name),
                                              getattr(self, f"field_{name.replace('-', '_')}").text())
                  for name, attribute in self.POPULATION}
        return partners.PartnerInput(
            code=self.field_code.text(), name=self.field_name.text(), kind=self.field_kind.currentData(),
            region=self.field_kecamatan.currentText() or None, desa=self.field_desa.currentText() or None,
            region_code=self.field_region_code.text().strip() or None,
            address=self.field_address.text() or None, contact=self.field_contact.text() or None,
            phone=self.field_phone.text() or None, **counts)

    # A field the core refuses is checked again with a harmless value, to find the next problem.
    FALLBACKS = {"code": ("code", "X"), "name": ("name", "X"), "kecamatan": ("region", None), "desa": ("desa", None),
                 "region-code": ("region_code", None), "address": ("address", None), "contact": ("contact", None),
                 "phone": ("phone", None), **{name: (attribute, None) for name, attribute in POPULATION}}

    def save(self) -> None:
        data = self.validate(self.build, self.FALLBACKS)
        if data is None:
            return
        if self.partner is None:
            self.result_row = self.submit(partners.add_partner, data, changes={PARTNERS})
        else:
            self.result_row = self.submit(partners.update_partner, self.partner.code, data, changes={PARTNERS})
        if self.result_row is not None:
            self.accept()
