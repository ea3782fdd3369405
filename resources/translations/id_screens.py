"""Indonesian texts of the document register, stock opname by quantity, transfers,
quarantine and write-off, warehouses, events, people and workstation settings
(English source -> Indonesian). scripts/build_translations.py merges every id_*.py.
A key "Context|source" overrides one context only."""

MESSAGES = {
    # --- words in tables --------------------------------------------------------------------
    "handover (BAST)": "serah terima (BAST)",
    "Columns|short": "kurang",
    "found": "ditemukan",
    "to quarantine": "ke karantina",
    "released": "dilepas",
    "count open": "berjalan",
    "Partner / scope": "Mitra / lingkup",
    "Reference": "Referensi",
    "By": "Oleh",
    "cancelled by %1": "dibatalkan dengan %1",
    "Events|closed": "ditutup",
    "Events|open": "berjalan",
    # --- the activity log ---------------------------------------------------------------------
    "Columns|counted": "dihitung",
    "count typed": "hitungan diketik",
    "count taken back": "hitungan ditarik kembali",
    "recount started": "hitung ulang dimulai",
    "stock count cancelled": "stock opname dibatalkan",
    "lot recalled": "lot ditarik",
    "issue draft changed": "draf pengeluaran diubah",
    "document printed": "dokumen dicetak",
    "database backed up": "basis data dicadangkan",
    "training data loaded": "data latihan dimuat",
    "event closed": "kejadian ditutup",
    "user unlocked": "pengguna dibuka kuncinya",
    "user changed": "pengguna diubah",
    "logged in": "masuk",
    "database restored": "basis data dipulihkan",
    "Columns|users": "pengguna",
    "Columns|document": "dokumen",
    "Columns|database": "basis data",
    # --- field names in messages --------------------------------------------------------------
    "Fields|quantity": "jumlah",
    "Fields|bin": "rak",
    "Fields|from bin": "rak asal",
    "Fields|to bin": "rak tujuan",
    "Fields|reason": "alasan",
    "Fields|date": "tanggal",
    "Fields|item": "barang",
    "Fields|from date": "tanggal awal",
    "Fields|to date": "tanggal akhir",
    "Fields|partner": "mitra",
    "Fields|code": "kode",
    "Fields|name": "nama",
    "Fields|warehouse": "gudang",
    "Fields|password": "kata sandi",
    "Fields|lot": "lot",
    # --- the main window ---------------------------------------------------------------------
    "MainWindow|Documents": "Dokumen",
    "MainWindow|Transfers": "Mutasi",
    "MainWindow|Quarantine": "Karantina",
    "Warehouses & bins": "Gudang & rak",
    "MainWindow|Disaster events": "Kejadian bencana",
    "Working…": "Sedang diproses…",
    "Please wait": "Mohon tunggu",
    "Done": "Selesai",
    "Not done": "Tidak dilakukan",
    "ReasonDialog|Back": "Kembali",
    # --- dashboard ---------------------------------------------------------------------------
    "%1 drafts waiting for approval": "%1 draf menunggu persetujuan",
    "%1 approved, to post": "%1 disetujui, siap dibukukan",
    "%1 stock counts open": "%1 stock opname berjalan",
    # --- documents register ------------------------------------------------------------------
    "DocumentsPage|Documents": "Dokumen",
    "Every receipt, goods issue, transfer, count and cancellation. Open a document to see its lines; reprint, "
    "approve, post or cancel it here.":
        "Semua penerimaan, pengeluaran, mutasi, stock opname dan pembatalan. Buka dokumen untuk melihat "
        "barisnya; cetak ulang, setujui, bukukan atau batalkan di sini.",
    "Number…": "Nomor…",
    "All types": "Semua jenis",
    "All states": "Semua status",
    "any date": "semua tanggal",
    "DocumentsPage|From": "Dari",
    "DocumentsPage|To": "Sampai",
    "Any partner": "Semua mitra",
    "Partner": "Mitra",
    "Clear filter": "Hapus saringan",
    "&Dated from": "&Tanggal dari",
    "t&o": "&sampai",
    "Open": "Buka",
    "Continue draft": "Lanjutkan draf",
    "Open the goods issue on the issuing page to change or pick it":
        "Buka pengeluaran di halaman pengeluaran untuk mengubah atau mengambil barangnya",
    "Approve": "Setujui",
    "Post": "Bukukan",
    "Cancel document…": "Batalkan dokumen…",
    "Cancel a posted document with a reversal: its number stays, marked BATAL":
        "Batalkan dokumen yang sudah dibukukan dengan dokumen pembatalan: nomornya tetap, bertanda BATAL",
    "%1 documents": "%1 dokumen",
    "Goods issue #%1 approved: it can be posted now.": "Pengeluaran #%1 disetujui: sekarang dapat dibukukan.",
    "Cancel %1": "Batalkan %1",
    "Cancel %1 (%2 of %3)? A cancellation document reverses its stock moves; the number stays on record, "
    "marked BATAL. Why is it cancelled?":
        "Batalkan %1 (%2 tanggal %3)? Dokumen pembatalan membalik pergerakan stoknya; nomornya tetap tercatat, "
        "bertanda BATAL. Apa alasan pembatalannya?",
    "Cancel document": "Batalkan dokumen",
    "e.g. wrong recipient, entered twice": "mis. penerima salah, tercatat dua kali",
    "%1 cancelled by %2.": "%1 dibatalkan dengan %2.",
    "DocumentDialog|%1 %2": "%1 %2",
    "Event": "Kejadian",
    "Destination": "Tujuan",
    "Made by": "Dibuat oleh",
    "Approved by": "Disetujui oleh",
    "Posted by": "Dibukukan oleh",
    "Cancelled by": "Dibatalkan dengan",
    "Notes": "Catatan",
    "Remark": "Keterangan",
    "DocumentDialog|From": "Dari",
    "DocumentDialog|To": "Ke",
    "TransfersPage|From": "Dari",
    "TransfersPage|To": "Ke",
    # --- printing ------------------------------------------------------------------------------
    "Berita acara stock opname %1": "Berita acara stock opname %1",
    "Berita acara penghapusan %1": "Berita acara penghapusan %1",
    "Cancellation %1": "Pembatalan %1",
    "Surat jalan, 3 copies": "Surat jalan, 3 rangkap",
    "Not printed": "Tidak dicetak",
    "Preparing %1…": "Menyiapkan %1…",
    # --- stock opname --------------------------------------------------------------------------
    "CountingPage|Bins": "Rak",
    "Counters do not see what the books say": "Petugas hitung tidak melihat angka administrasi",
    "&Bins:": "&Rak:",
    "&Count:": "&Opname:",
    "CountingPage|Count": "Opname",
    "Variances only": "Hanya selisih",
    "Show the books and only the lines that differ": "Tampilkan angka administrasi dan hanya baris yang berselisih",
    "To recount": "Hitung ulang",
    "Only the lines to count again in this round": "Hanya baris yang dihitung ulang pada putaran ini",
    "Scan a bin, then lot labels; a number + Enter = how many that scan was (F2)":
        "Pindai rak, lalu label lot; angka + Enter = jumlah untuk pindaian itu (F2)",
    "Count lines": "Baris opname",
    "&Undo last scan": "&Batalkan pindaian terakhir",
    "Take back your last scan or typed count (Ctrl+Z)": "Tarik kembali pindaian atau hitungan terakhir Anda (Ctrl+Z)",
    "&Recount variances": "&Hitung ulang selisih",
    "Cancel count…": "Batalkan opname…",
    "&Print berita acara": "&Cetak berita acara",
    "P&ost count…": "B&ukukan opname…",
    "No open count.": "Tidak ada stock opname berjalan.",
    "posted with %1": "dibukukan dengan %1",
    "posted: no variance": "dibukukan: tanpa selisih",
    "Type a number and Enter if that label stands for more.":
        "Ketik angka lalu Enter bila label itu mewakili lebih dari satu.",
    "%1 lot %2 in %3: +%6, counted %4 %5": "%1 lot %2 di %3: +%6, terhitung %4 %5",
    "Cancel count %1": "Batalkan opname %1",
    "Cancel stock count %1? Nothing is adjusted and its bins are free again; the count stays on record. Why?":
        "Batalkan stock opname %1? Tidak ada penyesuaian dan raknya bebas kembali; opname tetap tercatat. "
        "Apa alasannya?",
    "Cancel count": "Batalkan opname",
    "Count %1 cancelled.": "Opname %1 dibatalkan.",
    "%1 lot %2 in %3: counted %4 %5 (typed)": "%1 lot %2 di %3: terhitung %4 %5 (diketik)",
    "Taken back: %1 lot %2 in %3, %4. Counted now %5 %6.":
        "Ditarik kembali: %1 lot %2 di %3, %4. Terhitung sekarang %5 %6.",
    "Counted by %1 (%2 entries). Double-click to type the count.":
        "Dihitung oleh %1 (%2 catatan). Klik dua kali untuk mengetik hitungan.",
    "count this line again (round %1)": "hitung ulang baris ini (putaran %1)",
    "Reason for lines &without their own:": "Alasan untuk baris &tanpa alasan sendiri:",
    "e.g. selisih hitung, rusak, hilang": "mis. selisih hitung, rusak, hilang",
    "Reason for lines without their own": "Alasan untuk baris tanpa alasan sendiri",
    "Post adjustment": "Bukukan penyesuaian",
    "PostCountDialog|Back": "Kembali",
    "Post stock count %1": "Bukukan stock opname %1",
    "Reason for %1 in %2": "Alasan untuk %1 di %2",
    "%1 of %2 lines differ from the books: %3 units short, %4 found. Posting writes one adjustment document "
    "(PNY) that brings the books to what was counted. Give a reason for each line.":
        "%1 dari %2 baris berbeda dengan administrasi: kurang %3 satuan, lebih %4. Pembukuan membuat satu "
        "dokumen penyesuaian (PNY) yang menyamakan administrasi dengan hasil hitung. Isi alasan setiap baris.",
    "Every line agrees with the books: posting closes the count without an adjustment.":
        "Semua baris sesuai administrasi: pembukuan menutup opname tanpa penyesuaian.",
    "Close count": "Tutup opname",
    # --- transfers -----------------------------------------------------------------------------
    "TransfersPage|Transfers": "Mutasi",
    "Scan a lot label, then the bin it goes to (F2)": "Pindai label lot, lalu rak tujuannya (F2)",
    "No lot chosen: scan or type a lot label above.": "Belum ada lot: pindai atau ketik label lot di atas.",
    "From bin": "Rak asal",
    "To bin": "Rak tujuan",
    "bin code": "kode rak",
    "&Add line": "&Tambah baris",
    "&From bin": "Rak &asal",
    "&Quantity": "&Jumlah",
    "&To bin": "Rak &tujuan",
    "Transfer lines": "Baris mutasi",
    "&Date": "&Tanggal",
    "Re&ference": "Re&ferensi",
    "&Vehicle plate": "&Nomor polisi",
    "Driver's &phone": "&Telepon pengemudi",
    "&Notes": "&Catatan",
    "New transfer": "Mutasi baru",
    "&Post transfer": "&Bukukan mutasi",
    "Lot %1 has nothing on hand to move.": "Lot %1 tidak memiliki stok untuk dipindahkan.",
    "%1 — %2, lot %3 (%4)": "%1 — %2, lot %3 (%4)",
    "TransfersPage|%1: %2 %3": "%1: %2 %3",
    "Scan or type a lot label first.": "Pindai atau ketik label lot terlebih dahulu.",
    "Quantity: %1": "Jumlah: %1",
    "Quantity: %1 holds %2 %3 of this lot (%4 already on this transfer).":
        "Jumlah: %1 berisi %2 %3 dari lot ini (%4 sudah ada di mutasi ini).",
    "To bin: choose a bin of a warehouse (%1 is not one).": "Rak tujuan: pilih rak gudang (%1 bukan rak).",
    "To bin: choose where the goods go.": "Rak tujuan: pilih ke mana barang dipindahkan.",
    "To bin: the goods are already in %1.": "Rak tujuan: barang sudah berada di %1.",
    "%1 %2 of %3: %4 → %5": "%1 %2 %3: %4 → %5",
    "Next lot: scan or type its label above.": "Lot berikutnya: pindai atau ketik labelnya di atas.",
    "Within a warehouse the goods move at once; to another warehouse they travel with a surat jalan.":
        "Di dalam satu gudang barang langsung berpindah; ke gudang lain barang dikirim dengan surat jalan.",
    "To warehouse %1: the goods travel in transit with a surat jalan (3 copies); confirm their arrival on the "
    "Confirm delivery page.":
        "Ke gudang %1: barang dikirim dengan surat jalan (3 rangkap); konfirmasikan kedatangannya di halaman "
        "Konfirmasi.",
    "Within warehouse %1: the goods move at once.": "Di dalam gudang %1: barang langsung berpindah.",
    "Transfer %1 posted: in transit to %2. Print the surat jalan for the driver; confirm the arrival on the "
    "Confirm delivery page.":
        "Mutasi %1 dibukukan: dalam perjalanan ke %2. Cetak surat jalan untuk sopir; konfirmasikan "
        "kedatangannya di halaman Konfirmasi.",
    "Transfer %1 posted: %2 lines moved.": "Mutasi %1 dibukukan: %2 baris dipindahkan.",
    # --- quarantine and write-off ----------------------------------------------------------------
    "Quarantine & write-off": "Karantina & penghapusan",
    "Quarantine, release, recall": "Karantina, lepas, tarik",
    "QuarantinePage|Write-off": "Penghapusan",
    "Scan or type a lot label (F2)": "Pindai atau ketik label lot (F2)",
    "No lot chosen: scan its label, or pick one in the list below.":
        "Belum ada lot: pindai labelnya, atau pilih di daftar bawah.",
    "&Reason": "&Alasan",
    "e.g. kemasan rusak, penarikan dari pabrik": "mis. kemasan rusak, penarikan dari pabrik",
    "&Quarantine": "&Karantina",
    "Hold the lot: never issued, its stock moved to the quarantine area":
        "Tahan lot: tidak dikeluarkan, stoknya dipindah ke area karantina",
    "Re&call": "&Tarik kembali",
    "Quarantine the lot everywhere and list who received it":
        "Karantina lot di semua tempat dan tampilkan siapa saja yang menerimanya",
    "Release &to": "Lepas &ke",
    "Release to": "Lepas ke",
    "Re&lease": "&Lepas",
    "Available again (head of warehouse)": "Tersedia kembali (kepala gudang)",
    "Held and expired lots": "Lot ditahan dan kedaluwarsa",
    "Choose lot": "Pilih lot",
    "Add to write-off": "Tambah ke penghapusan",
    "Write off all of this lot in this bin (on the Write-off tab)":
        "Hapus seluruh lot ini di rak ini (di tab Penghapusan)",
    "Who received the lot": "Siapa yang menerima lot",
    "Goods that are expired, damaged or lost leave the stock with a berita acara penghapusan. Add lines from "
    "the list on the first tab, or scan a lot here.":
        "Barang kedaluwarsa, rusak atau hilang dikeluarkan dari stok dengan berita acara penghapusan. Tambah "
        "baris dari daftar di tab pertama, atau pindai lot di sini.",
    "Only the head of warehouse posts a write-off; you can prepare the list.":
        "Hanya kepala gudang yang membukukan penghapusan; Anda dapat menyiapkan daftarnya.",
    "Lot label": "Label lot",
    "how many": "berapa",
    "Write-off lines": "Baris penghapusan",
    "e.g. kedaluwarsa, rusak terendam banjir": "mis. kedaluwarsa, rusak terendam banjir",
    "e.g. dibakar, ditimbun": "mis. dibakar, ditimbun",
    "letter number": "nomor surat",
    "Rea&son": "A&lasan",
    "&Method of disposal": "Cara &pemusnahan",
    "Approval &letter (SK)": "Surat &persetujuan (SK)",
    "&Post write-off": "&Bukukan penghapusan",
    "%1 lines held or expired": "%1 baris ditahan atau kedaluwarsa",
    "where it came from": "tempat asalnya",
    "none": "tidak ada",
    "<b>%1 — %2</b>, lot %3 (%4). Expiry %5. Donor %6. Status: <b>%7</b>. On hand: %8.":
        "<b>%1 — %2</b>, lot %3 (%4). Kedaluwarsa %5. Donatur %6. Status: <b>%7</b>. Stok: %8.",
    "Who received the lot (%1)": "Siapa yang menerima lot (%1)",
    "Lot %1 is in quarantine (%2). %3": "Lot %1 dikarantina (%2). %3",
    "nothing on hand to move": "tidak ada stok yang dipindah",
    "Lot %1 recalled: held everywhere. %2 deliveries went to recipients: call them (list below).":
        "Lot %1 ditarik: ditahan di semua tempat. %2 pengiriman sampai ke penerima: hubungi mereka (daftar di "
        "bawah).",
    "Lot %1 is available again. %2": "Lot %1 tersedia kembali. %2",
    "Lot %1 in %2 is already on the write-off.": "Lot %1 di %2 sudah ada di penghapusan.",
    "%1 %2 of lot %3 in %4 added to the write-off.": "%1 %2 lot %3 di %4 ditambahkan ke penghapusan.",
    "Lot %1: nothing on hand.": "Lot %1: tidak ada stok.",
    "Quantity: %1 holds %2 %3 of this lot.": "Jumlah: %1 berisi %2 %3 dari lot ini.",
    "Write-off %1 posted: %2 lines left the stock.": "Penghapusan %1 dibukukan: %2 baris keluar dari stok.",
    # --- warehouses ----------------------------------------------------------------------------
    "Print a bin label to scan when putting goods away or counting.":
        "Cetak label rak untuk dipindai saat menyimpan barang atau menghitung stok.",
    "Warehouses": "Gudang",
    "New warehouse…": "Gudang baru…",
    "LocationsPage|Bins": "Rak",
    "All warehouses": "Semua gudang",
    "%1 bins": "%1 rak",
    "New warehouse": "Gudang baru",
    "e.g. GDG-02; fixed once created": "mis. GDG-02; tidak dapat diubah setelah dibuat",
    "e.g. Gudang Satelit Lipat Kain": "mis. Gudang Satelit Lipat Kain",
    "Printed on its surat jalan": "Dicetak pada surat jalannya",
    # --- events --------------------------------------------------------------------------------
    "Receipts and goods issues are tagged with the event they serve, so reports account per event. Close an "
    "event when its emergency period is over.":
        "Penerimaan dan pengeluaran ditandai dengan kejadian yang dilayani, agar laporan dapat dipertanggung"
        "jawabkan per kejadian. Tutup kejadian bila masa tanggap daruratnya berakhir.",
    "End date": "Tanggal selesai",
    "Close event on": "Tutup kejadian pada",
    "The emergency is over: the event ends on this date and is no longer offered for new documents":
        "Masa darurat selesai: kejadian berakhir pada tanggal ini dan tidak lagi ditawarkan untuk dokumen baru",
    "%1 events, %2 open": "%1 kejadian, %2 berjalan",
    # --- importing items ---------------------------------------------------------------------
    "Import…": "Impor…",
    "Add many items at once from a CSV or Excel file": "Tambah banyak barang sekaligus dari berkas CSV atau Excel",
    "Import items": "Impor barang",
    "A CSV or Excel (XLSX) file with a header row. Columns: %1. Numbers may have a decimal comma (0,9) or point "
    "(0.9); write thousands without a separator (1500). Every row must be right, or nothing is imported.":
        "Berkas CSV atau Excel (XLSX) dengan baris judul. Kolom: %1. Angka boleh memakai koma desimal (0,9) atau "
        "titik (0.9); tulis ribuan tanpa pemisah (1500). Semua baris harus benar; bila tidak, tidak ada yang "
        "diimpor.",
    "Problems": "Masalah",
    "Choose file…": "Pilih berkas…",
    "Spreadsheets (*.csv *.xlsx);;All files (*)": "Lembar kerja (*.csv *.xlsx);;Semua berkas (*)",
    "Reading %1…": "Membaca %1…",
    "Importing %1…": "Mengimpor %1…",
    "%1 items imported from %2.": "%1 barang diimpor dari %2.",
    "Nothing was imported: %1 rows of %2 have problems. Fix them and import the file again.":
        "Tidak ada yang diimpor: %1 baris di %2 bermasalah. Perbaiki lalu impor berkas itu lagi.",
    "Nothing was imported: %1": "Tidak ada yang diimpor: %1",
    # --- people --------------------------------------------------------------------------------
    "Change my password…": "Ganti kata sandi saya…",
    "Switch user…": "Ganti pengguna…",
    "Log out": "Keluar",
    "Change my password": "Ganti kata sandi saya",
    "Current password": "Kata sandi sekarang",
    "New password": "Kata sandi baru",
    "At least %1 characters": "Minimal %1 karakter",
    "Repeat new password": "Ulangi kata sandi baru",
    "Change password": "Ganti kata sandi",
    "This is not your current password.": "Ini bukan kata sandi Anda sekarang.",
    # --- this workstation ----------------------------------------------------------------------
    "This workstation": "Komputer ini",
    "SettingsPage|Database": "Basis data",
    "Open a database file…": "Buka berkas basis data…",
    "A Gudang SQLite file on this PC or a shared folder": "Berkas SQLite Gudang di komputer ini atau folder bersama",
    "PostgreSQL server": "Server PostgreSQL",
    "Connect": "Sambungkan",
    "Printer": "Printer",
    "The system's default printer": "Printer bawaan sistem",
    "Label template": "Templat label",
    "Kept on this PC only (%1); other workstations keep their own.":
        "Disimpan di komputer ini saja (%1); komputer lain menyimpan pilihannya sendiri.",
    "Agency (letterhead and signatures), for every workstation": "Instansi (kop surat dan tanda tangan), untuk semua komputer",
    "Open a database file": "Buka berkas basis data",
    "Gudang databases (*.sqlite3 *.sqlite *.db);;All files (*)": "Basis data Gudang (*.sqlite3 *.sqlite *.db);;Semua berkas (*)",
    # --- checking the database ---------------------------------------------------------------
    "Check the database": "Periksa basis data",
    "The quick check recomputes every balance, document number and the audit chain, and finds rows changed "
    "outside Gudang (with SQL or a database browser); it takes seconds. The full check also recomputes the "
    "fingerprint of every row, which finds even edits made with the database's safeguards switched off; on a year "
    "of a busy warehouse it takes longer.":
        "Periksa cepat menghitung ulang setiap saldo, nomor dokumen dan rantai audit, serta menemukan baris yang "
        "diubah di luar Gudang (dengan SQL atau aplikasi pengolah basis data); hanya beberapa detik. Periksa "
        "menyeluruh juga menghitung ulang digest (sidik) setiap baris, sehingga menemukan perubahan yang dibuat dengan "
        "pengaman basis data dimatikan; untuk data setahun gudang yang sibuk, waktunya lebih lama.",
    "Quick check": "Periksa cepat",
    "Full check": "Periksa menyeluruh",
    "gudang verify --quick": "gudang verify --quick",
    "gudang verify": "gudang verify",
    "Checking the database…": "Memeriksa basis data…",
    "%1: the database is sound. %2 documents, %3 moves, %4 balances and %5 audit entries checked in %6 s.":
        "%1: basis data sehat. %2 dokumen, %3 pergerakan, %4 saldo dan %5 catatan audit diperiksa dalam %6 detik.",
    "%1 found problems in the database. Ask your administrator:":
        "%1 menemukan masalah dalam basis data. Hubungi administrator Anda:",
    "… and %1 more (`gudang verify` lists them all)": "… dan %1 lagi (`gudang verify` menampilkan semuanya)",
    # --- users ------------------------------------------------------------------------------------
    "User %1": "Pengguna %1",
    "As printed under the signature": "Sebagaimana dicetak di bawah tanda tangan",
    "Jabatan": "Jabatan",
    "e.g. Petugas Gudang, Kepala Seksi Logistik": "mis. Petugas Gudang, Kepala Seksi Logistik",
    "NIP": "NIP",
    "For civil servants; empty for volunteers": "Untuk ASN; kosongkan untuk relawan",
    "The only active administrator keeps this role until another user is administrator.":
        "Satu-satunya administrator aktif tetap memegang peran ini sampai ada pengguna lain yang menjadi "
        "administrator.",
    "New password for %1": "Kata sandi baru untuk %1",
    "Set password": "Tetapkan kata sandi",
    "UsersPage|disabled": "nonaktif",
    "UsersPage|locked": "terkunci",
    "UsersPage|active": "aktif",
    "Who may sign in. Full name, jabatan and NIP are printed in the signature blocks of the documents they sign.":
        "Siapa yang boleh masuk. Nama lengkap, jabatan dan NIP dicetak pada blok tanda tangan dokumen yang "
        "mereka tandatangani.",
    "Full name, jabatan, NIP and role": "Nama lengkap, jabatan, NIP dan peran",
    "New password…": "Kata sandi baru…",
    "Set a new password for a user who forgot theirs": "Buat kata sandi baru untuk pengguna yang lupa kata sandinya",
    "Unlock": "Buka kunci",
    "Lift the lock after too many failed logins": "Buka kunci setelah terlalu banyak gagal masuk",
    "UsersPage|Disable": "Nonaktifkan",
    "UsersPage|Enable": "Aktifkan",
    "%1 users, %2 active": "%1 pengguna, %2 aktif",
    "%1 is the only active administrator: it can be neither disabled nor given another role. Make another user "
    "administrator first.":
        "%1 adalah satu-satunya administrator aktif: tidak dapat dinonaktifkan atau diberi peran lain. Jadikan "
        "pengguna lain administrator terlebih dahulu.",
    "This is you: another administrator disables your account if need be.":
        "Ini Anda sendiri: bila perlu, administrator lain yang menonaktifkan akun Anda.",
    "User %1 added.": "Pengguna %1 ditambahkan.",
    "%1 saved.": "%1 disimpan.",
    "The password of %1 was reset: tell them the new one and ask them to change it.":
        "Kata sandi %1 telah diatur ulang: beri tahu kata sandi baru itu dan minta ia menggantinya.",
    "%1 can sign in again.": "%1 dapat masuk kembali.",
    "%1 is disabled: they can no longer sign in.": "%1 dinonaktifkan: tidak dapat masuk lagi.",
    "%1 is active again.": "%1 aktif kembali.",
    # --- receiving on a narrow screen -------------------------------------------------------------
    "Remar&k…": "&Keterangan…",
    "Remark of the selected line": "Keterangan baris yang dipilih",
    "Scan the goods first, then type their remark.": "Pindai barangnya dulu, lalu ketik keterangannya.",
    "Remark of line %1 (%2), e.g. a torn sack:": "Keterangan baris %1 (%2), mis. karung sobek:",
    "Keep": "Simpan",
}
