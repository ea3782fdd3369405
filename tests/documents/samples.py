"""Realistic sample documents (Kampar flood scenario) shared by the document tests and the benchmark."""
import datetime as dt
from decimal import Decimal as D
from gudang.documents.data import *
LH = Letterhead(address="Jl. Prof. M. Yamin, S.H. No. 12, Bangkinang, Kabupaten Kampar, Riau 28412",
                contact="Telp. (0762) 20123  \u2022  Email: bpbd@kamparkab.go.id  \u2022  bpbd.kamparkab.go.id")
ITEMS = [("BRS-05", "Beras medium sak 5 kg", "sak", D("5")), ("MIE-40", "Mie instan rasa ayam bawang, dus isi 40 bungkus", "dus", D("9.2")),
         ("MNY-1L", "Minyak goreng kemasan 1 liter", "dus", D("12")), ("SLM-01", "Selimut dewasa", "lembar", D("1.1")),
         ("HYG-KIT", "Paket <Keluarga> & Anak (hygiene kit: sabun, sampo, pasta gigi, sikat gigi, sabun cuci)", "paket", D("3.5")),
         ("TRP-46", "Terpal plastik 4x6 m", "lembar", D("2.4")), ("AIR-600", "Air mineral botol 600 ml, dus isi 24", "dus", D("15"))]
def waybill(n=7, **kw):
    lines = []
    for i in range(n):
        sku, name, unit, kg = ITEMS[i % len(ITEMS)]
        q = D(10 + (i * 7) % 90)
        lines.append(WaybillLine(sku=sku, item_name=name, qty=q, unit=unit, lot_code=f"LT{2400+i}-B",
                                 lot_barcode=f"L{123+i:08d}", expiry=dt.date(2027, 1 + i % 12, 28),
                                 weight_kg=q * kg, volume_m3=(q * D("0.024")).quantize(D("0.001")),
                                 remark="Prioritas balita" if i % 5 == 3 else ""))
    return WaybillData(letterhead=LH, number="014/SJ/BPBD-KPR/XI/2026", date=dt.date(2026, 11, 27),
        warehouse=Place("Gudang Logistik BPBD Kampar", "Jl. Raya Bangkinang - Pekanbaru Km 2, Bangkinang"),
        recipient=Recipient("Posko Pengungsian <Desa> Lipat Kain & Sekitarnya", "Jl. Lintas Lipat Kain No. 3",
                            "Lipat Kain", "Kampar Kiri", "Bpk. Syafri (0812-7654-3210)"),
        lines=tuple(lines), event="Banjir Kampar November 2026", request_ref="045/SP/Kec-KK/XI/2026",
        transport_mode="Darat - truk", carrier="TNI AD Kodim 0313/KPR", vehicle_plate="BM 8123 KA",
        driver="Serda Rahmat Hidayat", driver_phone="0813-6612-4455", notes="Barang mudah rusak: jangan ditumpuk lebih dari 5 dus.",
        signatures=WaybillSignatures(sender=Signatory("Andi Saputra", "198504122010011003", "Petugas Gudang"),
            receiver=Signatory(show_nip=False), approver=Signatory("Drs. H. Muhammad Nasir, M.Si", "197003151995031002", "Kepala Pelaksana BPBD", rank="Pembina Tk. I (IV/b)")), **kw)
def handover(confirmed=False):
    lines = []
    for i in range(6):
        sku, name, unit, kg = ITEMS[i % len(ITEMS)]
        q = D(10 + i * 5)
        lines.append(HandoverLine(sku, name, q, unit, f"LT{2400+i}-B", "Untuk balita" if i == 2 else "",
                                  good=(q - 1 if i == 1 else q) if confirmed else None,
                                  damaged=(D(1) if i == 1 else D(0)) if confirmed else None,
                                  short=D(0) if confirmed else None))
    return HandoverData(letterhead=LH, number="009/BAST/BPBD-KPR/XI/2026", date=dt.date(2026, 11, 27),
        place="Kantor Desa Lipat Kain, Kecamatan Kampar Kiri",
        first_party=Party("Andi Saputra", "198504122010011003", "Petugas Gudang Logistik", "Jl. Prof. M. Yamin No. 12, Bangkinang", "BPBD Kabupaten Kampar"),
        second_party=Party("Syafri Yanto", "", "Kepala Desa Lipat Kain", "Jl. Lintas Lipat Kain No. 3", "Pemerintah Desa Lipat Kain"),
        lines=tuple(lines), waybill_number="014/SJ/BPBD-KPR/XI/2026", event="Banjir Kampar November 2026",
        purpose="untuk membantu warga terdampak banjir", approver=Signatory("Drs. H. Muhammad Nasir, M.Si", "197003151995031002", "Kepala Pelaksana BPBD Kabupaten Kampar", rank="Pembina Tk. I (IV/b)"))
