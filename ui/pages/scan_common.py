"""Pieces shared by the receiving and issuing pages (scanner-first screens)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Iterable

from PySide6.QtCore import (
    QCoreApplication, QDate, QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget,
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
    result = ops.run(service, *args, changes=changes, quiet=True, parent=parent)
    return (result.value, None) if result.ok else (None, result.message)


def attempt(ops, service: Callable, *args: Any, changes=(), parent: QWidget | None = None
            ) -> tuple[Any, GudangError | str | None]:
    """`run`, but a refusal comes back as the core's error itself (its line and field tell the
    screen which cell to mark); a bug comes back as its message."""
    result = ops.run(service, *args, changes=changes, quiet=True, parent=parent)
    if result.ok:
        return result.value, None
    return None, result.error if result.refused else result.message


def lookup(ops, fn: Callable, *args: Any) -> tuple[Any, GudangError | str | None]:
    """`query`, but a refusal comes back as the core's error itself (its type says whether a
    scan is unknown, NotFound, or misread, InvalidInput)."""
    result = ops.read(fn, *args)
    if result.ok:
        return result.value, None
    return None, result.error if result.refused else result.message


def query(ops, fn: Callable, *args: Any, **kwargs: Any) -> tuple[Any, str | None]:
    """`ops.read` as (value, the refusal message or None)."""
    result = ops.read(fn, *args, **kwargs)
    return (result.value, None) if result.ok else (None, result.message)


def text_value(widget: QLineEdit | QComboBox, max_length: int = 120) -> str | None:
    """A header text, cleaned like the core cleans file input (raises GudangError)."""
    text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
    return optional_text(text, max_length)


class DateField(QDateEdit):
    """A document date, and nothing else: letters never reach it, no date after today can be
    chosen, and a burst of characters ending in Enter (a scanner firing while the date had
    the focus, one Tab too many) leaves the date as it was and is handed on as a scan."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setMaximumDate(QDate.currentDate())
        self.setDate(QDate.currentDate())
        self._typed = ""
        self._before = self.date()

    def focusInEvent(self, event) -> None:
        self.setMaximumDate(QDate.currentDate())  # the app may have run past midnight
        self._typed, self._before = "", self.date()
        super().focusInEvent(event)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed, self._typed = self._typed, ""
            if len(typed) > 10 or any(not (c.isdigit() or c in "/-.") for c in typed):
                self.setDate(self._before)
                self.scanned.emit(typed)
                return
            super().keyPressEvent(event)
            return
        if text and text.isprintable():
            self._typed += text
            if len(self._typed) > 10:  # longer than any date: a scan, keep the date as it was
                self.setDate(self._before)
                return
            if not (text.isdigit() or text in "/-."):
                QApplication.beep()  # a date takes digits only
                return
        super().keyPressEvent(event)


def date_edit(parent: QWidget) -> DateField:
    return DateField(parent)


