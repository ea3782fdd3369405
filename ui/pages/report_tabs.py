"""The tabs of the Reports page built on the core's reports (gudang.reports): 4W distribution,
donor accountability, stock position (mutasi), and the charts.

A report tab asks the core for a `Report` (in a worker thread: at S=10 a report reads
hundreds of thousands of moves), shows its tables, and exports it with the core's
writers: XLSX and CSV to a file, PDF through the preview (print or save from there).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGridLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from gudang.domain.numbers import format_decimal
from gudang.reports.tables import DATE, KG, NUMERIC, TEXT, Report
from ui import style
from ui.i18n import fmt_date
from ui.operations import Operations
from ui.pages import BackgroundQuery, table_view, toolbar_row
from ui.pages.scan_common import date_edit, qdate_to_date, query
from ui.widgets.column_room import ColumnRoom


def two_lines(title: str) -> str:
    """A figure's title on two lines, broken at the space nearest its middle ("Saldo\nawal"),
    so that the figures of a report fit a 1024 px screen side by side."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if not spaces:
        return title
    middle = len(title) / 2
    cut = min(spaces, key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1:]


def screen_columns(table) -> tuple[int | None, list[tuple[int, ...]]]:
    """(the column that takes the room left, the columns that step aside on a narrow screen,
    first one first): the name column stretches; the columns the PDF leaves out go first, then
    figures that are 0 in every row, the other texts and codes from the right, then weights in
    kg; every other figure stays. The exports keep every column."""
    columns = table.columns
    texts = [i for i, c in enumerate(columns) if c.kind not in NUMERIC]
    stretch = next((i for i in texts if columns[i].kind == TEXT and not columns[i].width),
                   next((i for i in texts if columns[i].kind == TEXT), None))
    keep = stretch if stretch is not None else (texts[0] if texts else None)  # what names the row stays
    optional = [i for i in reversed(texts) if not columns[i].pdf and i != keep]
    optional += [i for i in reversed(range(len(columns)))  # a figure that is 0 in every row says nothing
                 if columns[i].kind in NUMERIC and table.rows and not any(row[i] for row in table.rows)]
    optional += [i for i in reversed(texts) if columns[i].pdf and i != keep]
    optional += [i for i in reversed(range(len(columns))) if columns[i].kind == KG]  # kg follows the quantity
    return stretch, [(i,) for i in optional]


