"""Editable document lines for the receiving and issuing pages.

The models keep what the user typed (a quantity "abc" stays visible) and show, per cell,
the problems the core finds: every rule of a line is the core's (gudang.domain.rules),
called here with what the screen knows of the item, so the cell turns red with the core's
own words as its tooltip, and `problems()` lists them all so a page refuses to post while
any remain. A refusal from a posting, tagged by line and field, is shown on its cell too
(`set_core_problem`). Numbers are read and written the Indonesian way ("1.500" is fifteen
hundred, "2,5" two and a half) through gudang.domain.numbers; a quantity may be typed with
one of the item's units ("5 dus"). Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget,
)

from gudang.domain import rules
from gudang.domain.errors import GudangError
from gudang.domain.inputs import IssueLineInput, ReceiptLineInput
from ui.i18n import fmt_number, parse_amount

PROBLEM_BG = QColor("#fde2e1")
OK_BG = QColor("#dff3e3")
WRONG_BG = QColor("#f8c9c6")
EDITABLE = Qt.ItemFlag.ItemIsEditable


def fmt_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def parse_ui_date(text: str) -> dt.date | None:
    """dd/mm/yyyy (also d-m-yyyy, d.m.yy and ISO) -> date; '' -> None; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-":
        return dt.date.fromisoformat(text)
    for sep in "/-.":
        if sep in text:
            parts = text.split(sep)
            break
    else:
        raise ValueError(text)
    if len(parts) != 3 or not all(p.strip().isdigit() for p in parts):
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    if year < 100:
        year += 2000
    return dt.date(year, month, day)


def fmt_qty(value: Decimal | None) -> str:
    """A quantity as the screen shows and takes it: 1.500 and 2,5 in Indonesian."""
    return "" if value is None else fmt_number(value)


def plain(error: GudangError) -> str:
    """The core's message without its "line 2, field qty: " prefix (the cell says where)."""
    where, error.where = error.where, None
    try:
        return error.message
    finally:
        error.where = where


@dataclass
class _Typed:
    """What is common to a typed line: the item's rules and the quantity as typed."""

    sku: str
    name: str
    unit: str
    units: tuple[str, ...]  # the base unit first, then pack units

    def rules(self) -> rules.ItemRules:
        return rules.ItemRules(self.sku, self.units[0] if self.units else self.unit,
                               getattr(self, "lot_tracked", False), getattr(self, "expiry_required", False),
                               self.decimals, True, dict(self.factors))

    def amount(self) -> tuple[Decimal, str]:
        """(quantity, unit) as typed; GudangError for what is not a number, or for a unit typed
        with it ("5 karung") that the item does not have."""
        number, unit = parse_amount(self.qty)
        if unit is not None and not any(u.lower() == unit.lower() for u in self.units):
            rules.unit_factor(self.rules(), unit)  # raises, in the core's words
        return number, unit or self.unit

    def quantity(self) -> Decimal:
        return self.amount()[0]

    def set_qty(self, text: str) -> None:
        """A typed quantity; "5 dus" also chooses the unit when the item has it."""
        self.qty = text
        try:
            number, unit = parse_amount(text)
        except GudangError:
            return  # kept as typed: the cell says what is wrong
        if unit is not None:
            match = next((u for u in self.units if u.lower() == unit.lower()), None)
            if match is None:
                return  # kept as typed: the core names the unknown unit
            self.unit = match
        self.qty = fmt_qty(number)

    def add(self, amount: Decimal) -> None:
        try:
            self.qty = fmt_qty(self.quantity() + amount)
        except GudangError:
            self.qty = fmt_qty(amount)


# --- receiving ----------------------------------------------------------------