def ask_reason(parent: QWidget, title: str, text: str, placeholder: str = "") -> str | None:
    """A short reason typed by the user (e.g. why a document is dated back), or None if cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    label = QLabel(text, dialog)
    label.setWordWrap(True)
    reason = QLineEdit(dialog)
    reason.setMaxLength(500)
    reason.setPlaceholderText(placeholder)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ScanCommon", "OK"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ScanCommon", "Cancel"))
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(False)
    reason.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(reason)
    layout.addWidget(buttons)
    dialog.resize(520, dialog.sizeHint().height())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return reason.text().strip() or None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes or No (No by default)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def backdate_days(ops) -> int:
    """The `backdate_days` setting (read when a page loads or the settings change)."""
    from gudang.domain.dates import backdate_days as parse
    from gudang.services import setup

    values, _ = query(ops, setup.get_settings)
    return parse(values or {})


def check_date(page: QWidget, ops, day: dt.date, days: int) -> tuple[bool, str | None]:
    """Before posting a document dated `day`: (go on?, the backdating reason to send).

    A date more than `days` back asks for a confirmation and the reason the core will
    record. A user who may not date back is not asked for a reason that cannot help: the
    core refuses, naming who may."""
    from gudang.domain.dates import BACKDATE_ROLES, is_backdated, today

    if not is_backdated(day, today(), days) or ops.actor.role not in BACKDATE_ROLES:
        return True, None
    title = QCoreApplication.translate("ScanCommon", "Date in the past")
    text = (QCoreApplication.translate(
        "ScanCommon", "This document is dated %1, more than %2 days ago. If that is right, give the reason "
        "(it is recorded and printed on the document):")
        .replace("%1", day.strftime("%d/%m/%Y")).replace("%2", str(days)))
    reason = ask_reason(page, title, text, QCoreApplication.translate("ScanCommon", "e.g. entered late after a power cut"))
    return (reason is not None), reason


def with_backdating(page: QWidget, ops, data):
    """`data` (an input with `date` and `backdate_reason`) as it is to be posted: dated more
    than `backdate_days` back, the user confirms and gives the reason (`check_date`); None
    if they did not."""
    import dataclasses

    from gudang.domain.dates import today

    if data.date >= today():  # the usual case: nothing to ask, and no round trip for the setting
        return data
    go, reason = check_date(page, ops, data.date, backdate_days(ops))
    if not go:
        return None
    return dataclasses.replace(data, backdate_reason=reason) if reason else data


def wip_store(ops, kind: str):
    """The work-in-progress file of a scanning screen for this database."""
    from gudang.services.workinprogress import WorkInProgress

    return WorkInProgress(kind, ops.db.url.render_as_string(hide_password=True))


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


class _Words(QSortFilterProxyModel):
    """Rows whose text holds every typed word, in any order ("mie goreng" finds "Mie instan goreng").

    The words become one regular expression of lookaheads, which Qt tests on each row itself:
    a Python `filterAcceptsRow` took 0.1-0.2 s per keystroke over 20,000 items."""

    def set_text(self, text: str) -> None:
        lookaheads = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in text.split())
        self.setFilterRegularExpression(QRegularExpression(
            f"^{lookaheads}" if lookaheads else "", QRegularExpression.PatternOption.CaseInsensitiveOption))


class ItemSearch(QComboBox):
    """An editable list of items that finds words in any order and shows what is in stock.

    `chosen()` is the SKU of the entry picked or typed exactly, or of the only entry left
    by the words typed; None otherwise (Enter never adds an item the user did not choose).
    `reset()` empties it after an item is added."""

    def __init__(self, parent: QWidget | None, placeholder: str) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(placeholder)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.words = _Words(self)
        self.words.setSourceModel(self.model())
        completer = QCompleter(self.words, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._picked)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._typed)
        self._picked_sku: str | None = None

    def set_entries(self, entries: Iterable[tuple[str, str]]) -> None:
        """Every entry at once, as (text, SKU), emptied as `reset` does. A model built aside and
        handed over whole: adding 20,000 items one by one re-filtered the list at each (a
        year's catalogue took 0.7 s of the issuing page's opening)."""
        items = []
        for text, sku in entries:
            item = QStandardItem(text)
            item.setData(sku, Qt.ItemDataRole.UserRole)
            items.append(item)
        model = QStandardItemModel(self)
        if items:
            model.appendColumn(items)
        completer = self.completer()
        self.setModel(model)  # the combo deletes its old model; it gives the completer this one
        self.words.setSourceModel(model)
        completer.setModel(self.words)
        self.reset()

    def _typed(self, text: str) -> None:
        self._picked_sku = None
        self.words.set_text(text)
        if text.strip():
            self.completer().complete()

    def _picked(self, index: QModelIndex) -> None:
        source = self.words.mapToSource(index)
        self._picked_sku = self.itemData(source.row())
        self.setCurrentIndex(source.row())

    def chosen(self) -> str | None:
        popup = self.completer().popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return self.itemData(self.words.mapToSource(popup.currentIndex()).row())
        if self._picked_sku:
            return self._picked_sku
        text = self.currentText().strip()
        if not text:
            return None
        exact = self.findText(text, Qt.MatchFlag.MatchExactly)
        if exact >= 0:
            return self.itemData(exact)
        code = self.findData(text, Qt.ItemDataRole.UserRole, Qt.MatchFlag.MatchFixedString)  # any case
        if code >= 0:
            return self.itemData(code)
        self.words.set_text(text)
        if self.words.rowCount() == 1:
            return self.itemData(self.words.mapToSource(self.words.index(0, 0)).row())
        return None

    def reset(self) -> None:
        self._picked_sku = None
        self.completer().popup().hide()
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.words.set_text("")


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
        self.decimals = QComboBox(self)  # weighed goods take decimals, counted packages none
        for places in range(4):
            self.decimals.addItem(str(places), places)
        self.unit.currentTextChanged.connect(
            lambda text: self.decimals.setCurrentIndex(2 if text.strip().lower() in ("kg", "liter") else 0))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828; font-weight: bold;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Code (SKU)"), self.sku)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Base unit"), self.unit)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("GTIN / EAN"), self.gtin)
        form.addRow(self.tr("Decimal places"), self.decimals)
        form.addRow("", self.lot_tracked)
        form.addRow("", self.expiry_required)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
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
                             expiry_required=self.expiry_required.isChecked(),
                             decimals=self.decimals.currentData())
        except GudangError as error:  # pragma: no cover - ItemInput does not check on creation
            self.problem.setText(error.message)
            return
        result, problem = run(self.ops, catalogue.add_item, data, changes={"catalogue"}, parent=self)
        if result is None:
            self.problem.setText(problem or "")
            return
        self.created = result
        self.accept()
