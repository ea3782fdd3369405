"""Penerimaan: receive goods by scanning.

Header (donor, event, date, sender's reference, vehicle plate, deliverer),
then scan: an item barcode (SKU, GTIN or a pack unit's GTIN) adds a line or
adds one to the line of that item; a GS1 barcode fills item, lot, expiry and
quantity at once and a repeat of the same lot adds to it; a bin label sets
the bin of the last line. An unknown code turns the banner amber and offers
to create the item, prefilled with the scanned GTIN. Post (Ctrl+Enter) books
the receipt and offers the lot labels and the berita acara penerimaan.
"""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QWidget,
)

from gudang.domain import gs1 as gs1_format, rules
from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.gs1 import looks_like_gs1
from gudang.domain.inputs import ReceiptInput, clean_code, optional_text
from gudang.domain.dates import backdate_days as parse_backdate_days
from gudang.services import pages, receipts, scanning
from ui.pages import size_columns
from ui.pages.scan_common import (
    CreateItemDialog, Problem, attempt, check_date, combo_code, confirm, date_edit, field_grid,
    lookup, qdate_to_date, query, scan_layout, search_combo, set_combo_code, wip_store,
)
from ui.pdf_preview import show_pdf
from ui.widgets.feedback import FeedbackBanner
from ui.widgets.line_tables import LineDelegate, ReceiptLine, ReceiptLinesModel, fmt_date, fmt_qty
from ui.widgets.scan_field import ScanField

LABEL_TEMPLATES = ("thermal-100x50", "thermal-50x30", "a4-3x8", "a4-2x7", "thermal-100x150")


