"""Pengeluaran: goods issue with a FEFO proposal, picking by scanning lot labels.

1. Header (recipient with kecamatan/desa, destination, event, request
   reference, transport) and lines, added by scanning an item barcode or by
   the search box.
2. Save draft (Ctrl+S): the FEFO proposal per line: lot, bin, expiry, days
   left and why.
3. Picking: scanning a lot label ticks the proposal row holding that lot
   (green). A different lot of the same item turns the banner red and names
   the FEFO lot and its bin; it can still be taken with a typed reason (the
   inline field), which updates the draft with that lot requested.
4. Approve (head of warehouse), Post (Ctrl+Enter): the stock moves to transit,
   the surat jalan number is drawn and its preview opens for print and save.
"""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from gudang.domain import gs1 as gs1_format, rules
from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.gs1 import looks_like_gs1
from gudang.domain.inputs import IssueInput, clean_code, optional_text
from gudang.services import drafts, issues, pages, scanning
from ui.i18n import fmt_number, parse_amount
from ui.pages import size_columns
from ui.pages.scan_common import (
    HEADER_COLUMNS, ItemSearch, Problem, attempt, backdate_days, check_date, combo_code, confirm, date_edit,
    field_grid, lookup, qdate_to_date, query, run, scan_layout, search_combo, set_combo_code, wip_store,
)
from ui.widgets.feedback import FeedbackBanner
from ui.widgets.line_tables import (
    IssueLine, IssueLinesModel, IssueUnitDelegate, ProposalModel, ProposalRow, fmt_date, fmt_qty, plain,
)
from ui.widgets.scan_field import ScanField

NEW, DRAFT, APPROVED, POSTED = "new", "draft", "approved", "posted"


