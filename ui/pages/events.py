"""Kejadian bencana: open an event (add it) and close it when the emergency is over."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.dialogs.events import EventsPanel
from ui.operations import PARTNERS, Operations
from ui.pages import page_layout


class EventsPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        layout = page_layout(self, self.tr("Disaster events"),
                             self.tr("Receipts and goods issues are tagged with the event they serve, so reports "
                                     "account per event. Close an event when its emergency period is over."))
        self.panel = EventsPanel(ops, self)
        layout.addWidget(self.panel, 1)

    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if not changes or PARTNERS in changes:
            self.panel.load()
