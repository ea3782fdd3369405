"""Shared building blocks of every A4 document.

A document module builds a story of flowables with these parts and hands it to
`render_pdf`, which owns the page furniture: letterhead on the first page of
each copy, a running header on the following pages, the footer with the
document number, the audit chain head and "Halaman x dari y" (counted per
copy), the copy caption ("Lembar 1: Penerima"), the SALINAN / BATAL / DRAF
marks and the boxed notices (cancellation with its reversal, backdating).

Rules every part follows:
- text goes through `esc()` / `para()` / `bold()` (user text: escaped, Arabic
  shaped and in visual order, gudang.documents.fonts) and, on a canvas,
  through `fonts.draw_string`; nothing uses a base-14 font;
- every visible text goes through `Texts.t()` (gudang.i18n.tr);
- numbers go through `fmt_qty` (1.234,5 in Indonesian, 1,234.5 in English);
- tables measure before they draw: `Column(kind=...)` says what a column holds,
  `measure_columns` sizes numbers to their widest figure (they never wrap),
  codes to their widest code (wrapping only after separators, else shrinking:
  `code_cell`), and gives text columns the rest (`cell`, `cell_with_note`);
- quantities are totalled per unit (`stacked_sums`, `unit_totals_text`), weights
  and volumes only when every line knows them (`measure_totals`).

Adding a report (see count_report.py, writeoff.py): build `Texts`, a list of
flowables from `title_block`, `info_grid`, `para`, then `table_with_tail(columns,
rows, totals, tail)` with the closing text and `signature_grid` as the tail (it
keeps the last rows with the signatures), and `render_pdf([CopySpec(story)],
PageSetup(...))`. `item_table` alone is a plain measured table.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
    Paragraph, Spacer, Table, TableStyle,
)

from gudang.domain.terbilang import format_date, format_date_short
from gudang.i18n import get_language, tr

from . import fonts
from .data import Letterhead, Signatory

# ---------------------------------------------------------------------------
# Fonts, colours, page geometry

fonts.register()
FONT = fonts.FONT
FONT_BOLD = fonts.FONT_BOLD

INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#222222")
GRID = colors.HexColor("#8a8a8a")
HEADER_BG = colors.HexColor("#e6e9ee")
ZEBRA_BG = colors.HexColor("#f6f7f9")
TOTAL_BG = colors.HexColor("#eef0f3")
STAMP_RED = colors.HexColor("#b3261e")

PAGE_SIZE = A4
MARGIN_LEFT = 18 * mm
MARGIN_RIGHT = 16 * mm
MARGIN_TOP_FIRST = 14 * mm
MARGIN_TOP_LATER = 24 * mm  # room for the running header
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

# ---------------------------------------------------------------------------
# Styles (built once; ParagraphStyle objects are read-only in use)


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "body": _style("body", alignment=TA_JUSTIFY, spaceAfter=4),
    "body_left": _style("body_left"),
    "small": _style("small", fontSize=8, leading=10, textColor=MUTED),
    "title": _style("title", fontName=FONT_BOLD, fontSize=13.5, leading=17, alignment=TA_CENTER),
    "subtitle": _style("subtitle", fontSize=9.5, leading=12, alignment=TA_CENTER),
    "label": _style("label", fontSize=8.5, leading=10.5, textColor=MUTED),
    "value": _style("value", fontSize=9, leading=11),
    "value_bold": _style("value_bold", fontName=FONT_BOLD, fontSize=9, leading=11),
    "section": _style("section", fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=2),
    "cell": _style("cell", fontSize=8, leading=9.6),
    "cell_bold": _style("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=9.6),
    "cell_small": _style("cell_small", fontSize=6.8, leading=8.2, textColor=MUTED),
    # Item codes: a little smaller so a 12-character SKU fits its column unbroken.
    "cell_code": _style("cell_code", fontSize=6.9, leading=9.6),
    "cell_right": _style("cell_right", fontSize=8, leading=9.6, alignment=TA_RIGHT),
    "cell_center": _style("cell_center", fontSize=8, leading=9.6, alignment=TA_CENTER),
    "head": _style("head", fontName=FONT_BOLD, fontSize=7.2, leading=8.6, alignment=TA_CENTER),
    "sig": _style("sig", fontSize=9, leading=11.5, alignment=TA_CENTER),
    "sig_small": _style("sig_small", fontSize=8, leading=10, alignment=TA_CENTER),
    "sig_name": _style("sig_name", fontName=FONT_BOLD, fontSize=9, leading=11.5, alignment=TA_CENTER),
    "right": _style("right", alignment=TA_RIGHT),
    "notice": _style("notice", fontName=FONT_BOLD, fontSize=9, leading=11.5, textColor=STAMP_RED),
    "left": _style("left", alignment=TA_LEFT),
}

# ---------------------------------------------------------------------------
# Texts and formatting


def esc(text: object, font: str | None = None) -> str:
    """User text as Paragraph markup: escaped, newlines as line breaks, Arabic
    shaped, right-to-left runs in visual order and in the Arabic font
    (gudang.documents.fonts.markup). `font`: the weight the text is set in."""
    return fonts.markup(text, font)


def bold(text: object) -> str:
    """User text in bold inside our markup (<b>...</b>, Arabic runs in bold too)."""
    return f"<b>{fonts.markup(text, FONT_BOLD)}</b>"


def para(text: object, style: str | ParagraphStyle = "body_left", markup: bool = False) -> Paragraph:
    """A Paragraph of user text (escaped) or, with markup=True, of our own markup."""
    st = STYLES[style] if isinstance(style, str) else style
    return Paragraph(str(text) if markup else esc(text, st.fontName), st)


class Texts:
    """Translation and formatting in one language, handed to every part."""

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang or get_language()

    def t(self, message_id: str, **params: object) -> str:
        text = tr(message_id, self.lang)
        return text.format(**params) if params else text

    def qty(self, value: Decimal | int | None, places: int | None = None) -> str:
        return fmt_qty(value, self.lang, places)

    def date(self, value: dt.date | None) -> str:
        return format_date(value, self.lang)

    def date_short(self, value: dt.date | None) -> str:
        return format_date_short(value, self.lang)


def fmt_qty(value: Decimal | int | None, lang: str = "id", places: int | None = None) -> str:
    """1234.5 -> '1.234,5' (id) or '1,234.5' (en). `places` fixes the decimals,
    else trailing zeros are dropped. None -> ''."""
    if value is None:
        return ""
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
        text = f"{number:,.{places}f}"
    else:
        number = number.normalize() if number != 0 else Decimal(0)
        exponent = number.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        text = f"{number:,.{decimals}f}"
    if lang != "en":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_nip(nip: str) -> str:
    """Group an 18-digit NIP as printed on letters: 19800101 200501 1 001."""
    digits = "".join(ch for ch in nip if ch.isdigit())
    if len(digits) == 18 and len(digits) == len(nip.replace(" ", "")):
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return nip


# ---------------------------------------------------------------------------
# Codes


def draw_qr(canv: rl_canvas.Canvas, value: str, x: float, y: float, size: float,
            border: int = 4, level: str = "M") -> None:
    """Draw a QR code (error correction M) with its 4-module quiet zone in a
    size x size square whose lower-left corner is (x, y)."""
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(value)
    qr.make()
    count = qr.getModuleCount()
    box = size / (count + 2 * border)
    canv.saveState()
    canv.setFillColor(colors.white)
    canv.rect(x, y, size, size, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    path = canv.beginPath()
    for r, row in enumerate(qr.modules):
        c = 0
        length = len(row)
        while c < length:
            if row[c]:
                start = c
                while c < length and row[c]:
                    c += 1
                path.rect(x + (start + border) * box, y + size - (r + border + 1) * box,
                          (c - start) * box, box * 1.01)
            else:
                c += 1
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


class QrFlowable(Flowable):
    def __init__(self, value: str, size: float = 24 * mm) -> None:
        super().__init__()
        self.value, self.size = value, size
        self.width = self.height = size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        draw_qr(self.canv, self.value, 0, 0, self.size)


def code128_modules(value: str) -> int:
    """Width of the Code 128 symbol of `value` in modules, quiet zones excluded."""
    return int(round(Code128(value, barWidth=1, quiet=0, humanReadable=0).width))


def draw_code128(canv: rl_canvas.Canvas, value: str, x: float, y: float, module: float,
                 height: float) -> float:
    """Draw Code 128 bars (no quiet zone, no text) from (x, y); returns the width."""
    code = Code128(value, barWidth=module, barHeight=height, quiet=0, humanReadable=0)
    code.drawOn(canv, x, y)
    return code.width


class Code128Flowable(Flowable):
    """Code 128 with quiet zones of 10 modules and the text below."""

    def __init__(self, value: str, module: float = 0.3 * mm, height: float = 9 * mm,
                 font_size: float = 7.5) -> None:
        super().__init__()
        self.value, self.module, self.bar_height, self.font_size = value, module, height, font_size
        self.width = (code128_modules(value) + 20) * module
        self.height = height + font_size + 2

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        bars = draw_code128(c, self.value, 10 * self.module, self.font_size + 2, self.module,
                            self.bar_height)
        fonts.draw_string(c, 10 * self.module + bars / 2, 1, self.value, FONT, self.font_size, "centre")


# ---------------------------------------------------------------------------
# Letterhead and title


class LetterheadFlowable(Flowable):
    """Kop surat: emblem left, agency lines centred, address and contact, and a
    thick-over-thin double rule the full width of the text block."""

    def __init__(self, letterhead: Letterhead, width: float = CONTENT_WIDTH) -> None:
        super().__init__()
        self.lh = letterhead
        self.width = width
        self.logo = letterhead.logo_path if letterhead.logo_path and os.path.exists(
            letterhead.logo_path) else None
        self._lines = self._layout()
        text_height = sum(size * 1.22 for _, _, size in self._lines)
        self.height = max(text_height, 22 * mm if self.logo else 0) + 4 * mm

    def _layout(self) -> list[tuple[str, str, float]]:
        lines: list[tuple[str, str, float]] = []
        names = [n for n in self.lh.lines if n]
        for index, name in enumerate(names):
            last = index == len(names) - 1
            lines.append((FONT_BOLD, name, 14.5 if last else 12.0))
        if self.lh.address:
            lines.append((FONT, self.lh.address, 9.0))
        if self.lh.contact:
            lines.append((FONT, self.lh.contact, 8.5))
        # Shrink any line too wide for the text block (beside the logo, kept centred).
        room = self.width - (2 * 26 * mm if self.logo else 8 * mm)
        fitted = []
        for font, text, size in lines:
            while size > 6 and fonts.string_width(text, font, size) > room:
                size -= 0.25
            fitted.append((font, text, size))
        return fitted

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        top = self.height
        text_height = sum(size * 1.22 for _, _, size in self._lines)
        block = max(text_height, 22 * mm if self.logo else 0)
        if self.logo:
            try:
                c.drawImage(self.logo, 0, self.height - 22 * mm, width=22 * mm,
                            height=22 * mm, preserveAspectRatio=True, anchor="c", mask="auto")
            except Exception:  # a broken logo file must not stop the document
                pass
        y = top - (block - text_height) / 2
        c.setFillColor(INK)
        for font, text, size in self._lines:
            y -= size * 1.0
            fonts.draw_string(c, self.width / 2, y, text, font, size, "centre")
            y -= size * 0.22
        c.setStrokeColor(RULE)
        c.setLineWidth(1.6)
        c.line(0, 2.2 * mm, self.width, 2.2 * mm)
        c.setLineWidth(0.5)
        c.line(0, 1.3 * mm, self.width, 1.3 * mm)


def title_block(tx: Texts, title: str, number: str, qr_payload: str | None = None,
                subtitle: str | None = None) -> Table:
    """Centred title (underlined) with "Nomor: ..." below and the QR code of the
    document at the right; the left column balances it so the title stays centred."""
    qr_size = 20 * mm
    lines = [Paragraph(f"<u>{esc(title, FONT_BOLD)}</u>", STYLES["title"])]
    if subtitle:
        lines.append(para(subtitle, "subtitle"))
    lines.append(Paragraph(f"{esc(tx.t('Number'))}: {bold(number) if number else '.' * 40}",
                           STYLES["subtitle"]))
    side = qr_size + 2 * mm
    cells = [["", lines, QrFlowable(qr_payload, qr_size) if qr_payload else ""]]
    table = Table(cells, colWidths=[side, CONTENT_WIDTH - 2 * side, side],
                  rowHeights=[qr_size if qr_payload else None])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 0), (2, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


# ---------------------------------------------------------------------------
# Key/value grid


def info_grid(columns: Sequence[Sequence[tuple[str, object]]], label_width: float = 30 * mm,
              widths: Sequence[float] | None = None) -> Table:
    """Side-by-side lists of (label, value) pairs: label in grey, ':' then the
    value (user text, escaped; a Paragraph is used as given). Empty values
    print as blank; pairs whose label is '' continue the previous value."""
    n = len(columns)
    widths = list(widths) if widths else [CONTENT_WIDTH / n] * n
    sub_tables = []
    for col, width in zip(columns, widths):
        rows = []
        for label, value in col:
            cell = value if isinstance(value, Flowable) else para(value, "value")
            rows.append([para(label, "label"), para(":" if label else "", "label"), cell])
        if not rows:
            rows = [["", "", ""]]
        t = Table(rows, colWidths=[label_width, 2.5 * mm, width - label_width - 2.5 * mm - 3 * mm])
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
        ]))
        sub_tables.append(t)
    outer = Table([sub_tables], colWidths=widths)
    outer.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return outer


# ---------------------------------------------------------------------------
# Item tables


@dataclass
class Column:
    """A column of an item table.

    header: translated text. kind: "text" (wraps at spaces; shares the width
    left), "number" (never wraps: as wide as its widest figure), "code" (as
    wide as its widest code up to `max_width`; longer codes wrap at separators
    or shrink, see CodeCell). width: a fixed width in points instead of a
    measured one. align: LEFT | CENTER | RIGHT."""

    header: str
    width: float | None = None
    align: str = "LEFT"
    group: str | None = None  # a spanning header above adjacent columns with the same group
    kind: str = "text"
    max_width: float = 34 * mm
    min_width: float = 0.0
    weight: float = 1.0  # text columns: share of the width left, relative to the others


PAD_X = 2.6
_CELL_SIZE = 8.0
_HEAD_SIZE = 7.2


class CellParagraph(Paragraph):
    """Paragraph that remembers its line breaks for a given width.

    A long table is wrapped again each time it is split across a page; table
    rows never split, so the breaks of a cell stay valid and re-wrapping every
    remaining cell on every page (quadratic in the rows) is avoided."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab API)
        cached = self.__dict__.get("_wrap_cache")
        if cached is not None and cached[0] == availWidth:
            self.width, self.height = cached[1]
            return cached[1]
        size = super().wrap(availWidth, availHeight)
        self._wrap_cache = (availWidth, size)
        return size


