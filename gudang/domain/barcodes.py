"""GTIN / EAN check digits and normalisation (pure Python, no I/O).

GS1 identification keys (GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13), GTIN-14,
GLN, SSCC) all end with the same modulo-10 check digit: weights 3 and 1
alternate from the rightmost data digit.
"""

from __future__ import annotations

from gudang.domain.errors import InvalidInput

GTIN_LENGTHS = (8, 12, 13, 14)


def mod10_check_digit(body: str) -> str:
    """Check digit for the digits `body` (the key without its check digit).

    >>> mod10_check_digit("590123412345")
    '7'
    """
    if not body or not body.isascii() or not body.isdigit():
        raise InvalidInput("A check digit needs digits only, got {code}", code=body)
    total = 0
    for position, char in enumerate(reversed(body)):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def has_valid_check_digit(code: str) -> bool:
    """True when the last digit of `code` is the GS1 mod-10 check digit of the rest."""
    if len(code) < 2 or not code.isascii() or not code.isdigit():
        return False
    return mod10_check_digit(code[:-1]) == code[-1]


def clean_code(code: str) -> str:
    """Strip blanks and the separators people type or scanners add."""
    return "".join(ch for ch in code.strip() if ch not in " -\t")


def is_valid_gtin(code: str) -> bool:
    """True for a GTIN-8, -12, -13 or -14 of digits with a correct check digit."""
    code = clean_code(code) if isinstance(code, str) else ""
    return len(code) in GTIN_LENGTHS and has_valid_check_digit(code)


def is_valid_sscc(code: str) -> bool:
    """True for an 18-digit SSCC with a correct check digit."""
    return len(code) == 18 and has_valid_check_digit(code)


def normalize_gtin(code: str) -> str:
    """The GTIN-14 form (left-padded with zeros) of a valid GTIN-8/12/13/14.

    Raises InvalidInput naming the problem otherwise.
    """
    cleaned = clean_code(code)
    if not cleaned or not cleaned.isascii() or not cleaned.isdigit():
        raise InvalidInput("GTIN {code} must consist of digits only", code=code)
    if len(cleaned) not in GTIN_LENGTHS:
        raise InvalidInput(
            "GTIN {code} has {length} digits; expected 8, 12, 13 or 14",
            code=code,
            length=len(cleaned),
        )
    if not has_valid_check_digit(cleaned):
        raise InvalidInput(
            "Check digit of GTIN {code} is wrong (expected {expected})",
            code=code,
            expected=mod10_check_digit(cleaned[:-1]),
        )
    return cleaned.zfill(14)


def gtin_for_display(code: str) -> str:
    """The shortest usual form of a GTIN: GTIN-14 with leading zeros becomes
    EAN-13, UPC-A (12) or EAN-8 as printed on the pack."""
    gtin14 = normalize_gtin(code)
    if gtin14.startswith("000000"):
        return gtin14[6:]  # GTIN-8
    if gtin14.startswith("00"):
        return gtin14[2:]  # GTIN-12 (UPC-A)
    if gtin14.startswith("0"):
        return gtin14[1:]  # GTIN-13
    return gtin14


def ean_symbol_for(code: str) -> tuple[str, str] | None:
    """Which retail symbol prints a GTIN: ("ean8", 8 digits) or ("ean13", 13
    digits); None when it is not a valid GTIN or needs ITF-14/GS1-128 (a
    GTIN-14 with a non-zero indicator digit)."""
    if not is_valid_gtin(code):
        return None
    gtin14 = normalize_gtin(code)
    if gtin14.startswith("000000") and len(clean_code(code)) == 8:
        return ("ean8", gtin14[6:])
    if gtin14.startswith("0"):
        return ("ean13", gtin14[1:])
    return None


def with_check_digit(body: str) -> str:
    """`body` followed by its check digit (to build test or internal codes)."""
    return body + mod10_check_digit(body)