@dataclass
class ReceiptLine(_Typed):
    qty: str = "1"
    lot: str = ""
    expiry: str = ""  # as typed, dd/mm/yyyy
    location: str = ""
    condition: str = "good"
    remark: str = ""
    lot_tracked: bool = True
    expiry_required: bool = True
    from_gs1: bool = False
    decimals: int = 0
    factors: dict[str, Decimal] = field(default_factory=dict)  # pack unit -> base units
    core: dict[str, str] = field(default_factory=dict)  # field -> a refusal of the last posting

    def to_state(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "core"} | {
            "factors": {u: str(f) for u, f in self.factors.items()}, "units": list(self.units)}

    @classmethod
    def from_state(cls, state: dict) -> "ReceiptLine":
        values = dict(state)
        values["units"] = tuple(values.get("units") or (values.get("unit"),))
        values["factors"] = {u: Decimal(f) for u, f in (values.get("factors") or {}).items()}
        known = set(cls.__dataclass_fields__) - {"core"}
        return cls(**{k: v for k, v in values.items() if k in known})


class _LinesModel(QAbstractTableModel):
    """What the editable line tables share: `lines` under fixed `headers`, problems per cell
    (the core's, cached per row until the row changes)."""

    lines: list
    headers: list[str]
    FIELDS: dict[str, int] = {}  # the core's field name -> column

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def _cache(self) -> dict[int, dict[int, str]]:
        if not hasattr(self, "_problem_cache"):
            self._problem_cache: dict[int, dict[int, str]] = {}
        return self._problem_cache

    def forget(self, row: int | None = None) -> None:
        if row is None:
            self._cache().clear()
        else:
            self._cache().pop(row, None)

    def row_problems(self, row: int) -> dict[int, str]:
        cache = self._cache()
        if row not in cache:
            found = {}
            for error in self._check(row):
                column = self.FIELDS.get(error.field or "", self.FIELDS.get("qty"))
                found.setdefault(column, plain(error))
            for name, message in self.lines[row].core.items():
                column = self.FIELDS.get(name)
                if column is not None:
                    found.setdefault(column, message)
            cache[row] = found
        return cache[row]

    def cell_problem(self, row: int, column: int) -> str | None:
        return self.row_problems(row).get(column)

    def problems(self) -> list[str]:
        """Every problem, as 'line 2, Qty: ...'."""
        found = []
        for row in range(len(self.lines)):
            for column, problem in sorted(self.row_problems(row).items()):
                found.append(self.tr("line %1, %2: %3").replace("%1", str(row + 1))
                             .replace("%2", self.headers[column]).replace("%3", problem))
        return found

    def set_core_problem(self, error: GudangError) -> int | None:
        """Show a refusal of the core on its cell; returns the row, or None if it names none."""
        if error.line is None or not 1 <= error.line <= len(self.lines) or error.field not in self.FIELDS:
            return None
        row = error.line - 1
        self.lines[row].core[error.field] = plain(error)
        self.touch(row)
        return row

    def touch(self, row: int) -> None:
        self.forget(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def touch_all(self) -> None:
        self.forget()
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.columnCount() - 1))

    def add_line(self, line) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
        self.touch_all()

    def set_lines(self, lines: list) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.forget()
        self.endResetModel()

    def clear(self) -> None:
        self.set_lines([])

    def _edited(self, row: int, column: int) -> None:
        """A cell was typed into: the refusal shown there is gone, the row is checked again."""
        name = next((n for n, c in self.FIELDS.items() if c == column), None)
        self.lines[row].core.pop(name, None)
        if column == self.FIELDS.get("qty"):
            self.lines[row].core.pop("unit", None)
        self.touch(row)