class TextCell(CellParagraph):
    """A wrapping cell of user text; `natural` is its width on one line and
    `longest` the width of its longest word (what the column needs at least)."""

    def __init__(self, text: object, style: str = "cell", note: object = "", note_size: float = 6.8,
                 prefix: str = "") -> None:
        st = STYLES[style]
        self._source = (str(text or ""), str(note or ""), note_size, prefix)
        self._font = st.fontName
        self._rtl = fonts.has_rtl(self._source[0]) or fonts.has_rtl(self._source[1])
        self._bidi_for = None
        super().__init__(self._markup(), st)
        plain = [str(text or "")] + ([str(note)] if note else [])
        sizes = [st.fontSize] + ([note_size] if note else [])
        self.natural = max(fonts.string_width(t, st.fontName, z) for t, z in zip(plain, sizes))
        self.longest = max((fonts.string_width(w, st.fontName, z) for t, z in zip(plain, sizes)
                            for w in t.split()), default=0.0)

    def _markup(self, width: float | None = None) -> str:
        """Our markup; with a width, right-to-left text is broken into lines
        first (in typed order) and each line put in visual order by itself, as
        the bidi algorithm wants: a line break never swaps words."""
        text, note, note_size, prefix = self._source
        if width is None or not self._rtl:
            main = esc(text, self._font)
            extra = esc(note)
        else:
            main = "<br/>".join(esc(line, self.style.fontName)
                                for line in _logical_lines(text, self.style.fontName, self.style.fontSize, width))
            extra = "<br/>".join(esc(line) for line in _logical_lines(note, FONT, note_size, width))
        markup = prefix + main
        if note:
            markup += f'<br/><font size="{note_size}" color="#555555">{extra}</font>'
        return markup

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab API)
        if self._rtl and self._bidi_for != availWidth:
            self._bidi_for = availWidth
            Paragraph.__init__(self, self._markup(availWidth - 0.5), self.style)
            self.__dict__.pop("_wrap_cache", None)
        return super().wrap(availWidth, availHeight)


