"""Items, partners, locations and events (catalogue services)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gudang.domain.errors import AlreadyExists, InvalidInput, NotFound, PermissionDenied
from gudang.services import catalogue, locations, partners
from gudang.services.uow import Actor
from tests.conftest import snapshot
from tests.support.builders import fresh_db  # noqa: F401  (fixture)
from tests.support.builders import ADMIN_ACTOR as A, english, scalar

VIEWER = Actor("tamu", "viewer")


@pytest.fixture
def db(fresh_db):
    with english():
        yield fresh_db


def test_items(db):
    row = catalogue.add_item(db, A, catalogue.ItemInput(
        sku=" BRS-5 ", name="Beras 5 kg", unit="sak", category="Pangan", gtin="4006381333931",
        min_stock=Decimal(10), pack_units=(("karung", Decimal(10)),)))
    assert (row.sku, row.unit, row.gtin, row.pack_units) == ("BRS-5", "sak", "4006381333931", (("karung", 10),))
    before = snapshot(db)
    for data, error, message in [
        (dict(sku="BRS-5", name="x", unit="sak"), AlreadyExists, "item BRS-5 already exists"),
        (dict(sku="X", name="x", unit="sak", gtin="4006381333932"), InvalidInput, "field gtin"),
        (dict(sku="Y", name="x", unit="sak", gtin="4006381333931"), AlreadyExists, "GTIN"),
        (dict(sku="", name="x", unit="sak"), InvalidInput, "field sku"),
        (dict(sku="Z", name=" ", unit="sak"), InvalidInput, "field name"),
        (dict(sku="Z", name="z", unit="sak", min_stock="abc"), InvalidInput, "field min-stock"),
    ]:
        with pytest.raises(error, match=message):
            catalogue.add_item(db, A, catalogue.ItemInput(**data))
    with pytest.raises(PermissionDenied):
        catalogue.add_item(db, VIEWER, catalogue.ItemInput(sku="V", name="v", unit="pcs"))
    assert snapshot(db) == before
    catalogue.update_item(db, A, "BRS-5", catalogue.ItemInput(sku="BRS-5", name="Beras premium", unit="sak"))
    with pytest.raises(InvalidInput, match="base unit"):
        catalogue.update_item(db, A, "BRS-5", catalogue.ItemInput(sku="BRS-5", name="B", unit="kg"))
    catalogue.set_item_active(db, A, "BRS-5", False)
    [listed] = catalogue.list_items(db)
    assert (listed.name, listed.active) == ("Beras premium", False)
    assert catalogue.list_items(db, include_inactive=False) == []


def test_item_import_is_all_or_nothing_and_reports_every_bad_row(db):
    catalogue.add_item(db, A, catalogue.ItemInput(sku="OLD", name="Lama", unit="pcs"))
    before = snapshot(db)
    rows = [{"sku": "A1", "name": "Air", "unit": "dus"}, {"sku": "A2", "name": "", "unit": "dus"},
            {"sku": "A1", "name": "Lagi", "unit": "pcs"}, {"sku": "A3", "name": "X", "unit": "pcs", "min-stock": "-1"},
            {"sku": "OLD", "name": "Lama", "unit": "pcs"}]
    with pytest.raises(catalogue.ImportRejected) as raised:
        catalogue.import_items(db, A, rows)
    assert [p.split(":")[0] for p in raised.value.problems] == ["row 3", "row 4", "row 5"]
    assert snapshot(db) == before
    with pytest.raises(catalogue.ImportRejected, match="row 3: item OLD already exists"):
        catalogue.import_items(db, A, [rows[0], rows[4]])
    assert snapshot(db) == before
    assert catalogue.import_items(db, A, [rows[0], {"sku": "A4", "name": "Tikar", "unit": "lembar",
                                                    "no-lot": "ya", "no-expiry": "yes"}]) == 2
    tikar = {r.sku: r for r in catalogue.list_items(db)}["A4"]
    assert (tikar.lot_tracked, tikar.expiry_required) == (False, False)


def test_partners_locations_events(db):
    partners.add_partner(db, A, partners.PartnerInput(code="PMI", name="PMI Kampar", kind="donor", people_served=5))
    with pytest.raises(AlreadyExists):
        partners.add_partner(db, A, partners.PartnerInput(code="PMI", name="x", kind="donor"))
    with pytest.raises(InvalidInput, match="field kind"):
        partners.add_partner(db, A, partners.PartnerInput(code="Q", name="x", kind="penjual"))
    with pytest.raises(InvalidInput, match="field people-served"):
        partners.add_partner(db, A, partners.PartnerInput(code="Q", name="x", kind="recipient", people_served="banyak"))
    assert [p.code for p in partners.list_partners(db, kind="donor")] == ["PMI"]
    partners.set_partner_active(db, A, "PMI", False)
    assert partners.list_partners(db)[0].active is False

    locations.add_location(db, A, "A-01")
    locations.add_location(db, A, "Q-01", "quarantine")
    with pytest.raises(AlreadyExists):
        locations.add_location(db, A, "A-01")
    with pytest.raises(InvalidInput, match="field kind"):
        locations.add_location(db, A, "T-01", "transit")
    with pytest.raises(NotFound, match="field warehouse"):
        locations.add_location(db, A, "C-01", warehouse="GDG-99")
    codes = {l.code: l.kind for l in locations.list_locations(db)}
    assert codes == {"A-01": "storage", "Q-01": "quarantine", "TERIMA-01": "receiving", "KARANTINA-01": "quarantine"}
    assert len(locations.list_locations(db, include_virtual=True)) == 4 + 5

    event = partners.add_event(db, A, "BJR-26", "Banjir Kampar", "Banjir", "2026-11-20", "2026-12-20")
    assert (event.type, str(event.start)) == ("banjir", "2026-11-20")
    with pytest.raises(InvalidInput, match="field end"):
        partners.add_event(db, A, "X", "x", "banjir", "2026-11-20", "2026-11-01")
    with pytest.raises(InvalidInput, match="field start"):
        partners.add_event(db, A, "X", "x", "banjir", "2026-02-30")
    assert [e.code for e in partners.list_events(db)] == ["BJR-26"]
    assert scalar(db, "SELECT count(*) FROM audit_entry WHERE action LIKE 'partner.%' OR action LIKE 'location.%'"
                      " OR action LIKE 'event.%'") == 5
