"""Dasbor: the situation at a glance.

Expiry tiles (expired, within 30/60/90 days; a click opens the Stock page
filtered to them), stock by category as bars (weight in kg, which is what
trucks and bins care about), items below their minimum, today's dispatches
and the latest audit entries. One aggregate query (gudang.services.dashboard)
and one page of the audit log; nothing loads whole tables.
"""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from gudang.services import activity, dashboard
from ui import style
from ui.i18n import fmt_date, fmt_int, fmt_number
from ui.models import columns
from ui.models.table import LazyTableModel, list_source
from ui.operations import Operations
from ui.pages import BackgroundQuery, page_layout, section_title, size_columns, table_view
from ui.widgets.charts import Bar, HBarChart


class Tile(QPushButton):
    """A big number with a caption; clickable."""

    def __init__(self, caption: str, icon_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedHeight(84)  # grown by the page when a caption wraps (fit_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.icon_label = QLabel()
        if icon_name:
            self.icon_label.setPixmap(style.icon(icon_name).pixmap(20, 20))
        self.icon_label.setVisible(bool(icon_name))
        self.value_label = QLabel("–")
        self.value_label.setStyleSheet("font-size: 20pt; font-weight: 600;")
        top.addWidget(self.icon_label)
        top.addWidget(self.value_label)
        top.addStretch(1)
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("Muted")
        self.caption_label.setWordWrap(True)
        layout.addLayout(top)
        layout.addWidget(self.caption_label)
        for child in (self.icon_label, self.value_label, self.caption_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def needed_height(self) -> int:
        """The height the value and the caption (wrapped at the tile's width) need."""
        margins = self.layout().contentsMargins()
        caption = self.caption_label.heightForWidth(max(1, self.width() - margins.left() - margins.right()))
        return margins.top() + margins.bottom() + self.value_label.sizeHint().height() + 2 + max(
            caption, self.caption_label.fontMetrics().height())

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value_label.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{text} {self.caption_label.text()}")


def _card(title: str, body: QWidget, note: QLabel | None = None) -> QFrame:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    head = QHBoxLayout()
    head.addWidget(section_title(title))
    head.addStretch(1)
    if note is not None:
        head.addWidget(note)
    layout.addLayout(head)
    layout.addWidget(body, 1)
    return card


class DashboardPage(QWidget):
    open_stock = Signal(str, str)  # expiry filter ("expired", "30", "60", "90" or ""), category ("" = all)
    open_item = Signal(str)  # a SKU, for its stock card
    open_documents = Signal(str, str)  # the register filtered by type and state ("issue", "draft")

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dirty = True
        self.data: dashboard.Dashboard | None = None
        self.loader = BackgroundQuery(ops, self)
        self.loader.done.connect(self._show)
        self.loader.failed.connect(self._failed)
        layout = page_layout(self, self.tr("Dashboard"))
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("PageHint")
        # What waits for someone: links into the document register and the stock opname.
        self.drafts_link = QPushButton()
        self.approved_link = QPushButton()
        self.counts_link = QPushButton()
        head = QHBoxLayout()
        head.addWidget(self.as_of_label)
        head.addStretch(1)
        for button, (type_, state) in ((self.drafts_link, ("issue", "draft")),
                                       (self.approved_link, ("issue", "approved")),
                                       (self.counts_link, ("count", "open"))):
            button.setObjectName("Attention")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setIcon(style.icon("documents"))
            button.clicked.connect(lambda _=False, t=type_, s=state: self.open_documents.emit(t, s))
            button.hide()
            head.addWidget(button)
        layout.addLayout(head)

        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.expired_tile = Tile(self.tr("lots expired"), "expired")
        self.tile_30 = Tile(self.tr("lots expire within 30 days"), "soon")
        self.tile_60 = Tile(self.tr("lots expire within 60 days"), "warn")
        self.tile_90 = Tile(self.tr("lots expire within 90 days"), "warn")
        self.below_tile = Tile(self.tr("items below minimum"))
        self.dispatch_tile = Tile(self.tr("dispatches today"))
        for tile, key in ((self.expired_tile, dashboard.EXPIRED), (self.tile_30, "30"), (self.tile_60, "60"),
                          (self.tile_90, "90")):
            tile.clicked.connect(lambda _=False, k=key: self.open_stock.emit(k, ""))
            tile.setToolTip(self.tr("Show these lots on the Stock page"))
            tiles.addWidget(tile)
        self.below_tile.clicked.connect(lambda: self.below_view.setFocus())
        self.dispatch_tile.clicked.connect(lambda: self.dispatch_view.setFocus())
        tiles.addWidget(self.below_tile)
        tiles.addWidget(self.dispatch_tile)
        layout.addLayout(tiles)

        self.chart = HBarChart()
        self.chart.clicked.connect(self._category_clicked)
        self.chart.setToolTip(self.tr("Weight of the stock on hand per category"))
        self.below_model = LazyTableModel(columns.below_minimum_columns(), parent=self)
        self.below_view = table_view(self.below_model)
        self.below_view.doubleClicked.connect(lambda index: self.open_item.emit(self.below_model.row(index).sku))
        size_columns(self.below_view, {0: 110, 2: 82, 3: 85, 4: 70}, stretch=1)
        self.below_note = QLabel()
        self.below_note.setObjectName("Muted")
        self.dispatch_model = LazyTableModel(columns.dispatch_columns(), parent=self)
        self.dispatch_view = table_view(self.dispatch_model)
        size_columns(self.dispatch_view, {0: 190, 2: 55, 3: 90}, stretch=1)
        self.activity_model = LazyTableModel(columns.activity_columns(), parent=self)
        self.activity_view = table_view(self.activity_model)
        size_columns(self.activity_view, {0: 130, 1: 70, 2: 140}, stretch=3)

        # Two by two on a wide screen; on a narrow one (1024 px) one under the other, each the full
        # width so its columns stay readable, and the page scrolls.
        self.cards = [_card(self.tr("Stock by category (weight)"), self.chart),
                      _card(self.tr("Below minimum stock"), self.below_view, self.below_note),
                      _card(self.tr("Today's dispatches"), self.dispatch_view),
                      _card(self.tr("Recent activity"), self.activity_view)]
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        body.setObjectName("PageBody")
        body.setLayout(self.grid)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("PageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)
        self.narrow: bool | None = None
        self.arrange(False)

    NARROW = 900  # page width below which the cards go one under the other

    def arrange(self, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        for card in self.cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            row, column = (i, 0) if narrow else divmod(i, 2)
            self.grid.addWidget(card, row, column)
            card.setMinimumHeight(230 if narrow else 0)
        for i in range(4):
            self.grid.setRowStretch(i, 0 if narrow or i > 1 else 1)
            self.grid.setColumnStretch(i, 1 if i == 0 or (i == 1 and not narrow) else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange(self.width() < self.NARROW)
        self.fit_tiles()

    def fit_tiles(self) -> None:
        """Every tile as high as the tallest caption needs (a narrow screen wraps them)."""
        tiles = (self.expired_tile, self.tile_30, self.tile_60, self.tile_90, self.below_tile, self.dispatch_tile)
        height = max(84, max(tile.needed_height() for tile in tiles))
        for tile in tiles:
            if tile.height() != height:
                tile.setFixedHeight(height)

    # --- data ----------------------------------------------------------------------------------
    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        """Every change shows up in the activity, most in the figures: reload when seen."""
        self._dirty = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def load(self) -> None:
        """Figures in the background (a second or so on a big database); the activity now."""
        self._dirty = False
        if self.data is None:
            self.as_of_label.setText(self.tr("Loading…"))
        self.loader.start(dashboard.dashboard)
        self.show_pending()
        self.activity_model.chunk = 50
        self.activity_model.set_source(
            lambda offset, limit: self.ops.query(activity.recent, limit, offset, quiet=True))

    def show_pending(self) -> None:
        """Drafts waiting for approval, approved issues to post, counts open (one small query)."""
        from gudang.services import register

        pending = self.ops.read(register.pending).value
        if pending is None:
            return
        for button, count, text in (
                (self.drafts_link, pending.drafts, self.tr("%1 drafts waiting for approval")),
                (self.approved_link, pending.approved, self.tr("%1 approved, to post")),
                (self.counts_link, pending.open_counts, self.tr("%1 stock counts open"))):
            button.setText(text.replace("%1", fmt_int(count)))
            button.setVisible(count > 0)

    def _failed(self, message: str) -> None:
        self.as_of_label.setText(message)

    def _show(self, data: dashboard.Dashboard) -> None:
        self.data = data
        self.as_of_label.setText(self.tr("Situation on %1").replace("%1", fmt_date(data.as_of)))
        self.expired_tile.set_value(fmt_int(data.expiry.expired))
        within = dict(data.expiry.within)
        self.tile_30.set_value(fmt_int(within.get(30, 0)))
        self.tile_60.set_value(fmt_int(within.get(60, 0)))
        self.tile_90.set_value(fmt_int(within.get(90, 0)))
        self.below_tile.set_value(fmt_int(data.below_minimum_count))
        self.dispatch_tile.set_value(fmt_int(data.dispatch_count))
        tonnes = max((row.weight_kg for row in data.categories), default=0) >= 10_000
        bars = [Bar(row.category or self.tr("(no category)"), float(row.weight_kg),
                    fmt_number(row.weight_kg / 1000, 1) + " t" if tonnes else fmt_number(row.weight_kg, 0) + " kg",
                    self.tr("%1 lots in bins").replace("%1", fmt_int(row.lots)),
                    row.category)
                for row in sorted(data.categories, key=lambda r: r.weight_kg, reverse=True)]
        self.chart.set_bars(bars, self.tr("No stock yet"))
        self.below_model.set_source(list_source(data.below_minimum))
        if data.below_minimum_count > len(data.below_minimum):
            self.below_note.setText(self.tr("%1 of %2 shown").replace("%1", fmt_int(len(data.below_minimum)))
                                    .replace("%2", fmt_int(data.below_minimum_count)))
        else:
            self.below_note.setText("")
        self.dispatch_model.set_source(list_source(data.dispatches))

    def _category_clicked(self, category) -> None:
        self.open_stock.emit("", category or "")
