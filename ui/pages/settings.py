"""Pengaturan: this workstation (its database, language, printer, label template),
then what every workstation shares (agency letterhead, document numbering, backup).
Users have their own page (ui.pages.users).

This workstation's choices live in QSettings (ui.workstation); the shared ones in
the database. What a role may not change is shown read-only.
"""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from gudang.domain.numbers import format_decimal
from gudang.services import setup
from ui.i18n import language
from ui.operations import SETTINGS, Operations
from ui.pages import page_layout, toolbar_row
from ui.widgets.forms import short_combo

PROBLEMS_SHOWN = 5  # on the page; `gudang verify` lists them all


def agency_fields(widget: QWidget) -> list[tuple[str, str]]:
    """The letterhead settings with their labels (also used by the first start)."""
    return [
        ("agency_line1", QCoreApplication.translate("AgencyFields", "Letterhead line 1")),
        ("agency_line2", QCoreApplication.translate("AgencyFields", "Letterhead line 2")),
        ("agency_address", QCoreApplication.translate("AgencyFields", "Address")),
        ("agency_contact", QCoreApplication.translate("AgencyFields", "Phone / e-mail")),
        ("agency_city", QCoreApplication.translate("AgencyFields", "City (place of signing)")),
        ("agency_code", QCoreApplication.translate("AgencyFields", "Agency code in numbers")),
        ("head_title", QCoreApplication.translate("AgencyFields", "Title of the head of agency")),
        ("head_name", QCoreApplication.translate("AgencyFields", "Head of agency")),
        ("head_nip", QCoreApplication.translate("AgencyFields", "NIP of the head of agency")),
        ("warehouse_head_name", QCoreApplication.translate("AgencyFields", "Head of warehouse")),
        ("warehouse_head_nip", QCoreApplication.translate("AgencyFields", "NIP of the head of warehouse")),
    ]


