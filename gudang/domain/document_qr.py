"""The one QR format of every printed document (pure Python, no I/O).

Every document Gudang prints carries one QR code:

    DOK|<number>|<hash>

- ``DOK`` marks a Gudang document (dokumen);
- ``<number>`` is the document number as printed, e.g. ``014/SJ/BPBD-KPR/XI/2026``
  (a number never contains ``|``);
- ``<hash>`` is 8 lowercase hex digits over the document's lines (``lines_hash``):
  a surat jalan whose lines were changed after printing, or a paper of another
  document with the same number, does not match. It is empty for papers
  without lines (a stock card).

Papers printed before this format carry ``SJ|<number>|<hash>`` (surat jalan
only); `decode` reads them too, so those papers keep working.

Who uses it: the renderers (`encode`), the scan resolver and `gudang confirm`
(`decode`, then compare the hash with the posted lines through `lines_hash`).
A scanned plain document number is not a QR payload: `decode` returns None and
the caller looks the number up as it is.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

PREFIX = "DOK"
LEGACY_PREFIXES = ("SJ",)  # surat jalan printed before the one format
HASH_LENGTH = 8


@dataclass(frozen=True)
class DocumentQr:
    """A decoded document QR: the number, the line hash ('' when the paper has
    no lines) and whether it is an old-format surat jalan QR."""

    number: str
    lines_hash: str
    legacy: bool = False

    def matches(self, lines: Iterable[tuple[str, str, Decimal]]) -> bool:
        """True when the hash on the paper equals the hash of `lines` (see `lines_hash`)."""
        return self.lines_hash == lines_hash(lines)


def _canonical_qty(qty: Decimal | int | str) -> str:
    value = Decimal(qty).normalize()
    return format(value, "f") if value != 0 else "0"


def lines_hash(lines: Iterable[tuple[str, str, Decimal]]) -> str:
    """First 8 hex digits of sha256 over the sorted canonical lines
    "sku|lot|qty", joined by newlines. `lot` is the internal lot barcode (else
    the supplier's lot code, else ''). Independent of line order and of how
    the quantity is written (10, 10.0 and 10.000 are the same line).

    >>> lines_hash([("BRS-05", "L00000123", Decimal("10.0"))]) == lines_hash([("BRS-05", "L00000123", 10)])
    True
    """
    canonical = sorted(f"{sku}|{lot or ''}|{_canonical_qty(qty)}" for sku, lot, qty in lines)
    return hashlib.sha256("\n".join(canonical).encode("utf-8")).hexdigest()[:HASH_LENGTH]


def encode(number: str, lines: Iterable[tuple[str, str, Decimal]] | None = None) -> str:
    """The QR payload of document `number` with the hash of its lines
    (None: a paper without lines, the hash part stays empty)."""
    if not number or "|" in number:
        raise ValueError(f"not a printable document number: {number!r}")
    digest = lines_hash(lines) if lines is not None else ""
    return f"{PREFIX}|{number}|{digest}"


def decode(payload: str) -> DocumentQr | None:
    """The document named by a scanned QR payload, or None when the text is not
    a document QR (a lot label, a bin, a plain number, a GS1 string...).

    Leading/trailing blanks and a trailing Enter of keyboard-wedge scanners are
    ignored; the prefix is case-insensitive (scanners with Caps Lock on)."""
    if not isinstance(payload, str):
        return None
    parts = payload.strip().split("|")
    if len(parts) != 3:
        return None
    prefix, number, digest = parts[0].strip().upper(), parts[1].strip(), parts[2].strip().lower()
    if not number:
        return None
    if digest and (len(digest) != HASH_LENGTH or any(ch not in "0123456789abcdef" for ch in digest)):
        return None
    if prefix == PREFIX:
        return DocumentQr(number, digest)
    if prefix in LEGACY_PREFIXES and digest:
        return DocumentQr(number, digest, legacy=True)
    return None
