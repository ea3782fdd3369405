"""Karantina & penghapusan: hold a lot, release it, recall it, write stock off.

Quarantine (any warehouse officer) holds a lot: it is never allocated again and
its stock moves to the quarantine area. Release (head of warehouse) puts it
back where it came from, or in a chosen bin. Recall quarantines it everywhere
and lists every recipient who got it, to be called. The work list shows every
lot held or expired; from there, or by scanning, lines go onto a write-off
(head of warehouse), whose berita acara penghapusan opens once it is posted.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout,
    QWidget,
)

from gudang.domain.errors import GudangError
from gudang.domain.numbers import format_decimal, parse_decimal
from gudang.services import holds, locations, quarantine, queries, writeoff
from ui.i18n import fmt_date
from ui.models import columns
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import DOCUMENTS, LOCATIONS, STOCK, Operations
from ui.pages import size_columns, table_view
from ui.pages.scan_common import date_edit, qdate_to_date, scan_layout, with_backdating
from ui.printing import open_paper
from ui.widgets.message import MessageBar
from ui.widgets.scan_field import ScanField




def held_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("QuarantinePage", "SKU"), lambda r: r.sku),
        Column(QCoreApplication.translate("QuarantinePage", "Item"), lambda r: r.item, tooltip=lambda r: r.item),
        Column(QCoreApplication.translate("QuarantinePage", "Lot"), lambda r: r.lot or r.barcode, tooltip=lambda r: r.barcode),
        Column(QCoreApplication.translate("QuarantinePage", "Expiry"), lambda r: r.days_left, text=columns.expiry_text,
               background=lambda r: columns.expiry_background(r.days_left),
               foreground=lambda r: columns.expiry_foreground(r.days_left)),
        Column(QCoreApplication.translate("QuarantinePage", "Status"), lambda r: r.status, text=columns.lot_status),
        Column(QCoreApplication.translate("QuarantinePage", "Bin"), lambda r: r.location),
        Column(QCoreApplication.translate("QuarantinePage", "Quantity"), lambda r: r.qty, text=format_decimal, numeric=True),
        Column(QCoreApplication.translate("QuarantinePage", "Unit"), lambda r: r.unit),
    ]


@dataclass(frozen=True)
class WriteoffLine:
    sku: str
    item: str
    lot: str | None
    barcode: str
    expiry: object
    location: str
    qty: Decimal
    unit: str


def writeoff_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("QuarantinePage", "SKU"), lambda r: r.sku),
        Column(QCoreApplication.translate("QuarantinePage", "Item"), lambda r: r.item, tooltip=lambda r: r.item),
        Column(QCoreApplication.translate("QuarantinePage", "Lot"), lambda r: r.lot or r.barcode, tooltip=lambda r: r.barcode),
        Column(QCoreApplication.translate("QuarantinePage", "Expiry"), lambda r: r.expiry, text=fmt_date),
        Column(QCoreApplication.translate("QuarantinePage", "Bin"), lambda r: r.location),
        Column(QCoreApplication.translate("QuarantinePage", "Quantity"), lambda r: r.qty, text=format_decimal, numeric=True),
        Column(QCoreApplication.translate("QuarantinePage", "Unit"), lambda r: r.unit),
    ]


class QuarantinePage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dirty = True
        self.lot: queries.Trace | None = None
        self.lot_stock: list[queries.StockRow] = []
        self.lines: list[WriteoffLine] = []
        layout = scan_layout(self, self.tr("Quarantine & write-off"))
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._hold_tab(), self.tr("Quarantine, release, recall"))
        self.tabs.addTab(self._writeoff_tab(), self.tr("Write-off"))
        self._update()

    # --- the quarantine tab -------------------------------------------------------------------
    def _hold_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(10, 10, 10, 8)
        self.scan = ScanField(tab)
        self.scan.setPlaceholderText(self.tr("Scan or type a lot label (F2)"))
        self.scan.scanned.connect(self.choose_lot)
        layout.addWidget(self.scan)
        box = QGroupBox(self.tr("Lot"), tab)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        self.lot_label = QLabel(self.tr("No lot chosen: scan its label, or pick one in the list below."))
        self.lot_label.setWordWrap(True)
        grid.addWidget(self.lot_label, 0, 0, 1, 5)
        reason_label = QLabel(self.tr("&Reason"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. kemasan rusak, penarikan dari pabrik"))
        reason_label.setBuddy(self.reason)
        self.hold_button = QPushButton(self.tr("&Quarantine"))
        self.hold_button.setToolTip(self.tr("Hold the lot: never issued, its stock moved to the quarantine area"))
        self.recall_button = QPushButton(self.tr("Re&call"))
        self.recall_button.setToolTip(self.tr("Quarantine the lot everywhere and list who received it"))
        grid.addWidget(reason_label, 1, 0)
        grid.addWidget(self.reason, 1, 1, 1, 2)
        grid.addWidget(self.hold_button, 1, 3)
        grid.addWidget(self.recall_button, 1, 4)
        release_label = QLabel(self.tr("Release &to"))
        self.release_to = QComboBox()
        self.release_to.setAccessibleName(self.tr("Release to"))
        release_label.setBuddy(self.release_to)
        self.release_button = QPushButton(self.tr("Re&lease"))
        self.release_button.setToolTip(self.tr("Available again (head of warehouse)"))
        grid.addWidget(release_label, 2, 0)
        grid.addWidget(self.release_to, 2, 1, 1, 2)
        grid.addWidget(self.release_button, 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(box)
        self.hold_message = MessageBar(tab)
        layout.addWidget(self.hold_message)
        self.lists = QTabWidget(tab)
        self.held_model = LazyTableModel(held_columns(), parent=self)
        self.held_view = table_view(self.held_model)
        self.held_view.setAccessibleName(self.tr("Held and expired lots"))
        size_columns(self.held_view, {0: 90, 2: 95, 3: 165, 4: 85, 5: 100, 6: 75, 7: 65}, stretch=1)
        self.held_view.doubleClicked.connect(lambda _: self.pick_held())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.held_view, self.pick_held,
                  context=Qt.ShortcutContext.WidgetShortcut)
        held = QWidget()
        column = QVBoxLayout(held)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.held_view, 1)
        row = QHBoxLayout()
        self.held_note = QLabel()
        self.held_note.setObjectName("Muted")
        self.pick_button = QPushButton(self.tr("Choose lot"))
        self.to_writeoff_button = QPushButton(self.tr("Add to write-off"))
        self.to_writeoff_button.setToolTip(self.tr("Write off all of this lot in this bin (on the Write-off tab)"))
        self.pick_button.clicked.connect(self.pick_held)
        self.to_writeoff_button.clicked.connect(self.add_held_to_writeoff)
        row.addWidget(self.held_note, 1)
        row.addWidget(self.pick_button)
        row.addWidget(self.to_writeoff_button)
        column.addLayout(row)
        self.lists.addTab(held, self.tr("Held and expired lots"))
        self.recipients_model = LazyTableModel(columns.trace_columns(), parent=self)
        self.recipients_view = table_view(self.recipients_model)
        self.recipients_view.setAccessibleName(self.tr("Who received the lot"))
        size_columns(self.recipients_view, {0: 200, 1: 95, 3: 90, 4: 90}, stretch=2)
        self.lists.addTab(self.recipients_view, self.tr("Who received the lot"))
        layout.addWidget(self.lists, 1)
        self.hold_button.clicked.connect(self.quarantine)
        self.recall_button.clicked.connect(self.recall)
        self.release_button.clicked.connect(self.release)
        self.held_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.scan.keep_focus_in(tab, [self.held_view])
        return tab

    # --- the write-off tab ---------------------------------------------------------------------
    def _writeoff_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(10, 10, 10, 8)
        self.may_write_off = self.ops.can("writeoff.post")
        note = QLabel(self.tr("Goods that are expired, damaged or lost leave the stock with a berita acara "
                              "penghapusan. Add lines from the list on the first tab, or scan a lot here.")
                      if self.may_write_off else
                      self.tr("Only the head of warehouse posts a write-off; you can prepare the list."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        self.wo_lot = QLineEdit()
        self.wo_lot.setPlaceholderText(self.tr("Lot label"))
        self.wo_lot.setAccessibleName(self.tr("Lot label"))
        self.wo_bin = QComboBox()
        self.wo_bin.setAccessibleName(self.tr("Bin"))
        self.wo_qty = QLineEdit()
        self.wo_qty.setPlaceholderText(self.tr("how many"))
        self.wo_qty.setAccessibleName(self.tr("Quantity"))
        self.wo_add = QPushButton(self.tr("&Add line"))
        row.addWidget(self.wo_lot, 2)
        row.addWidget(self.wo_bin, 2)
        row.addWidget(self.wo_qty, 1)
        row.addWidget(self.wo_add)
        layout.addLayout(row)
        self.wo_lot.returnPressed.connect(self._writeoff_lot)
        self.wo_qty.returnPressed.connect(self.add_writeoff_line)
        self.wo_add.clicked.connect(self.add_writeoff_line)
        self.wo_model = LazyTableModel(writeoff_columns(), parent=self)
        self.wo_view = table_view(self.wo_model)
        self.wo_view.setAccessibleName(self.tr("Write-off lines"))
        size_columns(self.wo_view, {0: 90, 2: 100, 3: 95, 4: 110, 5: 80, 6: 70}, stretch=1)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.wo_view, self.remove_writeoff_line,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.wo_view, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.wo_date = date_edit(tab)
        self.wo_reason = QLineEdit()
        self.wo_reason.setPlaceholderText(self.tr("e.g. kedaluwarsa, rusak terendam banjir"))
        self.wo_method = QLineEdit()
        self.wo_method.setPlaceholderText(self.tr("e.g. dibakar, ditimbun"))
        self.wo_decree = QLineEdit()
        self.wo_decree.setPlaceholderText(self.tr("letter number"))
        for i, (text, widget, span) in enumerate(((self.tr("&Date"), self.wo_date, 1),
                                                  (self.tr("Rea&son"), self.wo_reason, 2),
                                                  (self.tr("&Method of disposal"), self.wo_method, 1),
                                                  (self.tr("Approval &letter (SK)"), self.wo_decree, 1))):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            grid.addWidget(label, 0, i)
            grid.addWidget(widget, 1, i)
            grid.setColumnStretch(i, span)
        layout.addLayout(grid)
        self.wo_message = MessageBar(tab)
        layout.addWidget(self.wo_message)
        row = QHBoxLayout()
        self.wo_remove = QPushButton(self.tr("&Remove line"))
        self.wo_post = QPushButton(self.tr("&Post write-off"))
        self.wo_post.setObjectName("Primary")
        self.wo_remove.clicked.connect(self.remove_writeoff_line)
        self.wo_post.clicked.connect(self.post_writeoff)
        row.addWidget(self.wo_remove)
        row.addStretch(1)
        row.addWidget(self.wo_post)
        layout.addLayout(row)
        self._wo_stock: list[queries.StockRow] = []
        return tab

    # --- data ----------------------------------------------------------------------------------
    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if not changes or changes & {STOCK, LOCATIONS}:
            self._dirty = True
            if self.isVisible():
                self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def load(self) -> None:
        self._dirty = False
        rows = self.ops.read(holds.held_or_expired).value or []
        self.held_model.set_source(list_source(rows))
        self.held_note.setText(self.tr("%1 lines held or expired").replace("%1", str(len(rows))))
        bins = self.ops.read(locations.list_locations).value or []
        self.release_to.clear()
        self.release_to.addItem(self.tr("where it came from"), None)
        for row in bins:
            if row.active and row.kind in ("storage", "receiving"):
                self.release_to.addItem(f"{row.code} — {row.warehouse}", row.code)
        if self.lot is not None:
            self.choose_lot(self.lot.barcode, quiet=True)
        self._update()

    def _update(self) -> None:
        chosen = self.lot is not None
        held = chosen and self.lot.status == "quarantine"
        self.hold_button.setEnabled(chosen and not held and self.ops.can("lot.quarantine"))
        self.recall_button.setEnabled(chosen and self.ops.can("lot.quarantine"))
        self.release_button.setEnabled(held and self.ops.can("lot.release"))
        self.release_to.setEnabled(held and self.ops.can("lot.release"))
        picked = bool(self.held_view.selectionModel().selectedRows())
        self.pick_button.setEnabled(picked)
        self.to_writeoff_button.setEnabled(picked)
        self.wo_model.set_source(list_source(self.lines))
        self.wo_remove.setEnabled(bool(self.lines))
        self.wo_post.setEnabled(bool(self.lines) and self.may_write_off)

    # --- quarantine, release, recall -------------------------------------------------------------
    def choose_lot(self, code: str, quiet: bool = False) -> bool:
        code = code.strip()
        found = self.ops.read(queries.trace_lot, code)
        if not found.ok:
            self.lot = None
            self.hold_message.wrong(found.message)
            self._update()
            return False
        self.lot = trace = found.value
        stock = self.ops.read(queries.stock_on_hand, lot=trace.barcode).value or []
        self.lot_stock = stock
        where = ", ".join(f"{r.location}: {format_decimal(r.qty)} {r.unit}" for r in stock) or self.tr("none")
        expiry = fmt_date(trace.expiry) or self.tr("no expiry")
        self.lot_label.setText(
            self.tr("<b>%1 — %2</b>, lot %3 (%4). Expiry %5. Donor %6. Status: <b>%7</b>. On hand: %8.")
            .replace("%1", trace.sku).replace("%2", _esc(trace.item)).replace("%3", _esc(trace.lot or "—"))
            .replace("%4", trace.barcode).replace("%5", expiry).replace("%6", _esc(trace.donor_name or "—"))
            .replace("%7", columns.lot_status(trace.status)).replace("%8", _esc(where)))
        self.recipients_model.set_source(list_source(trace.issues))
        self.lists.setTabText(1, self.tr("Who received the lot (%1)").replace("%1", str(len(trace.issues))))
        if not quiet:
            self.hold_message.clear()
            self.reason.setFocus()
        self._update()
        return True

    def quarantine(self) -> None:
        if self.lot is None:
            return
        result = self.ops.execute(quarantine.quarantine_lot, self.lot.barcode, self.reason.text(),
                                  changes={STOCK, DOCUMENTS}, parent=self)
        if not result.ok:
            self.hold_message.wrong(result.message)
            self.reason.setFocus()
            return
        held = result.value
        moved = ", ".join(f"{m.from_location} → {m.to_location}: {format_decimal(m.qty)}" for m in held.moved)
        self.hold_message.ok(self.tr("Lot %1 is in quarantine (%2). %3").replace("%1", held.lot or held.barcode)
                             .replace("%2", held.number or self.tr("nothing on hand to move"))
                             .replace("%3", moved))
        self.reason.clear()
        self.choose_lot(held.barcode, quiet=True)

    def recall(self) -> None:
        if self.lot is None:
            return
        result = self.ops.execute(quarantine.recall_lot, self.lot.barcode, self.reason.text(),
                                  changes={STOCK, DOCUMENTS}, parent=self)
        if not result.ok:
            self.hold_message.wrong(result.message)
            self.reason.setFocus()
            return
        trace = result.value.trace
        self.hold_message.ok(self.tr("Lot %1 recalled: held everywhere. %2 deliveries went to recipients: call "
                                     "them (list below).").replace("%1", trace.lot or trace.barcode)
                             .replace("%2", str(len(trace.issues))))
        self.reason.clear()
        self.choose_lot(trace.barcode, quiet=True)
        self.lists.setCurrentIndex(1)

    def release(self) -> None:
        if self.lot is None:
            return
        result = self.ops.execute(quarantine.release_lot, self.lot.barcode, self.release_to.currentData(),
                                  self.reason.text() or None, changes={STOCK, DOCUMENTS}, parent=self)
        if not result.ok:
            self.hold_message.wrong(result.message)
            return
        freed = result.value
        moved = ", ".join(f"{m.from_location} → {m.to_location}: {format_decimal(m.qty)}" for m in freed.moved)
        self.hold_message.ok(self.tr("Lot %1 is available again. %2").replace("%1", freed.lot or freed.barcode)
                             .replace("%2", moved))
        self.reason.clear()
        self.choose_lot(freed.barcode, quiet=True)

    def selected_held(self) -> queries.StockRow | None:
        indexes = self.held_view.selectionModel().selectedRows()
        return self.held_model.row(indexes[0]) if indexes else None

    def pick_held(self) -> None:
        row = self.selected_held()
        if row is not None:
            self.choose_lot(row.barcode)

    # --- write-off -----------------------------------------------------------------------------
    def add_held_to_writeoff(self) -> None:
        row = self.selected_held()
        if row is None:
            return
        if any(l.barcode == row.barcode and l.location == row.location for l in self.lines):
            self.hold_message.wrong(self.tr("Lot %1 in %2 is already on the write-off.").replace(
                "%1", row.lot or row.barcode).replace("%2", row.location))
            return
        self.lines.append(WriteoffLine(row.sku, row.item, row.lot, row.barcode, row.expiry, row.location, row.qty,
                                       row.unit))
        self.hold_message.ok(self.tr("%1 %2 of lot %3 in %4 added to the write-off.").replace(
            "%1", format_decimal(row.qty)).replace("%2", row.unit).replace("%3", row.lot or row.barcode)
            .replace("%4", row.location))
        self._update()

    def _writeoff_lot(self) -> None:
        code = self.wo_lot.text().strip()
        rows = self.ops.read(queries.stock_on_hand, lot=code).value or [] if code else []
        self._wo_stock = rows
        self.wo_bin.clear()
        if not rows:
            self.wo_message.wrong(self.tr("Lot %1: nothing on hand.").replace("%1", code or "-"))
            return
        for row in rows:
            self.wo_bin.addItem(f"{row.location}: {format_decimal(row.qty)} {row.unit}", row.location)
        self.wo_qty.setText(format_decimal(rows[0].qty))
        self.wo_message.clear()
        self.wo_qty.setFocus()
        self.wo_qty.selectAll()

    def add_writeoff_line(self) -> bool:
        if not self._wo_stock:
            self._writeoff_lot()
            if not self._wo_stock:
                return False
        row = next(r for r in self._wo_stock if r.location == self.wo_bin.currentData())
        try:
            qty = parse_decimal(self.wo_qty.text())
        except GudangError as error:
            self.wo_message.wrong(self.tr("Quantity: %1").replace("%1", error.message))
            return False
        if qty <= 0 or qty > row.qty:
            self.wo_message.wrong(self.tr("Quantity: %1 holds %2 %3 of this lot.").replace("%1", row.location)
                                  .replace("%2", format_decimal(row.qty)).replace("%3", row.unit))
            return False
        self.lines.append(WriteoffLine(row.sku, row.item, row.lot, row.barcode, row.expiry, row.location, qty,
                                       row.unit))
        self._wo_stock = []
        self.wo_bin.clear()
        self.wo_lot.clear()
        self.wo_qty.clear()
        self.wo_message.clear()
        self.wo_lot.setFocus()
        self._update()
        return True

    def remove_writeoff_line(self) -> None:
        indexes = self.wo_view.selectionModel().selectedRows()
        if indexes:
            del self.lines[indexes[0].row()]
            self._update()

    def post_writeoff(self) -> None:
        data = writeoff.WriteoffInput(
            date=qdate_to_date(self.wo_date.date()), reason=self.wo_reason.text(),
            lines=tuple(writeoff.WriteoffLineInput(l.barcode, l.qty, l.location) for l in self.lines),
            decree_ref=self.wo_decree.text().strip() or None, method=self.wo_method.text().strip() or None)
        data = with_backdating(self, self.ops, data)
        if data is None:
            self.wo_message.info(self.tr("Not posted: check the date."))
            return
        result = self.ops.execute(writeoff.post_writeoff, data, changes={STOCK, DOCUMENTS}, parent=self)
        if not result.ok:
            self.wo_message.wrong(result.message)
            if result.error is not None and "reason" in (getattr(result.error, "where", "") or ""):
                self.wo_reason.setFocus()
            return
        posted = result.value
        self.last_posted = posted
        self.lines = []
        for edit in (self.wo_reason, self.wo_method, self.wo_decree):
            edit.clear()
        self.wo_message.ok(self.tr("Write-off %1 posted: %2 lines left the stock.").replace("%1", posted.number)
                           .replace("%2", str(len(posted.lines))))
        self._update()
        open_paper(self.ops, "writeoff", posted.number, self, on_shown=self._shown)

    def _shown(self, dialog, result) -> None:
        self.preview = dialog
        if not result.ok:
            self.wo_message.wrong(result.message)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
