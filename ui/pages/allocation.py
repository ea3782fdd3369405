"""Alokasi: share the stock among the open requests of an event, fairly, then draft the issues.

Plan shows, per request line, what is still asked, what the rule proposes (priority first,
then shares in proportion to need, whole units, FEFO lots) and what will be allocated;
the kepala gudang may type another allocation in the Allocated column, within the line's
need and the item's stock (the plan is worked out again with the change, so the lots
follow). The chart compares need and allocation per kecamatan; the table beside it shows,
per item, the stock that can be issued today and how short it is. "Make draft issues"
saves one draft goods issue per request, naming it; they are then approved and posted
on the Issuing page as any other.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QLabel, QPushButton, QTabWidget, QWidget,
)

from gudang.domain.errors import GudangError
from gudang.domain.numbers import format_decimal, parse_decimal
from gudang.services import allocation, partners
from ui import style
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import DOCUMENTS, Operations
from ui.pages import page_layout, size_columns, table_view, toolbar_row
from ui.widgets.column_room import ColumnRoom
from ui.pages.requests import REQUESTS, priority_text
from ui.pages.scan_common import date_edit, qdate_to_date, query, run

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")

NEED_COLOUR, ALLOCATED_COLOUR = "#b8c6d6", style.BLUE


def _n(value) -> str:
    return "" if value is None else format_decimal(value)


class PlanModel(QAbstractTableModel):
    """The plan's lines; the Allocated column is editable (whole units within the line's need)."""

    ALLOCATED = 5
    NUMERIC = range(3, 7)
    edited = Signal(str, str, int)  # request number, sku, new allocation
    refused = Signal(str)  # what was wrong with a typed allocation

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list = []
        self.changed: set[tuple[str, str]] = set()
        self.read_only = False
        self.headers = [
            translate("AllocationPage", "Prio."), translate("AllocationPage", "Recipient"),
            translate("AllocationPage", "Item"), translate("AllocationPage", "Needed"),
            translate("AllocationPage", "Proposed"), translate("AllocationPage", "Allocated"),
            translate("AllocationPage", "Short"), translate("AllocationPage", "Unit"),
            translate("AllocationPage", "Kecamatan"), translate("AllocationPage", "Request"),
            translate("AllocationPage", "Lots (FEFO)")]

    def set_lines(self, lines, changed: set[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.changed = set(changed)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if section in self.NUMERIC else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line, column: int) -> str:
        lots = ", ".join(f"{lot.lot or lot.barcode} ({_n(lot.qty)})" for lot in line.lots)
        return [str(line.priority), line.recipient_name, line.item, _n(line.claim), _n(line.proposed),
                _n(line.allocated), _n(line.claim - line.allocated), line.unit, line.kecamatan or "", line.request,
                lots][column]

    @staticmethod
    def _lot_text(lot) -> str:
        return f"{lot.barcode} {lot.lot or ''} {lot.location} {lot.expiry or ''} {lot.donor or ''}: {_n(lot.qty)}"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if column in self.NUMERIC else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return priority_text(line.priority)
            if column == 2:
                return "\n".join([f"{line.sku} \u2014 {line.item} ({line.unit})"]
                                  + [self._lot_text(lot) for lot in line.lots])
            if column in (1, 8):
                return " / ".join(p for p in (line.request, line.recipient, line.desa, line.kecamatan,
                                              line.region_code) if p)
            if column == 10:
                return "\n".join(self._lot_text(lot) for lot in line.lots)
            if column == self.ALLOCATED:
                return translate("AllocationPage", "Type another quantity to change the plan")
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.ALLOCATED and (line.request, line.sku) in self.changed:
                return QColor(style.BLUE_LIGHT)
            if column == 6 and line.claim > line.allocated:
                return style.SOON_BG
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and line.claim > line.allocated:
            return style.SOON_FG
        if role == Qt.ItemDataRole.FontRole and column == self.ALLOCATED:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.ALLOCATED and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.ALLOCATED:
            return False
        line = self.lines[index.row()]
        try:
            qty = parse_decimal(str(value))
        except GudangError as error:
            self.refused.emit(error.message)
            return False
        if qty < 0 or qty != qty.to_integral_value():
            self.refused.emit(translate("AllocationPage", "%1: allocate whole %2, not %3")
                              .replace("%1", line.item).replace("%2", line.unit)
                              .replace("%3", str(value)))
            return False
        if qty > line.claim:
            self.refused.emit(translate("AllocationPage", "%1 for %2: %3 is more than the %4 still needed")
                              .replace("%1", line.item)
                              .replace("%2", line.recipient_name).replace("%3", _n(qty)).replace("%4", _n(line.claim)))
            return False
        self.edited.emit(line.request, line.sku, int(qty))
        return True


def stock_columns() -> list[Column]:
    short = lambda r: style.SOON_BG if r.short else None  # noqa: E731
    return [
        Column(translate("AllocationPage", "Item"), lambda r: r.item,
               tooltip=lambda r: f"{r.sku} \u2014 {r.item} ({r.unit})"),
        Column(translate("AllocationPage", "Available"), lambda r: r.available, text=_n, numeric=True,
               tooltip=lambda r: translate("AllocationPage", "Usable today %1, kept for open drafts %2")
               .replace("%1", _n(r.usable))
               .replace("%2", _n(r.reserved))),
        Column(translate("AllocationPage", "Needed"), lambda r: r.claimed, text=_n, numeric=True),
        Column(translate("AllocationPage", "Short"), lambda r: r.short, text=lambda v: _n(v) if v else "",
               numeric=True, background=short,
               foreground=lambda r: style.SOON_FG if r.short else None),
    ]


class AllocationPage(QWidget):
    open_draft = Signal(int)  # a draft goods issue to open on the Issuing page

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.plan = None
        self.adjust: dict[tuple[str, str], int] = {}
        self.drafts: tuple = ()
        layout = page_layout(self, self.tr("Allocation"), self.tr(
            "Shares the stock that can be issued today among the open requests of an event: the most urgent "
            "first, then in proportion to need when short. Change an allocation by typing in its cell."))
        self.event = QComboBox()
        self.event.setMinimumWidth(260)
        self.event.setAccessibleName(self.tr("Event"))
        self.date = date_edit(self)
        self.date.setAccessibleName(self.tr("Date of the goods issues"))
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.setObjectName("Primary")
        layout.addLayout(toolbar_row(QLabel(self.tr("Event")), self.event, QLabel(self.tr("Date")), self.date,
                                     self.plan_button, None))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("InfoBanner")
        self.banner.hide()
        layout.addWidget(self.banner)
        self.overlaps = QLabel()
        self.overlaps.setWordWrap(True)
        self.overlaps.setStyleSheet(f"color: {style.SOON_FG.name()};")
        self.overlaps.hide()
        layout.addWidget(self.overlaps)

        self.model = PlanModel(self)
        self.model.read_only = not ops.can("request.allocate")
        self.view = table_view(self.model)
        # On a narrow screen the request number, lots, kecamatan, proposal, unit and shortfall step aside
        # (the recipient's and the item's tooltips still say them).
        self.room = ColumnRoom(self.view, {0: 44, 2: 180, 3: 78, 4: 70, 5: 88, 6: 60, 7: 66, 8: 120, 9: 150, 10: 240},
                               1, [9, 10, 8, 4, 7, 6], stretch_want=160,
                               minimums={2: 190, 7: 76, 8: 130})  # item, unit and kecamatan readable
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        from ui.widgets.charts import SeriesChart

        self.chart = SeriesChart(self, title=self.tr("Needed and allocated per kecamatan"))
        self.stock = LazyTableModel(stock_columns(), parent=self)
        self.stock_view = table_view(self.stock)
        size_columns(self.stock_view, {1: 96, 2: 96, 3: 80}, stretch=0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("The plan"))
        self.tabs.addTab(self.chart, self.tr("Needs per kecamatan"))
        self.tabs.addTab(self.stock_view, self.tr("Stock per item"))
        layout.addWidget(self.tabs, 1)

        self.reset_button = QPushButton(self.tr("Undo changes"))
        self.draft_button = QPushButton(self.tr("Make draft issues"))
        self.draft_button.setObjectName("Primary")
        self.draft_button.setToolTip(self.tr("One draft goods issue per request, to approve and post on the "
                                             "Issuing page"))
        self.draft_button.setVisible(ops.can("request.allocate"))
        self.reset_button.setVisible(ops.can("request.allocate"))
        self.open_button = QPushButton(self.tr("Open the drafts on Issuing"))
        self.open_button.hide()
        self.note = QLabel()
        self.note.setObjectName("Muted")
        if not ops.can("request.allocate"):
            self.note.setText(self.tr("Only the head of warehouse turns a plan into draft issues."))
        layout.addLayout(toolbar_row(self.note, None, self.open_button, self.reset_button, self.draft_button))

        self.plan_button.clicked.connect(self.make_plan)
        self.event.currentIndexChanged.connect(lambda _: self._new_event())
        self.model.edited.connect(self._edited)
        self.model.refused.connect(lambda message: self.show_banner(message, error=True))
        self.reset_button.clicked.connect(self.reset)
        self.draft_button.clicked.connect(self.make_drafts)
        self.open_button.clicked.connect(lambda: self.drafts and self.open_draft.emit(self.drafts[0].id))
        self._fill_events()
        self._update_buttons()

    def _fill_events(self) -> None:
        current = self.event.currentData()
        events, _ = query(self.ops, partners.list_events)
        self.event.blockSignals(True)
        self.event.clear()
        for row in events or []:
            self.event.addItem(f"{row.code} \u2014 {row.name}", row.code)
        index = self.event.findData(current) if current else 0
        self.event.setCurrentIndex(max(0, index))
        self.event.blockSignals(False)

    def _new_event(self) -> None:
        self.adjust.clear()
        self.plan = None
        self._show()

    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if changes & {"events"}:
            self._fill_events()
        if self.plan is not None and changes & {REQUESTS, DOCUMENTS, "stock"}:
            self.make_plan(keep_banner=True)

    # --- planning -------------------------------------------------------------------------------
    def make_plan(self, keep_banner: bool = False) -> bool:
        event = self.event.currentData()
        if not event:
            self.show_banner(self.tr("There is no disaster event yet: add one on the Partners page."), error=True)
            return False
        plan, problem = query(self.ops, allocation.plan_allocation, event, qdate_to_date(self.date.date()),
                              self.adjust or None)
        if plan is None:
            self.show_banner(problem or "", error=True)
            return False
        self.plan = plan
        if not keep_banner:
            self.banner.hide()
        self._show()
        return True

    def _edited(self, request: str, sku: str, qty: int) -> None:
        previous = dict(self.adjust)
        proposed = next((l.proposed for l in self.plan.lines if (l.request, l.sku) == (request, sku)), None)
        if qty == proposed:
            self.adjust.pop((request, sku), None)
        else:
            self.adjust[(request, sku)] = qty
        plan, problem = query(self.ops, allocation.plan_allocation, self.plan.event, self.plan.date,
                              self.adjust or None)
        if plan is None:
            self.adjust = previous
            self.show_banner(problem or "", error=True)
            return
        self.plan = plan
        self.banner.hide()
        self._show()

    def reset(self) -> None:
        self.adjust.clear()
        if self.plan is not None:
            self.make_plan()

    def _show(self) -> None:
        plan = self.plan
        if plan is None:
            self.model.set_lines([], set())
            self.stock.set_source(list_source([]))
            self.chart.set_data([], [], self.tr("Press Plan to share the stock among the open requests."))
            self.summary.setText("")
            self.overlaps.hide()
            self._update_buttons()
            return
        self.model.set_lines(plan.lines, set(self.adjust))
        short_items = [s for s in plan.stock if s.short]
        self.stock.set_source(list_source(sorted(plan.stock, key=lambda s: (-s.short, s.item))))
        requests_count = len({line.request for line in plan.lines})
        text = self.tr("%1 open requests, %2 lines to plan. ").replace("%1", str(requests_count)).replace(
            "%2", str(len(plan.lines)))
        if short_items:
            text += self.tr("%1 items short, shared by priority and then in proportion to need: %2").replace(
                "%1", str(len(short_items))).replace(
                "%2", ", ".join(f"{s.item} ({_n(s.available)} / {_n(s.claimed)})" for s in short_items[:2])
                + (" \u2026" if len(short_items) > 2 else ""))
        elif plan.lines:
            text += self.tr("The stock covers every request.")
        else:
            text = self.tr("No open request of this event lacks anything.")
        if self.adjust:
            text += " " + self.tr("%1 allocations changed by hand.").replace("%1", str(len(self.adjust)))
        self.summary.setText(text)
        if plan.warnings:
            self.overlaps.setText(self.tr("\u26a0 Overlap guard: %1").replace("%1", plan.warnings[0]) + (
                " " + self.tr("(and %1 more: hover to read them)").replace("%1", str(len(plan.warnings) - 1))
                if len(plan.warnings) > 1 else ""))
            self.overlaps.setToolTip("\n".join(plan.warnings))
        self.overlaps.setVisible(bool(plan.warnings))
        totals = plan.by_kecamatan()
        self.chart.set_data([k for k, _, _ in totals], [
            (self.tr("Needed"), [c for _, c, _ in totals], [_n(c) for _, c, _ in totals], NEED_COLOUR),
            (self.tr("Allocated"), [a for _, _, a in totals], [_n(a) for _, _, a in totals], ALLOCATED_COLOUR)],
            self.tr("Nothing to plan."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.plan is not None and any(line.allocated > 0 for line in self.plan.lines)
        self.draft_button.setEnabled(has)
        self.reset_button.setEnabled(bool(self.adjust))

    def show_banner(self, text: str, *, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setObjectName("ErrorBanner" if error else "InfoBanner")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setVisible(bool(text))

    # --- drafting -------------------------------------------------------------------------------
    def make_drafts(self) -> bool:
        if self.plan is None:
            return False
        result, problem = run(self.ops, allocation.draft_plan, self.plan.event, self.plan.date, self.adjust or None,
                              changes={REQUESTS, DOCUMENTS}, parent=self)
        if result is None:
            self.show_banner(problem or "", error=True)
            return False
        self.drafts = result.drafts
        self.adjust.clear()
        ids = ", ".join(f"#{d.id}" for d in result.drafts)
        text = self.tr("%1 draft goods issues made (%2). Approve and post them on the Issuing page.").replace(
            "%1", str(len(result.drafts))).replace("%2", ids)
        warnings = [w for d in result.drafts for w in d.warnings]
        if warnings:
            text += "\n" + "\n".join(warnings)
        self.make_plan()
        self.show_banner(text)
        self.open_button.setVisible(bool(self.drafts))
        return True

    def draft_ids(self) -> list[int]:
        return [d.id for d in self.drafts]
