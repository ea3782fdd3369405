"""The shipped Kampar region codes and the ration standards."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from gudang.domain.errors import InvalidInput
from gudang.domain.rations import RationStandard, ration_lines, round_up
from gudang.domain.regions import check_region_code, regions


def test_the_kampar_list_is_complete_and_well_formed():
    r = regions()
    kecamatan = r.kecamatan()
    villages = [x for x in r.regions if x.kind in ("desa", "kelurahan")]
    # Kabupaten Kampar: 21 kecamatan, 242 desa and 8 kelurahan (Kepmendagri 300.2.2-2138/2025)
    assert len(kecamatan) == 21
    assert sum(x.kind == "desa" for x in villages) == 242 and sum(x.kind == "kelurahan" for x in villages) == 8
    assert r.by_code("14.01").name == "Kampar"
    for region in kecamatan:
        assert re.fullmatch(r"14\.01\.\d{2}", region.code), region
    for region in villages:
        assert re.fullmatch(r"14\.01\.\d{2}\.[12]\d{3}", region.code), region
        assert (region.code.split(".")[3][0] == "1") == (region.kind == "kelurahan")
        assert r.by_code(region.parent_code).kind == "kecamatan"
    assert len({x.code for x in r.regions}) == len(r.regions)
    assert {x.name for x in kecamatan} >= {"Bangkinang", "Bangkinang Kota", "Kampar Kiri Hulu", "XIII Koto Kampar",
                                           "Tapung Hulu", "Koto Kampar Hulu", "Kampa"}


def test_every_desa_of_the_demo_is_found_by_the_names_people_type():
    from gudang.demo import data

    r = regions()
    for partner in data.RECIPIENTS + data.TRANSPORTERS:
        if partner.desa:
            found = r.find(partner.region, partner.desa)
            assert found is not None and found.kind in ("desa", "kelurahan"), partner.code
    assert r.find("Kampar Timur", "Tanjung Bungo").code == "14.01.17.2008"  # Kampa was Kampar Timur
    assert r.find("kec. kampar kiri hulu", "Desa Muara Bio").name == "Muaro Bio"
    assert r.find("Tambang", "Aur Sati").code == "14.01.03.2005"
    assert r.find(None, "Pulau Jambu") is None  # in Kampar and in Kuok: needs the kecamatan
    assert r.find("Kuok", "Pulau Jambu").code == "14.01.05.2007"
    assert r.find("Kampar").code == "14.01.02"
    assert [x.name for x in r.desa_of("Salo")] == ["Salo", "Siabu", "Salo Timur", "Sipungguk", "Ganting Damai",
                                                   "Ganting"]


@pytest.mark.parametrize("good", ["14", "14.01", "14.01.07", "14.01.07.2005", " 14.01.07.1027 "])
def test_region_codes_are_checked(good):
    assert check_region_code(good) == good.strip()


@pytest.mark.parametrize("bad", ["1401", "14.1.07", "14.01.07.205", "14-01-07", "abc", "14.01.07.2005.1"])
def test_a_malformed_region_code_is_refused(bad):
    with pytest.raises(InvalidInput, match="14.01.07.2005"):
        check_region_code(bad)
    assert check_region_code("") is None and check_region_code(None) is None


def test_ration_lines_round_up_to_what_the_item_allows():
    rice = RationStandard("BRS", "Beras", "kg", 0, Decimal("0.25"), None)
    oil = RationStandard("MYK", "Minyak", "liter", 1, Decimal("0.03"), None)
    kit = RationStandard("FMK", "Family kit", "paket", 0, None, Decimal(1))
    lines = {line.sku: line for line in ration_lines([rice, oil, kit], people=1234, households=321, days=3)}
    assert lines["BRS"].qty == Decimal(926)  # 925.5 kg rounded up to whole kg
    assert lines["MYK"].qty == Decimal("111.1")  # 111.06 l to one decimal
    assert lines["FMK"].qty == Decimal(321)
    assert "1234 x 3 x 0.25" in lines["BRS"].basis
    assert ration_lines([kit], people=100, households=0, days=3) == []
    assert round_up(Decimal("2.0001"), 0) == 3 and round_up(Decimal(2), 0) == 2


def test_the_ration_screen_offers_the_default_standards_for_rice_and_family_kits_only():
    from gudang.demo.data import ITEMS
    from gudang.domain.rations import KITS_PER_HOUSEHOLD, RICE_KG_PER_PERSON_DAY, suggested_standard

    offered = {item.sku: suggested_standard(item.name, item.base_unit) for item in ITEMS}
    offered = {sku: value for sku, value in offered.items() if value is not None}
    # rice counted in kg per person per day; family and hygiene kits one per household (KK);
    # not rice in 5 kg sacks, not the baby kit or the dignity kit (per person in need)
    assert offered == {"PMK-BRS-MED": (RICE_KG_PER_PERSON_DAY, None), "PMK-BRS-CBP": (RICE_KG_PER_PERSON_DAY, None),
                       "PRL-FMK-PKT": (None, KITS_PER_HOUSEHOLD), "KBR-HYK-PKT": (None, KITS_PER_HOUSEHOLD)}
    assert suggested_standard("Rice, white", "KG") == (Decimal("0.25"), None)
    assert suggested_standard("Paket keluarga", "paket") == (None, Decimal(1))