def _logical_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of typed (logical) text measured as it will print."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if line and fonts.string_width(trial, font, size) > width:
                out.append(line)
                line = word
            else:
                line = trial
        out.append(line)
    return out


_SEPARATORS = "/-_.| "


def _split_code(text: str) -> list[str]:
    """Pieces of a code that may end a line: after each separator ("003/", "BAP/")."""
    pieces, current = [], ""
    for ch in text:
        current += ch
        if ch in _SEPARATORS:
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


class CodeCell(Flowable):
    """Codes (item codes, lots, document numbers) that never break inside a
    segment: each line of `lines` ((text, font, size, colour)) is printed whole
    when it fits, else wrapped after separators (/ - _ . space), else shrunk
    (to 5 pt) until it fits."""

    def __init__(self, lines: Sequence[tuple[str, str, float, object]], align: str = "LEFT") -> None:
        super().__init__()
        self.src = [(t, f, z, c) for t, f, z, c in lines if t]
        self.align = align
        self.natural = max((fonts.string_width(t, f, z) for t, f, z, _ in self.src), default=0.0)
        self.longest = max((fonts.string_width(p.strip(), f, z) for t, f, z, _ in self.src
                            for p in _split_code(t)), default=0.0)
        self._laid: list[tuple[str, str, float, object]] = []
        self._for = None

    def _layout(self, width: float) -> list[tuple[str, str, float, object]]:
        out = []
        for text, font, size, colour in self.src:
            if fonts.string_width(text, font, size) <= width:
                out.append((text, font, size, colour))
                continue
            pieces = _split_code(text)
            if all(fonts.string_width(p.rstrip(), font, size) <= width for p in pieces):
                line = ""
                for piece in pieces:
                    if line and fonts.string_width((line + piece).rstrip(), font, size) > width:
                        out.append((line.rstrip(), font, size, colour))
                        line = ""
                    line += piece
                if line:
                    out.append((line.rstrip(), font, size, colour))
                continue
            shrunk = size
            while shrunk > 5 and fonts.string_width(text, font, shrunk) > width:
                shrunk -= 0.25
            out.append((text, font, shrunk, colour))
        return out

    def wrap(self, aw, ah):
        if self._for != aw:
            self._laid = self._layout(aw)
            self._for = aw
        self.width = aw
        self.height = sum(size * 1.2 for _, _, size, _ in self._laid)
        return aw, self.height

    def draw(self):
        y = self.height
        for text, font, size, colour in self._laid:
            y -= size * 1.2
            self.canv.setFillColor(colour or INK)
            x = {"RIGHT": self.width, "CENTER": self.width / 2}.get(self.align, 0)
            align = {"RIGHT": "right", "CENTER": "centre"}.get(self.align, "left")
            fonts.draw_string(self.canv, x, y + size * 0.22, text, font, size, align)


