from decimal import Decimal

import pytest

from gudang.domain import document_qr
from gudang.domain.document_qr import DocumentQr, decode, encode, lines_hash

LINES = [("BRS-05", "L00000123", Decimal("10")), ("MIE-40", "L00000124", Decimal("2.5"))]


def test_round_trip_and_hash_ignores_order_and_qty_notation():
    payload = encode("014/SJ/BPBD-KPR/XI/2026", LINES)
    assert payload.startswith("DOK|014/SJ/BPBD-KPR/XI/2026|") and len(payload.split("|")[2]) == 8
    qr = decode(payload)
    assert qr == DocumentQr("014/SJ/BPBD-KPR/XI/2026", payload[-8:])
    assert qr.matches(reversed(LINES))
    assert qr.matches([("BRS-05", "L00000123", Decimal("10.000")), ("MIE-40", "L00000124", Decimal("2.50"))])
    assert not qr.matches([("BRS-05", "L00000123", Decimal("11")), LINES[1]])
    assert not qr.matches(LINES[:1])
    assert lines_hash([("A", "", 1)]) != lines_hash([("A", "L1", 1)])


def test_scanner_noise_and_legacy_papers():
    payload = encode("009/BAST/BPBD-KPR/XI/2026", LINES)
    noisy = "dok" + payload[3:-8] + payload[-8:].upper()
    assert decode(f"  {noisy}\r\n") == decode(payload)
    legacy = decode("SJ|014/SJ/BPBD-KPR/XI/2026|" + lines_hash(LINES))
    assert legacy.legacy and legacy.matches(LINES)
    assert decode(encode("001/SO/BPBD-KPR/XI/2026")) == DocumentQr("001/SO/BPBD-KPR/XI/2026", "")


@pytest.mark.parametrize("text", ["014/SJ/BPBD-KPR/XI/2026", "L00000123", "A-01-02", "", "DOK||abcd1234",
                                  "DOK|1/SJ|xyz", "SJ|1/SJ|", "DOK|1|2|3", "(01)08992753001019", None, 42])
def test_other_codes_are_not_document_qrs(text):
    assert decode(text) is None


def test_a_number_with_a_bar_cannot_be_encoded():
    with pytest.raises(ValueError):
        document_qr.encode("1|2")