class ReceivingPage(QWidget):
    """The goods receipt screen. `refresh(changes)` reloads partners, events and bins."""

    posted = Signal(str)  # the receipt number

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("receivingPage")
        self.last_receipt = None
        self.scan_seconds: float | None = None  # time of the last scan's handling (for benchmarks)
        self._pending_scan: str | None = None
        self.backdate_days = 7
        self.wip = wip_store(ops, "receipt")  # the lines survive a crash or a power cut
        self._offered = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(300)
        self._autosave.timeout.connect(self.save_work)

        # header
        self.donor = search_combo(self, self.tr("Donor: code or name"))
        self.event = search_combo(self, self.tr("(no event)"))
        self.date = date_edit(self)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("sender's waybill no."))
        self.reference.setMaxLength(120)
        self.vehicle = QLineEdit(self)
        self.vehicle.setPlaceholderText(self.tr("e.g. BM 1234 XY"))
        self.vehicle.setMaxLength(40)
        self.vehicle.textEdited.connect(lambda t: self.vehicle.setText(t.upper()))
        self.deliverer = QLineEdit(self)
        self.deliverer.setPlaceholderText(self.tr("name of the person delivering"))
        self.deliverer.setMaxLength(120)
        header = field_grid([
            [(self.tr("&Donor"), self.donor, 4), (self.tr("E&vent"), self.event, 4), (self.tr("Da&te"), self.date, 4)],
            [(self.tr("Sender's &reference"), self.reference, 4), (self.tr("Vehicle p&late"), self.vehicle, 4),
             (self.tr("Deli&verer"), self.deliverer, 4)],
        ], self)

        # scanning
        self.scan = ScanField(self)
        self.scan.scanned.connect(self.handle_scan)
        self.feedback = FeedbackBanner(self)

        # lines
        self.model = ReceiptLinesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(LineDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # At 1024 px the bin and condition must show: the item name takes what is left (fit_columns).
        size_columns(self.table, {0: 32, 1: 84, 3: 64, 4: 64, 5: 84, 6: 92, 7: 76, 8: 76, 9: 120})
        self.table.horizontalHeader().setStretchLastSection(False)
        self._remark_width = self.table.columnWidth(ReceiptLinesModel.REMARK)
        # A vertical scroll bar appearing (many lines) narrows the table: fit again.
        self.table.verticalScrollBar().rangeChanged.connect(lambda *_: QTimer.singleShot(0, self, self.fit_columns))
        self.model.rowsInserted.connect(self._count_changed)
        self.model.rowsRemoved.connect(self._count_changed)
        self.model.modelReset.connect(self._count_changed)
        self.model.dataChanged.connect(self._count_changed)

        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected lines (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("&New receipt"), self)
        self.clear_button.clicked.connect(lambda: self.new_receipt())
        # On a narrow screen (1024 px) the Remark column gives its room to the item name: the
        # remark of the selected line is typed in a small dialog instead.
        self.remark_button = QPushButton(self.tr("Remar&k…"), self)
        self.remark_button.setToolTip(self.tr("Remark of the selected line"))
        self.remark_button.clicked.connect(self.edit_remark)
        self.remark_button.hide()
        self.count_label = QLabel(self)
        self.post_button = QPushButton(self.tr("&Post receipt"), self)
        self.post_button.setToolTip(self.tr("Post the receipt (Ctrl+Enter)"))
        self.post_button.setObjectName("primaryButton")
        self.post_button.setMinimumHeight(40)
        self.post_button.clicked.connect(self.post)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.remark_button)
        self.count_label.setWordWrap(True)
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.post_button)

        # after posting: print
        self.result_bar = QFrame(self)
        self.result_bar.setObjectName("resultBar")
        self.result_bar.setStyleSheet("QFrame#resultBar { background: #e8f4ea; border-radius: 6px; }")
        self.result_label = QLabel(self.result_bar)
        self.result_label.setWordWrap(True)
        self.template = QComboBox(self.result_bar)
        for name in LABEL_TEMPLATES:
            self.template.addItem(name, name)
        self.template.setToolTip(self.tr("Label stock"))
        self.labels_button = QPushButton(self.tr("Print lot &labels…"), self.result_bar)
        self.labels_button.clicked.connect(self.print_labels)
        self.grn_button = QPushButton(self.tr("Print &berita acara penerimaan…"), self.result_bar)
        self.grn_button.clicked.connect(self.print_receipt)
        result_layout = QHBoxLayout(self.result_bar)
        result_layout.addWidget(self.result_label, 1)
        result_layout.addWidget(self.template)
        result_layout.addWidget(self.labels_button)
        result_layout.addWidget(self.grn_button)
        self.result_bar.setVisible(False)

        layout = scan_layout(self, self.tr("Receiving goods"))
        layout.addLayout(header)
        layout.addWidget(self.scan)
        layout.addWidget(self.feedback)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.result_bar)

        self.setTabOrder(self.donor, self.event)
        self.setTabOrder(self.event, self.date)
        self.setTabOrder(self.date, self.reference)
        self.setTabOrder(self.reference, self.vehicle)
        self.setTabOrder(self.vehicle, self.deliverer)
        self.setTabOrder(self.deliverer, self.scan)
        self.setTabOrder(self.scan, self.table)
        self.setTabOrder(self.table, self.post_button)

        for keys, slot in (("Ctrl+Return", self.post), ("Ctrl+Enter", self.post),
                           ("Ctrl+N", lambda: self.new_receipt())):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.scan.keep_focus_in(self, [self.table])
        for widget in (self.donor, self.event, self.reference, self.vehicle, self.deliverer):
            self.scan.follow(widget if isinstance(widget, QLineEdit) else widget)
        self.date.dateChanged.connect(self._date_changed)
        self.date.scanned.connect(self.handle_scan)  # a scan fired into the date is a scan
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset,
                       self.model.dataChanged, self.date.dateChanged, self.reference.textEdited,
                       self.vehicle.textEdited, self.deliverer.textEdited, self.donor.currentTextChanged,
                       self.event.currentTextChanged):
            signal.connect(lambda *_: self._autosave.start())
        self.refresh(frozenset({"partners", "locations", "catalogue", "settings"}))
        self._count_changed()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_columns)

    def fit_columns(self) -> None:
        """The item name takes the room left. When the window is narrow (1024 px) every column up
        to the condition stays in view, the Remark column is hidden and the Remark button edits it."""
        columns = range(self.model.columnCount())
        width = self.table.viewport().width()
        others = sum(self.table.columnWidth(c) for c in columns
                     if c not in (ReceiptLinesModel.ITEM, ReceiptLinesModel.REMARK))
        if not self.table.isColumnHidden(ReceiptLinesModel.REMARK):  # a hidden column's width reads 0
            self._remark_width = self.table.columnWidth(ReceiptLinesModel.REMARK)
        remark = self._remark_width
        room = width - others - remark - 2  # the grid line: no sideways scroll for 2 px
        narrow = room < 160
        self.table.setColumnHidden(ReceiptLinesModel.REMARK, narrow)
        self.remark_button.setVisible(narrow)
        self.table.setColumnWidth(ReceiptLinesModel.ITEM, max(110, width - others - 2) if narrow else room)

    def edit_remark(self) -> None:
        """The remark of the selected line (or the last one), in a small dialog."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        if not rows and self.model.lines:
            rows = [len(self.model.lines) - 1]
        if not rows:
            self.feedback.unknown(self.tr("Scan the goods first, then type their remark."))
            return
        from ui.operations import OpResult
        from ui.widgets.forms import ReasonDialog

        row = rows[0]
        index = self.model.index(row, ReceiptLinesModel.REMARK)

        def keep(text: str) -> OpResult:
            self.model.setData(index, text.strip())
            problem = self.model.row_problems(row).get(ReceiptLinesModel.REMARK)
            return OpResult(problem is None, text, problem or "")

        line = self.model.lines[row]
        self.remark_dialog = ReasonDialog(
            self.tr("Remark"), self.tr("Remark of line %1 (%2), e.g. a torn sack:").replace("%1", str(row + 1))
            .replace("%2", line.sku), keep, ok_text=self.tr("Keep"), parent=self)
        self.remark_dialog.reason.setAccessibleName(self.tr("Remark"))
        self.remark_dialog.reason.setText(line.remark)
        self.remark_dialog.open()

    # --- data --------------------------------------------------------------------
    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        partners_wanted = bool(changes & {"partners", "settings"}) or not self.donor.count()
        bins_wanted = bool(changes & {"locations", "settings"}) or not self.model.locations
        if not (partners_wanted or bins_wanted or "settings" in changes):
            return
        # One read for all of the page's lists: over a 4G link each read is a wait (issue 15).
        lists, _ = query(self.ops, pages.receiving_lists)
        if lists is None:
            return
        if "settings" in changes:
            self.backdate_days = parse_backdate_days(lists.settings)
        if partners_wanted:
            self._fill_partners(lists.donors, lists.events)
        if bins_wanted:
            self.model.locations = {r.code: r.kind for r in lists.locations
                                    if r.active and r.kind in ("storage", "receiving", "quarantine")}
            self.model.touch_all()

    def _fill_partners(self, donors, events) -> None:
        donor, event = combo_code(self.donor), combo_code(self.event)
        self.donor.clear()
        for row in donors:
            if row.active:
                self.donor.addItem(f"{row.code} \u2014 {row.name}", row.code)
        self.event.clear()
        self.event.addItem("", None)
        for row in events:
            self.event.addItem(f"{row.code} \u2014 {row.name}", row.code)
        set_combo_code(self.donor, donor) if donor else self.donor.setCurrentIndex(-1)
        set_combo_code(self.event, event)

    def _date_changed(self) -> None:
        self.model.date = qdate_to_date(self.date.date())
        self.model.touch_all()

    def _count_changed(self, *_) -> None:
        count = len(self.model.lines)
        problems = len(self.model.problems())
        text = self.tr("Lines: %1").replace("%1", str(count))
        if problems:
            text += " \u2014 " + self.tr("problems to fix: %1").replace("%1", str(problems))
        self.count_label.setText(text)

    # --- scanning -------------------------------------------------------------------
    def handle_scan(self, raw: str) -> None:
        started = time.perf_counter()
        try:
            self._handle_scan(raw)
        finally:
            self.scan_seconds = time.perf_counter() - started

    def _handle_scan(self, raw: str) -> None:
        result, problem = lookup(self.ops, scanning.resolve, raw)
        shown = raw.replace("\x1d", "<GS>")
        if result is None:
            if isinstance(problem, InvalidInput):  # misread, not unknown: a GS1 string or a check digit
                if looks_like_gs1(raw):
                    self.feedback.wrong(self.tr("Unreadable GS1 barcode %1: %2").replace("%1", shown)
                                        .replace("%2", problem.message))
                else:
                    self.feedback.wrong(problem.message)
                return
            if problem is not None and not isinstance(problem, GudangError):
                self.feedback.wrong(problem)  # a bug, already logged
                return
            self._unknown(raw, shown)
            return
        data = result.data
        if result.kind == "item":
            self._add_item(data, data.get("scanned_unit") or data["unit"], Decimal(1), None, None)
        elif result.kind == "gs1":
            if not data.get("sku"):
                self._unknown(raw, shown, gtin=data.get("gtin"))
                return
            self._add_item(data, data.get("scanned_unit") or data["unit"], scanning.quantity_of(result),
                           data.get("lot"), data.get("expiry"), gs1=True)
        elif result.kind == "location":
            self._set_bin(data)
        elif result.kind == "lot":
            self.feedback.wrong(self.tr("%1 is the label of lot %2 (%3), already received. "
                                        "Scan the item's own barcode.")
                                .replace("%1", data["barcode"]).replace("%2", data.get("lot") or "-")
                                .replace("%3", data["item"]))
        else:
            self.feedback.wrong(self.tr("%1 is a document number, not goods.").replace("%1", data["number"]))

    def _unknown(self, raw: str, shown: str, gtin: str | None = None) -> None:
        code = raw.strip()
        if gtin is None and code.isdigit() and len(code) in (8, 12, 13, 14):
            gtin = code
        self._pending_scan = raw
        sku = None if gtin else code[:40]
        self.feedback.unknown(self.tr("Unknown code %1: not in the catalogue.").replace("%1", shown),
                              action=self.tr("Create item…"),
                              callback=lambda: self.create_item(gtin, sku))

    def create_item(self, gtin: str | None, sku: str | None) -> None:
        dialog = CreateItemDialog(self.ops, gtin, sku, self)
        if dialog.exec() and dialog.created is not None:
            pending, self._pending_scan = self._pending_scan, None
            self.feedback.ok(self.tr("Item %1 created.").replace("%1", dialog.created.sku))
            if pending:
                self.handle_scan(pending)
        self.scan.reclaim(force=True)

    def _add_item(self, data: dict, unit: str, qty: Decimal, lot: str | None, expiry, gs1: bool = False) -> None:
        if data.get("active") is False:
            self.feedback.wrong(self.tr("%1 is deactivated and cannot be received.").replace("%1", data["sku"]))
            return
        packs = {u: f for u, f in data.get("units", ()) if u != data["unit"]}
        units = (data["unit"],) + tuple(packs)
        expiry_text = fmt_date(expiry)
        if gs1:
            row = self.model.find_lot_line(data["sku"], lot, expiry_text, unit)
        else:
            row = self.model.find_item_line(data["sku"], unit)
        if row is None:
            line = ReceiptLine(sku=data["sku"], name=data["item"], unit=unit, units=units,
                               qty=fmt_qty(qty), lot=lot or "", expiry=expiry_text,
                               lot_tracked=bool(data.get("lot_tracked", True)),
                               expiry_required=bool(data.get("expiry_required", True)), from_gs1=gs1,
                               decimals=int(data.get("decimals") or 0), factors=packs)
            row = self.model.add_line(line)
            verb = self.tr("added")
        else:
            self.model.lines[row].add(qty)
            self.model.touch(row)
            verb = self.tr("now")
        line = self.model.lines[row]
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        details = f"{line.qty} {line.unit}"
        if line.lot:
            details += " \u00b7 " + self.tr("lot %1").replace("%1", line.lot)
        if line.expiry:
            details += " \u00b7 " + self.tr("exp. %1").replace("%1", line.expiry)
        message = (self.tr("Line %1: %2 \u2014 %3 %4").replace("%1", str(row + 1))
                   .replace("%2", line.name).replace("%3", verb).replace("%4", details))
        if expiry is not None and rules.expiry_warning(expiry, self.model.date):
            # taken down as scanned, but never a green OK: the line cannot be posted like this
            self.feedback.warning(message + " \u2014 " + self.tr("this lot has already expired (%1): "
                                                                  "check the goods before receiving them")
                                  .replace("%1", line.expiry))
            return
        self.feedback.ok(message)

    def _set_bin(self, data: dict) -> None:
        code = data["location"]
        if code not in self.model.locations:
            self.feedback.wrong(self.tr("%1 is not a bin goods can be put in.").replace("%1", code))
            return
        if not self.model.lines:
            self.feedback.unknown(self.tr("Bin %1 scanned: scan the goods first, then their bin.")
                                  .replace("%1", code))
            return
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}) or [len(self.model.lines) - 1]
        for row in rows:
            self.model.setData(self.model.index(row, ReceiptLinesModel.LOCATION), code)
        self.feedback.ok(self.tr("Bin %1 set for line %2.").replace("%1", code)
                         .replace("%2", ", ".join(str(r + 1) for r in rows)))

    # --- actions -----------------------------------------------------------------------
    def remove_selected(self) -> None:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if rows:
            self.model.remove(rows)

    def has_unsaved_work(self) -> bool:
        return bool(self.model.lines)

    def confirm_leave(self, leaving: str = "") -> bool:
        """Ask before lines that are not posted are put aside (leaving the page, closing the
        window). They stay on the page and in the work-in-progress file either way."""
        if not self.has_unsaved_work():
            return True
        return confirm(self, self.tr("Receipt not posted"),
                       self.tr("The receipt on the Receiving page has %1 lines that are not posted yet. "
                               "They are kept (also if the computer stops) until you post or discard them. "
                               "%2").replace("%1", str(len(self.model.lines))).replace("%2", leaving))

    def new_receipt(self, *, ask: bool = True) -> bool:
        if ask and self.model.lines and not confirm(
                self, self.tr("Discard the receipt?"),
                self.tr("Discard the %1 scanned lines of this receipt? They have not been posted.")
                .replace("%1", str(len(self.model.lines)))):
            self.scan.reclaim(force=True)
            return False
        self.model.clear()
        for edit in (self.reference, self.vehicle, self.deliverer):
            edit.clear()
        self.result_bar.setVisible(False)
        self.wip.discard()
        self.feedback.info(self.tr("New receipt: choose the donor, then scan the goods."))
        self.scan.reclaim(force=True)
        return True

    # --- work in progress ----------------------------------------------------------------
    def work_state(self) -> dict:
        return {"donor": combo_code(self.donor), "event": combo_code(self.event),
                "date": qdate_to_date(self.date.date()).isoformat(), "reference": self.reference.text(),
                "vehicle": self.vehicle.text(), "deliverer": self.deliverer.text(),
                "lines": [line.to_state() for line in self.model.lines]}

    def save_work(self) -> None:
        """Keep the receipt being scanned on disk (a moment after each change)."""
        try:
            if self.model.lines:
                self.wip.save(self.work_state(), self.ops.actor.name)
            else:
                self.wip.discard()
        except OSError as error:  # a full disk must not stop the scanning
            self.feedback.unknown(self.tr("Could not keep the receipt on disk: %1").replace("%1", str(error)),
                                  sound=False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, self, self.offer_restore)
            QTimer.singleShot(800, self, gs1_format.warm_up)  # the first GS1 scan answers at once

    def offer_restore(self) -> bool:
        """After a restart (or a crash): offer the lines that were not posted."""
        saved = self.wip.load()
        if saved is None or self.model.lines:
            return False
        if not confirm(self, self.tr("Unposted receipt found"),
                       self.tr("A receipt with %1 lines was being scanned on %2 and was not posted (the program "
                               "was closed or the computer stopped). Restore it?")
                       .replace("%1", str(saved.lines)).replace("%2", saved.saved_at.strftime("%d/%m/%Y %H:%M"))):
            self.wip.discard()
            return False
        self.restore_work(saved.state)
        self.feedback.ok(self.tr("Receipt restored: %1 lines. Check them, then post.").replace(
            "%1", str(len(self.model.lines))))
        return True

    def restore_work(self, state: dict) -> None:
        import datetime as dt

        set_combo_code(self.donor, state.get("donor"))
        set_combo_code(self.event, state.get("event"))
        try:
            self.date.setDate(dt.date.fromisoformat(state.get("date") or ""))
        except ValueError:
            pass
        self.reference.setText(state.get("reference") or "")
        self.vehicle.setText(state.get("vehicle") or "")
        self.deliverer.setText(state.get("deliverer") or "")
        lines = []
        for item in state.get("lines") or []:
            try:
                lines.append(ReceiptLine.from_state(item))
            except (TypeError, ValueError, ArithmeticError):
                continue  # a line that cannot be read back is dropped, not the others
        self.model.set_lines(lines)

    def _header_fields(self) -> dict:
        return {"donor": self.donor, "event": self.event, "date": self.date, "backdate_reason": self.date,
                "reference": self.reference, "vehicle": self.vehicle, "deliverer": self.deliverer}

    # --- posting ---------------------------------------------------------------------------
    def build_input(self) -> ReceiptInput:
        """The receipt as typed; raises GudangError or Problem naming the first problem."""
        donor = combo_code(self.donor)
        if not donor:
            raise Problem(self.tr("Choose the donor first."))
        if not self.model.lines:
            raise Problem(self.tr("There are no lines: scan the goods first."))
        problems = self.model.problems()
        if problems:
            raise Problem(problems[0] + ("" if len(problems) == 1 else
                                             " " + self.tr("(and %1 more)").replace("%1", str(len(problems) - 1))))
        lines = tuple(self.model.line_input(row) for row in range(len(self.model.lines)))
        return ReceiptInput(
            date=qdate_to_date(self.date.date()), donor=clean_code(donor), lines=lines,
            reference=optional_text(self.reference.text(), 120),
            event=combo_code(self.event) or None,
            vehicle=optional_text(self.vehicle.text(), 40),
            deliverer=optional_text(self.deliverer.text(), 120))

    def post(self) -> None:
        import dataclasses

        try:
            receipt = self.build_input()
        except (GudangError, Problem) as error:
            self.feedback.wrong(error.message)
            return
        go, reason = check_date(self, self.ops, receipt.date, self.backdate_days)
        if not go:
            self.feedback.info(self.tr("Not posted: check the date."))
            return
        duplicate_ok = False
        earlier, _ = query(self.ops, receipts.find_duplicate, receipt.donor, receipt.reference)
        if earlier:
            if not confirm(self, self.tr("Same reference as an earlier receipt"),
                           self.tr("Receipt %1 from this donor already has the reference %2. Is this a different "
                                   "delivery? Post it anyway?").replace("%1", earlier).replace("%2", receipt.reference)):
                self.feedback.info(self.tr("Not posted: receipt %1 already has this reference.").replace("%1", earlier))
                return
            duplicate_ok = True
        receipt = dataclasses.replace(receipt, backdate_reason=reason, duplicate_ok=duplicate_ok)
        result, error = attempt(self.ops, receipts.post_receipt, receipt, changes={"stock", "documents"},
                                parent=self)
        if result is None:
            if isinstance(error, GudangError):
                row = self.model.set_core_problem(error)
                if row is not None:
                    self.table.selectRow(row)
                    self.table.scrollTo(self.model.index(row, 0))
                elif error.line is None and error.field in self._header_fields():
                    self._header_fields()[error.field].setFocus()  # the field the core names
                self.feedback.wrong(error.message)
            else:
                self.feedback.wrong(error or self.tr("The receipt was not posted."))
            return
        self.last_receipt = result
        self.model.clear()
        for edit in (self.reference, self.vehicle, self.deliverer):
            edit.clear()
        self._autosave.stop()
        self.wip.discard()
        message = self.tr("Receipt %1 posted, lots created: %2.").replace("%1", result.number).replace(
            "%2", str(len(result.lines)))
        self.feedback.ok(message)
        self.result_label.setText(message + " " + self.tr("Print the labels and the berita acara:"))
        self.result_bar.setVisible(True)
        self.posted.emit(result.number)
        self.scan.reclaim(force=True)

    def _labels_pdf(self) -> bytes | None:
        from gudang.reports import printing

        pdf, problem = query(self.ops, printing.labels_pdf, self.template.currentData(),
                             receipt=self.last_receipt.number)
        if pdf is None:
            self.feedback.wrong(problem or self.tr("The labels could not be made."))
        return pdf

    def print_receipt(self) -> None:
        """The berita acara penerimaan, made in the background; showing it is not printing it."""
        if self.last_receipt is None:
            return
        from ui.printing import open_paper

        def shown(dialog, result) -> None:
            self.preview = dialog
            if not result.ok:
                self.feedback.wrong(result.message or self.tr("The document could not be made."))

        open_paper(self.ops, "receipt", self.last_receipt.number, self, on_shown=shown)

    def print_labels(self) -> None:
        if self.last_receipt is None:
            return
        pdf = self._labels_pdf()
        number = self.last_receipt.number
        show_pdf(pdf, self.tr("Lot labels of %1").replace("%1", number),
                 "label-" + number.replace("/", "-") + ".pdf", self)
