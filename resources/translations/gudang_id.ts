<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AgencyFields</name>
        <message>
            <location filename="../../ui/pages/settings.py" line="33" />
            <source>Letterhead line 1</source>
            <translation>Kop surat baris 1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="34" />
            <source>Letterhead line 2</source>
            <translation>Kop surat baris 2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="35" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="36" />
            <source>Phone / e-mail</source>
            <translation>Telepon / surel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="37" />
            <source>City (place of signing)</source>
            <translation>Kota (tempat penandatanganan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="38" />
            <source>Agency code in numbers</source>
            <translation>Kode instansi pada nomor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="39" />
            <source>Title of the head of agency</source>
            <translation>Jabatan kepala instansi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="40" />
            <source>Head of agency</source>
            <translation>Kepala instansi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="41" />
            <source>NIP of the head of agency</source>
            <translation>NIP kepala instansi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="42" />
            <source>Head of warehouse</source>
            <translation>Kepala gudang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="43" />
            <source>NIP of the head of warehouse</source>
            <translation>NIP kepala gudang</translation>
        </message>
    </context>
    <context>
        <name>AllocationPage</name>
        <message>
            <location filename="../../ui/pages/allocation.py" line="55" />
            <source>Prio.</source>
            <translation>Prio.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="55" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="56" />
            <location filename="../../ui/pages/allocation.py" line="160" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="56" />
            <location filename="../../ui/pages/allocation.py" line="166" />
            <location filename="../../ui/pages/allocation.py" line="353" />
            <source>Needed</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="57" />
            <source>Proposed</source>
            <translation>Usulan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="57" />
            <location filename="../../ui/pages/allocation.py" line="354" />
            <source>Allocated</source>
            <translation>Dialokasikan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="58" />
            <location filename="../../ui/pages/allocation.py" line="167" />
            <source>Short</source>
            <translation>Kurang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="58" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="59" />
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="59" />
            <source>Request</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="60" />
            <source>Lots (FEFO)</source>
            <translation>Lot (FEFO)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="114" />
            <source>Type another quantity to change the plan</source>
            <translation>Ketik jumlah lain untuk mengubah rencana</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="144" />
            <source>%1: allocate whole %2, not %3</source>
            <translation>%1: alokasikan %2 utuh, bukan %3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="149" />
            <source>%1 for %2: %3 is more than the %4 still needed</source>
            <translation>%1 untuk %2: %3 melebihi kebutuhan %4</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="162" />
            <source>Available</source>
            <translation>Tersedia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="163" />
            <source>Usable today %1, kept for open drafts %2</source>
            <translation>Dapat dipakai hari ini %1, disisihkan untuk draf terbuka %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="182" />
            <source>Allocation</source>
            <translation>Alokasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="183" />
            <source>Shares the stock that can be issued today among the open requests of an event: the most urgent first, then in proportion to need when short. Change an allocation by typing in its cell.</source>
            <translation>Membagi stok yang dapat dikeluarkan hari ini kepada permintaan terbuka suatu kejadian: yang paling mendesak lebih dulu, lalu sebanding dengan kebutuhan bila kurang. Ubah alokasi dengan mengetik di selnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="187" />
            <location filename="../../ui/pages/allocation.py" line="192" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="189" />
            <source>Date of the goods issues</source>
            <translation>Tanggal pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="190" />
            <source>Plan</source>
            <translation>Rencanakan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="192" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="221" />
            <source>Needed and allocated per kecamatan</source>
            <translation>Kebutuhan dan alokasi per kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="226" />
            <source>The plan</source>
            <translation>Rencana</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="227" />
            <source>Needs per kecamatan</source>
            <translation>Kebutuhan per kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="228" />
            <source>Stock per item</source>
            <translation>Stok per barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="231" />
            <source>Undo changes</source>
            <translation>Batalkan perubahan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="232" />
            <source>Make draft issues</source>
            <translation>Buat draf pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="234" />
            <source>One draft goods issue per request, to approve and post on the Issuing page</source>
            <translation>Satu draf pengeluaran per permintaan, untuk disetujui dan diposting di halaman Pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="238" />
            <source>Open the drafts on Issuing</source>
            <translation>Buka draf di Pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="243" />
            <source>Only the head of warehouse turns a plan into draft issues.</source>
            <translation>Hanya kepala gudang yang menjadikan rencana sebagai draf pengeluaran.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="282" />
            <source>There is no disaster event yet: add one on the Partners page.</source>
            <translation>Belum ada kejadian bencana: tambahkan di halaman Mitra.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="322" />
            <source>Press Plan to share the stock among the open requests.</source>
            <translation>Tekan Rencanakan untuk membagi stok kepada permintaan yang terbuka.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="331" />
            <source>%1 open requests, %2 lines to plan. </source>
            <translation>%1 permintaan terbuka, %2 baris direncanakan. </translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="334" />
            <source>%1 items short, shared by priority and then in proportion to need: %2</source>
            <translation>%1 barang kurang, dibagi menurut prioritas lalu sebanding dengan kebutuhan: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="339" />
            <source>The stock covers every request.</source>
            <translation>Stok mencukupi semua permintaan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="341" />
            <source>No open request of this event lacks anything.</source>
            <translation>Tidak ada permintaan terbuka kejadian ini yang kekurangan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="343" />
            <source>%1 allocations changed by hand.</source>
            <translation>%1 alokasi diubah secara manual.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="346" />
            <source>⚠ Overlap guard: %1</source>
            <translation>⚠ Pencegah tumpang tindih: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="347" />
            <source>(and %1 more: hover to read them)</source>
            <translation>(dan %1 lagi: arahkan kursor untuk membacanya)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="355" />
            <source>Nothing to plan.</source>
            <translation>Tidak ada yang direncanakan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/allocation.py" line="382" />
            <source>%1 draft goods issues made (%2). Approve and post them on the Issuing page.</source>
            <translation>%1 draf pengeluaran dibuat (%2). Setujui dan posting di halaman Pengeluaran.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="163" />
            <source>Disk full</source>
            <translation>Disk penuh</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="167" />
            <location filename="../../ui/app.py" line="173" />
            <location filename="../../ui/app.py" line="186" />
            <source>Damaged database</source>
            <translation>Basis data rusak</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="168" />
            <source>The database %1 is damaged (%2) and there is no good backup of it. Ask your administrator for help.</source>
            <translation>Basis data %1 rusak (%2) dan tidak ada cadangan yang baik. Mintalah bantuan administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="174" />
            <source>The database %1 is damaged (%2).

Restore the newest good backup, %3? The damaged file is kept beside it.</source>
            <translation>Basis data %1 rusak (%2).

Pulihkan cadangan baik yang terbaru, %3? Berkas yang rusak disimpan di sebelahnya.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="202" />
            <source>An administrator restores the backup</source>
            <translation>Administrator memulihkan cadangan</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="298" />
            <source>The PostgreSQL server</source>
            <translation>Server PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="300" />
            <location filename="../../ui/app.py" line="317" />
            <location filename="../../ui/app.py" line="375" />
            <source>Cannot open the database</source>
            <translation>Basis data tidak dapat dibuka</translation>
        </message>
    </context>
    <context>
        <name>CardReport</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="204" />
            <location filename="../../ui/pages/reports.py" line="205" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="207" />
            <source>Lot (all if empty)</source>
            <translation>Lot (semua bila kosong)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="208" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="213" />
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="229" />
            <source>Opening balance %1</source>
            <translation>Saldo awal %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="239" />
            <source>Stock card %1</source>
            <translation>Kartu stok %1</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="165" />
            <source>Items</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="165" />
            <source>The catalogue of relief goods. Deactivated items stay in the records but cannot be received.</source>
            <translation>Katalog barang bantuan. Barang nonaktif tetap tercatat tetapi tidak dapat diterima.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="168" />
            <source>Search SKU, name or GTIN…</source>
            <translation>Cari SKU, nama atau GTIN…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="171" />
            <source>All categories</source>
            <translation>Semua kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="172" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="173" />
            <source>Show deactivated</source>
            <translation>Tampilkan yang nonaktif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="178" />
            <source>New item…</source>
            <translation>Barang baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="179" />
            <source>Stock card</source>
            <translation>Kartu stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="182" />
            <source>Import…</source>
            <translation>Impor…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="183" />
            <source>Add many items at once from a CSV or Excel file</source>
            <translation>Tambah banyak barang sekaligus dari berkas CSV atau Excel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="213" />
            <source>%1 items</source>
            <translation>%1 barang</translation>
        </message>
    </context>
    <context>
        <name>ChartsTab</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="401" />
            <source>All events</source>
            <translation>Semua kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="402" />
            <location filename="../../ui/pages/report_tabs.py" line="410" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="406" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="407" />
            <source>Issue rate over</source>
            <translation>Laju pengeluaran selama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="408" />
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="410" />
            <source>Issue rate over the last</source>
            <translation>Laju pengeluaran selama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="414" />
            <source>Distributed per kecamatan (kg)</source>
            <translation>Tersalurkan per kecamatan (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="415" />
            <source>On hand by expiry month (kg)</source>
            <translation>Stok menurut bulan kedaluwarsa (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="416" />
            <source>Stock cover at the current issue rate (days)</source>
            <translation>Stok cukup untuk (hari, pada laju keluar sekarang)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="433" />
            <source>Distributed</source>
            <translation>Tersalurkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="434" />
            <source>%1 kg, %2 people</source>
            <translation>%1 kg, %2 jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="435" />
            <source>Nothing distributed yet.</source>
            <translation>Belum ada yang disalurkan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="438" />
            <source>past</source>
            <translation>lewat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="440" />
            <source>On hand</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="441" />
            <source>%1 kg in %2 lots</source>
            <translation>%1 kg dalam %2 lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="442" />
            <source>No lot expires in the next 11 months.</source>
            <translation>Tidak ada lot yang kedaluwarsa dalam 11 bulan ke depan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="445" />
            <source>%1 (none left)</source>
            <translation>%1 (habis)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="448" />
            <source>Days of stock</source>
            <translation>Hari ketahanan stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="449" />
            <source>%1 days: %2 %3 on hand, %4 a day</source>
            <translation>%1 hari: stok %2 %3, %4 per hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="451" />
            <source>Nothing was issued in this period.</source>
            <translation>Tidak ada pengeluaran pada periode ini.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../ui/models/columns.py" line="33" />
            <source>no expiry</source>
            <translation>tanpa kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="35" />
            <source>EXPIRED %1 d ago</source>
            <translation>KEDALUWARSA %1 hr</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="37" />
            <source>EXPIRES TODAY</source>
            <translation>KEDALUWARSA HARI INI</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="39" />
            <source>1 day left</source>
            <translation>sisa 1 hari</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="40" />
            <source>%1 days left</source>
            <translation>sisa %1 hari</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="64" />
            <source>storage</source>
            <translation>penyimpanan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="64" />
            <source>receiving</source>
            <translation>penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="64" />
            <location filename="../../ui/models/columns.py" line="80" />
            <location filename="../../ui/models/columns.py" line="103" />
            <source>quarantine</source>
            <translation>karantina</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="65" />
            <source>in transit</source>
            <translation>dalam perjalanan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="65" />
            <location filename="../../ui/models/columns.py" line="71" />
            <source>donor</source>
            <translation>donatur</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="65" />
            <location filename="../../ui/models/columns.py" line="71" />
            <source>recipient</source>
            <translation>penerima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="66" />
            <location filename="../../ui/models/columns.py" line="78" />
            <source>adjustment</source>
            <translation>penyesuaian</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="66" />
            <location filename="../../ui/models/columns.py" line="78" />
            <source>write-off</source>
            <translation>penghapusan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="71" />
            <source>transporter</source>
            <translation>pengangkut</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="77" />
            <source>receipt</source>
            <translation>penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="77" />
            <location filename="../../ui/models/columns.py" line="160" />
            <source>goods issue</source>
            <translation>pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="77" />
            <source>transfer</source>
            <translation>mutasi</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="78" />
            <source>cancellation</source>
            <translation>pembatalan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="79" />
            <source>delivery</source>
            <translation>serah terima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="79" />
            <location filename="../../ui/models/columns.py" line="158" />
            <source>stock count</source>
            <translation>stock opname</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="80" />
            <source>handover (BAST)</source>
            <translation>serah terima (BAST)</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="86" />
            <source>damaged</source>
            <translation>rusak</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="87" />
            <source>short</source>
            <translation>kurang</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="87" />
            <source>found</source>
            <translation>ditemukan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="88" />
            <source>to quarantine</source>
            <translation>ke karantina</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="89" />
            <source>released</source>
            <translation>dilepas</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="95" />
            <source>count open</source>
            <translation>berjalan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="103" />
            <source>available</source>
            <translation>tersedia</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="107" />
            <source>draft</source>
            <translation>draf</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="107" />
            <source>approved</source>
            <translation>disetujui</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="107" />
            <source>posted</source>
            <translation>dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="112" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="112" />
            <source>head of warehouse</source>
            <translation>kepala gudang</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="113" />
            <source>warehouse officer</source>
            <translation>petugas gudang</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="113" />
            <source>viewer</source>
            <translation>peninjau</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="117" />
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="117" />
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="121" />
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="121" />
            <source>inactive</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="127" />
            <source>item added</source>
            <translation>barang ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="127" />
            <source>item changed</source>
            <translation>barang diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="127" />
            <source>item activated</source>
            <translation>barang diaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="128" />
            <source>item deactivated</source>
            <translation>barang dinonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="128" />
            <source>items imported</source>
            <translation>barang diimpor</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="129" />
            <source>partner added</source>
            <translation>mitra ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="129" />
            <source>partner changed</source>
            <translation>mitra diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="130" />
            <source>partner activated</source>
            <translation>mitra diaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="130" />
            <source>partner deactivated</source>
            <translation>mitra dinonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="131" />
            <source>event added</source>
            <translation>kejadian ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="131" />
            <source>location added</source>
            <translation>lokasi ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="132" />
            <source>location activated</source>
            <translation>lokasi diaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="132" />
            <source>location deactivated</source>
            <translation>lokasi dinonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="133" />
            <source>warehouse added</source>
            <translation>gudang ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="133" />
            <source>goods received</source>
            <translation>barang diterima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="134" />
            <source>goods issued</source>
            <translation>barang dikeluarkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="134" />
            <source>issue drafted</source>
            <translation>draf pengeluaran dibuat</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="134" />
            <source>issue approved</source>
            <translation>pengeluaran disetujui</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="135" />
            <source>document cancelled</source>
            <translation>dokumen dibatalkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="135" />
            <source>settings changed</source>
            <translation>pengaturan diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="136" />
            <source>user added</source>
            <translation>pengguna ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="136" />
            <source>role changed</source>
            <translation>peran diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="136" />
            <source>user disabled</source>
            <translation>pengguna dinonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="137" />
            <source>password changed</source>
            <translation>kata sandi diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="137" />
            <source>failed login</source>
            <translation>gagal masuk</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="138" />
            <source>database set up</source>
            <translation>basis data disiapkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="138" />
            <location filename="../../ui/models/columns.py" line="145" />
            <source>delivery confirmed</source>
            <translation>serah terima dikonfirmasi</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="139" />
            <source>transfer posted</source>
            <translation>mutasi dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="139" />
            <source>write-off posted</source>
            <translation>penghapusan dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="140" />
            <source>lot quarantined</source>
            <translation>lot dikarantina</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="140" />
            <source>lot released</source>
            <translation>lot dilepas dari karantina</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="141" />
            <source>stock count started</source>
            <translation>stock opname dimulai</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="141" />
            <source>stock count posted</source>
            <translation>stock opname dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="142" />
            <source>counted</source>
            <translation>dihitung</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="142" />
            <source>count typed</source>
            <translation>hitungan diketik</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="143" />
            <source>count taken back</source>
            <translation>hitungan ditarik kembali</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="143" />
            <source>recount started</source>
            <translation>hitung ulang dimulai</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="144" />
            <source>stock count cancelled</source>
            <translation>stock opname dibatalkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="144" />
            <source>lot recalled</source>
            <translation>lot ditarik</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="145" />
            <source>issue draft changed</source>
            <translation>draf pengeluaran diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="146" />
            <source>document printed</source>
            <translation>dokumen dicetak</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="146" />
            <source>database backed up</source>
            <translation>basis data dicadangkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="147" />
            <source>training data loaded</source>
            <translation>data latihan dimuat</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="147" />
            <source>event closed</source>
            <translation>kejadian ditutup</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="148" />
            <source>user unlocked</source>
            <translation>pengguna dibuka kuncinya</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="148" />
            <source>user changed</source>
            <translation>pengguna diubah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="149" />
            <source>logged in</source>
            <translation>masuk</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="149" />
            <source>database restored</source>
            <translation>basis data dipulihkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="150" />
            <source>request entered</source>
            <translation>permintaan dicatat</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="150" />
            <source>request closed</source>
            <translation>permintaan ditutup</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="151" />
            <source>allocation drafted</source>
            <translation>alokasi dibuat draf</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="151" />
            <source>ration standard set</source>
            <translation>standar ransum diatur</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="152" />
            <source>file record noted</source>
            <translation>rekaman berkas dicatat</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="159" />
            <source>users</source>
            <translation>pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="162" />
            <source>document</source>
            <translation>dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="163" />
            <source>database</source>
            <translation>basis data</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="164" />
            <source>other</source>
            <translation>lainnya</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="178" />
            <location filename="../../ui/models/columns.py" line="198" />
            <location filename="../../ui/models/columns.py" line="273" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="179" />
            <location filename="../../ui/models/columns.py" line="274" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="180" />
            <location filename="../../ui/models/columns.py" line="242" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="181" />
            <source>Barcode</source>
            <translation>Barkode</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="182" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="183" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="185" />
            <location filename="../../ui/models/columns.py" line="243" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="187" />
            <location filename="../../ui/models/columns.py" line="257" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="188" />
            <location filename="../../ui/models/columns.py" line="201" />
            <location filename="../../ui/models/columns.py" line="278" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="189" />
            <source>Donor</source>
            <translation>Donatur</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="192" />
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="199" />
            <location filename="../../ui/models/columns.py" line="215" />
            <location filename="../../ui/models/columns.py" line="228" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="200" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="202" />
            <location filename="../../ui/models/columns.py" line="275" />
            <source>On hand</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="203" />
            <location filename="../../ui/models/columns.py" line="277" />
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="204" />
            <source>GTIN</source>
            <translation>GTIN</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="205" />
            <source>Lot / expiry</source>
            <translation>Lot / kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="161" />
            <location filename="../../ui/models/columns.py" line="206" />
            <source>lot</source>
            <translation>lot</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="206" />
            <source>expiry</source>
            <translation>kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="208" />
            <location filename="../../ui/models/columns.py" line="221" />
            <location filename="../../ui/models/columns.py" line="232" />
            <location filename="../../ui/models/columns.py" line="316" />
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="214" />
            <location filename="../../ui/models/columns.py" line="227" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="216" />
            <location filename="../../ui/models/columns.py" line="230" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="217" />
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="218" />
            <source>Desa</source>
            <translation>Desa</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="219" />
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="220" />
            <source>People served</source>
            <translation>Jiwa dilayani</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="231" />
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="238" />
            <location filename="../../ui/models/columns.py" line="253" />
            <location filename="../../ui/models/columns.py" line="296" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="239" />
            <location filename="../../ui/models/columns.py" line="252" />
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="240" />
            <location filename="../../ui/models/columns.py" line="295" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="241" />
            <source>From / to</source>
            <translation>Dari / ke</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="244" />
            <source>In</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="245" />
            <source>Out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="246" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="254" />
            <location filename="../../ui/models/columns.py" line="285" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="258" />
            <source>Delivered</source>
            <translation>Diserahkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="264" />
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="265" />
            <source>Who</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="266" />
            <source>Action</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="267" />
            <source>Object</source>
            <translation>Objek</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="284" />
            <location filename="../../ui/models/columns.py" line="293" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="284" />
            <source>(draft)</source>
            <translation>(draf)</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="286" />
            <location filename="../../ui/models/columns.py" line="306" />
            <source>Lines</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="287" />
            <location filename="../../ui/models/columns.py" line="297" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="94" />
            <location filename="../../ui/models/columns.py" line="287" />
            <source>cancelled</source>
            <translation>dibatalkan</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="299" />
            <source>cancelled by %1</source>
            <translation>dibatalkan dengan %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="301" />
            <source>Partner / scope</source>
            <translation>Mitra / lingkup</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="304" />
            <source>Reference</source>
            <translation>Referensi</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="313" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="314" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location filename="../../ui/models/columns.py" line="315" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
    </context>
    <context>
        <name>CoreReportTab</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="147" />
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="156" />
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="159" />
            <source>Export XLSX…</source>
            <translation>Ekspor XLSX…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="160" />
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="161" />
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="197" />
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="243" />
            <source>%1 rows</source>
            <translation>%1 baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="246" />
            <source>%1 columns hidden</source>
            <translation>%1 kolom disembunyikan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="247" />
            <source>Hidden for room: %1 (the exports have them)</source>
            <translation>Disembunyikan karena layar sempit: %1 (ada di ekspor)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="269" />
            <source>%1 rows exported to %2</source>
            <translation>%1 baris diekspor ke %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="276" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="276" />
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="277" />
            <source>Export %1</source>
            <translation>Ekspor %1</translation>
        </message>
    </context>
    <context>
        <name>CountingPage</name>
        <message>
            <location filename="../../ui/pages/counting.py" line="113" />
            <source>Stock opname</source>
            <translation>Stock opname</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="115" />
            <source>New count</source>
            <translation>Stock opname baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="119" />
            <source>Bins, e.g. A-01, A-02</source>
            <translation>Rak, mis. A-01, A-02</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="122" />
            <source>Category (optional)</source>
            <translation>Kategori (opsional)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="124" />
            <source>Blind count</source>
            <translation>Hitung buta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="127" />
            <source>Start count</source>
            <translation>Mulai hitung</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="65" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="69" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="70" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="71" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="72" />
            <source>Books</source>
            <translation>Administrasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="73" />
            <source>Counted</source>
            <translation>Hasil hitung</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="77" />
            <source>Difference</source>
            <translation>Selisih</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="78" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="474" />
            <source>Print berita acara</source>
            <translation>Cetak berita acara</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="259" />
            <source>(blind)</source>
            <translation>(buta)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="67" />
            <source>count this line again (round %1)</source>
            <translation>hitung ulang baris ini (putaran %1)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="74" />
            <source>Counted by %1 (%2 entries). Double-click to type the count.</source>
            <translation>Dihitung oleh %1 (%2 catatan). Klik dua kali untuk mengetik hitungan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="120" />
            <source>Bins</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="123" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="125" />
            <source>Counters do not see what the books say</source>
            <translation>Petugas hitung tidak melihat angka administrasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="129" />
            <source>&amp;Bins:</source>
            <translation>&amp;Rak:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="139" />
            <source>&amp;Count:</source>
            <translation>&amp;Opname:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="142" />
            <source>Count</source>
            <translation>Opname</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="148" />
            <source>Variances only</source>
            <translation>Hanya selisih</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="149" />
            <source>Show the books and only the lines that differ</source>
            <translation>Tampilkan angka administrasi dan hanya baris yang berselisih</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="152" />
            <source>To recount</source>
            <translation>Hitung ulang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="153" />
            <source>Only the lines to count again in this round</source>
            <translation>Hanya baris yang dihitung ulang pada putaran ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="160" />
            <source>Scan a bin, then lot labels; a number + Enter = how many that scan was (F2)</source>
            <translation>Pindai rak, lalu label lot; angka + Enter = jumlah untuk pindaian itu (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="177" />
            <source>Count lines</source>
            <translation>Baris opname</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="164" />
            <source>&amp;Undo last scan</source>
            <translation>&amp;Batalkan pindaian terakhir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="165" />
            <source>Take back your last scan or typed count (Ctrl+Z)</source>
            <translation>Tarik kembali pindaian atau hitungan terakhir Anda (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="189" />
            <source>&amp;Recount variances</source>
            <translation>&amp;Hitung ulang selisih</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="190" />
            <source>Cancel count…</source>
            <translation>Batalkan opname…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="191" />
            <source>&amp;Print berita acara</source>
            <translation>&amp;Cetak berita acara</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="192" />
            <source>P&amp;ost count…</source>
            <translation>B&amp;ukukan opname…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="261" />
            <source>posted</source>
            <translation>dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="261" />
            <location filename="../../ui/pages/counting.py" line="296" />
            <source>cancelled</source>
            <translation>dibatalkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="286" />
            <source>No open count: start one above.</source>
            <translation>Tidak ada stock opname berjalan: mulai di atas.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="287" />
            <source>No open count.</source>
            <translation>Tidak ada stock opname berjalan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="289" />
            <source>%1, round %2: %3 lines</source>
            <translation>%1, putaran %2: %3 baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="292" />
            <source>(blind: the books are hidden)</source>
            <translation>(buta: jumlah administrasi disembunyikan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="294" />
            <source>posted with %1</source>
            <translation>dibukukan dengan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="295" />
            <source>posted: no variance</source>
            <translation>dibukukan: tanpa selisih</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="328" />
            <source>The count was not started.</source>
            <translation>Stock opname tidak dimulai.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="334" />
            <source>Count %1 started: scan a bin label.</source>
            <translation>Stock opname %1 dimulai: pindai label rak.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="351" />
            <source>Start or choose a count first.</source>
            <translation>Mulai atau pilih stock opname terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="360" />
            <source>Not counted.</source>
            <translation>Tidak dihitung.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="365" />
            <source>Bin %1: scan its lots.</source>
            <translation>Rak %1: pindai lot-lotnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="368" />
            <source>Type a number and Enter if that label stands for more.</source>
            <translation>Ketik angka lalu Enter bila label itu mewakili lebih dari satu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="374" />
            <source>%1 lot %2 in %3: +%6, counted %4 %5</source>
            <translation>%1 lot %2 di %3: +%6, terhitung %4 %5</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="448" />
            <source>Cancel count %1</source>
            <translation>Batalkan opname %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="449" />
            <source>Cancel stock count %1? Nothing is adjusted and its bins are free again; the count stays on record. Why?</source>
            <translation>Batalkan stock opname %1? Tidak ada penyesuaian dan raknya bebas kembali; opname tetap tercatat. Apa alasannya?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="452" />
            <source>Cancel count</source>
            <translation>Batalkan opname</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="454" />
            <source>Count %1 cancelled.</source>
            <translation>Opname %1 dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="378" />
            <source>(not expected in this bin)</source>
            <translation>(tidak tercatat di rak ini)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="406" />
            <source>%1 lot %2 in %3: counted %4 %5 (typed)</source>
            <translation>%1 lot %2 di %3: terhitung %4 %5 (diketik)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="428" />
            <source>Taken back: %1 lot %2 in %3, %4. Counted now %5 %6.</source>
            <translation>Ditarik kembali: %1 lot %2 di %3, %4. Terhitung sekarang %5 %6.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="437" />
            <source>No recount.</source>
            <translation>Tidak ada hitung ulang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="440" />
            <source>Round %1: count the marked lines again.</source>
            <translation>Putaran %1: hitung ulang baris yang ditandai.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="470" />
            <source>Count %1 posted; variances adjusted by %2.</source>
            <translation>Stock opname %1 diposting; selisih disesuaikan dengan %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="473" />
            <source>Count %1 posted: no variance.</source>
            <translation>Stock opname %1 diposting: tidak ada selisih.</translation>
        </message>
    </context>
    <context>
        <name>CreateItemDialog</name>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="372" />
            <source>New item</source>
            <translation>Barang baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="380" />
            <source>Tracked by lot</source>
            <translation>Dilacak per lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="382" />
            <source>Expiry date required</source>
            <translation>Tanggal kedaluwarsa wajib</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="393" />
            <source>Code (SKU)</source>
            <translation>Kode (SKU)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="394" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="395" />
            <source>Base unit</source>
            <translation>Satuan dasar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="396" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="397" />
            <source>GTIN / EAN</source>
            <translation>GTIN / EAN</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="398" />
            <source>Decimal places</source>
            <translation>Angka desimal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="403" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="404" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="101" />
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="124" />
            <source>lots expired</source>
            <translation>lot kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="125" />
            <source>lots expire within 30 days</source>
            <translation>lot kedaluwarsa ≤ 30 hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="126" />
            <source>lots expire within 60 days</source>
            <translation>lot kedaluwarsa ≤ 60 hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="127" />
            <source>lots expire within 90 days</source>
            <translation>lot kedaluwarsa ≤ 90 hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="128" />
            <source>items below minimum</source>
            <translation>barang di bawah minimum</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="129" />
            <source>dispatches today</source>
            <translation>pengiriman hari ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="133" />
            <source>Show these lots on the Stock page</source>
            <translation>Tampilkan lot ini di halaman Stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="143" />
            <source>Weight of the stock on hand per category</source>
            <translation>Berat stok yang ada per kategori</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="159" />
            <source>Stock by category (weight)</source>
            <translation>Stok per kategori (berat)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="160" />
            <source>Below minimum stock</source>
            <translation>Di bawah stok minimum</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="161" />
            <source>Today's dispatches</source>
            <translation>Pengiriman hari ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="162" />
            <source>Recent activity</source>
            <translation>Aktivitas terakhir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="224" />
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="239" />
            <source>%1 drafts waiting for approval</source>
            <translation>%1 draf menunggu persetujuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="240" />
            <source>%1 approved, to post</source>
            <translation>%1 disetujui, siap dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="241" />
            <source>%1 stock counts open</source>
            <translation>%1 stock opname berjalan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="250" />
            <source>Situation on %1</source>
            <translation>Keadaan per %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="259" />
            <source>(no category)</source>
            <translation>(tanpa kategori)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="261" />
            <source>%1 lots in bins</source>
            <translation>%1 lot di rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="264" />
            <source>No stock yet</source>
            <translation>Belum ada stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="267" />
            <source>%1 of %2 shown</source>
            <translation>%1 dari %2 ditampilkan</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPage</name>
        <message>
            <location filename="../../ui/pages/delivery.py" line="91" />
            <source>Delivery confirmation</source>
            <translation>Konfirmasi penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="93" />
            <source>Scan the QR code of the surat jalan, then the lot labels (F2)</source>
            <translation>Pindai kode QR surat jalan, lalu label lot (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="96" />
            <source>Choose a dispatch in the list or scan the QR code of its surat jalan.</source>
            <translation>Pilih pengiriman di daftar atau pindai kode QR surat jalannya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="109" />
            <source>In transit at &amp;least</source>
            <translation>Dalam perjalanan &amp;minimal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="112" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="116" />
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="227" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="228" />
            <source>Dispatched</source>
            <translation>Tanggal kirim</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="229" />
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="233" />
            <source>Lots</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="234" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="150" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="150" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="150" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="150" />
            <source>Shipped</source>
            <translation>Dikirim</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="150" />
            <source>Good</source>
            <translation>Baik</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="151" />
            <source>Damaged</source>
            <translation>Rusak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="151" />
            <source>Short</source>
            <translation>Kurang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="166" />
            <source>Delivery &amp;date</source>
            <translation>&amp;Tanggal terima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="169" />
            <source>Received &amp;by</source>
            <translation>&amp;Diterima oleh</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="172" />
            <source>name of who signed at the destination</source>
            <translation>nama yang menandatangani di tujuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="174" />
            <source>&amp;Confirm delivery</source>
            <translation>&amp;Konfirmasi penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="175" />
            <source>Post the BAST and close the transit (Ctrl+Enter)</source>
            <translation>Posting BAST dan tutup status dalam perjalanan (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="177" />
            <source>&amp;Print BAST…</source>
            <translation>&amp;Cetak BAST…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="225" />
            <source>In transit for a week or more: follow it up.</source>
            <translation>Sudah seminggu atau lebih dalam perjalanan: tindak lanjuti.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="249" />
            <source>In transit for at least %1 days: %2</source>
            <translation>Dalam perjalanan minimal %1 hari: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="251" />
            <source>In transit, not yet confirmed: %2</source>
            <translation>Dalam perjalanan, belum dikonfirmasi: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="290" />
            <source>Not a dispatch.</source>
            <translation>Bukan dokumen pengiriman.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="297" />
            <source>%1 is already confirmed by %2.</source>
            <translation>%1 sudah dikonfirmasi dengan %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="298" />
            <location filename="../../ui/pages/delivery.py" line="553" />
            <source>Print BAST…</source>
            <translation>Cetak BAST…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="300" />
            <source>%1 was cancelled by %2: there is nothing to confirm.</source>
            <translation>%1 dibatalkan dengan %2: tidak ada yang dikonfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="303" />
            <source>%1: the QR code does not match the dispatch lines.</source>
            <translation>%1: kode QR tidak cocok dengan baris pengiriman.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="306" />
            <source>%1 opened: %2 lots. Scan the lot labels or check the lines, then confirm.</source>
            <translation>%1 dibuka: %2 lot. Pindai label lot atau periksa baris, lalu konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="308" />
            <source>%1 opened from its QR code (lines match): %2 lots. Scan the lot labels or check the lines, then confirm.</source>
            <translation>%1 dibuka dari kode QR-nya (baris cocok): %2 lot. Pindai label lot atau periksa baris, lalu konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="338" />
            <source>No dispatch open.</source>
            <translation>Belum ada pengiriman yang dibuka.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="219" />
            <location filename="../../ui/pages/delivery.py" line="341" />
            <source>transfer to warehouse %1</source>
            <translation>mutasi ke gudang %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="231" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="232" />
            <source>Vehicle / driver</source>
            <translation>Kendaraan / sopir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="349" />
            <location filename="../../ui/pages/delivery.py" line="551" />
            <source>confirmed by %1</source>
            <translation>dikonfirmasi dengan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="351" />
            <source>cancelled by %1</source>
            <translation>dibatalkan dengan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="357" />
            <source>The QR code of this surat jalan does not match the lines of %1: the paper was changed or is of another version. Check every line against the goods before confirming.</source>
            <translation>Kode QR surat jalan ini tidak cocok dengan baris %1: kertasnya diubah atau dari versi lain. Periksa setiap baris dengan barangnya sebelum konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="412" />
            <source>good + damaged + short is %1, but %2 %3 were shipped</source>
            <translation>baik + rusak + kurang = %1, padahal dikirim %2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="426" />
            <source>checked</source>
            <translation>diperiksa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="442" />
            <location filename="../../ui/pages/delivery.py" line="444" />
            <source>Unknown code %1.</source>
            <translation>Kode %1 tidak dikenal.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="451" />
            <source>%1 is not a dispatch: scan the QR code of a surat jalan.</source>
            <translation>%1 bukan dokumen pengiriman: pindai kode QR surat jalan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="455" />
            <source>Lot %1 (%2) was not shipped on %3.</source>
            <translation>Lot %1 (%2) tidak dikirim dengan %3.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="460" />
            <location filename="../../ui/pages/delivery.py" line="519" />
            <source>Open a dispatch first: scan the QR code of its surat jalan.</source>
            <translation>Buka pengiriman dulu: pindai kode QR surat jalannya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="462" />
            <source>%1 is not a lot label of %2.</source>
            <translation>%1 bukan label lot dari %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="482" />
            <source>Lot %1 — %2: %3 %4 shipped.</source>
            <translation>Lot %1 — %2: dikirim %3 %4.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="485" />
            <source>(already checked)</source>
            <translation>(sudah diperiksa)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="487" />
            <source>All %1 lots checked: type damaged or short if any, then confirm.</source>
            <translation>Semua %1 lot sudah diperiksa: isi rusak atau kurang bila ada, lalu konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="490" />
            <source>Checked %1 of %2 lots.</source>
            <translation>Sudah diperiksa %1 dari %2 lot.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="503" />
            <source>Lot %1: %2</source>
            <translation>Lot %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="529" />
            <source>Confirm delivery</source>
            <translation>Konfirmasi penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="530" />
            <source>%1 of %2 lots were not scanned. Confirm the delivery anyway?</source>
            <translation>%1 dari %2 lot belum dipindai. Tetap konfirmasi penerimaan?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="536" />
            <source>Not confirmed: check the delivery date.</source>
            <translation>Tidak dikonfirmasi: periksa tanggal penerimaannya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="541" />
            <source>The delivery was not confirmed.</source>
            <translation>Penerimaan tidak dikonfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="552" />
            <source>Delivery of %1 confirmed: BAST %2.</source>
            <translation>Penerimaan %1 dikonfirmasi: BAST %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/delivery.py" line="565" />
            <location filename="../../ui/pages/delivery.py" line="580" />
            <source>The BAST could not be made.</source>
            <translation>BAST tidak dapat dibuat.</translation>
        </message>
    </context>
    <context>
        <name>DistributionReport</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="326" />
            <source>All events</source>
            <translation>Semua kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="327" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="329" />
            <source>by kecamatan</source>
            <translation>per kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="329" />
            <source>by desa</source>
            <translation>per desa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="330" />
            <source>by recipient</source>
            <translation>per penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="330" />
            <source>by item</source>
            <translation>per barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="331" />
            <source>by donor</source>
            <translation>per donatur</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="331" />
            <source>every dispatch (4W)</source>
            <translation>setiap pengiriman (4W)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="333" />
            <source>Grouping</source>
            <translation>Pengelompokan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="335" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="336" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="338" />
            <source>from</source>
            <translation>dari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="338" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="26" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="27" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="28" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="29" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="30" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="31" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="32" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="33" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="34" />
            <source>To</source>
            <translation>Ke</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="35" />
            <source>Remark</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="47" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="58" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="59" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="60" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="61" />
            <source>Partner</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="62" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="63" />
            <source>Reference</source>
            <translation>Referensi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="64" />
            <source>Destination</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="65" />
            <source>Vehicle / driver</source>
            <translation>Kendaraan / sopir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="66" />
            <source>Made by</source>
            <translation>Dibuat oleh</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="67" />
            <source>Approved by</source>
            <translation>Disetujui oleh</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="68" />
            <source>Posted by</source>
            <translation>Dibukukan oleh</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="69" />
            <source>Cancelled by</source>
            <translation>Dibatalkan dengan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="70" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="71" />
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="96" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/document_detail.py" line="98" />
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../ui/pages/documents.py" line="41" />
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="42" />
            <source>Every receipt, goods issue, transfer, count and cancellation. Open a document to see its lines; reprint, approve, post or cancel it here.</source>
            <translation>Semua penerimaan, pengeluaran, mutasi, stock opname dan pembatalan. Buka dokumen untuk melihat barisnya; cetak ulang, setujui, bukukan atau batalkan di sini.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="45" />
            <source>Number…</source>
            <translation>Nomor…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="46" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="50" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="51" />
            <source>All types</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="56" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="57" />
            <source>All states</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="61" />
            <location filename="../../ui/pages/documents.py" line="63" />
            <source>any date</source>
            <translation>semua tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="62" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="64" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="68" />
            <source>Any partner</source>
            <translation>Semua mitra</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="69" />
            <source>Partner</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="75" />
            <source>Clear filter</source>
            <translation>Hapus saringan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="77" />
            <source>&amp;Dated from</source>
            <translation>&amp;Tanggal dari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="77" />
            <source>t&amp;o</source>
            <translation>&amp;sampai</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="99" />
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="100" />
            <source>Continue draft</source>
            <translation>Lanjutkan draf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="101" />
            <source>Open the goods issue on the issuing page to change or pick it</source>
            <translation>Buka pengeluaran di halaman pengeluaran untuk mengubah atau mengambil barangnya</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="102" />
            <source>Approve</source>
            <translation>Setujui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="103" />
            <source>Post</source>
            <translation>Bukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="104" />
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="107" />
            <source>Cancel document…</source>
            <translation>Batalkan dokumen…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="108" />
            <source>Cancel a posted document with a reversal: its number stays, marked BATAL</source>
            <translation>Batalkan dokumen yang sudah dibukukan dengan dokumen pembatalan: nomornya tetap, bertanda BATAL</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="185" />
            <source>%1 documents</source>
            <translation>%1 dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="280" />
            <source>Goods issue #%1 approved: it can be posted now.</source>
            <translation>Pengeluaran #%1 disetujui: sekarang dapat dibukukan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="294" />
            <source>Goods issue posted: surat jalan %1.</source>
            <translation>Pengeluaran dibukukan: surat jalan %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="315" />
            <source>Cancel %1</source>
            <translation>Batalkan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="316" />
            <source>Cancel %1 (%2 of %3)? A cancellation document reverses its stock moves; the number stays on record, marked BATAL. Why is it cancelled?</source>
            <translation>Batalkan %1 (%2 tanggal %3)? Dokumen pembatalan membalik pergerakan stoknya; nomornya tetap tercatat, bertanda BATAL. Apa alasan pembatalannya?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="321" />
            <source>Cancel document</source>
            <translation>Batalkan dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="321" />
            <source>e.g. wrong recipient, entered twice</source>
            <translation>mis. penerima salah, tercatat dua kali</translation>
        </message>
        <message>
            <location filename="../../ui/pages/documents.py" line="328" />
            <source>%1 cancelled by %2.</source>
            <translation>%1 dibatalkan dengan %2.</translation>
        </message>
    </context>
    <context>
        <name>DonorReport</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="357" />
            <location filename="../../ui/pages/report_tabs.py" line="360" />
            <source>Donor</source>
            <translation>Donatur</translation>
        </message>
    </context>
    <context>
        <name>EditUserDialog</name>
        <message>
            <location filename="../../ui/dialogs/people.py" line="19" />
            <source>User %1</source>
            <translation>Pengguna %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="21" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="22" />
            <source>As printed under the signature</source>
            <translation>Sebagaimana dicetak di bawah tanda tangan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="23" />
            <source>Jabatan</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="24" />
            <source>e.g. Petugas Gudang, Kepala Seksi Logistik</source>
            <translation>mis. Petugas Gudang, Kepala Seksi Logistik</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="25" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="26" />
            <source>For civil servants; empty for volunteers</source>
            <translation>Untuk ASN; kosongkan untuk relawan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="31" />
            <source>The only active administrator keeps this role until another user is administrator.</source>
            <translation>Satu-satunya administrator aktif tetap memegang peran ini sampai ada pengguna lain yang menjadi administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="33" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <location filename="../../ui/dialogs/events.py" line="25" />
            <source>flood</source>
            <translation>banjir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="26" />
            <source>landslide</source>
            <translation>tanah longsor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="27" />
            <source>forest and land fire</source>
            <translation>kebakaran hutan dan lahan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="28" />
            <source>whirlwind</source>
            <translation>angin puting beliung</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="29" />
            <source>earthquake</source>
            <translation>gempa bumi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="30" />
            <source>drought</source>
            <translation>kekeringan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="31" />
            <source>fire</source>
            <translation>kebakaran</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="32" />
            <source>other</source>
            <translation>lainnya</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="38" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="39" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="40" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="41" />
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="42" />
            <source>End</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="47" />
            <source>closed</source>
            <translation>ditutup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="47" />
            <source>open</source>
            <translation>berjalan</translation>
        </message>
    </context>
    <context>
        <name>EventsDialog</name>
        <message>
            <location filename="../../ui/dialogs/events.py" line="192" />
            <source>Disaster events</source>
            <translation>Kejadian bencana</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="202" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="../../ui/pages/events.py" line="16" />
            <source>Disaster events</source>
            <translation>Kejadian bencana</translation>
        </message>
        <message>
            <location filename="../../ui/pages/events.py" line="17" />
            <source>Receipts and goods issues are tagged with the event they serve, so reports account per event. Close an event when its emergency period is over.</source>
            <translation>Penerimaan dan pengeluaran ditandai dengan kejadian yang dilayani, agar laporan dapat dipertanggungjawabkan per kejadian. Tutup kejadian bila masa tanggap daruratnya berakhir.</translation>
        </message>
    </context>
    <context>
        <name>EventsPanel</name>
        <message>
            <location filename="../../ui/dialogs/events.py" line="59" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="62" />
            <source>Disaster events</source>
            <translation>Kejadian bencana</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="71" />
            <source>End date</source>
            <translation>Tanggal selesai</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="72" />
            <source>Close event on</source>
            <translation>Tutup kejadian pada</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="73" />
            <source>The emergency is over: the event ends on this date and is no longer offered for new documents</source>
            <translation>Masa darurat selesai: kejadian berakhir pada tanggal ini dan tidak lagi ditawarkan untuk dokumen baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="87" />
            <source>New event</source>
            <translation>Kejadian baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="90" />
            <source>e.g. BJR-KPR-2026-12</source>
            <translation>mis. BJR-KPR-2026-12</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="92" />
            <source>e.g. Banjir Kampar Desember 2026</source>
            <translation>mis. Banjir Kampar Desember 2026</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="101" />
            <source>Ended on</source>
            <translation>Berakhir pada</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="113" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="113" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="113" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="114" />
            <source>Area</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="117" />
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="119" />
            <source>Add event</source>
            <translation>Tambah kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/events.py" line="139" />
            <source>%1 events, %2 open</source>
            <translation>%1 kejadian, %2 berjalan</translation>
        </message>
    </context>
    <context>
        <name>ExpiringReport</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="190" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="191" />
            <source>Days ahead</source>
            <translation>Hari ke depan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="192" />
            <source>Expiring within</source>
            <translation>Kedaluwarsa dalam</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="193" />
            <source>Expired lots are included.</source>
            <translation>Lot yang sudah kedaluwarsa ikut ditampilkan.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <location filename="../../ui/widgets/feedback.py" line="161" />
            <source>Ready to scan.</source>
            <translation>Siap memindai.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/feedback.py" line="166" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/feedback.py" line="166" />
            <source>UNKNOWN</source>
            <translation>TIDAK DIKENAL</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/feedback.py" line="166" />
            <source>WRONG</source>
            <translation>SALAH</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/feedback.py" line="167" />
            <source>WARNING</source>
            <translation>PERINGATAN</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <location filename="../../ui/dialogs/base.py" line="51" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/base.py" line="52" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../ui/operations.py" line="74" />
            <source>quantity</source>
            <translation>jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="74" />
            <source>lot</source>
            <translation>lot</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="75" />
            <source>bin</source>
            <translation>rak</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="75" />
            <source>from bin</source>
            <translation>rak asal</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="76" />
            <source>to bin</source>
            <translation>rak tujuan</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="76" />
            <source>reason</source>
            <translation>alasan</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="77" />
            <source>date</source>
            <translation>tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="77" />
            <source>item</source>
            <translation>barang</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="78" />
            <source>from date</source>
            <translation>tanggal awal</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="78" />
            <source>to date</source>
            <translation>tanggal akhir</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="79" />
            <source>partner</source>
            <translation>mitra</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="79" />
            <source>code</source>
            <translation>kode</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="80" />
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="80" />
            <source>warehouse</source>
            <translation>gudang</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="81" />
            <source>password</source>
            <translation>kata sandi</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="../../ui/first_start.py" line="46" />
            <source>Gudang — first start</source>
            <translation>Gudang — mulai pertama</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="51" />
            <source>Welcome to Gudang</source>
            <translation>Selamat datang di Gudang</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="53" />
            <source>This database is empty. Enter the agency's details for the letterhead of waybills and reports, and create the first administrator.</source>
            <translation>Basis data ini masih kosong. Isi data instansi untuk kop surat jalan dan laporan, lalu buat administrator pertama.</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="61" />
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="74" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="79" />
            <source>as documents print it</source>
            <translation>seperti tercetak di dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="82" />
            <source>at least %1 characters</source>
            <translation>minimal %1 karakter</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="85" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="85" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="86" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="86" />
            <source>Repeat password</source>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="89" />
            <source>The administrator adds the other users and their roles under Settings.</source>
            <translation>Administrator menambahkan pengguna lain beserta perannya di Pengaturan.</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="96" />
            <source>Also make a separate training database and open it</source>
            <translation>Buat juga basis data latihan tersendiri lalu buka</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="97" />
            <source>Training database</source>
            <translation>Basis data latihan</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="98" />
            <source>Demo data of the Banjir Kampar scenario: items, partners, bins and four months of receipts and dispatches. It never goes into this database: the training database is the file %1, shown with an orange bar; its practice users kepala, petugas and tamu have the password latihan123.</source>
            <translation>Data contoh skenario Banjir Kampar: barang, mitra, rak, dan empat bulan penerimaan dan pengiriman. Data ini tidak pernah masuk ke basis data ini: basis data latihan adalah berkas %1, ditandai dengan bilah jingga; pengguna latihannya kepala, petugas dan tamu memakai kata sandi latihan123.</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="114" />
            <source>Create and start</source>
            <translation>Buat dan mulai</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="115" />
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="132" />
            <source>Enter a user name for the administrator.</source>
            <translation>Isi nama pengguna untuk administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/first_start.py" line="134" />
            <source>The passwords differ.</source>
            <translation>Kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>ImportItemsDialog</name>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="34" />
            <location filename="../../ui/dialogs/import_items.py" line="62" />
            <source>Import items</source>
            <translation>Impor barang</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="37" />
            <source>A CSV or Excel (XLSX) file with a header row. Columns: %1. Numbers may have a decimal comma (0,9) or point (0.9); write thousands without a separator (1500). Every row must be right, or nothing is imported.</source>
            <translation>Berkas CSV atau Excel (XLSX) dengan baris judul. Kolom: %1. Angka boleh memakai koma desimal (0,9) atau titik (0.9); tulis ribuan tanpa pemisah (1500). Semua baris harus benar; bila tidak, tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="48" />
            <source>Problems</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="52" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="53" />
            <source>Choose file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="63" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Lembar kerja (*.csv *.xlsx);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="70" />
            <source>Reading %1…</source>
            <translation>Membaca %1…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="73" />
            <source>Importing %1…</source>
            <translation>Mengimpor %1…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="80" />
            <source>%1 items imported from %2.</source>
            <translation>%1 barang diimpor dari %2.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="85" />
            <source>Nothing was imported: %1 rows of %2 have problems. Fix them and import the file again.</source>
            <translation>Tidak ada yang diimpor: %1 baris di %2 bermasalah. Perbaiki lalu impor berkas itu lagi.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_items.py" line="90" />
            <source>Nothing was imported: %1</source>
            <translation>Tidak ada yang diimpor: %1</translation>
        </message>
    </context>
    <context>
        <name>IssueLinesModel</name>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="494" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="494" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="494" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="494" />
            <source>Qty</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="494" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="495" />
            <source>Requested lot</source>
            <translation>Lot diminta</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="495" />
            <source>Reason (non-FEFO)</source>
            <translation>Alasan (bukan FEFO)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="524" />
            <source>FEFO</source>
            <translation>FEFO</translation>
        </message>
    </context>
    <context>
        <name>IssuingPage</name>
        <message>
            <location filename="../../ui/pages/issuing.py" line="79" />
            <source>Recipient: code, name or kecamatan</source>
            <translation>Penerima: kode, nama atau kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="86" />
            <source>posko / desa / kecamatan</source>
            <translation>posko / desa / kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="87" />
            <source>(no event)</source>
            <translation>(tanpa kejadian)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="91" />
            <source>request letter no.</source>
            <translation>no. surat permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="94" />
            <source>Truck</source>
            <translation>Truk</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="94" />
            <source>Pick-up</source>
            <translation>Pikap</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="94" />
            <source>Boat</source>
            <translation>Perahu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="95" />
            <source>Motorcycle</source>
            <translation>Sepeda motor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="95" />
            <source>Helicopter</source>
            <translation>Helikopter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="95" />
            <source>On foot</source>
            <translation>Jalan kaki</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="98" />
            <source>Rented</source>
            <translation>Sewa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="99" />
            <source>Recipient's own</source>
            <translation>Milik penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="102" />
            <source>e.g. BM 8123 KA</source>
            <translation>mis. BM 8123 KA</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="114" />
            <source>&amp;Recipient</source>
            <translation>&amp;Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="114" />
            <source>Destinati&amp;on</source>
            <translation>T&amp;ujuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="115" />
            <source>E&amp;vent</source>
            <translation>&amp;Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="115" />
            <source>Da&amp;te</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="116" />
            <source>Request re&amp;ference</source>
            <translation>No. surat per&amp;mintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="116" />
            <source>Transport &amp;mode</source>
            <translation>&amp;Moda angkutan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="117" />
            <source>C&amp;arrier</source>
            <translation>Peng&amp;angkut</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="118" />
            <source>Vehicle p&amp;late</source>
            <translation>No. &amp;polisi kendaraan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="118" />
            <source>Dri&amp;ver</source>
            <translation>Pe&amp;ngemudi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="119" />
            <source>Driver's p&amp;hone</source>
            <translation>Tele&amp;pon pengemudi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="137" />
            <source>&amp;Add</source>
            <translation>&amp;Tambah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="140" />
            <source>&amp;Item</source>
            <translation>&amp;Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="144" />
            <source>&amp;Qty</source>
            <translation>&amp;Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="175" />
            <source>Lines</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="191" />
            <source>Remove line</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="193" />
            <source>&amp;New issue</source>
            <translation>Pengeluaran &amp;baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="198" />
            <source>Appro&amp;ve</source>
            <translation>Set&amp;ujui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="195" />
            <source>&amp;Save draft</source>
            <translation>&amp;Simpan draf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="130" />
            <source>Add an item: type words of its code or name</source>
            <translation>Tambah barang: ketik kata dari kode atau namanya</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="133" />
            <source>A number (1.500 or 2,5), or with a pack unit: 5 dus</source>
            <translation>Angka (1.500 atau 2,5), atau dengan satuan kemasan: 5 dus</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="196" />
            <source>Save the draft and show the FEFO proposal (Ctrl+S)</source>
            <translation>Simpan draf dan tampilkan usulan FEFO (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="200" />
            <source>&amp;Post</source>
            <translation>&amp;Bukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="201" />
            <source>Post the approved goods issue and print its surat jalan (Ctrl+Enter)</source>
            <translation>Bukukan pengeluaran yang disetujui dan cetak surat jalannya (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="205" />
            <source>Surat &amp;jalan…</source>
            <translation>Surat &amp;jalan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="214" />
            <source>Issuing goods</source>
            <translation>Pengeluaran barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="290" />
            <source>in stock %1 %2</source>
            <translation>stok %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="291" />
            <source>none in stock</source>
            <translation>stok kosong</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="301" />
            <source>Kec. %1</source>
            <translation>Kec. %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="313" />
            <source>Kecamatan %1</source>
            <translation>Kecamatan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="315" />
            <source>Desa %1</source>
            <translation>Desa %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="317" />
            <source>people served: %1</source>
            <translation>jiwa dilayani: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="321" />
            <source>for request %1</source>
            <translation>untuk permintaan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="345" />
            <source>Approval needs the head of warehouse.</source>
            <translation>Persetujuan memerlukan kepala gudang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="348" />
            <source>New goods issue</source>
            <translation>Pengeluaran baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="349" />
            <source>Draft #%1</source>
            <translation>Draf #%1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="350" />
            <source>Approved #%1 — ready to post</source>
            <translation>Disetujui #%1 — siap dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="351" />
            <source>Posted: %1</source>
            <translation>Dibukukan: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="353" />
            <source>not saved</source>
            <translation>belum disimpan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="357" />
            <source>FEFO proposal — picking: %1 of %2 confirmed</source>
            <translation>Usulan FEFO — pengambilan: %1 dari %2 dikonfirmasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="360" />
            <source>FEFO proposal: save the draft (Ctrl+S) to see which lots to pick</source>
            <translation>Usulan FEFO: simpan draf (Ctrl+S) untuk melihat lot yang harus diambil</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="376" />
            <source>This goods issue is %1: its lines are fixed. Start a new one (Ctrl+N).</source>
            <translation>Pengeluaran ini sudah %1: barisnya tidak dapat diubah. Mulai yang baru (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="394" />
            <source>Line %1: %2 — %3 %4</source>
            <translation>Baris %1: %2 — %3 %4</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="403" />
            <source>new</source>
            <translation>baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="403" />
            <source>a draft</source>
            <translation>draf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="403" />
            <source>approved</source>
            <translation>disetujui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="404" />
            <source>posted</source>
            <translation>dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="410" />
            <source>Choose an item from the list.</source>
            <translation>Pilih barang dari daftar.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="423" />
            <source>%1 has no unit %2: use %3.</source>
            <translation>%1 tidak memiliki satuan %2: gunakan %3.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="453" />
            <source>Unreadable GS1 barcode %1: %2</source>
            <translation>Barcode GS1 %1 tidak terbaca: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="461" />
            <source>Unknown code %1.</source>
            <translation>Kode %1 tidak dikenal.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="468" />
            <source>Unknown code %1: not in the catalogue.</source>
            <translation>Kode %1 tidak dikenal: tidak ada di katalog.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="473" />
            <source>Bin %1: scan the lot labels of the goods you take from it.</source>
            <translation>Rak %1: pindai label lot barang yang Anda ambil dari rak ini.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="476" />
            <source>%1 is a document number, not goods.</source>
            <translation>%1 adalah nomor dokumen, bukan barang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="481" />
            <source>Lot %1 scanned, but there is no proposal yet: save the draft (Ctrl+S) first.</source>
            <translation>Lot %1 dipindai, tetapi belum ada usulan: simpan draf (Ctrl+S) dulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="488" />
            <source>Lot %1 is already confirmed.</source>
            <translation>Lot %1 sudah dikonfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="495" />
            <source>Line %1: lot %2 from bin %3 confirmed (%4 of %5).</source>
            <translation>Baris %1: lot %2 dari rak %3 dikonfirmasi (%4 dari %5).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="502" />
            <source>Lot %1 is %2, which is not on this goods issue.</source>
            <translation>Lot %1 adalah %2, yang tidak ada dalam pengeluaran ini.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="511" />
            <source>Wrong lot %1 (exp. %2). Take the FEFO lot %3 from bin %4 (exp. %5).</source>
            <translation>Lot salah %1 (kedaluwarsa %2). Ambil lot FEFO %3 dari rak %4 (kedaluwarsa %5).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="522" />
            <source>To take %1 instead, give the reason:</source>
            <translation>Untuk mengambil %1 sebagai gantinya, tulis alasannya:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="523" />
            <source>Take this lot</source>
            <translation>Ambil lot ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="531" />
            <source>a reason is required</source>
            <translation>alasan wajib diisi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="549" />
            <source>Line %1 now takes lot %2 (reason: %3).</source>
            <translation>Baris %1 sekarang mengambil lot %2 (alasan: %3).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="557" />
            <source>Choose the recipient first.</source>
            <translation>Pilih penerima terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="559" />
            <source>There are no lines: scan or add the goods first.</source>
            <translation>Belum ada baris: pindai atau tambahkan barangnya dulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="604" />
            <source>Not saved: check the date.</source>
            <translation>Tidak disimpan: periksa tanggalnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="617" />
            <source>The draft was not saved.</source>
            <translation>Draf tidak disimpan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="626" />
            <source>Draft #%1 saved: scan the lot labels to pick.</source>
            <translation>Draf #%1 disimpan: pindai label lot untuk mengambil barang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="649" />
            <source>Save the draft first (Ctrl+S).</source>
            <translation>Simpan draf terlebih dahulu (Ctrl+S).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="653" />
            <source>Not approved.</source>
            <translation>Tidak disetujui.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="657" />
            <source>Goods issue #%1 approved.</source>
            <translation>Pengeluaran #%1 disetujui.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="662" />
            <source>Only an approved goods issue can be posted.</source>
            <translation>Hanya pengeluaran yang sudah disetujui yang dapat dibukukan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="664" />
            <source>vehicle plate</source>
            <translation>nomor polisi kendaraan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="664" />
            <source>driver</source>
            <translation>pengemudi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="667" />
            <source>Dispatch without %1</source>
            <translation>Pengiriman tanpa %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="668" />
            <source>The surat jalan will have no %1. The driver signs it and the recipient checks the vehicle against it. Post anyway?</source>
            <translation>Surat jalan tidak akan memuat %1. Pengemudi menandatanganinya dan penerima mencocokkan kendaraan dengannya. Tetap bukukan?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="669" />
            <source> and </source>
            <translation> dan </translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="670" />
            <source>Not posted: the goods issue is still approved; post it when the vehicle is known (start a new one to change it).</source>
            <translation>Tidak dibukukan: pengeluaran tetap berstatus disetujui; bukukan setelah kendaraan diketahui (buat pengeluaran baru untuk mengubahnya).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="676" />
            <source>Not posted.</source>
            <translation>Tidak dibukukan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="680" />
            <source>Goods issue posted: surat jalan %1.</source>
            <translation>Pengeluaran dibukukan: surat jalan %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="697" />
            <source>The surat jalan could not be made.</source>
            <translation>Surat jalan tidak dapat dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="707" />
            <source>Goods issue not saved</source>
            <translation>Pengeluaran belum disimpan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="708" />
            <source>The goods issue on the Issuing page has changes that are not saved as a draft. They are kept (also if the computer stops) until you save or discard them. %1</source>
            <translation>Pengeluaran di halaman Pengeluaran memiliki perubahan yang belum disimpan sebagai draf. Perubahan itu tetap disimpan (juga jika komputer mati) sampai Anda menyimpan atau membuangnya. %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="714" />
            <source>Discard the goods issue?</source>
            <translation>Buang pengeluaran ini?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="715" />
            <source>Discard the changes to this goods issue? They are not saved as a draft.</source>
            <translation>Buang perubahan pengeluaran ini? Perubahan itu belum disimpan sebagai draf.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="729" />
            <source>New goods issue: choose the recipient, then scan or add the goods.</source>
            <translation>Pengeluaran baru: pilih penerima, lalu pindai atau tambahkan barangnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="787" />
            <source>Could not keep the goods issue on disk: %1</source>
            <translation>Pengeluaran tidak dapat disimpan di disk: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="801" />
            <source>Unsaved goods issue found</source>
            <translation>Ada pengeluaran yang belum disimpan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="802" />
            <source>A goods issue with %1 lines was being prepared on %2 and was not saved (the program was closed or the computer stopped). Restore it?</source>
            <translation>Pengeluaran dengan %1 baris sedang disiapkan pada %2 dan belum disimpan (program ditutup atau komputer mati). Pulihkan?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="808" />
            <source>Goods issue restored: %1 lines. Save the draft (Ctrl+S).</source>
            <translation>Pengeluaran dipulihkan: %1 baris. Simpan drafnya (Ctrl+S).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/issuing.py" line="870" />
            <source>Request %1: %2 lines with what is still outstanding. Check the quantities, then save the draft (Ctrl+S).</source>
            <translation>Permintaan %1: %2 baris berisi yang masih kurang. Periksa jumlahnya, lalu simpan draf (Ctrl+S).</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="44" />
            <source>write pack units as unit=number, e.g. dus=40</source>
            <translation>tulis satuan kemasan sebagai satuan=angka, mis. dus=40</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="54" />
            <source>Edit item %1</source>
            <translation>Ubah barang %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="54" />
            <source>New item</source>
            <translation>Barang baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="57" />
            <source>SKU (code)</source>
            <translation>SKU (kode)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="57" />
            <source>Fixed once created</source>
            <translation>Tidak dapat diubah setelah dibuat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="58" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="62" />
            <source>Base unit</source>
            <translation>Satuan dasar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="62" />
            <source>Stock is counted in this unit; fixed once created</source>
            <translation>Stok dihitung dalam satuan ini; tidak dapat diubah setelah dibuat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="66" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="67" />
            <source>GTIN / EAN barcode</source>
            <translation>Barkode GTIN / EAN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="68" />
            <source>Tracked by lot (supplier's lot code required)</source>
            <translation>Dilacak per lot (kode lot pemasok wajib)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="69" />
            <source>Expiry date required</source>
            <translation>Tanggal kedaluwarsa wajib</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="73" />
            <source>0 — whole units only</source>
            <translation>0 — hanya satuan utuh</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="74" />
            <source>1 decimal place</source>
            <translation>1 angka desimal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="74" />
            <source>2 decimal places</source>
            <translation>2 angka desimal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="75" />
            <source>3 decimal places</source>
            <translation>3 angka desimal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="77" />
            <source>Quantities</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="78" />
            <source>Counted packages take whole units; weighed or measured goods (kg, liter) take decimals. A quantity with more decimals is refused, never rounded.</source>
            <translation>Barang kemasan dihitung dalam satuan utuh; barang yang ditimbang atau ditakar (kg, liter) boleh desimal. Jumlah dengan desimal lebih banyak ditolak, tidak pernah dibulatkan.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="80" />
            <source>Minimum stock</source>
            <translation>Stok minimum</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="80" />
            <source>In the base unit; 0 = no minimum</source>
            <translation>Dalam satuan dasar; 0 = tanpa minimum</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="81" />
            <source>Weight per unit (kg)</source>
            <translation>Berat per satuan (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="82" />
            <source>Volume per unit (m³)</source>
            <translation>Volume per satuan (m³)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="83" />
            <source>Pack units</source>
            <translation>Satuan kemasan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="84" />
            <source>e.g. dus=40, pak=10: how many base units one pack holds</source>
            <translation>mis. dus=40, pak=10: berapa satuan dasar dalam satu kemasan</translation>
        </message>
    </context>
    <context>
        <name>LineDelegate</name>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="436" />
            <source>dd/mm/yyyy</source>
            <translation>hh/bb/tttt</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="142" />
            <source>New location</source>
            <translation>Lokasi baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="143" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="143" />
            <source>e.g. A-01-02: row, rack, level</source>
            <translation>mis. A-01-02: lorong, rak, tingkat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="144" />
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="148" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/masterdata.py" line="152" />
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
    </context>
    <context>
        <name>LocationsPage</name>
        <message>
            <location filename="../../ui/pages/locations.py" line="25" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="26" />
            <location filename="../../ui/pages/locations.py" line="71" />
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="27" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="28" />
            <location filename="../../ui/pages/locations.py" line="56" />
            <source>Bins</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="37" />
            <source>Warehouses &amp; bins</source>
            <translation>Gudang &amp; rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="37" />
            <source>Print a bin label to scan when putting goods away or counting.</source>
            <translation>Cetak label rak untuk dipindai saat menyimpan barang atau menghitung stok.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="43" />
            <location filename="../../ui/pages/locations.py" line="51" />
            <source>Warehouses</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="47" />
            <source>New warehouse…</source>
            <translation>Gudang baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="58" />
            <source>Search code or description…</source>
            <translation>Cari kode atau keterangan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="61" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="62" />
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="67" />
            <source>New location…</source>
            <translation>Lokasi baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="72" />
            <source>All warehouses</source>
            <translation>Semua gudang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/locations.py" line="99" />
            <source>%1 bins</source>
            <translation>%1 rak</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="30" />
            <source>Gudang — sign in</source>
            <translation>Gudang — masuk</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="35" />
            <source>Gudang Logistik</source>
            <translation>Gudang Logistik</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="46" />
            <location filename="../../ui/login.py" line="50" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="49" />
            <location filename="../../ui/login.py" line="51" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="59" />
            <source>Database: %1</source>
            <translation>Basis data: %1</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="66" />
            <source>Sign in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="67" />
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
    </context>
    <context>
        <name>LotTraceDialog</name>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="21" />
            <source>Trace of lot %1</source>
            <translation>Lacak lot %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="38" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="39" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="40" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="40" />
            <source>no expiry</source>
            <translation>tanpa kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="41" />
            <source>Donor</source>
            <translation>Donatur</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="42" />
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="43" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="44" />
            <source>On hand now</source>
            <translation>Stok saat ini</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="46" />
            <source>Issued to</source>
            <translation>Dikeluarkan kepada</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="53" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="55" />
            <source>Print lot label…</source>
            <translation>Cetak label lot…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lot_trace.py" line="70" />
            <source>Label %1</source>
            <translation>Label %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>Gudang — disaster relief logistics</source>
            <translation>Gudang — logistik penanggulangan bencana</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="167" />
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>Receiving</source>
            <translation>Penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <source>Issuing</source>
            <translation>Pengeluaran</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="172" />
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>Items</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="183" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="185" />
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="371" />
            <source>Leave the page?</source>
            <translation>Tinggalkan halaman ini?</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="388" />
            <source>Close Gudang anyway?</source>
            <translation>Tetap tutup Gudang?</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <source>Stock opname</source>
            <translation>Stock opname</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="157" />
            <source>TRAINING — %1</source>
            <translation>LATIHAN — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="170" />
            <source>Confirm delivery</source>
            <translation>Konfirmasi</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="171" />
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="174" />
            <source>Transfers</source>
            <translation>Mutasi</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <source>Quarantine</source>
            <translation>Karantina</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="177" />
            <source>Requests</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="178" />
            <source>Allocation</source>
            <translation>Alokasi</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="181" />
            <source>Warehouses &amp; bins</source>
            <translation>Gudang &amp; rak</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>Disaster events</source>
            <translation>Kejadian bencana</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="184" />
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>TRAINING DATABASE — practice data, not the real ledger: %1</source>
            <translation>BASIS DATA LATIHAN — data latihan, bukan pembukuan yang sebenarnya: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="201" />
            <source>Training database</source>
            <translation>Basis data latihan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="214" />
            <source>Gudang</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="216" />
            <source>Relief logistics warehouse</source>
            <translation>Gudang logistik bantuan</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="224" />
            <source>Pages</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="258" />
            <source>User: %1</source>
            <translation>Pengguna: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="264" />
            <source>Change my password…</source>
            <translation>Ganti kata sandi saya…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="265" />
            <source>Switch user…</source>
            <translation>Ganti pengguna…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="266" />
            <source>Log out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="268" />
            <source>Role: %1</source>
            <translation>Peran: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="273" />
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
            <location filename="../../ui/pages/catalogue.py" line="90" />
            <source>Deactivate</source>
            <translation>Nonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="51" />
            <source>Print label</source>
            <translation>Cetak label</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="70" />
            <source>Read only: your role may not change master data.</source>
            <translation>Hanya baca: peran Anda tidak boleh mengubah data induk.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="90" />
            <source>Activate</source>
            <translation>Aktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="149" />
            <source>Label %1</source>
            <translation>Label %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/catalogue.py" line="157" />
            <source>Preparing %1…</source>
            <translation>Menyiapkan %1…</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/widgets/message.py" line="32" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/message.py" line="32" />
            <source>Not done</source>
            <translation>Tidak dilakukan</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations.py" line="194" />
            <source>Working…</source>
            <translation>Sedang diproses…</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="195" />
            <source>Please wait</source>
            <translation>Mohon tunggu</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="244" />
            <source>Not possible</source>
            <translation>Tidak dapat dilakukan</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="247" />
            <source>Unexpected error (a bug): %1</source>
            <translation>Kesalahan tak terduga (bug): %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="250" />
            <source>Program error</source>
            <translation>Kesalahan program</translation>
        </message>
    </context>
    <context>
        <name>OwnPasswordDialog</name>
        <message>
            <location filename="../../ui/dialogs/users.py" line="65" />
            <source>Change my password</source>
            <translation>Ganti kata sandi saya</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="66" />
            <source>Current password</source>
            <translation>Kata sandi sekarang</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="67" />
            <source>New password</source>
            <translation>Kata sandi baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="68" />
            <source>Repeat new password</source>
            <translation>Ulangi kata sandi baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="72" />
            <source>Change password</source>
            <translation>Ganti kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="78" />
            <source>The passwords differ.</source>
            <translation>Kata sandi tidak sama.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="85" />
            <source>This is not your current password.</source>
            <translation>Ini bukan kata sandi Anda sekarang.</translation>
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
            <location filename="../../ui/pdf_preview.py" line="59" />
            <source>The document could not be shown.</source>
            <translation>Dokumen tidak dapat ditampilkan.</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="61" />
            <source>Pages: %1</source>
            <translation>Halaman: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="62" />
            <source>&amp;Print…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="64" />
            <source>&amp;Save as…</source>
            <translation>&amp;Simpan sebagai…</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="66" />
            <source>&amp;Open in PDF viewer</source>
            <translation>&amp;Buka di penampil PDF</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="67" />
            <source>Fit &amp;width</source>
            <translation>Sesuaikan &amp;lebar</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="68" />
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="123" />
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="123" />
            <source>The printer could not be started.</source>
            <translation>Printer tidak dapat dijalankan.</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="145" />
            <location filename="../../ui/pdf_preview.py" line="155" />
            <source>Save PDF</source>
            <translation>Simpan PDF</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="145" />
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="156" />
            <source>Could not save %1: %2</source>
            <translation>Tidak dapat menyimpan %1: %2</translation>
        </message>
    </context>
    <context>
        <name>PositionReport</name>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="377" />
            <location filename="../../ui/pages/report_tabs.py" line="379" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="378" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_tabs.py" line="379" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
    </context>
    <context>
        <name>PostCountDialog</name>
        <message>
            <location filename="../../ui/pages/counting.py" line="513" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="513" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="513" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="513" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="514" />
            <source>Books</source>
            <translation>Administrasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="514" />
            <source>Counted</source>
            <translation>Hasil hitung</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="514" />
            <source>Difference</source>
            <translation>Selisih</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="515" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="522" />
            <source>Reason for lines &amp;without their own:</source>
            <translation>Alasan untuk baris &amp;tanpa alasan sendiri:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="524" />
            <source>e.g. selisih hitung, rusak, hilang</source>
            <translation>mis. selisih hitung, rusak, hilang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="525" />
            <source>Reason for lines without their own</source>
            <translation>Alasan untuk baris tanpa alasan sendiri</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="534" />
            <location filename="../../ui/pages/counting.py" line="578" />
            <source>Post adjustment</source>
            <translation>Bukukan penyesuaian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="536" />
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="551" />
            <source>Post stock count %1</source>
            <translation>Bukukan stock opname %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="565" />
            <source>Reason for %1 in %2</source>
            <translation>Alasan untuk %1 di %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="573" />
            <source>%1 of %2 lines differ from the books: %3 units short, %4 found. Posting writes one adjustment document (PNY) that brings the books to what was counted. Give a reason for each line.</source>
            <translation>%1 dari %2 baris berbeda dengan administrasi: kurang %3 satuan, lebih %4. Pembukuan membuat satu dokumen penyesuaian (PNY) yang menyamakan administrasi dengan hasil hitung. Isi alasan setiap baris.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="580" />
            <source>Every line agrees with the books: posting closes the count without an adjustment.</source>
            <translation>Semua baris sesuai administrasi: pembukuan menutup opname tanpa penyesuaian.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/counting.py" line="581" />
            <source>Close count</source>
            <translation>Tutup opname</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../ui/printing.py" line="50" />
            <source>Surat jalan %1</source>
            <translation>Surat jalan %1</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="51" />
            <source>Berita acara penerimaan %1</source>
            <translation>Berita acara penerimaan %1</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="52" />
            <source>BAST %1</source>
            <translation>BAST %1</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="53" />
            <source>Berita acara stock opname %1</source>
            <translation>Berita acara stock opname %1</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="54" />
            <source>Berita acara penghapusan %1</source>
            <translation>Berita acara penghapusan %1</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="55" />
            <source>Cancellation %1</source>
            <translation>Pembatalan %1</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="63" />
            <source>Surat jalan, 3 copies</source>
            <translation>Surat jalan, 3 rangkap</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="91" />
            <source>Not printed</source>
            <translation>Tidak dicetak</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="105" />
            <source>Preparing %1…</source>
            <translation>Menyiapkan %1…</translation>
        </message>
    </context>
    <context>
        <name>ProposalModel</name>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="612" />
            <source>Line</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="612" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="612" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="612" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="612" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="613" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="613" />
            <source>Days left</source>
            <translation>Sisa hari</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="613" />
            <source>Qty</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="613" />
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="614" />
            <source>Picked</source>
            <translation>Diambil</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="629" />
            <source>Requested lot</source>
            <translation>Lot diminta</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="631" />
            <source>FEFO: earliest expiry</source>
            <translation>FEFO: kedaluwarsa paling awal</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="644" />
            <source>picked</source>
            <translation>diambil</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="646" />
            <source>wrong lot %1</source>
            <translation>lot salah %1</translation>
        </message>
    </context>
    <context>
        <name>QuarantinePage</name>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="41" />
            <location filename="../../ui/pages/quarantine.py" line="68" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="42" />
            <location filename="../../ui/pages/quarantine.py" line="69" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="43" />
            <location filename="../../ui/pages/quarantine.py" line="70" />
            <location filename="../../ui/pages/quarantine.py" line="102" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="44" />
            <location filename="../../ui/pages/quarantine.py" line="71" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="47" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="48" />
            <location filename="../../ui/pages/quarantine.py" line="72" />
            <location filename="../../ui/pages/quarantine.py" line="191" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="49" />
            <location filename="../../ui/pages/quarantine.py" line="73" />
            <location filename="../../ui/pages/quarantine.py" line="194" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="50" />
            <location filename="../../ui/pages/quarantine.py" line="74" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="86" />
            <source>Quarantine &amp; write-off</source>
            <translation>Karantina &amp; penghapusan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="89" />
            <source>Quarantine, release, recall</source>
            <translation>Karantina, lepas, tarik</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="90" />
            <source>Write-off</source>
            <translation>Penghapusan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="99" />
            <source>Scan or type a lot label (F2)</source>
            <translation>Pindai atau ketik label lot (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="105" />
            <source>No lot chosen: scan its label, or pick one in the list below.</source>
            <translation>Belum ada lot: pindai labelnya, atau pilih di daftar bawah.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="108" />
            <source>&amp;Reason</source>
            <translation>&amp;Alasan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="110" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="111" />
            <source>e.g. kemasan rusak, penarikan dari pabrik</source>
            <translation>mis. kemasan rusak, penarikan dari pabrik</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="113" />
            <source>&amp;Quarantine</source>
            <translation>&amp;Karantina</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="114" />
            <source>Hold the lot: never issued, its stock moved to the quarantine area</source>
            <translation>Tahan lot: tidak dikeluarkan, stoknya dipindah ke area karantina</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="115" />
            <source>Re&amp;call</source>
            <translation>&amp;Tarik kembali</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="116" />
            <source>Quarantine the lot everywhere and list who received it</source>
            <translation>Karantina lot di semua tempat dan tampilkan siapa saja yang menerimanya</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="121" />
            <source>Release &amp;to</source>
            <translation>Lepas &amp;ke</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="123" />
            <source>Release to</source>
            <translation>Lepas ke</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="125" />
            <source>Re&amp;lease</source>
            <translation>&amp;Lepas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="126" />
            <source>Available again (head of warehouse)</source>
            <translation>Tersedia kembali (kepala gudang)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="138" />
            <location filename="../../ui/pages/quarantine.py" line="159" />
            <source>Held and expired lots</source>
            <translation>Lot ditahan dan kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="150" />
            <source>Choose lot</source>
            <translation>Pilih lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="151" />
            <source>Add to write-off</source>
            <translation>Tambah ke penghapusan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="152" />
            <source>Write off all of this lot in this bin (on the Write-off tab)</source>
            <translation>Hapus seluruh lot ini di rak ini (di tab Penghapusan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="162" />
            <location filename="../../ui/pages/quarantine.py" line="164" />
            <source>Who received the lot</source>
            <translation>Siapa yang menerima lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="179" />
            <source>Goods that are expired, damaged or lost leave the stock with a berita acara penghapusan. Add lines from the list on the first tab, or scan a lot here.</source>
            <translation>Barang kedaluwarsa, rusak atau hilang dikeluarkan dari stok dengan berita acara penghapusan. Tambah baris dari daftar di tab pertama, atau pindai lot di sini.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="182" />
            <source>Only the head of warehouse posts a write-off; you can prepare the list.</source>
            <translation>Hanya kepala gudang yang membukukan penghapusan; Anda dapat menyiapkan daftarnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="188" />
            <location filename="../../ui/pages/quarantine.py" line="189" />
            <source>Lot label</source>
            <translation>Label lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="193" />
            <source>how many</source>
            <translation>berapa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="195" />
            <source>&amp;Add line</source>
            <translation>&amp;Tambah baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="206" />
            <source>Write-off lines</source>
            <translation>Baris penghapusan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="215" />
            <source>e.g. kedaluwarsa, rusak terendam banjir</source>
            <translation>mis. kedaluwarsa, rusak terendam banjir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="217" />
            <source>e.g. dibakar, ditimbun</source>
            <translation>mis. dibakar, ditimbun</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="219" />
            <source>letter number</source>
            <translation>nomor surat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="220" />
            <source>&amp;Date</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="221" />
            <source>Rea&amp;son</source>
            <translation>A&amp;lasan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="222" />
            <source>&amp;Method of disposal</source>
            <translation>Cara &amp;pemusnahan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="223" />
            <source>Approval &amp;letter (SK)</source>
            <translation>Surat &amp;persetujuan (SK)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="234" />
            <source>&amp;Remove line</source>
            <translation>&amp;Hapus baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="235" />
            <source>&amp;Post write-off</source>
            <translation>&amp;Bukukan penghapusan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="262" />
            <source>%1 lines held or expired</source>
            <translation>%1 baris ditahan atau kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="265" />
            <source>where it came from</source>
            <translation>tempat asalnya</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="299" />
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="300" />
            <source>no expiry</source>
            <translation>tanpa kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="302" />
            <source>&lt;b&gt;%1 — %2&lt;/b&gt;, lot %3 (%4). Expiry %5. Donor %6. Status: &lt;b&gt;%7&lt;/b&gt;. On hand: %8.</source>
            <translation>&lt;b&gt;%1 — %2&lt;/b&gt;, lot %3 (%4). Kedaluwarsa %5. Donatur %6. Status: &lt;b&gt;%7&lt;/b&gt;. Stok: %8.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="307" />
            <source>Who received the lot (%1)</source>
            <translation>Siapa yang menerima lot (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="325" />
            <source>Lot %1 is in quarantine (%2). %3</source>
            <translation>Lot %1 dikarantina (%2). %3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="326" />
            <source>nothing on hand to move</source>
            <translation>tidak ada stok yang dipindah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="341" />
            <source>Lot %1 recalled: held everywhere. %2 deliveries went to recipients: call them (list below).</source>
            <translation>Lot %1 ditarik: ditahan di semua tempat. %2 pengiriman sampai ke penerima: hubungi mereka (daftar di bawah).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="358" />
            <source>Lot %1 is available again. %2</source>
            <translation>Lot %1 tersedia kembali. %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="378" />
            <source>Lot %1 in %2 is already on the write-off.</source>
            <translation>Lot %1 di %2 sudah ada di penghapusan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="383" />
            <source>%1 %2 of lot %3 in %4 added to the write-off.</source>
            <translation>%1 %2 lot %3 di %4 ditambahkan ke penghapusan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="394" />
            <source>Lot %1: nothing on hand.</source>
            <translation>Lot %1: tidak ada stok.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="412" />
            <source>Quantity: %1</source>
            <translation>Jumlah: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="415" />
            <source>Quantity: %1 holds %2 %3 of this lot.</source>
            <translation>Jumlah: %1 berisi %2 %3 dari lot ini.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="442" />
            <source>Not posted: check the date.</source>
            <translation>Tidak dibukukan: periksa tanggalnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/quarantine.py" line="455" />
            <source>Write-off %1 posted: %2 lines left the stock.</source>
            <translation>Penghapusan %1 dibukukan: %2 baris keluar dari stok.</translation>
        </message>
    </context>
    <context>
        <name>RationDialog</name>
        <message>
            <location filename="../../ui/pages/requests.py" line="539" />
            <source>Ration standards</source>
            <translation>Standar jatah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="542" />
            <source>Used by “Lines from rations” when a request is entered: people x days x the standard per person per day, plus households x the standard per household. Rice: 0,25 kg per person per day (Peraturan Badan Pangan Nasional 30/2023); family and hygiene kits: 1 per household.</source>
            <translation>Dipakai oleh “Baris dari standar jatah” saat mencatat permintaan: jiwa x hari x standar per jiwa per hari, ditambah KK x standar per KK. Beras: 0,25 kg per jiwa per hari (Peraturan Badan Pangan Nasional 30/2023); family kit dan hygiene kit: 1 per KK.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="550" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="550" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="551" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="552" />
            <location filename="../../ui/pages/requests.py" line="565" />
            <source>Per person per day</source>
            <translation>Per jiwa per hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="553" />
            <location filename="../../ui/pages/requests.py" line="568" />
            <source>Per household</source>
            <translation>Per KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="557" />
            <source>Item: type code or name</source>
            <translation>Barang: ketik kode atau nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="564" />
            <source>per person per day</source>
            <translation>per jiwa per hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="567" />
            <source>per household</source>
            <translation>per KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="572" />
            <source>Save standard</source>
            <translation>Simpan standar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="584" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="625" />
            <source>The usual standard for this item is filled in; press Save standard to keep it.</source>
            <translation>Standar yang lazim untuk barang ini sudah diisi; tekan Simpan standar untuk memakainya.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/widgets/forms.py" line="82" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/forms.py" line="95" />
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
    </context>
    <context>
        <name>ReceiptLinesModel</name>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="266" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="266" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="266" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="266" />
            <source>Qty</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="266" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="267" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="267" />
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="267" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="267" />
            <source>Condition</source>
            <translation>Kondisi</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="268" />
            <source>Remark</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="269" />
            <source>good</source>
            <translation>baik</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="269" />
            <source>damaged</source>
            <translation>rusak</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="310" />
            <source>At most 500 characters.</source>
            <translation>Paling banyak 500 karakter.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="299" />
            <source>Not a date: use dd/mm/yyyy.</source>
            <translation>Bukan tanggal: gunakan hh/bb/tttt.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="305" />
            <source>Unknown bin.</source>
            <translation>Rak tidak dikenal.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="328" />
            <source>required</source>
            <translation>wajib diisi</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="332" />
            <source>(default)</source>
            <translation>(bawaan)</translation>
        </message>
    </context>
    <context>
        <name>ReceivingPage</name>
        <message>
            <location filename="../../ui/pages/receiving.py" line="64" />
            <source>Donor: code or name</source>
            <translation>Donatur: kode atau nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="65" />
            <source>(no event)</source>
            <translation>(tanpa kejadian)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="68" />
            <source>sender's waybill no.</source>
            <translation>no. surat jalan pengirim</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="71" />
            <source>e.g. BM 1234 XY</source>
            <translation>mis. BM 1234 XY</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="75" />
            <source>name of the person delivering</source>
            <translation>nama orang yang mengantar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="78" />
            <source>&amp;Donor</source>
            <translation>&amp;Donatur</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="78" />
            <source>E&amp;vent</source>
            <translation>&amp;Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="78" />
            <source>Da&amp;te</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="79" />
            <source>Sender's &amp;reference</source>
            <translation>No. surat &amp;pengirim</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="79" />
            <source>Vehicle p&amp;late</source>
            <translation>No. &amp;polisi kendaraan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="80" />
            <source>Deli&amp;verer</source>
            <translation>Pen&amp;gantar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="111" />
            <source>&amp;Remove line</source>
            <translation>&amp;Hapus baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="112" />
            <source>Remove the selected lines (Delete)</source>
            <translation>Hapus baris yang dipilih (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="114" />
            <source>&amp;New receipt</source>
            <translation>Penerimaan &amp;baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="145" />
            <source>Label stock</source>
            <translation>Jenis kertas label</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="146" />
            <source>Print lot &amp;labels…</source>
            <translation>Cetak &amp;label lot…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="148" />
            <source>Print &amp;berita acara penerimaan…</source>
            <translation>Cetak &amp;berita acara penerimaan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="157" />
            <source>Receiving goods</source>
            <translation>Penerimaan barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="283" />
            <source>Lines: %1</source>
            <translation>Baris: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="285" />
            <source>problems to fix: %1</source>
            <translation>masalah yang harus diperbaiki: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="517" />
            <source>(and %1 more)</source>
            <translation>(dan %1 lainnya)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="568" />
            <source>Receipt %1 posted, lots created: %2.</source>
            <translation>Penerimaan %1 dibukukan, lot dibuat: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="302" />
            <source>Unreadable GS1 barcode %1: %2</source>
            <translation>Barcode GS1 %1 tidak terbaca: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="118" />
            <source>Remar&amp;k…</source>
            <translation>&amp;Keterangan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="119" />
            <source>Remark of the selected line</source>
            <translation>Keterangan baris yang dipilih</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="123" />
            <source>&amp;Post receipt</source>
            <translation>&amp;Bukukan penerimaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="124" />
            <source>Post the receipt (Ctrl+Enter)</source>
            <translation>Bukukan penerimaan (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="223" />
            <source>Scan the goods first, then type their remark.</source>
            <translation>Pindai barangnya dulu, lalu ketik keterangannya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="238" />
            <location filename="../../ui/pages/receiving.py" line="240" />
            <source>Remark</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="238" />
            <source>Remark of line %1 (%2), e.g. a torn sack:</source>
            <translation>Keterangan baris %1 (%2), mis. karung sobek:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="239" />
            <source>Keep</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="324" />
            <source>%1 is the label of lot %2 (%3), already received. Scan the item's own barcode.</source>
            <translation>%1 adalah label lot %2 (%3) yang sudah diterima. Pindai barcode barangnya sendiri.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="329" />
            <source>%1 is a document number, not goods.</source>
            <translation>%1 adalah nomor dokumen, bukan barang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="337" />
            <source>Unknown code %1: not in the catalogue.</source>
            <translation>Kode %1 tidak dikenal: tidak ada di katalog.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="338" />
            <source>Create item…</source>
            <translation>Buat barang…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="345" />
            <source>Item %1 created.</source>
            <translation>Barang %1 dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="352" />
            <source>%1 is deactivated and cannot be received.</source>
            <translation>%1 dinonaktifkan dan tidak dapat diterima.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="368" />
            <source>added</source>
            <translation>ditambahkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="372" />
            <source>now</source>
            <translation>sekarang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="378" />
            <source>lot %1</source>
            <translation>lot %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="380" />
            <source>exp. %1</source>
            <translation>kedaluwarsa %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="381" />
            <source>Line %1: %2 — %3 %4</source>
            <translation>Baris %1: %2 — %3 %4</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="385" />
            <source>this lot has already expired (%1): check the goods before receiving them</source>
            <translation>lot ini sudah kedaluwarsa (%1): periksa barangnya sebelum diterima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="394" />
            <source>%1 is not a bin goods can be put in.</source>
            <translation>%1 bukan rak untuk menyimpan barang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="397" />
            <source>Bin %1 scanned: scan the goods first, then their bin.</source>
            <translation>Rak %1 dipindai: pindai barangnya dulu, lalu raknya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="403" />
            <source>Bin %1 set for line %2.</source>
            <translation>Rak %1 ditetapkan untuk baris %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="420" />
            <source>Receipt not posted</source>
            <translation>Penerimaan belum dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="421" />
            <source>The receipt on the Receiving page has %1 lines that are not posted yet. They are kept (also if the computer stops) until you post or discard them. %2</source>
            <translation>Penerimaan di halaman Penerimaan memiliki %1 baris yang belum dibukukan. Baris itu tetap disimpan (juga jika komputer mati) sampai Anda membukukan atau membuangnya. %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="427" />
            <source>Discard the receipt?</source>
            <translation>Buang penerimaan ini?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="428" />
            <source>Discard the %1 scanned lines of this receipt? They have not been posted.</source>
            <translation>Buang %1 baris hasil pindai penerimaan ini? Baris itu belum dibukukan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="437" />
            <source>New receipt: choose the donor, then scan the goods.</source>
            <translation>Penerimaan baru: pilih donatur, lalu pindai barangnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="456" />
            <source>Could not keep the receipt on disk: %1</source>
            <translation>Penerimaan tidak dapat disimpan di disk: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="471" />
            <source>Unposted receipt found</source>
            <translation>Ada penerimaan yang belum dibukukan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="472" />
            <source>A receipt with %1 lines was being scanned on %2 and was not posted (the program was closed or the computer stopped). Restore it?</source>
            <translation>Penerimaan dengan %1 baris sedang dipindai pada %2 dan belum dibukukan (program ditutup atau komputer mati). Pulihkan?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="478" />
            <source>Receipt restored: %1 lines. Check them, then post.</source>
            <translation>Penerimaan dipulihkan: %1 baris. Periksa, lalu bukukan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="511" />
            <source>Choose the donor first.</source>
            <translation>Pilih donatur terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="513" />
            <source>There are no lines: scan the goods first.</source>
            <translation>Belum ada baris: pindai barangnya terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="536" />
            <source>Not posted: check the date.</source>
            <translation>Tidak dibukukan: periksa tanggalnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="541" />
            <source>Same reference as an earlier receipt</source>
            <translation>Nomor surat sama dengan penerimaan sebelumnya</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="542" />
            <source>Receipt %1 from this donor already has the reference %2. Is this a different delivery? Post it anyway?</source>
            <translation>Penerimaan %1 dari donatur ini sudah memakai nomor surat %2. Apakah ini kiriman yang berbeda? Tetap bukukan?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="544" />
            <source>Not posted: receipt %1 already has this reference.</source>
            <translation>Tidak dibukukan: penerimaan %1 sudah memakai nomor surat ini.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="560" />
            <source>The receipt was not posted.</source>
            <translation>Penerimaan tidak dibukukan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="571" />
            <source>Print the labels and the berita acara:</source>
            <translation>Cetak label dan berita acara:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="594" />
            <source>The document could not be made.</source>
            <translation>Dokumen tidak dapat dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="582" />
            <source>The labels could not be made.</source>
            <translation>Label tidak dapat dibuat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/receiving.py" line="603" />
            <source>Lot labels of %1</source>
            <translation>Label lot %1</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="88" />
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="91" />
            <source>Export CSV…</source>
            <translation>Ekspor CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="110" />
            <source>%1 rows</source>
            <translation>%1 baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="126" />
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="152" />
            <source>Export CSV</source>
            <translation>Ekspor CSV</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="153" />
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="156" />
            <source>%1 rows exported to %2</source>
            <translation>%1 baris diekspor ke %2</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="271" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="271" />
            <source>Choose a report, press Show, then export it (CSV, XLSX or PDF) if needed.</source>
            <translation>Pilih laporan, tekan Tampilkan, lalu ekspor (CSV, XLSX atau PDF) bila perlu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="278" />
            <source>Stock on hand</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="279" />
            <source>Expiring</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="280" />
            <source>Stock card</source>
            <translation>Kartu stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="281" />
            <source>Lot trace</source>
            <translation>Lacak lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="288" />
            <source>4W</source>
            <translation>4W</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="289" />
            <source>Distribution: who delivered what, where and when</source>
            <translation>Distribusi: siapa menyalurkan apa, di mana dan kapan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="290" />
            <source>Donor</source>
            <translation>Donatur</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="291" />
            <source>Position</source>
            <translation>Posisi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="292" />
            <source>Charts</source>
            <translation>Grafik</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <location filename="../../ui/pages/requests.py" line="338" />
            <source>New request</source>
            <translation>Permintaan baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="343" />
            <source>code, name or kecamatan</source>
            <translation>kode, nama atau kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="348" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="354" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="359" />
            <location filename="../../ui/pages/requests.py" line="369" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="364" />
            <location filename="../../ui/pages/requests.py" line="367" />
            <source>Priority</source>
            <translation>Prioritas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="371" />
            <source>Request letter no.</source>
            <translation>No. surat permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="376" />
            <source>People (jiwa)</source>
            <translation>Jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="377" />
            <source>Households (KK)</source>
            <translation>KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="387" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="388" />
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="389" />
            <source>Lines from rations</source>
            <translation>Baris dari standar jatah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="390" />
            <source>Add a line for every item with a ration standard: people x days, and one per household for kits</source>
            <translation>Tambahkan baris untuk setiap barang yang memiliki standar jatah: jiwa x hari, dan satu per KK untuk paket (kit)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="395" />
            <source>People</source>
            <translation>Jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="399" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="399" />
            <location filename="../../ui/pages/requests.py" line="413" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="399" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="406" />
            <source>Add an item: type code or name</source>
            <translation>Tambah barang: ketik kode atau nama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="414" />
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="415" />
            <source>Remove line</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="426" />
            <source>Lines</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="427" />
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="468" />
            <source>Choose an item from the list.</source>
            <translation>Pilih barang dari daftar.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="497" />
            <source>No item has a ration standard for these figures (see Ration standards… on the Requests page).</source>
            <translation>Tidak ada barang dengan standar jatah untuk angka ini (lihat Standar jatah… di halaman Permintaan).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="512" />
            <source>line %1</source>
            <translation>baris %1</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <location filename="../../ui/pages/requests.py" line="47" />
            <source>1 — most urgent</source>
            <translation>1 — sangat mendesak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="48" />
            <source>2 — urgent</source>
            <translation>2 — mendesak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="49" />
            <source>3 — normal</source>
            <translation>3 — biasa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="54" />
            <source>new</source>
            <translation>baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="55" />
            <source>partly issued</source>
            <translation>sebagian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="56" />
            <source>complete</source>
            <translation>lengkap</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="57" />
            <source>closed</source>
            <translation>ditutup</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="66" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="67" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="68" />
            <source>Prio.</source>
            <translation>Prio.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="72" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="75" />
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="78" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="81" />
            <source>% issued</source>
            <translation>% keluar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="83" />
            <source>%1 lines; %2 people</source>
            <translation>%1 baris; %2 jiwa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="92" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="93" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="94" />
            <source>Asked</source>
            <translation>Diminta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="95" />
            <source>Issued</source>
            <translation>Dikeluarkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="96" />
            <source>In drafts</source>
            <translation>Dalam draf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="97" />
            <source>Outstanding</source>
            <translation>Sisa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="99" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="111" />
            <source>Requests</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="112" />
            <source>What posko and villages ask for, with the people behind it; what they have received and what is still outstanding.</source>
            <translation>Apa yang diminta posko dan desa, dengan jumlah jiwanya; apa yang sudah diterima dan apa yang masih kurang.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="116" />
            <location filename="../../ui/pages/requests.py" line="128" />
            <source>Event</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="117" />
            <source>Open only</source>
            <translation>Hanya yang terbuka</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="121" />
            <source>Search number, recipient, kecamatan…</source>
            <translation>Cari nomor, penerima, kecamatan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="123" />
            <source>Ration standards…</source>
            <translation>Standar jatah…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="124" />
            <source>New request…</source>
            <translation>Permintaan baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="148" />
            <source>Issue from request</source>
            <translation>Keluarkan untuk permintaan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="150" />
            <source>Open the Issuing page with what this request still lacks</source>
            <translation>Buka halaman Pengeluaran dengan barang yang masih kurang untuk permintaan ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="152" />
            <source>Close request…</source>
            <translation>Tutup permintaan…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="194" />
            <source>All events</source>
            <translation>Semua kejadian</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="214" />
            <source>%1 requests, %2 waiting for goods</source>
            <translation>%1 permintaan, %2 menunggu barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="248" />
            <source>Select a request to see its lines</source>
            <translation>Pilih permintaan untuk melihat barisnya</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="261" />
            <source>Priority %1</source>
            <translation>Prioritas %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="263" />
            <source>letter %1</source>
            <translation>surat %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="265" />
            <source>%1 people, %2 households</source>
            <translation>%1 jiwa, %2 KK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="267" />
            <source>Desa %1</source>
            <translation>Desa %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="268" />
            <source>Kec. %1</source>
            <translation>Kec. %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="275" />
            <source>issued by %1</source>
            <translation>dikeluarkan dengan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="277" />
            <source>drafts %1</source>
            <translation>draf %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="282" />
            <source>Closed: %1</source>
            <translation>Ditutup: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="293" />
            <source>Request %1 entered.</source>
            <translation>Permintaan %1 dicatat.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="300" />
            <source>Note:</source>
            <translation>Perhatian:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="317" />
            <source>Close request %1</source>
            <translation>Tutup permintaan %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="318" />
            <source>Why is it closed? (e.g. fulfilled by another agency, the posko was moved)</source>
            <translation>Mengapa ditutup? (mis. sudah dipenuhi lembaga lain, posko dipindahkan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/requests.py" line="326" />
            <source>Request %1 closed.</source>
            <translation>Permintaan %1 ditutup.</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../ui/dialogs/people.py" line="66" />
            <source>New password for %1</source>
            <translation>Kata sandi baru untuk %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="68" />
            <source>New password</source>
            <translation>Kata sandi baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="69" />
            <source>Repeat new password</source>
            <translation>Ulangi kata sandi baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="73" />
            <source>Set password</source>
            <translation>Tetapkan kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/people.py" line="78" />
            <source>The passwords differ.</source>
            <translation>Kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>ScanCommon</name>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="124" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="126" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="167" />
            <source>Date in the past</source>
            <translation>Tanggal mundur</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="168" />
            <source>This document is dated %1, more than %2 days ago. If that is right, give the reason (it is recorded and printed on the document):</source>
            <translation>Dokumen ini bertanggal %1, lebih dari %2 hari yang lalu. Jika benar, isi alasannya (dicatat dan dicetak pada dokumen):</translation>
        </message>
        <message>
            <location filename="../../ui/pages/scan_common.py" line="172" />
            <source>e.g. entered late after a power cut</source>
            <translation>mis. terlambat diinput karena listrik padam</translation>
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
            <location filename="../../ui/pages/settings.py" line="56" />
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="73" />
            <source>This workstation</source>
            <translation>Komputer ini</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="79" />
            <location filename="../../ui/pages/settings.py" line="84" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="82" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="88" />
            <source>Database</source>
            <translation>Basis data</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="89" />
            <source>Open a database file…</source>
            <translation>Buka berkas basis data…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="90" />
            <source>A Gudang SQLite file on this PC or a shared folder</source>
            <translation>Berkas SQLite Gudang di komputer ini atau folder bersama</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="94" />
            <location filename="../../ui/pages/settings.py" line="98" />
            <source>PostgreSQL server</source>
            <translation>Server PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="95" />
            <source>Connect</source>
            <translation>Sambungkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="100" />
            <location filename="../../ui/pages/settings.py" line="116" />
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="101" />
            <source>The system's default printer</source>
            <translation>Printer bawaan sistem</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="120" />
            <location filename="../../ui/pages/settings.py" line="127" />
            <source>Label template</source>
            <translation>Templat label</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="128" />
            <source>Kept on this PC only (%1); other workstations keep their own.</source>
            <translation>Disimpan di komputer ini saja (%1); komputer lain menyimpan pilihannya sendiri.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="136" />
            <source>Agency (letterhead and signatures), for every workstation</source>
            <translation>Instansi (kop surat dan tanda tangan), untuk semua komputer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="141" />
            <source>Document number pattern</source>
            <translation>Pola nomor dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="142" />
            <source>Warn of repeated dispatches within (days)</source>
            <translation>Peringatkan pengiriman berulang dalam (hari)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="148" />
            <source>Pattern fields: {seq:03d} number, {code} document code (SJ, BAP, …), {agency} agency code, {month:roman} month, {year} year.</source>
            <translation>Isian pola: {seq:03d} nomor urut, {code} kode dokumen (SJ, BAP, …), {agency} kode instansi, {month:roman} bulan, {year} tahun.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="153" />
            <source>Save settings</source>
            <translation>Simpan pengaturan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="163" />
            <source>Backup</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="165" />
            <source>Back up now</source>
            <translation>Cadangkan sekarang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="185" />
            <source>Check the database</source>
            <translation>Periksa basis data</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="285" />
            <source>%1: the database is sound. %2 documents, %3 moves, %4 balances and %5 audit entries checked in %6 s.</source>
            <translation>%1: basis data sehat. %2 dokumen, %3 pergerakan, %4 saldo dan %5 catatan audit diperiksa dalam %6 detik.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="292" />
            <source>%1 found problems in the database. Ask your administrator:</source>
            <translation>%1 menemukan masalah dalam basis data. Hubungi administrator Anda:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="295" />
            <source>… and %1 more (`gudang verify` lists them all)</source>
            <translation>… dan %1 lagi (`gudang verify` menampilkan semuanya)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="175" />
            <source>The PostgreSQL server is backed up by its administrator (pg_dump).</source>
            <translation>Server PostgreSQL dicadangkan oleh administratornya (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="178" />
            <source>Copies go to %1</source>
            <translation>Salinan disimpan di %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="188" />
            <source>The quick check recomputes every balance, document number and the audit chain, and finds rows changed outside Gudang (with SQL or a database browser); it takes seconds. The full check also recomputes the fingerprint of every row, which finds even edits made with the database's safeguards switched off; on a year of a busy warehouse it takes longer.</source>
            <translation>Periksa cepat menghitung ulang setiap saldo, nomor dokumen dan rantai audit, serta menemukan baris yang diubah di luar Gudang (dengan SQL atau aplikasi pengolah basis data); hanya beberapa detik. Periksa menyeluruh juga menghitung ulang digest (sidik) setiap baris, sehingga menemukan perubahan yang dibuat dengan pengaman basis data dimatikan; untuk data setahun gudang yang sibuk, waktunya lebih lama.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="194" />
            <location filename="../../ui/pages/settings.py" line="274" />
            <source>Quick check</source>
            <translation>Periksa cepat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="195" />
            <source>gudang verify --quick</source>
            <translation>gudang verify --quick</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="197" />
            <location filename="../../ui/pages/settings.py" line="274" />
            <source>Full check</source>
            <translation>Periksa menyeluruh</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="198" />
            <source>gudang verify</source>
            <translation>gudang verify</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="245" />
            <source>Open a database file</source>
            <translation>Buka berkas basis data</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="246" />
            <source>Gudang databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Basis data Gudang (*.sqlite3 *.sqlite *.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="258" />
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="269" />
            <source>Checking the database…</source>
            <translation>Memeriksa basis data…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="304" />
            <source>Backup saved: %1</source>
            <translation>Cadangan tersimpan: %1</translation>
        </message>
    </context>
    <context>
        <name>StockCardDialog</name>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="22" />
            <location filename="../../ui/dialogs/stock_card.py" line="71" />
            <source>Stock card %1</source>
            <translation>Kartu stok %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="32" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="34" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="35" />
            <source>Opening balance</source>
            <translation>Saldo awal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="36" />
            <source>Balance now</source>
            <translation>Saldo sekarang</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="44" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="45" />
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="46" />
            <source>The kartu stok as PDF, to print or save</source>
            <translation>Kartu stok sebagai PDF, untuk dicetak atau disimpan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/stock_card.py" line="79" />
            <source>Preparing %1…</source>
            <translation>Menyiapkan %1…</translation>
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
            <location filename="../../ui/pages/stock.py" line="72" />
            <source>Stock card</source>
            <translation>Kartu stok</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="73" />
            <source>The ledger of the selected item with its running balance</source>
            <translation>Buku besar barang terpilih dengan saldo berjalan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="74" />
            <source>Trace lot</source>
            <translation>Lacak lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="75" />
            <source>Where the selected lot came from and where it went</source>
            <translation>Asal lot terpilih dan ke mana saja lot itu pergi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="122" />
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stock.py" line="131" />
            <source>%1 rows</source>
            <translation>%1 baris</translation>
        </message>
    </context>
    <context>
        <name>StockReport</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="166" />
            <source>Bin (all if empty)</source>
            <translation>Rak (semua bila kosong)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="167" />
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
    </context>
    <context>
        <name>TraceReport</name>
        <message>
            <location filename="../../ui/pages/reports.py" line="247" />
            <source>Lot barcode or code</source>
            <translation>Barkode atau kode lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="248" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" line="259" />
            <source>%1 — %2 · lot %3 · expiry %4 · donor %5 · received %6 (%7) · on hand %8</source>
            <translation>%1 — %2 · lot %3 · kedaluwarsa %4 · donatur %5 · diterima %6 (%7) · stok %8</translation>
        </message>
    </context>
    <context>
        <name>TransfersPage</name>
        <message>
            <location filename="../../ui/pages/transfers.py" line="49" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="50" />
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="51" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="52" />
            <location filename="../../ui/pages/transfers.py" line="83" />
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="53" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="54" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="55" />
            <source>To</source>
            <translation>Ke</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="68" />
            <source>Transfers</source>
            <translation>Mutasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="71" />
            <source>Scan a lot label, then the bin it goes to (F2)</source>
            <translation>Pindai label lot, lalu rak tujuannya (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="75" />
            <source>Line</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="78" />
            <source>No lot chosen: scan or type a lot label above.</source>
            <translation>Belum ada lot: pindai atau ketik label lot di atas.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="81" />
            <source>From bin</source>
            <translation>Rak asal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="87" />
            <source>To bin</source>
            <translation>Rak tujuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="88" />
            <source>bin code</source>
            <translation>kode rak</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="92" />
            <source>&amp;Add line</source>
            <translation>&amp;Tambah baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="95" />
            <source>&amp;From bin</source>
            <translation>Rak &amp;asal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="95" />
            <source>&amp;Quantity</source>
            <translation>&amp;Jumlah</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="96" />
            <source>&amp;To bin</source>
            <translation>Rak &amp;tujuan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="115" />
            <source>Transfer lines</source>
            <translation>Baris mutasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="129" />
            <source>&amp;Date</source>
            <translation>&amp;Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="129" />
            <source>Re&amp;ference</source>
            <translation>Re&amp;ferensi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="130" />
            <source>&amp;Vehicle plate</source>
            <translation>&amp;Nomor polisi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="130" />
            <source>Dri&amp;ver</source>
            <translation>Pe&amp;ngemudi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="131" />
            <source>Driver's &amp;phone</source>
            <translation>&amp;Telepon pengemudi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="131" />
            <source>&amp;Notes</source>
            <translation>&amp;Catatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="147" />
            <source>&amp;Remove line</source>
            <translation>&amp;Hapus baris</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="148" />
            <source>New transfer</source>
            <translation>Mutasi baru</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="149" />
            <source>&amp;Post transfer</source>
            <translation>&amp;Bukukan mutasi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="215" />
            <source>Lot %1 has nothing on hand to move.</source>
            <translation>Lot %1 tidak memiliki stok untuk dipindahkan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="221" />
            <source>%1 — %2, lot %3 (%4)</source>
            <translation>%1 — %2, lot %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="225" />
            <source>%1: %2 %3</source>
            <translation>%1: %2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="250" />
            <source>Scan or type a lot label first.</source>
            <translation>Pindai atau ketik label lot terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="257" />
            <source>Quantity: %1</source>
            <translation>Jumlah: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="263" />
            <source>Quantity: %1 holds %2 %3 of this lot (%4 already on this transfer).</source>
            <translation>Jumlah: %1 berisi %2 %3 dari lot ini (%4 sudah ada di mutasi ini).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="270" />
            <source>To bin: choose a bin of a warehouse (%1 is not one).</source>
            <translation>Rak tujuan: pilih rak gudang (%1 bukan rak).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="271" />
            <source>To bin: choose where the goods go.</source>
            <translation>Rak tujuan: pilih ke mana barang dipindahkan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="276" />
            <source>To bin: the goods are already in %1.</source>
            <translation>Rak tujuan: barang sudah berada di %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="280" />
            <source>%1 %2 of %3: %4 → %5</source>
            <translation>%1 %2 %3: %4 → %5</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="285" />
            <source>Next lot: scan or type its label above.</source>
            <translation>Lot berikutnya: pindai atau ketik labelnya di atas.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="311" />
            <source>Within a warehouse the goods move at once; to another warehouse they travel with a surat jalan.</source>
            <translation>Di dalam satu gudang barang langsung berpindah; ke gudang lain barang dikirim dengan surat jalan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="314" />
            <source>To warehouse %1: the goods travel in transit with a surat jalan (3 copies); confirm their arrival on the Confirm delivery page.</source>
            <translation>Ke gudang %1: barang dikirim dengan surat jalan (3 rangkap); konfirmasikan kedatangannya di halaman Konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="318" />
            <source>Within warehouse %1: the goods move at once.</source>
            <translation>Di dalam gudang %1: barang langsung berpindah.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="338" />
            <source>Not posted: check the date.</source>
            <translation>Tidak dibukukan: periksa tanggalnya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="348" />
            <source>Transfer %1 posted: in transit to %2. Print the surat jalan for the driver; confirm the arrival on the Confirm delivery page.</source>
            <translation>Mutasi %1 dibukukan: dalam perjalanan ke %2. Cetak surat jalan untuk sopir; konfirmasikan kedatangannya di halaman Konfirmasi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/transfers.py" line="353" />
            <source>Transfer %1 posted: %2 lines moved.</source>
            <translation>Mutasi %1 dibukukan: %2 baris dipindahkan.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../ui/dialogs/users.py" line="19" />
            <source>At least %1 characters</source>
            <translation>Minimal %1 karakter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="24" />
            <source>New user</source>
            <translation>Pengguna baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="25" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="25" />
            <source>For logging in, e.g. budi</source>
            <translation>Untuk masuk, mis. budi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="26" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="26" />
            <source>As printed on documents</source>
            <translation>Seperti tercetak pada dokumen</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="31" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="34" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/users.py" line="37" />
            <source>Repeat password</source>
            <translation>Ulangi kata sandi</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/pages/users.py" line="27" />
            <source>disabled</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="29" />
            <source>locked</source>
            <translation>terkunci</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="30" />
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="38" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="39" />
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="41" />
            <source>Jabatan</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="43" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="45" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="47" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="58" />
            <location filename="../../ui/pages/users.py" line="63" />
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="59" />
            <source>Who may sign in. Full name, jabatan and NIP are printed in the signature blocks of the documents they sign.</source>
            <translation>Siapa yang boleh masuk. Nama lengkap, jabatan dan NIP dicetak pada blok tanda tangan dokumen yang mereka tandatangani.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="74" />
            <source>New user…</source>
            <translation>Pengguna baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="76" />
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="77" />
            <source>Full name, jabatan, NIP and role</source>
            <translation>Nama lengkap, jabatan, NIP dan peran</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="78" />
            <source>New password…</source>
            <translation>Kata sandi baru…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="79" />
            <source>Set a new password for a user who forgot theirs</source>
            <translation>Buat kata sandi baru untuk pengguna yang lupa kata sandinya</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="80" />
            <source>Unlock</source>
            <translation>Buka kunci</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="81" />
            <source>Lift the lock after too many failed logins</source>
            <translation>Buka kunci setelah terlalu banyak gagal masuk</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="82" />
            <location filename="../../ui/pages/users.py" line="150" />
            <source>Disable</source>
            <translation>Nonaktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="118" />
            <source>%1 users, %2 active</source>
            <translation>%1 pengguna, %2 aktif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="150" />
            <source>Enable</source>
            <translation>Aktifkan</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="154" />
            <source>%1 is the only active administrator: it can be neither disabled nor given another role. Make another user administrator first.</source>
            <translation>%1 adalah satu-satunya administrator aktif: tidak dapat dinonaktifkan atau diberi peran lain. Jadikan pengguna lain administrator terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="157" />
            <source>This is you: another administrator disables your account if need be.</source>
            <translation>Ini Anda sendiri: bila perlu, administrator lain yang menonaktifkan akun Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="174" />
            <source>User %1 added.</source>
            <translation>Pengguna %1 ditambahkan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="185" />
            <source>%1 saved.</source>
            <translation>%1 disimpan.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="197" />
            <source>The password of %1 was reset: tell them the new one and ask them to change it.</source>
            <translation>Kata sandi %1 telah diatur ulang: beri tahu kata sandi baru itu dan minta ia menggantinya.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="207" />
            <source>%1 can sign in again.</source>
            <translation>%1 dapat masuk kembali.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="220" />
            <source>%1 is disabled: they can no longer sign in.</source>
            <translation>%1 dinonaktifkan: tidak dapat masuk lagi.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/users.py" line="221" />
            <source>%1 is active again.</source>
            <translation>%1 aktif kembali.</translation>
        </message>
    </context>
    <context>
        <name>WarehouseDialog</name>
        <message>
            <location filename="../../ui/dialogs/warehouse.py" line="14" />
            <source>New warehouse</source>
            <translation>Gudang baru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warehouse.py" line="15" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warehouse.py" line="15" />
            <source>e.g. GDG-02; fixed once created</source>
            <translation>mis. GDG-02; tidak dapat diubah setelah dibuat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warehouse.py" line="16" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warehouse.py" line="16" />
            <source>e.g. Gudang Satelit Lipat Kain</source>
            <translation>mis. Gudang Satelit Lipat Kain</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warehouse.py" line="17" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warehouse.py" line="17" />
            <source>Printed on its surat jalan</source>
            <translation>Dicetak pada surat jalannya</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/warehouse.py" line="18" />
            <source>Kecamatan / region</source>
            <translation>Kecamatan / wilayah</translation>
        </message>
    </context>
    <context>
        <name>_LinesModel</name>
        <message>
            <location filename="../../ui/widgets/line_tables.py" line="203" />
            <source>line %1, %2: %3</source>
            <translation>baris %1, %2: %3</translation>
        </message>
    </context>
</TS>
