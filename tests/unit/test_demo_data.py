"""The "Banjir Kampar" training data set is complete, consistent and realistic."""

from __future__ import annotations

import ast
import dataclasses
import re
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from gudang.demo import data
from gudang.demo.data import (
    AGENCY,
    BINS,
    DONORS,
    EVENTS,
    ITEMS,
    RECIPIENTS,
    TRANSPORTERS,
    VEHICLES,
    WAREHOUSE,
)

CATEGORIES = {"permakanan", "sandang", "kebersihan", "obat-obatan", "shelter", "peralatan"}
OPTIONAL_CATEGORIES = {"bayi & balita"}
# Food, medicine and baby food must carry an expiry date.
EXPIRY_CATEGORIES = {"permakanan", "obat-obatan", "bayi & balita"}

# Kecamatan of Kabupaten Kampar (FORMS.md, "Kampar (Riau) for demo data").
KAMPAR_KECAMATAN = {
    "Bangkinang", "Bangkinang Kota", "Gunung Sahilan", "Kampar", "Kampar Kiri",
    "Kampar Kiri Hilir", "Kampar Kiri Hulu", "Kampar Kiri Tengah", "Kampar Timur",
    "Kampar Utara", "Koto Kampar Hulu", "Kuok", "Perhentian Raja", "Rumbio Jaya", "Salo",
    "Siak Hulu", "Tambang", "Tapung", "Tapung Hilir", "Tapung Hulu", "XIII Koto Kampar",
}
RIVER_KECAMATAN = {"Kampar Kiri", "XIII Koto Kampar", "Kampar", "Rumbio Jaya", "Bangkinang"}

ALL_PARTNERS = DONORS + RECIPIENTS + TRANSPORTERS
ITEMS_BY_SKU = {item.sku: item for item in ITEMS}


def ean13_ok(code: str) -> bool:
    """Check an EAN-13 the way a scanner does: weights 3,1,3,... from the right."""
    if not re.fullmatch(r"\d{13}", code):
        return False
    digits = [int(c) for c in code]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def test_ean13_helper_against_known_codes():
    assert ean13_ok("4006381333931")
    assert ean13_ok("9780306406157")
    assert not ean13_ok("4006381333932")


# --- items ------------------------------------------------------------------


def test_enough_items():
    assert len(ITEMS) >= 170


def test_every_category_present_and_no_unknown_category():
    counts = Counter(item.category for item in ITEMS)
    assert CATEGORIES <= counts.keys()
    assert counts.keys() <= CATEGORIES | OPTIONAL_CATEGORIES
    assert all(counts[c] >= 10 for c in CATEGORIES)


def test_skus_unique_and_short():
    skus = [item.sku for item in ITEMS]
    assert len(skus) == len(set(skus))
    for sku in skus:
        assert re.fullmatch(r"[A-Z]{3}(-[A-Z0-9]{1,5}){2}", sku), sku
        assert len(sku) <= 13


def test_names_unique():
    names = [item.name for item in ITEMS]
    assert len(names) == len(set(names))


def test_sku_prefix_matches_category():
    prefix = {"permakanan": "PMK", "bayi & balita": "BYB", "sandang": "SDG",
              "kebersihan": "KBR", "obat-obatan": "OBT", "shelter": "SHL", "peralatan": "PRL"}
    for item in ITEMS:
        assert item.sku.startswith(prefix[item.category] + "-"), item.sku


def test_gtins_valid_ean13_indonesian_and_unique():
    gtins = [item.gtin for item in ITEMS if item.gtin is not None]
    assert 25 <= len(gtins) <= 40
    assert len(gtins) == len(set(gtins))
    for gtin in gtins:
        assert gtin.startswith("899"), gtin
        assert ean13_ok(gtin), gtin


def test_food_medicine_and_baby_items_need_expiry_and_lot():
    for item in ITEMS:
        if item.category in EXPIRY_CATEGORIES:
            assert item.expiry_required, item.sku
            assert item.lot_tracked, item.sku


def test_expiry_consistent_with_shelf_life_and_lot():
    for item in ITEMS:
        assert item.expiry_required == (item.shelf_life_days is not None), item.sku
        if item.expiry_required:
            assert item.lot_tracked, item.sku
            assert 7 <= item.shelf_life_days <= 3650, item.sku


def test_tracking_mix_in_non_food_categories():
    for category in ("sandang", "shelter", "peralatan"):
        items = [i for i in ITEMS if i.category == category]
        assert not any(i.expiry_required for i in items if category != "peralatan")
        assert any(not i.lot_tracked for i in items)
    equipment = [i for i in ITEMS if i.category == "peralatan"]
    assert any(i.lot_tracked and not i.expiry_required for i in equipment)
    assert any(not i.lot_tracked and not i.expiry_required for i in equipment)