def receipt(n=6):
    lines = []
    for i in range(n):
        sku, name, unit, kg = ITEMS[i % len(ITEMS)]
        q = D(100 + i * 20)
        lines.append(ReceiptLine(sku, name, q, q - (2 if i == 3 else 0), unit, f"B{77+i}", f"L{500+i:08d}", dt.date(2027, 3, 31),
                                 "damaged" if i == 4 else "good", "Dus basah" if i == 4 else ""))
    return ReceiptData(letterhead=LH, number="031/BAP/BPBD-KPR/XI/2026", date=dt.date(2026, 11, 25),
        warehouse=Place("Gudang Logistik BPBD Kampar"), receipt_type="donation", donor="Baznas Provinsi Riau",
        lines=tuple(lines), sender_ref="SJ/0912/BAZNAS-RIAU/2026", vehicle_plate="BM 9001 TU", deliverer="Hendra Gunawan",
        event="Banjir Kampar November 2026", earmark="Pengungsi Kec. Kampar Kiri",
        officer=Signatory("Andi Saputra", "198504122010011003", "Petugas Gudang"),
        approver=Signatory("Ir. Yusri", "197501012000031004", "Kepala Gudang Logistik"))
def card(n=30):
    rows=[]; bal=D(120)
    for i in range(n):
        qi = D(50) if i % 4 == 0 else D(0); qo = D(0) if i % 4 == 0 else D(15 + i % 3)
        bal = bal + qi - qo
        rows.append(StockCardRow(dt.date(2026, 11, 1 + i % 28), f"{i+10:03d}/{'BAP' if qi else 'SJ'}/BPBD-KPR/XI/2026",
                                 "Baznas Provinsi Riau" if qi else "Posko Desa Lipat Kain, Kec. Kampar Kiri", qi, qo, bal, "LT2400-B"))
    return StockCardData(letterhead=LH, warehouse="Gudang Logistik BPBD Kampar", sku="MIE-40", item_name="Mie instan rasa ayam bawang",
        unit="dus", period_start=dt.date(2026,11,1), period_end=dt.date(2026,11,30), opening_balance=D(120), rows=tuple(rows),
        location="A-01-02", pack="1 dus = 40 bungkus", lot_code="LT2400-B", lot_barcode="L00000123", expiry=dt.date(2027,5,31),
        donor="Baznas Provinsi Riau", officer=Signatory("Andi Saputra", "198504122010011003", "Petugas Gudang"),
        approver=Signatory("Ir. Yusri", "197501012000031004", "Kepala Gudang Logistik"))
def count():
    lines=[CountLine(s, n, u, D(100+i*7), D(100+i*7 - (3 if i==2 else 0) + (1 if i==5 else 0)), f"LT{i}", f"A-0{i}-01", "baik") for i,(s,n,u,k) in enumerate(ITEMS)]
    return CountReportData(letterhead=LH, number="002/SO/BPBD-KPR/XII/2026", date=dt.date(2026,12,31), place="Gudang Logistik BPBD Kampar",
        warehouse="Gudang Logistik BPBD Kampar", lines=tuple(lines), scope="Rak A-01 s.d. A-07", period="Semester II 2026",
        team=(Signatory("Rina Marlina", "199001012015032001", "Ketua Tim"), Signatory("Dedi Kurniawan", "", "Anggota Tim", show_nip=False)),
        custodian=Signatory("Andi Saputra", "198504122010011003", "Pengurus Barang Persediaan"),
        approver=Signatory("Drs. H. Muhammad Nasir, M.Si", "197003151995031002", "Kepala Pelaksana BPBD"))
def writeoff():
    lines=[WriteoffLine("BSK-01", "Biskuit kaleng 500 g", D(24), "kaleng", "BK22", dt.date(2026,10,1), "Kedaluwarsa"),
           WriteoffLine("MIE-40", "Mie instan rasa ayam bawang", D(6), "dus", "LT2400-B", dt.date(2027,5,31), "Rusak terendam banjir", "Dus hancur")]
    return WriteoffData(letterhead=LH, number="001/PH/BPBD-KPR/XII/2026", date=dt.date(2026,12,15), place="Gudang Logistik BPBD Kampar",
        warehouse="Gudang Logistik BPBD Kampar", reason="Barang kedaluwarsa dan rusak", lines=tuple(lines), decree_ref="SK Kalaksa No. 360/BPBD/XII/2026/45",
        method="Dimusnahkan dengan cara ditimbun", witnesses=(Signatory("Rina Marlina", "199001012015032001", "Saksi"),),
        custodian=Signatory("Andi Saputra", "198504122010011003", "Pengurus Barang Persediaan"),
        approver=Signatory("Drs. H. Muhammad Nasir, M.Si", "197003151995031002", "Kepala Pelaksana BPBD"))
LOTS=[LotLabel("Mie instan rasa ayam bawang, dus isi 40 bungkus", f"L{123+i:08d}", f"LT2400-{i}", dt.date(2027, 5, 31), "Baznas Provinsi Riau", dt.date(2026, 11, 25), "MIE-40") for i in range(3)]
BINS=[BinLabel("A-01-02", "Gudang Logistik BPBD Kampar", "Rak A, baris 1, tingkat 2"), BinLabel("KARANTINA-01", "Gudang Utama")]
ITEMSL=[ItemLabel("Minyak goreng kemasan 1 liter", "MNY-1L", "8991002105409", "liter"), ItemLabel("Terpal plastik 4x6 m", "TRP-46", "", "lembar"), ItemLabel("Gula pasir 1 kg", "GLA-1", "96385074", "kg")]