class ReceiptLinesModel(_LinesModel):
    NO, SKU, ITEM, QTY, UNIT, LOT, EXPIRY, LOCATION, CONDITION, REMARK = range(10)
    FIELDS = {"sku": 1, "qty": 3, "unit": 4, "lot": 5, "expiry": 6, "location": 7, "condition": 8, "remark": 9}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[ReceiptLine] = []
        self.locations: dict[str, str] = {}  # code -> kind (storage, receiving, quarantine)
        self.date = dt.date.today()
        self.headers = [self.tr("No"), self.tr("Code"), self.tr("Item"), self.tr("Qty"), self.tr("Unit"),
                        self.tr("Lot"), self.tr("Expiry"), self.tr("Bin"), self.tr("Condition"),
                        self.tr("Remark")]
        self.conditions = {"good": self.tr("good"), "damaged": self.tr("damaged")}

    # structure
    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= self.QTY:
            base |= EDITABLE
        return base

    # validation: the core's rules (gudang.domain.rules) on what is typed
    def line_input(self, row: int) -> ReceiptLineInput:
        """The line as the core takes it; GudangError (at its field) for what cannot be read."""
        line = self.lines[row]
        qty, unit = line.amount()
        expiry = parse_ui_date(line.expiry)
        return ReceiptLineInput(line.sku, qty, unit=unit, lot=line.lot.strip() or None, expiry=expiry,
                                location=line.location or None, condition=line.condition,
                                remark=line.remark.strip() or None)

    def _check(self, row: int) -> list[GudangError]:
        line = self.lines[row]
        problems: list[GudangError] = []
        try:
            qty, unit = line.amount()
        except GudangError as error:
            problems.append(error.at(self._where(row, "qty")))
            qty, unit = Decimal(1), line.unit
        try:
            expiry = parse_ui_date(line.expiry)
        except ValueError:
            problems.append(_ui_problem(self.tr("Not a date: use dd/mm/yyyy."), row, "expiry"))
            expiry = None
        kind = None
        if line.location:
            kind = self.locations.get(line.location)
            if kind is None:
                problems.append(_ui_problem(self.tr("Unknown bin."), row, "location"))
        typed = ReceiptLineInput(line.sku, qty, unit=unit, lot=line.lot.strip() or None, expiry=expiry,
                                 location=line.location or None, condition=line.condition)
        problems += rules.receipt_line_problems(row + 1, typed, line.rules(), date=self.date, location_kind=kind)
        if len(line.remark) > 500:
            problems.append(_ui_problem(self.tr("At most 500 characters."), row, "remark"))
        return problems

    @staticmethod
    def _where(row: int, name: str):
        from gudang.domain.inputs import where_line

        return where_line(row + 1, name)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = [str(index.row() + 1), line.sku, line.name, line.qty, line.unit, line.lot,
                      line.expiry, line.location, line.condition, line.remark]
            if role == Qt.ItemDataRole.DisplayRole and column >= self.QTY and not values[column] \
                    and self.cell_problem(index.row(), column):
                return "\u26a0 " + self.tr("required")
            if column == self.CONDITION and role == Qt.ItemDataRole.DisplayRole:
                return self.conditions.get(line.condition, line.condition)
            if column == self.LOCATION and role == Qt.ItemDataRole.DisplayRole and not line.location:
                return self.tr("(default)")
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LOCATION and not line.location:
            return QBrush(QColor("#777777"))
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.DecorationRole):
            problem = self.cell_problem(index.row(), column)
            if role == Qt.ItemDataRole.BackgroundRole:
                if problem:
                    return QBrush(PROBLEM_BG)
                if column == self.CONDITION and line.condition == "damaged":
                    return QBrush(QColor("#fff1c2"))
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return problem
            if role == Qt.ItemDataRole.DecorationRole and problem and \
                    self.data(index, Qt.ItemDataRole.EditRole):
                return QColor("#c62828")  # a wrong value; an empty one says "required" in words
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NO, self.QTY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line, column = self.lines[index.row()], index.column()
        text = "" if value is None else str(value).strip()
        if column == self.QTY:
            line.set_qty(text)
        elif column == self.UNIT:
            line.unit = text
        elif column == self.LOT:
            line.lot = text
        elif column == self.EXPIRY:
            try:
                day = parse_ui_date(text)
                line.expiry = fmt_date(day) if day else ""
            except ValueError:
                line.expiry = text
        elif column == self.LOCATION:
            line.location = text.upper() if text.upper() in self.locations else text
        elif column == self.CONDITION:
            line.condition = "damaged" if text in ("damaged", self.conditions["damaged"]) else "good"
        elif column == self.REMARK:
            line.remark = text
        else:
            return False
        self._edited(index.row(), column)
        return True

    def find_item_line(self, sku: str, unit: str) -> int | None:
        """The most recent line of this item in this unit (an item scan adds to it)."""
        for row in range(len(self.lines) - 1, -1, -1):
            line = self.lines[row]
            if line.sku == sku and line.unit == unit:
                return row
        return None

    def find_lot_line(self, sku: str, lot: str | None, expiry: str, unit: str) -> int | None:
        for row, line in enumerate(self.lines):
            if line.sku == sku and line.lot == (lot or "") and line.expiry == expiry and line.unit == unit:
                return row
        return None


