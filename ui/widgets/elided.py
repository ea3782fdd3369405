"""One line of text that gives way in the middle when there is not room for all of it.

For a database path in the status bar: its start and its file name stay, and the
tooltip holds all of it. `text()` is the whole text; `shown_text()` what is drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, minimum_width: int = 120) -> None:
        super().__init__(parent)
        self._whole = ""
        self._minimum_width = minimum_width
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._whole = text
        self.setAccessibleName(text)  # a screen reader reads it whole, not as drawn
        self.updateGeometry()
        self._elide()

    def text(self) -> str:
        return self._whole

    def shown_text(self) -> str:
        return super().text()

    def _padding(self) -> int:
        """What the label adds around its text (margins, indent, style sheet padding)."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(super().text())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._whole) + self._padding(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(min(self.sizeHint().width(), self._minimum_width), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - self._padding())
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideMiddle, room)
        if shown != super().text():
            super().setText(shown)