class ReportTableModel(QAbstractTableModel):
    """One table of a core report, with its total row (bold, shaded) at the end."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = None
        self.rows: list[tuple] = []

    def set_table(self, table) -> None:
        self.beginResetModel()
        self.table = table
        self.rows = list(table.rows) if table else []
        totals = table.totals() if table else None
        self.total = totals
        if totals:
            self.rows.append(totals)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        column = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return two_lines(column.title) if column.kind in NUMERIC else column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if column.kind in NUMERIC else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def text(value, kind: str) -> str:
        if value is None:
            return ""
        if kind in NUMERIC and isinstance(value, (int, Decimal)):
            return format_decimal(value, 1 if kind == KG else None)
        if kind == DATE and isinstance(value, dt.date):
            return fmt_date(value)
        return str(value)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.table.columns[index.column()]
        value = self.rows[index.row()][index.column()]
        total = self.total is not None and index.row() == len(self.rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(value, column.kind)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 24:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if column.kind in NUMERIC else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if total and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if total and role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#eef0f3")
        return None


class CoreReportTab(QWidget):
    """Controls, Show, the report's tables (one at a time), and Export XLSX / CSV / PDF."""

    background = True  # the tests switch it off to stay synchronous

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.report: Report | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        self.controls = toolbar_row()
        layout.addLayout(self.controls)
        self.info = QLabel()
        self.info.setObjectName("Muted")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table_choice = QComboBox()
        self.table_choice.setAccessibleName(self.tr("Table"))
        self.table_choice.setMaximumWidth(420)
        self.table_choice.hide()
        layout.addWidget(self.table_choice)
        self.model = ReportTableModel(self)
        self.view = table_view(self.model)
        self.room = ColumnRoom(self.view, [], None)
        self.room.changed.connect(self._count_rows)
        layout.addWidget(self.view, 1)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("Primary")
        self.show_button.clicked.connect(self.run)
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.csv_button = QPushButton(self.tr("CSV…"))
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addLayout(toolbar_row(self.count_label, None, self.pdf_button, self.csv_button, self.xlsx_button))
        self.xlsx_button.clicked.connect(lambda: self.export_file(".xlsx"))
        self.csv_button.clicked.connect(lambda: self.export_file(".csv"))
        self.pdf_button.clicked.connect(self.show_pdf)
        self.table_choice.currentIndexChanged.connect(self._show_table)
        self.loader = BackgroundQuery(ops, self)
        self.loader.done.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        self._enable(False)

    def add_controls(self, *widgets, second_row: tuple = ()) -> None:
        """The report's choices and Show; with `second_row`, those go on a row of their own
        (with Show), so that every choice stays readable at 1024 px."""
        for widget in widgets:
            self.controls.addWidget(widget)
        row = self.controls
        if second_row:
            row = toolbar_row(*second_row)
            self.controls.addStretch(1)
            self.layout().insertLayout(1, row)
        row.addWidget(self.show_button)
        row.addStretch(1)

    def request(self):
        """(core report function, kwargs) for the current controls, or None."""
        raise NotImplementedError

    def run(self) -> None:
        request = self.request()
        if request is None:
            return
        function, kwargs = request
        if self.background:
            self.count_label.setText(self.tr("Loading…"))
            self.show_button.setEnabled(False)
            self.loader.start(function, **kwargs)
            return
        report, problem = query(self.ops, function, **kwargs)
        if report is None:
            self._failed(problem or "")
        else:
            self._loaded(report)

    def _loaded(self, report: Report) -> None:
        self.show_button.setEnabled(True)
        self.report = report
        self.info.setText(" \u00b7 ".join(f"{label}: {value}" for label, value in report.lines))
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for table in report.tables:
            self.table_choice.addItem(f"{table.title} ({format_decimal(len(table.rows))})")
        self.table_choice.setVisible(len(report.tables) > 1)
        self.table_choice.blockSignals(False)
        self._show_table(0)
        self._enable(True)

    def _failed(self, message: str) -> None:
        self.show_button.setEnabled(True)
        self.count_label.setText("")
        self.info.setText(message)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for button in (self.xlsx_button, self.csv_button, self.pdf_button):
            button.setEnabled(on)

    def _show_table(self, index: int) -> None:
        if self.report is None or not 0 <= index < len(self.report.tables):
            return
        table = self.report.tables[index]
        self.model.set_table(table)
        stretch, optional = screen_columns(table)
        self.room.configure({column: int(spec.width * 4.6) for column, spec in enumerate(table.columns)
                             if spec.width}, stretch, optional, stretch_want=200)
        self._count_rows()

    def _count_rows(self) -> None:
        if self.report is None or self.model.table is None:
            return
        text = self.tr("%1 rows").replace("%1", format_decimal(len(self.model.table.rows)))
        tip = ""
        if self.room.dropped:
            text += " \u00b7 " + self.tr("%1 columns hidden").replace("%1", str(len(self.room.dropped)))
            tip = self.tr("Hidden for room: %1 (the exports have them)").replace(
                "%1", ", ".join(self.model.table.columns[c].title for c in sorted(self.room.dropped)))
        self.count_label.setText(text)
        self.count_label.setToolTip(tip)

    def _letterhead(self):
        from gudang.reports.printing import letterhead
        from gudang.services.posting import settings
        from gudang.services.uow import UnitOfWork

        with UnitOfWork(self.ops.db, write=False) as uow:
            return letterhead(settings(uow.conn))

    def export_to(self, path: str | Path) -> int | None:
        """Write the report shown to `path` (.xlsx, .csv or .pdf); returns the rows written."""
        from gudang.reports.exports import export

        if self.report is None:
            return None
        report, head = self.report, self._letterhead()
        rows = self.ops.query(lambda db: export(report, path, head), parent=self)
        if rows is not None:
            self.count_label.setText(self.tr("%1 rows exported to %2").replace("%1", format_decimal(rows))
                                     .replace("%2", Path(path).name))
        return rows

    def export_file(self, suffix: str) -> None:
        if self.report is None:
            return
        kinds = {".xlsx": self.tr("Excel workbooks (*.xlsx)"), ".csv": self.tr("CSV files (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export %1").replace("%1", self.report.title),
                                              f"{self.report.key}{suffix}", kinds[suffix])
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_to(path)

    def pdf_bytes(self) -> bytes | None:
        from gudang.reports.exports import render_report_pdf

        if self.report is None:
            return None
        report, head = self.report, self._letterhead()
        return self.ops.query(lambda db: render_report_pdf(report, head), parent=self)

    def show_pdf(self) -> None:
        from ui.pdf_preview import show_pdf

        pdf = self.pdf_bytes()
        if pdf:
            show_pdf(pdf, self.report.title, f"{self.report.key}.pdf", parent=self)


def event_combo(ops: Operations, parent: QWidget, *, everything: str, length: int = 18) -> QComboBox:
    from gudang.services import partners

    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(length)
    combo.addItem(everything, None)
    for row in query(ops, partners.list_events)[0] or []:
        combo.addItem(f"{row.code} \u2014 {row.name}", row.code)
    if combo.count() > 1:
        combo.setCurrentIndex(1)
    return combo


def period_edits(parent: QWidget, days: int = 30):
    start, end = date_edit(parent), date_edit(parent)
    start.setDate(QDate.currentDate().addDays(-days))
    return start, end


