"""Barcode labels: lot, bin and item labels on thermal rolls and A4 sheets.

`render_labels(labels, template)` returns a PDF whose pages are exactly the
label (thermal templates) or A4 sheets with labels at the sheet's positions.
Bar widths are whole printer dots (203 dpi thermal: 0.125 mm per dot; at least
2 dots = 0.25 mm per module), quiet zones are 10 modules (Code 128) or 11/7
(EAN-13/8). A code too long for the label at the smallest readable module is
still printed (shrunk) and a `LabelWarning` is issued naming the label.
`render_calibration(template)` draws every label outline and a millimetre
ruler to check the printer's alignment.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from gudang.domain.barcodes import ean_symbol_for

from .data import BinLabel, ItemLabel, LotLabel
from .layout import FONT, FONT_BOLD, Texts, code128_modules, draw_code128

MM_PER_INCH = 25.4


class LabelWarning(UserWarning):
    """A label could not be printed as it should (barcode too long, text cut)."""


@dataclass(frozen=True)
class LabelTemplate:
    """A label stock. Sizes in mm. Thermal rolls: one label per page, page = label."""

    name: str
    description: str
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    page_width: float | None = None  # None = the label (thermal)
    page_height: float | None = None
    left: float = 0.0  # first label's left edge from the page edge
    top: float = 0.0
    h_pitch: float | None = None  # distance between left edges of adjacent labels
    v_pitch: float | None = None
    dpi: int = 203  # printer resolution the bars are snapped to
    padding: float = 1.5  # inner margin (A4 sheets: printers need more)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        return ((self.page_width or self.label_width) * mm, (self.page_height or self.label_height) * mm)

    def position(self, index: int) -> tuple[float, float]:
        """Lower-left corner (points) of label `index` (0-based, row by row) on its page."""
        col, row = index % self.columns, index // self.columns
        x = self.left + col * (self.h_pitch or self.label_width)
        top = self.top + row * (self.v_pitch or self.label_height)
        return x * mm, self.page_size[1] - (top + self.label_height) * mm

    @property
    def dot(self) -> float:
        """One printer dot in points."""
        return 72.0 / self.dpi

    @property
    def min_module(self) -> float:
        """Narrowest module that still decodes: 2 dots, never under 0.25 mm."""
        return max(self.dot * 2, 0.25 * mm)


TEMPLATES: dict[str, LabelTemplate] = {
    t.name: t for t in (
        LabelTemplate("thermal-50x30", "Thermal 50 x 30 mm", 50, 30, padding=1.5),
        LabelTemplate("thermal-100x50", "Thermal 100 x 50 mm", 100, 50, padding=2.5),
        LabelTemplate("thermal-100x150", "Thermal 100 x 150 mm (shipping)", 100, 150, padding=4),
        LabelTemplate("a4-3x8", "A4 sheet 3 x 8, 70 x 37 mm (24 labels)", 70, 37, 3, 8, 210, 297,
                      left=0, top=0.5, dpi=600, padding=4),
        LabelTemplate("a4-2x7", "A4 sheet 2 x 7, 99.1 x 38.1 mm (14 labels)", 99.1, 38.1, 2, 7,
                      210, 297, left=4.65, top=15.15, h_pitch=101.6, v_pitch=38.1, dpi=600,
                      padding=3),
    )
}

# ---------------------------------------------------------------------------
# EAN-13 / EAN-8 bars

_L = ("0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011",
      "0110111", "0001011")
_G = tuple(code[::-1].translate(str.maketrans("01", "10")) for code in _L)
_R = tuple(code.translate(str.maketrans("01", "10")) for code in _L)
_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG",
           "LGLGGL", "LGGLGL")


def ean_modules(digits: str) -> str:
    """Module pattern ('1' = bar) of an EAN-13 (13 digits) or EAN-8 (8 digits)."""
    if len(digits) == 13:
        parity = _PARITY[int(digits[0])]
        left = "".join((_L if p == "L" else _G)[int(d)] for p, d in zip(parity, digits[1:7]))
        right = "".join(_R[int(d)] for d in digits[7:])
    elif len(digits) == 8:
        left = "".join(_L[int(d)] for d in digits[:4])
        right = "".join(_R[int(d)] for d in digits[4:])
    else:
        raise ValueError(digits)
    return "101" + left + "01010" + right + "101"


def _draw_modules(c: rl_canvas.Canvas, pattern: str, x: float, y: float, module: float,
                  height: float) -> None:
    path = c.beginPath()
    i = 0
    n = len(pattern)
    while i < n:
        if pattern[i] == "1":
            start = i
            while i < n and pattern[i] == "1":
                i += 1
            path.rect(x + start * module, y, (i - start) * module, height)
        else:
            i += 1
    c.drawPath(path, stroke=0, fill=1)


# ---------------------------------------------------------------------------
# Barcode fitting


@dataclass
class _Symbol:
    kind: str  # code128 | ean13 | ean8
    value: str  # what the symbol encodes
    modules: int  # symbol width in modules without quiet zones
    quiet_left: int
    quiet_right: int

    @property
    def total(self) -> int:
        return self.modules + self.quiet_left + self.quiet_right


def _symbol_for(value: str, allow_ean: bool = False) -> _Symbol:
    if allow_ean:
        ean = ean_symbol_for(value)
        if ean:
            kind, digits = ean
            return _Symbol(kind, digits, 95 if kind == "ean13" else 67, 11 if kind == "ean13" else 7, 7)
    return _Symbol("code128", value, code128_modules(value), 10, 10)


def fit_module(symbol_modules: int, width: float, template: LabelTemplate,
               max_module: float = 0.5 * mm) -> tuple[float, bool]:
    """Module width (points) for a symbol of `symbol_modules` (quiet zones
    included) in `width` points: a whole number of printer dots, at most
    `max_module`. Returns (module, ok); ok False when even the narrowest
    readable module does not fit and the symbol had to be shrunk."""
    dots = math.floor(width / (symbol_modules * template.dot) + 1e-9)
    module = min(dots * template.dot, max(max_module, template.min_module))
    if module >= template.min_module - 1e-9:
        return module, True
    return width / symbol_modules, False


def check_labels(labels: Sequence[LotLabel | BinLabel | ItemLabel], template: str) -> list[str]:
    """Codes that will not print readably on this template (too long)."""
    tpl = _template(template)
    width = (tpl.label_width - 2 * tpl.padding) * mm
    problems = []
    for label in labels:
        symbol = _label_symbol(label)
        if not fit_module(symbol.total, width, tpl)[1]:
            problems.append(symbol.value)
    return problems


def _label_symbol(label: LotLabel | BinLabel | ItemLabel) -> _Symbol:
    if isinstance(label, LotLabel):
        return _symbol_for(label.barcode)
    if isinstance(label, BinLabel):
        return _symbol_for(label.code)
    return _symbol_for(label.gtin, allow_ean=True) if label.gtin and ean_symbol_for(
        label.gtin) else _symbol_for(label.sku)


def _draw_symbol(c: rl_canvas.Canvas, symbol: _Symbol, x: float, y: float, width: float,
                 height: float, tpl: LabelTemplate, text_size: float, what: str,
                 max_module: float = 0.5 * mm) -> None:
    """Draw the symbol centred in (x, y, width) with its human-readable text
    under the bars (text_size 0 = none); bars fill `height` minus the text."""
    if symbol.kind != "code128":
        max_module = min(max_module, 0.33 * mm)  # EAN nominal X-dimension (100 %)
    module, ok = fit_module(symbol.total, width, tpl, max_module)
    if not ok:
        warnings.warn(LabelWarning(
            f"{what}: code {symbol.value!r} is too long for the {tpl.name} label; printed with "
            f"{module / mm:.3f} mm modules, which a 203 dpi printer cannot reproduce"),
            stacklevel=3)
    total = symbol.total * module
    x0 = x + (width - total) / 2 + symbol.quiet_left * module
    text_h = text_size * 1.15 if text_size else 0
    bar_h = max(height - text_h, 4 * mm)
    bar_y = y + text_h
    c.setFillColor(colors.black)
    if symbol.kind == "code128":
        draw_code128(c, symbol.value, x0, bar_y, module, bar_h)
    else:
        _draw_modules(c, ean_modules(symbol.value), x0, bar_y, module, bar_h)
    if text_size:
        c.setFont(FONT, text_size)
        c.drawCentredString(x0 + symbol.modules * module / 2, y + text_size * 0.2, symbol.value)


# ---------------------------------------------------------------------------
# Text helpers


def _fit_size(text: str, font: str, size: float, width: float, minimum: float = 4.5) -> float:
    while size > minimum and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most max_lines; the last line ends with an
    ellipsis when text remains."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            current = ""
            rest = " ".join(words[index:])
            last = lines[-1] + " " + rest
            while stringWidth(last + "\u2026", font, size) > width and len(last) > 1:
                last = last[:-1]
            lines[-1] = last.rstrip() + "\u2026"
            break
    if current:
        lines.append(current)
    # A single word wider than the line: cut it.
    out = []
    for line in lines:
        while stringWidth(line, font, size) > width and len(line) > 1:
            line = line[:-2] + "\u2026"
        out.append(line)
    return out


# ---------------------------------------------------------------------------
# Label painters: each draws one label inside (x, y, w, h) points


def _draw_lot(c, label: LotLabel, x, y, w, h, tpl: LabelTemplate, tx: Texts) -> None:
    p = tpl.padding * mm
    x, y, w, h = x + p, y + p, w - 2 * p, h - 2 * p
    big = h > 60 * mm
    name_size = min(max(h * 0.095, 6.5), 16 if big else 12)
    exp_size = min(max(h * 0.15, 10), 34 if big else 22)
    small = min(max(h * 0.07, 5), 10 if big else 7.5)
    top = y + h
    lines = _wrap(label.item_name, FONT_BOLD, name_size, w, 2)
    c.setFillColor(colors.black)
    c.setFont(FONT_BOLD, name_size)
    for line in lines:
        top -= name_size
        c.drawString(x, top, line)
        top -= name_size * 0.15
    # Expiry LARGE, lot code at the right on the same baseline when it fits.
    top -= exp_size * 0.95
    expiry = (f"{tx.t('Exp.')} {tx.date_short(label.expiry)}" if label.expiry
              else tx.t("No expiry"))
    size = _fit_size(expiry, FONT_BOLD, exp_size, w * 0.68)
    c.setFont(FONT_BOLD, size)
    c.drawString(x, top, expiry)
    lot_text = f"{tx.t('Lot')} {label.lot_code}" if label.lot_code else ""
    if lot_text:
        room = w - stringWidth(expiry, FONT_BOLD, size) - 2 * mm
        lot_size = _fit_size(lot_text, FONT_BOLD, max(name_size, small), max(room, 5 * mm))
        c.setFont(FONT_BOLD, lot_size)
        c.drawRightString(x + w, top, lot_text)
    top -= exp_size * 0.25
    # Bottom line: donor and received date.
    bottom = y
    footer = "  \u2022  ".join(part for part in (
        f"{tx.t('Donor')}: {label.donor}" if label.donor else "",
        f"{tx.t('Received')} {tx.date_short(label.received)}" if label.received else "",
        label.qty_text) if part)
    if footer:
        fsize = _fit_size(footer, FONT, small, w, 4)
        c.setFont(FONT, fsize)
        c.drawString(x, bottom, footer)
        bottom += fsize * 1.25
    height = min(top - bottom - 0.5 * mm, 30 * mm if big else 22 * mm)
    _draw_symbol(c, _symbol_for(label.barcode), x, bottom, w, height, tpl,
                 max(small, 6), f"lot label {label.barcode}")


def _draw_bin(c, label: BinLabel, x, y, w, h, tpl: LabelTemplate, tx: Texts) -> None:
    p = tpl.padding * mm
    x, y, w, h = x + p, y + p, w - 2 * p, h - 2 * p
    top = y + h
    small = min(max(h * 0.075, 5), 12)
    head = "  \u2022  ".join(part for part in (label.warehouse, label.description) if part)
    if head:
        size = _fit_size(head, FONT, small, w)
        c.setFont(FONT, size)
        top -= size
        c.drawString(x, top, head)
        top -= size * 0.3
    code_size = _fit_size(label.code, FONT_BOLD, min(h * 0.36, 90), w, 8)
    top -= code_size * 0.78
    c.setFont(FONT_BOLD, code_size)
    c.drawCentredString(x + w / 2, top, label.code)
    top -= code_size * 0.22
    _draw_symbol(c, _symbol_for(label.code), x, y, w, min(top - y, 40 * mm), tpl, 0,
                 f"bin label {label.code}", max_module=0.6 * mm)


def _draw_item(c, label: ItemLabel, x, y, w, h, tpl: LabelTemplate, tx: Texts) -> None:
    p = tpl.padding * mm
    x, y, w, h = x + p, y + p, w - 2 * p, h - 2 * p
    big = h > 60 * mm
    name_size = min(max(h * 0.1, 6.5), 18 if big else 12)
    small = min(max(h * 0.075, 5.5), 11 if big else 8)
    top = y + h
    c.setFillColor(colors.black)
    c.setFont(FONT_BOLD, name_size)
    for line in _wrap(label.name, FONT_BOLD, name_size, w, 2):
        top -= name_size
        c.drawString(x, top, line)
        top -= name_size * 0.15
    info = "  \u2022  ".join(part for part in (f"{tx.t('Code')}: {label.sku}",
                                               f"{tx.t('Unit')}: {label.unit}" if label.unit else "")
                             if part)
    size = _fit_size(info, FONT, small, w)
    c.setFont(FONT, size)
    top -= size * 1.1
    c.drawString(x, top, info)
    top -= size * 0.4
    symbol = _label_symbol(label)
    _draw_symbol(c, symbol, x, y, w, min(top - y, 30 * mm if big else 22 * mm), tpl,
                 max(small, 6), f"item label {label.sku}")


_PAINTERS = {LotLabel: _draw_lot, BinLabel: _draw_bin, ItemLabel: _draw_item}


def _template(name: str) -> LabelTemplate:
    try:
        return TEMPLATES[name]
    except KeyError:
        from gudang.domain.errors import InvalidInput
        raise InvalidInput("Unknown label template {name}; choose one of {choices}", name=name,
                           choices=", ".join(TEMPLATES)) from None


def render_labels(labels: Sequence[LotLabel | BinLabel | ItemLabel], template: str,
                  lang: str | None = None, *, start: int = 0) -> bytes:
    """PDF of the labels on the template. start: first free position on the
    first A4 sheet (to use up a partly used sheet)."""
    tpl = _template(template)
    tx = Texts(lang)
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(buffer, pagesize=tpl.page_size, invariant=1, pageCompression=0)
    c.setTitle(f"Labels {tpl.name}")
    c.setCreator("Gudang")
    w, h = tpl.label_width * mm, tpl.label_height * mm
    slot = start % tpl.per_page if tpl.per_page > 1 else 0
    for label in labels:
        if slot == tpl.per_page:
            c.showPage()
            slot = 0
        x, y = tpl.position(slot)
        _PAINTERS[type(label)](c, label, x, y, w, h, tpl, tx)
        slot += 1
    c.showPage()
    c.save()
    return buffer.getvalue()


def render_calibration(template: str) -> bytes:
    """One page: outline, centre cross and number of every label position,
    millimetre rulers along the top and left edges, and a 10 mm square."""
    tpl = _template(template)
    buffer = io.BytesIO()
    page_w, page_h = tpl.page_size
    c = rl_canvas.Canvas(buffer, pagesize=tpl.page_size, invariant=1)
    c.setTitle(f"Calibration {tpl.name}")
    w, h = tpl.label_width * mm, tpl.label_height * mm
    c.setLineWidth(0.3)
    for index in range(tpl.per_page):
        x, y = tpl.position(index)
        c.setStrokeColor(colors.black)
        c.rect(x, y, w, h, stroke=1, fill=0)
        inset = tpl.padding * mm
        c.setDash(1, 2)
        c.setStrokeColor(colors.grey)
        c.rect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, stroke=1, fill=0)
        c.setDash()
        cx, cy = x + w / 2, y + h / 2
        c.setStrokeColor(colors.black)
        c.line(cx - 3 * mm, cy, cx + 3 * mm, cy)
        c.line(cx, cy - 3 * mm, cx, cy + 3 * mm)
        if tpl.per_page > 1:
            c.setFont(FONT_BOLD, 8)
            c.drawString(x + inset + 1 * mm, y + h - inset - 3.5 * mm, str(index + 1))
    # Rulers from the page's top-left corner.
    c.setStrokeColor(colors.black)
    c.setFont(FONT, 4.5 if tpl.per_page == 1 else 5)
    for mm_x in range(0, int(page_w / mm) + 1):
        length = 3 if mm_x % 10 == 0 else 2 if mm_x % 5 == 0 else 1
        X = mm_x * mm
        c.line(X, page_h, X, page_h - length * mm)
        if mm_x % 10 == 0 and 0 < mm_x < page_w / mm - 2:
            c.drawCentredString(X, page_h - 5.2 * mm, str(mm_x))
    for mm_y in range(0, int(page_h / mm) + 1):
        length = 3 if mm_y % 10 == 0 else 2 if mm_y % 5 == 0 else 1
        Y = page_h - mm_y * mm
        c.line(0, Y, length * mm, Y)
        if mm_y % 10 == 0 and 0 < mm_y < page_h / mm - 2:
            c.drawString(3.6 * mm, Y - 1.5, str(mm_y))
    # A 10 mm reference square and the template name.
    sx = page_w / 2 - 5 * mm
    sy = page_h / 2 - (14 * mm if tpl.per_page == 1 else 5 * mm)
    if tpl.per_page == 1:
        sy = page_h / 2 - 5 * mm
        sx = page_w - 14 * mm
    c.setLineWidth(0.4)
    c.rect(sx, sy, 10 * mm, 10 * mm, stroke=1, fill=0)
    c.setFont(FONT, 4.5)
    c.drawCentredString(sx + 5 * mm, sy - 2.2 * mm, "10 x 10 mm")
    c.setFont(FONT_BOLD, 6 if tpl.per_page == 1 else 9)
    caption = f"{tpl.description}"
    if tpl.per_page == 1:
        c.drawString(6 * mm, 8 * mm, caption)
    else:
        c.drawCentredString(page_w / 2, 2.5 * mm, caption + " \u2013 calibration")
    c.showPage()
    c.save()
    return buffer.getvalue()
