"""Import items from a CSV or XLSX file (the catalogue page's Import…): all rows or none.

The file is read and checked in the background (gudang.services.catalogue.import_items,
the same as `gudang item import`); a refused file lists every bad row here, so the
spreadsheet can be fixed in one go.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from gudang.services import catalogue
from ui.operations import CATALOGUE, OpResult, Operations
from ui.geometry import fit_to_screen


def import_file(db, actor, path: str) -> int:
    """Read a CSV/XLSX file with a header row and import its items (worker thread)."""
    from gudang.cli.commands import read_records  # the reader `gudang item import` uses

    return catalogue.import_items(db, actor, read_records(path))


class ImportItemsDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.imported: int | None = None
        self.setWindowTitle(self.tr("Import items"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        intro = QLabel(self.tr("A CSV or Excel (XLSX) file with a header row. Columns: %1. Numbers may have a "
                               "decimal comma (0,9) or point (0.9); write thousands without a separator (1500). "
                               "Every row must be right, or nothing is imported.").replace(
            "%1", ", ".join(sorted(catalogue.IMPORT_COLUMNS))))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.choose_button = buttons.addButton(self.tr("Choose file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_button.setObjectName("Primary")
        self.choose_button.clicked.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(720, 420), parent)
        self.choose_button.setFocus()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import items"), str(Path.home()),
                                              self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if path:
            self.start(path)

    def start(self, path: str) -> None:
        self.path = path
        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        self.problems.hide()
        self.ops.submit(import_file, path, done=self.finished, changes={CATALOGUE},
                        label=self.tr("Importing %1…").replace("%1", Path(path).name), parent=self)

    def finished(self, result: OpResult) -> None:
        self.choose_button.setEnabled(True)
        name = Path(self.path).name
        if result.ok:
            self.imported = result.value
            self.status.setText(self.tr("%1 items imported from %2.").replace("%1", str(result.value))
                                .replace("%2", name))
            return
        problems = getattr(result.error, "problems", None)
        if problems:
            self.status.setText(self.tr("Nothing was imported: %1 rows of %2 have problems. Fix them and import "
                                        "the file again.").replace("%1", str(len(problems))).replace("%2", name))
            self.problems.setPlainText("\n".join(problems))
            self.problems.show()
        else:
            self.status.setText(self.tr("Nothing was imported: %1").replace("%1", result.message))

    def problem_lines(self) -> list[str]:
        return self.problems.toPlainText().splitlines() if not self.problems.isHidden() else []
