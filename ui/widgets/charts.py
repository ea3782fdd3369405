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


# -- QtCharts: the charts of the Allocation and Reports pages --------------------------------------
#
# Built on QtCharts (PySide6-Addons), imported only when such a chart is first made,
# so the main window does not pay its start-up cost. Values arrive as numbers with the
# text to show for them (formatted by the caller in the user's language).

def _charts():
    from PySide6 import QtCharts

    return QtCharts


class SeriesChart(QWidget):
    """Bars per category for one or more series (e.g. needed vs allocated per kecamatan).

    `set_data(categories, series, empty_text)` with series = [(name, [value...], [text...], colour)].
    Horizontal bars (categories down the side) read well with long names such as kecamatan.
    Hovering a bar shows its category, series and formatted value.
    """

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = True, title: str = "") -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        charts = _charts()
        self.horizontal = horizontal
        self.chart = charts.QChart()
        self.chart.setAnimationOptions(charts.QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(self.chart.margins().__class__(2, 2, 2, 2))
        title_font = self.font()
        title_font.setPointSizeF(9)
        title_font.setBold(True)
        self.chart.setTitleFont(title_font)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setBackgroundBrush(QColor("white"))
        if title:
            self.chart.setTitle(title)
        self.view = charts.QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setBackgroundBrush(QColor("white"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.empty = QLabelLike(self)
        self._categories: list[str] = []
        self._series: list[tuple] = []
        self.setMinimumHeight(180)

    def set_title(self, title: str) -> None:
        self.chart.setTitle(title)

    def set_data(self, categories: list[str], series: list[tuple[str, list[float], list[str], str]],
                 empty_text: str = "") -> None:
        charts = _charts()
        self.chart.removeAllSeries()
        for axis in list(self.chart.axes()):
            self.chart.removeAxis(axis)
        self._categories = list(categories)
        self._series = list(series)
        has_data = bool(categories) and any(any(v for v in values) for _, values, _, _ in series)
        self.empty.set_text("" if has_data else empty_text)
        if not categories:
            return
        bars = charts.QHorizontalBarSeries() if self.horizontal else charts.QBarSeries()
        maximum = 0.0
        for index, (name, values, texts, colour) in enumerate(series):
            bar_set = charts.QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            for value in values:
                bar_set.append(float(value))
                maximum = max(maximum, float(value))
            bar_set.hovered.connect(lambda state, i, s=index: self._hover(state, i, s))
            bars.append(bar_set)
        bars.setBarWidth(0.75)
        self.chart.addSeries(bars)
        category_axis = charts.QBarCategoryAxis()
        # Top to bottom in the order given (a horizontal axis runs upwards).
        category_axis.append(list(reversed(categories)) if self.horizontal else categories)
        value_axis = charts.QValueAxis()
        value_axis.setRange(0, maximum * 1.08 if maximum > 0 else 1)
        value_axis.setLabelFormat("%.0f")
        value_axis.setTickCount(5 if self.width() > 420 else 3)
        value_axis.applyNiceNumbers()
        font = self.font()
        font.setPointSizeF(7.5)
        category_axis.setLabelsFont(font)
        category_axis.setTruncateLabels(False)  # whole kecamatan and item names, never "…"
        value_axis.setLabelsFont(font)
        if not self.horizontal and len(categories) > 6:
            category_axis.setLabelsAngle(-60)
        if self.horizontal:
            for bar_set in bars.barSets():  # the values, too, top to bottom in the order given
                values = [bar_set.at(i) for i in range(bar_set.count())]
                bar_set.remove(0, bar_set.count())
                bar_set.append(list(reversed(values)))
            self.chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            self.chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(category_axis)
        bars.attachAxis(value_axis)
        self.chart.legend().setVisible(len(series) > 1)

    def _hover(self, state: bool, index: int, series: int) -> None:
        if not state:
            QToolTip.hideText()
            return
        position = len(self._categories) - 1 - index if self.horizontal else index
        if not 0 <= position < len(self._categories):
            return
        name, _, texts, _ = self._series[series]
        from PySide6.QtGui import QCursor

        QToolTip.showText(QCursor.pos(), f"{self._categories[position]}\n{name}: {texts[position]}", self)

    def values(self) -> dict[str, list[float]]:
        """Series name -> values in the order of the categories given (for tests)."""
        return {name: [float(v) for v in values] for name, values, _, _ in self._series}

    def categories(self) -> list[str]:
        return list(self._categories)


class QLabelLike(QWidget):
    """A centred grey text over the chart when it has nothing to show."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_text(self, text: str) -> None:
        self._text = text
        self.setVisible(bool(text))
        self.raise_()
        self.update()

    def text(self) -> str:
        return self._text

    def paintEvent(self, event) -> None:
        self.setGeometry(self.parentWidget().rect())
        painter = QPainter(self)
        painter.setPen(QColor(style.MUTED))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)

    def showEvent(self, event) -> None:
        self.setGeometry(self.parentWidget().rect())
        super().showEvent(event)
