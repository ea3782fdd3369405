"""Column widths of a wide table that must fit a 1024 px screen without a sideways scroll.

A table with more columns than a 1024 px screen holds (the allocation plan, the partners
with their people, the reports) names the columns it can do without, least important
first. Whenever its viewport is resized:
- columns are hidden, first one first, until every shown column gets the width its header
  needs and the stretched column (a name) gets `stretch_want` px (at least `STRETCH_MIN`);
- the other columns start at their preferred widths and give up room in proportion, down
  to their header's width, so that the stretched column keeps that room;
- the stretched column takes whatever is left.
What a hidden column says is still in a tooltip, a dialog or the exports. In any language
nothing needs a sideways scroll (the screens test checks it at 1024 and 1366 px).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

Groups = list[int | tuple[int, ...]]


class ColumnRoom(QObject):
    changed = Signal()  # other columns hidden

    def __init__(self, view: QTableView, widths: dict[int, int] | None = None, stretch: int | None = None,
                 optional: Groups = (), stretch_want: int = 0, minimums: dict[int, int] | None = None) -> None:
        """`widths`: preferred widths; `optional`: the columns that may be hidden, the first
        one first (a tuple steps aside together, like the vulnerable groups); `minimums`: widths
        a column keeps even when squeezed (its text, not only its header, stays readable)."""
        super().__init__(view)
        self.view = view
        self.excluded: set[int] = set()  # hidden by the page whatever the room (e.g. people of a donor)
        self.dropped: list[int] = []
        self.configure(widths or {}, stretch, optional, stretch_want, minimums)
        view.viewport().installEventFilter(self)
        if view.model() is not None:
            view.model().modelReset.connect(self.fit)

    def configure(self, widths: dict[int, int], stretch: int | None, optional: Groups = (),
                  stretch_want: int = 0, minimums: dict[int, int] | None = None) -> None:
        self.widths = dict(widths)
        self.minimums = dict(minimums or {})
        self.optional = [tuple(o) if isinstance(o, (tuple, list)) else (o,) for o in optional]
        self.stretch = stretch
        self.stretch_want = stretch_want
        header = self.view.horizontalHeader()
        header.setStretchLastSection(stretch is None)
        count = self.view.model().columnCount() if self.view.model() is not None else 0
        for column in range(count):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.Interactive
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
        self.fit()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def exclude(self, columns) -> None:
        self.excluded = set(columns)
        self.fit()

    def header_width(self, column: int) -> int:
        """The width a column's header needs (as ui.pages.header_width, also when hidden)."""
        header = self.view.horizontalHeader()
        return max(header.sectionSizeFromContents(column).width(), header.minimumSectionSize()) + 4

    def fit(self) -> None:
        from ui.pages import STRETCH_MIN

        view = self.view
        model = view.model()
        if model is None or not model.columnCount():
            return
        header = view.horizontalHeader()
        room = view.viewport().width()
        count = model.columnCount()
        floors = {c: max(self.header_width(c), self.minimums.get(c, 0)) for c in range(count)}
        wanted = [c for c in range(count) if c not in self.excluded]
        stretch = self.stretch if self.stretch in wanted else None
        stretch_room = max(STRETCH_MIN, floors[stretch], self.stretch_want) if stretch is not None else 0
        need = sum(floors[c] for c in wanted if c != stretch) + stretch_room
        dropped = []
        for group in self.optional:
            if need <= room:
                break
            for column in group:
                if column in wanted and column != stretch and column not in dropped:
                    dropped.append(column)
                    need -= floors[column]
        for column in range(count):
            hidden = column in self.excluded or column in dropped
            if view.isColumnHidden(column) != hidden:
                view.setColumnHidden(column, hidden)
        fixed = [c for c in wanted if c not in dropped and c != stretch]
        preferred = {c: max(self.widths.get(c, header.defaultSectionSize()), floors[c]) for c in fixed}
        deficit = sum(preferred.values()) + stretch_room - room
        slack = sum(preferred[c] - floors[c] for c in fixed)
        share = 0.0 if deficit <= 0 or slack <= 0 else min(1.0, deficit / slack)
        for c in fixed:
            width = preferred[c] - math.ceil((preferred[c] - floors[c]) * share)  # never more than the room
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)
        was, self.dropped = self.dropped, dropped
        if was != dropped:
            self.changed.emit()
