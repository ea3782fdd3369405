"""A small world for needs-based distribution: donors, posko with their people, an event,
rice in an expired, a quarantined, a soon and a late lot (tests of requests, allocation, reports)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from gudang.domain.request_inputs import RequestInput, RequestLineInput
from gudang.services import partners, quarantine, requests
from gudang.services.catalogue import ItemInput, add_item
from tests.support.builders import ADMIN_ACTOR as A, basic_world, partner, receive

TODAY = dt.date.today()
EVENT = "BJR-T"


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def needs_world(db) -> None:
    """Two donors, four posko (two in desa Kuntu), rice with an expired, a quarantined, a soon
    and a late lot, noodles in one lot, kits without lots; an event."""
    basic_world(db)
    partner(db, "DON-2", "donor")
    add_item(db, A, ItemInput("BRS", "Beras medium", "kg", "permakanan", weight_kg=Decimal(1)))
    add_item(db, A, ItemInput("MIE", "Mie instan", "bungkus", "permakanan", weight_kg=Decimal("0.09")))
    add_item(db, A, ItemInput("KIT", "Family kit", "paket", "peralatan", lot_tracked=False, expiry_required=False))
    partners.add_event(db, A, EVENT, "Banjir uji", "banjir", day(-20))
    for code, kecamatan, desa, people in (("R1", "Kampar Kiri", "Kuntu", 280), ("R2", "Kampar Kiri", "Domo", 410),
                                          ("R3", "Kampar", "Ranah", 310), ("R4", "Kampar Kiri", "Kuntu", 120)):
        partners.add_partner(db, A, partners.PartnerInput(code, f"Posko {code}", "recipient", region=kecamatan,
                                                          desa=desa, people_served=people))
    receive(db, day(-5), [("BRS", 40, "B-EXP", day(-1), "A-01"), ("BRS", 30, "B-QRT", day(20), "A-01"),
                          ("BRS", 50, "B-SOON", day(10), "A-01"), ("BRS", 70, "B-LATE", day(200), "A-02"),
                          ("MIE", 100, "M-1", day(100), "B-01")], reference="SJ-1")
    receive(db, day(-4), [("KIT", 10, None, None, "B-01")], donor="DON-2", reference="SJ-2")
    quarantine.quarantine_lot(db, A, "B-QRT", "karung basah")


def ask(db, recipient, lines, *, priority=2, date=None, event=EVENT, actor=A, **extra):
    return requests.add_request(db, actor, RequestInput(
        date=date or day(-1), recipient=recipient, event=event, priority=priority,
        lines=tuple(RequestLineInput(sku, Decimal(qty)) for sku, qty in lines), **extra))