def cell(text: object, style: str = "cell") -> TextCell:
    """A wrapping table cell of user text (escaped)."""
    return TextCell(text, style)


def cell_with_note(main: object, note: object = "", style: str = "cell") -> TextCell:
    """Cell text with a smaller grey second line (e.g. item name + remark)."""
    return TextCell(main, style, note)


def code_cell(*lines: object, small: Sequence[object] = (), bold: bool = False,
              align: str = "LEFT") -> CodeCell:
    """A cell of codes: `lines` at cell size, then `small` grey lines (barcode, expiry)."""
    spec = [(str(t), FONT_BOLD if bold else FONT, 7.6, INK) for t in lines if t]
    spec += [(str(t), FONT, 6.6, MUTED) for t in small if t]
    return CodeCell(spec, align)


def _natural(value: object) -> tuple[float, float]:
    """(natural, minimum) width of a cell's content, padding excluded."""
    if isinstance(value, (TextCell, CodeCell)):
        return value.natural, value.longest
    if isinstance(value, str):
        w = fonts.string_width(value, FONT_BOLD, _CELL_SIZE)  # bold: total rows
        return w, w
    if isinstance(value, Flowable):
        w = getattr(value, "width", 0) or 0
        return w, w
    return 0.0, 0.0


def measure_columns(columns: Sequence[Column], rows: Sequence[Sequence[object]],
                    width: float = CONTENT_WIDTH) -> list[float]:
    """Column widths from the content: numbers as wide as their widest figure,
    codes as wide as their widest code (at most max_width, at least their
    longest unbreakable segment), text columns share what is left in
    proportion to their content; every column at least as wide as the longest
    word of its header."""
    n = len(columns)
    natural = [0.0] * n
    minimum = [0.0] * n
    for row in rows:
        for i, value in enumerate(row[:n]):
            nat, low = _natural(value)
            natural[i] = max(natural[i], nat)
            minimum[i] = max(minimum[i], low)
    head = [max((fonts.string_width(w, FONT_BOLD, _HEAD_SIZE) for w in c.header.split()), default=0.0)
            for c in columns]
    widths = [0.0] * n
    flexible = []
    for i, c in enumerate(columns):
        need = max(head[i], c.min_width)
        if c.width:
            widths[i] = max(c.width, head[i] + 2 * PAD_X + 0.5)
        elif c.kind == "number":
            widths[i] = max(natural[i], need) + 2 * PAD_X + 0.5
        elif c.kind == "code":
            widths[i] = max(min(natural[i], max(c.max_width - 2 * PAD_X, minimum[i])), need) + 2 * PAD_X + 0.5
        else:
            flexible.append(i)
    if not flexible:
        spare = width - sum(widths)
        return [w + spare / n for w in widths] if spare > 0 else widths
    lows = {i: max(min(minimum[i], 30 * mm), head[i], columns[i].min_width) + 2 * PAD_X + 0.5
            for i in flexible}
    left = width - sum(widths)
    if left < sum(lows.values()):  # codes give way first, down to their longest segment
        short = sum(lows.values()) - left
        for i, c in enumerate(columns):
            if c.kind == "code" and not c.width and short > 0:
                floor = max(minimum[i], head[i]) + 2 * PAD_X + 0.5
                give = min(short, max(widths[i] - floor, 0))
                widths[i] -= give
                short -= give
        left = width - sum(widths)
    extra = max(left - sum(lows.values()), 0)
    wants = {i: max(natural[i] + 2 * PAD_X - lows[i], 0) * columns[i].weight for i in flexible}
    total_want = sum(wants.values())
    for i in flexible:
        widths[i] = lows[i] + (extra * wants[i] / total_want if total_want else extra / len(flexible))
    natural_want = sum(max(natural[i] + 2 * PAD_X - lows[i], 0) for i in flexible)
    if natural_want and natural_want < extra:  # everything fits on one line: the first text column takes the rest
        for i in flexible:
            widths[i] = lows[i] + max(natural[i] + 2 * PAD_X - lows[i], 0)
        widths[flexible[0]] += extra - natural_want
    return widths


