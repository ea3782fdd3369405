"""The fonts embedded in every document and label, and what they can print.

Four TrueType files under resources/fonts (see its README): Noto Sans regular
and bold for Latin (every extension), Greek and Cyrillic, and Noto Sans Arabic
regular and bold for Arabic script. They are registered once (`register()`,
idempotent) under the names below and embedded as subsets.

Text reaches paper through three functions, so that every document and label
prints the same way:
- `markup(text)`: user text as ReportLab Paragraph markup (escaped, the Arabic
  runs in the Arabic font, right-to-left runs in visual order);
- `draw_string(canvas, x, y, text, font, size, align)`: the same on a canvas;
- `string_width(text, font, size)`: what `draw_string` will take.

Arabic: ReportLab has no bidi algorithm of its own without the `rlbidi`
package (not on PyPI) and shapes only through uharfbuzz glyph ids that read
back as private-use characters. We shape with `arabic_reshaper` (contextual
presentation forms, lam-alef ligatures, harakat kept) and order with
`python-bidi` (Unicode bidi algorithm, base direction left-to-right, as every
document is Indonesian). A right-to-left run is kept on one line (its spaces
become no-break spaces) because a line break inside it would swap its words.
In the PDF the Arabic letters are presentation forms in visual order: a
viewer shows them correctly; text extraction gives them right to left, and
NFKC normalisation turns them back into the letters typed
(`logical_from_pdf` does both, for tests and searches).

Whatever the fonts cannot print (CJK, Hebrew, emoji, control characters) is
refused at input: `unprintable(text)` returns the first such character,
`check_printable(text, field)` raises InvalidInput naming it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape as _xml_escape

FONT = "GudangSans"
FONT_BOLD = "GudangSans-Bold"
ARABIC = "GudangArabic"
ARABIC_BOLD = "GudangArabic-Bold"

_FILES = {
    FONT: "NotoSans-Regular.ttf",
    FONT_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}
_BOLD_OF = {FONT: FONT_BOLD, FONT_BOLD: FONT_BOLD, ARABIC: ARABIC_BOLD, ARABIC_BOLD: ARABIC_BOLD}
_lock = threading.Lock()
_registered = False
_latin: frozenset[int] = frozenset()
_arabic: frozenset[int] = frozenset()

# Characters that switch a line to the bidi algorithm: Hebrew, Arabic, Syriac,
# Thaana, NKo and the Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_NUMBER = re.compile(r"[0-9](?:[0-9.,:/\-]*[0-9])?")
# Characters allowed although no glyph draws them.


def fonts_dir():
    from gudang.paths import resource

    return resource("fonts")


def register() -> None:
    """Register the four fonts and their bold families with ReportLab (once)."""
    global _registered, _latin, _arabic
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = fonts_dir()
        fonts = {}
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"font file missing: {path}")
            fonts[name] = TTFont(name, str(path), shapable=False)
            pdfmetrics.registerFont(fonts[name])
        for regular, bold in ((FONT, FONT_BOLD), (ARABIC, ARABIC_BOLD)):
            for face in (regular, bold):
                addMapping(face, 0, 0, regular)
                addMapping(face, 1, 0, bold)
                addMapping(face, 0, 1, regular)
                addMapping(face, 1, 1, bold)
        _latin = frozenset(fonts[FONT].face.charToGlyph) & frozenset(fonts[FONT_BOLD].face.charToGlyph)
        _arabic = frozenset(fonts[ARABIC].face.charToGlyph) & frozenset(fonts[ARABIC_BOLD].face.charToGlyph)
        _registered = True


# ---------------------------------------------------------------------------
# What prints


def unprintable(text: str | None) -> str | None:
    """The first character of `text` that no document font can print, or None.

    Newlines and tabs are layout, not characters, and pass. Input validation
    calls this (gudang.domain.inputs.clean_text does, through the same data in
    gudang.domain.printable) so that a name never turns into a box."""
    from gudang.domain.printable import unprintable as check

    return check(text)


def describe(ch: str) -> str:
    from gudang.domain.printable import describe as name

    return name(ch)


def check_printable(text: str | None, field: str = "") -> None:
    """Raise InvalidInput naming the first character documents cannot print."""
    ch = unprintable(text)
    if ch is None:
        return
    from gudang.domain.errors import InvalidInput
    from gudang.i18n import N_

    error = InvalidInput(N_("contains {char}, which documents cannot print: write it in Latin or "
                            "Arabic letters"), char=describe(ch))
    if field:
        from gudang.domain.inputs import where_field

        error = error.at(where_field(field))
    raise error


# ---------------------------------------------------------------------------
# Right-to-left text


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={
        "delete_harakat": False,  # print what was typed
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,  # only lam-alef: every letter reads back as typed
    })


def has_rtl(text: str) -> bool:
    return bool(text) and _RTL.search(text) is not None


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """`text` in visual order with Arabic letters shaped (left-to-right text is
    returned as it is). The spaces inside a right-to-left run become no-break
    spaces, so that the run stays on one line."""
    if not has_rtl(text):
        return text
    from bidi import get_display

    out = []
    for line in text.split("\n"):
        if not has_rtl(line):
            out.append(line)
            continue
        # Numbers typed next to Arabic (a phone, a quantity) stay as typed: the
        # bidi algorithm would otherwise read 0812-7654 after Arabic letters as
        # Arabic numbers and print 7654-0812.
        isolated = _NUMBER.sub(lambda m: "\u2066" + m.group(0) + "\u2069", line)
        shaped = _reshaper().reshape(isolated)
        display = get_display(shaped, base_dir="L")
        out.append(_glue_rtl_runs(display.replace("\u2066", "").replace("\u2069", "")))
    return "\n".join(out)


_RTL_RUN = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff][\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff0-9\u0660-\u0669 .,'\\-()]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _glue_rtl_runs(display: str) -> str:
    return _RTL_RUN.sub(lambda m: m.group(0).replace(" ", "\u00a0"), display)


def logical_from_pdf(extracted: str) -> str:
    """Text extracted from our PDFs (pypdf puts right-to-left runs back in
    logical order) as typed: Arabic presentation forms NFKC-normalised to their
    letters, bidi control characters and no-break spaces dropped/made plain."""
    text = "".join(ch for ch in extracted if ch not in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f")
    text = re.sub("[\ufb50-\ufdff\ufe70-\ufeff]+", lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return text.replace("\u00a0", " ")


# ---------------------------------------------------------------------------
# Font runs


def _is_arabic(code: int) -> bool:
    return code not in _latin and code in _arabic


def runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """Split visual-order `text` into (font name, text) runs: Arabic letters in
    the Arabic font of the same weight, everything else in `font`. Neutral
    characters (spaces, digits, punctuation) stay with the run they are in."""
    register()
    bold = font in (FONT_BOLD, ARABIC_BOLD)
    latin_font = FONT_BOLD if bold else FONT
    arabic_font = ARABIC_BOLD if bold else ARABIC
    if not has_rtl(text):
        return [(latin_font, text)] if text else []
    result: list[tuple[str, str]] = []
    current, buf = None, []
    for ch in text:
        code = ord(ch)
        if _is_arabic(code):
            wanted = arabic_font
        elif code in _latin and not (current == arabic_font and code in _arabic and not ch.isalpha()):
            wanted = latin_font
        else:
            wanted = current or latin_font
        if wanted != current and buf:
            result.append((current, "".join(buf)))
            buf = []
        current = wanted
        buf.append(ch)
    if buf:
        result.append((current, "".join(buf)))
    return result


def markup(text: object, font: str | None = None) -> str:
    """User text as Paragraph markup: escaped (& < > " '), newlines as <br/>,
    right-to-left runs in visual order and Arabic in the Arabic font."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n")
    if not has_rtl(value):
        return _xml_escape(value, {'"': "&quot;"}).replace("\n", "<br/>")
    register()
    lines = []
    for line in visual(value).split("\n"):
        parts = []
        for name, chunk in runs(line, font or FONT):
            escaped = _xml_escape(chunk, {'"': "&quot;"})
            parts.append(f'<font face="{name}">{escaped}</font>' if name in (ARABIC, ARABIC_BOLD)
                         else escaped)
        lines.append("".join(parts))
    return "<br/>".join(lines)


