"""The pages of the main window. Each has `__init__(ops, parent=None)` and
`refresh(changes)`; helpers shared by my pages live here (kept light: the
page modules import Qt widgets themselves)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget


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


def size_columns(view: QTableView, widths: dict[int, int], stretch: int | None = None) -> None:
    """Fixed starting widths (the user may drag them); `stretch` takes the remaining room."""
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


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