def _table_style(columns: Sequence[Column], n_head: int, n_rows: int, n_totals: int, zebra: bool,
                 total_span: int, first_row_index: int = 0) -> list[tuple]:
    last_body = n_head + n_rows - 1
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, _CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), 9.6),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ]
    if n_head:
        style += [("VALIGN", (0, 0), (-1, n_head - 1), "MIDDLE"),
                  ("BACKGROUND", (0, 0), (-1, n_head - 1), HEADER_BG),
                  ("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 0.8, RULE)]
    for index, c in enumerate(columns):
        if c.align != "LEFT":
            style.append(("ALIGN", (index, n_head), (index, -1), c.align))
    if zebra:
        for r in range(n_head, last_body + 1):
            if (r - n_head + first_row_index) % 2 == 1:
                style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA_BG))
    if n_totals:
        first_total = last_body + 1
        style += [
            ("BACKGROUND", (0, first_total), (-1, -1), TOTAL_BG),
            ("FONT", (0, first_total), (-1, -1), FONT_BOLD, _CELL_SIZE),
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, RULE),
        ]
        if total_span > 1:
            for r in range(first_total, first_total + n_totals):
                style.append(("SPAN", (0, r), (total_span - 1, r)))
                style.append(("ALIGN", (0, r), (0, r), "RIGHT"))
    return style


def _header_rows(columns: Sequence[Column]) -> tuple[list[list[object]], list[tuple]]:
    style: list[tuple] = []
    if not any(c.group for c in columns):
        return [[Paragraph(esc(c.header), STYLES["head"]) for c in columns]], style
    top, bottom = [], []
    for index, c in enumerate(columns):
        if c.group:
            top.append(Paragraph(esc(c.group), STYLES["head"]))
            bottom.append(Paragraph(esc(c.header), STYLES["head"]))
        else:
            top.append(Paragraph(esc(c.header), STYLES["head"]))
            bottom.append("")
            style.append(("SPAN", (index, 0), (index, 1)))
    index = 0
    while index < len(columns):
        g = columns[index].group
        end = index
        while g and end + 1 < len(columns) and columns[end + 1].group == g:
            end += 1
        if g and end > index:
            style.append(("SPAN", (index, 0), (end, 0)))
        index = end + 1
    return [top, bottom], style


def item_table(columns: Sequence[Column], rows: Sequence[Sequence[object]],
               totals: Sequence[Sequence[object]] = (), zebra: bool = True,
               total_span: int = 0, widths: Sequence[float] | None = None) -> Table:
    """A ruled table with a header repeated on every page (two header rows when
    columns are grouped), optional total rows (bold, shaded) at the end.
    Column widths are measured from the content (measure_columns).

    Cells may be str (drawn as is, never wrapped: numbers), TextCell (cell(),
    cell_with_note()) or CodeCell (code_cell()). total_span merges that many
    leading cells of each total row (for the "JUMLAH" caption)."""
    widths = list(widths) if widths else measure_columns(
        columns, list(rows) + [[""] * total_span + list(r[total_span:]) for r in totals])
    header, head_style = _header_rows(columns)
    data = header + [list(r) for r in rows] + [list(r) for r in totals]
    table = Table(data, colWidths=widths, repeatRows=len(header))
    table.setStyle(TableStyle(head_style + _table_style(columns, len(header), len(rows), len(totals),
                                                        zebra, total_span)))
    return table


class _TailTable(Flowable):
    """The last rows of an item table: with the column headings when they start
    a page, without when they continue the table on the same page."""

    def __init__(self, with_head: Table, without_head: Table) -> None:
        super().__init__()
        self.variants = (with_head, without_head)
        self.chosen = without_head

    def wrap(self, aw, ah):
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        self.chosen = self.variants[0] if at_top else self.variants[1]
        self.width, self.height = self.chosen.wrap(aw, ah)
        return self.width, self.height

    def draw(self):
        self.chosen.drawOn(self.canv, 0, 0)


def table_with_tail(columns: Sequence[Column], rows: Sequence[Sequence[object]],
                    totals: Sequence[Sequence[object]], tail: Sequence[Flowable], *,
                    total_span: int = 0, keep_rows: int = 2, zebra: bool = True) -> list[Flowable]:
    """The item table followed by `tail` (notes, closing text, signatures), with
    the last `keep_rows` rows and the totals kept on the page of the tail: the
    signatures never stand alone on a page unless they cannot fit beside them."""
    all_rows = list(rows) + [([""] * total_span + list(r[total_span:])) for r in totals]
    widths = measure_columns(columns, all_rows)
    keep = min(keep_rows, len(rows))
    body_rows, tail_rows = list(rows[:len(rows) - keep]), list(rows[len(rows) - keep:])
    out: list[Flowable] = []
    if body_rows:
        out.append(item_table(columns, body_rows, (), zebra, total_span, widths))
    header, head_style = _header_rows(columns)
    data = [list(r) for r in tail_rows] + [list(r) for r in totals]
    bare = Table(data, colWidths=widths)
    bare.setStyle(TableStyle(_table_style(columns, 0, len(tail_rows), len(totals), zebra, total_span,
                                          len(body_rows))))
    headed = Table(header + data, colWidths=widths)
    headed.setStyle(TableStyle(head_style + _table_style(columns, len(header), len(tail_rows), len(totals),
                                                         zebra, total_span, len(body_rows))))
    if not body_rows:
        out.append(KeepTogether([headed, *tail]))
    else:
        out.append(KeepTogether([_TailTable(headed, bare), *tail]))
    return out


