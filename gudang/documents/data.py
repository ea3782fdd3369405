"""The contract between the services layer and the document renderers.

Every document is drawn from one frozen dataclass tree filled by the services
layer from the database: plain values only (str, decimal.Decimal, datetime.date,
tuples), no ORM objects, so a renderer cannot touch the database and a test can
build a document by hand.

Conventions
- Text fields hold what the user typed; the renderers escape them. Empty string
  means "not known": the renderer prints a dotted line for the pen where the
  form needs the value (names, NIP) and leaves other cells empty.
- Quantities are Decimal in the line's unit; weights (kg) and volumes (m3) are
  the totals of the line, not per unit. None means unknown (not zero).
- Line numbers are printed from the order of `lines` (1, 2, ...).
- Labels and captions printed by the document itself ("Yang Menyerahkan",
  column headings) are translated by the renderer; fields named `caption`
  override them for a site whose template differs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Letterhead:
    """The agency's kop surat, printed at the top of the first page of every document.

    lines: the agency's name lines from the top, e.g.
      ("PEMERINTAH KABUPATEN KAMPAR", "BADAN PENANGGULANGAN BENCANA DAERAH");
      the last line is printed largest.
    address: street address line, e.g. "Jl. Prof. M. Yamin, S.H. No. 1, Bangkinang".
    contact: phone / e-mail / website line, e.g. "Telp. (0762) 21234 · bpbd@kamparkab.go.id".
    logo_path: PNG/JPG of the regency's emblem (printed left, 22 mm high), or None.
    city: place printed before the date of signatures ("Bangkinang, 27 November 2026").
    agency_short: short name for footers and labels, e.g. "BPBD Kab. Kampar".
    """

    lines: tuple[str, ...] = ("PEMERINTAH KABUPATEN KAMPAR", "BADAN PENANGGULANGAN BENCANA DAERAH")
    address: str = ""
    contact: str = ""
    logo_path: str | None = None
    city: str = "Bangkinang"
    agency_short: str = "BPBD Kabupaten Kampar"


@dataclass(frozen=True)
class Signatory:
    """One signature block.

    caption: overrides the block's printed role ("Yang Menyerahkan"...), if set.
    position: jabatan, printed under the caption, e.g. "Kepala Gudang Logistik".
    name: printed bold and underlined under the signing space; blank -> a line.
    rank: pangkat/golongan, e.g. "Penata Tk. I (III/d)"; optional.
    nip: civil-servant number (18 digits, printed "NIP. 19800101 200501 1 001");
      blank prints "NIP. ......" unless `show_nip` is False (non-civil-servants
      such as drivers or village officials).
    """

    name: str = ""
    nip: str = ""
    position: str = ""
    rank: str = ""
    caption: str | None = None
    show_nip: bool = True


@dataclass(frozen=True)
class Place:
    """A warehouse or other site: name and address (one or more lines)."""

    name: str
    address: str = ""


@dataclass(frozen=True)
class Recipient:
    """Who receives a dispatch: posko, desa/kelurahan, kecamatan office, institution.

    contact: contact person and/or phone, e.g. "Bpk. Syafri (0812-7654-3210)".
    """

    name: str
    address: str = ""
    desa: str = ""
    kecamatan: str = ""
    contact: str = ""


# --------------------------------------------------------------------------
# Surat jalan (waybill)


@dataclass(frozen=True)
class WaybillLine:
    """One picked lot of an item on a waybill.

    sku: the item code; lot_code: the supplier's lot; lot_barcode: the internal
    lot barcode ("L00000123"), printed small under the lot; weight_kg and
    volume_m3: totals of this line.
    """

    sku: str
    item_name: str
    qty: Decimal
    unit: str
    lot_code: str = ""
    lot_barcode: str = ""
    expiry: dt.date | None = None
    weight_kg: Decimal | None = None
    volume_m3: Decimal | None = None
    remark: str = ""


@dataclass(frozen=True)
class WaybillSignatures:
    """The four signature blocks of a waybill (left to right)."""

    sender: Signatory = Signatory()  # Yang Menyerahkan (petugas gudang)
    driver: Signatory = Signatory(show_nip=False)  # Pengemudi (name defaults to WaybillData.driver)
    receiver: Signatory = Signatory()  # Yang Menerima (at the destination)
    approver: Signatory = Signatory()  # Mengetahui (kepala gudang / kepala pelaksana)


@dataclass(frozen=True)
class WaybillData:
    """A posted goods issue as printed on its surat jalan.

    number: the document number, e.g. "014/SJ/BPBD-KPR/XI/2026".
    warehouse: the sending warehouse; loading_place/destination: where the
    goods are loaded and delivered when they differ from the warehouse address
    and the recipient's address (optional).
    request_ref: the recipient's request letter (surat permintaan) or release order.
    transport_mode: e.g. "Darat - truk"; carrier: "TNI AD Kodim 0313/KPR", "Sewa", ...
    cancelled: the number was cancelled (reversed): every page is stamped BATAL.
    """

    letterhead: Letterhead
    number: str
    date: dt.date
    warehouse: Place
    recipient: Recipient
    lines: tuple[WaybillLine, ...]
    event: str = ""
    request_ref: str = ""
    transport_mode: str = ""
    carrier: str = ""
    vehicle_plate: str = ""
    driver: str = ""
    driver_phone: str = ""
    loading_place: str = ""
    destination: str = ""
    notes: str = ""
    cancelled: bool = False
    signatures: WaybillSignatures = WaybillSignatures()


# --------------------------------------------------------------------------
# BAST (berita acara serah terima)


@dataclass(frozen=True)
class Party:
    """PIHAK PERTAMA / PIHAK KEDUA of a berita acara, and their signatory.

    agency: the office or institution acting, e.g. "BPBD Kabupaten Kampar" or
    "Pemerintah Desa Lipat Kain"; printed after "bertindak untuk dan atas nama".
    """

    name: str
    nip: str = ""
    position: str = ""
    address: str = ""
    agency: str = ""
    rank: str = ""

    def signatory(self, caption: str | None = None) -> Signatory:
        return Signatory(name=self.name, nip=self.nip, position=self.position,
                         rank=self.rank, caption=caption, show_nip=bool(self.nip))


@dataclass(frozen=True)
class HandoverLine:
    """Item handed over; good/damaged/short are the delivery confirmation, all
    None when not confirmed (the columns are then not printed)."""

    sku: str
    item_name: str
    qty: Decimal
    unit: str
    lot_code: str = ""
    remark: str = ""
    good: Decimal | None = None
    damaged: Decimal | None = None
    short: Decimal | None = None


@dataclass(frozen=True)
class HandoverData:
    """Berita acara serah terima (BAST) of a delivered dispatch.

    place: where the handover happens ("Kantor Desa Lipat Kain, Kec. Kampar Kiri").
    waybill_number: the surat jalan it closes. purpose: what the goods are for
    ("untuk membantu warga terdampak banjir"), printed in the opening text.
    approver: "Mengetahui" centred below (kepala pelaksana BPBD).
    """

    letterhead: Letterhead
    number: str
    date: dt.date
    place: str
    first_party: Party  # yang menyerahkan
    second_party: Party  # yang menerima
    lines: tuple[HandoverLine, ...]
    waybill_number: str = ""
    event: str = ""
    purpose: str = ""
    notes: str = ""
    approver: Signatory | None = None
    cancelled: bool = False
    confirmed: bool = True  # False: a DRAF handover form before the delivery confirmation


# --------------------------------------------------------------------------
# Berita acara penerimaan (goods received note)

RECEIPT_TYPES = ("donation", "purchase", "transfer")


@dataclass(frozen=True)
class ReceiptLine:
    """qty_document: quantity on the sender's paper; qty_counted: what was
    counted at the dock; condition: "good" or "damaged"."""

    sku: str
    item_name: str
    qty_document: Decimal | None
    qty_counted: Decimal
    unit: str
    lot_code: str = ""
    lot_barcode: str = ""
    expiry: dt.date | None = None
    condition: str = "good"
    remark: str = ""


@dataclass(frozen=True)
class ReceiptData:
    """A posted receipt as printed on its berita acara penerimaan barang.

    receipt_type: one of RECEIPT_TYPES. donor: the source (donatur / sumber
    bantuan). sender_ref: the sender's waybill number; order_ref: contract or
    purchase order number when bought. earmark: intended recipients or use.
    """

    letterhead: Letterhead
    number: str
    date: dt.date
    warehouse: Place
    receipt_type: str
    donor: str
    lines: tuple[ReceiptLine, ...]
    sender_ref: str = ""
    order_ref: str = ""
    vehicle_plate: str = ""
    deliverer: str = ""
    event: str = ""
    earmark: str = ""
    notes: str = ""
    deliverer_signatory: Signatory = Signatory(show_nip=False)  # yang menyerahkan
    officer: Signatory = Signatory()  # yang menerima (petugas gudang)
    approver: Signatory | None = None  # mengetahui
    cancelled: bool = False


# --------------------------------------------------------------------------
# Kartu stok (stock card)


@dataclass(frozen=True)
class StockCardRow:
    """One posted move: qty_in / qty_out in the card's unit (one of them is
    usually zero); balance: running balance after the move."""

    date: dt.date
    number: str
    partner: str  # from/to partner or location
    qty_in: Decimal
    qty_out: Decimal
    balance: Decimal
    lot_code: str = ""
    remark: str = ""


@dataclass(frozen=True)
class StockCardData:
    """Kartu stok of one item (or one lot when `lot_code` is set) over a period."""

    letterhead: Letterhead
    warehouse: str
    sku: str
    item_name: str
    unit: str
    period_start: dt.date
    period_end: dt.date
    opening_balance: Decimal
    rows: tuple[StockCardRow, ...]
    location: str = ""  # bin, when the card is per bin
    pack: str = ""  # e.g. "1 dus = 40 bungkus"
    lot_code: str = ""
    lot_barcode: str = ""
    expiry: dt.date | None = None
    donor: str = ""
    card_number: str = ""
    officer: Signatory | None = None  # petugas / pengurus barang
    approver: Signatory | None = None  # mengetahui

    @property
    def closing_balance(self) -> Decimal:
        return self.rows[-1].balance if self.rows else self.opening_balance


# --------------------------------------------------------------------------
# Berita acara stock opname


@dataclass(frozen=True)
class CountLine:
    """expected: jumlah menurut administrasi; counted: hasil inventarisasi."""

    sku: str
    item_name: str
    unit: str
    expected: Decimal
    counted: Decimal
    lot_code: str = ""
    location: str = ""
    condition: str = ""
    remark: str = ""

    @property
    def difference(self) -> Decimal:
        """Selisih: counted minus expected (negative = kurang)."""
        return self.counted - self.expected


@dataclass(frozen=True)
class CountReportData:
    """Berita acara stock opname: counting team and pengurus persediaan sign."""

    letterhead: Letterhead
    number: str
    date: dt.date
    place: str
    warehouse: str
    lines: tuple[CountLine, ...]
    scope: str = ""  # e.g. "Rak A-01 s.d. A-10, semua kategori"
    period: str = ""  # e.g. "Semester II 2026"
    team: tuple[Signatory, ...] = ()
    custodian: Signatory = Signatory()  # pejabat pengurus persediaan
    approver: Signatory | None = None
    notes: str = ""


# --------------------------------------------------------------------------
# Berita acara penghapusan


@dataclass(frozen=True)
class WriteoffLine:
    sku: str
    item_name: str
    qty: Decimal
    unit: str
    lot_code: str = ""
    expiry: dt.date | None = None
    reason: str = ""  # kedaluwarsa, rusak, hilang...
    remark: str = ""


@dataclass(frozen=True)
class WriteoffData:
    """Berita acara penghapusan barang persediaan (write-off)."""

    letterhead: Letterhead
    number: str
    date: dt.date
    place: str
    warehouse: str
    reason: str
    lines: tuple[WriteoffLine, ...]
    decree_ref: str = ""  # SK / approval letter
    method: str = ""  # pemusnahan: dibakar, ditimbun...
    witnesses: tuple[Signatory, ...] = ()
    custodian: Signatory = Signatory()
    approver: Signatory | None = None
    notes: str = ""
    cancelled: bool = False


# --------------------------------------------------------------------------
# Labels


@dataclass(frozen=True)
class LotLabel:
    """Label stuck on the packs of one lot. barcode: the internal lot barcode
    ("L00000123", Code 128)."""

    item_name: str
    barcode: str
    lot_code: str = ""
    expiry: dt.date | None = None
    donor: str = ""
    received: dt.date | None = None
    sku: str = ""
    qty_text: str = ""  # optional, e.g. "40 bungkus / dus"


@dataclass(frozen=True)
class BinLabel:
    """Shelf/bin label: code printed large and as Code 128."""

    code: str
    warehouse: str = ""
    description: str = ""


@dataclass(frozen=True)
class ItemLabel:
    """Item label: EAN-13/EAN-8 when `gtin` is a valid GTIN printable as EAN,
    else Code 128 of the sku."""

    name: str
    sku: str
    gtin: str = ""
    unit: str = ""
