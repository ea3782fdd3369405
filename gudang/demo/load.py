"""Loading the "Banjir Kampar" training data through the normal services.

Master data first (agency settings, warehouse, bins, items, partners, events,
training users), then about four months of receipts and dispatches posted in
date order, so the ledger, numbers and audit log are exactly what real use
would have produced. Deterministic: the same seed gives the same database.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select

from gudang.domain import dates
from gudang.db.engine import Database
from gudang.db.models import Location, Setting, Warehouse
from gudang.demo import data
from gudang.domain.errors import GudangError, InsufficientStock, InvalidState
from gudang.domain.roles import require
from gudang.i18n import N_
from gudang.domain.dates import simulated_day
from gudang.domain.inputs import IssueInput, IssueLineInput, ReceiptInput, ReceiptLineInput
from gudang.services import catalogue, issues, partners, queries, receipts, setup
from gudang.services.uow import Actor, UnitOfWork

DEMO_ACTOR = Actor("demo", "admin", "Data latihan")
TRAINING_PASSWORD = "latihan123"  # published in the README: training databases only
TRAINING_SETTING = setup.TRAINING_SETTING
TRAINING_USERS = (("kepala", "kepala_gudang", "Kepala Gudang (latihan)"),
                  ("petugas", "petugas", "Petugas Gudang (latihan)"),
                  ("tamu", "viewer", "Tamu (latihan)"))


# A plain, licence-free emblem drawn by scripts/make_demo_emblem.py (not the regency's
# real one); relative to the resources folder, so it is found in the bundle too.
DEMO_EMBLEM = "logo/demo-emblem.png"


def _master_data(db: Database) -> None:
    agency = data.AGENCY
    lines = list(agency.name_lines) + ["", ""]
    with UnitOfWork(db, DEMO_ACTOR) as uow:
        site = uow.session.scalar(select(Warehouse).order_by(Warehouse.id).limit(1))
        site.code, site.name = data.WAREHOUSE.code, data.WAREHOUSE.name
        site.address, site.region = data.WAREHOUSE.address, data.WAREHOUSE.region
        existing = set(uow.session.scalars(select(Location.code)))
        for bin in data.BINS:
            if bin.code not in existing:
                uow.session.add(Location(code=bin.code, name=bin.description, kind=bin.kind,
                                         warehouse=site, active=True))
        training = uow.session.get(Setting, TRAINING_SETTING)
        if training is None:
            uow.session.add(Setting(key=TRAINING_SETTING, value="1"))
        else:
            training.value = "1"
        uow.audit("demo.load", None, "warehouse and bins; marked as a training database")
        uow.commit()
    setup.update_settings(db, DEMO_ACTOR, {
        "agency_line1": lines[0], "agency_line2": lines[1],
        "agency_address": agency.address,
        "agency_contact": f"Telp. {agency.phone} · {agency.email}",
        "agency_city": agency.city, "agency_code": agency.number_code,
        "agency_logo": DEMO_EMBLEM,
        "head_name": agency.kepala_pelaksana_name, "head_nip": agency.kepala_pelaksana_nip,
        "head_title": agency.kepala_pelaksana_title,
        "warehouse_head_name": agency.head_of_warehouse_name,
        "warehouse_head_nip": agency.head_of_warehouse_nip,
    })
    for item in data.ITEMS:
        catalogue.add_item(db, DEMO_ACTOR, catalogue.ItemInput(
            sku=item.sku, name=item.name, unit=item.base_unit, category=item.category, gtin=item.gtin,
            lot_tracked=item.lot_tracked, expiry_required=item.expiry_required, min_stock=item.min_stock,
            weight_kg=item.weight_kg, volume_m3=item.volume_m3, pack_units=item.pack_units,
            decimals=item.decimals))
    for partner in data.DONORS + data.RECIPIENTS + data.TRANSPORTERS:
        partners.add_partner(db, DEMO_ACTOR, partners.PartnerInput(
            code=partner.code, name=partner.name, kind=partner.kind, region=partner.region,
            desa=partner.desa, address=partner.address, contact=partner.contact, phone=partner.phone,
            people_served=partner.people_served))
    for event in data.EVENTS:
        partners.add_event(db, DEMO_ACTOR, event.code, event.name, event.type, event.start, event.end,
                           event.area)
    from gudang.services.users import add_user, list_users

    known = {u.name for u in list_users(db)}
    for name, role, full_name in TRAINING_USERS:
        if name not in known:
            add_user(db, DEMO_ACTOR, name, role, TRAINING_PASSWORD, full_name)


def _event_on(day: dt.date) -> str | None:
    for event in data.EVENTS:
        if event.start <= day and (event.end is None or day <= event.end):
            return event.code
    return None


def load_demo(db: Database, actor: Actor, *, today: dt.date | None = None, seed: int = 2026) -> dict[str, int]:
    """Fill an initialised database with the training scenario. Returns counts.

    Only an administrator may, and only into a database with no posted documents
    of its own: the training data (and its training users, whose password is
    published) never mix with a real ledger. The database is marked as a
    training database (setting `training_database`), which the app shows."""
    require(actor.role, "users.manage")
    if catalogue.list_items(db, data.ITEMS[0].sku):
        raise GudangError(N_("the demo data is already loaded"))
    if setup.posted_documents(db):
        raise InvalidState(N_("this database already holds posted documents: load the training data into a "
                              "separate training database, e.g. `gudang --db latihan.sqlite3 init --demo`"))
    today = today or dates.today()
    rng = random.Random(seed)
    _master_data(db)
    from gudang.demo import requests as demo_requests

    demo_requests.setup_people_and_rations(db, DEMO_ACTOR)
    history = demo_requests.History(db, DEMO_ACTOR, seed)
    storage = [b.code for b in data.BINS if b.kind == "storage"]
    donors = [p.code for p in data.DONORS]
    recipients = [p.code for p in data.RECIPIENTS]
    start = today - dt.timedelta(days=120)
    counts = {"items": len(data.ITEMS), "partners": len(data.DONORS + data.RECIPIENTS + data.TRANSPORTERS),
              "receipts": 0, "issues": 0}
    day = start
    while day <= today:
        flood = _event_on(day) == "BJR-KPR-2026-10"
        with simulated_day(day):  # history as it happened: each day's documents entered that day
            if rng.random() < (0.45 if flood else 0.12):
                _receive(db, rng, day, donors, storage)
                counts["receipts"] += 1
            dispatches = (rng.randint(1, 3) if flood else (1 if rng.random() < 0.15 else 0)) if day > start else 0
            for _ in range(dispatches):
                if _dispatch(db, rng, day, recipients):
                    counts["issues"] += 1
            history.day(day, _event_on(day))
        day += dt.timedelta(days=1)
    history.finish(today)
    counts["requests"] = len(history.open) + demo_requests.open_requests(db, DEMO_ACTOR, today, seed)
    return counts


def _receive(db: Database, rng: random.Random, day: dt.date, donors: list[str], bins: list[str]) -> None:
    lines = []
    for item in rng.sample(data.ITEMS, rng.randint(4, 14)):
        low, high = item.typical_receipt_qty
        qty = Decimal(rng.randint(int(low), max(int(low), int(high))))
        expiry = None
        if item.shelf_life_days:
            # Mostly fresh stock, some short-dated donations (they expire during the scenario).
            life = item.shelf_life_days if rng.random() < 0.8 else rng.randint(20, 90)
            expiry = day + dt.timedelta(days=rng.randint(max(10, life // 2), life))
        lot = f"{item.sku.split('-')[1]}{day:%y%m}{rng.randint(100, 999)}" if item.lot_tracked else None
        lines.append(ReceiptLineInput(item.sku, qty, lot=lot, expiry=expiry, location=rng.choice(bins)))
    vehicle = rng.choice(data.VEHICLES)
    receipts.post_receipt(db, DEMO_ACTOR, ReceiptInput(
        date=day, donor=rng.choice(donors), lines=tuple(lines),
        reference=f"SJ-{rng.randint(1000, 9999)}/{day:%m}/{day:%Y}", event=_event_on(day),
        vehicle=vehicle.plate, deliverer=vehicle.driver))


def _dispatch(db: Database, rng: random.Random, day: dt.date, recipients: list[str]) -> bool:
    stock = queries.stock_on_hand(db)
    usable: dict[str, Decimal] = {}
    for row in stock:
        if row.status == "available" and (row.expiry is None or row.expiry >= day) \
                and row.location_kind != "quarantine" and row.received <= day:
            usable[row.sku] = usable.get(row.sku, Decimal(0)) + row.qty
    if not usable:
        return False
    skus = rng.sample(sorted(usable), min(len(usable), rng.randint(3, 8)))
    lines = tuple(IssueLineInput(sku, Decimal(max(1, int(usable[sku] * Decimal(rng.uniform(0.05, 0.3))))))
                  for sku in skus)
    vehicle = rng.choice(data.VEHICLES)
    recipient = rng.choice(recipients)
    try:
        issues.issue_goods(db, DEMO_ACTOR, IssueInput(
            date=day, recipient=recipient, lines=lines, event=_event_on(day),
            reference=f"Permintaan {rng.randint(10, 99)}/{recipient}/{day:%Y}",
            transport_mode="darat", carrier="BPBD Kampar", vehicle=vehicle.plate,
            driver=vehicle.driver, driver_phone=vehicle.phone))
    except InsufficientStock:
        return False  # stock received later in the day than the dispatch; skip it
    return True