def unit_totals(tx: Texts, pairs: Iterable[tuple[Decimal | None, str]]) -> list[tuple[str, Decimal]]:
    """Sums per unit in order of first appearance: [("sak", 120), ("dus", 35)]."""
    sums: dict[str, Decimal] = {}
    for qty, unit in pairs:
        if qty is None:
            continue
        sums[unit] = sums.get(unit, Decimal(0)) + Decimal(qty)
    return list(sums.items())


def unit_totals_text(tx: Texts, pairs: Iterable[tuple[Decimal | None, str]]) -> str:
    """ "120 sak · 35 dus · 12 botol": never adds different units."""
    return " \u00b7 ".join(f"{tx.qty(q)} {u}" for u, q in unit_totals(tx, pairs))


def stacked_totals(tx: Texts, per_unit: Sequence[tuple[str, Decimal]]) -> tuple[CodeCell, CodeCell]:
    """The quantity and unit cells of a total row that lists one sum per unit,
    one line each, aligned: (["10", "93"], ["sak", "dus"])."""
    qty = CodeCell([(tx.qty(q), FONT_BOLD, _CELL_SIZE - 0.4, INK) for _, q in per_unit], "RIGHT")
    unit = CodeCell([(u, FONT_BOLD, _CELL_SIZE - 0.4, INK) for u, _ in per_unit])
    return qty, unit


def stacked_sums(tx: Texts, lines: Sequence[object], attrs: Sequence[str], unit_attr: str = "unit",
                 signed: Sequence[str] = ()) -> tuple[list[CodeCell], CodeCell]:
    """Total cells per unit for several quantity attributes of `lines` (e.g.
    qty, good, damaged, short): one line per unit in each cell, and the unit
    cell. Attributes in `signed` print a + before positive sums (differences)."""
    units: list[str] = []
    sums: dict[tuple[str, str], Decimal] = {}
    for line in lines:
        unit = getattr(line, unit_attr)
        if unit not in units:
            units.append(unit)
        for attr in attrs:
            value = getattr(line, attr)
            if value is not None:
                sums[(attr, unit)] = sums.get((attr, unit), Decimal(0)) + Decimal(value)
    cells = []
    for attr in attrs:
        texts = []
        for unit in units:
            value = sums.get((attr, unit))
            text = "" if value is None else tx.qty(value)
            if attr in signed and value is not None and value > 0:
                text = "+" + text
            texts.append(text or "\u2013")
        cells.append(CodeCell([(t, FONT_BOLD, _CELL_SIZE - 0.4, INK) for t in texts], "RIGHT"))
    unit_cell = CodeCell([(u, FONT_BOLD, _CELL_SIZE - 0.4, INK) for u in units])
    return cells, unit_cell


def measure_totals(lines: Sequence[object]) -> tuple[Decimal | None, Decimal | None]:
    """Total weight and volume of lines with weight_kg / volume_m3: None unless
    every line knows its own (a partial sum would mislead)."""
    def total(attr: str) -> Decimal | None:
        values = [getattr(line, attr, None) for line in lines]
        if not values or any(v is None for v in values):
            return None
        return sum(values, Decimal(0))

    return total("weight_kg"), total("volume_m3")


# ---------------------------------------------------------------------------
# Signatures


@dataclass
class SignatureBlock:
    """One block: caption ("Yang Menyerahkan"), the signatory, an optional line
    above the caption (place and date) and an optional extra line under NIP."""

    caption: str
    signatory: Signatory
    above: str = ""
    below: str = ""


def _signature_rows(tx: Texts, block: SignatureBlock) -> list[object]:
    """The lines of one block, one per grid row, so that blocks side by side
    line up: above, caption, position, [space], name, rank, NIP, below."""
    s = block.signatory
    caption = s.caption or block.caption
    name = (Paragraph(f"<u>{esc(s.name, FONT_BOLD)}</u>", STYLES["sig_name"]) if s.name
            else Paragraph("(" + "." * 34 + ")", STYLES["sig"]))
    nip = ""
    if s.show_nip:
        nip = Paragraph(f"{esc(tx.t('NIP'))}. {esc(fmt_nip(s.nip) if s.nip else '.' * 30)}",
                        STYLES["sig"])
    return [
        para(block.above, "sig_small") if block.above else "",
        Paragraph(f"{esc(caption)},", STYLES["sig"]),
        para(s.position, "sig") if s.position else "",
        "",
        name,
        para(s.rank, "sig") if s.rank else "",
        nip,
        para(block.below, "sig_small") if block.below else "",
    ]


def signature_grid(tx: Texts, blocks: Sequence[SignatureBlock], per_row: int | None = None,
                   space: float = 15 * mm, width: float = CONTENT_WIDTH) -> Table:
    """Signature blocks side by side (per_row columns, default all in one row),
    centred in their columns and aligned line by line; each row of blocks is
    kept whole on one page."""
    per_row = per_row or len(blocks)
    col = width / per_row
    data: list[list[object]] = []
    heights: list[float | None] = []
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]
    for start in range(0, len(blocks), per_row):
        chunk = [_signature_rows(tx, b) for b in blocks[start:start + per_row]]
        chunk += [[""] * 8] * (per_row - len(chunk))
        for line in range(8):
            values = [block[line] for block in chunk]
            if line in (0, 2, 5, 6, 7) and all(v == "" for v in values):
                continue  # drop a line no block uses
            data.append(values)
            heights.append(space if line == 3 else None)
        data.append([""] * per_row)
        heights.append(5 * mm)  # gap between rows of blocks
    table = Table(data[:-1], colWidths=[col] * per_row, rowHeights=heights[:-1])
    table.setStyle(TableStyle(style))
    return table


