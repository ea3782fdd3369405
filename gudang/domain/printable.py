"""Which characters Gudang's documents can print (pure data, no I/O).

The ranges are the characters that both weights of the embedded fonts draw
(Noto Sans for Latin, Greek and Cyrillic, Noto Sans Arabic for Arabic script;
resources/fonts). Input validation refuses anything else by name, so a text
never reaches paper as an empty box. tests/documents/test_fonts.py keeps these
ranges equal to the fonts' character maps.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

# (first, last) code points, inclusive, sorted
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E), (0x00A0, 0x0377), (0x037A, 0x037F), (0x0384, 0x038A), (0x038C, 0x038C),
    (0x038E, 0x03A1), (0x03A3, 0x03E1), (0x03F0, 0x052F), (0x0600, 0x061C), (0x061E, 0x06FF),
    (0x0750, 0x077F), (0x08A0, 0x08B4), (0x08B6, 0x08BE), (0x08D3, 0x08FF), (0x1AB0, 0x1AC0),
    (0x1C80, 0x1C88), (0x1D00, 0x1DF9), (0x1DFB, 0x1F15), (0x1F18, 0x1F1D), (0x1F20, 0x1F45),
    (0x1F48, 0x1F4D), (0x1F50, 0x1F57), (0x1F59, 0x1F59), (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D),
    (0x1F5F, 0x1F7D), (0x1F80, 0x1FB4), (0x1FB6, 0x1FC4), (0x1FC6, 0x1FD3), (0x1FD6, 0x1FDB),
    (0x1FDD, 0x1FEF), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFE), (0x2000, 0x2064), (0x2066, 0x2071),
    (0x2074, 0x208E), (0x2090, 0x209C), (0x20A0, 0x20BF), (0x20F0, 0x20F0), (0x2100, 0x215F),
    (0x2184, 0x2184), (0x2189, 0x2189), (0x25CC, 0x25CC), (0x2C60, 0x2C7F), (0x2DE0, 0x2E52),
    (0xA640, 0xA69F), (0xA700, 0xA7BF), (0xA7C2, 0xA7CA), (0xA7F5, 0xA7FF), (0xA92E, 0xA92E),
    (0xAB30, 0xAB6B), (0xFB00, 0xFB06), (0xFB50, 0xFBC1), (0xFBD3, 0xFD3F), (0xFD50, 0xFD8F),
    (0xFD92, 0xFDC7), (0xFDF0, 0xFDFD), (0xFE00, 0xFE00), (0xFE20, 0xFE2F), (0xFE70, 0xFE74),
    (0xFE76, 0xFEFC), (0xFEFF, 0xFEFF), (0xFFFC, 0xFFFD), (0xFFFF, 0xFFFF),
)
_STARTS = [first for first, _ in RANGES]
LAYOUT = {"\n", "\r", "\t", "\u00a0", "\u00ad"}  # layout, not glyphs: always allowed


def printable(ch: str) -> bool:
    if ch in LAYOUT:
        return True
    code = ord(ch)
    index = bisect.bisect_right(_STARTS, code) - 1
    return index >= 0 and RANGES[index][0] <= code <= RANGES[index][1]


# Every character `printable` refuses, as one class: a text is searched in C, not character by
# character in Python (a 40-line receipt from a file has some 1,100 characters to check).
_UNPRINTABLE = re.compile("[^" + "".join(sorted(f"\\u{ord(ch):04x}" for ch in LAYOUT))
                          + "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last in RANGES) + "]")


def unprintable(text: str | None) -> str | None:
    """The first character of `text` that documents cannot print, or None."""
    if not text:
        return None
    found = _UNPRINTABLE.search(text)
    return found.group() if found else None


def describe(ch: str) -> str:
    """ "中 (U+4E2D CJK UNIFIED IDEOGRAPH-4E2D)"; invisible characters by code only."""
    name = unicodedata.name(ch, "")
    shown = ch if unicodedata.category(ch)[0] not in "CZ" else ""
    return " ".join(part for part in (shown, f"(U+{ord(ch):04X}{' ' + name if name else ''})") if part)
