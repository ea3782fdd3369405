"""Mutasi: move lots between bins, or to another warehouse with a surat jalan.

Scan (or type) a lot label: the bins that hold it are offered with their
quantity; type how many, choose where they go, Enter adds the line. Scanning
a bin label chooses where the goods go. Within one warehouse the goods move at
once; to another warehouse they travel in transit: the surat jalan is printed
(three copies) and the arrival is confirmed on the Confirm delivery page.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget,
)

from gudang.domain.errors import GudangError
from gudang.domain.numbers import format_decimal, parse_decimal
from gudang.services import locations, queries, transfers
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import DOCUMENTS, LOCATIONS, STOCK, Operations
from ui.pages import size_columns, table_view
from ui.pages.scan_common import date_edit, qdate_to_date, scan_layout, with_backdating
from ui.printing import open_paper
from ui.widgets.message import MessageBar
from ui.widgets.scan_field import ScanField


@dataclass(frozen=True)
class TransferLine:
    sku: str
    item: str
    lot: str | None
    barcode: str
    qty: Decimal
    unit: str
    from_location: str
    to_location: str
    to_warehouse: str | None


def line_columns() -> list[Column]:

    return [
        Column(QCoreApplication.translate("TransfersPage", "SKU"), lambda r: r.sku),
        Column(QCoreApplication.translate("TransfersPage", "Item"), lambda r: r.item, tooltip=lambda r: r.item),
        Column(QCoreApplication.translate("TransfersPage", "Lot"), lambda r: r.lot or r.barcode, tooltip=lambda r: r.barcode),
        Column(QCoreApplication.translate("TransfersPage", "Quantity"), lambda r: r.qty, text=format_decimal, numeric=True),
        Column(QCoreApplication.translate("TransfersPage", "Unit"), lambda r: r.unit),
        Column(QCoreApplication.translate("TransfersPage", "From"), lambda r: r.from_location),
        Column(QCoreApplication.translate("TransfersPage", "To"), lambda r: r.to_location, tooltip=lambda r: r.to_warehouse),
    ]


class TransfersPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.lines: list[TransferLine] = []
        self.stock: list[queries.StockRow] = []  # where the current lot is
        self.bins: dict[str, locations.LocationRow] = {}
        self.home: str | None = None  # the warehouse the goods leave
        self._dirty = True
        layout = scan_layout(self, self.tr("Transfers"))

        self.scan = ScanField(self)
        self.scan.setPlaceholderText(self.tr("Scan a lot label, then the bin it goes to (F2)"))
        self.scan.scanned.connect(self.handle_scan)
        layout.addWidget(self.scan)

        box = QGroupBox(self.tr("Line"), self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        self.lot_label = QLabel(self.tr("No lot chosen: scan or type a lot label above."))
        self.lot_label.setWordWrap(True)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("From bin"))
        self.qty = QLineEdit()
        self.qty.setAccessibleName(self.tr("Quantity"))
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.setAccessibleName(self.tr("To bin"))
        self.target.lineEdit().setPlaceholderText(self.tr("bin code"))
        completer = self.target.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_button = QPushButton(self.tr("&Add line"))
        self.add_button.clicked.connect(self.add_line)
        labels = []
        for text, widget in ((self.tr("&From bin"), self.source), (self.tr("&Quantity"), self.qty),
                             (self.tr("&To bin"), self.target)):
            label = QLabel(text)
            label.setBuddy(widget)
            labels.append(label)
        grid.addWidget(self.lot_label, 0, 0, 1, 4)
        for column, (label, widget) in enumerate(zip(labels, (self.source, self.qty, self.target))):
            grid.addWidget(label, 1, column)
            grid.addWidget(widget, 2, column)
        grid.addWidget(self.add_button, 2, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 3)
        layout.addWidget(box)
        self.target.lineEdit().installEventFilter(self)  # typing replaces the last line's bin
        self.qty.returnPressed.connect(self._qty_entered)
        self.target.lineEdit().returnPressed.connect(self.add_line)

        self.model = LazyTableModel(line_columns(), parent=self)
        self.table = table_view(self.model)
        self.table.setAccessibleName(self.tr("Transfer lines"))
        size_columns(self.table, {0: 95, 2: 100, 3: 80, 4: 70, 5: 100, 6: 110}, stretch=1)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_line,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)

        header = QGridLayout()
        header.setHorizontalSpacing(10)
        self.date = date_edit(self)
        self.reference = QLineEdit()
        self.vehicle = QLineEdit()
        self.driver = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QLineEdit()
        fields = ((self.tr("&Date"), self.date), (self.tr("Re&ference"), self.reference),
                  (self.tr("&Vehicle plate"), self.vehicle), (self.tr("Dri&ver"), self.driver),
                  (self.tr("Driver's &phone"), self.phone), (self.tr("&Notes"), self.notes))
        for i, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            header.addWidget(label, 0, i)
            header.addWidget(widget, 1, i)
            header.setColumnStretch(i, 1)
        layout.addLayout(header)
        self.route = QLabel()
        self.route.setObjectName("Muted")
        self.route.setWordWrap(True)
        layout.addWidget(self.route)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("&Remove line"))
        self.clear_button = QPushButton(self.tr("New transfer"))
        self.post_button = QPushButton(self.tr("&Post transfer"))
        self.post_button.setObjectName("Primary")
        self.remove_button.clicked.connect(self.remove_line)
        self.clear_button.clicked.connect(self.new_transfer)
        self.post_button.clicked.connect(self.post)
        row.addWidget(self.remove_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.post_button)
        layout.addLayout(row)
        self.scan.keep_focus_in(self, [self.table])
        self._update()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.target.lineEdit() and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, watched.selectAll)
        return super().eventFilter(watched, event)

    # --- data ------------------------------------------------------------------------------
    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if not changes or changes & {LOCATIONS}:
            self._dirty = True
            if self.isVisible():
                self.load_bins()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load_bins()

    def load_bins(self) -> None:
        self._dirty = False
        rows = self.ops.read(locations.list_locations).value or []
        self.bins = {row.code: row for row in rows if row.active}
        current = self.target.currentText()
        self.target.blockSignals(True)
        self.target.clear()
        for row in sorted(self.bins.values(), key=lambda r: (r.warehouse or "", r.code)):
            self.target.addItem(f"{row.code} — {row.warehouse}", row.code)
        self.target.setCurrentIndex(-1)
        self.target.setEditText(current)
        self.target.blockSignals(False)

    def target_code(self) -> str | None:
        text = self.target.currentText().strip()
        if not text:
            return None
        index = self.target.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return self.target.itemData(index)
        return text.split(" — ")[0].strip()

    # --- input -------------------------------------------------------------------------------
    def handle_scan(self, raw: str) -> None:
        code = raw.strip()
        if code in self.bins:
            self.set_target(code)
            return
        self.choose_lot(code)

    def choose_lot(self, code: str) -> bool:
        result = self.ops.read(queries.stock_on_hand, lot=code)
        rows = [row for row in (result.value or []) if row.location_kind != "transit"]
        if not result.ok or not rows:
            found = self.ops.read(queries.trace_lot, code)
            if found.ok:
                self.message.wrong(self.tr("Lot %1 has nothing on hand to move.").replace("%1", code))
            else:
                self.message.wrong(found.message or result.message)
            return False
        self.stock = rows
        first = rows[0]
        self.lot_label.setText(self.tr("%1 — %2, lot %3 (%4)").replace("%1", first.sku).replace("%2", first.item)
                               .replace("%3", first.lot or first.barcode).replace("%4", first.barcode))
        self.source.clear()
        for row in rows:
            self.source.addItem(self.tr("%1: %2 %3").replace("%1", row.location).replace(
                "%2", format_decimal(row.qty)).replace("%3", row.unit), row.location)
        self.qty.setText(format_decimal(first.qty) if len(rows) == 1 else "")
        self.message.clear()
        self.qty.setFocus()
        self.qty.selectAll()
        return True

    def set_target(self, code: str) -> None:
        index = self.target.findData(code)
        if index >= 0:
            self.target.setCurrentIndex(index)
        else:
            self.target.setEditText(code)
        if self.stock and self.qty.text().strip():
            self.add_line()

    def _qty_entered(self) -> None:
        if self.target_code():
            self.add_line()
        else:
            self.target.setFocus()

    def add_line(self) -> bool:
        if not self.stock:
            self.message.wrong(self.tr("Scan or type a lot label first."))
            return False
        source = self.source.currentData()
        row = next(r for r in self.stock if r.location == source)
        try:
            qty = parse_decimal(self.qty.text())
        except GudangError as error:
            self.message.wrong(self.tr("Quantity: %1").replace("%1", error.message))
            self.qty.setFocus()
            return False
        already = sum((l.qty for l in self.lines if l.barcode == row.barcode and l.from_location == source),
                      Decimal(0))
        if qty <= 0 or qty + already > row.qty:
            self.message.wrong(self.tr("Quantity: %1 holds %2 %3 of this lot (%4 already on this transfer).")
                               .replace("%1", source).replace("%2", format_decimal(row.qty))
                               .replace("%3", row.unit).replace("%4", format_decimal(already)))
            self.qty.setFocus()
            return False
        target = self.target_code()
        if not target or target not in self.bins:
            self.message.wrong(self.tr("To bin: choose a bin of a warehouse (%1 is not one).")
                               .replace("%1", target or "-") if target else self.tr("To bin: choose where the "
                                                                                    "goods go."))
            self.target.setFocus()
            return False
        if target == source:
            self.message.wrong(self.tr("To bin: the goods are already in %1.").replace("%1", source))
            return False
        self.lines.append(TransferLine(row.sku, row.item, row.lot, row.barcode, qty, row.unit, source, target,
                                       self.bins[target].warehouse))
        self.message.ok(self.tr("%1 %2 of %3: %4 → %5").replace("%1", format_decimal(qty)).replace("%2", row.unit)
                        .replace("%3", row.sku).replace("%4", source).replace("%5", target))
        self.stock = []
        self.source.clear()
        self.qty.clear()
        self.lot_label.setText(self.tr("Next lot: scan or type its label above."))
        self._update()
        self.scan.reclaim(force=True)
        return True

    def remove_line(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            del self.lines[indexes[0].row()]
            self._update()

    def new_transfer(self) -> None:
        self.lines = []
        self.stock = []
        self.source.clear()
        self.qty.clear()
        for edit in (self.reference, self.vehicle, self.driver, self.phone, self.notes):
            edit.clear()
        self.message.clear()
        self._update()

    def _update(self) -> None:
        self.model.set_source(list_source(self.lines))
        sites = {self.bins[l.from_location].warehouse for l in self.lines if l.from_location in self.bins}
        away = {l.to_warehouse for l in self.lines} - sites
        if not self.lines:
            self.route.setText(self.tr("Within a warehouse the goods move at once; to another warehouse they "
                                       "travel with a surat jalan."))
        elif away:
            self.route.setText(self.tr("To warehouse %1: the goods travel in transit with a surat jalan (3 copies); "
                                       "confirm their arrival on the Confirm delivery page.")
                               .replace("%1", ", ".join(sorted(w for w in away if w))))
        else:
            self.route.setText(self.tr("Within warehouse %1: the goods move at once.")
                               .replace("%1", ", ".join(sorted(w for w in sites if w))))
        for widget in (self.vehicle, self.driver, self.phone):
            widget.setEnabled(bool(away) or not self.lines)
        self.post_button.setEnabled(bool(self.lines) and self.ops.can("transfer.post"))
        self.remove_button.setEnabled(bool(self.lines))

    # --- post --------------------------------------------------------------------------------
    def build_input(self) -> transfers.TransferInput:
        text = lambda w: w.text().strip() or None  # noqa: E731
        return transfers.TransferInput(
            date=qdate_to_date(self.date.date()),
            lines=tuple(transfers.TransferLineInput(l.barcode, l.qty, l.from_location, l.to_location)
                        for l in self.lines),
            reference=text(self.reference), vehicle=text(self.vehicle), driver=text(self.driver),
            driver_phone=text(self.phone), notes=text(self.notes))

    def post(self) -> None:
        transfer = with_backdating(self, self.ops, self.build_input())
        if transfer is None:
            self.message.info(self.tr("Not posted: check the date."))
            return
        result = self.ops.execute(transfers.post_transfer, transfer, changes={STOCK, DOCUMENTS}, parent=self)
        if not result.ok:
            self.message.wrong(result.message)
            return
        posted = result.value
        self.last_posted = posted
        self.new_transfer()
        if posted.in_transit:
            self.message.ok(self.tr("Transfer %1 posted: in transit to %2. Print the surat jalan for the driver; "
                                    "confirm the arrival on the Confirm delivery page.")
                            .replace("%1", posted.number).replace("%2", posted.destination or ""))
            open_paper(self.ops, "waybill", posted.number, self, copies=True, on_shown=self._shown)
        else:
            self.message.ok(self.tr("Transfer %1 posted: %2 lines moved.").replace("%1", posted.number)
                            .replace("%2", str(len(posted.lines))))

    def _shown(self, dialog, result) -> None:
        self.preview = dialog
        if not result.ok:
            self.message.wrong(result.message)