def _ui_problem(message: str, row: int, name: str) -> GudangError:
    """A problem only the screen can see (a text that is not a date, a bin not in the list),
    in the core's error type so it is shown like the core's."""
    from gudang.domain.errors import InvalidInput
    from gudang.domain.inputs import where_line

    return InvalidInput(message).at(where_line(row + 1, name))


class LineDelegate(QStyledItemDelegate):
    """Combo boxes for unit, bin and condition; a dd/mm/yyyy field for expiry."""

    def __init__(self, model: ReceiptLinesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index):
        column = index.column()
        line = self.lines.lines[index.row()]
        if column == ReceiptLinesModel.UNIT:
            combo = QComboBox(parent)
            combo.addItems(list(line.units))
            return combo
        if column == ReceiptLinesModel.CONDITION:
            combo = QComboBox(parent)
            for key, text in self.lines.conditions.items():
                combo.addItem(text, key)
            return combo
        if column == ReceiptLinesModel.LOCATION:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItem("")
            wanted = "quarantine" if line.condition == "damaged" else None
            for code, kind in sorted(self.lines.locations.items()):
                if wanted is None or kind == wanted:
                    combo.addItem(code)
            return combo
        editor = QLineEdit(parent)
        if column == ReceiptLinesModel.EXPIRY:
            editor.setPlaceholderText(self.tr("dd/mm/yyyy"))
        return editor

    def setEditorData(self, editor, index):
        value = index.model().data(index, Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            if index.column() == ReceiptLinesModel.CONDITION:
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif editor.isEditable():
                editor.setCurrentText(value)
            else:
                editor.setCurrentIndex(max(0, editor.findText(value)))
        else:
            editor.setText(value)
            editor.selectAll()

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            if index.column() == ReceiptLinesModel.CONDITION:
                model.setData(index, editor.currentData())
            else:
                model.setData(index, editor.currentText())
        else:
            model.setData(index, editor.text())


# --- issuing ------------------------------------------------------------------

@dataclass
class IssueLine(_Typed):
    qty: str = "1"
    lot: str = ""  # a requested lot's barcode
    reason: str = ""
    decimals: int = 0
    factors: dict[str, Decimal] = field(default_factory=dict)
    core: dict[str, str] = field(default_factory=dict)

    def to_state(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "core"} | {
            "factors": {u: str(f) for u, f in self.factors.items()}, "units": list(self.units)}

    @classmethod
    def from_state(cls, state: dict) -> "IssueLine":
        values = dict(state)
        values["units"] = tuple(values.get("units") or (values.get("unit"),))
        values["factors"] = {u: Decimal(f) for u, f in (values.get("factors") or {}).items()}
        known = set(cls.__dataclass_fields__) - {"core"}
        return cls(**{k: v for k, v in values.items() if k in known})


class IssueLinesModel(_LinesModel):
    NO, SKU, ITEM, QTY, UNIT, LOT, REASON = range(7)
    FIELDS = {"sku": 1, "qty": 3, "unit": 4, "lot": 5, "reason": 6}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[IssueLine] = []
        self.read_only = False
        self.headers = [self.tr("No"), self.tr("Code"), self.tr("Item"), self.tr("Qty"), self.tr("Unit"),
                        self.tr("Requested lot"), self.tr("Reason (non-FEFO)")]

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in (self.QTY, self.UNIT, self.REASON):
            base |= EDITABLE
        return base

    def line_input(self, row: int) -> IssueLineInput:
        line = self.lines[row]
        qty, unit = line.amount()
        return IssueLineInput(line.sku, qty, unit, line.lot or None, line.reason.strip() or None)

    def _check(self, row: int) -> list[GudangError]:
        line = self.lines[row]
        try:
            qty, unit = line.amount()
        except GudangError as error:
            from gudang.domain.inputs import where_line

            return [error.at(where_line(row + 1, "qty"))]
        return rules.issue_line_problems(row + 1, IssueLineInput(line.sku, qty, unit), line.rules())

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return [str(index.row() + 1), line.sku, line.name, line.qty, line.unit,
                    line.lot or ("" if role == Qt.ItemDataRole.EditRole else self.tr("FEFO")),
                    line.reason][column]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole):
            problem = self.cell_problem(index.row(), column)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(PROBLEM_BG) if problem else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return problem
            return QColor("#c62828") if problem else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LOT and not line.lot:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NO, self.QTY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        line, column = self.lines[index.row()], index.column()
        text = "" if value is None else str(value).strip()
        if column == self.QTY:
            line.set_qty(text)
        elif column == self.UNIT:
            line.unit = text
        elif column == self.REASON:
            line.reason = text
        else:
            return False
        self._edited(index.row(), column)
        return True

    def find(self, sku: str, unit: str) -> int | None:
        for row, line in enumerate(self.lines):
            if line.sku == sku and line.unit == unit and not line.lot:
                return row
        return None


