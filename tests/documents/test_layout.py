import re
from decimal import Decimal
from pathlib import Path

import pytest

from gudang.documents.layout import esc, fmt_nip, fmt_qty
from gudang.locale.id import MESSAGES


@pytest.mark.parametrize("value,lang,places,expected", [
    (Decimal("1234.5"), "id", None, "1.234,5"), (Decimal("1234.5"), "en", None, "1,234.5"),
    (Decimal("1234567.891"), "id", None, "1.234.567,891"), (Decimal("10.000"), "id", None, "10"),
    (Decimal("0"), "id", None, "0"), (Decimal("-2"), "id", None, "-2"), (Decimal("1E+3"), "id", None, "1.000"),
    (Decimal("2.5"), "id", 2, "2,50"), (Decimal("2.005"), "en", 2, "2.00"), (None, "id", None, ""),
    (40, "en", None, "40"),
])
def test_fmt_qty(value, lang, places, expected):
    assert fmt_qty(value, lang, places) == expected


def test_escape_and_nip():
    assert esc("Paket <Keluarga> & Anak") == "Paket &lt;Keluarga&gt; &amp; Anak"
    assert esc("a\nb") == "a<br/>b"
    assert fmt_nip("198504122010011003") == "19850412 201001 1 003"
    assert fmt_nip("-") == "-"


def test_every_document_text_has_an_indonesian_translation():
    root = Path(__file__).resolve().parents[2] / "gudang" / "documents"
    ids = set()
    for path in root.glob("*.py"):
        for match in re.finditer(r'\bt\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)', path.read_text()):
            ids.add(eval("(" + match.group(1) + ")"))
    assert len(ids) > 100
    missing = sorted(i for i in ids if i not in MESSAGES)
    assert missing == []
    # placeholders survive translation
    for message_id in ids:
        assert set(re.findall(r"\{\w+\}", message_id)) == set(re.findall(r"\{\w+\}", MESSAGES[message_id]))
