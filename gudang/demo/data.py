"""Training data set "Banjir Kampar": a realistic flood scenario for BPBD Kampar.

Scenario
--------
Since 20 October 2026 the Kampar river (Batang Kampar) and its left branch,
the Kampar Kiri, have been overflowing after weeks of heavy rain upstream and
the raised outflow of the PLTA Koto Panjang reservoir.  Villages along the
river in Kampar Kiri, Kampar Kiri Hilir, Kampar Kiri Hulu, Gunung Sahilan,
XIII Koto Kampar, Kuok, Kampar, Rumbio Jaya, Kampar Timur, Bangkinang,
Bangkinang Kota, Tambang and Siak Hulu are under water; families shelter in
schools, mosques, village halls and tents (posko pengungsian).  The Bupati
declared a status tanggap darurat, tracked as event ``BJR-KPR-2026-10`` (named for the year,
not a month: it still runs when the documents of November and December are posted).

The Gudang Logistik BPBD Kabupaten Kampar in Bangkinang Kota receives relief
from BNPB, BPBD Provinsi Riau, the Kemensos buffer stock (through Dinas Sosial
Provinsi Riau), the regency's own budget (APBD), Baznas, PMI, BUMN/BUMD CSR
(TJSL) programmes, NGOs and the public, stores it in 50 bins, and dispatches
it with surat jalan to the posko listed in ``RECIPIENTS``.  Medicines are
handled together with the Dinas Kesehatan (instalasi farmasi) and go to
Puskesmas / pos kesehatan; antibiotics are for health workers only.  Earlier
events of the year (a flood in Kampar Kiri in March, a whirlwind in Siak Hulu
in May, forest and land fires in Tapung in August) give history for reports.

Everything here is plain data: frozen dataclasses, ``Decimal`` quantities,
no I/O and no imports from the rest of :mod:`gudang`, so the loader, tests,
benchmarks and documentation can all use it.  Persons, NIPs, phone numbers,
vehicles, posko names and GTINs are fictional (GTINs use the Indonesian GS1
prefix 899 with correct check digits, but are not real products).  Kecamatan
and desa names are real names of Kabupaten Kampar.  Items are generic (no
brands), in the units Indonesian warehouses use.  Infant formula is
deliberately absent: donations of breast-milk substitutes are restricted in
emergencies (PP 33/2012, Kemenkes guidance), so staff should not see it as a
normal catalogue line.

Conventions
-----------
* Quantities, weights (kg) and volumes (m3) are per *base unit*;
  ``pack_units`` give how many base units one pack holds
  (``("dus", Decimal(40))`` for a carton of 40 sachets of noodles).
* ``typical_receipt_qty`` is (min, max) in base units, for generating lots.
* ``shelf_life_days`` is typical shelf life at receipt, for generating
  expiry dates; ``None`` when the item has no expiry.
* TNI and Polri vehicles carry service plates, not civil BM plates, so
  ``VEHICLES`` lists only civil and government (red plate) vehicles; trucks of
  Kodim 0313/Kampar or Polres Kampar are typed on the waybill as they come.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

__all__ = [
    "CATEGORIES",
    "DemoAgency",
    "DemoBin",
    "DemoEvent",
    "DemoItem",
    "DemoPartner",
    "DemoVehicle",
    "DemoWarehouse",
    "AGENCY",
    "BINS",
    "DONORS",
    "EVENTS",
    "ITEMS",
    "RECIPIENTS",
    "TRANSPORTERS",
    "VEHICLES",
    "WAREHOUSE",
]

# ---------------------------------------------------------------------------
# Record types
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoItem:
    sku: str
    name: str
    category: str
    base_unit: str
    pack_units: tuple[tuple[str, Decimal], ...]
    gtin: str | None
    lot_tracked: bool
    expiry_required: bool
    min_stock: Decimal
    weight_kg: Decimal
    volume_m3: Decimal
    shelf_life_days: int | None
    typical_receipt_qty: tuple[Decimal, Decimal]
    # Kits made of other catalogue items: (sku, quantity in that item's base unit).
    kit_contents: tuple[tuple[str, Decimal], ...] = ()
    # Decimal places of a quantity: weighed and measured goods (kg, liter) take some,
    # counted packages none.
    decimals: int = 0


@dataclass(frozen=True)
class DemoPartner:
    code: str
    name: str
    kind: str  # "donor" | "recipient" | "transporter"
    region: str  # kecamatan (or city/province for partners outside Kampar)
    desa: str | None
    address: str
    contact: str
    phone: str
    people_served: int | None  # jiwa, recipients only


@dataclass(frozen=True)
class DemoVehicle:
    plate: str
    kind: str
    carrier_code: str
    driver: str
    phone: str


@dataclass(frozen=True)
class DemoWarehouse:
    code: str
    name: str
    address: str
    region: str  # kecamatan
    phone: str


@dataclass(frozen=True)
class DemoBin:
    code: str
    kind: str  # "storage" | "receiving" | "quarantine"
    zone: str
    description: str
    warehouse_code: str = "GDG-KPR"


@dataclass(frozen=True)
class DemoEvent:
    code: str
    name: str
    type: str  # banjir, longsor, karhutla, angin puting beliung, ...
    area: str
    start: date
    end: date | None  # None: still ongoing


@dataclass(frozen=True)
class DemoAgency:
    name_lines: tuple[str, ...]
    address: str
    phone: str
    email: str
    city: str
    number_code: str  # agency part of document numbers: 014/SJ/BPBD-KPR/XI/2026
    head_of_warehouse_name: str
    head_of_warehouse_title: str
    head_of_warehouse_rank: str
    head_of_warehouse_nip: str
    kepala_pelaksana_name: str
    kepala_pelaksana_title: str
    kepala_pelaksana_rank: str
    kepala_pelaksana_nip: str


# ---------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------

PMK = "permakanan"
BYB = "bayi & balita"
SDG = "sandang"
KBR = "kebersihan"
OBT = "obat-obatan"
SHL = "shelter"
PRL = "peralatan"

CATEGORIES: tuple[str, ...] = (PMK, BYB, SDG, KBR, OBT, SHL, PRL)


MEASURED_UNITS = {"kg": 2, "liter": 2}  # base units weighed or measured, and their decimals


def _item(
    sku: str,
    name: str,
    category: str,
    base_unit: str,
    packs: tuple[tuple[str, int | str], ...],
    weight: str,
    volume: str,
    min_stock: int | str,
    receipt: tuple[int, int],
    shelf: int | None = None,
    *,
    gtin: str | None = None,
    lot: bool | None = None,
    kit: tuple[tuple[str, int | str], ...] = (),
) -> DemoItem:
    """Build one item; an item with a shelf life needs an expiry date and a lot."""
    expiry = shelf is not None
    return DemoItem(
        sku=sku,
        name=name,
        category=category,
        base_unit=base_unit,
        pack_units=tuple((unit, Decimal(str(f))) for unit, f in packs),
        gtin=gtin,
        lot_tracked=expiry if lot is None else (lot or expiry),
        expiry_required=expiry,
        min_stock=Decimal(str(min_stock)),
        weight_kg=Decimal(weight),
        volume_m3=Decimal(volume),
        shelf_life_days=shelf,
        typical_receipt_qty=(Decimal(receipt[0]), Decimal(receipt[1])),
        kit_contents=tuple((s, Decimal(str(q))) for s, q in kit),
        decimals=MEASURED_UNITS.get(base_unit, 0),
    )


_I = _item

ITEMS: tuple[DemoItem, ...] = (
    # --- permakanan ------------------------------------------------------
    _I("PMK-BRS-MED", "Beras medium", PMK, "kg", (("sak", 5), ("karung", 50)),
       "1", "0.0014", 2000, (500, 10000), 180),
    _I("PMK-BRS-CBP", "Beras CBP Bulog (cadangan beras pemerintah)", PMK, "kg",
       (("sak", 10), ("karung", 50)), "1", "0.0014", 1000, (1000, 20000), 180),
    _I("PMK-BRS-5KG", "Beras premium kemasan 5 kg", PMK, "sak", (),
       "5.05", "0.0068", 100, (50, 400), 270, gtin="8997041000156"),
    _I("PMK-MIE-GRG", "Mie instan goreng 85 g", PMK, "bungkus", (("dus", 40),),
       "0.09", "0.00085", 2000, (400, 8000), 240, gtin="8996001100103"),
    _I("PMK-MIE-AYB", "Mie instan kuah rasa ayam bawang 70 g", PMK, "bungkus",
       (("dus", 40),), "0.075", "0.00085", 2000, (400, 8000), 240, gtin="8996001100271"),
    _I("PMK-MIE-SOT", "Mie instan kuah rasa soto 75 g", PMK, "bungkus", (("dus", 40),),
       "0.08", "0.00085", 1200, (400, 6000), 240, gtin="8996001100349"),
    _I("PMK-MIE-KRI", "Mie instan kuah rasa kari ayam 72 g", PMK, "bungkus",
       (("dus", 40),), "0.078", "0.00085", 800, (400, 4000), 240),
    _I("PMK-MIE-CUP", "Mie instan cup 70 g", PMK, "cup", (("dus", 24),),
       "0.08", "0.0011", 240, (120, 1200), 240),
    _I("PMK-BHN-JGG", "Bihun jagung 175 g", PMK, "bungkus", (("dus", 20),),
       "0.18", "0.0012", 200, (100, 1000), 365),
    _I("PMK-MYK-GRG", "Minyak goreng sawit", PMK, "liter", (("jerigen", 5), ("dus", 12)),
       "0.95", "0.0012", 500, (100, 2000), 365),
    _I("PMK-MYK-2L", "Minyak goreng kemasan pouch 2 liter", PMK, "pouch", (("dus", 6),),
       "1.9", "0.0024", 60, (30, 600), 365, gtin="8996002200161"),
    _I("PMK-GLA-PSR", "Gula pasir curah", PMK, "kg", (("karung", 50),),
       "1", "0.0012", 300, (100, 2000), 730),
    _I("PMK-GLA-1KG", "Gula pasir kemasan 1 kg", PMK, "bungkus", (("bal", 20),),
       "1.01", "0.0013", 100, (40, 600), 730),
    _I("PMK-GRM-250", "Garam beryodium 250 g", PMK, "bungkus", (("bal", 50),),
       "0.255", "0.0003", 100, (50, 1000), 730),
    _I("PMK-TPG-TRG", "Tepung terigu protein sedang", PMK, "kg", (("karung", 25),),
       "1", "0.0016", 100, (50, 500), 270),
    _I("PMK-TLR-RAS", "Telur ayam ras", PMK, "butir", (("papan", 30),),
       "0.062", "0.0001", 300, (300, 3000), 14),
    _I("PMK-SRD-155", "Sarden saus tomat kaleng 155 g", PMK, "kaleng", (("dus", 50),),
       "0.19", "0.00025", 500, (200, 3000), 730, gtin="8995123000186"),
    _I("PMK-SRD-425", "Sarden saus tomat kaleng 425 g", PMK, "kaleng", (("dus", 24),),
       "0.49", "0.0006", 240, (96, 1200), 730, gtin="8995123000254"),
    _I("PMK-SRD-CBE", "Sarden saus cabai kaleng 155 g", PMK, "kaleng", (("dus", 50),),
       "0.19", "0.00025", 200, (100, 1500), 730),
    _I("PMK-KRN-198", "Kornet daging sapi kaleng 198 g", PMK, "kaleng", (("dus", 24),),
       "0.23", "0.00028", 240, (96, 1200), 730, gtin="8995123000322"),
    _I("PMK-TUN-185", "Tuna dalam minyak kaleng 185 g", PMK, "kaleng", (("dus", 48),),
       "0.22", "0.00025", 96, (48, 960), 1095),
    _I("PMK-RDG-KLG", "Rendang daging sapi kaleng 210 g", PMK, "kaleng", (("dus", 24),),
       "0.26", "0.0003", 96, (48, 480), 730),
    _I("PMK-ABN-SPI", "Abon sapi 100 g", PMK, "bungkus", (("dus", 40),),
       "0.11", "0.0004", 80, (40, 400), 180),
    _I("PMK-IKN-ASN", "Ikan asin kering", PMK, "kg", (("dus", 10),),
       "1", "0.004", 20, (10, 200), 90),
    _I("PMK-BSK-KLG", "Biskuit kelapa kaleng 650 g", PMK, "kaleng", (("dus", 6),),
       "0.8", "0.0045", 60, (30, 600), 365, gtin="8993015000160"),
    _I("PMK-BSK-HEB", "Biskuit tinggi energi (HEB) 100 g", PMK, "bungkus", (("dus", 100),),
       "0.105", "0.00018", 1000, (500, 5000), 540),
    _I("PMK-BSK-BMH", "Biskuit PMT ibu hamil", PMK, "bungkus", (("kotak", 7), ("dus", 28)),
       "0.065", "0.00015", 280, (140, 1400), 365),
    _I("PMK-AMN-GLS", "Air mineral gelas 220 ml", PMK, "gelas", (("dus", 48),),
       "0.235", "0.0007", 960, (480, 9600), 365, gtin="8992714000136"),
    _I("PMK-AMN-600", "Air mineral botol 600 ml", PMK, "botol", (("dus", 24),),
       "0.63", "0.0011", 480, (240, 4800), 365, gtin="8992714000204"),
    _I("PMK-AMN-1500", "Air mineral botol 1.500 ml", PMK, "botol", (("dus", 12),),
       "1.55", "0.0025", 240, (120, 2400), 365, gtin="8992714000372"),
    _I("PMK-AMN-GLN", "Air mineral galon 19 liter", PMK, "galon", (),
       "19.8", "0.036", 40, (20, 300), 180),
    _I("PMK-SSU-UHT", "Susu UHT full cream 200 ml", PMK, "kotak", (("dus", 24),),
       "0.215", "0.00028", 480, (240, 4800), 270, gtin="8998302000144"),
    _I("PMK-SSU-KNT", "Susu kental manis kaleng 370 g", PMK, "kaleng", (("dus", 48),),
       "0.41", "0.00045", 96, (48, 960), 540, gtin="8998302000212"),
    _I("PMK-SSU-BBK", "Susu bubuk full cream 400 g", PMK, "kotak", (("dus", 12),),
       "0.45", "0.0012", 48, (24, 480), 540),
    _I("PMK-MSS-PKT", "Makanan siap saji (paket)", PMK, "paket", (("dus", 10),),
       "0.6", "0.0015", 200, (100, 2000), 180),
    _I("PMK-LPS-PKT", "Lauk pauk siap saji (paket)", PMK, "paket", (("dus", 6),),
       "1.2", "0.003", 100, (60, 1200), 365),
    _I("PMK-TEH-CLP", "Teh celup isi 25 kantong", PMK, "kotak", (("dus", 48),),
       "0.06", "0.0003", 48, (48, 480), 730, gtin="8994156000194"),
    _I("PMK-KOP-SCT", "Kopi instan 3 in 1 sachet 20 g", PMK, "sachet",
       (("renceng", 10), ("dus", 120)), "0.021", "0.00005", 600, (240, 2400), 540,
       gtin="8994156000262"),
    _I("PMK-KCP-MNS", "Kecap manis pouch 550 ml", PMK, "pouch", (("dus", 12),),
       "0.62", "0.0007", 24, (12, 240), 540),
    _I("PMK-SMB-BTL", "Saus sambal botol 335 ml", PMK, "botol", (("dus", 24),),
       "0.55", "0.0006", 24, (24, 240), 365),
    _I("PMK-PYD-250", "Penyedap rasa 250 g", PMK, "bungkus", (("bal", 40),),
       "0.255", "0.0005", 20, (20, 200), 730),
    _I("PMK-KCG-HJU", "Kacang hijau", PMK, "kg", (("karung", 50),),
       "1", "0.0013", 50, (50, 500), 365),
    _I("PMK-MRG-200", "Margarin 200 g", PMK, "bungkus", (("dus", 48),),
       "0.205", "0.00025", 48, (48, 480), 365),
    # --- bayi & balita ---------------------------------------------------
    _I("BYB-MPA-PKT", "MP-ASI paket 6-24 bulan", BYB, "paket", (("dus", 20),),
       "1", "0.003", 100, (40, 800), 365),
    _I("BYB-BBR-612", "Bubur bayi instan 6-12 bulan 120 g", BYB, "kotak", (("dus", 24),),
       "0.14", "0.0006", 48, (48, 480), 365, gtin="8998302100134"),
    _I("BYB-BSK-BYI", "Biskuit bayi 120 g", BYB, "kotak", (("dus", 24),),
       "0.14", "0.0006", 48, (48, 480), 365, gtin="8998302100202"),
    _I("BYB-BSK-PMT", "Biskuit PMT balita", BYB, "bungkus", (("kotak", 21),),
       "0.045", "0.00012", 210, (210, 2100), 365),
    _I("BYB-SSU-ANK", "Susu UHT anak 115 ml", BYB, "kotak", (("dus", 36),),
       "0.125", "0.00016", 360, (144, 1440), 270, gtin="8998302000380"),
    _I("BYB-TBR-GZI", "Bubuk tabur gizi (taburia) sachet 1 g", BYB, "sachet", (("kotak", 30),),
       "0.0012", "0.00001", 300, (300, 3000), 730),
    _I("BYB-PPK-S", "Popok bayi sekali pakai ukuran S", BYB, "pcs", (("pak", 40),),
       "0.025", "0.0004", 400, (400, 4000), 1095),
    _I("BYB-PPK-M", "Popok bayi sekali pakai ukuran M", BYB, "pcs", (("pak", 34),),
       "0.03", "0.00045", 680, (340, 6800), 1095),
    _I("BYB-PPK-L", "Popok bayi sekali pakai ukuran L", BYB, "pcs", (("pak", 30),),
       "0.035", "0.0005", 600, (300, 6000), 1095),
    _I("BYB-PPK-XL", "Popok bayi sekali pakai ukuran XL", BYB, "pcs", (("pak", 26),),
       "0.04", "0.00055", 260, (260, 2600), 1095),
    _I("BYB-MNY-TLN", "Minyak telon 60 ml", BYB, "botol", (("dus", 48),),
       "0.08", "0.0001", 96, (48, 480), 1095, gtin="8991141000122"),
    _I("BYB-BDK-BYI", "Bedak bayi 100 g", BYB, "botol", (("dus", 48),),
       "0.12", "0.0003", 48, (48, 480), 1095),
    _I("BYB-SBN-BYI", "Sabun mandi cair bayi 100 ml", BYB, "botol", (("dus", 48),),
       "0.12", "0.00015", 48, (48, 480), 1095),
    _I("BYB-TSU-BSH", "Tisu basah bayi tanpa alkohol isi 50", BYB, "pak", (("dus", 24),),
       "0.3", "0.0008", 48, (24, 480), 730),
    _I("BYB-KRM-RPK", "Krim ruam popok 50 g", BYB, "tube", (("dus", 48),),
       "0.06", "0.0001", 48, (48, 480), 730),
    # --- sandang ---------------------------------------------------------
    _I("SDG-PKN-DWL", "Paket pakaian dewasa laki-laki", SDG, "paket", (("bal", 20),),
       "1.2", "0.006", 100, (50, 500)),
    _I("SDG-PKN-DWP", "Paket pakaian dewasa perempuan", SDG, "paket", (("bal", 20),),
       "1.2", "0.006", 100, (50, 500)),
    _I("SDG-PKN-ANL", "Paket pakaian anak laki-laki 5-12 tahun", SDG, "paket", (("bal", 30),),
       "0.8", "0.004", 80, (30, 300)),
    _I("SDG-PKN-ANP", "Paket pakaian anak perempuan 5-12 tahun", SDG, "paket", (("bal", 30),),
       "0.8", "0.004", 80, (30, 300)),
    _I("SDG-PKN-BLT", "Paket pakaian balita 1-4 tahun", SDG, "paket", (("bal", 40),),
       "0.5", "0.0025", 60, (40, 400)),
    _I("SDG-PKD-PRA", "Pakaian dalam pria dewasa isi 3", SDG, "pak", (("lusin", 12),),
       "0.2", "0.0006", 120, (60, 600)),
    _I("SDG-PKD-WNT", "Pakaian dalam wanita dewasa isi 3", SDG, "pak", (("lusin", 12),),
       "0.18", "0.0006", 120, (60, 600)),
    _I("SDG-SRG-01", "Sarung dewasa", SDG, "lembar", (("kodi", 20),),
       "0.45", "0.0015", 200, (100, 2000)),
    _I("SDG-SLM-01", "Selimut dewasa 150 x 200 cm", SDG, "lembar", (("bal", 20),),
       "1.1", "0.006", 300, (100, 2000)),
    _I("SDG-SLM-02", "Selimut anak 100 x 140 cm", SDG, "lembar", (("bal", 30),),
       "0.6", "0.003", 100, (60, 600)),
    _I("SDG-SLM-BYI", "Selimut bayi 75 x 100 cm", SDG, "lembar", (("bal", 50),),
       "0.25", "0.0012", 50, (50, 500)),
    _I("SDG-SLM-DRT", "Selimut darurat (thermal) 140 x 210 cm", SDG, "lembar", (("pak", 50),),
       "0.06", "0.0002", 100, (100, 1000)),
    _I("SDG-KIN-PJG", "Kain panjang (jarik)", SDG, "lembar", (("kodi", 20),),
       "0.35", "0.0012", 60, (40, 400)),
    _I("SDG-MKN-DWS", "Mukena dewasa", SDG, "set", (("kodi", 20),),
       "0.5", "0.002", 60, (40, 400)),
    _I("SDG-SJD-01", "Sajadah", SDG, "lembar", (("kodi", 20),),
       "0.35", "0.0015", 40, (20, 400)),
    _I("SDG-KRD-INS", "Kerudung instan dewasa", SDG, "lembar", (("kodi", 20),),
       "0.15", "0.0006", 60, (40, 400)),
    _I("SDG-KOS-DWS", "Kaos oblong dewasa ukuran L/XL", SDG, "pcs", (("kodi", 20),),
       "0.2", "0.0008", 100, (60, 1000)),
    _I("SDG-CLN-TRN", "Celana training dewasa", SDG, "pcs", (("kodi", 20),),
       "0.35", "0.0012", 60, (40, 400)),
    _I("SDG-HDK-MND", "Handuk mandi 70 x 140 cm", SDG, "lembar", (("kodi", 20),),
       "0.4", "0.0015", 100, (60, 600)),
    _I("SDG-SDL-DWS", "Sandal jepit dewasa", SDG, "pasang", (("kodi", 20),),
       "0.3", "0.0012", 100, (60, 1000)),
    _I("SDG-SDL-ANK", "Sandal jepit anak", SDG, "pasang", (("kodi", 20),),
       "0.18", "0.0008", 60, (40, 600)),
    _I("SDG-PRB-PKT", "Perlengkapan bayi (paket baby kit)", SDG, "paket", (("dus", 10),),
       "1.5", "0.008", 40, (20, 200)),
    _I("SDG-KDW-PKT", "Kids ware (paket perlengkapan anak)", SDG, "paket", (("dus", 10),),
       "1.8", "0.012", 50, (20, 300)),
    _I("SDG-JHN-PNC", "Jas hujan ponco", SDG, "pcs", (("kodi", 20),),
       "0.35", "0.001", 60, (40, 400)),
    # --- kebersihan ------------------------------------------------------
    _I("KBR-HYK-PKT", "Hygiene kit keluarga (paket)", KBR, "paket", (("dus", 10),),
       "2.2", "0.009", 100, (50, 1000), 730,
       kit=(("KBR-SBN-BTG", 4), ("KBR-SMP-170", 1), ("KBR-PSG-190", 1),
            ("KBR-SKT-DWS", 2), ("KBR-SKT-ANK", 2), ("KBR-DTJ-800", 1),
            ("KBR-PBL-PAK", 2), ("SDG-HDK-MND", 1))),
    _I("KBR-DGK-PKT", "Dignity kit (paket kebersihan perempuan)", KBR, "paket", (("dus", 20),),
       "1.4", "0.006", 60, (40, 400), 730,
       kit=(("KBR-PBL-PAK", 3), ("SDG-PKD-WNT", 1), ("KBR-SBN-BTG", 2),
            ("SDG-KIN-PJG", 1), ("PRL-SNT-LED", 1))),
    _I("KBR-SBN-BTG", "Sabun mandi batang 75 g", KBR, "batang", (("pak", 4), ("dus", 144)),
       "0.08", "0.0001", 1000, (576, 5760), 1095, gtin="8991142000190"),
    _I("KBR-DTJ-800", "Detergen bubuk 800 g", KBR, "bungkus", (("dus", 12),),
       "0.82", "0.0018", 120, (60, 600), 730, gtin="8991142000268"),
    _I("KBR-SBC-PRG", "Sabun cuci piring cair pouch 780 ml", KBR, "pouch", (("dus", 12),),
       "0.81", "0.0009", 48, (24, 240), 730),
    _I("KBR-SMP-SCT", "Sampo sachet 10 ml", KBR, "sachet", (("renceng", 12),),
       "0.011", "0.00002", 600, (240, 2400), 1095),
    _I("KBR-SMP-170", "Sampo botol 170 ml", KBR, "botol", (("dus", 24),),
       "0.19", "0.00025", 120, (48, 960), 1095),
    _I("KBR-PSG-190", "Pasta gigi 190 g", KBR, "tube", (("lusin", 12), ("dus", 72)),
       "0.21", "0.0004", 144, (72, 1440), 1095, gtin="8991142000336"),
    _I("KBR-PSG-ANK", "Pasta gigi anak 50 g", KBR, "tube", (("lusin", 12),),
       "0.07", "0.00015", 60, (48, 480), 1095),
    _I("KBR-SKT-DWS", "Sikat gigi dewasa", KBR, "buah", (("lusin", 12), ("gros", 144)),
       "0.02", "0.00006", 288, (144, 2880)),
    _I("KBR-SKT-ANK", "Sikat gigi anak", KBR, "buah", (("lusin", 12), ("gros", 144)),
       "0.015", "0.00005", 144, (144, 1440)),
    _I("KBR-PBL-PAK", "Pembalut wanita isi 10", KBR, "pak", (("dus", 48),),
       "0.12", "0.0006", 240, (96, 1920), 1095, gtin="8991142000404"),
    _I("KBR-PPK-DWS", "Popok dewasa ukuran M-L", KBR, "pcs", (("pak", 10),),
       "0.09", "0.0008", 100, (50, 1000), 1095),
    _I("KBR-MSK-MED", "Masker medis 3 ply", KBR, "lembar", (("kotak", 50), ("dus", 2000)),
       "0.004", "0.00002", 2000, (2000, 40000), 1825),
    _I("KBR-MSK-N95", "Masker N95/KN95", KBR, "lembar", (("kotak", 20),),
       "0.01", "0.00008", 400, (200, 4000), 1825),
    _I("KBR-HSN-500", "Hand sanitizer 500 ml", KBR, "botol", (("dus", 24),),
       "0.52", "0.0006", 48, (24, 480), 730, gtin="8991142000572"),
    _I("KBR-TSU-KRG", "Tisu wajah 250 lembar", KBR, "pak", (("bal", 24),),
       "0.3", "0.0015", 48, (24, 240)),
    _I("KBR-TSU-BSH", "Tisu basah antiseptik isi 50", KBR, "pak", (("dus", 36),),
       "0.28", "0.0008", 36, (36, 360), 730),
    _I("KBR-KTG-SMP", "Kantong sampah plastik 60 x 100 cm", KBR, "lembar", (("pak", 10), ("bal", 500)),
       "0.03", "0.00005", 500, (500, 5000)),
    _I("KBR-KRB-800", "Cairan pembersih lantai (karbol) 800 ml", KBR, "botol", (("dus", 12),),
       "0.85", "0.001", 48, (24, 240), 730),
    _I("KBR-KPT-60", "Kaporit bubuk (kalsium hipoklorit 60%)", KBR, "kg", (("ember", 15),),
       "1", "0.0012", 30, (15, 150), 730),
    _I("KBR-PJA-100", "Cairan penjernih air rumah tangga (natrium hipoklorit 1,25%) 100 ml",
       KBR, "botol", (("dus", 100),), "0.11", "0.00014", 200, (100, 2000), 365),
    _I("KBR-PJA-TAB", "Tablet penjernih air NaDCC 67 mg", KBR, "tablet", (("strip", 10), ("kotak", 200)),
       "0.0005", "0.000002", 2000, (2000, 20000), 1825),
    _I("KBR-LRV-ABT", "Larvasida temefos 1% (abate) sachet 10 g", KBR, "sachet", (("kotak", 100),),
       "0.011", "0.00002", 200, (100, 1000), 730),
    _I("KBR-LTN-NYM", "Losion antinyamuk sachet 9 ml", KBR, "sachet", (("renceng", 12), ("dus", 288)),
       "0.01", "0.00002", 288, (288, 2880), 1095),
    _I("KBR-EMB-20L", "Ember plastik bertutup 20 liter", KBR, "buah", (),
       "0.9", "0.012", 50, (20, 300)),
    _I("KBR-GYG-PLS", "Gayung plastik", KBR, "buah", (("lusin", 12),),
       "0.12", "0.002", 48, (24, 300)),
    _I("KBR-SPU-IJK", "Sapu ijuk", KBR, "buah", (("lusin", 12),),
       "0.5", "0.006", 24, (12, 120)),
    _I("KBR-SPU-LDI", "Sapu lidi bergagang", KBR, "buah", (("lusin", 12),),
       "0.4", "0.004", 24, (12, 120)),
    _I("KBR-PEL-LTI", "Alat pel lantai", KBR, "buah", (("lusin", 12),),
       "0.7", "0.005", 24, (12, 120)),
    _I("KBR-SKT-LTI", "Sikat lantai bergagang", KBR, "buah", (("lusin", 12),),
       "0.5", "0.004", 24, (12, 120)),
    _I("KBR-SRT-KRT", "Sarung tangan karet rumah tangga", KBR, "pasang", (("lusin", 12),),
       "0.08", "0.0002", 48, (24, 240)),
    # --- obat-obatan -----------------------------------------------------
    _I("OBT-PCT-500", "Parasetamol tablet 500 mg", OBT, "strip", (("kotak", 10),),
       "0.008", "0.00002", 200, (100, 2000), 1095, gtin="8993124000112"),
    _I("OBT-PCT-SRP", "Parasetamol sirup 120 mg/5 ml 60 ml", OBT, "botol", (("dus", 40),),
       "0.11", "0.00015", 80, (40, 400), 730, gtin="8993124000280"),
    _I("OBT-PCT-DRP", "Parasetamol tetes 100 mg/ml 15 ml", OBT, "botol", (("dus", 50),),
       "0.04", "0.00005", 50, (50, 300), 730),
    _I("OBT-IBP-400", "Ibuprofen tablet 400 mg", OBT, "strip", (("kotak", 10),),
       "0.008", "0.00002", 100, (50, 500), 1095),
    _I("OBT-AMX-500", "Amoksisilin kaplet 500 mg", OBT, "strip", (("kotak", 10),),
       "0.009", "0.00002", 100, (50, 1000), 730, gtin="8993124000358"),
    _I("OBT-AMX-SRP", "Amoksisilin sirup kering 125 mg/5 ml 60 ml", OBT, "botol", (("dus", 40),),
       "0.08", "0.00015", 40, (40, 400), 730),
    _I("OBT-DKS-100", "Doksisiklin kapsul 100 mg", OBT, "strip", (("kotak", 10),),
       "0.008", "0.00002", 50, (50, 500), 730),
    _I("OBT-ORL-200", "Oralit 200 sachet", OBT, "sachet", (("kotak", 100),),
       "0.0045", "0.00001", 1000, (500, 10000), 730, gtin="8993124000426"),
    _I("OBT-ZNC-20", "Zinc tablet dispersibel 20 mg", OBT, "strip", (("kotak", 10),),
       "0.005", "0.00002", 100, (50, 500), 1095),
    _I("OBT-CTM-4", "Klorfeniramin maleat (CTM) tablet 4 mg", OBT, "strip", (("kotak", 10),),
       "0.006", "0.00002", 100, (50, 1000), 1095),
    _I("OBT-ANT-TAB", "Antasida DOEN tablet kunyah", OBT, "strip", (("kotak", 10),),
       "0.01", "0.00002", 100, (50, 1000), 1095),
    _I("OBT-ANT-SSP", "Antasida DOEN suspensi 60 ml", OBT, "botol", (("dus", 40),),
       "0.09", "0.00015", 40, (40, 400), 730),
    _I("OBT-OBH-100", "Obat batuk hitam (OBH) sirup 100 ml", OBT, "botol", (("dus", 40),),
       "0.16", "0.0002", 80, (40, 800), 730, gtin="8993124000594"),
    _I("OBT-GG-100", "Gliseril guaiakolat tablet 100 mg", OBT, "strip", (("kotak", 10),),
       "0.006", "0.00002", 100, (50, 1000), 1095),
    _I("OBT-VBK-TAB", "Vitamin B kompleks tablet", OBT, "strip", (("kotak", 10),),
       "0.006", "0.00002", 100, (50, 1000), 730),
    _I("OBT-VTC-50", "Vitamin C tablet 50 mg", OBT, "strip", (("kotak", 10),),
       "0.006", "0.00002", 100, (50, 1000), 730),
    _I("OBT-MTV-SRP", "Multivitamin sirup anak 60 ml", OBT, "botol", (("dus", 40),),
       "0.09", "0.00015", 40, (40, 400), 730),
    _I("OBT-VTA-100", "Kapsul vitamin A 100.000 IU (biru)", OBT, "kapsul", (("botol", 100),),
       "0.0003", "0.000002", 200, (100, 2000), 730),
    _I("OBT-VTA-200", "Kapsul vitamin A 200.000 IU (merah)", OBT, "kapsul", (("botol", 100),),
       "0.0004", "0.000002", 300, (100, 3000), 730),
    _I("OBT-TTD-FE", "Tablet tambah darah (Fe + asam folat)", OBT, "strip", (("kotak", 10),),
       "0.008", "0.00002", 100, (50, 1000), 730),
    _I("OBT-PVI-30", "Povidon iodin 10% larutan 30 ml", OBT, "botol", (("dus", 48),),
       "0.045", "0.00006", 96, (48, 960), 1095, gtin="8993124000662"),
    _I("OBT-ALK-100", "Alkohol 70% 100 ml", OBT, "botol", (("dus", 48),),
       "0.1", "0.00013", 48, (48, 480), 730),
    _I("OBT-KSA-STR", "Kasa steril 16 x 16 cm isi 10", OBT, "pak", (("dus", 50),),
       "0.03", "0.0002", 100, (50, 500), 1825),
    _I("OBT-PRB-GLG", "Perban gulung 10 cm x 4 m", OBT, "rol", (("kotak", 12),),
       "0.03", "0.0001", 60, (24, 480), 1825),
    _I("OBT-PRB-ELS", "Perban elastis 10 cm x 4,5 m", OBT, "rol", (("kotak", 12),),
       "0.05", "0.00015", 24, (12, 240), 1825),
    _I("OBT-PLS-GLG", "Plester gulung 1,25 cm x 5 m", OBT, "rol", (("kotak", 24),),
       "0.02", "0.00004", 48, (24, 480), 1825),
    _I("OBT-PLS-LKA", "Plester luka", OBT, "lembar", (("kotak", 100),),
       "0.0005", "0.000003", 500, (500, 5000), 1095),
    _I("OBT-SLP-24", "Salep 2-4 (asam salisilat 2% + belerang 4%) 30 g", OBT, "pot", (("dus", 48),),
       "0.04", "0.00006", 96, (48, 960), 730),
    _I("OBT-MKZ-2", "Mikonazol krim 2% 10 g", OBT, "tube", (("dus", 50),),
       "0.02", "0.00003", 100, (50, 1000), 730),
    _I("OBT-HDK-25", "Hidrokortison krim 2,5% 5 g", OBT, "tube", (("dus", 50),),
       "0.015", "0.00003", 50, (50, 500), 730),
    _I("OBT-BDK-SLS", "Bedak salisil 2% 50 g", OBT, "botol", (("dus", 48),),
       "0.06", "0.0001", 96, (48, 960), 730),
    _I("OBT-KLR-MTA", "Kloramfenikol salep mata 1% 3,5 g", OBT, "tube", (("dus", 50),),
       "0.01", "0.00002", 50, (50, 500), 730),
    _I("OBT-INF-RL", "Cairan infus Ringer Laktat 500 ml", OBT, "botol", (("dus", 20),),
       "0.53", "0.0006", 40, (20, 400), 1095),
    _I("OBT-INF-NS", "Cairan infus NaCl 0,9% 500 ml", OBT, "botol", (("dus", 20),),
       "0.53", "0.0006", 40, (20, 400), 1095),
    _I("OBT-INF-SET", "Infus set dewasa", OBT, "pcs", (("dus", 100),),
       "0.03", "0.0002", 50, (50, 500), 1825),
    _I("OBT-SPT-3ML", "Spuit 3 ml sekali pakai", OBT, "pcs", (("kotak", 100),),
       "0.006", "0.00003", 200, (100, 2000), 1825),
    _I("OBT-SRT-LTX", "Sarung tangan lateks pemeriksaan", OBT, "pcs", (("kotak", 100),),
       "0.006", "0.00002", 500, (500, 5000), 1095),
    _I("OBT-MKP-60", "Minyak kayu putih 60 ml", OBT, "botol", (("dus", 48),),
       "0.08", "0.0001", 96, (48, 960), 1095, gtin="8991141000290"),
    _I("OBT-KIT-P3K", "Kotak P3K lapangan isi standar", OBT, "set", (),
       "2.5", "0.008", 10, (5, 50), 730),
    # --- shelter ---------------------------------------------------------
    _I("SHL-TND-KLG", "Tenda keluarga 4 x 4 m", SHL, "unit", (),
       "45", "0.2", 10, (5, 50)),
    _I("SHL-TND-PGS", "Tenda pengungsi 6 x 10 m", SHL, "unit", (),
       "180", "0.75", 4, (2, 20), lot=True),
    _I("SHL-TND-SRB", "Tenda serbaguna 6 x 15 m", SHL, "unit", (),
       "260", "1.1", 2, (1, 10), lot=True),
    _I("SHL-TND-PSK", "Tenda posko 4 x 6 m", SHL, "unit", (),
       "70", "0.3", 4, (2, 20)),
    _I("SHL-TND-DPU", "Tenda dapur umum 5 x 8 m", SHL, "unit", (),
       "110", "0.45", 2, (1, 10)),
    _I("SHL-TRP-46", "Terpal plastik 4 x 6 m", SHL, "lembar", (("bal", 10),),
       "3.2", "0.006", 200, (50, 1000)),
    _I("SHL-TRP-510", "Terpal plastik 5 x 10 m", SHL, "lembar", (("bal", 10),),
       "6.5", "0.012", 50, (20, 300)),
    _I("SHL-MTR-BSA", "Matras busa 180 x 90 cm", SHL, "lembar", (("bal", 10),),
       "1.2", "0.02", 100, (50, 500)),
    _I("SHL-KSR-LPT", "Kasur busa lipat 90 x 200 cm", SHL, "unit", (),
       "5", "0.16", 20, (10, 100)),
    _I("SHL-VLB-01", "Velbed (tempat tidur lipat lapangan)", SHL, "unit", (),
       "7.5", "0.035", 30, (10, 200)),
    _I("SHL-TKR-PLS", "Tikar plastik 2 x 3 m", SHL, "lembar", (("bal", 20),),
       "1", "0.004", 200, (100, 1000)),
    _I("SHL-BNT-TDR", "Bantal tidur", SHL, "buah", (("bal", 10),),
       "0.6", "0.015", 50, (20, 300)),
    _I("SHL-KLB-LLN", "Kelambu berinsektisida (LLIN)", SHL, "buah", (("bal", 50),),
       "0.55", "0.0016", 100, (50, 1000)),
    _I("SHL-SKT-PRV", "Bilik privasi keluarga (sekat pengungsian) 2 x 2 m", SHL, "unit", (),
       "9", "0.04", 20, (10, 100)),
    _I("SHL-TLT-PTB", "Toilet portabel knockdown", SHL, "unit", (),
       "75", "0.5", 4, (2, 20), lot=True),
    _I("SHL-SNG-GLB", "Seng gelombang 180 cm", SHL, "lembar", (("ikat", 10),),
       "2.2", "0.003", 100, (50, 1000)),
    # --- peralatan -------------------------------------------------------
    _I("PRL-GNS-2K", "Genset bensin portabel 2 kVA", PRL, "unit", (),
       "45", "0.18", 2, (1, 10), lot=True),
    _I("PRL-GNS-5K", "Genset bensin 5 kVA", PRL, "unit", (),
       "85", "0.4", 2, (1, 10), lot=True),
    _I("PRL-GNS-10K", "Genset diesel silent 10 kVA", PRL, "unit", (),
       "290", "1.2", 1, (1, 4), lot=True),
    _I("PRL-PRH-KRT", "Perahu karet kapasitas 10 orang", PRL, "unit", (),
       "95", "0.5", 2, (1, 6), lot=True),
    _I("PRL-PRH-FBR", "Perahu polietilena (fiber) kapasitas 6 orang", PRL, "unit", (),
       "120", "2.5", 1, (1, 4), lot=True),
    _I("PRL-MSN-15", "Mesin tempel 15 PK", PRL, "unit", (),
       "36", "0.2", 2, (1, 6), lot=True),
    _I("PRL-MSN-40", "Mesin tempel 40 PK", PRL, "unit", (),
       "75", "0.35", 1, (1, 4), lot=True),
    _I("PRL-PLB-DWS", "Pelampung (life jacket) dewasa", PRL, "buah", (),
       "0.7", "0.012", 40, (20, 200)),
    _I("PRL-PLB-ANK", "Pelampung (life jacket) anak", PRL, "buah", (),
       "0.45", "0.008", 20, (10, 100)),
    _I("PRL-RNG-BUY", "Pelampung lingkar (ring buoy)", PRL, "buah", (),
       "2.5", "0.03", 10, (5, 50)),
    _I("PRL-SNT-LED", "Senter LED isi ulang", PRL, "buah", (("dus", 24),),
       "0.25", "0.0006", 48, (24, 480)),
    _I("PRL-SNT-KPL", "Senter kepala (headlamp) LED", PRL, "buah", (("dus", 40),),
       "0.12", "0.0004", 20, (20, 200)),
    _I("PRL-LMP-EMG", "Lampu emergency LED isi ulang", PRL, "buah", (("dus", 20),),
       "0.4", "0.002", 40, (20, 200)),
    _I("PRL-LMP-SLR", "Lampu tenaga surya (solar lantern)", PRL, "buah", (("dus", 20),),
       "0.5", "0.002", 40, (20, 400)),
    _I("PRL-LMP-SRT", "Lampu sorot LED 100 W", PRL, "unit", (),
       "2.2", "0.008", 6, (2, 20)),
    _I("PRL-BTR-AA", "Baterai alkaline AA", PRL, "pcs", (("pak", 4), ("dus", 48)),
       "0.024", "0.00003", 192, (96, 960), 1825),
    _I("PRL-BTR-D", "Baterai alkaline D", PRL, "pcs", (("pak", 2), ("dus", 24)),
       "0.14", "0.0001", 48, (24, 240), 1825),
    _I("PRL-JRG-20", "Jerigen air 20 liter", PRL, "buah", (),
       "1.1", "0.03", 50, (20, 300)),
    _I("PRL-JRG-LPT", "Jerigen lipat 10 liter", PRL, "buah", (("dus", 50),),
       "0.25", "0.002", 100, (50, 1000)),
    _I("PRL-TDN-1100", "Tandon air 1.100 liter", PRL, "unit", (),
       "30", "1.3", 2, (1, 10)),
    _I("PRL-TDN-LPT", "Tangki air lipat (bladder) 5.000 liter", PRL, "unit", (),
       "45", "0.2", 1, (1, 6), lot=True),
    _I("PRL-PMP-3IN", "Pompa air alkon 3 inci", PRL, "unit", (),
       "30", "0.15", 2, (1, 10), lot=True),
    _I("PRL-PMP-CLP", "Pompa celup lumpur 2 inci", PRL, "unit", (),
       "18", "0.05", 2, (1, 10), lot=True),
    _I("PRL-PMP-PMD", "Pompa pemadam portabel (fire pump)", PRL, "unit", (),
       "60", "0.25", 2, (1, 6), lot=True),
    _I("PRL-SLG-PMD", "Selang pemadam 1,5 inci x 20 m", PRL, "gulung", (),
       "5", "0.02", 10, (5, 50)),
    _I("PRL-NZL-PMD", "Nozel pemadam 1,5 inci", PRL, "buah", (),
       "1.5", "0.003", 6, (2, 20)),
    _I("PRL-PMP-PGG", "Pompa punggung (jet shooter) 20 liter", PRL, "unit", (),
       "3", "0.03", 10, (5, 50)),
    _I("PRL-GPK-API", "Gepyok pemadam api", PRL, "buah", (),
       "1.8", "0.01", 20, (10, 100)),
    _I("PRL-DPR-KLG", "Peralatan dapur keluarga (set)", PRL, "set", (("dus", 6),),
       "4.5", "0.03", 50, (20, 300)),
    _I("PRL-KMP-GAS", "Kompor gas dua tungku", PRL, "unit", (),
       "4.5", "0.03", 10, (5, 50)),
    _I("PRL-KMP-SMW", "Kompor semawar (kompor tekan minyak tanah)", PRL, "unit", (),
       "5", "0.04", 6, (2, 20)),
    _I("PRL-PNC-60L", "Dandang besar 60 liter", PRL, "buah", (),
       "6", "0.1", 6, (2, 20)),
    _I("PRL-WJN-80", "Wajan besar diameter 80 cm", PRL, "buah", (),
       "7", "0.08", 6, (2, 20)),
    _I("PRL-FMK-PKT", "Family kit (paket perlengkapan keluarga)", PRL, "paket", (),
       "6.5", "0.06", 50, (20, 300),
       kit=(("SHL-TKR-PLS", 1), ("SDG-SLM-01", 2), ("SDG-SRG-01", 2),
            ("KBR-EMB-20L", 1), ("KBR-GYG-PLS", 1), ("PRL-SNT-LED", 1),
            ("SDG-HDK-MND", 2))),
    _I("PRL-CGL-01", "Cangkul bergagang", PRL, "buah", (),
       "2.5", "0.008", 20, (10, 100)),
    _I("PRL-SKP-01", "Sekop bergagang", PRL, "buah", (),
       "2", "0.008", 20, (10, 100)),
    _I("PRL-GRB-DRG", "Gerobak dorong (angkong)", PRL, "unit", (),
       "17", "0.3", 4, (2, 20)),
    _I("PRL-GRJ-MSN", "Gergaji mesin (chainsaw)", PRL, "unit", (),
       "7", "0.04", 2, (1, 6), lot=True),
    _I("PRL-PRG-01", "Parang", PRL, "buah", (),
       "0.8", "0.002", 10, (5, 50)),
    _I("PRL-TLI-TMB", "Tali tambang nilon 12 mm (rol 100 m)", PRL, "rol", (),
       "9", "0.04", 4, (2, 20)),
    _I("PRL-HT-VHF", "Handy talky (HT) VHF", PRL, "unit", (),
       "0.35", "0.001", 4, (2, 20), lot=True),
    _I("PRL-MGF-01", "Megafon (toa)", PRL, "buah", (),
       "1.4", "0.008", 4, (2, 20)),
    _I("PRL-SPT-BOT", "Sepatu bot karet", PRL, "pasang", (),
       "1.6", "0.012", 40, (20, 200)),
    _I("PRL-HLM-SAR", "Helm SAR", PRL, "buah", (),
       "0.45", "0.008", 20, (10, 100)),
    _I("PRL-SRT-KRJ", "Sarung tangan kerja", PRL, "pasang", (("lusin", 12),),
       "0.08", "0.0003", 48, (24, 480)),
    _I("PRL-RMP-RLW", "Rompi relawan reflektif", PRL, "buah", (),
       "0.2", "0.001", 40, (20, 200)),
    _I("PRL-TDU-LPT", "Tandu lipat", PRL, "unit", (),
       "6", "0.03", 4, (2, 20)),
    _I("PRL-WTP-PTB", "Unit pengolah air bersih portabel (water treatment)", PRL, "unit", (),
       "180", "1", 1, (1, 2), lot=True),
    _I("PRL-KBL-ROL", "Kabel rol 25 m", PRL, "buah", (),
       "2.5", "0.008", 6, (2, 20)),
)

# ---------------------------------------------------------------------------
# Partners
# ---------------------------------------------------------------------------


def _donor(code: str, name: str, region: str, address: str, contact: str, phone: str) -> DemoPartner:
    return DemoPartner(code, name, "donor", region, None, address, contact, phone, None)


def _rcp(
    code: str, name: str, region: str, desa: str, address: str, contact: str, phone: str,
    people: int | None,
) -> DemoPartner:
    return DemoPartner(code, name, "recipient", region, desa, address, contact, phone, people)


DONORS: tuple[DemoPartner, ...] = (
    _donor("DNR-BNPB", "Badan Nasional Penanggulangan Bencana (BNPB)", "Kota Jakarta Timur",
           "Graha BNPB, Jl. Pramuka Kav. 38, Jakarta Timur",
           "Direktorat Logistik BNPB (u.p. Dedi Kurniawan)", "(021) 2982 7444"),
    _donor("DNR-BPBD-KPR", "BPBD Kabupaten Kampar (APBD Kabupaten Kampar)", "Bangkinang Kota",
           "Jl. Prof. M. Yamin SH, Bangkinang Kota",
           "Bidang Kedaruratan dan Logistik (u.p. Rahmad Hidayat)", "(0762) 21375"),
    _donor("DNR-BPBD-RIAU", "BPBD Provinsi Riau", "Kota Pekanbaru",
           "Jl. Jend. Sudirman, Pekanbaru",
           "Seksi Logistik (u.p. Indra Gunawan)", "(0761) 45 6210"),
    _donor("DNR-DINSOS-RIAU", "Dinas Sosial Provinsi Riau (buffer stock Kemensos RI)",
           "Kota Pekanbaru", "Jl. Jend. Sudirman, Pekanbaru",
           "Bidang Perlindungan dan Jaminan Sosial (u.p. Elvi Susanti)", "(0761) 21 4476"),
    _donor("DNR-DINSOS-KPR", "Dinas Sosial Kabupaten Kampar", "Bangkinang Kota",
           "Kompleks Perkantoran Pemkab Kampar, Bangkinang Kota",
           "Seksi Perlindungan Sosial Korban Bencana Alam (u.p. Masrul)", "0812-7611-4052"),
    _donor("DNR-DINKES-KPR", "Dinas Kesehatan Kabupaten Kampar (Instalasi Farmasi)",
           "Bangkinang Kota", "Kompleks Perkantoran Pemkab Kampar, Bangkinang Kota",
           "Kepala Instalasi Farmasi (u.p. apt. Yulianti, S.Farm.)", "0813-6530-2281"),
    _donor("DNR-BAZNAS-KPR", "Baznas Kabupaten Kampar", "Bangkinang Kota",
           "Jl. Jend. Sudirman, Bangkinang Kota",
           "Bidang Pendistribusian (u.p. H. Bustami)", "0812-7690-3318"),
    _donor("DNR-PMI-KPR", "PMI Kabupaten Kampar", "Bangkinang Kota",
           "Markas PMI Kabupaten Kampar, Bangkinang Kota",
           "Seksi Penanggulangan Bencana (u.p. Zulhendri)", "0811-7620-915"),
    _donor("DNR-PHR", "PT Pertamina Hulu Rokan (TJSL/CSR)", "Kota Pekanbaru",
           "Rumbai, Pekanbaru",
           "Corporate Affairs (u.p. Fadhli Ramadhan)", "0811-7512-640"),
    _donor("DNR-BRKS", "PT Bank Riau Kepri Syariah (Perseroda) (CSR)", "Kota Pekanbaru",
           "Menara Dang Merdu, Jl. Jend. Sudirman, Pekanbaru",
           "Divisi Corporate Secretary (u.p. Desi Ratnasari)", "(0761) 24 7700"),
    _donor("DNR-PTPN4", "PT Perkebunan Nusantara IV Regional III (TJSL)", "Kota Pekanbaru",
           "Pekanbaru", "Bagian TJSL (u.p. Wahyudi)", "0812-6845-1179"),
    _donor("DNR-PLN", "PT PLN (Persero) UID Riau dan Kepulauan Riau (TJSL)", "Kota Pekanbaru",
           "Pekanbaru", "Bidang Komunikasi dan TJSL (u.p. Agus Salim)", "0813-7199-2046"),
    _donor("DNR-YAPU", "Yayasan Aksi Peduli Umat Riau", "Kota Pekanbaru",
           "Jl. Soekarno-Hatta, Pekanbaru",
           "Koordinator Tanggap Darurat (u.p. Irwan Syah)", "0852-6533-7820"),
    _donor("DNR-LAZIPR", "LAZ Insan Peduli Riau", "Kota Pekanbaru",
           "Jl. Tuanku Tambusai, Pekanbaru",
           "Program Kemanusiaan (u.p. Safitri)", "0853-6524-1107"),
    _donor("DNR-MSY", "Masyarakat umum / donatur perorangan", "Kabupaten Kampar",
           "Diterima langsung di Gudang Logistik BPBD Kabupaten Kampar",
           "Petugas penerimaan gudang", "(0762) 21375"),
)

RECIPIENTS: tuple[DemoPartner, ...] = (
    # Kampar
    _rcp("PNR-KPR-01", "Posko Pengungsian SDN 004 Air Tiris", "Kampar", "Air Tiris",
         "Jl. Lintas Pekanbaru-Bangkinang, Desa Air Tiris", "Syafrizal (Koordinator Posko)",
         "0812-7534-2210", 420),
    _rcp("PNR-KPR-02", "Posko Pengungsian Balai Desa Penyasawan", "Kampar", "Penyasawan",
         "Jl. Raya Penyasawan, Desa Penyasawan", "Nurhayati (Sekretaris Desa)",
         "0813-7870-4415", 265),
    _rcp("PNR-KPR-03", "Posko Pengungsian Masjid Nurul Iman Ranah", "Kampar", "Ranah",
         "Jl. Raya Ranah, Desa Ranah", "Asril (Koordinator Posko)", "0852-7166-0932", 310),
    _rcp("PNR-KPR-04", "Pemerintah Desa Rumbio", "Kampar", "Rumbio",
         "Kantor Desa Rumbio, Jl. Raya Rumbio", "Darmawi (Kepala Desa)", "0812-7655-1804", 540),
    _rcp("PNR-KPR-05", "Posko Pengungsian Gedung Serbaguna Batu Belah", "Kampar", "Batu Belah",
         "Jl. Raya Batu Belah, Desa Batu Belah", "Yusri (Koordinator Posko)",
         "0822-8817-3460", 185),
    _rcp("PNR-KPR-06", "Pemerintah Desa Naumbai", "Kampar", "Naumbai",
         "Kantor Desa Naumbai, Desa Naumbai", "Hendri (Kepala Desa)", "0813-6594-2278", 230),
    _rcp("PNR-KPR-07", "Dapur Umum Tagana Posko Air Tiris", "Kampar", "Air Tiris",
         "Halaman SDN 004 Air Tiris, Desa Air Tiris", "Mardianto (Koordinator Dapur Umum)",
         "0821-7405-6611", 1200),
    # Kampar Kiri
    _rcp("PNR-KKI-01", "Posko Utama Kecamatan Kampar Kiri (Kantor Camat)", "Kampar Kiri",
         "Lipat Kain", "Kantor Camat Kampar Kiri, Lipat Kain",
         "Nasrul (Sekretaris Camat)", "0812-7597-3021", None),
    _rcp("PNR-KKI-02", "Posko Pengungsian SDN 003 Kuntu", "Kampar Kiri", "Kuntu",
         "Jl. Raya Kuntu, Desa Kuntu", "Elfia Rahmi (Koordinator Posko)", "0853-7420-1195", 280),
    _rcp("PNR-KKI-03", "Posko Pengungsian Masjid Al-Ikhlas Lipat Kain Selatan", "Kampar Kiri",
         "Lipat Kain Selatan", "Jl. Raya Lipat Kain, Desa Lipat Kain Selatan",
         "Jasman (Koordinator Posko)", "0812-6812-5503", 350),
    _rcp("PNR-KKI-04", "Pemerintah Desa Domo", "Kampar Kiri", "Domo",
         "Kantor Desa Domo, Desa Domo", "Khairul Anwar (Kepala Desa)", "0813-6567-0848", 410),
    _rcp("PNR-KKI-05", "Posko Pengungsian Balai Desa Sungai Paku", "Kampar Kiri", "Sungai Paku",
         "Balai Desa Sungai Paku, Desa Sungai Paku", "Rosmaniar (Sekretaris Desa)",
         "0822-8371-9024", 190),
    _rcp("PNR-KKI-06", "Puskesmas Kampar Kiri (Pos Kesehatan Banjir)", "Kampar Kiri", "Lipat Kain",
         "Puskesmas Kampar Kiri, Lipat Kain", "dr. Abdul Hadi (Kepala Puskesmas)",
         "0811-7671-330", None),
    # Kampar Kiri Hilir
    _rcp("PNR-KKL-01", "Posko Utama Kecamatan Kampar Kiri Hilir", "Kampar Kiri Hilir",
         "Sungai Pagar", "Kantor Camat Kampar Kiri Hilir, Desa Sungai Pagar",
         "Irwan Syahputra (Sekretaris Camat)", "0812-7503-6612", None),
    _rcp("PNR-KKL-02", "Posko Pengungsian Balai Desa Mentulik", "Kampar Kiri Hilir", "Mentulik",
         "Balai Desa Mentulik, Desa Mentulik", "Ramli (Kepala Desa)", "0852-6560-2231", 320),
    _rcp("PNR-KKL-03", "Pemerintah Desa Rantau Kasih", "Kampar Kiri Hilir", "Rantau Kasih",
         "Kantor Desa Rantau Kasih, Desa Rantau Kasih", "Azwar (Kepala Desa)",
         "0813-7104-5590", 275),
    _rcp("PNR-KKL-04", "Posko Pengungsian Masjid Al-Huda Gading Permai", "Kampar Kiri Hilir",
         "Gading Permai", "Desa Gading Permai", "Suhaimi (Koordinator Posko)",
         "0823-8934-1176", 150),
    # Kampar Kiri Hulu
    _rcp("PNR-KKU-01", "Posko Kecamatan Kampar Kiri Hulu, Gema", "Kampar Kiri Hulu", "Gema",
         "Kantor Camat Kampar Kiri Hulu, Desa Gema", "Erizal (Sekretaris Camat)",
         "0812-7688-2409", None),
    _rcp("PNR-KKU-02", "Pemerintah Desa Tanjung Belit", "Kampar Kiri Hulu", "Tanjung Belit",
         "Kantor Desa Tanjung Belit, Desa Tanjung Belit", "Helmi (Kepala Desa)",
         "0852-7183-4465", 240),
    _rcp("PNR-KKU-03", "Pemerintah Desa Batu Sanggan", "Kampar Kiri Hulu", "Batu Sanggan",
         "Desa Batu Sanggan (akses perahu melalui Sungai Subayang)", "Amril (Kepala Desa)",
         "0813-6511-7703", 180),
    _rcp("PNR-KKU-04", "Pemerintah Desa Muara Bio", "Kampar Kiri Hulu", "Muara Bio",
         "Desa Muara Bio (akses perahu melalui Sungai Subayang)", "Taufik Hidayat (Kepala Desa)",
         "0822-8565-0318", 160),
    # Kampar Kiri Tengah
    _rcp("PNR-KKT-01", "Posko Pengungsian Balai Desa Simalinyang", "Kampar Kiri Tengah",
         "Simalinyang", "Balai Desa Simalinyang, Desa Simalinyang",
         "Mukhlis (Koordinator Posko)", "0812-6890-5127", 200),
    # Gunung Sahilan
    _rcp("PNR-GSH-01", "Pemerintah Desa Gunung Sahilan", "Gunung Sahilan", "Gunung Sahilan",
         "Kantor Desa Gunung Sahilan, Desa Gunung Sahilan", "Rizal Efendi (Kepala Desa)",
         "0813-7825-6634", 330),
    _rcp("PNR-GSH-02", "Posko Pengungsian Balai Desa Subarak", "Gunung Sahilan", "Subarak",
         "Balai Desa Subarak, Desa Subarak", "Jamaluddin (Sekretaris Desa)",
         "0852-6381-2297", 140),
    # XIII Koto Kampar
    _rcp("PNR-XKK-01", "Posko Utama Kecamatan XIII Koto Kampar", "XIII Koto Kampar",
         "Batu Bersurat", "Jl. Lintas Riau-Sumatera Barat, Desa Batu Bersurat",
         "Samsidar (Sekretaris Camat)", "0812-7621-8840", None),
    _rcp("PNR-XKK-02", "Posko Pengungsian Balai Desa Muara Takus", "XIII Koto Kampar",
         "Muara Takus", "Balai Desa Muara Takus, Desa Muara Takus", "Zainal Arifin (Kepala Desa)",
         "0813-6546-3312", 260),
    _rcp("PNR-XKK-03", "Pemerintah Desa Pongkai Istiqomah", "XIII Koto Kampar",
         "Pongkai Istiqomah", "Kantor Desa Pongkai Istiqomah, Desa Pongkai Istiqomah",
         "Agusril (Kepala Desa)", "0822-8377-1580", 215),
    _rcp("PNR-XKK-04", "Posko Pengungsian Masjid Raya Tanjung Alai", "XIII Koto Kampar",
         "Tanjung Alai", "Desa Tanjung Alai", "Ilyas (Koordinator Posko)", "0852-7208-6673", 175),
    _rcp("PNR-XKK-05", "Pemerintah Desa Koto Tuo", "XIII Koto Kampar", "Koto Tuo",
         "Kantor Desa Koto Tuo, Desa Koto Tuo", "Nofrizal (Kepala Desa)", "0813-7194-0026", 240),
    # Kuok
    _rcp("PNR-KUK-01", "Posko Pengungsian Balai Desa Pulau Jambu", "Kuok", "Pulau Jambu",
         "Balai Desa Pulau Jambu, Desa Pulau Jambu", "Saparudin (Koordinator Posko)",
         "0812-6655-9031", 230),
    _rcp("PNR-KUK-02", "Pemerintah Desa Empat Balai", "Kuok", "Empat Balai",
         "Kantor Desa Empat Balai, Desa Empat Balai", "Yunus (Kepala Desa)",
         "0823-9011-4782", 190),
    # Bangkinang
    _rcp("PNR-BKN-01", "Posko Pengungsian Kantor Desa Muara Uwai", "Bangkinang", "Muara Uwai",
         "Kantor Desa Muara Uwai, Desa Muara Uwai", "Edi Suhendra (Kepala Desa)",
         "0812-7518-2263", 380),
    _rcp("PNR-BKN-02", "Pemerintah Desa Pasir Sialang", "Bangkinang", "Pasir Sialang",
         "Kantor Desa Pasir Sialang, Desa Pasir Sialang", "Herman (Kepala Desa)",
         "0813-6522-8197", 205),
    # Bangkinang Kota
    _rcp("PNR-BKK-01", "Posko Pengungsian Kantor Lurah Langgini", "Bangkinang Kota", "Langgini",
         "Kantor Lurah Langgini, Bangkinang Kota", "Junaidi (Sekretaris Lurah)",
         "0852-6570-1442", 450),
    _rcp("PNR-BKK-02", "Posko Pengungsian Balai Desa Kumantan", "Bangkinang Kota", "Kumantan",
         "Balai Desa Kumantan, Desa Kumantan", "Amirudin (Kepala Desa)", "0812-7685-3304", 520),
    _rcp("PNR-BKK-03", "Pemerintah Desa Ridan Permai", "Bangkinang Kota", "Ridan Permai",
         "Kantor Desa Ridan Permai, Desa Ridan Permai", "Hasanudin (Kepala Desa)",
         "0822-8540-7719", 260),
    # Rumbio Jaya
    _rcp("PNR-RBJ-01", "Posko Pengungsian Kantor Camat Rumbio Jaya", "Rumbio Jaya", "Teratak",
         "Kantor Camat Rumbio Jaya, Desa Teratak", "Zulfahmi (Sekretaris Camat)",
         "0813-7862-4150", 300),
    _rcp("PNR-RBJ-02", "Pemerintah Desa Pulau Payung", "Rumbio Jaya", "Pulau Payung",
         "Kantor Desa Pulau Payung, Desa Pulau Payung", "Masnah (Sekretaris Desa)",
         "0852-7149-8826", 280),
    _rcp("PNR-RBJ-03", "Posko Pengungsian Masjid Al-Falah Alam Panjang", "Rumbio Jaya",
         "Alam Panjang", "Desa Alam Panjang", "Bustanul Arifin (Koordinator Posko)",
         "0823-8762-0341", 170),
    _rcp("PNR-RBJ-04", "Pemerintah Desa Batang Batindih", "Rumbio Jaya", "Batang Batindih",
         "Kantor Desa Batang Batindih, Desa Batang Batindih", "Yusnaldi (Kepala Desa)",
         "0812-6873-5518", 150),
    # Kampar Timur
    _rcp("PNR-KPT-01", "Posko Pengungsian Balai Desa Kampar", "Kampar Timur", "Kampar",
         "Balai Desa Kampar, Desa Kampar", "Syahrial (Koordinator Posko)", "0813-6598-4471", 330),
    _rcp("PNR-KPT-02", "Pemerintah Desa Sungai Putih", "Kampar Timur", "Sungai Putih",
         "Kantor Desa Sungai Putih, Desa Sungai Putih", "Zulkarnain (Kepala Desa)",
         "0852-6508-3392", 240),
    _rcp("PNR-KPT-03", "Posko Pengungsian Masjid Baiturrahman Tanjung Bungo", "Kampar Timur",
         "Tanjung Bungo", "Desa Tanjung Bungo", "Ridwan (Koordinator Posko)",
         "0821-7466-2085", 195),
    # Tambang
    _rcp("PNR-TBG-01", "Posko Pengungsian Balai Desa Sungai Pinang", "Tambang", "Sungai Pinang",
         "Balai Desa Sungai Pinang, Desa Sungai Pinang", "Fitriani (Koordinator Posko)",
         "0812-7593-0617", 270),
    _rcp("PNR-TBG-02", "Pemerintah Desa Teluk Kenidai", "Tambang", "Teluk Kenidai",
         "Kantor Desa Teluk Kenidai, Desa Teluk Kenidai", "Abdul Rahman (Kepala Desa)",
         "0813-7845-2209", 220),
    _rcp("PNR-TBG-03", "Posko Pengungsian Kantor Desa Kuapan", "Tambang", "Kuapan",
         "Kantor Desa Kuapan, Desa Kuapan", "Sofyan (Sekretaris Desa)", "0822-8830-6154", 160),
    _rcp("PNR-TBG-04", "Pemerintah Desa Aur Sati", "Tambang", "Aur Sati",
         "Kantor Desa Aur Sati, Desa Aur Sati", "Marzuki (Kepala Desa)", "0852-7161-4038", 210),
    # Siak Hulu
    _rcp("PNR-SKH-01", "Posko Pengungsian Balai Desa Buluh Cina", "Siak Hulu", "Buluh Cina",
         "Balai Desa Buluh Cina, Desa Buluh Cina", "Syamsul Rizal (Koordinator Posko)",
         "0812-7624-5573", 360),
    _rcp("PNR-SKH-02", "Pemerintah Desa Teratak Buluh", "Siak Hulu", "Teratak Buluh",
         "Kantor Desa Teratak Buluh, Desa Teratak Buluh", "Hamdani (Kepala Desa)",
         "0813-6527-0961", 310),
    _rcp("PNR-SKH-03", "Posko Pengungsian Masjid Al-Muttaqin Lubuk Siam", "Siak Hulu",
         "Lubuk Siam", "Desa Lubuk Siam", "Rahmawati (Koordinator Posko)", "0852-6594-7702", 190),
    _rcp("PNR-SKH-04", "Pemerintah Desa Buluh Nipis", "Siak Hulu", "Buluh Nipis",
         "Kantor Desa Buluh Nipis, Desa Buluh Nipis", "Sudirman (Kepala Desa)",
         "0823-8981-3345", 175),
    # Salo
    _rcp("PNR-SLO-01", "Posko Pengungsian Balai Desa Ganting", "Salo", "Ganting",
         "Balai Desa Ganting, Desa Ganting", "Efendi (Koordinator Posko)", "0812-6814-2290", 120),
    # Tapung (karhutla)
    _rcp("PNR-TPG-01", "Posko Satgas Karhutla Kecamatan Tapung", "Tapung", "Petapahan",
         "Kantor Camat Tapung, Desa Petapahan", "Ahmad Fauzi (Koordinator Satgas)",
         "0813-7103-8826", None),
)

TRANSPORTERS: tuple[DemoPartner, ...] = (
    DemoPartner("TRP-KODIM", "Kodim 0313/Kampar (TNI AD)", "transporter", "Bangkinang Kota", None,
                "Makodim 0313/Kampar, Bangkinang Kota", "Pasi Ops Kodim 0313/Kampar",
                "0812-7577-0313", None),
    DemoPartner("TRP-POLRES", "Polres Kampar", "transporter", "Bangkinang Kota", None,
                "Mapolres Kampar, Bangkinang Kota", "Kabag Ops Polres Kampar",
                "0811-7673-110", None),
    DemoPartner("TRP-TAGANA", "Tagana Kabupaten Kampar (Dinas Sosial)", "transporter",
                "Bangkinang Kota", None, "Kompleks Perkantoran Pemkab Kampar, Bangkinang Kota",
                "Koordinator Tagana Kampar (u.p. Joni Iskandar)", "0812-7612-8854", None),
    DemoPartner("TRP-TRC", "TRC BPBD Kabupaten Kampar (armada sendiri)", "transporter",
                "Bangkinang Kota", None, "Jl. Prof. M. Yamin SH, Bangkinang Kota",
                "Komandan TRC (u.p. Fikri Alamsyah)", "0813-6520-4417", None),
    DemoPartner("TRP-CV-KJT", "CV Kampar Jaya Transport", "transporter", "Tambang", "Kualu",
                "Jl. Lintas Pekanbaru-Bangkinang, Desa Kualu",
                "Rudi Hartono (Direktur)", "0812-7640-2281", None),
    DemoPartner("TRP-CV-SBL", "CV Sinar Bangkinang Logistik", "transporter", "Bangkinang Kota",
                None, "Jl. Jend. Sudirman, Bangkinang Kota",
                "Hj. Yenni Marlina (Direktur)", "0813-7871-5036", None),
    DemoPartner("TRP-CV-RMT", "CV Riau Mandiri Trans", "transporter", "Siak Hulu", "Pandau Jaya",
                "Jl. Raya Pekanbaru-Bangkinang, Desa Pandau Jaya",
                "Eko Prasetyo (Kepala Operasional)", "0852-6566-9913", None),
)

# Red plates (pelat merah) for government vehicles, yellow for trucks for hire.
VEHICLES: tuple[DemoVehicle, ...] = (
    DemoVehicle("BM 8021 K", "Truk engkel 4 ton (pelat merah)", "TRP-TRC",
                "Syahrul", "0812-7588-3016"),
    DemoVehicle("BM 8027 K", "Mobil double cabin 4x4 TRC (pelat merah)", "TRP-TRC",
                "Fikri Alamsyah", "0813-6520-4417"),
    DemoVehicle("BM 8035 K", "Truk tangki air 5.000 liter (pelat merah)", "TRP-TRC",
                "Darmawan", "0822-8559-1470"),
    DemoVehicle("BM 8118 K", "Truk serbaguna Tagana 6 ton (pelat merah)", "TRP-TAGANA",
                "Joni Iskandar", "0812-7612-8854"),
    DemoVehicle("BM 8120 K", "Mobil dapur umum lapangan Tagana (pelat merah)", "TRP-TAGANA",
                "Hendra Saputra", "0852-7140-6632"),
    DemoVehicle("BM 9614 NU", "Truk tronton 15 ton", "TRP-CV-KJT",
                "Jefri Andika", "0812-6877-2105"),
    DemoVehicle("BM 9702 NU", "Truk engkel 4 ton", "TRP-CV-KJT",
                "Agus Salim", "0813-7120-4489"),
    DemoVehicle("BM 9377 KD", "Truk fuso 8 ton", "TRP-CV-SBL",
                "Yusnaldi", "0852-6537-0228"),
    DemoVehicle("BM 9381 KD", "Pikap bak terbuka 1 ton", "TRP-CV-SBL",
                "Rudi Hartono", "0821-7408-3351"),
    DemoVehicle("BM 9055 AU", "Truk tronton wing box 20 ton", "TRP-CV-RMT",
                "Eko Prasetyo", "0852-6566-9913"),
    DemoVehicle("BM 9166 AU", "Truk box engkel 4 ton", "TRP-CV-RMT",
                "Wawan Setiawan", "0812-6841-7730"),
)

# ---------------------------------------------------------------------------
# Warehouse and bins
# ---------------------------------------------------------------------------

WAREHOUSE = DemoWarehouse(
    code="GDG-KPR",
    name="Gudang Logistik BPBD Kabupaten Kampar",
    address="Jl. Prof. M. Yamin SH, Bangkinang Kota, Kabupaten Kampar, Riau",
    region="Bangkinang Kota",
    phone="(0762) 21375",
)

_ZONES: tuple[tuple[str, str], ...] = (
    ("A", "Zona A - permakanan kering (beras, mie, minyak, gula)"),
    ("B", "Zona B - air minum, lauk kaleng, makanan siap saji, bayi & balita"),
    ("C", "Zona C - sandang dan kebersihan"),
    ("D", "Zona D - obat-obatan dan alat kesehatan (suhu ruang terkendali)"),
    ("E", "Zona E - shelter dan peralatan (barang berat)"),
)
_LEVELS = {1: "tingkat 1 (palet lantai)", 2: "tingkat 2 (rak atas)"}

BINS: tuple[DemoBin, ...] = tuple(
    DemoBin(
        code=f"{zone}-{rack:02d}-{level:02d}",
        kind="storage",
        zone=zone,
        description=f"{zone_text}, rak {rack:02d}, {_LEVELS[level]}",
    )
    for zone, zone_text in _ZONES
    for rack in range(1, 6)
    for level in (1, 2)
) + (
    DemoBin("TERIMA-01", "receiving", "TERIMA", "Area penerimaan dan bongkar muat (dok 1)"),
    DemoBin("KARANTINA-01", "quarantine", "KARANTINA",
            "Area karantina: barang rusak, ditarik atau kedaluwarsa"),
)

# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

EVENTS: tuple[DemoEvent, ...] = (
    DemoEvent("BJR-KKI-2026-03", "Banjir Kampar Kiri Maret 2026", "banjir",
              "Kec. Kampar Kiri, Kampar Kiri Hilir, Kampar Kiri Hulu, Gunung Sahilan",
              date(2026, 3, 2), date(2026, 3, 21)),
    DemoEvent("APB-SKH-2026-05", "Angin Puting Beliung Siak Hulu Mei 2026",
              "angin puting beliung", "Kec. Siak Hulu",
              date(2026, 5, 14), date(2026, 5, 20)),
    DemoEvent("KHL-TPG-2026-08", "Karhutla Tapung Agustus 2026", "karhutla",
              "Kec. Tapung, Tapung Hulu, Tapung Hilir",
              date(2026, 8, 4), date(2026, 9, 10)),
    DemoEvent("BJR-KPR-2026-10", "Banjir Sungai Kampar 2026", "banjir",
              "Daerah aliran Sungai Kampar dan Kampar Kiri: Kec. Kampar Kiri, Kampar Kiri Hilir, "
              "Kampar Kiri Hulu, Kampar Kiri Tengah, Gunung Sahilan, XIII Koto Kampar, Kuok, "
              "Kampar, Rumbio Jaya, Kampar Timur, Bangkinang, Bangkinang Kota, Salo, Tambang, "
              "Siak Hulu",
              date(2026, 10, 20), None),
)

# ---------------------------------------------------------------------------
# Agency letterhead and signatories
# ---------------------------------------------------------------------------

AGENCY = DemoAgency(
    name_lines=("PEMERINTAH KABUPATEN KAMPAR", "BADAN PENANGGULANGAN BENCANA DAERAH"),
    address="Jl. Prof. M. Yamin SH, Bangkinang Kota, Kabupaten Kampar, Riau 28412",
    phone="(0762) 21375",
    email="bpbd@kamparkab.go.id",
    city="Bangkinang",
    number_code="BPBD-KPR",
    head_of_warehouse_name="Rahmad Hidayat, S.E.",
    head_of_warehouse_title="Kepala Seksi Logistik",
    head_of_warehouse_rank="Penata Tk. I (III/d)",
    head_of_warehouse_nip="198109072006041002",
    kepala_pelaksana_name="H. Zulfikar Ramadhan, S.Sos., M.Si.",
    kepala_pelaksana_title="Kepala Pelaksana BPBD Kabupaten Kampar",
    kepala_pelaksana_rank="Pembina Tk. I (IV/b)",
    kepala_pelaksana_nip="197204151998031003",
)