def string_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` as `draw_string` draws it."""
    if not _registered:
        register()
    if _RTL.search(text) is None:
        return _stringWidth(text, font, size)
    return sum(_stringWidth(chunk, name, size) for name, chunk in runs(visual(text), font))


def draw_string(canv, x: float, y: float, text: str, font: str, size: float,
                align: str = "left") -> float:
    """Draw one line of `text` at baseline y; align left (x = left edge),
    right (x = right edge) or centre (x = centre). Returns the width."""
    if not _registered:
        register()
    line = text.replace("\n", " ")
    if _RTL.search(line) is None:
        width = _stringWidth(line, font, size)
        if align == "right":
            x -= width
        elif align in ("centre", "center"):
            x -= width / 2
        canv.setFont(font, size)
        canv.drawString(x, y, line)
        return width
    parts = runs(visual(line), font)
    width = sum(_stringWidth(chunk, name, size) for name, chunk in parts)
    if align == "right":
        x -= width
    elif align in ("centre", "center"):
        x -= width / 2
    for name, chunk in parts:
        canv.setFont(name, size)
        canv.drawString(x, y, chunk)
        x += _stringWidth(chunk, name, size)
    return width


def _stringWidth(text: str, font: str, size: float) -> float:  # noqa: N802
    global _stringWidth
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _stringWidth = stringWidth
    return stringWidth(text, font, size)


def bold(font: str) -> str:
    return _BOLD_OF.get(font, FONT_BOLD)
