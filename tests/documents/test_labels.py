import warnings

import pytest
from tests.documents.conftest import decode, page_sizes_mm, pdf_text, render_png
from samples import BINS, ITEMSL, LOTS

from gudang.documents import BinLabel, ItemLabel, LotLabel
from gudang.documents.labels import (
    TEMPLATES, LabelWarning, check_labels, ean_modules, render_calibration, render_labels,
)
from gudang.domain.errors import InvalidInput

MIXED = [LOTS[0], BINS[0], ITEMSL[0], ITEMSL[1], ITEMSL[2], BINS[1]]
EXPECTED = [("L00000123", "Code128"), ("A-01-02", "Code128"), ("8991002105409", "EAN13"),
            ("TRP-46", "Code128"), ("96385074", "EAN8"), ("KARANTINA-01", "Code128")]


@pytest.mark.parametrize("name", [n for n, t in TEMPLATES.items() if t.per_page == 1])
def test_thermal_one_label_per_page_exact_size_and_decodable(name):
    template = TEMPLATES[name]
    with warnings.catch_warnings():
        warnings.simplefilter("error", LabelWarning)
        pdf = render_labels(MIXED, name)
    assert page_sizes_mm(pdf) == [(template.label_width, template.label_height)] * len(MIXED)
    for image, expected in zip(render_png(pdf), EXPECTED):
        assert decode(image) == [expected], name
    text = pdf_text(pdf)
    assert "ED 31 Mei 2027" in text and "Lot LT2400-0" in text and "Baznas Provinsi Riau" in text


@pytest.mark.parametrize("name", [n for n, t in TEMPLATES.items() if t.per_page > 1])
def test_a4_sheets_decode_every_position(name):
    template = TEMPLATES[name]
    labels = MIXED * 5
    pdf = render_labels(labels, name)
    pages = render_png(pdf)
    assert len(pages) == -(-len(labels) // template.per_page)
    assert page_sizes_mm(pdf)[0] == (210.0, 297.0)
    found = []
    for image in pages:
        found += decode(image)
    assert sorted(found) == sorted(EXPECTED * 5)
    assert template.per_page >= 14


def test_a4_3x8_has_24_positions_inside_the_sheet():
    t = TEMPLATES["a4-3x8"]
    assert t.per_page == 24
    for i in range(24):
        x, y = t.position(i)
        assert x >= 0 and y >= 0
        assert x + t.label_width * 72 / 25.4 <= 595.3 and y + t.label_height * 72 / 25.4 <= 842


def test_start_position_skips_used_labels():
    pdf = render_labels([BINS[0]], "a4-3x8", start=23)
    image = render_png(pdf)[0]
    w, h = image.size
    # the only label is at the bottom right: nothing to decode in the top two thirds
    assert decode(image.crop((0, 0, w, int(h * 0.66)))) == []
    assert decode(image) == [("A-01-02", "Code128")]


def test_long_code_on_small_label_shrinks_with_warning_but_medium_code_fits():
    long_code = "GUDANG-LOT-2026-11-27-0000000001-KAMPAR"
    assert check_labels([LotLabel("X", long_code)], "thermal-50x30") == [long_code]
    with pytest.warns(LabelWarning, match="too long"):
        render_labels([LotLabel("X", long_code)], "thermal-50x30")
    medium = "LOT-26-00123"
    assert check_labels([LotLabel("X", medium)], "thermal-50x30") == []
    with warnings.catch_warnings():
        warnings.simplefilter("error", LabelWarning)
        pdf = render_labels([LotLabel("Beras", medium)], "thermal-50x30")
    assert decode(render_png(pdf, dpi=203)[0]) == [(medium, "Code128")]


def test_bars_are_whole_printer_dots_with_quiet_zone():
    from gudang.documents.labels import _symbol_for, fit_module
    tpl = TEMPLATES["thermal-50x30"]
    symbol = _symbol_for("L00000123")
    module, ok = fit_module(symbol.total, (50 - 3) * 72 / 25.4, tpl)
    assert ok and symbol.quiet_left == symbol.quiet_right == 10
    dots = module / tpl.dot
    assert abs(dots - round(dots)) < 1e-6 and round(dots) >= 2
    assert symbol.total * module <= (50 - 3) * 72 / 25.4


def test_ean_patterns():
    assert len(ean_modules("5901234123457")) == 95 and len(ean_modules("96385074")) == 67
    assert ean_modules("5901234123457").startswith("101") and ean_modules("96385074").endswith("101")


def test_invalid_gtin_falls_back_to_code128_of_sku():
    pdf = render_labels([ItemLabel("Sarung", "SRG-01", gtin="8991002105408")], "thermal-100x50")
    assert decode(render_png(pdf)[0]) == [("SRG-01", "Code128")]


def test_user_text_and_english_label():
    pdf = render_labels([LotLabel("Paket <Keluarga> & Anak", "L00000999", "B1", None, "PT <A&B>")],
                        "thermal-100x50", lang="en")
    text = pdf_text(pdf)
    assert "Paket <Keluarga> & Anak" in text and "No expiry" in text and "PT <A&B>" in text


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_calibration_page(name):
    template = TEMPLATES[name]
    pdf = render_calibration(name)
    size = page_sizes_mm(pdf)
    assert len(size) == 1
    assert size[0] == ((template.page_width or template.label_width),
                       (template.page_height or template.label_height))
    text = pdf_text(pdf)
    assert "10 x 10 mm" in text
    if template.per_page > 1:
        assert str(template.per_page) in text.split()


def test_unknown_template():
    with pytest.raises(InvalidInput):
        render_labels([BinLabel("A")], "a4-9x9")
