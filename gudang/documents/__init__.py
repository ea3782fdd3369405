"""Printed documents: A4 PDFs (surat jalan, BAST, berita acara penerimaan,
kartu stok, stock opname, penghapusan) and barcode labels, drawn with ReportLab.

No Qt and no database here: every renderer takes the frozen dataclasses of
`gudang.documents.data` and returns PDF bytes.
"""

from .data import (  # noqa: F401
    BinLabel, CountLine, CountReportData, HandoverData, HandoverLine, ItemLabel, Letterhead,
    LotLabel, Party, Place, ReceiptData, ReceiptLine, Recipient, Signatory, StockCardData,
    StockCardRow, WaybillData, WaybillLine, WaybillSignatures, WriteoffData, WriteoffLine,
)


def __getattr__(name):  # lazy: importing the data contract must not load ReportLab
    renderers = {
        "render_waybill": ".waybill", "waybill_qr_payload": ".waybill",
        "verify_waybill_qr": ".waybill", "render_handover": ".handover",
        "render_receipt": ".receipt", "render_stock_card": ".stock_card",
        "render_count_report": ".count_report", "render_writeoff": ".writeoff",
        "render_labels": ".labels", "render_calibration": ".labels", "TEMPLATES": ".labels",
        "render_reversal": ".reversal",
    }
    if name in renderers:
        import importlib
        return getattr(importlib.import_module(renderers[name], __name__), name)
    raise AttributeError(name)
