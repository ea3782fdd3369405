"""Add and edit items, partners and locations."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.inputs import where_field
from gudang.services import catalogue, locations, partners
from ui.dialogs.base import FieldDialog
from ui.i18n import fmt_number, parse_number
from ui.models import columns
from ui.operations import CATALOGUE, LOCATIONS, PARTNERS, Operations

MEASURED_UNITS = ("kg", "liter", "l", "litre", "gram", "g", "ml", "meter", "m")
UNITS = ("pcs", "buah", "dus", "karung", "sak", "paket", "lembar", "unit", "kg", "liter", "set", "pak",
         "kotak", "strip", "botol", "kaleng")


def _number_text(value: Decimal | None) -> str:
    return fmt_number(value) if value else ""


def to_decimal(text: str, field: str) -> object:
    """A number typed in the current language's style, for the core to check ("2,5" in Indonesian)."""
    try:
        return parse_number(text)
    except GudangError as error:
        raise error.at(where_field(field)) from None


def _parse_packs(text: str) -> tuple[tuple[str, object], ...]:
    packs = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            # An already translated text as the message id: the core shows ids it does not know as they are.
            raise InvalidInput(QCoreApplication.translate("ItemDialog", "write pack units as unit=number, e.g. dus=40")
                               ).at(where_field("pack-units"))
        unit, factor = part.split("=", 1)
        packs.append((unit.strip(), to_decimal(factor, "pack-units")))
    return tuple(packs)