class IssuingPage(QWidget):
    """The goods issue screen. `refresh(changes)` reloads partners, events and items."""

    posted = Signal(str)

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("issuingPage")
        self.document_id: int | None = None
        self.state = NEW
        self.number: str | None = None
        self.dirty = False
        self.preview = None
        self.scan_seconds: float | None = None
        self._recipients: dict[str, object] = {}
        self._items: dict[str, object] = {}
        self._swap: tuple[int, str] | None = None  # (line index, lot barcode) waiting for a reason
        self.notes: str | None = None  # kept from a loaded draft (no field on this page)
        self.request_number: str | None = None  # the request (permintaan) this issue serves
        self._stock: dict[str, Decimal] = {}  # what can be issued per SKU, shown in the item search
        self.backdate_days = 7
        self._backdate: tuple[object, str] | None = None  # (date, reason) given for this issue
        self.wip = wip_store(ops, "issue")
        self._offered = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(300)
        self._autosave.timeout.connect(self.save_work)

        # header
        self.recipient = search_combo(self, self.tr("Recipient: code, name or kecamatan"))
        self.recipient_info = QLabel(self)
        self.recipient_info.setObjectName("Muted")
        self.recipient_info.setStyleSheet("font-style: italic;")
        self.recipient_info.setWordWrap(True)
        self.destination = QLineEdit(self)
        self.destination.setMaxLength(300)
        self.destination.setPlaceholderText(self.tr("posko / desa / kecamatan"))
        self.event = search_combo(self, self.tr("(no event)"))
        self.date = date_edit(self)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(120)
        self.reference.setPlaceholderText(self.tr("request letter no."))
        self.transport = QComboBox(self)
        self.transport.setEditable(True)
        self.transport.addItems(["", self.tr("Truck"), self.tr("Pick-up"), self.tr("Boat"),
                                 self.tr("Motorcycle"), self.tr("Helicopter"), self.tr("On foot")])
        self.carrier = QComboBox(self)
        self.carrier.setEditable(True)
        self.carrier.addItems(["", "BPBD", "TNI", "Polri", "PMI", "Tagana", self.tr("Rented"),
                               self.tr("Recipient's own")])
        self.vehicle = QLineEdit(self)
        self.vehicle.setMaxLength(40)
        self.vehicle.setPlaceholderText(self.tr("e.g. BM 8123 KA"))
        self.vehicle.textEdited.connect(lambda t: self.vehicle.setText(t.upper()))
        self.driver = QLineEdit(self)
        self.driver.setMaxLength(120)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.phone.setPlaceholderText("08xx")
        self.recipient.currentIndexChanged.connect(self._recipient_changed)

        # Who and where (the recipient, what it is about, when), then the request and the
        # transport, then the vehicle: under the columns of the receiving header.
        header = field_grid([
            [(self.tr("&Recipient"), self.recipient, 4), (self.tr("Destinati&on"), self.destination, 4),
             (self.tr("E&vent"), self.event, 2), (self.tr("Da&te"), self.date, 2)],
            [(self.tr("Request re&ference"), self.reference, 4), (self.tr("Transport &mode"), self.transport, 4),
             (self.tr("C&arrier"), self.carrier, 4)],
            [(self.tr("Vehicle p&late"), self.vehicle, 4), (self.tr("Dri&ver"), self.driver, 4),
             (self.tr("Driver's p&hone"), self.phone, 4)],
        ], self)
        header.addWidget(self.recipient_info, 3, 0, 1, HEADER_COLUMNS)
        self.recipient_info.setVisible(False)  # shown once a recipient is chosen

        # scanning and adding
        self.scan = ScanField(self)
        self.scan.scanned.connect(self.handle_scan)
        self.feedback = FeedbackBanner(self)
        self.feedback.reason.returnPressed.connect(self.take_swapped_lot)
        self.feedback.reason_button.clicked.connect(self.take_swapped_lot)
        self.search = ItemSearch(self, self.tr("Add an item: type words of its code or name"))
        self.search.lineEdit().returnPressed.connect(self.add_searched)
        self.qty = QLineEdit("1", self)
        self.qty.setToolTip(self.tr("A number (1.500 or 2,5), or with a pack unit: 5 dus"))
        self.qty.setMaximumWidth(110)
        self.qty.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.qty.returnPressed.connect(self.add_searched)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add_searched)
        add_row = QHBoxLayout()
        add_label = QLabel(self.tr("&Item"), self)
        add_label.setBuddy(self.search)
        add_row.addWidget(add_label)
        add_row.addWidget(self.search, 1)
        qty_label = QLabel(self.tr("&Qty"), self)
        qty_label.setBuddy(self.qty)
        add_row.addWidget(qty_label)
        add_row.addWidget(self.qty)
        add_row.addWidget(self.add_button)

        # lines and proposal
        self.lines = IssueLinesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.lines)
        self.table.setItemDelegate(IssueUnitDelegate(self.lines, self.table))
        self._setup_table(self.table, {0: 36, 1: 110, 3: 70, 4: 70, 5: 110, 6: 180}, IssueLinesModel.ITEM)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.lines.dataChanged.connect(self._lines_edited)
        self.lines.rowsInserted.connect(self._lines_edited)
        self.lines.rowsRemoved.connect(self._lines_edited)
        self.proposal = ProposalModel(self)
        self.proposal_view = QTableView(self)
        self.proposal_view.setModel(self.proposal)
        self.proposal_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._setup_table(self.proposal_view, {0: 44, 2: 95, 3: 90, 4: 75, 5: 90, 6: 60, 7: 96, 8: 180,
                                               9: 130}, ProposalModel.ITEM)
        self.proposal_label = QLabel(self)
        self.state_label = QLabel(self)
        self.state_label.setStyleSheet("font-weight: bold;")
        lines_box = QWidget(self)
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_head = QHBoxLayout()
        lines_head.addWidget(QLabel(self.tr("Lines"), lines_box))
        lines_head.addStretch(1)
        lines_head.addWidget(self.state_label)  # above the buttons, so they keep their room at 1024 px
        lines_layout.addLayout(lines_head)
        lines_layout.addWidget(self.table)
        proposal_box = QWidget(self)
        proposal_layout = QVBoxLayout(proposal_box)
        proposal_layout.setContentsMargins(0, 0, 0, 0)
        proposal_layout.addWidget(self.proposal_label)
        proposal_layout.addWidget(self.proposal_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(lines_box)
        splitter.addWidget(proposal_box)
        splitter.setChildrenCollapsible(False)

        # actions
        self.remove_button = QPushButton(self.tr("Remove line"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.new_button = QPushButton(self.tr("&New issue"), self)
        self.new_button.clicked.connect(lambda: self.new_issue())
        self.save_button = QPushButton(self.tr("&Save draft"), self)
        self.save_button.setToolTip(self.tr("Save the draft and show the FEFO proposal (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_draft)
        self.approve_button = QPushButton(self.tr("Appro&ve"), self)
        self.approve_button.clicked.connect(self.approve)
        self.post_button = QPushButton(self.tr("&Post"), self)
        self.post_button.setToolTip(self.tr("Post the approved goods issue and print its surat jalan (Ctrl+Enter)"))
        self.post_button.setObjectName("primaryButton")
        self.post_button.setMinimumHeight(40)
        self.post_button.clicked.connect(self.post)
        self.waybill_button = QPushButton(self.tr("Surat &jalan…"), self)
        self.waybill_button.clicked.connect(self.show_waybill)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        for button in (self.save_button, self.approve_button, self.post_button, self.waybill_button):
            actions.addWidget(button)

        layout = scan_layout(self, self.tr("Issuing goods"))
        layout.addLayout(header)
        layout.addWidget(self.scan)
        layout.addWidget(self.feedback)
        layout.addLayout(add_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        order = [self.recipient, self.destination, self.event, self.date, self.reference, self.transport,
                 self.carrier, self.vehicle, self.driver, self.phone, self.scan, self.search, self.qty,
                 self.add_button, self.table, self.proposal_view, self.save_button, self.approve_button,
                 self.post_button]
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)
        for keys, slot in (("Ctrl+S", self.save_draft), ("Ctrl+Return", self.post), ("Ctrl+Enter", self.post),
                           ("Ctrl+N", lambda: self.new_issue())):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.scan.keep_focus_in(self, [self.table])
        for widget in (self.destination, self.reference, self.vehicle, self.driver, self.phone):
            self.scan.follow(widget)
        self.date.dateChanged.connect(lambda *_: self._mark_dirty())
        self.date.scanned.connect(self.handle_scan)
        # What is typed is what is posted: every header field marks the draft as changed, so
        # approving saves it first, and the work in progress is kept on disk.
        for signal in (self.destination.textEdited, self.reference.textEdited, self.vehicle.textEdited,
                       self.driver.textEdited, self.phone.textEdited, self.transport.editTextChanged,
                       self.carrier.editTextChanged, self.event.editTextChanged):
            signal.connect(lambda *_: self._mark_dirty())
        self.refresh(frozenset({"partners", "catalogue", "settings", "stock"}))
        self._update_state()

    @staticmethod
    def _setup_table(table: QTableView, widths: dict[int, int], stretch: int) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        size_columns(table, widths, stretch)  # never narrower than the header text

    # --- data ----------------------------------------------------------------------
    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if "settings" in changes:
            self.backdate_days = backdate_days(self.ops)
        reload_partners = bool(changes & {"partners", "settings"}) or not self.recipient.count()
        reload_items = bool(changes & {"catalogue", "stock"}) or not self._items
        lists = None
        if reload_partners or reload_items:  # every list of the page in one round trip
            lists, _ = query(self.ops, pages.issuing_lists)
        if reload_partners:
            recipient, event = combo_code(self.recipient), combo_code(self.event)
            rows = lists.recipients if lists else []
            self._recipients = {r.code: r for r in rows if r.active}
            self.recipient.blockSignals(True)
            self.recipient.clear()
            for row in self._recipients.values():
                where = " / ".join(p for p in (row.desa, row.region) if p)
                self.recipient.addItem(f"{row.code} \u2014 {row.name}" + (f"  ({where})" if where else ""), row.code)
            set_combo_code(self.recipient, recipient) if recipient else self.recipient.setCurrentIndex(-1)
            self.recipient.blockSignals(False)
            self.event.clear()
            self.event.addItem("", None)
            for row in lists.events if lists else []:
                self.event.addItem(f"{row.code} \u2014 {row.name}", row.code)
            set_combo_code(self.event, event)
            self._show_recipient()
        if reload_items:
            self._items = {r.sku: r for r in (lists.items if lists else [])}
            self._stock = lists.stock if lists else {}
            in_stock, none = self.tr("in stock %1 %2"), self.tr("none in stock")

            def entry(row) -> tuple[str, str]:
                on_hand = self._stock.get(row.sku)
                stock = in_stock.replace("%1", fmt_number(on_hand)).replace("%2", row.unit) if on_hand else none
                return f"{row.sku} \u2014 {row.name}  \u00b7  {stock}", row.sku
            self.search.set_entries(entry(row) for row in self._items.values())

    def _recipient_changed(self) -> None:
        self.recipient.lineEdit().setCursorPosition(0)
        self._show_recipient()
        row = self._recipients.get(combo_code(self.recipient) or "")
        if row is not None and not self.destination.text().strip():
            self.destination.setText(", ".join(p for p in (row.address, row.desa, row.region and
                                                            self.tr("Kec. %1").replace("%1", row.region)) if p))
            self.destination.setCursorPosition(0)
        self._mark_dirty()

    def _show_recipient(self) -> None:
        row = self._recipients.get(combo_code(self.recipient) or "")
        if row is None:
            self.recipient_info.setText("")
            self.recipient_info.setVisible(False)
            return
        parts = []
        if row.region:
            parts.append(self.tr("Kecamatan %1").replace("%1", row.region))
        if row.desa:
            parts.append(self.tr("Desa %1").replace("%1", row.desa))
        if row.people_served:
            parts.append(self.tr("people served: %1").replace("%1", str(row.people_served)))
        if row.contact or row.phone:
            parts.append(" ".join(p for p in (row.contact, row.phone) if p))
        if self.request_number:
            parts.insert(0, self.tr("for request %1").replace("%1", self.request_number))
        self.recipient_info.setText(" \u00b7 ".join(parts))
        self.recipient_info.setVisible(bool(parts))

    # --- state ------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        if self.state in (NEW, DRAFT):
            self.dirty = True
            self._autosave.start()
        self._update_state()

    def _lines_edited(self, *_) -> None:
        self._mark_dirty()

    def _update_state(self) -> None:
        editable = self.state in (NEW, DRAFT)
        self.lines.read_only = not editable
        for widget in (self.recipient, self.destination, self.event, self.date, self.reference, self.transport,
                       self.carrier, self.vehicle, self.driver, self.phone, self.search, self.qty,
                       self.add_button, self.remove_button):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable and self.ops.can("issue.draft"))
        self.approve_button.setEnabled(self.state == DRAFT and self.ops.can("issue.approve"))
        if not self.ops.can("issue.approve"):
            self.approve_button.setToolTip(self.tr("Approval needs the head of warehouse."))
        self.post_button.setEnabled(self.state == APPROVED and self.ops.can("issue.post"))
        self.waybill_button.setEnabled(self.state == POSTED)
        text = {NEW: self.tr("New goods issue"),
                DRAFT: self.tr("Draft #%1").replace("%1", str(self.document_id)),
                APPROVED: self.tr("Approved #%1 \u2014 ready to post").replace("%1", str(self.document_id)),
                POSTED: self.tr("Posted: %1").replace("%1", self.number or "")}[self.state]
        if self.dirty and self.state in (NEW, DRAFT) and self.lines.lines:
            text += " \u2014 " + self.tr("not saved")
        self.state_label.setText(text)
        rows = len(self.proposal.rows)
        if rows:
            self.proposal_label.setText(self.tr("FEFO proposal \u2014 picking: %1 of %2 confirmed")
                                        .replace("%1", str(self.proposal.picked_count())).replace("%2", str(rows)))
        else:
            self.proposal_label.setText(self.tr("FEFO proposal: save the draft (Ctrl+S) to see which lots "
                                                "to pick"))

    # --- adding lines --------------------------------------------------------------------
    def _line(self, sku: str, name: str, unit: str, qty: Decimal, data: dict | None = None) -> IssueLine:
        item = self._items.get(sku)
        if item is not None:
            base, packs, decimals = item.unit, dict(item.pack_units), item.decimals
        else:
            base = (data or {}).get("unit", unit)
            packs = {u: f for u, f in (data or {}).get("units", ()) if u != base}
            decimals = int((data or {}).get("decimals") or 0)
        return IssueLine(sku, name, unit, (base,) + tuple(packs), fmt_qty(qty), decimals=decimals, factors=packs)

    def _add(self, sku: str, name: str, unit: str, qty: Decimal, data: dict | None = None) -> None:
        if self.state not in (NEW, DRAFT):
            self.feedback.wrong(self.tr("This goods issue is %1: its lines are fixed. Start a new one "
                                        "(Ctrl+N).").replace("%1", self._state_name()))
            return
        candidate = self._line(sku, name, unit, qty, data)
        try:
            rules.line_quantity(len(self.lines.lines) + 1, candidate.rules(), qty, unit)
        except GudangError as error:  # the core's rule, before a line is added
            self.feedback.wrong(f"{name}: {plain(error)}")
            return
        row = self.lines.find(sku, unit)
        if row is None:
            row = self.lines.add_line(candidate)
        else:
            self.lines.lines[row].add(qty)
            self.lines.touch(row)
        line = self.lines.lines[row]
        self.table.selectRow(row)
        self.table.scrollTo(self.lines.index(row, 0))
        message = (self.tr("Line %1: %2 \u2014 %3 %4").replace("%1", str(row + 1)).replace("%2", name)
                   .replace("%3", line.qty).replace("%4", line.unit))
        problem = self.lines.cell_problem(row, IssueLinesModel.QTY)
        if problem:
            self.feedback.wrong(message + " \u2014 " + problem)
        else:
            self.feedback.ok(message)

    def _state_name(self) -> str:
        return {NEW: self.tr("new"), DRAFT: self.tr("a draft"), APPROVED: self.tr("approved"),
                POSTED: self.tr("posted")}[self.state]

    def add_searched(self) -> None:
        sku = self.search.chosen()
        item = self._items.get(sku or "")
        if item is None:
            self.feedback.unknown(self.tr("Choose an item from the list."), sound=False)
            return
        try:
            qty, unit = parse_amount(self.qty.text())
        except GudangError as error:
            self.feedback.wrong(error.message)
            self.qty.setFocus()
            self.qty.selectAll()
            return
        units = (item.unit,) + tuple(u for u, _ in item.pack_units)
        if unit is not None:
            match = next((u for u in units if u.lower() == unit.lower()), None)
            if match is None:
                self.feedback.wrong(self.tr("%1 has no unit %2: use %3.").replace("%1", item.sku)
                                    .replace("%2", unit).replace("%3", ", ".join(units)))
                return
            unit = match
        self._add(item.sku, item.name, unit or item.unit, qty)
        self.search.reset()  # the next Enter adds nothing until an item is chosen again
        self.qty.setText("1")
        self.scan.reclaim(force=True)

    def remove_selected(self) -> None:
        if self.state not in (NEW, DRAFT):
            return
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if rows:
            self.lines.remove(rows)

    # --- scanning ----------------------------------------------------------------------------
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
            self.feedback.unknown(self.tr("Unknown code %1.").replace("%1", shown))
            return
        data = result.data
        if result.kind == "lot":
            self._pick(data)
        elif result.kind in ("item", "gs1"):
            if not data.get("sku"):
                self.feedback.unknown(self.tr("Unknown code %1: not in the catalogue.").replace("%1", shown))
                return
            self._add(data["sku"], data["item"], data.get("scanned_unit") or data["unit"],
                      scanning.quantity_of(result), data)
        elif result.kind == "location":
            self.feedback.unknown(self.tr("Bin %1: scan the lot labels of the goods you take from it.")
                                  .replace("%1", data["location"]))
        else:
            self.feedback.wrong(self.tr("%1 is a document number, not goods.").replace("%1", data["number"]))

    def _pick(self, lot: dict) -> None:
        barcode = lot["barcode"]
        if not self.proposal.rows:
            self.feedback.unknown(self.tr("Lot %1 scanned, but there is no proposal yet: save the draft "
                                          "(Ctrl+S) first.").replace("%1", barcode))
            return
        rows = [i for i, r in enumerate(self.proposal.rows) if r.barcode == barcode]
        if rows:
            todo = [i for i in rows if not self.proposal.rows[i].picked]
            if not todo:
                self.feedback.ok(self.tr("Lot %1 is already confirmed.").replace("%1", barcode))
                return
            row = self.proposal.rows[todo[0]]
            row.picked, row.wrong = True, ""
            self.proposal.touch(todo[0])
            self.proposal_view.scrollTo(self.proposal.index(todo[0], 0))
            self._update_state()
            self.feedback.ok(self.tr("Line %1: lot %2 from bin %3 confirmed (%4 of %5).")
                             .replace("%1", str(row.line_no)).replace("%2", barcode).replace("%3", row.location)
                             .replace("%4", str(self.proposal.picked_count()))
                             .replace("%5", str(len(self.proposal.rows))))
            return
        same_item = [i for i, r in enumerate(self.proposal.rows) if r.sku == lot["sku"]]
        if not same_item:
            self.feedback.wrong(self.tr("Lot %1 is %2, which is not on this goods issue.")
                                .replace("%1", barcode).replace("%2", lot["item"]))
            return
        target = next((i for i in same_item if not self.proposal.rows[i].picked), same_item[0])
        fefo = self.proposal.rows[target]
        fefo.wrong = barcode
        self.proposal.touch(target)
        self.proposal_view.scrollTo(self.proposal.index(target, 0))
        expiry = fmt_date(lot.get("expiry")) or "-"
        message = (self.tr("Wrong lot %1 (exp. %2). Take the FEFO lot %3 from bin %4 (exp. %5).")
                   .replace("%1", barcode).replace("%2", expiry).replace("%3", fefo.barcode)
                   .replace("%4", fefo.location).replace("%5", fmt_date(fefo.expiry) or "-"))
        self.feedback.wrong(message)
        from gudang.domain.dates import today
        from gudang.domain.fefo import is_expired

        if lot.get("status") == "quarantine" or is_expired(lot.get("expiry"), today()):
            return  # never issued (expired today or in quarantine); no reason helps
        if self.state == DRAFT and self.ops.can("issue.non_fefo"):
            self._swap = (fefo.line_no - 1, barcode)
            self.feedback.ask_reason(self.tr("To take %1 instead, give the reason:").replace("%1", barcode),
                                     self.tr("Take this lot"))

    def take_swapped_lot(self) -> None:
        """Take the wrong lot anyway: the line requests it, with the typed reason; the draft is saved."""
        if self._swap is None:
            return
        reason = self.feedback.reason.text().strip()
        if not reason:
            self.feedback.reason.setPlaceholderText(self.tr("a reason is required"))
            self.feedback.reason.setFocus()
            return
        index, barcode = self._swap
        line = self.lines.lines[index]
        previous = (line.lot, line.reason)
        line.lot, line.reason = barcode, reason
        self.lines.touch(index)
        if not self.save_draft(quiet=True):
            line.lot, line.reason = previous
            self.lines.touch(index)
            return  # the banner says why (e.g. not enough stock in that lot)
        self._swap = None
        for row in self.proposal.rows:
            if row.barcode == barcode and row.line_no == index + 1:
                row.picked = True
        self.proposal.touch_all()
        self._update_state()
        self.feedback.ok(self.tr("Line %1 now takes lot %2 (reason: %3).").replace("%1", str(index + 1))
                         .replace("%2", barcode).replace("%3", reason))
        self.scan.reclaim(force=True)

    # --- document actions ------------------------------------------------------------------------
    def build_input(self) -> IssueInput:
        recipient = combo_code(self.recipient)
        if not recipient:
            raise Problem(self.tr("Choose the recipient first."))
        if not self.lines.lines:
            raise Problem(self.tr("There are no lines: scan or add the goods first."))
        problems = self.lines.problems()
        if problems:
            raise Problem(problems[0])
        lines = tuple(self.lines.line_input(row) for row in range(len(self.lines.lines)))
        day = qdate_to_date(self.date.date())
        return IssueInput(
            date=day, recipient=clean_code(recipient), lines=lines,
            destination=optional_text(self.destination.text(), 300), event=combo_code(self.event) or None,
            reference=optional_text(self.reference.text(), 120),
            transport_mode=optional_text(self.transport.currentText(), 40),
            carrier=optional_text(self.carrier.currentText(), 120),
            vehicle=optional_text(self.vehicle.text(), 40), driver=optional_text(self.driver.text(), 120),
            driver_phone=optional_text(self.phone.text(), 40), notes=self.notes, request=self.request_number,
            backdate_reason=self._backdate[1] if self._backdate and self._backdate[0] == day else None)

    def _refused(self, error, fallback: str) -> None:
        """A refusal of the core: on its cell when it names one, and in the banner."""
        if isinstance(error, GudangError):
            row = self.lines.set_core_problem(error)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.lines.index(row, 0))
            else:
                fields = {"recipient": self.recipient, "destination": self.destination, "event": self.event,
                          "date": self.date, "backdate_reason": self.date, "reference": self.reference,
                          "transport_mode": self.transport, "carrier": self.carrier, "vehicle": self.vehicle,
                          "driver": self.driver, "driver_phone": self.phone}
                if error.line is None and error.field in fields:
                    fields[error.field].setFocus()  # the field the core names
            self.feedback.wrong(error.message)
        else:
            self.feedback.wrong(error or fallback)

    def save_draft(self, quiet: bool = False) -> bool:
        if self.state not in (NEW, DRAFT):
            return self.state in (APPROVED, POSTED)
        try:
            issue = self.build_input()
        except (GudangError, Problem) as error:
            self.feedback.wrong(error.message)
            return False
        if issue.backdate_reason is None:
            go, reason = check_date(self, self.ops, issue.date, self.backdate_days)
            if not go:
                self.feedback.info(self.tr("Not saved: check the date."))
                return False
            if reason:
                import dataclasses

                self._backdate = (issue.date, reason)
                issue = dataclasses.replace(issue, backdate_reason=reason)
        if self.document_id is None:
            result, error = attempt(self.ops, issues.draft_issue, issue, changes={"documents"}, parent=self)
        else:
            result, error = attempt(self.ops, drafts.update_issue_draft, self.document_id, issue,
                                    changes={"documents"}, parent=self)
        if result is None:
            self._refused(error, self.tr("The draft was not saved."))
            return False
        self.document_id = result.id
        self.state = DRAFT
        self.dirty = False
        self._autosave.stop()
        self.wip.discard()  # the draft is in the database now
        self._show_allocations(result, keep_picks=True)
        if not quiet:
            text = self.tr("Draft #%1 saved: scan the lot labels to pick.").replace("%1", str(result.id))
            if result.warnings:
                # stock falling below its minimum, a repeated dispatch: a warning of its own, never "unknown"
                self.feedback.warning(text + " " + " ".join(result.warnings))
            else:
                self.feedback.ok(text)
        self._update_state()
        return True

    def _show_allocations(self, result, keep_picks: bool) -> None:
        picked = {(r.line_no, r.barcode, r.location) for r in self.proposal.rows if r.picked} if keep_picks else set()
        self.proposal.date = result.date
        rows = []
        for a in result.allocations:
            reason = self.lines.lines[a.line_no - 1].reason if a.line_no - 1 < len(self.lines.lines) else ""
            rows.append(ProposalRow(a.line_no, a.sku, a.item, a.lot, a.barcode, a.location, a.expiry, a.qty,
                                    a.unit, a.why, reason, (a.line_no, a.barcode, a.location) in picked))
        self.proposal.set_rows(rows)

    def approve(self) -> None:
        if self.state == DRAFT and self.dirty and not self.save_draft(quiet=True):
            return
        if self.state != DRAFT or self.document_id is None:
            self.feedback.wrong(self.tr("Save the draft first (Ctrl+S)."))
            return
        result, error = attempt(self.ops, issues.approve_issue, self.document_id, changes={"documents"}, parent=self)
        if result is None:
            self._refused(error, self.tr("Not approved."))
            return
        self.state = APPROVED
        self._show_allocations(result, keep_picks=True)
        self.feedback.ok(self.tr("Goods issue #%1 approved.").replace("%1", str(self.document_id)))
        self._update_state()

    def post(self) -> None:
        if self.state != APPROVED or self.document_id is None:
            self.feedback.wrong(self.tr("Only an approved goods issue can be posted."))
            return
        missing = [name for name, edit in ((self.tr("vehicle plate"), self.vehicle), (self.tr("driver"), self.driver))
                   if not edit.text().strip()]
        if missing and not confirm(
                self, self.tr("Dispatch without %1").replace("%1", " / ".join(missing)),
                self.tr("The surat jalan will have no %1. The driver signs it and the recipient checks the "
                        "vehicle against it. Post anyway?").replace("%1", self.tr(" and ").join(missing))):
            self.feedback.info(self.tr("Not posted: the goods issue is still approved; post it when the vehicle "
                                       "is known (start a new one to change it)."))
            return
        result, error = attempt(self.ops, issues.post_issue, self.document_id, changes={"stock", "documents"},
                                parent=self)
        if result is None:
            self._refused(error, self.tr("Not posted."))
            return
        self.state, self.number = POSTED, result.number
        self._show_allocations(result, keep_picks=True)
        self.feedback.ok(self.tr("Goods issue posted: surat jalan %1.").replace("%1", result.number))
        self._update_state()
        self.posted.emit(result.number)
        self.show_waybill()

    def show_waybill(self) -> None:
        """The surat jalan in three copies (recipient, driver, archive), made in the background;
        showing it is not printing it (ui.printing.open_paper)."""
        if self.state != POSTED or not self.number:
            return
        from ui.printing import open_paper

        self.preview = None

        def shown(dialog, result) -> None:
            self.preview = dialog
            if not result.ok:
                self.feedback.wrong(result.message or self.tr("The surat jalan could not be made."))

        open_paper(self.ops, "waybill", self.number, self, copies=True, on_shown=shown)

    def has_unsaved_work(self) -> bool:
        return bool(self.lines.lines) and self.state in (NEW, DRAFT) and (self.dirty or self.state == NEW)

    def confirm_leave(self, leaving: str = "") -> bool:
        if not self.has_unsaved_work():
            return True
        return confirm(self, self.tr("Goods issue not saved"),
                       self.tr("The goods issue on the Issuing page has changes that are not saved as a draft. "
                               "They are kept (also if the computer stops) until you save or discard them. %1")
                       .replace("%1", leaving))

    def new_issue(self, *, ask: bool = True) -> bool:
        if ask and self.has_unsaved_work() and not confirm(
                self, self.tr("Discard the goods issue?"),
                self.tr("Discard the changes to this goods issue? They are not saved as a draft.")):
            self.scan.reclaim(force=True)
            return False
        self.document_id, self.state, self.number, self.dirty, self._swap = None, NEW, None, False, None
        self._backdate, self.notes, self.request_number = None, None, None
        self.lines.set_lines([])
        self.proposal.set_rows([])
        for edit in (self.destination, self.reference, self.vehicle, self.driver, self.phone):
            edit.clear()
        self.transport.setCurrentIndex(0)
        self.carrier.setCurrentIndex(0)
        self.recipient.setCurrentIndex(-1)
        self._autosave.stop()
        self.wip.discard()
        self.feedback.info(self.tr("New goods issue: choose the recipient, then scan or add the goods."))
        self._update_state()
        self.scan.reclaim(force=True)
        return True

    def _fill(self, issue: IssueInput) -> None:
        set_combo_code(self.recipient, issue.recipient)
        self.date.setDate(issue.date)
        self.destination.setText(issue.destination or "")
        set_combo_code(self.event, issue.event)
        self.reference.setText(issue.reference or "")
        self.transport.setEditText(issue.transport_mode or "")
        self.carrier.setEditText(issue.carrier or "")
        self.vehicle.setText(issue.vehicle or "")
        self.driver.setText(issue.driver or "")
        self.phone.setText(issue.driver_phone or "")
        self.notes = issue.notes
        if issue.backdate_reason:
            self._backdate = (issue.date, issue.backdate_reason)
        self.request_number = issue.request
        self._show_recipient()

    def open_issue(self, document_id: int) -> None:
        """Load an existing draft or approved issue (e.g. from a list of open issues)."""
        doc, problem = query(self.ops, drafts.load_issue, document_id)
        if doc is None:
            self.feedback.wrong(problem or "")
            return
        self.new_issue(ask=False)
        self._fill(doc.input)
        lines = []
        for line in doc.lines:
            issue_line = self._line(line.sku, line.item, line.unit, line.qty)
            issue_line.lot, issue_line.reason = line.lot or "", line.reason or ""
            lines.append(issue_line)
        self.lines.set_lines(lines)
        self.document_id, self.state, self.number = doc.id, doc.state, doc.number
        self.dirty = doc.state == DRAFT
        self._update_state()
        if doc.state == DRAFT:
            self.save_draft(quiet=True)

    # --- work in progress ----------------------------------------------------------------------
    def work_state(self) -> dict:
        return {"document_id": self.document_id, "recipient": combo_code(self.recipient),
                "event": combo_code(self.event), "date": qdate_to_date(self.date.date()).isoformat(),
                "destination": self.destination.text(), "reference": self.reference.text(),
                "transport_mode": self.transport.currentText(), "carrier": self.carrier.currentText(),
                "vehicle": self.vehicle.text(), "driver": self.driver.text(), "driver_phone": self.phone.text(),
                "request": self.request_number, "lines": [line.to_state() for line in self.lines.lines]}

    def save_work(self) -> None:
        try:
            if self.has_unsaved_work():
                self.wip.save(self.work_state(), self.ops.actor.name)
            else:
                self.wip.discard()
        except OSError as error:
            self.feedback.unknown(self.tr("Could not keep the goods issue on disk: %1").replace("%1", str(error)),
                                  sound=False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, self, self.offer_restore)
            QTimer.singleShot(800, self, gs1_format.warm_up)

    def offer_restore(self) -> bool:
        saved = self.wip.load()
        if saved is None or self.lines.lines:
            return False
        if not confirm(self, self.tr("Unsaved goods issue found"),
                       self.tr("A goods issue with %1 lines was being prepared on %2 and was not saved (the program "
                               "was closed or the computer stopped). Restore it?")
                       .replace("%1", str(saved.lines)).replace("%2", saved.saved_at.strftime("%d/%m/%Y %H:%M"))):
            self.wip.discard()
            return False
        self.restore_work(saved.state)
        self.feedback.ok(self.tr("Goods issue restored: %1 lines. Save the draft (Ctrl+S).").replace(
            "%1", str(len(self.lines.lines))))
        return True

    def restore_work(self, state: dict) -> None:
        import datetime as dt

        document_id = state.get("document_id")
        if isinstance(document_id, int):
            doc, _ = query(self.ops, drafts.load_issue, document_id)
            if doc is not None and doc.state == DRAFT:
                self.open_issue(document_id)
        set_combo_code(self.recipient, state.get("recipient"))
        set_combo_code(self.event, state.get("event"))
        try:
            self.date.setDate(dt.date.fromisoformat(state.get("date") or ""))
        except ValueError:
            pass
        self.destination.setText(state.get("destination") or "")
        self.reference.setText(state.get("reference") or "")
        self.transport.setEditText(state.get("transport_mode") or "")
        self.carrier.setEditText(state.get("carrier") or "")
        self.vehicle.setText(state.get("vehicle") or "")
        self.driver.setText(state.get("driver") or "")
        self.phone.setText(state.get("driver_phone") or "")
        self.request_number = state.get("request") or None
        self._show_recipient()
        lines = []
        for item in state.get("lines") or []:
            try:
                lines.append(IssueLine.from_state(item))
            except (TypeError, ValueError, ArithmeticError):
                continue
        self.lines.set_lines(lines)
        self.dirty = True
        self._update_state()

    def start_from_request(self, number: str) -> bool:
        """A new goods issue for a request: its recipient, event and letter, and a line for
        what each item still lacks (asked - issued - in open drafts). The issue names the request."""
        from gudang.services import requests

        detail, problem = query(self.ops, requests.request_detail, number)
        if detail is None:
            self.feedback.wrong(problem or "")
            return False
        if not self.new_issue():
            return False
        head = detail.summary
        set_combo_code(self.recipient, head.recipient)
        set_combo_code(self.event, head.event)
        self.reference.setText(head.reference or head.number)
        self.request_number = head.number
        self._show_recipient()
        added = 0
        for line in detail.lines:
            left = line.outstanding - line.pending
            item = self._items.get(line.sku)
            if left <= 0 or item is None:
                continue
            self._add(item.sku, item.name, item.unit, left)
            added += 1
        self.feedback.ok(self.tr("Request %1: %2 lines with what is still outstanding. Check the quantities, "
                                 "then save the draft (Ctrl+S).").replace("%1", head.number)
                         .replace("%2", str(added)))
        self._update_state()
        return True
