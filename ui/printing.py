"""Opening the paper of a document: rendered in the background, shown in the
preview, recorded as printed only when it is printed, saved or opened outside.

    open_paper(ops, "waybill", "014/SJ/BPBD-KPR/XI/2026", parent=self, copies=True)

Opening the preview is not a print: the original stays the original until the
user prints it (later prints are marked SALINAN by the core).

The preview comes from the core's `preview_document` (rendered, not recorded:
it shows the paper as it will print, SALINAN when an original was printed
before), and `record_paper` records the print on Print/Save through
`record_print`. A DRAF handover form is never recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gudang.reports import printing as core_printing
from ui.operations import DOCUMENTS, OpResult, Operations

PAPER_KINDS = ("waybill", "receipt", "handover", "count", "writeoff", "reversal")


@dataclass(frozen=True)
class Paper:
    pdf: bytes
    number: str
    reprint: bool  # already printed before: this one says SALINAN
    recorded: bool  # the print is already in the audit log


def render_paper(db, actor, kind: str, number: str, copies: bool = False) -> Paper:
    """The PDF of a document for the preview (worker thread): not recorded as a print."""
    shown = core_printing.preview_document(db, kind, number, copies=copies)
    return Paper(shown.pdf, shown.number, shown.reprint, recorded=shown.recorded or shown.draft)


def record_paper(db, actor, kind: str, number: str) -> None:
    """Record that the paper was printed, saved or opened outside (the audit entry of a print)."""
    core_printing.record_print(db, actor, kind, number)


def paper_title(kind: str, number: str) -> str:
    text = {
        "waybill": QCoreApplication.translate("Printing", "Surat jalan %1"),
        "receipt": QCoreApplication.translate("Printing", "Berita acara penerimaan %1"),
        "handover": QCoreApplication.translate("Printing", "BAST %1"),
        "count": QCoreApplication.translate("Printing", "Berita acara stock opname %1"),
        "writeoff": QCoreApplication.translate("Printing", "Berita acara penghapusan %1"),
        "reversal": QCoreApplication.translate("Printing", "Cancellation %1"),
    }.get(kind, "%1")
    return text.replace("%1", number)


def paper_name(kind: str, copies: bool = False) -> str:
    """The menu entry of a paper (without its number)."""
    if kind == "waybill" and copies:
        return QCoreApplication.translate("Printing", "Surat jalan, 3 copies")
    return paper_title(kind, "").strip()


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_file_name(text: str, suffix: str = ".pdf") -> str:
    """A file name from a title or document number: no slashes or other characters a
    file system refuses ("014/SJ/BPBD-KPR/XI/2026" -> "014-SJ-BPBD-KPR-XI-2026.pdf")."""
    stem = _UNSAFE.sub("-", text).strip("-.") or "dokumen"
    if stem.lower().endswith(suffix):
        stem = stem[: -len(suffix)]
    return stem[:120] + suffix


def open_paper(ops: Operations, kind: str, number: str, parent: QWidget | None = None, *,
               copies: bool = False, on_shown=None) -> None:
    """Render in the background, then show the preview (or say why not in a dialog)."""
    title = paper_title(kind, number)

    def shown(result: OpResult) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.pdf_preview import show_pdf

        if not result.ok:
            if ops.show_dialogs and result.refused:
                QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Not printed"), result.message)
            if on_shown is not None:
                on_shown(None, result)
            return
        paper: Paper = result.value
        commit = None
        if not paper.recorded:
            def commit() -> bool:
                return ops.execute(record_paper, kind, number, changes={DOCUMENTS}, parent=parent).ok
        dialog = show_pdf(paper.pdf, title, safe_file_name(f"{kind}-{number}"), parent, commit=commit)
        if on_shown is not None:
            on_shown(dialog, result)

    ops.submit(render_paper, kind, number, copies=copies, done=shown, changes={DOCUMENTS},
               label=QCoreApplication.translate("Printing", "Preparing %1…").replace("%1", title), parent=parent)
