<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AgencyFields</name>
        <message>
            <location filename="../../ui/pages/settings.py" line="25" />
            <source>Letterhead line 1</source>
            <translation>Kop surat baris 1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="26" />
            <source>Letterhead line 2</source>
            <translation>Kop surat baris 2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="27" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="28" />
            <source>Phone / e-mail</source>
            <translation>Telepon / surel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="29" />
            <source>City (place of signing)</source>
            <translation>Kota (tempat penandatanganan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="30" />
            <source>Agency code in numbers</source>
            <translation>Kode instansi pada nomor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="31" />
            <source>Title of the head of agency</source>
            <translation>Jabatan kepala instansi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="32" />
            <source>Head of agency</source>
            <translation>Kepala instansi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="33" />
            <source>NIP of the head of agency</source>
            <translation>NIP kepala instansi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="34" />
            <source>Head of warehouse</source>
            <translation>Kepala gudang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="35" />
            <source>NIP of the head of warehouse</source>
            <translation>NIP kepala gudang</translation>
        </message>
    </context>
    <context>
        <name>AllocationPage</name>
        <message>
            <location filename="../../ui/pages/allocation.py" line="54" />
            <source>Prio.</source>
            <translation>Prio.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="58" />
            <source>Request</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="54" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="55" />
            <location filename="../../ui/pages/allocation.py" line="155" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="55" />
            <location filename="../../ui/pages/allocation.py" line="161" />
            <location filename="../../ui/pages/allocation.py" line="345" />
            <source>Needed</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="56" />
            <source>Proposed</source>
            <translation>Usulan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="56" />
            <location filename="../../ui/pages/allocation.py" line="346" />
            <source>Allocated</source>
            <translation>Dialokasikan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="57" />
            <location filename="../../ui/pages/allocation.py" line="162" />
            <source>Short</source>
            <translation>Kurang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="57" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="58" />
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="59" />
            <source>Lots (FEFO)</source>
            <translation>Lot (FEFO)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="109" />
            <source>Type another quantity to change the plan</source>
            <translation>Ketik jumlah lain untuk mengubah rencana</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="139" />
            <source>%1: allocate whole %2, not %3</source>
            <translation>%1: alokasikan %2 utuh, bukan %3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="144" />
            <source>%1 for %2: %3 is more than the %4 still needed</source>
            <translation>%1 untuk %2: %3 melebihi kebutuhan %4</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="157" />
            <source>Available</source>
            <translation>Tersedia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="158" />
            <source>Usable today %1, kept for open drafts %2</source>
            <translation>Dapat dipakai hari ini %1, disisihkan untuk draf terbuka %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="177" />
            <source>Allocation</source>
            <translation>Alokasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="178" />
            <source>Shares the stock that can be issued today among the open requests of an event: the most urgent first, then in proportion to need when short. Change an allocation by typing in its cell.</source>
            <translation>Membagi stok yang dapat dikeluarkan hari ini kepada permintaan terbuka suatu kejadian: yang paling mendesak lebih dulu, lalu sebanding dengan kebutuhan bila kurang. Ubah alokasi dengan mengetik di selnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="182" />
            <location filename="../../ui/pages/allocation.py" line="187" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="184" />
            <source>Date of the goods issues</source>
            <translation>Tanggal pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="185" />
            <source>Plan</source>
            <translation>Rencanakan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="187" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="213" />
            <source>Needed and allocated per kecamatan</source>
            <translation>Kebutuhan dan alokasi per kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="219" />
            <source>Needs per kecamatan</source>
            <translation>Kebutuhan per kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="220" />
            <source>Stock per item</source>
            <translation>Stok per barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="218" />
            <source>The plan</source>
            <translation>Rencana</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="223" />
            <source>Undo changes</source>
            <translation>Batalkan perubahan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="224" />
            <source>Make draft issues</source>
            <translation>Buat draf pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="226" />
            <source>One draft goods issue per request, to approve and post on the Issuing page</source>
            <translation>Satu draf pengeluaran per permintaan, untuk disetujui dan diposting di halaman Pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="230" />
            <source>Open the drafts on Issuing</source>
            <translation>Buka draf di Pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="235" />
            <source>Only the head of warehouse turns a plan into draft issues.</source>
            <translation>Hanya kepala gudang yang menjadikan rencana sebagai draf pengeluaran.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="274" />
            <source>There is no disaster event yet: add one on the Partners page.</source>
            <translation>Belum ada kejadian bencana: tambahkan di halaman Mitra.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="314" />
            <source>Press Plan to share the stock among the open requests.</source>
            <translation>Tekan Rencanakan untuk membagi stok kepada permintaan yang terbuka.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="323" />
            <source>%1 open requests, %2 lines to plan. </source>
            <translation>%1 permintaan terbuka, %2 baris direncanakan. </translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="326" />
            <source>%1 items short, shared by priority and then in proportion to need: %2</source>
            <translation>%1 barang kurang, dibagi menurut prioritas lalu sebanding dengan kebutuhan: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="331" />
            <source>The stock covers every request.</source>
            <translation>Stok mencukupi semua permintaan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="333" />
            <source>No open request of this event lacks anything.</source>
            <translation>Tidak ada permintaan terbuka kejadian ini yang kekurangan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="335" />
            <source>%1 allocations changed by hand.</source>
            <translation>%1 alokasi diubah secara manual.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="338" />
            <source>⚠ Overlap guard: %1</source>
            <translation>⚠ Pencegah tumpang tindih: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="339" />
            <source>(and %1 more: hover to read them)</source>
            <translation>(dan %1 lagi: arahkan kursor untuk membacanya)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="347" />
            <source>Nothing to plan.</source>
            <translation>Tidak ada yang direncanakan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="374" />
            <source>%1 draft goods issues made (%2). Approve and post them on the Issuing page.</source>
            <translation>%1 draf pengeluaran dibuat (%2). Setujui dan posting di halaman Pengeluaran.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="144" />
            <location filename="../../ui/app.py" line="150" />
            <location filename="../../ui/app.py" line="158" />
            <source>Damaged database</source>
            <translation>Basis data rusak</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="145" />
            <source>The database %1 is damaged (%2) and there is no good backup of it. Ask your administrator for help.</source>
            <translation>Basis data %1 rusak (%2) dan tidak ada cadangan yang baik. Mintalah bantuan administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="151" />
            <source>The database %1 is damaged (%2).

Restore the newest good backup, %3? The damaged file is kept beside it.</source>
            <translation>Basis data %1 rusak (%2).

Pulihkan cadangan baik yang terbaru, %3? Berkas yang rusak disimpan di sebelahnya.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="245" />
            <source>Cannot open the database</source>
            <translation>Basis data tidak dapat dibuka</translation>
        </message>
    </context>
    <context>
        <name>CardReport</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="190" />
            <location filename="../../ui/pages/reports.py" line="191" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="193" />
            <source>Lot (all if empty)</source>
            <translation>Lot (semua bila kosong)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="194" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="199" />
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="215" />
            <source>Opening balance %1</source>
            <translation>Saldo awal %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="225" />
            <source>Stock card %1</source>
            <translation>Kartu stok %1</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="155" />
            <source>Items</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="155" />
            <source>The catalogue of relief goods. Deactivated items stay in the records but cannot be received.</source>
            <translation>Katalog barang bantuan. Barang nonaktif tetap tercatat tetapi tidak dapat diterima.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="158" />
            <source>Search SKU, name or GTIN…</source>
            <translation>Cari SKU, nama atau GTIN…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="161" />
            <source>All categories</source>
            <translation>Semua kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="162" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="163" />
            <source>Show deactivated</source>
            <translation>Tampilkan yang nonaktif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="168" />
            <source>New item…</source>
            <translation>Barang baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="169" />
            <source>Stock card</source>
            <translation>Kartu stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="197" />
            <source>%1 items</source>
            <translation>%1 barang</translation>
        </message>
    </context>
    <context>
        <name>ChartsTab</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="346" />
            <source>All events</source>
            <translation>Semua kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="347" />
            <location filename="../../ui/pages/report_tabs.py" line="355" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="351" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="352" />
            <source>Issue rate over</source>
            <translation>Laju pengeluaran selama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="353" />
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="355" />
            <source>Issue rate over the last</source>
            <translation>Laju pengeluaran selama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="359" />
            <source>Distributed per kecamatan (kg)</source>
            <translation>Tersalurkan per kecamatan (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="360" />
            <source>On hand by expiry month (kg)</source>
            <translation>Stok menurut bulan kedaluwarsa (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="361" />
            <source>Stock cover at the current issue rate (days)</source>
            <translation>Ketahanan stok pada laju pengeluaran sekarang (hari)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="378" />
            <source>Distributed</source>
            <translation>Tersalurkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="379" />
            <source>%1 kg, %2 people</source>
            <translation>%1 kg, %2 jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="380" />
            <source>Nothing distributed yet.</source>
            <translation>Belum ada yang disalurkan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="383" />
            <source>past</source>
            <translation>lewat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="385" />
            <source>On hand</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="386" />
            <source>%1 kg in %2 lots</source>
            <translation>%1 kg dalam %2 lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="387" />
            <source>No lot expires in the next 11 months.</source>
            <translation>Tidak ada lot yang kedaluwarsa dalam 11 bulan ke depan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="390" />
            <source>%1 (none left)</source>
            <translation>%1 (habis)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="393" />
            <source>Days of stock</source>
            <translation>Hari ketahanan stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="394" />
            <source>%1 days: %2 %3 on hand, %4 a day</source>
            <translation>%1 hari: stok %2 %3, %4 per hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="396" />
            <source>Nothing was issued in this period.</source>
            <translation>Tidak ada pengeluaran pada periode ini.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../ui/models/columns.py" line="32" />
            <source>no expiry</source>
            <translation>tanpa kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="34" />
            <source>EXPIRED %1 d ago</source>
            <translation>KEDALUWARSA %1 hr</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="36" />
            <source>EXPIRES TODAY</source>
            <translation>KEDALUWARSA HARI INI</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="38" />
            <source>1 day left</source>
            <translation>sisa 1 hari</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="39" />
            <source>%1 days left</source>
            <translation>sisa %1 hari</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="63" />
            <source>storage</source>
            <translation>penyimpanan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="63" />
            <source>receiving</source>
            <translation>penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="63" />
            <location filename="../../ui/models/columns.py" line="83" />
            <source>quarantine</source>
            <translation>karantina</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="64" />
            <source>in transit</source>
            <translation>dalam perjalanan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="64" />
            <location filename="../../ui/models/columns.py" line="70" />
            <source>donor</source>
            <translation>donatur</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="64" />
            <location filename="../../ui/models/columns.py" line="70" />
            <source>recipient</source>
            <translation>penerima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="65" />
            <location filename="../../ui/models/columns.py" line="77" />
            <source>adjustment</source>
            <translation>penyesuaian</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="65" />
            <location filename="../../ui/models/columns.py" line="77" />
            <source>write-off</source>
            <translation>penghapusan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="70" />
            <source>transporter</source>
            <translation>pengangkut</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="76" />
            <source>receipt</source>
            <translation>penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="76" />
            <source>goods issue</source>
            <translation>pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="76" />
            <source>transfer</source>
            <translation>mutasi</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="77" />
            <source>cancellation</source>
            <translation>pembatalan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="78" />
            <source>delivery</source>
            <translation>serah terima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="78" />
            <source>stock count</source>
            <translation>stock opname</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="83" />
            <source>available</source>
            <translation>tersedia</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="87" />
            <source>draft</source>
            <translation>draf</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="87" />
            <source>approved</source>
            <translation>disetujui</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="87" />
            <source>posted</source>
            <translation>dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="92" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="92" />
            <source>head of warehouse</source>
            <translation>kepala gudang</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="93" />
            <source>warehouse officer</source>
            <translation>petugas gudang</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="93" />
            <source>viewer</source>
            <translation>peninjau</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="97" />
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="97" />
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="101" />
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="101" />
            <source>inactive</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="106" />
            <source>item added</source>
            <translation>barang ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="106" />
            <source>item changed</source>
            <translation>barang diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="106" />
            <source>item activated</source>
            <translation>barang diaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="107" />
            <source>item deactivated</source>
            <translation>barang dinonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="107" />
            <source>items imported</source>
            <translation>barang diimpor</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="108" />
            <source>partner added</source>
            <translation>mitra ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="108" />
            <source>partner changed</source>
            <translation>mitra diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="109" />
            <source>partner activated</source>
            <translation>mitra diaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="109" />
            <source>partner deactivated</source>
            <translation>mitra dinonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="110" />
            <source>event added</source>
            <translation>kejadian ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="110" />
            <source>location added</source>
            <translation>lokasi ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="111" />
            <source>location activated</source>
            <translation>lokasi diaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="111" />
            <source>location deactivated</source>
            <translation>lokasi dinonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="112" />
            <source>warehouse added</source>
            <translation>gudang ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="112" />
            <source>goods received</source>
            <translation>barang diterima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="113" />
            <source>goods issued</source>
            <translation>barang dikeluarkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="113" />
            <source>issue drafted</source>
            <translation>draf pengeluaran dibuat</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="113" />
            <source>issue approved</source>
            <translation>pengeluaran disetujui</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="114" />
            <source>document cancelled</source>
            <translation>dokumen dibatalkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="114" />
            <source>settings changed</source>
            <translation>pengaturan diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="115" />
            <source>user added</source>
            <translation>pengguna ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="115" />
            <source>role changed</source>
            <translation>peran diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="115" />
            <source>user disabled</source>
            <translation>pengguna dinonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="116" />
            <source>password changed</source>
            <translation>kata sandi diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="116" />
            <source>failed login</source>
            <translation>gagal masuk</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="117" />
            <source>database set up</source>
            <translation>basis data disiapkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="117" />
            <source>delivery confirmed</source>
            <translation>serah terima dikonfirmasi</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="118" />
            <source>transfer posted</source>
            <translation>mutasi dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="118" />
            <source>write-off posted</source>
            <translation>penghapusan dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="119" />
            <source>lot quarantined</source>
            <translation>lot dikarantina</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="119" />
            <source>lot released</source>
            <translation>lot dilepas dari karantina</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="120" />
            <source>stock count started</source>
            <translation>stock opname dimulai</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="120" />
            <source>stock count posted</source>
            <translation>stock opname dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="135" />
            <location filename="../../ui/models/columns.py" line="155" />
            <location filename="../../ui/models/columns.py" line="228" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="136" />
            <location filename="../../ui/models/columns.py" line="229" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="137" />
            <location filename="../../ui/models/columns.py" line="199" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="138" />
            <source>Barcode</source>
            <translation>Barkode</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="139" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="140" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="142" />
            <location filename="../../ui/models/columns.py" line="200" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="144" />
            <location filename="../../ui/models/columns.py" line="212" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="145" />
            <location filename="../../ui/models/columns.py" line="158" />
            <location filename="../../ui/models/columns.py" line="233" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="146" />
            <source>Donor</source>
            <translation>Donatur</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="149" />
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="156" />
            <location filename="../../ui/models/columns.py" line="172" />
            <location filename="../../ui/models/columns.py" line="185" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="157" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="159" />
            <location filename="../../ui/models/columns.py" line="230" />
            <source>On hand</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="160" />
            <location filename="../../ui/models/columns.py" line="232" />
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="161" />
            <source>GTIN</source>
            <translation>GTIN</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="162" />
            <source>Lot / expiry</source>
            <translation>Lot / kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="163" />
            <source>lot</source>
            <translation>lot</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="163" />
            <source>expiry</source>
            <translation>kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="165" />
            <location filename="../../ui/models/columns.py" line="178" />
            <location filename="../../ui/models/columns.py" line="189" />
            <location filename="../../ui/models/columns.py" line="251" />
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="171" />
            <location filename="../../ui/models/columns.py" line="184" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="173" />
            <location filename="../../ui/models/columns.py" line="187" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="174" />
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="175" />
            <source>Desa</source>
            <translation>Desa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="176" />
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="177" />
            <source>People served</source>
            <translation>Jiwa dilayani</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="188" />
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="195" />
            <location filename="../../ui/models/columns.py" line="210" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="196" />
            <location filename="../../ui/models/columns.py" line="209" />
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="197" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="198" />
            <source>From / to</source>
            <translation>Dari / ke</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="201" />
            <source>In</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="202" />
            <source>Out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="203" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="211" />
            <location filename="../../ui/models/columns.py" line="240" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="213" />
            <source>Delivered</source>
            <translation>Diserahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="219" />
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="220" />
            <source>Who</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="221" />
            <source>Action</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="222" />
            <source>Object</source>
            <translation>Objek</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="239" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="239" />
            <source>(draft)</source>
            <translation>(draf)</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="241" />
            <source>Lines</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="242" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="242" />
            <source>cancelled</source>
            <translation>dibatalkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="248" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="249" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="250" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
    </context>
    <context>
        <name>CoreReportTab</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="115" />
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="122" />
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="125" />
            <source>Export XLSX…</source>
            <translation>Ekspor XLSX…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="126" />
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="127" />
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="156" />
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="197" />
            <source>%1 rows</source>
            <translation>%1 baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="216" />
            <source>%1 rows exported to %2</source>
            <translation>%1 baris diekspor ke %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="223" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="223" />
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="224" />
            <source>Export %1</source>
            <translation>Ekspor %1</translation>
        </message>
    </context>
    <context>
        <name>CountingPage</name>
        <message>
            <location filename="../../ui/pages/counting.py" line="41" />
            <source>Stock opname</source>
            <translation>Stock opname</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="43" />
            <source>New count</source>
            <translation>Stock opname baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="46" />
            <source>Bins, e.g. A-01, A-02</source>
            <translation>Rak, mis. A-01, A-02</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="48" />
            <source>Category (optional)</source>
            <translation>Kategori (opsional)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="49" />
            <source>Blind count</source>
            <translation>Hitung buta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="51" />
            <source>Start count</source>
            <translation>Mulai hitung</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="53" />
            <source>Bins:</source>
            <translation>Rak:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="61" />
            <source>Open count:</source>
            <translation>Stock opname berjalan:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="66" />
            <source>Variances (expected vs counted)</source>
            <translation>Selisih (administrasi vs hasil hitung)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="73" />
            <source>Scan a bin label, then the lot labels in it (F2)</source>
            <translation>Pindai label rak, lalu label lot di dalamnya (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="83" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="83" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="83" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="83" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="83" />
            <source>Books</source>
            <translation>Administrasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="84" />
            <source>Counted</source>
            <translation>Hasil hitung</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="84" />
            <source>Difference</source>
            <translation>Selisih</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="84" />
            <source>Recount</source>
            <translation>Hitung ulang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="84" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="94" />
            <source>Reason of the variances (for lines without their own)</source>
            <translation>Alasan selisih (untuk baris tanpa alasan sendiri)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="95" />
            <source>Recount variances</source>
            <translation>Hitung ulang selisih</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="96" />
            <source>Post count</source>
            <translation>Posting stock opname</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="97" />
            <source>Print berita acara</source>
            <translation>Cetak berita acara</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="122" />
            <source>(blind)</source>
            <translation>(buta)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="153" />
            <source>No open count: start one above.</source>
            <translation>Tidak ada stock opname berjalan: mulai di atas.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="155" />
            <source>%1, round %2: %3 lines</source>
            <translation>%1, putaran %2: %3 baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="158" />
            <source>(blind: the books are hidden)</source>
            <translation>(buta: jumlah administrasi disembunyikan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="175" />
            <source>The count was not started.</source>
            <translation>Stock opname tidak dimulai.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="181" />
            <source>Count %1 started: scan a bin label.</source>
            <translation>Stock opname %1 dimulai: pindai label rak.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="187" />
            <source>Start or choose a count first.</source>
            <translation>Mulai atau pilih stock opname terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="193" />
            <source>Not counted.</source>
            <translation>Tidak dihitung.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="196" />
            <source>Bin %1: scan its lots.</source>
            <translation>Rak %1: pindai lot-lotnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="198" />
            <source>%1 lot %2 in %3: counted %4 %5</source>
            <translation>%1 lot %2 di %3: terhitung %4 %5</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="202" />
            <source>(not expected in this bin)</source>
            <translation>(tidak tercatat di rak ini)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="209" />
            <source>No recount.</source>
            <translation>Tidak ada hitung ulang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="211" />
            <source>Round %1: count the marked lines again.</source>
            <translation>Putaran %1: hitung ulang baris yang ditandai.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="228" />
            <source>The count was not posted.</source>
            <translation>Stock opname tidak diposting.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="232" />
            <source>Count %1 posted; variances adjusted by %2.</source>
            <translation>Stock opname %1 diposting; selisih disesuaikan dengan %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="235" />
            <source>Count %1 posted: no variance.</source>
            <translation>Stock opname %1 diposting: tidak ada selisih.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="248" />
            <source>The document could not be made.</source>
            <translation>Dokumen tidak dapat dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="254" />
            <source>Berita acara stock opname</source>
            <translation>Berita acara stock opname</translation>
        </message>
    </context>
    <context>
        <name>CreateItemDialog</name>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="162" />
            <source>New item</source>
            <translation>Barang baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="170" />
            <source>Tracked by lot</source>
            <translation>Dilacak per lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="172" />
            <source>Expiry date required</source>
            <translation>Tanggal kedaluwarsa wajib</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="178" />
            <source>Code (SKU)</source>
            <translation>Kode (SKU)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="179" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="180" />
            <source>Base unit</source>
            <translation>Satuan dasar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="181" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="182" />
            <source>GTIN / EAN</source>
            <translation>GTIN / EAN</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="93" />
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="100" />
            <source>lots expired</source>
            <translation>lot kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="101" />
            <source>lots expire within 30 days</source>
            <translation>lot kedaluwarsa ≤ 30 hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="102" />
            <source>lots expire within 60 days</source>
            <translation>lot kedaluwarsa ≤ 60 hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="103" />
            <source>lots expire within 90 days</source>
            <translation>lot kedaluwarsa ≤ 90 hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="104" />
            <source>items below minimum</source>
            <translation>barang di bawah minimum</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="105" />
            <source>dispatches today</source>
            <translation>pengiriman hari ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="109" />
            <source>Show these lots on the Stock page</source>
            <translation>Tampilkan lot ini di halaman Stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="119" />
            <source>Weight of the stock on hand per category</source>
            <translation>Berat stok yang ada per kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="135" />
            <source>Stock by category (weight)</source>
            <translation>Stok per kategori (berat)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="136" />
            <source>Below minimum stock</source>
            <translation>Di bawah stok minimum</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="137" />
            <source>Today's dispatches</source>
            <translation>Pengiriman hari ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="138" />
            <source>Recent activity</source>
            <translation>Aktivitas terakhir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="161" />
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="172" />
            <source>Situation on %1</source>
            <translation>Keadaan per %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="181" />
            <source>(no category)</source>
            <translation>(tanpa kategori)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="183" />
            <source>%1 lots in bins</source>
            <translation>%1 lot di rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="186" />
            <source>No stock yet</source>
            <translation>Belum ada stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="189" />
            <source>%1 of %2 shown</source>
            <translation>%1 dari %2 ditampilkan</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPage</name>
        <message>
            <location filename="../../ui/pages/delivery.py" line="90" />
            <source>Delivery confirmation</source>
            <translation>Konfirmasi penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="92" />
            <source>Scan the QR code of the surat jalan, then the lot labels (F2)</source>
            <translation>Pindai kode QR surat jalan, lalu label lot (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="95" />
            <source>Choose a dispatch in the list or scan the QR code of its surat jalan.</source>
            <translation>Pilih pengiriman di daftar atau pindai kode QR surat jalannya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="108" />
            <source>In transit at &amp;least</source>
            <translation>Dalam perjalanan &amp;minimal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="111" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="115" />
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="221" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="222" />
            <source>Dispatched</source>
            <translation>Tanggal kirim</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="223" />
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="227" />
            <source>Lots</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="228" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="148" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="148" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="148" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="148" />
            <source>Shipped</source>
            <translation>Dikirim</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="148" />
            <source>Good</source>
            <translation>Baik</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="149" />
            <source>Damaged</source>
            <translation>Rusak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="149" />
            <source>Short</source>
            <translation>Kurang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="164" />
            <source>Delivery &amp;date</source>
            <translation>&amp;Tanggal terima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="167" />
            <source>Received &amp;by</source>
            <translation>&amp;Diterima oleh</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="170" />
            <source>name of who signed at the destination</source>
            <translation>nama yang menandatangani di tujuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="172" />
            <source>&amp;Confirm delivery</source>
            <translation>&amp;Konfirmasi penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="173" />
            <source>Post the BAST and close the transit (Ctrl+Enter)</source>
            <translation>Posting BAST dan tutup status dalam perjalanan (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="175" />
            <source>&amp;Print BAST…</source>
            <translation>&amp;Cetak BAST…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="219" />
            <source>In transit for a week or more: follow it up.</source>
            <translation>Sudah seminggu atau lebih dalam perjalanan: tindak lanjuti.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="243" />
            <source>In transit for at least %1 days: %2</source>
            <translation>Dalam perjalanan minimal %1 hari: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="245" />
            <source>In transit, not yet confirmed: %2</source>
            <translation>Dalam perjalanan, belum dikonfirmasi: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="284" />
            <source>Not a dispatch.</source>
            <translation>Bukan dokumen pengiriman.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="291" />
            <source>%1 is already confirmed by %2.</source>
            <translation>%1 sudah dikonfirmasi dengan %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="292" />
            <location filename="../../ui/pages/delivery.py" line="546" />
            <source>Print BAST…</source>
            <translation>Cetak BAST…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="294" />
            <source>%1 was cancelled by %2: there is nothing to confirm.</source>
            <translation>%1 dibatalkan dengan %2: tidak ada yang dikonfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="297" />
            <source>%1: the QR code does not match the dispatch lines.</source>
            <translation>%1: kode QR tidak cocok dengan baris pengiriman.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="300" />
            <source>%1 opened: %2 lots. Scan the lot labels or check the lines, then confirm.</source>
            <translation>%1 dibuka: %2 lot. Pindai label lot atau periksa baris, lalu konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="302" />
            <source>%1 opened from its QR code (lines match): %2 lots. Scan the lot labels or check the lines, then confirm.</source>
            <translation>%1 dibuka dari kode QR-nya (baris cocok): %2 lot. Pindai label lot atau periksa baris, lalu konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="332" />
            <source>No dispatch open.</source>
            <translation>Belum ada pengiriman yang dibuka.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="213" />
            <location filename="../../ui/pages/delivery.py" line="335" />
            <source>transfer to warehouse %1</source>
            <translation>mutasi ke gudang %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="225" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="226" />
            <source>Vehicle / driver</source>
            <translation>Kendaraan / sopir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="343" />
            <location filename="../../ui/pages/delivery.py" line="544" />
            <source>confirmed by %1</source>
            <translation>dikonfirmasi dengan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="345" />
            <source>cancelled by %1</source>
            <translation>dibatalkan dengan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="351" />
            <source>The QR code of this surat jalan does not match the lines of %1: the paper was changed or is of another version. Check every line against the goods before confirming.</source>
            <translation>Kode QR surat jalan ini tidak cocok dengan baris %1: kertasnya diubah atau dari versi lain. Periksa setiap baris dengan barangnya sebelum konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="410" />
            <source>good + damaged + short is %1, but %2 %3 were shipped</source>
            <translation>baik + rusak + kurang = %1, padahal dikirim %2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="424" />
            <source>checked</source>
            <translation>diperiksa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="442" />
            <source>Unknown code %1.</source>
            <translation>Kode %1 tidak dikenal.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="448" />
            <source>%1 is not a dispatch: scan the QR code of a surat jalan.</source>
            <translation>%1 bukan dokumen pengiriman: pindai kode QR surat jalan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="452" />
            <source>Lot %1 (%2) was not shipped on %3.</source>
            <translation>Lot %1 (%2) tidak dikirim dengan %3.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="457" />
            <location filename="../../ui/pages/delivery.py" line="516" />
            <source>Open a dispatch first: scan the QR code of its surat jalan.</source>
            <translation>Buka pengiriman dulu: pindai kode QR surat jalannya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="459" />
            <source>%1 is not a lot label of %2.</source>
            <translation>%1 bukan label lot dari %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="479" />
            <source>Lot %1 — %2: %3 %4 shipped.</source>
            <translation>Lot %1 — %2: dikirim %3 %4.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="482" />
            <source>(already checked)</source>
            <translation>(sudah diperiksa)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="484" />
            <source>All %1 lots checked: type damaged or short if any, then confirm.</source>
            <translation>Semua %1 lot sudah diperiksa: isi rusak atau kurang bila ada, lalu konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="487" />
            <source>Checked %1 of %2 lots.</source>
            <translation>Sudah diperiksa %1 dari %2 lot.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="500" />
            <source>Lot %1: %2</source>
            <translation>Lot %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="526" />
            <source>Confirm delivery</source>
            <translation>Konfirmasi penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="527" />
            <source>%1 of %2 lots were not scanned. Confirm the delivery anyway?</source>
            <translation>%1 dari %2 lot belum dipindai. Tetap konfirmasi penerimaan?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="534" />
            <source>The delivery was not confirmed.</source>
            <translation>Penerimaan tidak dikonfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="545" />
            <source>Delivery of %1 confirmed: BAST %2.</source>
            <translation>Penerimaan %1 dikonfirmasi: BAST %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="558" />
            <source>The BAST could not be made.</source>
            <translation>BAST tidak dapat dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="565" />
            <source>BAST %1</source>
            <translation>BAST %1</translation>
        </message>
    </context>
    <context>
        <name>DistributionReport</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="272" />
            <source>All events</source>
            <translation>Semua kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="273" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="275" />
            <source>by kecamatan</source>
            <translation>per kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="275" />
            <source>by desa</source>
            <translation>per desa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="276" />
            <source>by recipient</source>
            <translation>per penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="276" />
            <source>by item</source>
            <translation>per barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="277" />
            <source>by donor</source>
            <translation>per donatur</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="277" />
            <source>every dispatch (4W)</source>
            <translation>setiap pengiriman (4W)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="279" />
            <source>Grouping</source>
            <translation>Pengelompokan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="281" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="282" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="283" />
            <source>from</source>
            <translation>dari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="283" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
    </context>
    <context>
        <name>DonorReport</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="302" />
            <location filename="../../ui/pages/report_tabs.py" line="305" />
            <source>Donor</source>
            <translation>Donatur</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <location filename="../../ui/dialogs/events.py" line="21" />
            <source>flood</source>
            <translation>banjir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="22" />
            <source>landslide</source>
            <translation>tanah longsor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="23" />
            <source>forest and land fire</source>
            <translation>kebakaran hutan dan lahan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="24" />
            <source>whirlwind</source>
            <translation>angin puting beliung</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="25" />
            <source>earthquake</source>
            <translation>gempa bumi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="26" />
            <source>drought</source>
            <translation>kekeringan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="27" />
            <source>fire</source>
            <translation>kebakaran</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="28" />
            <source>other</source>
            <translation>lainnya</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="34" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="35" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="36" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="37" />
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="38" />
            <source>End</source>
            <translation>Selesai</translation>
        </message>
    </context>
    <context>
        <name>EventsDialog</name>
        <message>
            <location filename="../../ui/dialogs/events.py" line="46" />
            <source>Disaster events</source>
            <translation>Kejadian bencana</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="60" />
            <source>New event</source>
            <translation>Kejadian baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="63" />
            <source>e.g. BJR-KPR-2026-12</source>
            <translation>mis. BJR-KPR-2026-12</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="65" />
            <source>e.g. Banjir Kampar Desember 2026</source>
            <translation>mis. Banjir Kampar Desember 2026</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="73" />
            <source>Ended on</source>
            <translation>Berakhir pada</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="85" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="85" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="85" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="86" />
            <source>Area</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="89" />
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="99" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="100" />
            <source>Add event</source>
            <translation>Tambah kejadian</translation>
        </message>
    </context>
    <context>
        <name>ExpiringReport</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="176" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="177" />
            <source>Days ahead</source>
            <translation>Hari ke depan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="178" />
            <source>Expiring within</source>
            <translation>Kedaluwarsa dalam</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="179" />
            <source>Expired lots are included.</source>
            <translation>Lot yang sudah kedaluwarsa ikut ditampilkan.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <location filename="../../ui/widgets/feedback.py" line="156" />
            <source>Ready to scan.</source>
            <translation>Siap memindai.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/feedback.py" line="161" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/feedback.py" line="161" />
            <source>UNKNOWN</source>
            <translation>TIDAK DIKENAL</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/feedback.py" line="161" />
            <source>WRONG</source>
            <translation>SALAH</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <location filename="../../ui/dialogs/base.py" line="46" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/base.py" line="47" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="../../ui/first_start.py" line="29" />
            <source>Gudang — first start</source>
            <translation>Gudang — mulai pertama</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="34" />
            <source>Welcome to Gudang</source>
            <translation>Selamat datang di Gudang</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="36" />
            <source>This database is empty. Enter the agency's details for the letterhead of waybills and reports, and create the first administrator.</source>
            <translation>Basis data ini masih kosong. Isi data instansi untuk kop surat jalan dan laporan, lalu buat administrator pertama.</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="44" />
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="56" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="63" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="63" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="64" />
            <source>Repeat password</source>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="67" />
            <source>The administrator adds the other users and their roles under Settings.</source>
            <translation>Administrator menambahkan pengguna lain beserta perannya di Pengaturan.</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="74" />
            <source>Load the demo training data (Banjir Kampar scenario: items, partners, bins and four months of receipts and dispatches)</source>
            <translation>Muat data latihan (skenario Banjir Kampar: barang, mitra, rak, serta empat bulan penerimaan dan pengiriman)</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="83" />
            <source>Create and start</source>
            <translation>Buat dan mulai</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="84" />
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="101" />
            <source>Enter a user name for the administrator.</source>
            <translation>Isi nama pengguna untuk administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="103" />
            <source>The passwords differ.</source>
            <translation>Kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>IssueLinesModel</name>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="362" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="362" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="362" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="362" />
            <source>Qty</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="362" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="363" />
            <source>Requested lot</source>
            <translation>Lot diminta</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="363" />
            <source>Reason (non-FEFO)</source>
            <translation>Alasan (bukan FEFO)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="376" />
            <source>Unknown unit.</source>
            <translation>Satuan tidak dikenal.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="378" />
            <source>A lot other than the FEFO lot needs a reason.</source>
            <translation>Lot selain lot FEFO memerlukan alasan.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="387" />
            <source>line %1, %2: %3</source>
            <translation>baris %1, %2: %3</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="397" />
            <source>FEFO</source>
            <translation>FEFO</translation>
        </message>
    </context>
    <context>
        <name>IssuingPage</name>
        <message>
            <location filename="../../ui/pages/issuing.py" line="69" />
            <source>Recipient: code, name or kecamatan</source>
            <translation>Penerima: kode, nama atau kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="76" />
            <source>posko / desa / kecamatan</source>
            <translation>posko / desa / kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="77" />
            <source>(no event)</source>
            <translation>(tanpa kejadian)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="81" />
            <source>request letter no.</source>
            <translation>no. surat permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="84" />
            <source>Truck</source>
            <translation>Truk</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="84" />
            <source>Pick-up</source>
            <translation>Pikap</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="84" />
            <source>Boat</source>
            <translation>Perahu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="85" />
            <source>Motorcycle</source>
            <translation>Sepeda motor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="85" />
            <source>Helicopter</source>
            <translation>Helikopter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="85" />
            <source>On foot</source>
            <translation>Jalan kaki</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="88" />
            <source>Rented</source>
            <translation>Sewa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="89" />
            <source>Recipient's own</source>
            <translation>Milik penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="92" />
            <source>e.g. BM 8123 KA</source>
            <translation>mis. BM 8123 KA</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="104" />
            <source>&amp;Recipient</source>
            <translation>&amp;Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="104" />
            <source>Destinati&amp;on</source>
            <translation>T&amp;ujuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="105" />
            <source>E&amp;vent</source>
            <translation>&amp;Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="105" />
            <source>Da&amp;te</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="106" />
            <source>Request re&amp;ference</source>
            <translation>No. surat per&amp;mintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="106" />
            <source>Transport &amp;mode</source>
            <translation>&amp;Moda angkutan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="107" />
            <source>C&amp;arrier</source>
            <translation>Peng&amp;angkut</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="108" />
            <source>Vehicle p&amp;late</source>
            <translation>No. &amp;polisi kendaraan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="108" />
            <source>Dri&amp;ver</source>
            <translation>Pe&amp;ngemudi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="109" />
            <source>Driver's p&amp;hone</source>
            <translation>Tele&amp;pon pengemudi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="120" />
            <source>Add an item: type code or name</source>
            <translation>Tambah barang: ketik kode atau nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="126" />
            <source>&amp;Add</source>
            <translation>&amp;Tambah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="129" />
            <source>&amp;Item</source>
            <translation>&amp;Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="133" />
            <source>&amp;Qty</source>
            <translation>&amp;Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="161" />
            <source>Lines</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="176" />
            <source>Remove line</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="178" />
            <source>&amp;New issue</source>
            <translation>Pengeluaran &amp;baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="183" />
            <source>Appro&amp;ve</source>
            <translation>Set&amp;ujui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="180" />
            <source>&amp;Save draft</source>
            <translation>&amp;Simpan draf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="181" />
            <source>Save the draft and show the FEFO proposal (Ctrl+S)</source>
            <translation>Simpan draf dan tampilkan usulan FEFO (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="185" />
            <source>&amp;Post</source>
            <translation>&amp;Bukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="186" />
            <source>Post the approved goods issue and print its surat jalan (Ctrl+Enter)</source>
            <translation>Bukukan pengeluaran yang disetujui dan cetak surat jalannya (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="190" />
            <source>Surat &amp;jalan…</source>
            <translation>Surat &amp;jalan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="199" />
            <source>Issuing goods</source>
            <translation>Pengeluaran barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="270" />
            <source>Kec. %1</source>
            <translation>Kec. %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="282" />
            <source>Kecamatan %1</source>
            <translation>Kecamatan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="284" />
            <source>Desa %1</source>
            <translation>Desa %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="286" />
            <source>people served: %1</source>
            <translation>jiwa dilayani: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="311" />
            <source>Approval needs the head of warehouse.</source>
            <translation>Persetujuan memerlukan kepala gudang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="314" />
            <source>New goods issue</source>
            <translation>Pengeluaran baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="315" />
            <source>Draft #%1</source>
            <translation>Draf #%1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="316" />
            <source>Approved #%1 — ready to post</source>
            <translation>Disetujui #%1 — siap dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="317" />
            <source>Posted: %1</source>
            <translation>Dibukukan: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="319" />
            <source>for request %1</source>
            <translation>untuk permintaan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="321" />
            <source>not saved</source>
            <translation>belum disimpan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="325" />
            <source>FEFO proposal — picking: %1 of %2 confirmed</source>
            <translation>Usulan FEFO — pengambilan: %1 dari %2 dikonfirmasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="328" />
            <source>FEFO proposal: save the draft (Ctrl+S) to see which lots to pick</source>
            <translation>Usulan FEFO: simpan draf (Ctrl+S) untuk melihat lot yang harus diambil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="334" />
            <source>This goods issue is %1: its lines are fixed. Start a new one (Ctrl+N).</source>
            <translation>Pengeluaran ini sudah %1: barisnya tidak dapat diubah. Mulai yang baru (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="346" />
            <source>Line %1: %2 — %3 %4</source>
            <translation>Baris %1: %2 — %3 %4</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="350" />
            <source>new</source>
            <translation>baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="350" />
            <source>a draft</source>
            <translation>draf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="350" />
            <source>approved</source>
            <translation>disetujui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="351" />
            <source>posted</source>
            <translation>dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="357" />
            <source>Choose an item from the list.</source>
            <translation>Pilih barang dari daftar.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="391" />
            <source>Unreadable GS1 barcode %1: %2</source>
            <translation>Barcode GS1 %1 tidak terbaca: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="394" />
            <source>Unknown code %1.</source>
            <translation>Kode %1 tidak dikenal.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="401" />
            <source>Unknown code %1: not in the catalogue.</source>
            <translation>Kode %1 tidak dikenal: tidak ada di katalog.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="407" />
            <source>Bin %1: scan the lot labels of the goods you take from it.</source>
            <translation>Rak %1: pindai label lot barang yang Anda ambil dari rak ini.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="410" />
            <source>%1 is a document number, not goods.</source>
            <translation>%1 adalah nomor dokumen, bukan barang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="415" />
            <source>Lot %1 scanned, but there is no proposal yet: save the draft (Ctrl+S) first.</source>
            <translation>Lot %1 dipindai, tetapi belum ada usulan: simpan draf (Ctrl+S) dulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="422" />
            <source>Lot %1 is already confirmed.</source>
            <translation>Lot %1 sudah dikonfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="429" />
            <source>Line %1: lot %2 from bin %3 confirmed (%4 of %5).</source>
            <translation>Baris %1: lot %2 dari rak %3 dikonfirmasi (%4 dari %5).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="436" />
            <source>Lot %1 is %2, which is not on this goods issue.</source>
            <translation>Lot %1 adalah %2, yang tidak ada dalam pengeluaran ini.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="445" />
            <source>Wrong lot %1 (exp. %2). Take the FEFO lot %3 from bin %4 (exp. %5).</source>
            <translation>Lot salah %1 (kedaluwarsa %2). Ambil lot FEFO %3 dari rak %4 (kedaluwarsa %5).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="453" />
            <source>To take %1 instead, give the reason:</source>
            <translation>Untuk mengambil %1 sebagai gantinya, tulis alasannya:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="454" />
            <source>Take this lot</source>
            <translation>Ambil lot ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="462" />
            <source>a reason is required</source>
            <translation>alasan wajib diisi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="480" />
            <source>Line %1 now takes lot %2 (reason: %3).</source>
            <translation>Baris %1 sekarang mengambil lot %2 (alasan: %3).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="488" />
            <source>Choose the recipient first.</source>
            <translation>Pilih penerima terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="490" />
            <source>There are no lines: scan or add the goods first.</source>
            <translation>Belum ada baris: pindai atau tambahkan barangnya dulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="519" />
            <source>The draft was not saved.</source>
            <translation>Draf tidak disimpan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="526" />
            <source>Draft #%1 saved: scan the lot labels to pick.</source>
            <translation>Draf #%1 disimpan: pindai label lot untuk mengambil barang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="548" />
            <source>Save the draft first (Ctrl+S).</source>
            <translation>Simpan draf terlebih dahulu (Ctrl+S).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="552" />
            <source>Not approved.</source>
            <translation>Tidak disetujui.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="556" />
            <source>Goods issue #%1 approved.</source>
            <translation>Pengeluaran #%1 disetujui.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="561" />
            <source>Only an approved goods issue can be posted.</source>
            <translation>Hanya pengeluaran yang sudah disetujui yang dapat dibukukan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="566" />
            <source>Not posted.</source>
            <translation>Tidak dibukukan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="570" />
            <source>Goods issue posted: surat jalan %1.</source>
            <translation>Pengeluaran dibukukan: surat jalan %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="583" />
            <source>The surat jalan could not be made.</source>
            <translation>Surat jalan tidak dapat dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="585" />
            <source>Surat jalan %1</source>
            <translation>Surat jalan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="598" />
            <source>New goods issue: choose the recipient, then scan or add the goods.</source>
            <translation>Pengeluaran baru: pilih penerima, lalu pindai atau tambahkan barangnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="658" />
            <source>Request %1: %2 lines with what is still outstanding. Check the quantities, then save the draft (Ctrl+S).</source>
            <translation>Permintaan %1: %2 baris berisi yang masih kurang. Periksa jumlahnya, lalu simpan draf (Ctrl+S).</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="45" />
            <source>write pack units as unit=number, e.g. dus=40</source>
            <translation>tulis satuan kemasan sebagai satuan=angka, mis. dus=40</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="55" />
            <source>Edit item %1</source>
            <translation>Ubah barang %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="55" />
            <source>New item</source>
            <translation>Barang baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="58" />
            <source>SKU (code)</source>
            <translation>SKU (kode)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="58" />
            <source>Fixed once created</source>
            <translation>Tidak dapat diubah setelah dibuat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="59" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="63" />
            <source>Base unit</source>
            <translation>Satuan dasar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="63" />
            <source>Stock is counted in this unit; fixed once created</source>
            <translation>Stok dihitung dalam satuan ini; tidak dapat diubah setelah dibuat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="67" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="68" />
            <source>GTIN / EAN barcode</source>
            <translation>Barkode GTIN / EAN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="69" />
            <source>Tracked by lot (supplier's lot code required)</source>
            <translation>Dilacak per lot (kode lot pemasok wajib)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="70" />
            <source>Expiry date required</source>
            <translation>Tanggal kedaluwarsa wajib</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="73" />
            <source>Minimum stock</source>
            <translation>Stok minimum</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="73" />
            <source>In the base unit; 0 = no minimum</source>
            <translation>Dalam satuan dasar; 0 = tanpa minimum</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="74" />
            <source>Weight per unit (kg)</source>
            <translation>Berat per satuan (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="75" />
            <source>Volume per unit (m³)</source>
            <translation>Volume per satuan (m³)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="76" />
            <source>Pack units</source>
            <translation>Satuan kemasan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="77" />
            <source>e.g. dus=40, pak=10: how many base units one pack holds</source>
            <translation>mis. dus=40, pak=10: berapa satuan dasar dalam satu kemasan</translation>
        </message>
    </context>
    <context>
        <name>LineDelegate</name>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="310" />
            <source>dd/mm/yyyy</source>
            <translation>hh/bb/tttt</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="121" />
            <source>New location</source>
            <translation>Lokasi baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="122" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="122" />
            <source>e.g. A-01-02: row, rack, level</source>
            <translation>mis. A-01-02: lorong, rak, tingkat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="123" />
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="127" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="131" />
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
    </context>
    <context>
        <name>LocationsPage</name>
        <message>
            <location filename="../../ui/pages/locations.py" line="20" />
            <source>Locations</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="20" />
            <source>Bins of the warehouse. Print a bin label to scan when putting goods away or counting.</source>
            <translation>Rak gudang. Cetak label rak untuk dipindai saat menyimpan barang atau stock opname.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="23" />
            <source>Search code or description…</source>
            <translation>Cari kode atau keterangan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="26" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="27" />
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="32" />
            <source>New location…</source>
            <translation>Lokasi baru…</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="23" />
            <source>Gudang — sign in</source>
            <translation>Gudang — masuk</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="28" />
            <source>Gudang Logistik</source>
            <translation>Gudang Logistik</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="39" />
            <location filename="../../ui/login.py" line="43" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="42" />
            <location filename="../../ui/login.py" line="44" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="52" />
            <source>Database: %1</source>
            <translation>Basis data: %1</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="59" />
            <source>Sign in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="60" />
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
    </context>
    <context>
        <name>LotTraceDialog</name>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="19" />
            <source>Trace of lot %1</source>
            <translation>Lacak lot %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="36" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="37" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="38" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="38" />
            <source>no expiry</source>
            <translation>tanpa kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="39" />
            <source>Donor</source>
            <translation>Donatur</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="40" />
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="41" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="42" />
            <source>On hand now</source>
            <translation>Stok saat ini</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="44" />
            <source>Issued to</source>
            <translation>Dikeluarkan kepada</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="50" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="52" />
            <source>Print lot label…</source>
            <translation>Cetak label lot…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="67" />
            <source>Label %1</source>
            <translation>Label %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="120" />
            <source>Gudang — disaster relief logistics</source>
            <translation>Gudang — logistik penanggulangan bencana</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="128" />
            <source>Receiving</source>
            <translation>Penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="129" />
            <source>Requests</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="130" />
            <source>Allocation</source>
            <translation>Alokasi</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="131" />
            <source>Issuing</source>
            <translation>Pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="133" />
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="135" />
            <source>Items</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="136" />
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>Locations</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="138" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="139" />
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="134" />
            <source>Stock opname</source>
            <translation>Stock opname</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="132" />
            <source>Confirm delivery</source>
            <translation>Konfirmasi</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>Gudang</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="157" />
            <source>Relief logistics warehouse</source>
            <translation>Gudang logistik bantuan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>Pages</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>User: %1</source>
            <translation>Pengguna: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>Role: %1</source>
            <translation>Peran: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>Database: %1</source>
            <translation>Basis data: %1</translation>
        </message>
    </context>
    <context>
        <name>MasterPage</name>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="39" />
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="47" />
            <source>New…</source>
            <translation>Baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="49" />
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="50" />
            <location filename="../../ui/pages/catalogue.py" line="87" />
            <source>Deactivate</source>
            <translation>Nonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="51" />
            <source>Print label</source>
            <translation>Cetak label</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="67" />
            <source>Read only: your role may not change master data.</source>
            <translation>Hanya baca: peran Anda tidak boleh mengubah data induk.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="87" />
            <source>Activate</source>
            <translation>Aktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="146" />
            <source>Label %1</source>
            <translation>Label %1</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations.py" line="79" />
            <source>Not possible</source>
            <translation>Tidak dapat dilakukan</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="84" />
            <source>Unexpected error (a bug): %1</source>
            <translation>Kesalahan tak terduga (bug): %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="87" />
            <source>Program error</source>
            <translation>Kesalahan program</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="51" />
            <source>Edit partner %1</source>
            <translation>Ubah mitra %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="52" />
            <source>New partner</source>
            <translation>Mitra baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="56" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="56" />
            <source>Fixed once created</source>
            <translation>Tidak dapat diubah setelah dibuat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="57" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="61" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="67" />
            <source>Kecamatan (Kabupaten Kampar) or another region</source>
            <translation>Kecamatan (Kabupaten Kampar) atau wilayah lain</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="68" />
            <source>Kecamatan / region</source>
            <translation>Kecamatan / wilayah</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="72" />
            <source>Desa or kelurahan</source>
            <translation>Desa atau kelurahan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="73" />
            <source>Desa / kelurahan</source>
            <translation>Desa / kelurahan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="74" />
            <source>Region code</source>
            <translation>Kode wilayah</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="75" />
            <source>Kemendagri code, filled in from the list; e.g. 14.01.07.2005</source>
            <translation>Kode Kemendagri, terisi dari daftar; mis. 14.01.07.2005</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="76" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="77" />
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="78" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="106" />
            <source>People (jiwa)</source>
            <translation>Jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="106" />
            <source>Households (KK)</source>
            <translation>KK</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="107" />
            <source>Under five (balita)</source>
            <translation>Balita</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="107" />
            <source>Elderly (lansia)</source>
            <translation>Lanjut usia (lansia)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="108" />
            <source>Pregnant (ibu hamil)</source>
            <translation>Ibu hamil</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="108" />
            <source>Disabled (disabilitas)</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="131" />
            <source>For posko and villages; update them as people come and go (every change is recorded).</source>
            <translation>Untuk posko dan desa; perbarui saat pengungsi datang dan pergi (setiap perubahan tercatat).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="138" />
            <source>People served</source>
            <translation>Jiwa dilayani</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <location filename="../../ui/pages/partners.py" line="61" />
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="61" />
            <source>Donors who give, recipients who receive, and transporters who carry.</source>
            <translation>Donatur yang memberi, penerima yang menerima, dan pengangkut yang membawa.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="64" />
            <source>Search code, name or kecamatan…</source>
            <translation>Cari kode, nama atau kecamatan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="49" />
            <location filename="../../ui/pages/partners.py" line="67" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="32" />
            <source>Jiwa</source>
            <translation>Jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="32" />
            <source>People (jiwa)</source>
            <translation>Jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="33" />
            <source>KK</source>
            <translation>KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="33" />
            <source>Households (KK)</source>
            <translation>KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="34" />
            <source>Balita</source>
            <translation>Balita</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="35" />
            <source>Children under five (balita)</source>
            <translation>Anak di bawah lima tahun (balita)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="36" />
            <source>Lansia</source>
            <translation>Lansia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="36" />
            <source>Elderly (lansia)</source>
            <translation>Lanjut usia (lansia)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="37" />
            <source>Ibu hamil</source>
            <translation>Ibu hamil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="38" />
            <source>Pregnant women (ibu hamil)</source>
            <translation>Ibu hamil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="39" />
            <source>Disabilitas</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="40" />
            <source>People with disabilities (disabilitas)</source>
            <translation>Penyandang disabilitas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="42" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="43" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="45" />
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="46" />
            <source>Desa</source>
            <translation>Desa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="48" />
            <source>Region code</source>
            <translation>Kode wilayah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="50" />
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="53" />
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="68" />
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="73" />
            <source>New partner…</source>
            <translation>Mitra baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="75" />
            <source>Disaster events…</source>
            <translation>Kejadian bencana…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/partners.py" line="76" />
            <source>The events (kejadian bencana) receipts and dispatches are tagged with</source>
            <translation>Kejadian bencana yang menandai penerimaan dan pengiriman</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../ui/pdf_preview.py" line="47" />
            <source>The document could not be shown.</source>
            <translation>Dokumen tidak dapat ditampilkan.</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="49" />
            <source>Pages: %1</source>
            <translation>Halaman: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="50" />
            <source>&amp;Print…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="52" />
            <source>&amp;Save as…</source>
            <translation>&amp;Simpan sebagai…</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="54" />
            <source>&amp;Open in PDF viewer</source>
            <translation>&amp;Buka di penampil PDF</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="55" />
            <source>Fit &amp;width</source>
            <translation>Sesuaikan &amp;lebar</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="56" />
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="99" />
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="99" />
            <source>The printer could not be started.</source>
            <translation>Printer tidak dapat dijalankan.</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="121" />
            <location filename="../../ui/pdf_preview.py" line="129" />
            <source>Save PDF</source>
            <translation>Simpan PDF</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="121" />
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="130" />
            <source>Could not save %1: %2</source>
            <translation>Tidak dapat menyimpan %1: %2</translation>
        </message>
    </context>
    <context>
        <name>PositionReport</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="322" />
            <location filename="../../ui/pages/report_tabs.py" line="324" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="323" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="324" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
    </context>
    <context>
        <name>ProposalModel</name>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="506" />
            <source>Line</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="506" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="506" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="506" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="506" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="507" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="507" />
            <source>Days left</source>
            <translation>Sisa hari</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="507" />
            <source>Qty</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="507" />
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="508" />
            <source>Picked</source>
            <translation>Diambil</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="523" />
            <source>Requested lot</source>
            <translation>Lot diminta</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="525" />
            <source>FEFO: earliest expiry</source>
            <translation>FEFO: kedaluwarsa paling awal</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="538" />
            <source>picked</source>
            <translation>diambil</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="540" />
            <source>wrong lot %1</source>
            <translation>lot salah %1</translation>
        </message>
    </context>
    <context>
        <name>RationDialog</name>
        <message>
            <location filename="../../ui/pages/requests.py" line="533" />
            <source>Ration standards</source>
            <translation>Standar jatah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="536" />
            <source>Used by “Lines from rations” when a request is entered: people x days x the standard per person per day, plus households x the standard per household. Rice: 0,25 kg per person per day (Peraturan Badan Pangan Nasional 30/2023); family and hygiene kits: 1 per household.</source>
            <translation>Dipakai oleh “Baris dari standar jatah” saat mencatat permintaan: jiwa x hari x standar per jiwa per hari, ditambah KK x standar per KK. Beras: 0,25 kg per jiwa per hari (Peraturan Badan Pangan Nasional 30/2023); family kit dan hygiene kit: 1 per KK.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="544" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="544" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="545" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="546" />
            <location filename="../../ui/pages/requests.py" line="557" />
            <source>Per person per day</source>
            <translation>Per jiwa per hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="547" />
            <location filename="../../ui/pages/requests.py" line="560" />
            <source>Per household</source>
            <translation>Per KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="551" />
            <source>Item: type code or name</source>
            <translation>Barang: ketik kode atau nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="556" />
            <source>per person per day</source>
            <translation>per jiwa per hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="559" />
            <source>per household</source>
            <translation>per KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="564" />
            <source>Save standard</source>
            <translation>Simpan standar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="572" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>ReceiptLinesModel</name>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="123" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="123" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="123" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="123" />
            <source>Qty</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="123" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="124" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="124" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="124" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="124" />
            <source>Condition</source>
            <translation>Kondisi</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="125" />
            <source>Remark</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="126" />
            <source>good</source>
            <translation>baik</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="126" />
            <source>damaged</source>
            <translation>rusak</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="141" />
            <source>The lot is required for this item.</source>
            <translation>Lot wajib diisi untuk barang ini.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="146" />
            <source>Not a date: use dd/mm/yyyy.</source>
            <translation>Bukan tanggal: gunakan hh/bb/tttt.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="148" />
            <source>The expiry date is required for this item.</source>
            <translation>Tanggal kedaluwarsa wajib diisi untuk barang ini.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="150" />
            <source>Already expired on the receipt date.</source>
            <translation>Sudah kedaluwarsa pada tanggal penerimaan.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="154" />
            <source>Unknown bin.</source>
            <translation>Rak tidak dikenal.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="156" />
            <source>Damaged goods go to a quarantine bin.</source>
            <translation>Barang rusak masuk ke rak karantina.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="158" />
            <source>Unknown unit.</source>
            <translation>Satuan tidak dikenal.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="168" />
            <source>line %1, %2: %3</source>
            <translation>baris %1, %2: %3</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="181" />
            <source>required</source>
            <translation>wajib diisi</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="185" />
            <source>(default)</source>
            <translation>(bawaan)</translation>
        </message>
    </context>
    <context>
        <name>ReceivingPage</name>
        <message>
            <location filename="../../ui/pages/receiving.py" line="56" />
            <source>Donor: code or name</source>
            <translation>Donatur: kode atau nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="57" />
            <source>(no event)</source>
            <translation>(tanpa kejadian)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="60" />
            <source>sender's waybill no.</source>
            <translation>no. surat jalan pengirim</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="63" />
            <source>e.g. BM 1234 XY</source>
            <translation>mis. BM 1234 XY</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="67" />
            <source>name of the person delivering</source>
            <translation>nama orang yang mengantar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="70" />
            <source>&amp;Donor</source>
            <translation>&amp;Donatur</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="70" />
            <source>E&amp;vent</source>
            <translation>&amp;Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="70" />
            <source>Da&amp;te</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="71" />
            <source>Sender's &amp;reference</source>
            <translation>No. surat &amp;pengirim</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="71" />
            <source>Vehicle p&amp;late</source>
            <translation>No. &amp;polisi kendaraan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="72" />
            <source>Deli&amp;verer</source>
            <translation>Pen&amp;gantar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="99" />
            <source>&amp;Remove line</source>
            <translation>&amp;Hapus baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="100" />
            <source>Remove the selected lines (Delete)</source>
            <translation>Hapus baris yang dipilih (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="102" />
            <source>&amp;New receipt</source>
            <translation>Penerimaan &amp;baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="105" />
            <source>&amp;Post receipt  (Ctrl+Enter)</source>
            <translation>&amp;Bukukan penerimaan  (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="124" />
            <source>Label stock</source>
            <translation>Jenis kertas label</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="125" />
            <source>Print lot &amp;labels…</source>
            <translation>Cetak &amp;label lot…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="127" />
            <source>Print &amp;berita acara penerimaan…</source>
            <translation>Cetak &amp;berita acara penerimaan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="136" />
            <source>Receiving goods</source>
            <translation>Penerimaan barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="200" />
            <source>Lines: %1</source>
            <translation>Baris: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="202" />
            <source>problems to fix: %1</source>
            <translation>masalah yang harus diperbaiki: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="333" />
            <source>(and %1 more)</source>
            <translation>(dan %1 lainnya)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="360" />
            <source>Receipt %1 posted, lots created: %2.</source>
            <translation>Penerimaan %1 dibukukan, lot dibuat: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="218" />
            <source>Unreadable GS1 barcode %1: %2</source>
            <translation>Barcode GS1 %1 tidak terbaca: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="236" />
            <source>%1 is the label of lot %2 (%3), already received. Scan the item's own barcode.</source>
            <translation>%1 adalah label lot %2 (%3) yang sudah diterima. Pindai barcode barangnya sendiri.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="241" />
            <source>%1 is a document number, not goods.</source>
            <translation>%1 adalah nomor dokumen, bukan barang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="249" />
            <source>Unknown code %1: not in the catalogue.</source>
            <translation>Kode %1 tidak dikenal: tidak ada di katalog.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="250" />
            <source>Create item…</source>
            <translation>Buat barang…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="257" />
            <source>Item %1 created.</source>
            <translation>Barang %1 dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="264" />
            <source>%1 is deactivated and cannot be received.</source>
            <translation>%1 dinonaktifkan dan tidak dapat diterima.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="278" />
            <source>added</source>
            <translation>ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="282" />
            <source>now</source>
            <translation>sekarang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="288" />
            <source>lot %1</source>
            <translation>lot %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="290" />
            <source>exp. %1</source>
            <translation>kedaluwarsa %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="291" />
            <source>Line %1: %2 — %3 %4</source>
            <translation>Baris %1: %2 — %3 %4</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="297" />
            <source>%1 is not a bin goods can be put in.</source>
            <translation>%1 bukan rak untuk menyimpan barang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="300" />
            <source>Bin %1 scanned: scan the goods first, then their bin.</source>
            <translation>Rak %1 dipindai: pindai barangnya dulu, lalu raknya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="306" />
            <source>Bin %1 set for line %2.</source>
            <translation>Rak %1 ditetapkan untuk baris %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="320" />
            <source>New receipt: choose the donor, then scan the goods.</source>
            <translation>Penerimaan baru: pilih donatur, lalu pindai barangnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="327" />
            <source>Choose the donor first.</source>
            <translation>Pilih donatur terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="329" />
            <source>There are no lines: scan the goods first.</source>
            <translation>Belum ada baris: pindai barangnya terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="354" />
            <source>The receipt was not posted.</source>
            <translation>Penerimaan tidak dibukukan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="363" />
            <source>Print the labels and the berita acara:</source>
            <translation>Cetak label dan berita acara:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="374" />
            <source>The document could not be made.</source>
            <translation>Dokumen tidak dapat dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="384" />
            <source>The labels could not be made.</source>
            <translation>Label tidak dapat dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="392" />
            <source>Berita acara penerimaan %1</source>
            <translation>Berita acara penerimaan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="400" />
            <source>Lot labels of %1</source>
            <translation>Label lot %1</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="78" />
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="81" />
            <source>Export CSV…</source>
            <translation>Ekspor CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="100" />
            <source>%1 rows</source>
            <translation>%1 baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="116" />
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="142" />
            <source>Export CSV</source>
            <translation>Ekspor CSV</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="143" />
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="146" />
            <source>%1 rows exported to %2</source>
            <translation>%1 baris diekspor ke %2</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="257" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="257" />
            <source>Choose a report, press Show, then export it (CSV, XLSX or PDF) if needed.</source>
            <translation>Pilih laporan, tekan Tampilkan, lalu ekspor (CSV, XLSX atau PDF) bila perlu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="264" />
            <source>Stock on hand</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="265" />
            <source>Expiring</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="266" />
            <source>Stock card</source>
            <translation>Kartu stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="267" />
            <source>Lot trace</source>
            <translation>Lacak lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="274" />
            <source>4W</source>
            <translation>4W</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="275" />
            <source>Distribution: who delivered what, where and when</source>
            <translation>Distribusi: siapa menyalurkan apa, di mana dan kapan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="276" />
            <source>Donor</source>
            <translation>Donatur</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="277" />
            <source>Position</source>
            <translation>Posisi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="278" />
            <source>Charts</source>
            <translation>Grafik</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <location filename="../../ui/pages/requests.py" line="333" />
            <source>New request</source>
            <translation>Permintaan baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="338" />
            <source>code, name or kecamatan</source>
            <translation>kode, nama atau kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="343" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="349" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="354" />
            <location filename="../../ui/pages/requests.py" line="364" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="359" />
            <location filename="../../ui/pages/requests.py" line="362" />
            <source>Priority</source>
            <translation>Prioritas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="366" />
            <source>Request letter no.</source>
            <translation>No. surat permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="371" />
            <source>People (jiwa)</source>
            <translation>Jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="372" />
            <source>Households (KK)</source>
            <translation>KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="381" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="382" />
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="383" />
            <source>Lines from rations</source>
            <translation>Baris dari standar jatah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="384" />
            <source>Add a line for every item with a ration standard: people x days, and one per household for kits</source>
            <translation>Tambahkan baris untuk setiap barang yang memiliki standar jatah: jiwa x hari, dan satu per KK untuk paket (kit)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="389" />
            <source>People</source>
            <translation>Jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="393" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="393" />
            <location filename="../../ui/pages/requests.py" line="407" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="393" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="400" />
            <source>Add an item: type code or name</source>
            <translation>Tambah barang: ketik kode atau nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="408" />
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="409" />
            <source>Remove line</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="420" />
            <source>Lines</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="421" />
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="462" />
            <source>Choose an item from the list.</source>
            <translation>Pilih barang dari daftar.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="491" />
            <source>No item has a ration standard for these figures (see Ration standards… on the Requests page).</source>
            <translation>Tidak ada barang dengan standar jatah untuk angka ini (lihat Standar jatah… di halaman Permintaan).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="506" />
            <source>line %1</source>
            <translation>baris %1</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <location filename="../../ui/pages/requests.py" line="46" />
            <source>1 — most urgent</source>
            <translation>1 — sangat mendesak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="47" />
            <source>2 — urgent</source>
            <translation>2 — mendesak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="48" />
            <source>3 — normal</source>
            <translation>3 — biasa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="53" />
            <source>new</source>
            <translation>baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="54" />
            <source>partly issued</source>
            <translation>sebagian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="55" />
            <source>complete</source>
            <translation>lengkap</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="56" />
            <source>closed</source>
            <translation>ditutup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="65" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="66" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="67" />
            <source>Prio.</source>
            <translation>Prio.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="71" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="73" />
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="76" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="93" />
            <source>Issued</source>
            <translation>Dikeluarkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="81" />
            <source>%1 lines; %2 people</source>
            <translation>%1 baris; %2 jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="79" />
            <source>% issued</source>
            <translation>% keluar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="90" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="91" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="92" />
            <source>Asked</source>
            <translation>Diminta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="94" />
            <source>In drafts</source>
            <translation>Dalam draf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="95" />
            <source>Outstanding</source>
            <translation>Sisa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="97" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="109" />
            <source>Requests</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="110" />
            <source>What posko and villages ask for, with the people behind it; what they have received and what is still outstanding.</source>
            <translation>Apa yang diminta posko dan desa, dengan jumlah jiwanya; apa yang sudah diterima dan apa yang masih kurang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="114" />
            <location filename="../../ui/pages/requests.py" line="126" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="115" />
            <source>Open only</source>
            <translation>Hanya yang terbuka</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="119" />
            <source>Search number, recipient, kecamatan…</source>
            <translation>Cari nomor, penerima, kecamatan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="121" />
            <source>Ration standards…</source>
            <translation>Standar jatah…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="122" />
            <source>New request…</source>
            <translation>Permintaan baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="143" />
            <source>Issue from request</source>
            <translation>Keluarkan untuk permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="145" />
            <source>Open the Issuing page with what this request still lacks</source>
            <translation>Buka halaman Pengeluaran dengan barang yang masih kurang untuk permintaan ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="147" />
            <source>Close request…</source>
            <translation>Tutup permintaan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="189" />
            <source>All events</source>
            <translation>Semua kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="209" />
            <source>%1 requests, %2 waiting for goods</source>
            <translation>%1 permintaan, %2 menunggu barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="243" />
            <source>Select a request to see its lines</source>
            <translation>Pilih permintaan untuk melihat barisnya</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="256" />
            <source>Priority %1</source>
            <translation>Prioritas %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="258" />
            <source>letter %1</source>
            <translation>surat %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="260" />
            <source>%1 people, %2 households</source>
            <translation>%1 jiwa, %2 KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="262" />
            <source>Desa %1</source>
            <translation>Desa %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="263" />
            <source>Kec. %1</source>
            <translation>Kec. %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="270" />
            <source>issued by %1</source>
            <translation>dikeluarkan dengan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="272" />
            <source>drafts %1</source>
            <translation>draf %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="277" />
            <source>Closed: %1</source>
            <translation>Ditutup: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="288" />
            <source>Request %1 entered.</source>
            <translation>Permintaan %1 dicatat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="295" />
            <source>Note:</source>
            <translation>Perhatian:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="312" />
            <source>Close request %1</source>
            <translation>Tutup permintaan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="313" />
            <source>Why is it closed? (e.g. fulfilled by another agency, the posko was moved)</source>
            <translation>Mengapa ditutup? (mis. sudah dipenuhi lembaga lain, posko dipindahkan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="321" />
            <source>Request %1 closed.</source>
            <translation>Permintaan %1 ditutup.</translation>
        </message>
    </context>
    <context>
        <name>ScanField</name>
        <message>
            <location filename="../../ui/widgets/scan_field.py" line="61" />
            <source>Scan a barcode or type a code, then Enter  (F2)</source>
            <translation>Pindai barcode atau ketik kode, lalu Enter  (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/scan_field.py" line="62" />
            <source>Scan field</source>
            <translation>Kolom pindai</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings.py" line="47" />
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="62" />
            <location filename="../../ui/pages/settings.py" line="67" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="69" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="71" />
            <source>Switches the whole window now; saved for every workstation.</source>
            <translation>Langsung mengganti bahasa seluruh jendela; disimpan untuk semua komputer.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="72" />
            <source>Switches the whole window now, for this session.</source>
            <translation>Langsung mengganti bahasa seluruh jendela, untuk sesi ini.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="80" />
            <source>Agency (letterhead and signatures)</source>
            <translation>Instansi (kop surat dan tanda tangan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="85" />
            <source>Document number pattern</source>
            <translation>Pola nomor dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="86" />
            <source>Warn of repeated dispatches within (days)</source>
            <translation>Peringatkan pengiriman berulang dalam (hari)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="92" />
            <source>Pattern fields: {seq:03d} number, {code} document code (SJ, BAP, …), {agency} agency code, {month:roman} month, {year} year.</source>
            <translation>Isian pola: {seq:03d} nomor urut, {code} kode dokumen (SJ, BAP, …), {agency} kode instansi, {month:roman} bulan, {year} tahun.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="97" />
            <source>Save settings</source>
            <translation>Simpan pengaturan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="107" />
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="114" />
            <source>New user…</source>
            <translation>Pengguna baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="116" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="119" />
            <source>Set role</source>
            <translation>Ubah peran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="120" />
            <source>Disable user</source>
            <translation>Nonaktifkan pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="129" />
            <source>Backup</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="131" />
            <source>Back up now</source>
            <translation>Cadangkan sekarang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="141" />
            <source>The PostgreSQL server is backed up by its administrator (pg_dump).</source>
            <translation>Server PostgreSQL dicadangkan oleh administratornya (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="144" />
            <source>Copies go to %1</source>
            <translation>Salinan disimpan di %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="179" />
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="205" />
            <source>Backup saved: %1</source>
            <translation>Cadangan tersimpan: %1</translation>
        </message>
    </context>
    <context>
        <name>StockCardDialog</name>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="20" />
            <location filename="../../ui/dialogs/stock_card.py" line="69" />
            <source>Stock card %1</source>
            <translation>Kartu stok %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="30" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="32" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="33" />
            <source>Opening balance</source>
            <translation>Saldo awal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="34" />
            <source>Balance now</source>
            <translation>Saldo sekarang</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="42" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="43" />
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="44" />
            <source>The kartu stok as PDF, to print or save</source>
            <translation>Kartu stok sebagai PDF, untuk dicetak atau disimpan</translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../ui/pages/stock.py" line="36" />
            <source>Stock on hand</source>
            <translation>Stok yang ada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="37" />
            <source>By item, lot and bin, earliest expiry first. Double-click a row for the item's stock card.</source>
            <translation>Per barang, lot dan rak, kedaluwarsa terdekat lebih dulu. Klik ganda baris untuk kartu stok barang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="40" />
            <source>Search SKU, name, lot, barcode or bin…</source>
            <translation>Cari SKU, nama, lot, barkode atau rak…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="49" />
            <source>All expiry dates</source>
            <translation>Semua tanggal kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="49" />
            <source>Expired</source>
            <translation>Sudah kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="50" />
            <source>Expires within 30 days</source>
            <translation>Kedaluwarsa ≤ 30 hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="50" />
            <source>Expires within 60 days</source>
            <translation>Kedaluwarsa ≤ 60 hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="51" />
            <source>Expires within 90 days</source>
            <translation>Kedaluwarsa ≤ 90 hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="51" />
            <source>No expiry date</source>
            <translation>Tanpa tanggal kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="53" />
            <source>All categories</source>
            <translation>Semua kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="54" />
            <source>All bins</source>
            <translation>Semua rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="55" />
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="56" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="57" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="58" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="69" />
            <source>Stock card</source>
            <translation>Kartu stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="70" />
            <source>The ledger of the selected item with its running balance</source>
            <translation>Buku besar barang terpilih dengan saldo berjalan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="71" />
            <source>Trace lot</source>
            <translation>Lacak lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="72" />
            <source>Where the selected lot came from and where it went</source>
            <translation>Asal lot terpilih dan ke mana saja lot itu pergi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="118" />
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="127" />
            <source>%1 rows</source>
            <translation>%1 baris</translation>
        </message>
    </context>
    <context>
        <name>StockReport</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="154" />
            <source>Bin (all if empty)</source>
            <translation>Rak (semua bila kosong)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="155" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
    </context>
    <context>
        <name>TraceReport</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="233" />
            <source>Lot barcode or code</source>
            <translation>Barkode atau kode lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="234" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="245" />
            <source>%1 — %2 · lot %3 · expiry %4 · donor %5 · received %6 (%7) · on hand %8</source>
            <translation>%1 — %2 · lot %3 · kedaluwarsa %4 · donatur %5 · diterima %6 (%7) · stok %8</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../ui/dialogs/users.py" line="16" />
            <source>New user</source>
            <translation>Pengguna baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="17" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="17" />
            <source>For logging in, e.g. budi</source>
            <translation>Untuk masuk, mis. budi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="18" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="18" />
            <source>As printed on documents</source>
            <translation>Seperti tercetak pada dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="23" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="26" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="26" />
            <source>At least 4 characters</source>
            <translation>Sedikitnya 4 karakter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="29" />
            <source>Repeat password</source>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="34" />
            <source>The passwords differ.</source>
            <translation>Kata sandi tidak sama.</translation>
        </message>
    </context>
</TS>