class ItemDialog(FieldDialog):
    def __init__(self, ops: Operations, item: catalogue.ItemRow | None = None, categories: list[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Edit item %1").replace("%1", item.sku) if item else self.tr("New item"),
                         parent)
        self.item = item
        self.add_field("sku", self.tr("SKU (code)"), QLineEdit(), self.tr("Fixed once created"))
        self.add_field("name", self.tr("Name"), QLineEdit())
        unit = QComboBox()
        unit.setEditable(True)
        unit.addItems(UNITS)
        self.add_field("unit", self.tr("Base unit"), unit, self.tr("Stock is counted in this unit; fixed once created"))
        category = QComboBox()
        category.setEditable(True)
        category.addItems([""] + list(categories))
        self.add_field("category", self.tr("Category"), category)
        self.add_field("gtin", self.tr("GTIN / EAN barcode"), QLineEdit())
        self.lot_tracked = QCheckBox(self.tr("Tracked by lot (supplier's lot code required)"))
        self.expiry_required = QCheckBox(self.tr("Expiry date required"))
        self.form.addRow("", self.lot_tracked)
        self.form.addRow("", self.expiry_required)
        decimals = QComboBox()
        decimals.addItem(self.tr("0 — whole units only"), 0)
        for places, text in ((1, self.tr("1 decimal place")), (2, self.tr("2 decimal places")),
                             (3, self.tr("3 decimal places"))):
            decimals.addItem(text, places)
        self.add_field("decimals", self.tr("Quantities"), decimals,
                       self.tr("Counted packages take whole units; weighed or measured goods (kg, liter) "
                               "take decimals. A quantity with more decimals is refused, never rounded."))
        self.add_field("min-stock", self.tr("Minimum stock"), QLineEdit(), self.tr("In the base unit; 0 = no minimum"))
        self.add_field("weight-kg", self.tr("Weight per unit (kg)"), QLineEdit())
        self.add_field("volume-m3", self.tr("Volume per unit (m³)"), QLineEdit())
        self.add_field("pack-units", self.tr("Pack units"), QLineEdit(),
                       self.tr("e.g. dus=40, pak=10: how many base units one pack holds"))
        if item is None:
            self.lot_tracked.setChecked(True)
            self.expiry_required.setChecked(True)
            unit.setCurrentText("pcs")
            # weighed and measured goods take decimals, counted packages none (changeable)
            unit.currentTextChanged.connect(
                lambda text: decimals.setCurrentIndex(2 if text.strip().lower() in MEASURED_UNITS else 0))
        else:
            self.field_sku.setText(item.sku)
            self.field_sku.setReadOnly(True)
            self.field_name.setText(item.name)
            unit.setCurrentText(item.unit)
            unit.setEnabled(False)
            category.setCurrentText(item.category or "")
            self.field_gtin.setText(item.gtin or "")
            self.lot_tracked.setChecked(item.lot_tracked)
            self.expiry_required.setChecked(item.expiry_required)
            self.field_min_stock.setText(_number_text(item.min_stock))
            self.field_weight_kg.setText(_number_text(item.weight_kg))
            self.field_volume_m3.setText(_number_text(item.volume_m3))
            self.field_pack_units.setText(", ".join(f"{u}={fmt_number(f)}" for u, f in item.pack_units))
            decimals.setCurrentIndex(max(0, decimals.findData(item.decimals)))

    # A field the core refuses is checked again with a harmless value, to find the next problem.
    FALLBACKS = {"sku": ("sku", "X"), "name": ("name", "X"), "unit": ("unit", "pcs"), "category": ("category", None),
                 "gtin": ("gtin", None), "min-stock": ("min_stock", Decimal(0)), "weight-kg": ("weight_kg", Decimal(0)),
                 "volume-m3": ("volume_m3", Decimal(0)), "pack-units": ("pack_units", ()),
                 "decimals": ("decimals", 0)}

    def build(self) -> catalogue.ItemInput:
        """The input as typed (unchecked; numbers that cannot be read are noted for `validate`)."""
        number = lambda name, edit: self.parse_field(name, lambda t: to_decimal(t, name), edit.text(),  # noqa: E731
                                                     Decimal(0))
        return catalogue.ItemInput(
            sku=self.field_sku.text(), name=self.field_name.text(), unit=self.field_unit.currentText(),
            category=self.field_category.currentText() or None, gtin=self.field_gtin.text().strip() or None,
            lot_tracked=self.lot_tracked.isChecked(), expiry_required=self.expiry_required.isChecked(),
            min_stock=number("min-stock", self.field_min_stock),
            weight_kg=number("weight-kg", self.field_weight_kg),
            volume_m3=number("volume-m3", self.field_volume_m3),
            pack_units=self.parse_field("pack-units", _parse_packs, self.field_pack_units.text(), ()),
            decimals=self.field_decimals.currentData())

    def save(self) -> None:
        data = self.validate(self.build, self.FALLBACKS)
        if data is None:
            return
        if self.item is None:
            self.result_row = self.submit(catalogue.add_item, data, changes={CATALOGUE})
        else:
            self.result_row = self.submit(catalogue.update_item, self.item.sku, data, changes={CATALOGUE})
        if self.result_row is not None:
            self.accept()


class PartnerDialog(FieldDialog):
    def __init__(self, ops: Operations, partner: partners.PartnerRow | None = None, kind: str = "recipient",
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Edit partner %1").replace("%1", partner.code) if partner
                         else self.tr("New partner"), parent)
        self.partner = partner
        self.add_field("code", self.tr("Code"), QLineEdit(), self.tr("Fixed once created"))
        self.add_field("name", self.tr("Name"), QLineEdit())
        kinds = QComboBox()
        for key in partners.PARTNER_KINDS:
            kinds.addItem(columns.partner_kind(key), key)
        self.add_field("kind", self.tr("Kind"), kinds)
        self.add_field("region", self.tr("Kecamatan / region"), QLineEdit())
        self.add_field("desa", self.tr("Desa / kelurahan"), QLineEdit())
        self.add_field("address", self.tr("Address"), QLineEdit())
        self.add_field("contact", self.tr("Contact person"), QLineEdit())
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.add_field("people-served", self.tr("People served"), QLineEdit(),
                       self.tr("For shelters and villages: number of people (jiwa)"))
        kinds.setCurrentIndex(max(0, kinds.findData(partner.kind if partner else kind)))
        if partner is not None:
            self.field_code.setText(partner.code)
            self.field_code.setReadOnly(True)
            kinds.setEnabled(False)
            self.field_name.setText(partner.name)
            for name in ("region", "desa", "address", "contact", "phone"):
                getattr(self, f"field_{name}").setText(getattr(partner, name) or "")
            self.field_people_served.setText("" if partner.people_served is None else str(partner.people_served))

    FALLBACKS = {"code": ("code", "X"), "name": ("name", "X"), "region": ("region", None), "desa": ("desa", None),
                 "address": ("address", None), "contact": ("contact", None), "phone": ("phone", None),
                 "people-served": ("people_served", None)}

    def build(self) -> partners.PartnerInput:
        people = self.field_people_served.text().strip().replace(".", "").replace(",", "")
        return partners.PartnerInput(
            code=self.field_code.text(), name=self.field_name.text(), kind=self.field_kind.currentData(),
            region=self.field_region.text() or None, desa=self.field_desa.text() or None,
            address=self.field_address.text() or None, contact=self.field_contact.text() or None,
            phone=self.field_phone.text() or None,
            people_served=people or (self.field_people_served.text().strip() or None))

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


class LocationDialog(FieldDialog):
    def __init__(self, ops: Operations, warehouses: list[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New location"), parent)
        self.add_field("code", self.tr("Code"), QLineEdit(), self.tr("e.g. A-01-02: row, rack, level"))
        self.add_field("name", self.tr("Description"), QLineEdit())
        kinds = QComboBox()
        for key in locations.USER_KINDS:
            kinds.addItem(columns.location_kind(key), key)
        self.add_field("kind", self.tr("Kind"), kinds)
        site = QComboBox()
        for code in warehouses:
            site.addItem(code, code)
        self.add_field("warehouse", self.tr("Warehouse"), site)
        if len(warehouses) < 2:
            site.setEnabled(False)

    def save(self) -> None:
        self.clear_errors()
        self.result_row = self.submit(locations.add_location, self.field_code.text(), self.field_kind.currentData(),
                                      self.field_warehouse.currentData(), self.field_name.text() or None,
                                      changes={LOCATIONS})
        if self.result_row is not None:
            self.accept()