def centred_signature(tx: Texts, block: SignatureBlock, space: float = 15 * mm) -> Table:
    """One block centred on the page ("Mengetahui" below the two parties)."""
    table = signature_grid(tx, [block], space=space, width=CONTENT_WIDTH / 2)
    table.hAlign = "CENTER"
    return table


def keep_together(*flowables: Flowable) -> KeepTogether:
    return KeepTogether([f for f in flowables if f is not None])


# ---------------------------------------------------------------------------
# Page furniture and rendering


def now() -> dt.datetime:
    """The clock of the PDF creation date (local time with its offset). Tests
    that compare bytes replace it: `layout.now = lambda: fixed`."""
    return dt.datetime.now().astimezone()


def stamp_creation_date(canv: rl_canvas.Canvas, created: dt.datetime | None = None) -> None:
    """Give the PDF of `canv` a real creation date (default now(), local time)
    while ReportLab's invariant mode keeps the rest of the file reproducible."""
    created = created or now()
    offset = created.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    stamp = f"D:{created:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    canv.setDateFormatter(lambda *_: stamp)


@dataclass(frozen=True)
class Cancellation:
    """The reversal that cancelled a document: printed under BATAL."""

    number: str
    date: dt.date
    reason: str = ""


@dataclass
class PageSetup:
    """What every page shows outside the story.

    reprint: SALINAN on every page; draft: DRAF (a form, not a document);
    cancellation: BATAL with the reversal's number, date and reason (the bool
    `cancelled` alone still stamps BATAL); backdate_reason: printed under the
    title; chain_head: first 8 hex digits of the audit chain head at posting,
    printed in every footer; created: the PDF creation date (default: now())."""

    tx: Texts
    title: str  # e.g. "SURAT JALAN" (translated), for the running header
    number: str  # document number for the footer and running header
    letterhead: Letterhead
    reprint: bool = False  # SALINAN
    cancelled: bool = False  # BATAL
    author: str = ""
    cancellation: Cancellation | None = None
    draft: bool = False
    backdate_reason: str = ""
    chain_head: str = ""
    created: dt.datetime | None = None

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled or self.cancellation is not None


@dataclass
class CopySpec:
    """One copy of the document: its flowables and its caption ("Lembar 1: Penerima")."""

    story: list[Flowable]
    caption: str = ""


