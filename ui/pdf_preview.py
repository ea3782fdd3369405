"""Preview of a generated PDF (surat jalan, BAP penerimaan, lot labels) with
print, save and open-in-system-viewer.

Takes the PDF as bytes; nothing here knows which document it is. The window
fits the screen it opens on (its buttons always visible at 1024x768). Showing
the preview is not printing: `commit`, when given, is called once before the
paper first leaves the preview (printed, saved or opened outside), so the
caller can record the print.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from ui.geometry import fit_to_screen


class PdfPreviewDialog(QDialog):
    """Shows PDF bytes (all pages, fit to width) with Print, Save as… and Open."""

    def __init__(self, pdf: bytes, title: str, file_name: str = "dokumen.pdf",
                 parent: QWidget | None = None, commit: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        from ui.printing import safe_file_name

        self.pdf = bytes(pdf)
        self.file_name = safe_file_name(file_name)
        self.commit = commit
        self.committed = commit is None
        self.setWindowTitle(title)
        fit_to_screen(self, QSize(900, 1000), parent)
        self._data = QByteArray(self.pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.pages = QLabel(self)
        self.pages.setObjectName("pageCount")
        count = self.page_count()
        if self.document.status() == QPdfDocument.Status.Error or count == 0:
            self.pages.setText(self.tr("The document could not be shown."))
        else:
            self.pages.setText(self.tr("Pages: %1").replace("%1", str(count)))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.open_button = QPushButton(self.tr("&Open in PDF viewer"), self)
        self.fit_button = QPushButton(self.tr("Fit &width"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_external)
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.close_button.clicked.connect(self.accept)

        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addStretch(1)
        for button in (self.fit_button, self.print_button, self.save_button, self.open_button,
                       self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- actions ------------------------------------------------------------
    def _release(self) -> bool:
        """The paper leaves the preview: record it once (False if that was refused)."""
        if not self.committed:
            self.committed = bool(self.commit())
        return self.committed

    def print_document(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui import workstation

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if workstation.printer():
            printer.setPrinterName(workstation.printer())  # this workstation's choice (Settings)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, max(1, self.page_count()))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if not self._release():
            return False
        return self.render_to(printer)

    def render_to(self, printer) -> bool:
        """Render the pages (all, or the printer's range) at the printer's resolution."""
        count = self.page_count()
        first, last = 1, count
        if printer.fromPage() > 0 and printer.toPage() > 0:
            first, last = max(1, printer.fromPage()), min(count, printer.toPage())
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return False
        try:
            dpi = printer.resolution()
            for index, page in enumerate(range(first - 1, last)):
                if index:
                    printer.newPage()
                size_pt = self.document.pagePointSize(page)
                target = painter.viewport()
                width = round(size_pt.width() / 72 * dpi)
                height = round(size_pt.height() / 72 * dpi)
                # Fit the page into the printable area, keeping its proportions.
                scale = min(target.width() / max(width, 1), target.height() / max(height, 1), 1.0)
                size = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
                image = self.document.render(page, size)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        return True

    def save_as(self) -> str | None:
        start = str(Path.home() / self.file_name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), start, self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if not self._release():
            return None
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save PDF"),
                                self.tr("Could not save %1: %2").replace("%1", path).replace("%2", str(error)))
            return None
        return path

    def open_external(self) -> str | None:
        if not self._release():
            return None
        folder = Path(tempfile.gettempdir()) / "gudang"
        folder.mkdir(exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=Path(self.file_name).stem + "-", suffix=".pdf", dir=folder)
        with os.fdopen(fd, "wb") as out:
            out.write(self.pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(name))
        return name


def show_pdf(pdf: bytes | None, title: str, file_name: str, parent: QWidget | None = None,
             modal: bool = True, commit: Callable[[], bool] | None = None) -> PdfPreviewDialog | None:
    """Open the preview for `pdf` (None: nothing to show)."""
    if not pdf:
        return None
    dialog = PdfPreviewDialog(pdf, title, file_name, parent, commit=commit)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if modal:
        dialog.open()
    else:
        dialog.show()
    return dialog
