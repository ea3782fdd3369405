"""The pages of the main window. Each has `__init__(ops, parent=None)` and
`refresh(changes)`; helpers shared by my pages live here (kept light: the
page modules import Qt widgets themselves)."""

from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

log = logging.getLogger("gudang.ui")


class _JobSignals(QObject):
    finished = Signal(bool, object)  # ok, result or error


class _Job(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _JobSignals) -> None:
        super().__init__()
        from gudang.i18n import get_language

        self.call = call
        self.signals = signals
        self.language = get_language()  # the core's language is per thread

    def run(self) -> None:
        from gudang.i18n import set_language

        set_language(self.language)
        try:
            outcome = (True, self.call())
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread
            error.gudang_traceback = traceback.format_exc()
            outcome = (False, error)
        try:
            self.signals.finished.emit(*outcome)
        except RuntimeError:  # the page was closed meanwhile: nobody waits for the answer
            pass


class BackgroundQuery(QObject):
    """Runs one read query at a time in a worker thread; the result arrives in
    the GUI thread as `done(result)`, so a slow aggregate never freezes the
    window. A request made while one runs replaces any waiting one (only the
    newest answer matters). Errors arrive as `failed(message)`, rendered in the
    GUI thread so they follow the user's language."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.busy = False
        self._waiting: Callable[[], Any] | None = None
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._finished)

    def start(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        db = self.ops.db
        call = lambda: service(db, *args, **kwargs)  # noqa: E731
        if self.busy:
            self._waiting = call
            return
        self._run(call)

    def _run(self, call: Callable[[], Any]) -> None:
        self.busy = True
        QThreadPool.globalInstance().start(_Job(call, self._signals))

    def _finished(self, ok: bool, value: object) -> None:
        self.busy = False
        if self._waiting is not None:
            call, self._waiting = self._waiting, None
            self._run(call)
            return
        if ok:
            self.done.emit(value)
            return
        from gudang.domain.errors import GudangError

        if isinstance(value, GudangError):
            self.failed.emit(value.message)
        else:
            log.error("unexpected error in a background query\n%s", getattr(value, "gudang_traceback", value))
            self.failed.emit(f"{type(value).__name__}: {value}")


def page_layout(page: QWidget, title: str, hint: str = "") -> QVBoxLayout:
    """The standard page frame: a title, an optional one-line hint, then the content."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 18, 24, 14)
    layout.setSpacing(10)
    heading = QLabel(title)
    heading.setObjectName("PageTitle")
    layout.addWidget(heading)
    if hint:
        note = QLabel(hint)
        note.setObjectName("PageHint")
        note.setWordWrap(True)
        layout.addWidget(note)
    page.title_label = heading
    return layout


def table_view(model, parent: QWidget | None = None) -> QTableView:
    from ui.style import configure_table

    view = QTableView(parent)
    view.setModel(model)
    configure_table(view)
    return view


STRETCH_MIN = 130  # the stretched column (an item's or a partner's name) keeps at least this


def size_columns(view: QTableView, widths: dict[int, int], stretch: int | None = None) -> None:
    """Starting widths (the user may drag them); `stretch` takes the remaining room.

    Every other column is at least as wide as its header text needs (bold, with the header's
    padding), in whatever language, so no header is cut (a column not in `widths` starts at the
    header's default section size). When the table is too narrow for these widths (a 1024 px
    screen), the other columns give up room in proportion, down to their header's width, so
    the stretched column keeps `STRETCH_MIN` px and nothing needs a sideways scroll.
    """
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    model = view.model()
    count = model.columnCount() if model is not None else 0
    preferred = {}
    for column in range(count):
        if column == stretch:
            continue
        preferred[column] = max(widths.get(column, header.defaultSectionSize()), header_width(view, column))
        view.setColumnWidth(column, preferred[column])
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        fitter = getattr(view, "_column_fitter", None)
        if fitter is None:
            fitter = _ColumnFitter(view)
            view.viewport().installEventFilter(fitter)
            view._column_fitter = fitter
        fitter.preferred, fitter.stretch = preferred, stretch
        fitter.fit()


class _ColumnFitter(QObject):
    """Shrinks a table's fixed columns (never below their header) when its viewport is narrow."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.preferred: dict[int, int] = {}
        self.stretch: int | None = None

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        columns = [c for c in self.preferred if not header.isSectionHidden(c)]
        if not columns:
            return
        room = view.viewport().width()
        stretch_min = max(STRETCH_MIN, header_width(view, self.stretch)) if self.stretch is not None else 0
        wanted = sum(self.preferred[c] for c in columns)
        deficit = wanted + stretch_min - room
        floors = {c: min(self.preferred[c], header_width(view, c)) for c in columns}
        slack = sum(self.preferred[c] - floors[c] for c in columns)
        share = 0.0 if deficit <= 0 or slack <= 0 else min(1.0, deficit / slack)
        for c in columns:
            width = round(self.preferred[c] - (self.preferred[c] - floors[c]) * share)
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)


def header_width(view: QTableView, column: int) -> int:
    """The width a column's header text needs (the style's hint, a little room for the sort arrow)."""
    return view.horizontalHeader().sectionSizeHint(column) + 4


def toolbar_row(*widgets, stretch_at: int | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for i, widget in enumerate(widgets):
        if stretch_at == i:
            row.addStretch(1)
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget)
    if stretch_at is not None and stretch_at >= len(widgets):
        row.addStretch(1)
    return row


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SectionTitle")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label
