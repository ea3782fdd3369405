"""Editable document lines for the receiving and issuing pages.

The models keep what the user typed (a quantity "abc" stays visible) and
report a problem per cell: the cell turns red with a warning sign and the
problem as its tooltip, and `problems()` lists them all so a page refuses to
post while any remain. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget,
)

from gudang.domain.errors import GudangError
from gudang.domain.quantity import normalize, parse_quantity

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
    if len(parts) != 3:
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    if year < 100:
        year += 2000
    return dt.date(year, month, day)


def fmt_qty(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(normalize(value), "f")


def quantity_problem(text: str, tr) -> str | None:
    try:
        parse_quantity(text)
    except GudangError as error:
        return error.message
    return None


# --- receiving ----------------------------------------------------------------

@dataclass
class ReceiptLine:
    sku: str
    name: str
    unit: str
    units: tuple[str, ...]  # the base unit first, then pack units
    qty: str = "1"
    lot: str = ""
    expiry: str = ""  # as typed, dd/mm/yyyy
    location: str = ""
    condition: str = "good"
    remark: str = ""
    lot_tracked: bool = True
    expiry_required: bool = True
    from_gs1: bool = False

    def quantity(self) -> Decimal:
        return parse_quantity(self.qty)

    def add(self, amount: Decimal) -> None:
        try:
            self.qty = fmt_qty(parse_quantity(self.qty) + amount)
        except GudangError:
            self.qty = fmt_qty(amount)


class _LinesModel(QAbstractTableModel):
    """What the editable line tables share: a list of `lines` under fixed `headers`."""

    lines: list
    headers: list[str]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class ReceiptLinesModel(_LinesModel):
    NO, SKU, ITEM, QTY, UNIT, LOT, EXPIRY, LOCATION, CONDITION, REMARK = range(10)

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

    # validation
    def cell_problem(self, row: int, column: int) -> str | None:
        line = self.lines[row]
        if column == self.QTY:
            return quantity_problem(line.qty, self.tr)
        if column == self.LOT and line.lot_tracked and not line.lot.strip():
            return self.tr("The lot is required for this item.")
        if column == self.EXPIRY:
            try:
                expiry = parse_ui_date(line.expiry)
            except ValueError:
                return self.tr("Not a date: use dd/mm/yyyy.")
            if expiry is None and line.expiry_required:
                return self.tr("The expiry date is required for this item.")
            if expiry is not None and expiry < self.date:
                return self.tr("Already expired on the receipt date.")
        if column == self.LOCATION and line.location:
            kind = self.locations.get(line.location)
            if kind is None:
                return self.tr("Unknown bin.")
            if line.condition == "damaged" and kind != "quarantine":
                return self.tr("Damaged goods go to a quarantine bin.")
        if column == self.UNIT and line.unit not in line.units:
            return self.tr("Unknown unit.")
        return None

    def problems(self) -> list[str]:
        """Every problem, as 'line 2, Qty: ...'."""
        found = []
        for row in range(len(self.lines)):
            for column in range(self.QTY, self.REMARK + 1):
                problem = self.cell_problem(row, column)
                if problem:
                    found.append(self.tr("line %1, %2: %3").replace("%1", str(row + 1))
                                 .replace("%2", self.headers[column]).replace("%3", problem))
        return found

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
            problem = self.cell_problem(index.row(), column) if column >= self.QTY else None
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
            line.qty = text
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
        first = self.index(index.row(), 0)
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(first, last)
        return True

    # changes from scans
    def add_line(self, line: ReceiptLine) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def touch(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
        if self.lines:
            self.touch_all()

    def touch_all(self) -> None:
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.columnCount() - 1))

    def clear(self) -> None:
        self.beginResetModel()
        self.lines = []
        self.endResetModel()

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
class IssueLine:
    sku: str
    name: str
    unit: str
    units: tuple[str, ...]
    qty: str = "1"
    lot: str = ""  # a requested lot's barcode
    reason: str = ""

    def add(self, amount: Decimal) -> None:
        try:
            self.qty = fmt_qty(parse_quantity(self.qty) + amount)
        except GudangError:
            self.qty = fmt_qty(amount)


class IssueLinesModel(_LinesModel):
    NO, SKU, ITEM, QTY, UNIT, LOT, REASON = range(7)

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

    def cell_problem(self, row: int, column: int) -> str | None:
        line = self.lines[row]
        if column == self.QTY:
            return quantity_problem(line.qty, self.tr)
        if column == self.UNIT and line.unit not in line.units:
            return self.tr("Unknown unit.")
        if column == self.REASON and line.lot and not line.reason.strip():
            return self.tr("A lot other than the FEFO lot needs a reason.")
        return None

    def problems(self) -> list[str]:
        found = []
        for row in range(len(self.lines)):
            for column in (self.QTY, self.UNIT, self.REASON):
                problem = self.cell_problem(row, column)
                if problem:
                    found.append(self.tr("line %1, %2: %3").replace("%1", str(row + 1))
                                 .replace("%2", self.headers[column]).replace("%3", problem))
        return found

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return [str(index.row() + 1), line.sku, line.name, line.qty, line.unit,
                    line.lot or ("" if role == Qt.ItemDataRole.EditRole else self.tr("FEFO")),
                    line.reason][column]
        problem = self.cell_problem(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if role == Qt.ItemDataRole.DecorationRole and problem:
            return QColor("#c62828")
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
            line.qty = text
        elif column == self.UNIT:
            line.unit = text
        elif column == self.REASON:
            line.reason = text
        else:
            return False
        self.touch(index.row())
        return True

    def touch(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def add_line(self, line: IssueLine) -> int:
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

    def set_lines(self, lines: list[IssueLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

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
