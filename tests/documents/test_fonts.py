"""The embedded fonts: what they print, how Arabic is laid out, where they are found."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from gudang.documents import fonts
from gudang.domain.printable import RANGES, describe, printable, unprintable


def test_printable_ranges_are_the_fonts_character_maps():
    fonts.register()
    covered = {code for code in fonts._latin | fonts._arabic if code >= 0x20}
    listed = {code for first, last in RANGES for code in range(first, last + 1)}
    assert listed == covered


def test_every_text_of_the_documents_prints():
    from gudang.locale.id import MESSAGES

    for text in list(MESSAGES) + list(MESSAGES.values()):
        assert unprintable(text) is None, text
    for ch in "ĞŜşÖüçñ€°±×²³µ·•–—…“”‘’№":
        assert printable(ch), ch


def test_a_text_is_refused_exactly_where_a_character_is():
    """`unprintable` searches a whole text at once; it must refuse exactly the characters
    `printable` refuses, every code point, lone surrogates and other planes included."""
    wrong = [code for code in range(0x110000) if (unprintable(chr(code)) is None) != printable(chr(code))]
    assert wrong == []
    assert unprintable("Beras 5 kg\u00a0Ğ عبد\nx\u0378y") == "\u0378"  # the first, not a later one


@pytest.mark.parametrize("text,bad", [("Tzu Chi 慈濟", "慈"), ("Posko 🏠", "🏠"), ("שלום", "ש"),
                                      ("a\x07b", "\x07"), ("Ğ عبد الله\n\tx", None)])
def test_unprintable_names_the_character(text, bad):
    assert fonts.unprintable(text) == bad
    if bad:
        assert f"U+{ord(bad):04X}" in describe(bad)


def test_check_printable_raises_naming_the_character():
    from gudang.domain.errors import InvalidInput
    from tests.support.builders import english

    with english(), pytest.raises(InvalidInput, match="慈"):
        fonts.check_printable("Yayasan 慈濟", "name")
    fonts.check_printable("Yayasan Ğülşen عبد الله")


def test_arabic_is_shaped_in_visual_order_and_numbers_stay_as_typed():
    visual = fonts.visual("Kontak عبد الله (0812-7654-3210)")
    assert "0812-7654-3210" in visual
    assert visual.startswith("Kontak ")
    assert "\ufedf" in fonts.visual("الله") or "\ufee0" in fonts.visual("الله")  # joined (contextual) lam
    assert fonts.visual("لا") == "\ufefb"  # lam-alef ligature
    assert fonts.logical_from_pdf("\ufefb") == "لا"
    assert fonts.visual("Beras 5 kg") == "Beras 5 kg"  # left-to-right text untouched


@pytest.mark.parametrize("kind", ["document", "labels"])
def test_documents_embed_the_fonts_and_no_base14_font(kind):
    from gudang.documents import render_labels, render_waybill
    from tests.documents.samples import LOTS, waybill

    pdf = render_waybill(waybill(3)) if kind == "document" else render_labels(LOTS, "thermal-50x30")
    reader = PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded TrueType
    assert not any("Helvetica" in name for name in names)
    assert any("NotoSans" in name for name in names)


def test_fonts_and_emblem_are_found_by_the_one_resource_function():
    from gudang.paths import resource
    from gudang.reports.printing import logo_path

    assert fonts.fonts_dir() == resource("fonts")
    assert (resource("fonts") / "NotoSans-Regular.ttf").is_file() and (resource("fonts") / "OFL.txt").is_file()
    assert logo_path("logo/demo-emblem.png") == str(resource("logo", "demo-emblem.png"))


def test_the_overlap_check_sees_overlapping_text():
    """The checker of test_stress.py fails on text drawn over text."""
    from reportlab.pdfgen.canvas import Canvas
    from tests.documents.test_stress import overlaps, word_boxes

    buffer = io.BytesIO()
    c = Canvas(buffer)
    fonts.draw_string(c, 100, 700, "JUMLAH1.004.622,5", fonts.FONT, 10)
    fonts.draw_string(c, 130, 700, "1.004.622,5", fonts.FONT, 10)
    fonts.draw_string(c, 100, 650, "Beras", fonts.FONT, 8)
    fonts.draw_string(c, 100, 640.4, "medium", fonts.FONT, 8)  # the next line at 9.6 pt leading: apart
    c.showPage()
    c.save()
    found = overlaps(word_boxes(buffer.getvalue())[0])
    assert found and all("Beras" not in pair for pair in found)
