"""Pieces shared by the berita acara documents (BAST, penerimaan, stock opname,
penghapusan): the opening sentence with the date in words and the parties."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from gudang.domain.terbilang import tanggal_terbilang

from .data import Party
from .layout import CONTENT_WIDTH, FONT, STYLES, Texts, bold, esc, fmt_nip


def opening_sentence(tx: Texts, date: dt.date, place: str, rest: str = "") -> Paragraph:
    """ "Pada hari ini Jumat tanggal dua puluh tujuh bulan November tahun dua ribu
    dua puluh enam (27-11-2026), bertempat di <place>, <rest>"; in English
    "On Friday, 27 November 2026, at <place>, <rest>". `rest` is markup."""
    if tx.lang == "en":
        start = esc(tx.t("On {day}, {date},", day=date.strftime("%A"), date=tx.date(date)))
    else:
        start = esc(f"{tanggal_terbilang(date).kalimat} ({date.strftime('%d-%m-%Y')}),")
    at = esc(tx.t("at {place},", place="\0")).replace("\0", bold(place) if place else "." * 30)
    markup = f"{start} {at}"
    if rest:
        markup += " " + rest
    return Paragraph(markup, STYLES["body"])


def party_block(tx: Texts, index: int, party: Party, role_name: str) -> Table:
    """ "1. Nama : ...  NIP : ...  Jabatan : ...  Alamat : ..." followed by
    "Dalam hal ini bertindak untuk dan atas nama <agency>, selanjutnya disebut
    PIHAK PERTAMA." """
    rows = [[f"{index}.", Paragraph(esc(tx.t("Name")), STYLES["value"]), ":",
             Paragraph(bold(party.name) if party.name else "." * 50, STYLES["value"])]]
    if party.nip:
        rows.append(["", Paragraph(esc(tx.t("NIP")), STYLES["value"]), ":",
                     Paragraph(esc(fmt_nip(party.nip)), STYLES["value"])])
    for label, value in ((tx.t("Position"), party.position), (tx.t("Address"), party.address)):
        if value:
            rows.append(["", Paragraph(esc(label), STYLES["value"]), ":",
                         Paragraph(esc(value), STYLES["value"])])
    acting = (tx.t("Acting for and on behalf of {agency}, hereinafter called {role}.",
                   agency="\0", role="\1"))
    markup = esc(acting).replace("\0", esc(party.agency or party.position or party.name or "." * 30)).replace(
        "\1", f"<b>{esc(role_name)}</b>")
    rows.append(["", Paragraph(markup, STYLES["body_left"]), "", ""])
    table = Table(rows, colWidths=[7 * mm, 28 * mm, 3 * mm, CONTENT_WIDTH - 38 * mm])
    table.setStyle(TableStyle([
        ("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), FONT, 9.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
        ("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 3),
    ]))
    return table
