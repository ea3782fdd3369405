"""The tables, as SQLAlchemy 2.x declarative classes.

Stock is a ledger: `StockMove` rows move a quantity of one lot from one
location to another and are never changed. Donors, recipients, transit,
adjustment and write-off are locations too (kind `virtual_*`), so every
change of stock is a move. `Balance` caches the sum of moves per lot and
location for the locations that hold goods, updated in the same transaction
as the moves; `gudang verify` recomputes it.

Every lot-less item still gets a lot per receipt line, so stock is always
keyed by lot: that is what lets a donor see where each delivery went.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, MetaData,
    String, Text, UniqueConstraint, text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from gudang.db.types import Measure, Quantity

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# Location kinds. Internal kinds hold goods and have balances; transit too,
# since goods on a truck are still the warehouse's until delivery is confirmed.
STORAGE, RECEIVING, QUARANTINE = "storage", "receiving", "quarantine"
TRANSIT = "transit"
DONOR, RECIPIENT, ADJUSTMENT, WRITEOFF = "donor", "recipient", "adjustment", "writeoff"
ON_HAND_KINDS = (STORAGE, RECEIVING, QUARANTINE)
BALANCED_KINDS = ON_HAND_KINDS + (TRANSIT,)
VIRTUAL_KINDS = (DONOR, RECIPIENT, TRANSIT, ADJUSTMENT, WRITEOFF)
LOCATION_KINDS = ON_HAND_KINDS + VIRTUAL_KINDS
ALLOCATABLE_KINDS = (STORAGE, RECEIVING)


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Warehouse(Base):
    __tablename__ = "warehouse"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    region: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Location(Base):
    __tablename__ = "location"
    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    warehouse: Mapped[Warehouse | None] = relationship()
    __table_args__ = (
        CheckConstraint(f"kind IN {LOCATION_KINDS!r}", name="kind"),
    )


class Item(Base):
    __tablename__ = "item"
    __table_args__ = (CheckConstraint("decimals BETWEEN 0 AND 3", name="decimals"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(60), index=True)
    base_unit: Mapped[str] = mapped_column(String(20))
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    lot_tracked: Mapped[bool] = mapped_column(Boolean, default=True)
    expiry_required: Mapped[bool] = mapped_column(Boolean, default=True)
    min_stock: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    weight_kg: Mapped[Decimal] = mapped_column(Measure, default=Decimal(0))
    volume_m3: Mapped[Decimal] = mapped_column(Measure, default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Decimal places a quantity of this item may have (0: whole packages; kg and litre take some).
    decimals: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Ration standards (gudang.domain.rations): base units per person per day, and per
    # household (KK) once per request; used to turn people x days into request lines.
    ration_person_day: Mapped[Decimal | None] = mapped_column(Quantity)
    ration_household: Mapped[Decimal | None] = mapped_column(Quantity)
    units: Mapped[list["ItemUnit"]] = relationship(back_populates="item", cascade="all, delete-orphan")


class ItemUnit(Base):
    """A pack unit of an item: 1 `unit` = `factor` base units (1 dus = 40 pcs)."""

    __tablename__ = "item_unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    unit: Mapped[str] = mapped_column(String(20))
    factor: Mapped[Decimal] = mapped_column(Quantity)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    item: Mapped[Item] = relationship(back_populates="units")
    __table_args__ = (UniqueConstraint("item_id", "unit"),)


class Partner(Base):
    __tablename__ = "partner"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    region: Mapped[str | None] = mapped_column(String(100))
    desa: Mapped[str | None] = mapped_column(String(100))
    region_code: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(300))
    contact: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    people_served: Mapped[int | None] = mapped_column(Integer)  # jiwa
    # The people behind a recipient (posko, desa): households (KK) and vulnerable groups.
    households: Mapped[int | None] = mapped_column(Integer)
    balita: Mapped[int | None] = mapped_column(Integer)  # children under five
    lansia: Mapped[int | None] = mapped_column(Integer)  # elderly
    ibu_hamil: Mapped[int | None] = mapped_column(Integer)  # pregnant women
    disabilitas: Mapped[int | None] = mapped_column(Integer)  # people with disabilities
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (
        CheckConstraint("kind IN ('donor', 'recipient', 'transporter')", name="kind"),
    )


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(40))
    area: Mapped[str | None] = mapped_column(Text)
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)


class Lot(Base):
    __tablename__ = "lot"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    code: Mapped[str | None] = mapped_column(String(40))  # the supplier's lot code
    barcode: Mapped[str] = mapped_column(String(20), unique=True)  # our label
    expiry: Mapped[dt.date | None] = mapped_column(Date)
    received: Mapped[dt.date] = mapped_column(Date)
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"))
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    funding: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(16), default="available")
    __table_args__ = (
        Index("ix_lot_item_expiry", "item_id", "expiry"),
        Index("ix_lot_expiry", "expiry"),  # lots expiring before a date
        Index("ix_lot_code", "code"),
        CheckConstraint("status IN ('available', 'quarantine')", name="status"),
    )


class Document(Base):
    """A receipt, issue, transfer, adjustment, write-off or reversal.

    States: draft -> approved -> posted. A posted document is never changed;
    it is cancelled by a reversal document whose `reverses_id` points to it.
    """

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    seq: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default="draft")
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"))
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    reference: Mapped[str | None] = mapped_column(String(120))
    destination: Mapped[str | None] = mapped_column(String(300))
    transport_mode: Mapped[str | None] = mapped_column(String(40))
    carrier: Mapped[str | None] = mapped_column(String(120))
    vehicle: Mapped[str | None] = mapped_column(String(40))
    driver: Mapped[str | None] = mapped_column(String(120))
    driver_phone: Mapped[str | None] = mapped_column(String(40))
    deliverer: Mapped[str | None] = mapped_column(String(120))
    received_title: Mapped[str | None] = mapped_column(String(120))  # BAST: jabatan of who received
    reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    backdate_reason: Mapped[str | None] = mapped_column(Text)  # dated more than backdate_days ago
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), unique=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"), index=True)  # the permintaan an issue serves
    created_by: Mapped[str | None] = mapped_column(String(60))
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(60))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    posted_by: Mapped[str | None] = mapped_column(String(60))
    posted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    lines: Mapped[list["DocumentLine"]] = relationship(
        back_populates="document", order_by="DocumentLine.line_no")
    __table_args__ = (
        UniqueConstraint("type", "year", "seq", name="type_year_seq"),
        Index("ix_document_type_state", "type", "state"),
        Index("ix_document_partner_date", "partner_id", "date"),  # overlap guard
        Index("ix_document_date", "date"),  # today's dispatches, reports by period
        Index("ix_document_reference", "reference"),  # a dispatch's BAST (revision 0012)
        Index("ix_document_reference_lower", text("lower(reference)")),  # a receipt's duplicate
        CheckConstraint("state IN ('draft', 'approved', 'posted')", name="state"),
    )


class DocumentLine(Base):
    """What a document asks for. For issues the allocation to lots and bins is
    in the moves of the line; for receipts each line creates one lot."""

    __tablename__ = "document_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity)
    unit: Mapped[str] = mapped_column(String(20))
    qty_base: Mapped[Decimal] = mapped_column(Quantity)
    expected_qty: Mapped[Decimal | None] = mapped_column(Quantity)  # per sender's document
    lot_code: Mapped[str | None] = mapped_column(String(40))
    expiry: Mapped[dt.date | None] = mapped_column(Date)
    from_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    to_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    condition: Mapped[str | None] = mapped_column(String(16))
    remark: Mapped[str | None] = mapped_column(Text)
    document: Mapped[Document] = relationship(back_populates="lines")


class StockMove(Base):
    """One ledger entry: immutable once written (enforced by triggers)."""

    __tablename__ = "stock_move"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    line_id: Mapped[int | None] = mapped_column(ForeignKey("document_line.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    from_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity)
    posted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    posted_by: Mapped[str] = mapped_column(String(60))
    __table_args__ = (
        CheckConstraint("qty > 0", name="positive"),
        CheckConstraint("from_location_id <> to_location_id", name="distinct_ends"),
        Index("ix_stock_move_item", "item_id", "id"),
        Index("ix_stock_move_lot", "lot_id"),
    )


class Balance(Base):
    __tablename__ = "balance"
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity)
    __table_args__ = (
        CheckConstraint("qty >= 0", name="not_negative"),
        Index("ix_balance_item", "item_id"),
        Index("ix_balance_location", "location_id"),
    )


class NumberSequence(Base):
    __tablename__ = "number_sequence"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str | None] = mapped_column(String(120))
    title: Mapped[str | None] = mapped_column(String(120))  # jabatan, printed under the signature
    nip: Mapped[str | None] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Unused since revision 0007 (failures and locks are kept per name in `login_attempt`);
    # kept so that an upgraded database keeps every value it had.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        CheckConstraint("role IN ('admin', 'kepala_gudang', 'petugas', 'viewer')", name="role"),
    )


class ReplayKey(Base):
    """The key of a `replay` record, written in the transaction that posted the record: a key
    found here is skipped, so running a file again posts nothing twice."""

    __tablename__ = "replay_key"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # receipt, issue, item, partner, location, event
    object: Mapped[str | None] = mapped_column(String(120))  # the document number or the code
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))


class AuditEntry(Base):
    """Who did what, hash-chained: `hash` covers this row and `prev_hash`."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    object: Mapped[str | None] = mapped_column(String(120))
    summary: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditRow(Base):
    """A row digest an audit entry recorded (see gudang.db.digests); immutable, and
    covered by its entry's hash."""

    __tablename__ = "audit_row"
    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit_entry.id"))
    table_name: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(120))
    label: Mapped[str | None] = mapped_column(String(120))
    digest: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_audit_row_key", "table_name", "row_key"),)


