import io
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).parent))

DPI = 200


def pdf_pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(pdf_pages_text(pdf))


def flat(text: str) -> str:
    """Text with all whitespace collapsed (wrapped cells join again)."""
    return " ".join(text.split())


def render_png(pdf: bytes, dpi: int = DPI):
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].render(scale=dpi / 72).to_pil() for i in range(len(doc))]


def decode(image) -> list[tuple[str, str]]:
    import zxingcpp
    return sorted((r.text, r.format.name) for r in zxingcpp.read_barcodes(image))


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width) / 72 * 25.4, 2), round(float(p.mediabox.height) / 72 * 25.4, 2))
            for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(autouse=True)
def indonesian():
    from gudang.i18n import set_language
    set_language("id")
    yield
    set_language("id")
