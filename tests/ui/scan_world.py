"""A small warehouse for the receiving and issuing screen tests (built with the services)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from gudang.domain.inputs import ReceiptInput, ReceiptLineInput
from gudang.services import catalogue, locations, partners, receipts
from gudang.services.catalogue import ItemInput
from gudang.services.partners import PartnerInput

GS1_GTIN = "09501101530003"  # the GS1 example GTIN (valid check digit)
MIE_GTIN = "8991002101012"
MIE_DUS_GTIN = "8991002101029"


def build(db, admin) -> None:
    for code in ("A-01-01", "A-01-02", "B-02-01"):
        locations.add_location(db, admin, code, "storage")
    partners.add_partner(db, admin, PartnerInput("BNPB", "BNPB Pusat", "donor"))
    partners.add_partner(db, admin, PartnerInput("PMI-KPR", "PMI Kabupaten Kampar", "donor"))
    partners.add_partner(db, admin, PartnerInput(
        "POSKO-LK", "Posko Lipat Kain", "recipient", region="Kampar Kiri", desa="Lipat Kain",
        address="Jl. Lintas Sumbar, Lipat Kain"))
    partners.add_event(db, admin, "BJR-KPR-26", "Banjir Kampar Desember 2026", "banjir", "2026-12-01")
    catalogue.add_item(db, admin, ItemInput("BRS-05", "Beras 5 kg", "sak", "permakanan", gtin=GS1_GTIN))
    catalogue.add_item(db, admin, ItemInput("MIE-01", "Mie instan", "bungkus", "permakanan", gtin=MIE_GTIN,
                                            pack_units=(("dus", Decimal(40)),)))
    catalogue.add_item(db, admin, ItemInput("TRP-46", "Terpal 4x6", "lembar", "shelter",
                                            lot_tracked=False, expiry_required=False))
    # the pack unit's own GTIN (a carton barcode): the catalogue form has no field yet, so it is
    # set here in an audited unit of work (a change without one is what `verify` names)
    from sqlalchemy import update

    from gudang.db.models import ItemUnit
    from gudang.services.uow import UnitOfWork
    with UnitOfWork(db, admin, "catalogue.edit") as uow:
        uow.session.execute(update(ItemUnit).where(ItemUnit.unit == "dus").values(gtin=MIE_DUS_GTIN))
        uow.audit("item.update", "MIE-01", "dus gtin")
        uow.commit()


def stock(db, admin, today: dt.date) -> dict[str, str]:
    """Two lots of rice: L-EARLY (30 days, bin A-01-02) and L-LATE (200 days, A-01-01)."""
    posted = receipts.post_receipt(db, admin, ReceiptInput(
        date=today, donor="BNPB", lines=(
            ReceiptLineInput("BRS-05", Decimal(50), lot="LATE", expiry=today + dt.timedelta(days=200),
                             location="A-01-01"),
            ReceiptLineInput("BRS-05", Decimal(40), lot="EARLY", expiry=today + dt.timedelta(days=30),
                             location="A-01-02"),
            ReceiptLineInput("MIE-01", Decimal(400), lot="M1", expiry=today + dt.timedelta(days=90),
                             location="B-02-01"),
        )))
    return {line.lot: line.barcode for line in posted.lines}


def send_gs(field, ctrl_bracket: bool = False) -> None:
    """The GS1 separator as a wedge scanner sends it: character 29, or Ctrl+]."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    if ctrl_bracket:
        press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    else:
        press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "\x1d")
    QApplication.sendEvent(field, press)


def scan(qtbot, field, code: str, ctrl_bracket: bool = False) -> None:
    """Type `code` into the scan field like a keyboard-wedge scanner, then Enter.

    QTest cannot type character 29 (it asserts), so GS goes as its own key event.
    """
    parts = code.split("\x1d")
    for i, part in enumerate(parts):
        if i:
            send_gs(field, ctrl_bracket)
        if part:
            qtbot.keyClicks(field, part)
    qtbot.keyClick(field, Qt.Key.Key_Enter)