class RowTouch(Base):
    """Rows the touch triggers saw change in the current transaction; consumed at commit."""

    __tablename__ = "row_touch"
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str | None] = mapped_column(String(120))


class ChainAnchor(Base):
    """The audit chain head stamped into a backup copy when it was made."""

    __tablename__ = "chain_anchor"
    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)


class LoginAttempt(Base):
    """Failed logins per name, known or unknown alike, and the lock they caused."""

    __tablename__ = "login_attempt"
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_failure: Mapped[dt.datetime | None] = mapped_column(DateTime)


# -- stock opname (count sessions) ---------------------------------------------
#
# A count session freezes the expected quantities of its scope when it starts
# (`CountLine.expected`), then collects scans (`CountScan`, one row per scan:
# who, when, the raw code). A line's counted quantity is the sum of its live
# scans; a recount voids the scans of the lines with a variance and moves them
# to the next round. Posting writes one adjustment document for the variances.

COUNT_STATES = ("open", "posted", "cancelled")


class CountSession(Base):
    __tablename__ = "count_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)  # e.g. 001/SO/BPBD-KPR/XI/2026
    seq: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    blind: Mapped[bool] = mapped_column(Boolean, default=False)
    categories: Mapped[str | None] = mapped_column(Text)  # JSON list; None = every category
    scope: Mapped[str | None] = mapped_column(Text)  # human description, printed on the report
    state: Mapped[str] = mapped_column(String(16), default="open")
    round: Mapped[int] = mapped_column(Integer, default=1)
    started_by: Mapped[str] = mapped_column(String(60))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(60))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    adjustment_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    reason: Mapped[str | None] = mapped_column(Text)  # why it was cancelled, or the posting's general reason
    __table_args__ = (
        UniqueConstraint("year", "seq", name="year_seq"),
        CheckConstraint("state IN ('open', 'posted', 'cancelled')", name="state"),
        Index("ix_count_session_state", "state"),
    )


