"""The Banjir Kampar demo's requests (permintaan), the people behind each posko, and
the ration standards, loaded through the normal services by gudang.demo.load.

- Population: every posko and desa with people (jiwa) gets households (KK, about
  3.7 people each, as in rural Riau) and its vulnerable groups: balita about 9 %,
  lansia (60+) about 9 %, ibu hamil about 2 %, disabilitas about 1.5 %, varied a
  little per posko. Some posko grow during the flood as evacuees arrive (an
  audited `partner set`), so the figures have a history.
- Ration standards: rice 0.25 kg per person per day (gudang.domain.rations), one
  family kit and one hygiene kit per household.
- History: during the flood posko send requests (3 days of rice for their
  people, plus what they lack), and the warehouse serves them with goods issues
  naming the request, usually in part; one dispatch is cancelled (wrong
  recipient) and re-issued, one old request is closed as superseded.
- Today: a dozen open requests from the posko along the river with priorities
  (1 for boat-access villages of Kampar Kiri Hulu and posko with many balita),
  asking together for more MP-ASI and high-energy biscuits than the warehouse
  holds, so the allocation must share them fairly.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from gudang.db.engine import Database
from gudang.demo import data
from gudang.domain.errors import GudangError
from gudang.domain.inputs import IssueInput, IssueLineInput
from gudang.domain.rations import KITS_PER_HOUSEHOLD, RICE_KG_PER_PERSON_DAY, round_up
from gudang.domain.request_inputs import RequestInput, RequestLineInput
from gudang.services import cancel, issues, partners, queries, requests
from gudang.services.uow import Actor

FLOOD = next(event.code for event in data.EVENTS if event.end is None)  # the flood still running
RICE = "PMK-BRS-MED"
RATIONS = ((RICE, RICE_KG_PER_PERSON_DAY, None),
           ("PRL-FMK-PKT", None, KITS_PER_HOUSEHOLD),
           ("KBR-HYK-PKT", None, KITS_PER_HOUSEHOLD))
# What posko ask for besides rice: (sku, per person for 3 days, whole-number rounding up).
EXTRAS = (("PMK-MIE-GRG", Decimal("2")), ("PMK-AMN-600", Decimal("3")), ("PMK-MYK-GRG", Decimal("0.1")),
          ("SDG-SLM-01", Decimal("0.3")), ("SHL-TKR-PLS", Decimal("0.1")), ("PMK-SRD-155", Decimal("0.5")),
          ("KBR-SBN-BTG", Decimal("0.5")), ("KBR-PBL-PAK", Decimal("0.15")))
# Asked for by many at once in the last days: more than the warehouse holds.
SHORT = (("BYB-MPA-PKT", "balita"), ("PMK-BSK-HEB", "people"))
# Boat-access villages and posko with many small children are served first.
URGENT = ("PNR-KKU-03", "PNR-KKU-04", "PNR-KKU-02", "PNR-KKI-02", "PNR-XKK-02")
GROWING = {"PNR-KKI-02": 1.35, "PNR-KKL-02": 1.2, "PNR-XKK-02": 1.25, "PNR-BKK-02": 1.15}


def population(code: str, people: int) -> dict[str, int]:
    """Households and vulnerable groups for `people` jiwa, varied per posko (deterministic)."""
    rng = random.Random(f"population-{code}")
    share = lambda base: max(0, round(people * base * rng.uniform(0.8, 1.2)))  # noqa: E731
    return {"households": max(1, round(people / rng.uniform(3.4, 4.0))), "balita": share(0.09),
            "lansia": share(0.09), "ibu_hamil": share(0.02), "disabilitas": share(0.015)}


def setup_people_and_rations(db: Database, actor: Actor) -> None:
    for partner in data.RECIPIENTS:
        if partner.people_served:
            partners.change_partner(db, actor, partner.code, **population(partner.code, partner.people_served))
    for sku, per_person, per_household in RATIONS:
        requests.set_ration(db, actor, sku, per_person, per_household)


def _usable(db: Database, day: dt.date) -> dict[str, Decimal]:
    usable: dict[str, Decimal] = {}
    for row in queries.stock_on_hand(db):
        if row.status == "available" and (row.expiry is None or row.expiry >= day) \
                and row.location_kind != "quarantine" and row.received <= day:
            usable[row.sku] = usable.get(row.sku, Decimal(0)) + row.qty
    return usable


def _recipients():
    return [p for p in data.RECIPIENTS if p.people_served and p.code != "PNR-KPR-07"]


def _request_lines(rng: random.Random, people: int, households: int, extras: int) -> tuple[RequestLineInput, ...]:
    lines = [RequestLineInput(RICE, round_up(people * 3 * RICE_KG_PER_PERSON_DAY, 0))]
    if rng.random() < 0.5:
        lines.append(RequestLineInput("PRL-FMK-PKT", Decimal(households)))
    for sku, per_person in rng.sample(EXTRAS, extras):
        lines.append(RequestLineInput(sku, max(Decimal(1), round_up(people * per_person, 0))))
    return tuple(lines)


class History:
    """Requests filed and served day by day during the flood (called from the day loop)."""

    def __init__(self, db: Database, actor: Actor, seed: int) -> None:
        self.db, self.actor = db, actor
        self.rng = random.Random(seed * 7 + 13)  # its own stream: the rest of the demo stays as it was
        self.open: list[str] = []
        self.cancelled_one = False
        self.dispatches = 0
        self.grown: set[str] = set()

    def day(self, day: dt.date, event: str | None) -> None:
        if event != FLOOD:
            return
        rng = self.rng
        for code, factor in GROWING.items():  # evacuees keep arriving at some posko
            if code not in self.grown and rng.random() < 0.08:
                self.grown.add(code)
                row = next(p for p in partners.list_partners(self.db, "recipient") if p.code == code)
                people = round(row.people_served * factor)
                partners.change_partner(self.db, self.actor, code, people_served=people, **population(code, people))
        if rng.random() < 0.55:
            self._file(day)
        if self.open and rng.random() < 0.7:
            self._serve(day, self.open.pop(0))

    def _file(self, day: dt.date) -> None:
        rng = self.rng
        posko = rng.choice(_recipients())
        row = next(p for p in partners.list_partners(self.db, "recipient") if p.code == posko.code)
        people = row.people_served or posko.people_served
        lines = _request_lines(rng, people, row.households or 1, rng.randint(2, 4))
        priority = 1 if posko.code in URGENT else rng.choice((2, 2, 3))
        made = requests.add_request(self.db, self.actor, RequestInput(
            date=day, recipient=posko.code, event=FLOOD, priority=priority, people=people,
            households=row.households, lines=lines,
            reference=f"{rng.randint(10, 99)}/PMT-POSKO/{posko.region.upper().replace(' ', '-')}/{day:%m}/{day:%Y}"))
        self.open.append(made.number)

    def _serve(self, day: dt.date, number: str) -> None:
        rng = self.rng
        detail = requests.request_detail(self.db, number)
        if detail.summary.date >= day:
            self.open.insert(0, number)
            return
        usable = _usable(self.db, day)
        lines = []
        whole = rng.random() < 0.45  # the whole request when the stock allows, else a part
        for line in detail.lines:
            have = usable.get(line.sku, Decimal(0))
            give = min(line.outstanding, int(have * Decimal("0.6")))
            if not whole:
                give = min(give, int(line.outstanding * Decimal(rng.uniform(0.4, 0.9))) or give)
            if give >= 1:
                lines.append(IssueLineInput(line.sku, Decimal(give)))
        if not lines:
            return
        from gudang.demo.data import VEHICLES

        vehicle = rng.choice(VEHICLES)
        head = detail.summary
        recipient = head.recipient
        # one wrong posko is typed in every demo (its cancellation is part of the training), by the
        # fourth dispatch at the latest whatever the dates make of the random draws
        roll = rng.random()
        wrong = not self.cancelled_one and (roll < 0.25 or self.dispatches >= 3)
        self.dispatches += 1
        if wrong:  # typed the neighbouring posko: posted, then cancelled and issued again
            recipient = next(p.code for p in _recipients() if p.code != head.recipient)
        try:
            posted = issues.issue_goods(self.db, self.actor, IssueInput(
                date=day, recipient=recipient, lines=tuple(lines), event=FLOOD, request=number,
                reference=head.reference, transport_mode="darat", carrier="BPBD Kampar", vehicle=vehicle.plate,
                driver=vehicle.driver, driver_phone=vehicle.phone))
            if wrong:
                self.cancelled_one = True
                cancel.cancel_document(self.db, self.actor, posted.number,
                                       "salah penerima: seharusnya " + head.recipient)
                issues.issue_goods(self.db, self.actor, IssueInput(
                    date=day, recipient=head.recipient, lines=tuple(lines), event=FLOOD, request=number,
                    reference=head.reference, transport_mode="darat", carrier="BPBD Kampar",
                    vehicle=vehicle.plate, driver=vehicle.driver, driver_phone=vehicle.phone))
        except GudangError:
            return  # stock received later that day, or a count in progress: served another day

    def finish(self, today: dt.date) -> None:
        """Requests of more than two weeks ago that were served in part are closed: the
        posko sent newer requests, or its people went home. Expired stock is written off."""
        _write_off_expired(self.db, self.actor, today)
        reasons = ("digantikan permintaan baru dari posko yang sama",
                   "pengungsi sudah kembali ke rumah; sisa permintaan tidak diperlukan")
        for row in requests.list_requests(self.db, event=FLOOD, open_only=True):
            if row.date < today - dt.timedelta(days=14) and row.issued > 0 and self.rng.random() < 0.6:
                requests.close_request(self.db, self.actor, row.number, self.rng.choice(reasons))


def _write_off_expired(db: Database, actor: Actor, today: dt.date) -> None:
    """The two lots that expired longest ago go to the write-off (penghapusan) with a berita acara."""
    from gudang.services import writeoff

    expired = sorted((row for row in queries.stock_on_hand(db) if row.expiry and row.expiry < today),
                     key=lambda row: (row.expiry, row.barcode))[:2]
    if not expired:
        return
    writeoff.post_writeoff(db, actor, writeoff.writeoff_from_json({
        "date": today.isoformat(), "reason": "kedaluwarsa, tidak layak dibagikan", "method": "dimusnahkan",
        "lines": [{"lot": row.barcode, "qty": str(row.qty), "location": row.location} for row in expired]}))


def _buffer_stock(db: Database, actor: Actor, day: dt.date, rng: random.Random) -> None:
    """BNPB's buffer stock for the posko arrived yesterday (everything asked for but MP-ASI,
    and fewer biscuits than asked)."""
    from gudang.domain.inputs import ReceiptInput, ReceiptLineInput
    from gudang.services import receipts

    items = {item.sku: item for item in data.ITEMS}
    lines = []
    for sku, qty in ((RICE, 6000), ("PMK-MIE-GRG", 4800), ("PMK-AMN-600", 9600), ("PMK-MYK-GRG", 600),
                     ("SDG-SLM-01", 600), ("SHL-TKR-PLS", 300), ("PMK-SRD-155", 1500), ("KBR-SBN-BTG", 1440),
                     ("KBR-PBL-PAK", 480), ("PRL-FMK-PKT", 300), ("KBR-HYK-PKT", 300), ("PMK-BSK-HEB", 1200)):
        item = items[sku]
        expiry = day + dt.timedelta(days=item.shelf_life_days) if item.shelf_life_days else None
        lot = f"BNPB{day:%y%m}{rng.randint(100, 999)}" if item.lot_tracked else None
        lines.append(ReceiptLineInput(sku, Decimal(qty), lot=lot, expiry=expiry,
                                      location=rng.choice([b.code for b in data.BINS if b.kind == "storage"])))
    receipts.post_receipt(db, actor, ReceiptInput(
        date=day, donor="DNR-BNPB", lines=tuple(lines), event=FLOOD,
        reference=f"BA-{rng.randint(100, 999)}/LOG/BNPB/{day:%m}/{day:%Y}", vehicle="BM 9055 AU",
        deliverer="Eko Prasetyo"))


def open_requests(db: Database, actor: Actor, today: dt.date, seed: int) -> int:
    """Today's open requests of the flood, with a shortage of MP-ASI and biscuits."""
    rng = random.Random(seed * 11 + 5)
    _buffer_stock(db, actor, today - dt.timedelta(days=1), rng)
    usable = _usable(db, today)
    posko = {p.code: p for p in partners.list_partners(db, "recipient")}
    chosen = [code for code in ("PNR-KKU-03", "PNR-KKU-04", "PNR-KKI-02", "PNR-KKI-03", "PNR-KKL-02",
                                "PNR-KKL-03", "PNR-XKK-02", "PNR-XKK-05", "PNR-KPR-01", "PNR-KPR-03",
                                "PNR-RBJ-02", "PNR-BKK-02") if code in posko]
    weights = {code: (posko[code].balita or 1, posko[code].people_served or 1) for code in chosen}
    asks: dict[str, dict[str, int]] = {code: {} for code in chosen}
    for sku, basis in SHORT:
        have = int(usable.get(sku, 0))
        # 1.6 times what is on hand, so even the urgent posko's share leaves others short
        total = max(40, int(have * 1.6))
        base = [weights[c][0] if basis == "balita" else weights[c][1] for c in chosen]
        scale = total / sum(base)
        for code, b in zip(chosen, base):
            asks[code][sku] = max(1, round(b * scale))
    count = 0
    for index, code in enumerate(chosen):
        partner = posko[code]
        people = partner.people_served or 100
        lines = [RequestLineInput(sku, Decimal(qty)) for sku, qty in asks[code].items()]
        lines.append(RequestLineInput(RICE, round_up(people * 3 * RICE_KG_PER_PERSON_DAY, 0)))
        for sku, per_person in rng.sample(EXTRAS, 2):
            lines.append(RequestLineInput(sku, max(Decimal(1), round_up(people * per_person, 0))))
        priority = 1 if code in URGENT[:2] else (2 if index < 9 else 3)
        day = today - dt.timedelta(days=rng.randint(0, 2))
        requests.add_request(db, actor, RequestInput(
            date=day, recipient=code, event=FLOOD, priority=priority, people=people,
            households=partner.households, lines=tuple(lines),
            reference=f"{rng.randint(100, 199)}/PMT/{partner.region.upper().replace(' ', '-')}/{day:%m}/{day:%Y}",
            notes="Air naik lagi; akses jalan terputus, hanya perahu." if code in URGENT[:2] else None))
        count += 1
    # The Tagana kitchen in Air Tiris asks for food too: the same desa as the school posko,
    # which the overlap guard points out.
    kitchen = posko.get("PNR-KPR-07")
    if kitchen is not None:
        requests.add_request(db, actor, RequestInput(
            date=today, recipient=kitchen.code, event=FLOOD, priority=2, people=kitchen.people_served,
            lines=(RequestLineInput(RICE, Decimal(300)), RequestLineInput("PMK-MIE-GRG", Decimal(960))),
            reference=f"07/DU-TAGANA/{today:%m}/{today:%Y}", notes="Dapur umum: 3 kali makan sehari."))
        count += 1
    return count