class _CopyMarker(Flowable):
    """Zero-size flowable telling the canvas which copy the page belongs to."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._gudang_copy = self.index


class _DocCanvas(rl_canvas.Canvas):
    """Keeps every page until the end so that "Halaman x dari y" and the other
    marks can be drawn knowing the page count of each copy (single pass)."""

    def __init__(self, *args, setup: PageSetup, captions: Sequence[str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._setup = setup
        self._captions = list(captions)
        self._gudang_copy = 0
        self._pages: list[tuple[dict, int]] = []
        stamp_creation_date(self, setup.created)

    def showPage(self):  # noqa: N802 (ReportLab API)
        self._pages.append((dict(self.__dict__), self._gudang_copy))
        self._startPage()

    def save(self):
        totals = Counter(copy for _, copy in self._pages)
        seen: Counter[int] = Counter()
        for state, copy in self._pages:
            self.__dict__.update(state)
            seen[copy] += 1
            _draw_furniture(self, self._setup, self._captions[copy] if copy < len(
                self._captions) else "", seen[copy], totals[copy])
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)


def _draw_furniture(c: rl_canvas.Canvas, setup: PageSetup, caption: str, page: int,
                    total: int) -> None:
    tx = setup.tx
    width, height = PAGE_SIZE
    c.saveState()
    # Footer: rule; document and copy left; chain head in the middle; page x of y right.
    y = MARGIN_BOTTOM - 9 * mm
    c.setStrokeColor(GRID)
    c.setLineWidth(0.4)
    c.line(MARGIN_LEFT, y + 3.6 * mm, width - MARGIN_RIGHT, y + 3.6 * mm)
    c.setFillColor(MUTED)
    pages = tx.t("Page {page} of {total}", page=page, total=total)
    right_w = fonts.string_width(pages, FONT_BOLD, 7.5)
    chain = tx.t("Audit chain {digits}", digits=setup.chain_head) if setup.chain_head else ""
    chain_w = fonts.string_width(chain, FONT, 7) if chain else 0
    left = f"{setup.title} {setup.number}"
    if caption:
        left += f"  \u2022  {caption}"
    room = CONTENT_WIDTH - right_w - (chain_w + 6 * mm if chain else 0) - 4 * mm
    size = 7.5
    while size > 5 and fonts.string_width(left, FONT, size) > room:
        size -= 0.25
    fonts.draw_string(c, MARGIN_LEFT, y, left, FONT, size)
    if chain:
        fonts.draw_string(c, width - MARGIN_RIGHT - right_w - 5 * mm, y, chain, FONT, 7, "right")
    fonts.draw_string(c, width - MARGIN_RIGHT, y, pages, FONT_BOLD, 7.5, "right")
    # Running header on continuation pages, inside the top margin of the "later" frame.
    if page > 1:
        top = height - 16 * mm
        c.setFillColor(INK)
        head = f"{setup.title}  {setup.number}"
        agency = f"{setup.letterhead.agency_short}  \u2022  " + tx.t("continued")
        head_w = fonts.string_width(head, FONT_BOLD, 8.5)
        room = CONTENT_WIDTH - head_w - 6 * mm
        size = 7.5
        while size > 5 and fonts.string_width(agency, FONT, size) > room:
            size -= 0.25
        fonts.draw_string(c, MARGIN_LEFT, top, head, FONT_BOLD, 8.5)
        c.setFillColor(MUTED)
        fonts.draw_string(c, width - MARGIN_RIGHT, top, agency, FONT, size, "right")
        c.setStrokeColor(GRID)
        c.line(MARGIN_LEFT, top - 2.2 * mm, width - MARGIN_RIGHT, top - 2.2 * mm)
    # Copy caption, boxed, in the top margin at the right.
    if caption:
        text_w = fonts.string_width(caption, FONT_BOLD, 8)
        bx, by = width - MARGIN_RIGHT - text_w - 4 * mm, height - 9 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.setFillColor(colors.white)
        c.rect(bx, by - 1.4 * mm, text_w + 4 * mm, 4.6 * mm, stroke=1, fill=1)
        c.setFillColor(INK)
        fonts.draw_string(c, bx + 2 * mm, by, caption, FONT_BOLD, 8)
    marks = []
    if setup.is_cancelled:
        marks.append((tx.t("CANCELLED"), STAMP_RED, 0.22))
    if setup.draft:
        marks.append((tx.t("DRAFT"), STAMP_RED, 0.14))
    if setup.reprint:
        marks.append((tx.t("COPY"), MUTED, 0.10))
    for index, (word, colour, alpha) in enumerate(marks):
        _watermark(c, word, colour, alpha, offset=index * 60 * mm)
    # A small stamp box in the top-left margin names the marks in full colour.
    x = MARGIN_LEFT
    for word, colour, _ in marks:
        w = fonts.string_width(word, FONT_BOLD, 10) + 5 * mm
        c.setStrokeColor(colour)
        c.setFillColor(colour)
        c.setLineWidth(1.2)
        c.rect(x, height - 10 * mm, w, 6 * mm, stroke=1, fill=0)
        fonts.draw_string(c, x + w / 2, height - 10 * mm + 1.8 * mm, word, FONT_BOLD, 10, "centre")
        x += w + 3 * mm
    c.restoreState()


def _watermark(c: rl_canvas.Canvas, word: str, colour, alpha: float, offset: float = 0) -> None:
    width, height = PAGE_SIZE
    c.saveState()
    c.setFillColor(colour)
    c.setFillAlpha(alpha)
    c.setStrokeColor(colour)
    c.setStrokeAlpha(min(1.0, alpha * 2))
    c.translate(width / 2, height / 2 - offset)
    c.rotate(35)
    size = 110 if len(word) <= 6 else 90
    while size > 40 and fonts.string_width(word, FONT_BOLD, size) > 200 * mm:
        size -= 5
    fonts.draw_string(c, 0, -size / 3, word, FONT_BOLD, size, "centre")
    c.restoreState()


def _notices(setup: PageSetup) -> list[Flowable]:
    """Boxed notices under the letterhead: BATAL with its reversal, DRAF, backdating."""
    tx = setup.tx
    out: list[Flowable] = []
    lines = []
    if setup.cancellation:
        cx = setup.cancellation
        text = esc(tx.t("CANCELLED by {number} on {date}.", number=cx.number, date=tx.date(cx.date)))
        if cx.reason:
            text += " " + esc(tx.t("Reason: {reason}", reason=cx.reason))
        lines.append(("cancel", text))
    elif setup.cancelled:
        lines.append(("cancel", esc(tx.t("CANCELLED"))))
    if setup.draft:
        lines.append(("cancel", esc(tx.t("DRAFT \u2014 not confirmed: this form records the goods as "
                                          "shipped; the certificate is printed after the delivery "
                                          "confirmation."))))
    if setup.backdate_reason:
        lines.append(("note", esc(tx.t("Dated back: {reason}", reason=setup.backdate_reason))))
    for kind, markup in lines:
        box = Table([[Paragraph(markup, STYLES["notice" if kind == "cancel" else "body_left"])]],
                    colWidths=[CONTENT_WIDTH])
        colour = STAMP_RED if kind == "cancel" else GRID
        box.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("BOX", (0, 0), (-1, -1), 1.0 if kind == "cancel" else 0.5, colour),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        out += [box, Spacer(1, 1.5 * mm)]
    return out


def render_pdf(copies: Sequence[CopySpec], setup: PageSetup) -> bytes:
    """Lay out the copies (each starting on a new page with the letterhead) and
    return the PDF bytes."""
    buffer = io.BytesIO()
    frame_first = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH,
                        PAGE_SIZE[1] - MARGIN_TOP_FIRST - MARGIN_BOTTOM, id="first",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    frame_later = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH,
                        PAGE_SIZE[1] - MARGIN_TOP_LATER - MARGIN_BOTTOM, id="later",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP_FIRST, bottomMargin=MARGIN_BOTTOM,
        title=f"{setup.title} {setup.number}", author=setup.author or setup.letterhead.agency_short,
        subject=setup.title, creator="Gudang", invariant=1, initialFontName=FONT, initialFontSize=9,
        pageTemplates=[PageTemplate(id="first", frames=[frame_first]),
                       PageTemplate(id="later", frames=[frame_later])],
    )
    story: list[Flowable] = []
    for index, copy in enumerate(copies):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story += [_CopyMarker(index), NextPageTemplate("later"),
                  LetterheadFlowable(setup.letterhead), Spacer(1, 2.5 * mm)]
        story += copy.story[:1] + _notices(setup) + copy.story[1:]
    maker = functools.partial(_DocCanvas, setup=setup, captions=[c.caption for c in copies])
    doc.build(story, canvasmaker=maker)
    return buffer.getvalue()


def place_and_date(tx: Texts, letterhead: Letterhead, date: dt.date) -> str:
    """'Bangkinang, 27 November 2026'."""
    return f"{letterhead.city}, {tx.date(date)}" if letterhead.city else tx.date(date)


def section_heading(text: str) -> Paragraph:
    return Paragraph(esc(text), STYLES["section"])


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def joined(parts: Iterable[str], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)