class CountLocation(Base):
    """A bin in the scope of a count: postings touching it wait for the count."""

    __tablename__ = "count_location"
    session_id: Mapped[int] = mapped_column(ForeignKey("count_session.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True, index=True)


class CountLine(Base):
    """One lot in one bin: frozen expected quantity (0 for a lot found unexpectedly)."""

    __tablename__ = "count_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("count_session.id"), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    expected: Mapped[Decimal] = mapped_column(Quantity)
    round: Mapped[int] = mapped_column(Integer, default=1)  # the round it is (re)counted in
    reason: Mapped[str | None] = mapped_column(Text)  # of its variance, given at posting
    __table_args__ = (UniqueConstraint("session_id", "location_id", "lot_id", name="session_bin_lot"),)


class CountScan(Base):
    """One scan by one counter: a bin label (sets the counter's bin) or a lot label."""

    __tablename__ = "count_scan"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("count_session.id"))
    kind: Mapped[str] = mapped_column(String(8))  # bin | lot
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    line_id: Mapped[int | None] = mapped_column(ForeignKey("count_line.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(120))  # as scanned
    qty: Mapped[Decimal | None] = mapped_column(Quantity)
    void: Mapped[bool] = mapped_column(Boolean, default=False)  # cleared by a recount
    counted_by: Mapped[str] = mapped_column(String(60))
    counted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    __table_args__ = (
        CheckConstraint("kind IN ('bin', 'lot')", name="kind"),
        Index("ix_count_scan_session_user", "session_id", "counted_by", "id"),
    )


# -- requests (permintaan) -----------------------------------------------------
#
# A recipient's request for goods, with the people behind it. What it has
# received is derived, never stored: the posted, uncancelled goods issues whose
# `request_id` names it (gudang.services.requests). Numbered PMT when entered.

REQUEST_STATES = ("open", "closed")


class Request(Base):
    __tablename__ = "request"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)  # e.g. 007/PMT/BPBD-KPR/XI/2026
    seq: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"))
    reference: Mapped[str | None] = mapped_column(String(120))  # the request letter's number
    priority: Mapped[int] = mapped_column(Integer)  # 1 most urgent .. 3
    people: Mapped[int | None] = mapped_column(Integer)  # jiwa behind this request
    households: Mapped[int | None] = mapped_column(Integer)  # KK
    state: Mapped[str] = mapped_column(String(16), default="open")
    close_reason: Mapped[str | None] = mapped_column(Text)
    closed_by: Mapped[str | None] = mapped_column(String(60))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    __table_args__ = (
        UniqueConstraint("year", "seq", name="request_year_seq"),
        CheckConstraint("priority BETWEEN 1 AND 3", name="priority"),
        CheckConstraint("state IN ('open', 'closed')", name="state"),
        Index("ix_request_event_state", "event_id", "state"),
        Index("ix_request_partner", "partner_id"),
    )


class RequestLine(Base):
    """One item asked for, in the item's base unit."""

    __tablename__ = "request_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity)
    remark: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        UniqueConstraint("request_id", "item_id", name="request_item"),
        CheckConstraint("qty > 0", name="positive"),
    )