class SettingsPage(QWidget):
    language_changed = Signal(str)
    database_changed = Signal(str)  # open this database (a SQLite file or a PostgreSQL URL)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dirty = True
        self.can_edit = ops.can("settings.edit")
        outer = page_layout(self, self.tr("Settings"))
        scroll = QScrollArea()
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("PageBody")
        body.setMaximumWidth(1000)  # long lines are hard to read; the rest stays empty
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(14)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # this workstation
        from ui import workstation

        box = QGroupBox(self.tr("This workstation"))
        form = QFormLayout(box)
        form.setHorizontalSpacing(16)
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        short_combo(self.language)
        self.language_button = QPushButton(self.tr("Apply"))
        self.language_button.clicked.connect(self.apply_language)
        form.addRow(self.tr("Language"), toolbar_row(self.language, self.language_button, None))
        self.database_label = QLabel(self.database_text())
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Database"), self.database_label)
        self.database_file_button = QPushButton(self.tr("Open a database file…"))
        self.database_file_button.setToolTip(self.tr("A Gudang SQLite file on this PC or a shared folder"))
        self.database_file_button.clicked.connect(self.choose_database_file)
        self.database_url = QLineEdit()
        self.database_url.setPlaceholderText("postgresql://gudang@server/gudang")
        self.database_url.setAccessibleName(self.tr("PostgreSQL server"))
        self.database_url_button = QPushButton(self.tr("Connect"))
        self.database_url_button.clicked.connect(self.connect_server)
        form.addRow("", toolbar_row(self.database_file_button, None))
        form.addRow(self.tr("PostgreSQL server"), toolbar_row(self.database_url, self.database_url_button))
        self.printer = QComboBox()
        self.printer.setAccessibleName(self.tr("Printer"))
        self.printer.addItem(self.tr("The system's default printer"), "")
        try:
            from PySide6.QtPrintSupport import QPrinterInfo

            for name in QPrinterInfo.availablePrinterNames():
                self.printer.addItem(name, name)
        except Exception:  # noqa: BLE001 - no print support: the default printer only
            pass
        chosen = workstation.printer()
        if chosen and self.printer.findData(chosen) < 0:
            self.printer.addItem(chosen, chosen)
        self.printer.setCurrentIndex(max(0, self.printer.findData(chosen or "")))
        short_combo(self.printer)
        self.printer.currentIndexChanged.connect(
            lambda _: self._remember(workstation.PRINTER, self.printer.currentData()))
        form.addRow(self.tr("Printer"), self.printer)
        from ui.pages.catalogue import LABEL_TEMPLATES

        self.label_template = QComboBox()
        self.label_template.setAccessibleName(self.tr("Label template"))
        for name in LABEL_TEMPLATES:
            self.label_template.addItem(name, name)
        self.label_template.setCurrentIndex(max(0, self.label_template.findData(workstation.label_template())))
        short_combo(self.label_template)
        self.label_template.currentIndexChanged.connect(
            lambda _: self._remember(workstation.LABEL_TEMPLATE, self.label_template.currentData()))
        form.addRow(self.tr("Label template"), self.label_template)
        self.workstation_info = QLabel(self.tr("Kept on this PC only (%1); other workstations keep their own.")
                                       .replace("%1", workstation.location()))
        self.workstation_info.setObjectName("Muted")
        self.workstation_info.setWordWrap(True)
        form.addRow("", self.workstation_info)
        layout.addWidget(box)

        # agency and numbering
        box = QGroupBox(self.tr("Agency (letterhead and signatures), for every workstation"))
        form = QFormLayout(box)
        form.setHorizontalSpacing(16)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in agency_fields(self) + [
                ("number_pattern", self.tr("Document number pattern")),
                ("overlap_days", self.tr("Warn of repeated dispatches within (days)"))]:
            edit = QLineEdit()
            edit.setReadOnly(not self.can_edit)
            edit.setAccessibleName(label)
            self.fields[key] = edit
            form.addRow(label, edit)
        hint = QLabel(self.tr("Pattern fields: {seq:03d} number, {code} document code (SJ, BAP, …), {agency} agency "
                              "code, {month:roman} month, {year} year."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save_settings)
        self.save_button.setVisible(self.can_edit)
        self.settings_info = QLabel()
        self.settings_info.setObjectName("Muted")
        form.addRow("", toolbar_row(self.save_button, self.settings_info, None))
        layout.addWidget(box)

        # backup
        self.backup_box = QGroupBox(self.tr("Backup"))
        row = QHBoxLayout(self.backup_box)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_info = QLabel()
        self.backup_info.setObjectName("Muted")
        self.backup_info.setWordWrap(True)
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_info, 1)
        self.backup_box.setVisible(ops.can("backup"))
        if ops.db.path is None:
            self.backup_button.setEnabled(False)
            self.backup_info.setText(self.tr("The PostgreSQL server is backed up by its administrator "
                                             "(pg_dump)."))
        else:
            self.backup_info.setText(self.tr("Copies go to %1").replace("%1", str(ops.db.path.parent / "backups")))
        layout.addWidget(self.backup_box)
        layout.addWidget(self._build_check_box())
        layout.addStretch(1)

    def _build_check_box(self) -> QGroupBox:
        """`gudang verify`: the quick check (seconds) and the full one (every row recomputed)."""
        self.check_box = QGroupBox(self.tr("Check the database"))
        column = QVBoxLayout(self.check_box)
        about = QLabel(self.tr(
            "The quick check recomputes every balance, document number and the audit chain, and finds rows "
            "changed outside Gudang (with SQL or a database browser); it takes seconds. The full check also "
            "recomputes the fingerprint of every row, which finds even edits made with the database's "
            "safeguards switched off; on a year of a busy warehouse it takes longer."))
        about.setObjectName("Muted")
        about.setWordWrap(True)
        self.quick_check_button = QPushButton(self.tr("Quick check"))
        self.quick_check_button.setToolTip(self.tr("gudang verify --quick"))
        self.quick_check_button.clicked.connect(lambda: self.verify_now(full=False))
        self.verify_button = QPushButton(self.tr("Full check"))
        self.verify_button.setToolTip(self.tr("gudang verify"))
        self.verify_button.clicked.connect(lambda: self.verify_now(full=True))
        self.check_info = QLabel()
        self.check_info.setWordWrap(True)
        self.check_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(about)
        column.addLayout(toolbar_row(self.quick_check_button, self.verify_button, None))
        column.addWidget(self.check_info)
        self.check_box.setVisible(self.ops.can("backup"))
        return self.check_box

    # --- data ----------------------------------------------------------------------------------
    def refresh(self, changes: frozenset[str] = frozenset()) -> None:
        if not changes or SETTINGS in changes:
            self._dirty = True
            if self.isVisible():
                self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def load(self) -> None:
        self._dirty = False
        values = self.ops.query(setup.get_settings, quiet=True) or {}
        for key, edit in self.fields.items():
            edit.setText(values.get(key, ""))

    # --- actions -------------------------------------------------------------------------------
    def apply_language(self) -> None:
        """This workstation's language, now (saved by the application for this PC only)."""
        self.language_changed.emit(self.language.currentData())

    def database_text(self) -> str:
        db = self.ops.db
        return str(db.path) if db.path else db.url.render_as_string(hide_password=True)

    def _remember(self, key: str, value: str | None) -> None:
        from ui import workstation

        workstation.put(key, value or None)

    def choose_database_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.ops.db.path.parent) if self.ops.db.path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a database file"), start,
                                              self.tr("Gudang databases (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if path:
            self.database_changed.emit(path)

    def connect_server(self) -> None:
        url = self.database_url.text().strip()
        if url:
            self.database_changed.emit(url)

    def save_settings(self) -> None:
        changes = {key: edit.text().strip() for key, edit in self.fields.items()}
        if self.ops.run(setup.update_settings, changes, changes={SETTINGS}, parent=self).ok:
            self.settings_info.setText(self.tr("Saved."))

    def verify_now(self, full: bool = True) -> None:
        """`gudang verify` (or `--quick`), in the background (a big database takes a while)."""
        from gudang.services.verify import verify

        for button in (self.quick_check_button, self.verify_button):
            button.setEnabled(False)
        self.check_info.setText("")
        started = time.monotonic()
        self.ops.submit(verify, full=full, done=lambda result: self._verified(result, full, started),
                        as_user=False, parent=self, label=self.tr("Checking the database…"))

    def _verified(self, result, full: bool, started: float) -> None:
        for button in (self.quick_check_button, self.verify_button):
            button.setEnabled(True)
        check = self.tr("Full check") if full else self.tr("Quick check")
        report = result.value if result.ok else None
        self.check_info.setObjectName("" if report is not None and report.ok else "FieldError")
        self.check_info.style().unpolish(self.check_info)
        self.check_info.style().polish(self.check_info)
        if report is None:  # the check could not run (the database cannot be read)
            self.check_info.setText(f"{check}: {result.message}")
            return
        seconds = format_decimal(Decimal(str(round(time.monotonic() - started, 1))), 1)
        if report.ok:
            self.check_info.setText(
                self.tr("%1: the database is sound. %2 documents, %3 moves, %4 balances and %5 audit entries "
                        "checked in %6 s.").replace("%1", check).replace("%2", format_decimal(report.documents))
                .replace("%3", format_decimal(report.moves)).replace("%4", format_decimal(report.balances))
                .replace("%5", format_decimal(report.audit_entries)).replace("%6", seconds))
        else:
            shown = report.problems[:PROBLEMS_SHOWN]
            more = len(report.problems) - len(shown)
            lines = [self.tr("%1 found problems in the database. Ask your administrator:").replace("%1", check)]
            lines += [f"• {problem}" for problem in shown]
            if more:
                lines.append(self.tr("… and %1 more (`gudang verify` lists them all)").replace("%1", format_decimal(more)))
            self.check_info.setText("\n".join(lines))

    def backup_now(self) -> None:
        from gudang.services.maintenance import backup_now

        result = self.ops.run(backup_now, parent=self)
        path = result.value
        if result.ok:
            self.backup_info.setText(self.tr("Backup saved: %1").replace("%1", str(path)))
