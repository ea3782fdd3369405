"""Pieces shared by the receiving and issuing pages (scanner-first screens)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from gudang.domain.errors import GudangError
from gudang.domain.inputs import optional_text
from gudang.services import catalogue
from gudang.services.catalogue import ItemInput

class Problem(Exception):
    """Something the user must fix before an action (shown in the feedback banner)."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


UNITS = ("pcs", "dus", "karung", "sak", "paket", "lembar", "buah", "unit", "kg", "liter", "set", "pak")


def run(ops, service: Callable, *args: Any, changes=(), parent: QWidget | None = None) -> tuple[Any, str | None]:
    """`ops.run` quietly; returns (result, the refusal message or None)."""
    errors: list[str] = []
    ops.failed.connect(errors.append)
    try:
        result = ops.run(service, *args, changes=changes, quiet=True, parent=parent)
    finally:
        ops.failed.disconnect(errors.append)
    return result, (errors[-1] if errors else None)


def query(ops, fn: Callable, *args: Any, **kwargs: Any) -> tuple[Any, str | None]:
    errors: list[str] = []
    ops.failed.connect(errors.append)
    try:
        result = ops.query(fn, *args, quiet=True, **kwargs)
    finally:
        ops.failed.disconnect(errors.append)
    return result, (errors[-1] if errors else None)


def text_value(widget: QLineEdit | QComboBox, max_length: int = 120) -> str | None:
    """A header text, cleaned like the core cleans file input (raises GudangError)."""
    text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
    return optional_text(text, max_length)


def date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(QDate.currentDate())
    return edit


def qdate_to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def search_combo(parent: QWidget, placeholder: str) -> QComboBox:
    """An editable combo box that completes on any part of the text (code or name)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.lineEdit().setPlaceholderText(placeholder)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setMinimumContentsLength(24)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def combo_code(combo: QComboBox) -> str | None:
    """The code behind an editable combo's text (an exact entry, or a typed code)."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
    if index >= 0:
        return combo.itemData(index)
    text = combo.currentText().strip()
    if not text:
        return None
    for i in range(combo.count()):
        if combo.itemData(i) and str(combo.itemData(i)).lower() == text.lower():
            return combo.itemData(i)
    return text


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code) if code else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(code or "")


def heading(text: str, parent: QWidget) -> QLabel:
    """The page heading, styled like every other page's (#PageTitle in ui/style.py)."""
    label = QLabel(text, parent)
    label.setObjectName("PageTitle")
    return label


def scan_layout(page: QWidget, title: str) -> QVBoxLayout:
    """The frame of a scanning page: the margins and heading of `ui.pages.page_layout`, a little
    tighter vertically (no hint line) so the lines table keeps its room."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 14, 24, 10)
    layout.setSpacing(8)
    label = heading(title, page)
    layout.addWidget(label)
    page.title_label = label
    return layout


HEADER_COLUMNS = 12


def field_grid(rows: list[list[tuple[str, QWidget, int]]], parent: QWidget) -> QGridLayout:
    """The header of a scanning page: each field under its label, on a grid of 12 equal columns.
    `rows` holds, per row, (label text with its &mnemonic, field, columns spanned); the spans of a
    row add up to 12, so there are no holes and the fields of the rows line up. Labels above the
    fields leave the width to the fields, whatever the length of the labels in either language."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(6)
    for r, fields in enumerate(rows):
        column = 0
        for text, widget, span in fields:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            label = QLabel(text, parent)
            label.setBuddy(widget)
            cell.addWidget(label)
            cell.addWidget(widget)
            grid.addLayout(cell, r, column, 1, span, Qt.AlignmentFlag.AlignTop)
            if isinstance(widget, QComboBox):
                widget.setMinimumContentsLength(min(widget.minimumContentsLength(), 12))
            column += span
    for column in range(HEADER_COLUMNS):
        grid.setColumnStretch(column, 1)
        grid.setColumnMinimumWidth(column, 0)
    return grid


class CreateItemDialog(QDialog):
    """Add an unknown scanned item to the catalogue (opened from the feedback banner)."""

    def __init__(self, ops, gtin: str | None, sku: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.created = None
        self.setWindowTitle(self.tr("New item"))
        self.sku = QLineEdit(sku or "", self)
        self.name = QLineEdit(self)
        self.unit = QComboBox(self)
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.category = QLineEdit(self)
        self.gtin = QLineEdit(gtin or "", self)
        self.lot_tracked = QCheckBox(self.tr("Tracked by lot"), self)
        self.lot_tracked.setChecked(True)
        self.expiry_required = QCheckBox(self.tr("Expiry date required"), self)
        self.expiry_required.setChecked(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828; font-weight: bold;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Code (SKU)"), self.sku)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Base unit"), self.unit)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("GTIN / EAN"), self.gtin)
        form.addRow("", self.lot_tracked)
        form.addRow("", self.expiry_required)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.name if sku else self.sku).setFocus()
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        try:
            data = ItemInput(sku=self.sku.text(), name=self.name.text(), unit=self.unit.currentText(),
                             category=self.category.text() or None, gtin=self.gtin.text().strip() or None,
                             lot_tracked=self.lot_tracked.isChecked(),
                             expiry_required=self.expiry_required.isChecked())
        except GudangError as error:  # pragma: no cover - ItemInput does not check on creation
            self.problem.setText(error.message)
            return
        result, problem = run(self.ops, catalogue.add_item, data, changes={"catalogue"}, parent=self)
        if result is None:
            self.problem.setText(problem or "")
            return
        self.created = result
        self.accept()
