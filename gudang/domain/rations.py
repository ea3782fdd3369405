"""Ration standards: turning the people behind a request into request lines.

An item may carry two standards, in its base unit:
- per person per day (`ration_person_day`): quantity = people x days x standard;
- per household (`ration_household`), given once per request: quantity = households
  (KK) x standard. A family kit or a hygiene kit is one per KK.

Quantities are rounded up to what the item allows (`decimals`), so nobody is
planned short by rounding: 1,234 people x 3 days x 0.25 kg = 925.5 kg of rice
becomes 926 kg for an item counted in whole kg.

Default standards, set on the demo catalogue and offered by the ration screen for an
item without a standard of its own (`suggested_standard`, from the item's name and unit):

- Rice, 0.25 kg per person per day. Peraturan Badan Pangan Nasional No. 30 Tahun
  2023 (penyaluran Cadangan Pangan Pemerintah untuk menanggulangi bencana dan
  keadaan darurat) gives disaster victims 250 g of rice per person (jiwa, infants
  included) per day of the emergency period, e.g. 28 days = 7 kg per person
  (as applied by Bapanas/Bulog for the Jabodetabek floods of March 2025 and in
  Aceh in December 2025). The Sphere Handbook (2018, food security standard 6.1)
  plans 2,100 kcal per person per day; its typical general ration holds 400-450 g
  of cereals with pulses and oil. Where rice must carry the whole diet, set the
  item's standard to 0.4-0.45 kg.
- Family kit and hygiene kit: one per household (KK), as BNPB/Kemensos family
  kits and the Sphere hygiene kit are packed per family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

RICE_KG_PER_PERSON_DAY = Decimal("0.25")  # Perbadan Pangan 30/2023; Sphere basket 0.4-0.45 kg
KITS_PER_HOUSEHOLD = Decimal(1)
MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class RationStandard:
    """The standards of one item, in its base unit."""

    sku: str
    name: str
    unit: str
    decimals: int
    per_person_day: Decimal | None
    per_household: Decimal | None


@dataclass(frozen=True, slots=True)
class RationLine:
    sku: str
    name: str
    unit: str
    qty: Decimal
    basis: str  # how it was computed, e.g. "1.234 x 3 x 0.25"


_RICE = re.compile(r"\b(beras|rice)\b", re.IGNORECASE)
_KIT = re.compile(r"\b(family|hygiene|kebersihan|keluarga)\b.*\b(kit|paket)\b|\b(kit|paket)\b.*\b(keluarga|family|"
                  r"hygiene|kebersihan)\b", re.IGNORECASE)
_NOT_KIT = re.compile(r"\b(bayi|baby|balita|dignity|perempuan|women)\b", re.IGNORECASE)


def suggested_standard(name: str, unit: str) -> tuple[Decimal | None, Decimal | None] | None:
    """The default standard for an item without one, from its name and base unit:
    rice counted in kg gets 0.25 kg per person per day; a family or hygiene kit gets one
    per household (not a baby or dignity kit, which are per person in need). None: no
    default, the kepala gudang decides."""
    if _RICE.search(name) and unit.strip().lower() == "kg":
        return RICE_KG_PER_PERSON_DAY, None
    if _KIT.search(name) and not _NOT_KIT.search(name):
        return None, KITS_PER_HOUSEHOLD
    return None


def round_up(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_CEILING)


def ration_lines(standards: list[RationStandard], people: int, households: int,
                 days: int) -> list[RationLine]:
    """Lines for `people` over `days` and `households` once; items without a standard
    for the figures given are left out, and so are zero quantities."""
    lines = []
    for standard in standards:
        qty = Decimal(0)
        parts = []
        if standard.per_person_day and people and days:
            qty += Decimal(people) * days * standard.per_person_day
            parts.append(f"{people} x {days} x {standard.per_person_day.normalize():f}")
        if standard.per_household and households:
            qty += Decimal(households) * standard.per_household
            parts.append(f"{households} x {standard.per_household.normalize():f}")
        if qty > 0:
            lines.append(RationLine(standard.sku, standard.name, standard.unit,
                                    round_up(qty, standard.decimals), " + ".join(parts)))
    return lines