def test_pack_units_positive_distinct_and_not_base_unit():
    for item in ITEMS:
        units = [unit for unit, _ in item.pack_units]
        assert len(units) == len(set(units)), item.sku
        assert item.base_unit not in units, item.sku
        for unit, factor in item.pack_units:
            assert isinstance(factor, Decimal)
            assert factor > 0, (item.sku, unit)
            assert factor > 1 or item.base_unit in {"kg", "liter"}, (item.sku, unit)
        factors = [f for _, f in item.pack_units]
        assert factors == sorted(factors), item.sku


def test_quantities_are_decimal_and_plausible():
    for item in ITEMS:
        for value in (item.min_stock, item.weight_kg, item.volume_m3, *item.typical_receipt_qty):
            assert isinstance(value, Decimal), item.sku
        assert item.min_stock >= 0
        assert Decimal("0.0001") <= item.weight_kg <= Decimal("500"), item.sku
        assert Decimal("0.000001") <= item.volume_m3 <= Decimal("5"), item.sku
        # Density between a feather pillow and water-filled goods.
        density = item.weight_kg / item.volume_m3
        assert Decimal("10") <= density <= Decimal("1500"), (item.sku, density)
        low, high = item.typical_receipt_qty
        assert 0 < low <= high, item.sku


def test_expected_relief_items_with_their_units():
    def find(fragment: str):
        hits = [i for i in ITEMS if fragment.lower() in i.name.lower()]
        assert hits, fragment
        return hits

    rice = ITEMS_BY_SKU["PMK-BRS-MED"]
    assert rice.base_unit == "kg"
    assert dict(rice.pack_units) == {"sak": Decimal(5), "karung": Decimal(50)}
    assert dict(ITEMS_BY_SKU["PMK-MIE-GRG"].pack_units)["dus"] == 40
    assert dict(ITEMS_BY_SKU["PMK-MYK-GRG"].pack_units)["jerigen"] == 5
    assert dict(ITEMS_BY_SKU["PMK-AMN-GLS"].pack_units)["dus"] == 48
    assert dict(ITEMS_BY_SKU["PMK-AMN-600"].pack_units)["dus"] == 24
    assert dict(ITEMS_BY_SKU["KBR-MSK-MED"].pack_units)["kotak"] == 50
    assert ITEMS_BY_SKU["SHL-TRP-46"].base_unit == "lembar"
    assert ITEMS_BY_SKU["OBT-PCT-500"].base_unit == "strip"
    for fragment in ("sarden", "biskuit", "susu UHT", "MP-ASI", "makanan siap saji",
                     "pakaian dewasa", "pakaian anak", "sarung", "selimut", "hygiene kit",
                     "pembalut", "sabun mandi", "tenda keluarga", "tenda serbaguna",
                     "tenda pengungsi", "matras", "kasur", "velbed", "family kit", "kids ware",
                     "peralatan dapur", "genset", "perahu karet", "pelampung", "senter",
                     "jerigen air", "oralit", "amoksisilin", "vitamin", "povidon iodin",
                     "kasa", "plester"):
        find(fragment)


def test_kit_contents_refer_to_catalogue_items():
    kits = [item for item in ITEMS if item.kit_contents]
    assert {"KBR-HYK-PKT", "PRL-FMK-PKT"} <= {k.sku for k in kits}
    for kit in kits:
        for sku, qty in kit.kit_contents:
            assert sku in ITEMS_BY_SKU and sku != kit.sku, (kit.sku, sku)
            assert isinstance(qty, Decimal) and qty > 0
        parts = sum(ITEMS_BY_SKU[s].weight_kg * q for s, q in kit.kit_contents)
        assert parts <= kit.weight_kg * Decimal("1.2"), kit.sku


# --- partners ---------------------------------------------------------------


def test_partner_codes_unique_and_kinds_right():
    codes = [p.code for p in ALL_PARTNERS]
    assert len(codes) == len(set(codes))
    assert {p.kind for p in DONORS} == {"donor"}
    assert {p.kind for p in RECIPIENTS} == {"recipient"}
    assert {p.kind for p in TRANSPORTERS} == {"transporter"}
    for p in ALL_PARTNERS:
        assert p.name and p.address and p.contact and p.region
        assert re.fullmatch(r"(\(0\d{2,3}\) [\d ]{5,9}|08\d{2}-\d{3,4}-\d{3,4})", p.phone), p.phone


def test_expected_donors():
    names = " | ".join(p.name for p in DONORS)
    for fragment in ("BNPB", "BPBD Kabupaten Kampar", "BPBD Provinsi Riau", "Baznas Kabupaten Kampar",
                     "PMI Kabupaten Kampar", "Dinas Sosial Kabupaten Kampar", "Pertamina",
                     "Bank Riau Kepri Syariah", "Masyarakat umum"):
        assert fragment in names, fragment


def test_recipients_in_real_kampar_kecamatan():
    assert len(RECIPIENTS) >= 30
    for p in RECIPIENTS:
        assert p.region in KAMPAR_KECAMATAN, (p.code, p.region)
        assert p.desa, p.code
        assert p.people_served is None or 50 <= p.people_served <= 5000, p.code
    assert RIVER_KECAMATAN <= {p.region for p in RECIPIENTS}
    assert sum(1 for p in RECIPIENTS if p.name.startswith("Posko Pengungsian")) >= 20
    assert sum(p.people_served or 0 for p in RECIPIENTS) > 5000


