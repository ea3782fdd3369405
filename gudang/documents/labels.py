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
from functools import lru_cache
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from gudang.domain.barcodes import ean_symbol_for

from .data import BinLabel, ItemLabel, LotLabel
from . import fonts
from .layout import FONT, FONT_BOLD, Texts, code128_modules, stamp_creation_date

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
        """Narrowest module that still decodes from the printer: 2 dots, never under 0.25 mm."""
        return math.ceil(0.25 * mm / self.dot - 1e-9) * self.dot

    @property
    def good_module(self) -> float:
        """A module wide enough to decode from a 150 dpi scan as well (>= 0.33 mm)."""
        return math.ceil(0.33 * mm / self.dot - 1e-9) * self.dot


TEMPLATES: dict[str, LabelTemplate] = {
    t.name: t for t in (
        LabelTemplate("thermal-50x30", "Thermal 50 x 30 mm", 50, 30, padding=1.5),
        LabelTemplate("thermal-100x50", "Thermal 100 x 50 mm", 100, 50, padding=2.5),
        LabelTemplate("thermal-100x150", "Thermal 100 x 150 mm (shipping)", 100, 150, padding=4),
        LabelTemplate("a4-3x8", "A4 sheet 3 x 8, 70 x 37 mm (24 labels)", 70, 37, 3, 8, 210, 297,
                      left=0, top=0.5, dpi=300, padding=4),
        LabelTemplate("a4-2x7", "A4 sheet 2 x 7, 99.1 x 38.1 mm (14 labels)", 99.1, 38.1, 2, 7,
                      210, 297, left=4.65, top=15.15, h_pitch=101.6, v_pitch=38.1, dpi=300,
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


def symbol_pattern(symbol) -> str:
    """Module pattern ('1' = bar) of a symbol: EAN here, Code 128 by python-barcode."""
    if symbol.kind in ("ean13", "ean8"):
        return ean_modules(symbol.value)
    import barcode

    return barcode.get("code128", symbol.value).build()[0]


def _draw_bitmap(c: rl_canvas.Canvas, pattern: str, x: float, y: float, module: float, height: float,
                 tpl: "LabelTemplate") -> None:
    """The bars as a 1-bit image at the printer's resolution, one pixel per
    printer dot: the printer and any viewer reproduce them dot for dot, with no
    rounding of bar edges (a vector bar gains a pixel at some resolutions)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    dots = max(int(round(module / tpl.dot)), 1)
    row = pattern.translate({ord("1"): "\x00" * dots, ord("0"): "\xff" * dots}).encode("latin-1")
    image = Image.frombytes("L", (len(row), 1), row).convert("1")
    c.drawImage(ImageReader(image), x, y, width=len(pattern) * module, height=height)


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
    `max_module` (but never under the template's readable minimum). Returns
    (module, ok); ok False when even the narrowest readable module does not fit
    and the symbol had to be shrunk."""
    dots = math.floor(width / (symbol_modules * template.dot) + 1e-9)
    cap = math.floor(max(max_module, template.min_module) / template.dot + 1e-9)
    dots = min(dots, cap)
    module = dots * template.dot
    if module >= template.min_module - 1e-9:
        return module, True
    return width / symbol_modules, False


def check_labels(labels: Sequence[LotLabel | BinLabel | ItemLabel], template: str) -> list[str]:
    """Codes that will not print readably on this template (too long)."""
    tpl = _template(template)
    problems = []
    for label in labels:
        symbol = _label_symbol(label)
        if not _fit(symbol, (tpl.label_width - 2 * tpl.padding) * mm, tpl.label_width * mm, tpl)[1]:
            problems.append(symbol.value)
    return problems


def _fit(symbol: _Symbol, bar_room: float, total_room: float, tpl: LabelTemplate,
         max_module: float = 0.6 * mm) -> tuple[float, bool]:
    """The widest whole-dot module (at most max_module) whose bars fit `bar_room`
    (inside the padding) and whose bars plus quiet zones fit `total_room` (the
    quiet zones may lie in the blank padding). (module, ok)."""
    dots = min(math.floor(bar_room / (symbol.modules * tpl.dot) + 1e-9),
               math.floor(total_room / (symbol.total * tpl.dot) + 1e-9),
               max(math.floor(max_module / tpl.dot + 1e-9), 1))
    module = dots * tpl.dot
    if dots >= 1 and module >= tpl.min_module - 1e-9:
        return module, True
    return min(bar_room / symbol.modules, total_room / symbol.total), False


def _label_symbol(label: LotLabel | BinLabel | ItemLabel) -> _Symbol:
    if isinstance(label, LotLabel):
        return _symbol_for(label.barcode)
    if isinstance(label, BinLabel):
        return _symbol_for(label.code)
    return _symbol_for(label.gtin, allow_ean=True) if label.gtin and ean_symbol_for(
        label.gtin) else _symbol_for(label.sku)


def _draw_bars(c: rl_canvas.Canvas, symbol: _Symbol, x: float, y: float, width: float, height: float,
               tpl: LabelTemplate, label_x: float, label_w: float, text_size: float, what: str,
               max_module: float) -> None:
    """Bars centred in (x, width), on the printer's dot grid of the page, with
    the human-readable text (text_size 0 = none) under them."""
    module, ok = _fit(symbol, width, label_w, tpl, max_module)
    if not ok:
        warnings.warn(LabelWarning(
            f"{what}: code {symbol.value!r} is too long for the {tpl.name} label; printed with "
            f"{module / mm:.3f} mm modules, which a {tpl.dpi} dpi printer cannot reproduce"), stacklevel=3)
    bars_w = symbol.modules * module
    x0 = x + (width - bars_w) / 2
    if ok:
        x0 = round(x0 / tpl.dot) * tpl.dot  # bar edges on whole printer dots of the page
    text_h = text_size * 1.25 if text_size else 0
    c.setFillColor(colors.black)
    pattern = symbol_pattern(symbol)
    if ok:
        _draw_bitmap(c, pattern, x0, y + text_h, module, height - text_h, tpl)
    else:
        _draw_modules(c, pattern, x0, y + text_h, module, height - text_h)
    if text_size:
        fonts.draw_string(c, x0 + bars_w / 2, y + text_size * 0.25, symbol.value, FONT, text_size, "centre")


# ---------------------------------------------------------------------------
# Measured text blocks


def _break_word(word: str, font: str, size: float, width: float) -> list[str] | None:
    """A word too long for the line, broken after separators; None when a piece
    between separators is still too long (the caller shrinks the text)."""
    pieces, current = [], ""
    for ch in word:
        current += ch
        if ch in "/-_.,":
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    lines, line = [], ""
    for piece in pieces:
        if fonts.string_width(piece, font, size) > width:
            return None
        if line and fonts.string_width(line + piece, font, size) > width:
            lines.append(line)
            line = ""
        line += piece
    if line:
        lines.append(line)
    return lines


@lru_cache(maxsize=8192)
def _wrap_lines(text: str, font: str, size: float, width: float) -> tuple[str, ...] | None:
    """Greedy word wrap; every character is kept. None when a word cannot fit."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if fonts.string_width(trial, font, size) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
            current = ""
        if fonts.string_width(word, font, size) <= width:
            current = word
            continue
        parts = _break_word(word, font, size, width)
        if parts is None:
            return None
        lines += parts[:-1]
        current = parts[-1]
    if current:
        lines.append(current)
    return tuple(lines)


@dataclass
class _Text:
    text: str
    font: str
    size: float  # largest size
    minimum: float  # smallest size before the label warns
    max_lines: int = 2
    align: str = "left"
    right: "_Text | None" = None  # a second text on the same line, right-aligned, when both fit

    def lay(self, width: float, scale: float) -> tuple[float, list]:
        """(height, [(y offset from top, x align, text, font, size)]) at `scale` of the size."""
        size = max(self.minimum, self.size * scale)
        if self.max_lines == 1 and self.text:  # one line: the size that fits, computed at once
            natural = fonts.string_width(self.text, self.font, size)
            if natural > width:
                size = max(3.0, math.floor(size * width / natural * 4) / 4)
        while True:
            lines = _wrap_lines(self.text, self.font, size, round(width, 2)) if self.text else ()
            if lines is not None and len(lines) <= self.max_lines or size <= 3:
                break
            size -= 0.5 if size > 8 else 0.25
        lines = list(lines or ())
        placed = []
        if self.right is not None and len(lines) == 1:
            rsize = max(self.right.minimum, self.right.size * scale)
            while rsize > self.right.minimum and fonts.string_width(self.right.text, self.right.font, rsize) > width:
                rsize -= 0.25
            left_w = fonts.string_width(lines[0], self.font, size)
            right_w = fonts.string_width(self.right.text, self.right.font, rsize)
            if left_w + right_w + 2 * mm <= width:
                placed.append((size * 0.95, self.align, lines[0], self.font, size))
                placed.append((size * 0.95, "right", self.right.text, self.right.font, rsize))
                return size * 1.18, placed
        y = 0.0
        for line in lines:
            y += size * 0.95
            placed.append((y, self.align, line, self.font, size))
            y += size * 0.23
        if self.right is not None:
            h, more = self.right.lay(width, scale)
            placed += [(y + dy, al, t, f, z) for dy, al, t, f, z in more]
            y += h
        return y, placed


@dataclass
class _Bars:
    symbol: _Symbol
    minimum: float  # bar height, mm
    maximum: float
    text: float  # human-readable size (0: none)
    what: str
    max_module: float = 0.6 * mm


def _paint_stack(c: rl_canvas.Canvas, tpl: LabelTemplate, x: float, y: float, w: float, h: float,
                 top: Sequence[_Text], bars: _Bars, bottom: Sequence[_Text]) -> None:
    """Text blocks above and below the bars, all measured first: text shrinks
    (never cut) until everything fits, the bars take the height left."""
    p = tpl.padding * mm
    ix, iy, iw, ih = x + p, y + p, w - 2 * p, h - 2 * p
    gap = 0.6 * mm if h < 40 * mm else 1.5 * mm
    scale = 1.0
    while True:
        laid_top = [b.lay(iw, scale) for b in top if b.text]
        laid_bottom = [b.lay(iw, scale) for b in bottom if b.text]
        text_h = sum(hh for hh, _ in laid_top) + sum(hh for hh, _ in laid_bottom)
        text_h += gap * (len(laid_top) + len(laid_bottom))
        bar_h = ih - text_h
        if bar_h >= bars.minimum * mm + bars.text * 1.25 or scale <= 0.45:
            break
        scale -= 0.05
    bar_h = min(bar_h, bars.maximum * mm + bars.text * 1.25)
    if bar_h < bars.minimum * mm:
        warnings.warn(LabelWarning(f"{bars.what}: the text leaves only {bar_h / mm:.1f} mm for the bars "
                                   f"on the {tpl.name} label"), stacklevel=3)
        bar_h = max(bar_h, 4 * mm)
    c.setFillColor(colors.black)
    cursor = iy + ih
    for height, placed in laid_top:
        _draw_placed(c, placed, ix, iw, cursor)
        cursor -= height + gap
    # the bars sit under the top texts; the bottom texts hang from the bottom edge
    bottom_h = sum(hh for hh, _ in laid_bottom) + gap * len(laid_bottom)
    free = cursor - (iy + bottom_h)
    bar_y = iy + bottom_h + max(free - bar_h, 0) / 2
    _draw_bars(c, bars.symbol, ix, bar_y, iw, bar_h, tpl, x, w, bars.text, bars.what, bars.max_module)
    cursor = iy + bottom_h
    for height, placed in laid_bottom:
        cursor -= gap
        _draw_placed(c, placed, ix, iw, cursor)
        cursor -= height


def _draw_placed(c, placed, x, width, top) -> None:
    for dy, align, text, font, size in placed:
        anchor = {"right": x + width, "centre": x + width / 2}.get(align, x)
        fonts.draw_string(c, anchor, top - dy, text, font, size, align)


# ---------------------------------------------------------------------------
# Label painters: each draws one label inside (x, y, w, h) points


def _size_class(h: float) -> str:
    return "small" if h <= 32 * mm else "medium" if h <= 60 * mm else "large"


def _draw_lot(c, label: LotLabel, x, y, w, h, tpl: LabelTemplate, tx: Texts) -> None:
    size = _size_class(h)
    expiry = (f"{tx.t('Exp.')} {tx.date_short(label.expiry)}" if label.expiry else tx.t("No expiry"))
    lot = f"{tx.t('Lot')} {label.lot_code}" if label.lot_code else ""
    donor = f"{tx.t('Donor')}: {label.donor}" if label.donor else ""
    received = f"{tx.t('Received')} {tx.date_short(label.received)}" if label.received else ""
    footer = "  \u2022  ".join(part for part in (donor, received, label.qty_text) if part)
    symbol = _symbol_for(label.barcode)
    what = f"lot label {label.barcode}"
    if size == "large":
        top = [_Text(label.item_name, FONT_BOLD, 20, 11, 3),
               _Text(expiry, FONT_BOLD, 46, 22, 1, "centre"),
               _Text(lot, FONT_BOLD, 30, 14, 2, "centre"),
               _Text(label.sku, FONT, 14, 9, 1, "centre")]
        bars = _Bars(symbol, 22, 40, 14, what, 0.75 * mm)
        bottom = [_Text(donor, FONT, 15, 9, 2), _Text("  \u2022  ".join(p for p in (received, label.qty_text) if p),
                                                      FONT, 15, 9, 2)]
    elif size == "medium":
        top = [_Text(label.item_name, FONT_BOLD, 11, 6.5, 2),
               _Text(expiry, FONT_BOLD, 17, 9, 1, right=_Text(lot, FONT_BOLD, 11, 6.5, 1))]
        bars = _Bars(symbol, 8, 15, 7, what)
        bottom = [_Text(footer, FONT, 7.5, 5, 2)]
    else:
        top = [_Text(label.item_name, FONT_BOLD, 7.5, 5.5, 2),
               _Text(expiry, FONT_BOLD, 10.5, 7, 1, right=_Text(lot, FONT_BOLD, 7.5, 5, 1))]
        bars = _Bars(symbol, 6.5, 10, 5.5, what)
        bottom = [_Text(footer, FONT, 5.5, 4.2, 2)]
    _paint_stack(c, tpl, x, y, w, h, top, bars, bottom)


def _draw_bin(c, label: BinLabel, x, y, w, h, tpl: LabelTemplate, tx: Texts) -> None:
    size = _size_class(h)
    head = "  \u2022  ".join(part for part in (label.warehouse, label.description) if part)
    what = f"bin label {label.code}"
    symbol = _symbol_for(label.code)
    code_size = {"small": 20, "medium": 34, "large": 110}[size]
    code = _Text(label.code, FONT_BOLD, code_size, 7, 1, "centre")
    code.size = _fit_size(label.code, FONT_BOLD, code_size, w - 2 * tpl.padding * mm, 7)
    head_sizes = {"small": (6, 4.2), "medium": (9, 5.5), "large": (18, 10)}[size]
    bars = {"small": _Bars(symbol, 7, 12, 0, what), "medium": _Bars(symbol, 8, 16, 0, what),
            "large": _Bars(symbol, 25, 70, 0, what, 0.75 * mm)}[size]
    _paint_stack(c, tpl, x, y, w, h, [_Text(head, FONT, *head_sizes, 2), code], bars, [])


def _draw_item(c, label: ItemLabel, x, y, w, h, tpl: LabelTemplate, tx: Texts) -> None:
    size = _size_class(h)
    info = "  \u2022  ".join(part for part in (f"{tx.t('Code')}: {label.sku}",
                                               f"{tx.t('Unit')}: {label.unit}" if label.unit else "") if part)
    symbol = _label_symbol(label)
    what = f"item label {label.sku}"
    max_module = 0.5 * mm if symbol.kind == "code128" else 0.4 * mm
    if size == "large":
        top = [_Text(label.name, FONT_BOLD, 24, 12, 3), _Text(info, FONT, 15, 9, 2)]
        bars = _Bars(symbol, 22, 60, 14, what, 0.66 * mm if symbol.kind != "code128" else 0.75 * mm)
    elif size == "medium":
        top = [_Text(label.name, FONT_BOLD, 12, 7, 2), _Text(info, FONT, 8, 5.5, 1)]
        bars = _Bars(symbol, 8, 16, 7, what, max_module)
    else:
        top = [_Text(label.name, FONT_BOLD, 8, 5.5, 2), _Text(info, FONT, 6, 4.5, 1)]
        bars = _Bars(symbol, 7, 12, 5.5, what, max_module)
    _paint_stack(c, tpl, x, y, w, h, top, bars, [])


_PAINTERS = {LotLabel: _draw_lot, BinLabel: _draw_bin, ItemLabel: _draw_item}


def _fit_size(text: str, font: str, size: float, width: float, minimum: float = 4.5) -> float:
    while size > minimum and fonts.string_width(text, font, size) > width:
        size -= 0.25
    return size


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
    c = rl_canvas.Canvas(buffer, pagesize=tpl.page_size, invariant=1, pageCompression=0, initialFontName=FONT)
    c.setTitle(f"Labels {tpl.name}")
    stamp_creation_date(c)
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
    c = rl_canvas.Canvas(buffer, pagesize=tpl.page_size, invariant=1, initialFontName=FONT)
    c.setTitle(f"Calibration {tpl.name}")
    stamp_creation_date(c)
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
            fonts.draw_string(c, x + inset + 1 * mm, y + h - inset - 3.5 * mm, str(index + 1), FONT_BOLD, 8)
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