class IssueUnitDelegate(QStyledItemDelegate):
    def __init__(self, model: IssueLinesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines = model

    def createEditor(self, parent, option, index):
        if index.column() == IssueLinesModel.UNIT:
            combo = QComboBox(parent)
            combo.addItems(list(self.lines.lines[index.row()].units))
            return combo
        return QLineEdit(parent)

    def setEditorData(self, editor, index):
        value = index.model().data(index, Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(value)))
        else:
            editor.setText(value)
            editor.selectAll()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText() if isinstance(editor, QComboBox) else editor.text())


@dataclass
class ProposalRow:
    line_no: int
    sku: str
    item: str
    lot: str | None
    barcode: str
    location: str
    expiry: dt.date | None
    qty: Decimal
    unit: str
    why: str
    reason: str = ""
    picked: bool = False
    wrong: str = ""  # the barcode of a wrong lot scanned for this row


class ProposalModel(QAbstractTableModel):
    """The FEFO proposal of a draft: which lot from which bin, and why; picking ticks."""

    LINE, ITEM, LOT, LABEL, BIN, EXPIRY, DAYS, QTY, WHY, PICKED = range(10)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProposalRow] = []
        self.date = dt.date.today()
        self.headers = [self.tr("Line"), self.tr("Item"), self.tr("Lot"), self.tr("Label"), self.tr("Bin"),
                        self.tr("Expiry"), self.tr("Days left"), self.tr("Qty"), self.tr("Why"),
                        self.tr("Picked")]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def why_text(self, row: ProposalRow) -> str:
        if row.why == "requested":
            text = self.tr("Requested lot")
            return f"{text}: {row.reason}" if row.reason else text
        return self.tr("FEFO: earliest expiry")

    def days_left(self, row: ProposalRow) -> int | None:
        return (row.expiry - self.date).days if row.expiry else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            days = self.days_left(row)
            if column == self.PICKED:
                if row.picked:
                    return "\u2714 " + self.tr("picked")
                if row.wrong:
                    return "\u2716 " + self.tr("wrong lot %1").replace("%1", row.wrong)
                return ""
            return [str(row.line_no), f"{row.sku} \u2014 {row.item}", row.lot or "", row.barcode,
                    row.location, fmt_date(row.expiry), "" if days is None else str(days),
                    f"{fmt_qty(row.qty)} {row.unit}", self.why_text(row), ""][column]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.picked:
                return QBrush(OK_BG)
            if row.wrong:
                return QBrush(WRONG_BG)
            if column == self.DAYS and row.expiry and self.days_left(row) is not None \
                    and self.days_left(row) <= 30:
                return QBrush(QColor("#fff1c2"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHY:
            return self.why_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.LINE, self.DAYS, self.QTY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_rows(self, rows: list[ProposalRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def touch(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def touch_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def picked_count(self) -> int:
        return sum(1 for row in self.rows if row.picked)
