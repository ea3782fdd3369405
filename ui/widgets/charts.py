"""Small charts drawn with QPainter: no QtCharts start-up cost, crisp offscreen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui import style


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown (formatted, with unit)
    tooltip: str = ""
    key: object = None


class HBarChart(QWidget):
    """Horizontal bars, one labelled row each, sorted as given; clicking a bar emits its key."""

    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._empty_text = ""
        self._hover = -1
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bar_color = QColor(style.BLUE)
        self.hover_color = QColor(style.ORANGE)

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        self._bars = list(bars)
        self._empty_text = empty_text
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def _row_height(self) -> int:
        return max(26, QFontMetrics(self.font()).height() + 12)

    def sizeHint(self) -> QSize:
        return QSize(420, max(120, len(self._bars) * self._row_height() + 16))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, min(self.sizeHint().height(), 160))

    def _layout(self):
        metrics = QFontMetrics(self.font())
        label_w = min(self.width() * 0.35, max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0) + 12)
        text_w = max((metrics.horizontalAdvance(b.text) for b in self._bars), default=0) + 12
        row_h = self._row_height()
        top = max(4, (self.height() - row_h * len(self._bars)) / 2) if self._bars else 0
        return label_w, text_w, row_h, top

    def _bar_at(self, y: float) -> int:
        if not self._bars:
            return -1
        _, _, row_h, top = self._layout()
        index = int((y - top) // row_h)
        return index if 0 <= index < len(self._bars) else -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._bar_at(event.position().y())
        if index != self._hover:
            self._hover = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor)
            self.update()
        if index >= 0 and self._bars[index].tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), self._bars[index].tooltip, self)

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self._bar_at(event.position().y())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self._bars[index].key)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            painter.setPen(QColor(style.MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        label_w, text_w, row_h, top = self._layout()
        maximum = max((b.value for b in self._bars), default=0) or 1
        track_w = max(10.0, self.width() - label_w - text_w - 8)
        metrics = QFontMetrics(self.font())
        for i, bar in enumerate(self._bars):
            y = top + i * row_h
            painter.setPen(QColor(style.TEXT))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             label)
            bar_h = row_h * 0.58
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#eef2f6"))
            painter.drawRoundedRect(QRectF(label_w, y + (row_h - bar_h) / 2, track_w, bar_h), 3, 3)
            width = max(2.0, track_w * bar.value / maximum) if bar.value > 0 else 0
            painter.setBrush(self.hover_color if i == self._hover else self.bar_color)
            painter.drawRoundedRect(QRectF(label_w, y + (row_h - bar_h) / 2, width, bar_h), 3, 3)
            painter.setPen(QPen(QColor(style.TEXT)))
            painter.drawText(QRectF(label_w + track_w + 8, y, text_w, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.text)
