"""Permintaan: the requests of posko and villages, what they have received, what is outstanding.

The list (highest priority and oldest first) shows each request's recipient, kecamatan,
people, status and how much of it has been issued; below it, the selected request's
lines (asked, issued, in open drafts, outstanding) and its goods issues. From here a
request is entered (New request…, with the lines computed from people x days and the
ration standards if wished), issued (Issue from request: the Issuing page starts with
what it still lacks) or closed with a reason.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog,
    QLabel, QLineEdit, QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from gudang.domain.errors import GudangError, InvalidInput
from gudang.domain.inputs import where_field
from gudang.domain.numbers import format_decimal, parse_decimal
from gudang.domain.request_inputs import RequestInput, RequestLineInput
from gudang.services import catalogue, partners, requests
from ui import style
from ui.dialogs.base import FieldDialog
from ui.dialogs.partner import read_count
from ui.i18n import fmt_date
from ui.models.table import Column, LazyTableModel, list_source
from ui.operations import DOCUMENTS, PARTNERS, Operations
from ui.pages import page_layout, section_title, size_columns, table_view, toolbar_row
from ui.widgets.column_room import ColumnRoom
from ui.pages.scan_common import combo_code, date_edit, qdate_to_date, query, run, search_combo, set_combo_code

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")

REQUESTS = "requests"  # what changed: a request entered or closed


def number(value) -> str:
    return "" if value is None else format_decimal(value)


def priority_text(value: int) -> str:
    texts = {1: translate("RequestsPage", "1 \u2014 most urgent"),
             2: translate("RequestsPage", "2 \u2014 urgent"),
             3: translate("RequestsPage", "3 \u2014 normal")}
    return texts.get(value, str(value))


def status_text(value: str) -> str:
    return {"new": translate("RequestsPage", "new"),
            "partial": translate("RequestsPage", "partly issued"),
            "complete": translate("RequestsPage", "complete"),
            "closed": translate("RequestsPage", "closed")}.get(value, value)


STATUS_COLOURS = {"new": ("#e8f0f8", "#1f4e79"), "partial": ("#fde9d3", "#8a4300"),
                  "complete": ("#e3f4e6", "#1e6b33"), "closed": ("#eef0f3", "#5b6b7b")}


def request_columns() -> list[Column]:
    return [
        Column(translate("RequestsPage", "Number"), lambda r: r.number, bold=True),
        Column(translate("RequestsPage", "Date"), lambda r: r.date, text=fmt_date),
        Column(translate("RequestsPage", "Prio."), lambda r: r.priority, text=lambda v: str(v),
               numeric=True,
               tooltip=lambda r: priority_text(r.priority),
               foreground=lambda r: QColor("#9c1c13") if r.priority == 1 else None),
        Column(translate("RequestsPage", "Recipient"), lambda r: r.recipient_name,
               tooltip=lambda r: " / ".join(p for p in (f"{r.recipient} \u2014 {r.recipient_name}", r.desa,
                                                        r.kecamatan, r.region_code) if p)),
        Column(translate("RequestsPage", "Kecamatan"), lambda r: r.kecamatan or "",
               tooltip=lambda r: " / ".join(
            p for p in (r.desa, r.kecamatan, r.region_code) if p)),
        Column(translate("RequestsPage", "Status"), lambda r: r.status, text=status_text,
               background=lambda r: QColor(STATUS_COLOURS[r.status][0]),
               foreground=lambda r: QColor(STATUS_COLOURS[r.status][1])),
        Column(translate("RequestsPage", "% issued"), lambda r: r.fulfilled,
               text=lambda v: f"{round(v * 100)} %", numeric=True,
               tooltip=lambda r: translate("RequestsPage", "%1 lines; %2 people")
               .replace("%1", str(r.lines))
               .replace("%2", number(r.people) or "\u2014")),
    ]


def line_columns() -> list[Column]:
    short = lambda r: QColor(style.SOON_FG) if r.outstanding > 0 and r.state == "open" else None  # noqa: E731
    return [
        Column(translate("RequestsPage", "SKU"), lambda r: r.sku),
        Column(translate("RequestsPage", "Item"), lambda r: r.item, tooltip=lambda r: r.item),
        Column(translate("RequestsPage", "Asked"), lambda r: r.asked, text=number, numeric=True),
        Column(translate("RequestsPage", "Issued"), lambda r: r.issued, text=number, numeric=True),
        Column(translate("RequestsPage", "In drafts"), lambda r: r.pending, text=number, numeric=True),
        Column(translate("RequestsPage", "Outstanding"), lambda r: r.outstanding, text=number,
               numeric=True, foreground=short, bold=True),
        Column(translate("RequestsPage", "Unit"), lambda r: r.unit),
    ]


class RequestsPage(QWidget):
    issue_requested = Signal(str)  # "Issue from request": the main window opens the Issuing page

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dirty = True
        self._detail = None
        layout = page_layout(self, self.tr("Requests"), self.tr(
            "What posko and villages ask for, with the people behind it; what they have received and what is "
            "still outstanding."))
        self.event = QComboBox()
        self.event.setMinimumWidth(300)
        self.event.setAccessibleName(self.tr("Event"))
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setChecked(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search number, recipient, kecamatan…"))
        self.search.setMinimumWidth(220)
        self.rations_button = QPushButton(self.tr("Ration standards…"))
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setObjectName("Primary")
        self.new_button.setVisible(ops.can("request.add"))
        self.rations_button.setVisible(ops.can("catalogue.edit"))
        layout.addLayout(toolbar_row(QLabel(self.tr("Event")), self.event, self.open_only, self.search, None))
        self.banner = QLabel()
        self.banner.setObjectName("InfoBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.model = LazyTableModel(request_columns(), parent=self)
        self.view = table_view(self.model)
        # The number stays whole (bold "017/PMT/BPBD-KPR/XI/2026"); on a narrow screen the
        # kecamatan steps aside, then the date (the recipient's tooltip names the place).
        self.room = ColumnRoom(self.view, {0: 218, 1: 96, 2: 44, 4: 120, 5: 88, 6: 64}, 3, [4, 1],
                               stretch_want=190, minimums={0: 218})
        self.lines = LazyTableModel(line_columns(), parent=self)
        self.lines_view = table_view(self.lines)
        size_columns(self.lines_view, {0: 110, 2: 80, 3: 80, 4: 80, 5: 96, 6: 70}, stretch=1)
        self.detail_title = section_title("")
        self.detail_info = QLabel()
        self.detail_info.setObjectName("Muted")
        self.detail_info.setWordWrap(True)
        self.issue_button = QPushButton(self.tr("Issue from request"))
        self.issue_button.setObjectName("Primary")
        self.issue_button.setToolTip(self.tr("Open the Issuing page with what this request still lacks"))
        self.issue_button.setVisible(ops.can("issue.draft"))
        self.close_button = QPushButton(self.tr("Close request…"))
        self.close_button.setVisible(ops.can("request.close"))
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 6, 0, 0)
        self.detail_title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.detail_title, 1)
        head.addWidget(self.close_button)
        head.addWidget(self.issue_button)
        column.addLayout(head)
        column.addWidget(self.detail_info)
        column.addWidget(self.lines_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addLayout(toolbar_row(self.count_label, None, self.rations_button, self.new_button))

        self.event.currentIndexChanged.connect(lambda _: self.load())
        self.open_only.toggled.connect(lambda _: self.load())
        self.search.textChanged.connect(lambda _: self.load())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.model.modelReset.connect(self._show_selected)
        self.new_button.clicked.connect(self.new_request)
        self.rations_button.clicked.connect(self.edit_rations)
        self.issue_button.clicked.connect(self.issue_from_request)
        self.close_button.clicked.connect(self.close_request)
        self._fill_events()
        self._show_selected()

    # --- data -----------------------------------------------------------------------------------
    def _fill_events(self) -> None:
        current = self.event.currentData()
        events, _ = query(self.ops, partners.list_events)
        self.event.blockSignals(True)
        self.event.clear()
        self.event.addItem(self.tr("All events"), None)
        for row in events or []:
            self.event.addItem(f"{row.code} \u2014 {row.name}", row.code)
        index = self.event.findData(current) if current else (1 if self.event.count() > 1 else 0)
        self.event.setCurrentIndex(max(0, index))
        self.event.blockSignals(False)

    def load(self) -> None:
        self._dirty = False
        selected = self.selected()
        rows, problem = query(self.ops, requests.list_requests, event=self.event.currentData(),
                              open_only=self.open_only.isChecked())
        rows = rows or []
        text = self.search.text().strip().lower()
        if text:
            rows = [r for r in rows if text in " ".join(filter(None, (
                r.number, r.recipient, r.recipient_name, r.kecamatan, r.desa, r.reference))).lower()]
        self.model.set_source(list_source(rows))
        self.model.fetch_all()
        waiting = sum(1 for r in rows if r.status in ("new", "partial"))
        self.count_label.setText(problem or self.tr("%1 requests, %2 waiting for goods").replace(
            "%1", str(len(rows))).replace("%2", str(waiting)))
        if selected is not None:
            self.select(selected.number)

    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if not changes or changes & {REQUESTS, DOCUMENTS, PARTNERS, "stock"}:
            if "events" in changes or not changes:
                self._fill_events()
            self._dirty = True
            if self.isVisible():
                self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def selected(self):
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row(indexes[0]) if indexes else None

    def select(self, number: str) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.number == number:
                self.view.selectRow(i)
                return True
        return False

    def _show_selected(self) -> None:
        row = self.selected()
        self._detail = None
        if row is None:
            self.lines.set_source(list_source([]))
            self.detail_title.setText(self.tr("Select a request to see its lines"))
            self.detail_info.setText("")
            self.issue_button.setEnabled(False)
            self.close_button.setEnabled(False)
            return
        detail, problem = query(self.ops, requests.request_detail, row.number)
        if detail is None:
            self.detail_info.setText(problem or "")
            return
        self._detail = detail
        self.lines.set_source(list_source(list(detail.lines)))
        head = detail.summary
        self.detail_title.setText(f"{head.number} \u2014 {head.recipient_name}")
        parts = [self.tr("Priority %1").replace("%1", priority_text(head.priority))]
        if head.reference:
            parts.append(self.tr("letter %1").replace("%1", head.reference))
        if head.people or head.households:
            parts.append(self.tr("%1 people, %2 households").replace("%1", number(head.people) or "\u2014")
                         .replace("%2", number(head.households) or "\u2014"))
        place = ", ".join(p for p in (head.desa and self.tr("Desa %1").replace("%1", head.desa),
                                      head.kecamatan and self.tr("Kec. %1").replace("%1", head.kecamatan),
                                      head.region_code) if p)
        if place:
            parts.append(place)
        issued = [i.number for i in detail.issues if i.number and not i.cancelled_by]
        drafts = [f"#{i.id}" for i in detail.issues if i.state != "posted"]
        if issued:
            parts.append(self.tr("issued by %1").replace("%1", ", ".join(issued)))
        if drafts:
            parts.append(self.tr("drafts %1").replace("%1", ", ".join(drafts)))
        text = " \u00b7 ".join(parts)
        if detail.notes:
            text += "\n" + detail.notes
        if head.state == "closed":
            text += "\n" + self.tr("Closed: %1").replace("%1", head.close_reason or "")
        self.detail_info.setText(text)
        waiting = head.state == "open" and any(line.outstanding - line.pending > 0 for line in detail.lines)
        self.issue_button.setEnabled(waiting)
        self.close_button.setEnabled(head.state == "open")

    # --- actions --------------------------------------------------------------------------------
    def new_request(self) -> None:
        dialog = RequestDialog(self.ops, self.event.currentData(), parent=self)
        if dialog.exec() and dialog.result_row is not None:
            made = dialog.result_row
            self.show_banner(self.tr("Request %1 entered.").replace("%1", made.number), made.warnings)
            self.search.clear()
            self.load()
            self.select(made.number)

    def show_banner(self, text: str, warnings=()) -> None:
        if warnings:
            text += "\n" + self.tr("Note:") + " " + "\n".join(warnings)
        self.banner.setText(text)
        self.banner.setObjectName("ErrorBanner" if warnings else "InfoBanner")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    def issue_from_request(self) -> None:
        row = self.selected()
        if row is not None:
            self.issue_requested.emit(row.number)

    def close_request(self, reason: str | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        if not reason:
            reason, ok = QInputDialog.getText(self, self.tr("Close request %1").replace("%1", row.number),
                                              self.tr("Why is it closed? (e.g. fulfilled by another agency, "
                                                      "the posko was moved)"))
            if not ok:
                return False
        result, problem = run(self.ops, requests.close_request, row.number, reason, changes={REQUESTS}, parent=self)
        if result is None:
            self.show_banner(problem or "", ())
            return False
        self.show_banner(self.tr("Request %1 closed.").replace("%1", row.number))
        self.load()
        return True

    def edit_rations(self) -> None:
        RationDialog(self.ops, parent=self).exec()


class RequestDialog(FieldDialog):
    """A new request: recipient, event, letter, priority, people and the lines."""

    def __init__(self, ops: Operations, event: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New request"), parent)
        self.setMinimumWidth(760)
        self._recipients = {r.code: r for r in (query(ops, partners.list_partners, "recipient")[0] or [])
                            if r.active}
        self._items = {r.sku: r for r in (query(ops, catalogue.list_items, include_inactive=False)[0] or [])}
        recipient = search_combo(self, self.tr("code, name or kecamatan"))
        for row in self._recipients.values():
            where = " / ".join(p for p in (row.desa, row.region) if p)
            recipient.addItem(f"{row.code} \u2014 {row.name}" + (f"  ({where})" if where else ""), row.code)
        recipient.setCurrentIndex(-1)
        self.add_field("recipient", self.tr("Recipient"), recipient)
        events = QComboBox()
        events.addItem("", None)
        for row in query(ops, partners.list_events)[0] or []:
            events.addItem(f"{row.code} \u2014 {row.name}", row.code)
        events.setCurrentIndex(max(0, events.findData(event)) if event else 0)
        self.add_field("event", self.tr("Event"), events)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        self.date = date_edit(self)
        self.date.setAccessibleName(self.tr("Date"))
        priority = QComboBox()
        for value in (1, 2, 3):
            priority.addItem(priority_text(value), value)
        priority.setCurrentIndex(1)
        priority.setAccessibleName(self.tr("Priority"))
        self.field_priority = priority
        row.addWidget(self.date)
        row.addWidget(QLabel(self.tr("Priority")))
        row.addWidget(priority, 1)
        self.add_field("date", self.tr("Date"), top)
        self._errors["priority"] = self._errors["date"]
        self.add_field("reference", self.tr("Request letter no."), QLineEdit())
        people = QWidget()
        prow = QHBoxLayout(people)
        prow.setContentsMargins(0, 0, 0, 0)
        self.people_edit, self.households_edit = QLineEdit(), QLineEdit()
        for edit, label in ((self.people_edit, self.tr("People (jiwa)")),
                            (self.households_edit, self.tr("Households (KK)"))):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(110)
            edit.setAccessibleName(label)
            if edit is self.households_edit:  # the row's own label says "People"
                prow.addWidget(QLabel(label))
            prow.addWidget(edit)
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(3)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days"))
        self.compute_button = QPushButton(self.tr("Lines from rations"))
        self.compute_button.setToolTip(self.tr("Add a line for every item with a ration standard: people x days, "
                                               "and one per household for kits"))
        prow.addStretch(1)
        prow.addWidget(self.days)
        prow.addWidget(self.compute_button)
        self.add_field("people", self.tr("People"), people)
        self._errors["households"] = self._errors["days"] = self._errors["people"]

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Quantity"), self.tr("Unit")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 90)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(170)
        self.item = search_combo(self, self.tr("Add an item: type code or name"))
        for sku, item in self._items.items():
            self.item.addItem(f"{sku} \u2014 {item.name}", sku)
        self.item.setCurrentIndex(-1)
        self.qty = QLineEdit()
        self.qty.setMaximumWidth(100)
        self.qty.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.qty.setAccessibleName(self.tr("Quantity"))
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        lines = QWidget()
        lcol = QVBoxLayout(lines)
        lcol.setContentsMargins(0, 0, 0, 0)
        adder = QHBoxLayout()
        adder.addWidget(self.item, 1)
        adder.addWidget(self.qty)
        adder.addWidget(self.add_button)
        adder.addWidget(self.remove_button)
        lcol.addLayout(adder)
        lcol.addWidget(self.table)
        self.form.addRow(self.tr("Lines"), lines)
        self.add_field("notes", self.tr("Notes"), QLineEdit())
        recipient.currentIndexChanged.connect(self._recipient_chosen)
        self.add_button.clicked.connect(self.add_line)
        self.qty.returnPressed.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.compute_button.clicked.connect(self.lines_from_rations)

    def _recipient_chosen(self) -> None:
        row = self._recipients.get(combo_code(self.field_recipient) or "")
        if row is None:
            return
        self.people_edit.setText("" if row.people_served is None else format_decimal(row.people_served))
        self.households_edit.setText("" if row.households is None else format_decimal(row.households))

    def _row_of(self, sku: str) -> int | None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == sku:
                return r
        return None

    def set_line(self, sku: str, qty: Decimal) -> None:
        item = self._items[sku]
        r = self._row_of(sku)
        if r is None:
            r = self.table.rowCount()
            self.table.insertRow(r)
            name = QTableWidgetItem(f"{sku} \u2014 {item.name}")
            name.setData(Qt.ItemDataRole.UserRole, sku)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            unit = QTableWidgetItem(item.unit)
            unit.setFlags(unit.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 2, unit)
        cell = QTableWidgetItem(format_decimal(qty))
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(r, 1, cell)

    def add_line(self) -> None:
        self.clear_errors()
        sku = combo_code(self.item)
        if sku not in self._items:
            self.show_error(self.tr("Choose an item from the list."))
            return
        try:
            qty = parse_decimal(self.qty.text())
            if qty <= 0:
                raise InvalidInput("quantity must be greater than zero")
        except GudangError as error:
            self.show_error(error.message)
            return
        self.set_line(sku, qty)
        self.item.setCurrentIndex(-1)
        self.item.setEditText("")
        self.qty.clear()
        self.item.setFocus()

    def remove_line(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def lines_from_rations(self) -> None:
        self.clear_errors()
        try:
            people = read_count(self.people_edit.text(), "people")
            households = read_count(self.households_edit.text(), "households")
        except GudangError as error:
            self.show_error(error)
            return
        lines, problem = query(self.ops, requests.compute_lines, people, households, self.days.value())
        if not lines:
            self.show_error(problem or self.tr("No item has a ration standard for these figures (see Ration "
                                               "standards… on the Requests page)."))
            return
        for line in lines:
            if line.sku in self._items:
                self.set_line(line.sku, line.qty)

    def build(self) -> RequestInput:
        lines = []
        for r in range(self.table.rowCount()):
            sku = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            text = self.table.item(r, 1).text() if self.table.item(r, 1) else ""
            try:
                qty = parse_decimal(text)
            except GudangError as error:
                raise error.at(translate("RequestDialog", "line %1").replace("%1", str(r + 1)))
            lines.append(RequestLineInput(sku, qty))
        recipient = combo_code(self.field_recipient)
        if not recipient:
            raise InvalidInput("is required").at(where_field("recipient"))
        return RequestInput(
            date=qdate_to_date(self.date.date()), recipient=recipient, lines=tuple(lines),
            event=self.field_event.currentData(), reference=self.field_reference.text() or None,
            priority=self.field_priority.currentData(), people=read_count(self.people_edit.text(), "people"),
            households=read_count(self.households_edit.text(), "households"),
            notes=self.field_notes.text() or None).checked()

    def save(self) -> None:
        data = self.validate(self.build)
        if data is None:
            return
        self.result_row = self.submit(requests.add_request, data, changes={REQUESTS})
        if self.result_row is not None:
            self.accept()


class RationDialog(QDialog):
    """The ration standards: per person per day and per household, in each item's base unit."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Ration standards"))
        self.setMinimumWidth(700)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Used by “Lines from rations” when a request is entered: people x days x the "
                              "standard per person per day, plus households x the standard per household. "
                              "Rice: 0,25 kg per person per day (Peraturan Badan Pangan Nasional 30/2023); "
                              "family and hygiene kits: 1 per household."))
        note.setWordWrap(True)
        note.setObjectName("Muted")
        layout.addWidget(note)
        self.model = LazyTableModel([
            Column(self.tr("SKU"), lambda r: r.sku), Column(self.tr("Item"), lambda r: r.name),
            Column(self.tr("Unit"), lambda r: r.unit),
            Column(self.tr("Per person per day"), lambda r: r.per_person_day, text=number, numeric=True),
            Column(self.tr("Per household"), lambda r: r.per_household, text=number, numeric=True)], parent=self)
        self.view = table_view(self.model)
        size_columns(self.view, {0: 110, 2: 70, 3: 130, 4: 110}, stretch=1)
        layout.addWidget(self.view, 1)
        self.item = search_combo(self, self.tr("Item: type code or name"))
        self._items = {}
        for row in query(ops, catalogue.list_items, include_inactive=False)[0] or []:
            self.item.addItem(f"{row.sku} \u2014 {row.name} ({row.unit})", row.sku)
            self._items[row.sku] = row
        self.item.setCurrentIndex(-1)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("per person per day"))
        self.person.setAccessibleName(self.tr("Per person per day"))
        self.household = QLineEdit()
        self.household.setPlaceholderText(self.tr("per household"))
        self.household.setAccessibleName(self.tr("Per household"))
        for edit in (self.person, self.household):  # wide enough for its hint, in either language
            edit.setFixedWidth(max(110, edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 30))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.save_button = QPushButton(self.tr("Save standard"))
        self.save_button.setObjectName("Primary")
        layout.addLayout(toolbar_row(self.item, self.person, self.household, self.save_button))
        self.problem = QLabel()
        self.problem.setObjectName("FieldError")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.hint = QLabel()
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self.save)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._pick())
        self.item.currentIndexChanged.connect(lambda _: self._suggest())
        self.load()

    def load(self) -> None:
        rows, _ = query(self.ops, requests.ration_standards)
        self.model.set_source(list_source(rows or []))

    def _pick(self) -> None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return
        row = self.model.row(indexes[0])
        set_combo_code(self.item, row.sku)
        self.person.setText(number(row.per_person_day))
        self.household.setText(number(row.per_household))

    def _suggest(self) -> None:
        """An item chosen: its standard, or the default one for rice and family kits
        (gudang.domain.rations.suggested_standard), to be saved with Save standard."""
        from gudang.domain.rations import suggested_standard

        sku = combo_code(self.item)
        item = self._items.get(sku or "")
        if item is None:
            return
        self.hint.setText("")
        own = next((r for r in self.model.rows() if r.sku == sku), None)
        if own is not None:
            self.person.setText(number(own.per_person_day))
            self.household.setText(number(own.per_household))
            return
        suggestion = suggested_standard(item.name, item.unit)
        person, household = suggestion or (None, None)
        self.person.setText(number(person) if person is not None else "")
        self.household.setText(number(household) if household is not None else "")
        if suggestion:
            self.hint.setText(self.tr("The usual standard for this item is filled in; press Save standard to "
                                         "keep it."))

    def save(self) -> bool:
        self.problem.setText("")
        sku = combo_code(self.item)
        try:
            person = parse_decimal(self.person.text()) if self.person.text().strip() else None
            household = parse_decimal(self.household.text()) if self.household.text().strip() else None
        except GudangError as error:
            self.problem.setText(error.message)
            return False
        result, problem = run(self.ops, requests.set_ration, sku or "", person, household,
                              changes={"catalogue"}, parent=self)
        if result is None:
            self.problem.setText(problem or "")
            return False
        self.load()
        return True