class DistributionReport(CoreReportTab):
    """4W: who delivered what, where (with the region code) and when, grouped as chosen."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        # the event's code and most of its name (the period has a row of its own)
        self.event = event_combo(ops, self, everything=self.tr("All events"), length=30)
        self.event.setAccessibleName(self.tr("Event"))
        self.by = QComboBox()
        for key, text in (("kecamatan", self.tr("by kecamatan")), ("desa", self.tr("by desa")),
                          ("recipient", self.tr("by recipient")), ("item", self.tr("by item")),
                          ("donor", self.tr("by donor")), ("detail", self.tr("every dispatch (4W)"))):
            self.by.addItem(text, key)
        self.by.setAccessibleName(self.tr("Grouping"))
        self.start, self.end = period_edits(self, 120)
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.add_controls(self.event, self.by,
                          second_row=(QLabel(self.tr("from")), self.start, QLabel(self.tr("to")), self.end))

    def request(self):
        from gudang.reports.distribution import distribution_report

        return distribution_report, {"event": self.event.currentData(), "by": self.by.currentData(),
                                     "start": qdate_to_date(self.start.date()), "end": qdate_to_date(self.end.date())}


class DonorReport(CoreReportTab):
    """What a donor gave, each lot's path to recipients and desa, what is left."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        from gudang.services import partners

        self.donor = QComboBox(self)
        self.donor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.donor.setMinimumContentsLength(36)
        self.donor.setAccessibleName(self.tr("Donor"))
        for row in query(ops, partners.list_partners, "donor")[0] or []:
            self.donor.addItem(f"{row.code} \u2014 {row.name}", row.code)
        self.add_controls(QLabel(self.tr("Donor")), self.donor)

    def request(self):
        from gudang.reports.donor import donor_report

        code = self.donor.currentData()
        return (donor_report, {"donor": code}) if code else None


class PositionReport(CoreReportTab):
    """Laporan posisi / mutasi: per item opening, in, out, adjusted, closing for a period."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.start, self.end = period_edits(self)
        today = QDate.currentDate()
        self.start.setDate(QDate(today.year(), today.month(), 1))
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.add_controls(QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end)

    def request(self):
        from gudang.reports.position import position_report

        return position_report, {"start": qdate_to_date(self.start.date()), "end": qdate_to_date(self.end.date())}


def _short(text: str, length: int = 26) -> str:
    return text if len(text) <= length else text[:length - 1] + "\u2026"


class ChartsTab(QWidget):
    """Distribution per kecamatan, expiries by month, stock cover in days per item."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.widgets.charts import SeriesChart

        self.ops = ops
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        self.event = event_combo(ops, self, everything=self.tr("All events"))
        self.event.setAccessibleName(self.tr("Event"))
        self.days = QSpinBox()
        self.days.setRange(7, 365)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Issue rate over"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("Primary")
        layout.addLayout(toolbar_row(QLabel(self.tr("Event")), self.event, QLabel(self.tr("Issue rate over the last")),
                                     self.days, self.show_button, None))
        grid = QGridLayout()
        grid.setSpacing(10)
        self.distribution = SeriesChart(self, title=self.tr("Distributed per kecamatan (kg)"))
        self.expiries = SeriesChart(self, horizontal=False, title=self.tr("On hand by expiry month (kg)"))
        self.cover = SeriesChart(self, title=self.tr("Stock cover at the current issue rate (days)"))
        grid.addWidget(self.distribution, 0, 0, 2, 1)  # a bar for every kecamatan: the whole height
        grid.addWidget(self.expiries, 0, 1)
        grid.addWidget(self.cover, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout.addLayout(grid, 1)
        self.show_button.clicked.connect(self.run)

    def run(self) -> None:
        from gudang.reports import indicators

        totals, _ = query(self.ops, indicators.distribution_by_kecamatan, event=self.event.currentData())
        totals = totals or []
        self.distribution.set_data([t.kecamatan for t in totals], [(
            self.tr("Distributed"), [t.kg for t in totals],
            [self.tr("%1 kg, %2 people").replace("%1", format_decimal(t.kg, 1)).replace("%2", format_decimal(t.people))
             for t in totals], style.BLUE)], self.tr("Nothing distributed yet."))
        months, _ = query(self.ops, indicators.expiries_by_month, months=11)
        months = months or []
        labels = [self.tr("past") if m.month is None else m.month.strftime("%m/%y") for m in months]
        self.expiries.set_data(labels, [(
            self.tr("On hand"), [m.kg for m in months],
            [self.tr("%1 kg in %2 lots").replace("%1", format_decimal(m.kg, 1)).replace("%2", str(m.lots))
             for m in months], style.ORANGE)], self.tr("No lot expires in the next 11 months."))
        cover, _ = query(self.ops, indicators.stock_cover, days=self.days.value())
        cover = [c for c in cover or [] if c.days is not None][:10]
        names = [_short(c.item, 22) if c.days else self.tr("%1 (none left)").replace("%1", _short(c.item, 16))
                 for c in cover]
        self.cover.set_data(names, [(
            self.tr("Days of stock"), [min(c.days, Decimal(365)) for c in cover],
            [self.tr("%1 days: %2 %3 on hand, %4 a day").replace("%1", format_decimal(c.days, 1))
             .replace("%2", format_decimal(c.on_hand)).replace("%3", c.unit).replace("%4", format_decimal(c.per_day))
             for c in cover], "#c0392b")], self.tr("Nothing was issued in this period."))

    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        pass
