"""Konfirmasi penerimaan: closing the transit of a dispatch with a BAST.

1. The list on top holds every dispatch still in transit (goods issues and
   transfers to another warehouse that nobody has confirmed), oldest first,
   with the days since dispatch (amber from 3 days, red from 7: chase the
   driver or the posko). "In transit at least N days" narrows it.
2. Open a dispatch by choosing it in the list or by scanning the QR code of
   its surat jalan ("DOK|<number>|<hash>", gudang.domain.document_qr; its number typed or scanned from
   the Code 128 works too). The QR is checked against the lines as printed:
   when it does not match, a red warning stays above the lines (the paper
   was changed or belongs to another version of the dispatch): check every
   line against the goods.
3. Each shipped lot is a row with good / damaged / short; good starts at the
   shipped quantity. Typing damaged or short lowers good by the same amount
   (good is what remains), so a crew only types the exceptions. A row whose
   three numbers do not add up to the shipped quantity turns red.
4. Scanning a lot label does NOT count: it selects that lot's row and marks
   it checked (green), and says how much of it was shipped. A delivery is
   counted package by package against the paper, not scanned sack by sack:
   the scan proves the right lot is on the truck and takes the crew to its
   row, where they type damaged or short if any. A lot that is not on this
   dispatch turns the banner red; a code we do not know, amber. Scanning is
   optional; if some but not all lots were scanned, Confirm asks first.
5. Delivery date (dd/mm/yyyy), who signed at the destination, Confirm
   delivery (Ctrl+Enter): the service checks good + damaged + short against
   what was shipped per lot (its message is shown in the banner, nothing is
   written) and refuses a dispatch that is already confirmed. On success the
   BAST number is shown with "Print BAST…", which opens its preview.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from gudang.domain.errors import GudangError
from gudang.domain.quantity import parse_quantity
from gudang.services import delivery, scanning
from gudang.services.delivery import ConfirmationInput, ConfirmLineInput
from ui.i18n import fmt_date, fmt_int, fmt_number, parse_number
from ui.models.table import Column, LazyTableModel, list_source
from ui.pages import size_columns, table_view
from ui.pages.scan_common import (date_edit, qdate_to_date, query, run, scan_layout, text_value,
                                  with_backdating)
from ui.pdf_preview import show_pdf
from ui.widgets.feedback import FeedbackBanner
from ui.widgets.scan_field import ScanField

STOCK, DOCUMENTS = "stock", "documents"
OK_BG = QColor("#dff3e3")
WRONG_BG = QColor("#f8c9c6")
LATE_BG = QColor("#fff1c2")
OVERDUE_BG = QColor("#f8c9c6")
LATE_DAYS, OVERDUE_DAYS = 3, 7


def _cell(text: str, *, right: bool = False, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = item.flags()
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class DeliveryPage(QWidget):
    """The delivery confirmation screen. `refresh(changes)` reloads the list in transit."""

    confirmed = Signal(str)  # the BAST number

    # columns of the lines table
    ITEM, LOT, EXPIRY, SHIPPED, GOOD, DAMAGED, SHORT = range(7)
    AMOUNTS = (GOOD, DAMAGED, SHORT)

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("deliveryPage")
        self.view: delivery.DispatchView | None = None
        self.checked: set[str] = set()  # lot barcodes scanned on this dispatch
        self.bast: str | None = None  # the BAST of the open dispatch, once confirmed
        self.preview = None
        self._filling = False
        layout = scan_layout(self, self.tr("Delivery confirmation"))
        self.scan = ScanField(self)
        self.scan.setPlaceholderText(self.tr("Scan the QR code of the surat jalan, then the lot labels (F2)"))
        self.scan.scanned.connect(self.handle_scan)
        self.feedback = FeedbackBanner(self)
        self.feedback.info(self.tr("Choose a dispatch in the list or scan the QR code of its surat jalan."))
        layout.addWidget(self.scan)
        layout.addWidget(self.feedback)

        # --- dispatches in transit ---------------------------------------------------------
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.transit_label = QLabel(top)
        self.transit_label.setStyleSheet("font-weight: bold;")
        row.addWidget(self.transit_label)
        row.addStretch(1)
        older = QLabel(self.tr("In transit at &least"), top)
        self.older = QSpinBox(top)
        self.older.setRange(0, 365)
        self.older.setSuffix(self.tr(" days"))
        self.older.setMinimumWidth(90)
        older.setBuddy(self.older)
        self.older.valueChanged.connect(lambda *_: self.load_transit())
        self.reload_button = QPushButton(self.tr("&Refresh"), top)
        self.reload_button.clicked.connect(self.load_transit)
        for widget in (older, self.older, self.reload_button):
            row.addWidget(widget)
        column.addLayout(row)
        # Lazy: the rows are read at once, but the view asks for them a screenful at a time, so
        # thousands of dispatches in transit cost no more than the few shown.
        self._transit_rows: list[delivery.UnconfirmedRow] = []
        self._selecting = False
        self.transit_model = LazyTableModel(self._transit_columns(), parent=self)
        self.transit = table_view(self.transit_model, top)
        size_columns(self.transit, {0: 186, 1: 100, 2: 50, 4: 140, 5: 50, 6: 70}, stretch=3)
        self.transit.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a cut number keeps sequence and year
        self.transit.selectionModel().selectionChanged.connect(lambda *_: self._transit_chosen())
        column.addWidget(self.transit, 1)

        # --- the open dispatch -------------------------------------------------------------
        bottom = QWidget(self)
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        self.info = QLabel(bottom)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.info)
        self.qr_warning = QLabel(bottom)
        self.qr_warning.setObjectName("qrWarning")
        self.qr_warning.setWordWrap(True)
        self.qr_warning.setStyleSheet("QLabel#qrWarning { background: #c62828; color: white; font-weight: bold; "
                                      "padding: 6px 10px; border-radius: 4px; }")
        self.qr_warning.setVisible(False)
        column.addWidget(self.qr_warning)
        self.lines = QTableWidget(0, 7, bottom)
        self.lines.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Lot"), self.tr("Expiry"), self.tr("Shipped"), self.tr("Good"),
            self.tr("Damaged"), self.tr("Short")])
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.lines.verticalHeader().setVisible(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        self.lines.itemChanged.connect(self._amount_edited)
        column.addWidget(self.lines, 1)

        row = QHBoxLayout()
        date_label = QLabel(self.tr("Delivery &date"), bottom)
        self.date = date_edit(bottom)
        date_label.setBuddy(self.date)
        received_label = QLabel(self.tr("Received &by"), bottom)
        self.received_by = QLineEdit(bottom)
        self.received_by.setMaxLength(120)
        self.received_by.setPlaceholderText(self.tr("name of who signed at the destination"))
        received_label.setBuddy(self.received_by)
        self.confirm_button = QPushButton(self.tr("&Confirm delivery"), bottom)
        self.confirm_button.setToolTip(self.tr("Post the BAST and close the transit (Ctrl+Enter)"))
        self.confirm_button.clicked.connect(self.confirm)
        self.print_button = QPushButton(self.tr("&Print BAST…"), bottom)
        self.print_button.clicked.connect(self.print_bast)
        row.addWidget(date_label)
        row.addWidget(self.date)
        row.addSpacing(12)
        row.addWidget(received_label)
        row.addWidget(self.received_by, 1)
        column.addLayout(row)
        # The buttons on a row of their own: at 1024 px the name of who received keeps its room.
        self.received_by.setMinimumWidth(240)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.print_button)
        column.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.confirm)
        self.scan.keep_focus_in(self, [self.lines, self.transit])
        self.scan.follow(self.received_by)
        self._show_view()
        self.load_transit()

    # --- the list in transit ---------------------------------------------------------------
    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if changes and not changes & {STOCK, DOCUMENTS}:
            return
        self.load_transit()

    def _transit_columns(self) -> list[Column]:
        def whom(row) -> str:
            if row.type == "transfer":
                return self.tr("transfer to warehouse %1").replace("%1", row.destination or "")
            return " \u2014 ".join(filter(None, [row.recipient_name or row.recipient, row.destination]))

        def late(row):
            return OVERDUE_BG if row.days >= OVERDUE_DAYS else LATE_BG if row.days >= LATE_DAYS else None

        overdue = self.tr("In transit for a week or more: follow it up.")
        return [
            Column(self.tr("Number"), lambda row: row.number),
            Column(self.tr("Dispatched"), lambda row: row.date, text=fmt_date),
            Column(self.tr("Days"), lambda row: row.days, numeric=True, background=late,
                   tooltip=lambda row: overdue if row.days >= OVERDUE_DAYS else None),
            Column(self.tr("Recipient"), whom, tooltip=whom),
            Column(self.tr("Vehicle / driver"), lambda row: " / ".join(filter(None, [row.vehicle, row.driver]))),
            Column(self.tr("Lots"), lambda row: row.lots, numeric=True),
            Column(self.tr("Quantity"), lambda row: row.qty, text=fmt_number, numeric=True),
        ]

    def load_transit(self) -> None:
        rows, problem = query(self.ops, delivery.unconfirmed, self.older.value())
        self._transit_rows = rows = rows or []
        self._selecting = True
        self.transit.clearSelection()
        self.transit_model.set_source(list_source(rows))
        self._selecting = False
        if self.view is not None:
            self._select_transit(self.view.number)
        if problem:
            self.feedback.wrong(problem)
        if self.older.value():
            text = self.tr("In transit for at least %1 days: %2").replace("%1", str(self.older.value()))
        else:
            text = self.tr("In transit, not yet confirmed: %2")
        self.transit_label.setText(text.replace("%2", fmt_int(len(rows))))

    def transit_numbers(self) -> list[str]:
        """The numbers of every dispatch in the list (also those not scrolled to yet)."""
        return [row.number for row in self._transit_rows]

    def transit_row(self, number: str) -> int | None:
        """The row of a dispatch in the list, loading the rows up to it; None if not listed."""
        index = next((i for i, row in enumerate(self._transit_rows) if row.number == number), None)
        if index is not None:
            self.transit_model.fetch_all(limit=index + 1)
        return index

    def _select_transit(self, number: str) -> None:
        self._selecting = True
        try:
            self.transit.clearSelection()
            row = self.transit_row(number)
            if row is not None:
                self.transit.selectRow(row)
                self.transit.scrollTo(self.transit_model.index(row, 0))
        finally:
            self._selecting = False

    def _transit_chosen(self) -> None:
        if self._selecting:
            return
        rows = self.transit.selectionModel().selectedRows()
        if rows:
            number = self.transit_model.row(rows[0]).number
            if self.view is None or self.view.number != number:
                self.open_dispatch(number)

    # --- the open dispatch -----------------------------------------------------------------
    def open_dispatch(self, code: str) -> bool:
        """Open by number or by the waybill QR payload; False (and a red banner) if refused."""
        view, problem = query(self.ops, delivery.dispatch_view, code)
        if view is None:
            self.feedback.wrong(problem or self.tr("Not a dispatch."))
            return False
        self.view, self.checked = view, set()
        self.bast = view.confirmed_by
        self._show_view()
        self._select_transit(view.number)
        if view.confirmed_by:
            self.feedback.wrong(self.tr("%1 is already confirmed by %2.").replace("%1", view.number).replace(
                "%2", view.confirmed_by), action=self.tr("Print BAST…"), callback=self.print_bast)
        elif view.cancelled_by:
            self.feedback.wrong(self.tr("%1 was cancelled by %2: there is nothing to confirm.").replace(
                "%1", view.number).replace("%2", view.cancelled_by))
        elif view.qr_verified is False:
            self.feedback.wrong(self.tr("%1: the QR code does not match the dispatch lines.").replace(
                "%1", view.number))
        else:
            text = self.tr("%1 opened: %2 lots. Scan the lot labels or check the lines, then confirm.")
            if view.qr_verified:
                text = self.tr("%1 opened from its QR code (lines match): %2 lots. Scan the lot labels or "
                               "check the lines, then confirm.")
            self.feedback.ok(text.replace("%1", view.number).replace("%2", str(len(view.lots))))
        self.date.setDate(QDate.currentDate())
        self.received_by.clear()
        return True

    def _show_view(self) -> None:
        view = self.view
        self._filling = True
        self.lines.setRowCount(len(view.lots) if view else 0)
        editable = bool(view and not view.confirmed_by and not view.cancelled_by and self.ops.can("issue.confirm"))
        for r, lot in enumerate(view.lots if view else ()):
            values = [f"{lot.sku} \u2014 {lot.item}", lot.lot or lot.barcode, fmt_date(lot.expiry),
                      f"{fmt_number(lot.qty)} {lot.unit}"]
            for c, value in enumerate(values):
                cell = _cell(value, right=c == self.SHIPPED)
                cell.setData(Qt.ItemDataRole.UserRole, lot.barcode)
                if c == self.ITEM:
                    cell.setToolTip(value)
                if c == self.LOT and lot.lot and lot.lot != lot.barcode:
                    cell.setToolTip(lot.barcode)
                self.lines.setItem(r, c, cell)
            for c in self.AMOUNTS:
                amount = lot.qty if c == self.GOOD and not view.confirmed_by else None
                self.lines.setItem(r, c, _cell("" if amount is None else fmt_number(amount), right=True,
                                               editable=editable))
            self._paint(r)
        self._filling = False
        if view is None:
            self.info.setText(self.tr("No dispatch open."))
        else:
            if view.type == "transfer":
                whom = self.tr("transfer to warehouse %1").replace("%1", view.destination or "")
            else:
                whom = " \u2014 ".join(filter(None, [view.recipient_name or view.recipient, view.destination]))
            parts = [f"<b>{_esc(view.number)}</b>", fmt_date(view.date), _esc(whom)]
            if view.vehicle or view.driver:
                parts.append(_esc(" / ".join(filter(None, [view.vehicle, view.driver]))))
            text = " \u2022 ".join(p for p in parts if p)
            if view.confirmed_by:
                text += " \u2022 <b>" + _esc(self.tr("confirmed by %1").replace("%1", view.confirmed_by)) + "</b>"
            if view.cancelled_by:
                text += " \u2022 <b>" + _esc(self.tr("cancelled by %1").replace("%1", view.cancelled_by)) + "</b>"
            self.info.setText(text)
        mismatch = bool(view and view.qr_verified is False)
        self.qr_warning.setVisible(mismatch)
        if mismatch:
            self.qr_warning.setText("\u26a0 " + self.tr(
                "The QR code of this surat jalan does not match the lines of %1: the paper was changed or "
                "is of another version. Check every line against the goods before confirming.").replace(
                "%1", view.number))
        self._update_buttons()

    def _update_buttons(self) -> None:
        view = self.view
        open_ = bool(view and not view.confirmed_by and not view.cancelled_by)
        self.confirm_button.setEnabled(open_ and self.ops.can("issue.confirm"))
        self.date.setEnabled(open_)
        self.received_by.setEnabled(open_)
        self.print_button.setEnabled(bool(self.bast))

    # --- lines -----------------------------------------------------------------------------
    def row_of(self, barcode: str) -> int | None:
        for r in range(self.lines.rowCount()):
            if self.lines.item(r, self.ITEM).data(Qt.ItemDataRole.UserRole) == barcode:
                return r
        return None

    def amounts(self, r: int) -> tuple[Decimal, Decimal, Decimal]:
        """Good, damaged and short of a row (empty = 0); GudangError/ValueError for what is not a quantity."""
        values = []
        for c in self.AMOUNTS:
            text = self.lines.item(r, c).text()
            values.append(parse_quantity(parse_number(text), allow_zero=True))  # GudangError names it
        return values[0], values[1], values[2]

    def _shipped(self, r: int) -> Decimal:
        return self.view.lots[r].qty

    def _amount_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in self.AMOUNTS:
            return
        r = item.row()
        if item.column() in (self.DAMAGED, self.SHORT):
            try:
                _, damaged, short = self.amounts(r)
            except GudangError:
                pass
            else:
                rest = self._shipped(r) - damaged - short
                if rest >= 0:  # good is what remains
                    self._filling = True
                    self.lines.item(r, self.GOOD).setText(fmt_number(rest))
                    self._filling = False
        self._paint(r)

    def row_problem(self, r: int) -> str | None:
        lot = self.view.lots[r]
        try:
            good, damaged, short = self.amounts(r)
        except GudangError as error:
            return error.message
        if good + damaged + short != lot.qty:
            return self.tr("good + damaged + short is %1, but %2 %3 were shipped").replace(
                "%1", fmt_number(good + damaged + short)).replace("%2", fmt_number(lot.qty)).replace("%3", lot.unit)
        return None

    def _paint(self, r: int) -> None:
        if self.view is None or self.view.confirmed_by:
            return
        barcode = self.view.lots[r].barcode
        problem = self.row_problem(r)
        checked = barcode in self.checked
        colour = WRONG_BG if problem else OK_BG if checked else None
        was, self._filling = self._filling, True
        lot_cell = self.lines.item(r, self.LOT)
        lot_cell.setText(("\u2714 " if checked else "") + (self.view.lots[r].lot or barcode))
        lot_cell.setToolTip(self.tr("checked") if checked else "")
        for c in range(self.lines.columnCount()):
            cell = self.lines.item(r, c)
            cell.setBackground(QBrush(colour) if colour else QBrush())
            if c in self.AMOUNTS:
                cell.setToolTip(problem or "")
        self._filling = was

    # --- scanning --------------------------------------------------------------------------
    def handle_scan(self, raw: str) -> None:
        code = raw.strip()
        if self.view is not None and self.check_lot(code):
            return
        found, problem = query(self.ops, scanning.resolve, code)  # the one resolver, QR payloads too
        if found is None:
            if scanning.parse_document_qr(code) is not None:  # a surat jalan this database does not have
                self.feedback.wrong(problem or self.tr("Unknown code %1.").replace("%1", code))
            else:
                self.feedback.unknown(problem or self.tr("Unknown code %1.").replace("%1", code))
            return
        if found.kind == "document":
            if found.data["type"] in delivery.DISPATCH_TYPES:
                # a QR is opened by its payload, so the delivery checks its lines' hash
                self.open_dispatch(code if "qr" in found.data else found.data["number"])
            else:
                self.feedback.wrong(self.tr("%1 is not a dispatch: scan the QR code of a surat jalan.").replace(
                    "%1", found.data["number"]))
            return
        if found.kind == "lot" and self.view is not None:
            self.feedback.wrong(self.tr("Lot %1 (%2) was not shipped on %3.").replace(
                "%1", found.data["lot"] or found.data["barcode"]).replace("%2", found.data["item"]).replace(
                "%3", self.view.number))
            return
        if self.view is None:
            self.feedback.wrong(self.tr("Open a dispatch first: scan the QR code of its surat jalan."))
            return
        self.feedback.wrong(self.tr("%1 is not a lot label of %2.").replace("%1", code).replace(
            "%2", self.view.number))

    def check_lot(self, code: str) -> bool:
        """A scanned lot label of the open dispatch: select its row and mark it checked."""
        lots = self.view.lots
        matches = [lot for lot in lots if lot.barcode == code]
        if not matches:
            by_code = [lot for lot in lots if lot.lot and lot.lot == code]
            matches = by_code if len(by_code) == 1 else []
        if not matches:
            return False
        lot = matches[0]
        r = self.row_of(lot.barcode)
        again = lot.barcode in self.checked
        self.checked.add(lot.barcode)
        self._paint(r)
        self.lines.selectRow(r)
        self.lines.scrollToItem(self.lines.item(r, self.GOOD))
        self.lines.setCurrentCell(r, self.GOOD)
        text = self.tr("Lot %1 — %2: %3 %4 shipped.").replace("%1", lot.lot or lot.barcode).replace(
            "%2", lot.item).replace("%3", fmt_number(lot.qty)).replace("%4", lot.unit)
        if again:
            text += " " + self.tr("(already checked)")
        if len(self.checked) == len(lots):
            text += " " + self.tr("All %1 lots checked: type damaged or short if any, then confirm.").replace(
                "%1", str(len(lots)))
        else:
            text += " " + self.tr("Checked %1 of %2 lots.").replace("%1", str(len(self.checked))).replace(
                "%2", str(len(lots)))
        self.feedback.ok(text)
        return True

    # --- confirm and print -----------------------------------------------------------------
    def confirmation(self) -> tuple[ConfirmationInput | None, str | None]:
        """What the table says, or the problem naming the lot of a bad number."""
        lines = []
        for r, lot in enumerate(self.view.lots):
            try:
                good, damaged, short = self.amounts(r)
            except GudangError as error:
                return None, self.tr("Lot %1: %2").replace("%1", lot.lot or lot.barcode).replace(
                    "%2", error.message)
            # By lot code where it is unambiguous, so the service's messages name the lot as printed.
            codes = [other.lot for other in self.view.lots]
            key = lot.lot if lot.lot and codes.count(lot.lot) == 1 else lot.barcode
            lines.append(ConfirmLineInput(key, good, damaged, short))
        try:
            received_by = text_value(self.received_by)
        except GudangError as error:
            return None, error.message
        return ConfirmationInput(date=qdate_to_date(self.date.date()), lines=tuple(lines),
                                 received_by=received_by), None

    def confirm(self) -> None:
        view = self.view
        if view is None:
            self.feedback.wrong(self.tr("Open a dispatch first: scan the QR code of its surat jalan."))
            return
        if not self.confirm_button.isEnabled():
            return
        confirmation, problem = self.confirmation()
        if confirmation is None:
            self.feedback.wrong(problem)
            return
        if self.checked and len(self.checked) < len(view.lots):
            missing = len(view.lots) - len(self.checked)
            answer = QMessageBox.question(self, self.tr("Confirm delivery"), self.tr(
                "%1 of %2 lots were not scanned. Confirm the delivery anyway?").replace(
                "%1", str(missing)).replace("%2", str(len(view.lots))))
            if answer != QMessageBox.StandardButton.Yes:
                return
        confirmation = with_backdating(self, self.ops, confirmation)
        if confirmation is None:
            self.feedback.info(self.tr("Not confirmed: check the delivery date."))
            return
        result, problem = run(self.ops, delivery.confirm_delivery, view.number, confirmation,
                              changes={STOCK, DOCUMENTS}, parent=self)
        if result is None:
            self.feedback.wrong(problem or self.tr("The delivery was not confirmed."))
            return
        self.bast = result.number
        self.view = dataclasses.replace(view, confirmed_by=result.number)
        for r in range(self.lines.rowCount()):
            for c in self.AMOUNTS:
                cell = self.lines.item(r, c)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self._update_buttons()
        self.info.setText(self.info.text() + " \u2022 <b>" + _esc(
            self.tr("confirmed by %1").replace("%1", result.number)) + "</b>")
        self.feedback.ok(self.tr("Delivery of %1 confirmed: BAST %2.").replace("%1", view.number).replace(
            "%2", result.number), action=self.tr("Print BAST…"), callback=self.print_bast)
        self.load_transit()
        self.confirmed.emit(result.number)

    def bast_pdf(self) -> bytes | None:
        """The BAST as it would print now; making it is not printing it (nothing is recorded)."""
        if not self.bast:
            return None
        from gudang.reports import printing

        result = self.ops.read(printing.preview_document, "handover", self.bast, parent=self)
        if not result.ok:
            self.feedback.wrong(result.message or self.tr("The BAST could not be made."))
            return None
        return result.value.pdf

    def print_bast(self) -> None:
        """The BAST in the preview, rendered in the background (opening it is not printing it)."""
        if not self.bast:
            return
        from ui.printing import open_paper

        self.preview = None

        def shown(dialog, result) -> None:
            self.preview = dialog
            if not result.ok:
                self.feedback.wrong(result.message or self.tr("The BAST could not be made."))

        open_paper(self.ops, "handover", self.bast, self, on_shown=shown)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
