"""The PDF preview dialog, offscreen, with a real PDF made by ReportLab."""

from __future__ import annotations

import io

import pytest


def make_pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 24)
        c.drawString(72, 720, f"Surat jalan halaman {n}")
        c.showPage()
    c.save()
    return out.getvalue()


@pytest.fixture
def dialog(qtbot):
    from ui.pdf_preview import PdfPreviewDialog

    pdf = make_pdf(3)
    widget = PdfPreviewDialog(pdf, "Surat jalan 001/SJ/BPBD-KPR/XI/2026", "SJ-001.pdf")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shows_every_page(dialog):
    assert dialog.page_count() == 3
    assert "3" in dialog.pages.text()
    assert dialog.view.pageMode() == dialog.view.PageMode.MultiPage
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth


def test_save_writes_the_same_bytes(dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "sj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF")))
    dialog.save_button.click()
    assert (tmp_path / "sj.pdf").read_bytes() == dialog.pdf


def test_cancelled_save_writes_nothing(dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert dialog.save_as() is None


def test_printing_renders_every_page_into_the_printer(dialog, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)  # the PDF printer would use 1200 dpi: slow for a test
    assert dialog.render_to(printer)
    from pypdf import PdfReader

    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 3


def test_open_in_system_viewer_writes_a_temp_file(dialog, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    path = dialog.open_external()
    assert opened and opened[0].toLocalFile() == path
    with open(path, "rb") as f:
        assert f.read() == dialog.pdf


def test_garbage_is_reported_not_crashing(qtbot):
    from ui.pdf_preview import PdfPreviewDialog

    widget = PdfPreviewDialog(b"not a pdf", "x")
    qtbot.addWidget(widget)
    assert widget.page_count() == 0


def test_the_preview_is_not_a_print_until_it_leaves_and_saves_under_a_safe_name(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui.pdf_preview import PdfPreviewDialog
    from ui.printing import safe_file_name

    assert safe_file_name("waybill-014/SJ/BPBD-KPR/XI/2026") == "waybill-014-SJ-BPBD-KPR-XI-2026.pdf"
    assert safe_file_name("../../etc/passwd") == "etc-passwd.pdf" and safe_file_name("///") == "dokumen.pdf"
    recorded = []
    dialog = PdfPreviewDialog(make_pdf(1), "Surat jalan", "014/SJ/BPBD-KPR/XI/2026.pdf",
                              commit=lambda: recorded.append(True) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert recorded == [] and dialog.file_name == "014-SJ-BPBD-KPR-XI-2026.pdf"
    proposed = []

    def save_as(parent, title, start, filters):
        proposed.append(start)
        return str(tmp_path / "sj.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert dialog.save_as() == str(tmp_path / "sj.pdf")
    assert proposed[0].endswith("014-SJ-BPBD-KPR-XI-2026.pdf") and (tmp_path / "sj.pdf").read_bytes() == dialog.pdf
    assert recorded == [True]  # saved: now it is a print
    dialog.save_as()
    assert recorded == [True]  # recorded once
    refused = PdfPreviewDialog(make_pdf(1), "Surat jalan", "x.pdf", commit=lambda: False)
    qtbot.addWidget(refused)
    assert refused.save_as() is None  # the print could not be recorded: nothing leaves


def test_the_preview_fits_a_small_screen(qtbot, monkeypatch):
    from PySide6.QtCore import QRect

    from ui import geometry
    from ui.pdf_preview import PdfPreviewDialog

    monkeypatch.setattr(geometry, "available", lambda widget=None: QRect(0, 0, 1024, 728))
    dialog = PdfPreviewDialog(make_pdf(2), "Surat jalan", "sj.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() <= 728 - geometry.FRAME and dialog.width() <= 1024
    for button in (dialog.print_button, dialog.save_button, dialog.close_button):
        bottom = button.mapTo(dialog, button.rect().bottomRight())
        assert button.isVisible() and bottom.y() <= dialog.height() and bottom.x() <= dialog.width()