def test_recipient_desa_known_for_its_kecamatan():
    expected = {
        ("Kampar", "Air Tiris"), ("Kampar", "Ranah"), ("Kampar", "Penyasawan"),
        ("Kampar", "Rumbio"), ("Kampar Kiri", "Kuntu"), ("XIII Koto Kampar", "Batu Bersurat"),
        ("XIII Koto Kampar", "Muara Takus"), ("Bangkinang", "Muara Uwai"),
        ("Rumbio Jaya", "Teratak"), ("Rumbio Jaya", "Pulau Payung"), ("Kampar Timur", "Kampar"),
        ("Kampar Timur", "Sungai Putih"), ("Tambang", "Sungai Pinang"),
    }
    assert expected <= {(p.region, p.desa) for p in RECIPIENTS}


def test_transporters_and_vehicles():
    names = " | ".join(p.name for p in TRANSPORTERS)
    for fragment in ("Kodim 0313", "Polres Kampar", "Tagana", "CV "):
        assert fragment in names
    carriers = {p.code for p in TRANSPORTERS}
    plates = [v.plate for v in VEHICLES]
    assert len(VEHICLES) >= 8 and len(plates) == len(set(plates))
    for v in VEHICLES:
        assert re.fullmatch(r"BM \d{1,4} [A-Z]{1,3}", v.plate), v.plate
        assert v.carrier_code in carriers
        assert v.driver and v.kind and v.phone


# --- warehouse, bins, events, agency ---------------------------------------


def test_warehouse():
    assert WAREHOUSE.code == "GDG-KPR"
    assert WAREHOUSE.name == "Gudang Logistik BPBD Kabupaten Kampar"
    assert WAREHOUSE.region in KAMPAR_KECAMATAN


def test_bins():
    codes = [b.code for b in BINS]
    assert len(codes) == len(set(codes))
    storage = [b for b in BINS if b.kind == "storage"]
    assert len(storage) == 50
    assert {b.code for b in storage} == {
        f"{z}-{r:02d}-{lv:02d}" for z in "ABCDE" for r in range(1, 6) for lv in (1, 2)
    }
    assert codes[0] == "A-01-01" and storage[-1].code == "E-05-02"
    kinds = {b.code: b.kind for b in BINS}
    assert kinds["TERIMA-01"] == "receiving"
    assert kinds["KARANTINA-01"] == "quarantine"
    assert set(kinds.values()) == {"storage", "receiving", "quarantine"}
    assert {b.warehouse_code for b in BINS} == {WAREHOUSE.code}


def test_events():
    by_code = {e.code: e for e in EVENTS}
    assert len(by_code) == len(EVENTS)
    flood = by_code["BJR-KPR-2026-10"]
    assert flood.name == "Banjir Sungai Kampar 2026"  # no month: its documents run into December
    assert flood.type == "banjir" and flood.start == date(2026, 10, 20) and flood.end is None
    assert by_code["BJR-KKI-2026-03"].type == "banjir"
    assert by_code["KHL-TPG-2026-08"].type == "karhutla"
    for e in EVENTS:
        assert e.end is None or e.end >= e.start


def _nip_ok(nip: str) -> bool:
    if not re.fullmatch(r"\d{18}", nip):
        return False
    born = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    appointed_year, appointed_month = int(nip[8:12]), int(nip[12:14])
    return (1 <= appointed_month <= 12 and born.year + 18 <= appointed_year <= 2026
            and nip[14] in "12")


def test_agency():
    assert AGENCY.name_lines == ("PEMERINTAH KABUPATEN KAMPAR",
                                 "BADAN PENANGGULANGAN BENCANA DAERAH")
    assert AGENCY.city == "Bangkinang"
    assert AGENCY.number_code == "BPBD-KPR"
    assert _nip_ok(AGENCY.head_of_warehouse_nip)
    assert _nip_ok(AGENCY.kepala_pelaksana_nip)
    assert AGENCY.head_of_warehouse_nip != AGENCY.kepala_pelaksana_nip
    assert "@" in AGENCY.email


# --- module hygiene ---------------------------------------------------------


@pytest.mark.parametrize("record", [ITEMS[0], DONORS[0], VEHICLES[0], BINS[0], EVENTS[0],
                                    WAREHOUSE, AGENCY])
def test_records_are_frozen(record):
    field = dataclasses.fields(record)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, field, None)


def test_exports_are_tuples():
    for name in ("ITEMS", "DONORS", "RECIPIENTS", "TRANSPORTERS", "VEHICLES", "BINS", "EVENTS"):
        assert isinstance(getattr(data, name), tuple), name


def test_module_is_pure_data():
    tree = ast.parse(Path(data.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported <= {"__future__", "dataclasses", "datetime", "decimal", "typing"}
