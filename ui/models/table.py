"""A read-only table model that loads its rows lazily, a chunk at a time.

Like Qt's fetchmore example: `canFetchMore` says whether the source may have
more rows and `fetchMore` asks the source for the next chunk, which the view
does when the user scrolls near the end. The source is a function
`fetch(offset, limit) -> list[row]` (usually a paged read query through
`Operations.query`), so a big table costs one small query per screenful and
only the rows shown so far are in memory. Rows are plain frozen dataclasses;
`Column` says how to show one attribute.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Fetch = Callable[[int, int], "list[Any] | None"]
CHUNK = 200


@dataclass(frozen=True)
class Column:
    title: str  # already translated
    value: Callable[[Any], Any]  # the raw value of a row
    text: Callable[[Any], str] | None = None  # how to show the value (default str, "" for None)
    numeric: bool = False  # right-aligned
    tooltip: Callable[[Any], str | None] | None = None
    background: Callable[[Any], Any] | None = None
    foreground: Callable[[Any], Any] | None = None
    icon: Callable[[Any], Any] | None = None
    bold: bool = False
    # The view may offer an editor (a delegate that hands the typed text to a service);
    # the model itself never writes.
    editable: Callable[[Any], bool] | None = None


def list_source(rows: Sequence[Any]) -> Fetch:
    """A fetch function over rows already in memory (small tables)."""
    return lambda offset, limit: list(rows[offset:offset + limit])


class LazyTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], fetch: Fetch | None = None, *, chunk: int = CHUNK,
                 parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._rows: list[Any] = []
        self._exhausted = fetch is None
        self.chunk = chunk

    # --- loading -------------------------------------------------------------------------------
    def set_source(self, fetch: Fetch | None, *, prefetch: bool = True) -> None:
        """Show another source (a new filter): forget the rows and load the first chunk
        (unless `prefetch` is False: then the view asks when it lays out)."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        self.endResetModel()
        if prefetch:
            self.fetchMore()

    def reload(self) -> None:
        self.set_source(self._fetch)

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        if parent.isValid():
            return False
        return not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        rows = self._fetch(len(self._rows), self.chunk)
        if rows is None:  # the query failed (the user has been told): stop here
            rows = []
        if len(rows) < self.chunk:
            self._exhausted = True
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def fetch_all(self, limit: int | None = None) -> None:
        """Load everything (exports, tests)."""
        while self.canFetchMore() and (limit is None or len(self._rows) < limit):
            self.fetchMore()

    # --- access --------------------------------------------------------------------------------
    def row(self, index: int | QModelIndex) -> Any:
        if isinstance(index, QModelIndex):
            index = index.row()
        return self._rows[index]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def columns(self) -> list[Column]:
        return list(self._columns)

    def text(self, row: int, column: int) -> str:
        return self._text(self._columns[column], self._rows[row])

    @staticmethod
    def _text(column: Column, row: Any) -> str:
        value = column.value(row)
        if column.text is not None:
            return column.text(value)
        return "" if value is None else str(value)

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(row)
        if role == Qt.ItemDataRole.FontRole and column.bold:
            return _bold_font()
        if role == Qt.ItemDataRole.EditRole and column.editable is not None:
            return self._text(column, row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                column = self._columns[section]
                horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
                return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < len(self._rows) and index.column() < len(self._columns):
            editable = self._columns[index.column()].editable
            if editable is not None and editable(self._rows[index.row()]):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags


_font = None


def _bold_font():
    global _font
    if _font is None:
        from PySide6.QtGui import QFont

        _font = QFont()
        _font.setBold(True)
    return _font
