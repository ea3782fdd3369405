"""Indonesian texts of the core messages that no other id_*.py catalogue translates.

Words as the warehouse staff use them (docs DESIGN.md section 1): barang, satuan,
lot, kedaluwarsa, donatur, penerima, mitra, kejadian bencana, penerimaan,
pengeluaran, mutasi, stock opname, karantina, penghapusan, rak (bin), lokasi;
"post" is "posting/diposting". Error messages keep the English case (most start
lower case because they follow "baris 2, kolom qty: " or "gudang: ").

scripts/extract_messages.py lists the ids used in gudang/ that no catalogue
translates yet; `--write` appends them here with an empty text to translate.
"""

MESSAGES: dict[str, str] = {
    # --- the `gudang` command: general ---------------------------------------
    "usage error": "kesalahan penggunaan perintah",
    "interrupted; nothing was written": "dihentikan; tidak ada yang disimpan",
    "the database cannot be used: {problem}": "basis data tidak dapat digunakan: {problem}",
    "internal error (a bug in Gudang): {problem}": "kesalahan internal (bug pada Gudang): {problem}",
    "details in {path}": "rincian di {path}",
    "warning": "peringatan",
    "no database at {path}: run `gudang init` first":
        "tidak ada basis data di {path}: jalankan `gudang init` terlebih dahulu",
    "set GUDANG_USER and GUDANG_PASSWORD to the user who makes this change":
        "isi GUDANG_USER dan GUDANG_PASSWORD dengan pengguna yang melakukan perubahan ini",
    # --- the `gudang` command: init ------------------------------------------
    "give --admin-user and --admin-password together":
        "--admin-user dan --admin-password harus diberikan bersama-sama",
    "Database ready: {url}": "Basis data siap: {url}",
    "Administrator {name} created.": "Administrator {name} telah dibuat.",
    "Demo data loaded: {summary}": "Data demo telah dimuat: {summary}",
    "No user exists yet: run `gudang init --admin-user NAME --admin-password PASSWORD`.":
        "Belum ada pengguna: jalankan `gudang init --admin-user NAME --admin-password PASSWORD`.",
    "the demo data is already loaded": "data demo sudah dimuat",
    "the line": "baris ini",
    # --- the `gudang` command: catalogue, partners, locations, events --------
    "pack unit must look like dus=40, not {value}":
        "satuan kemasan harus ditulis seperti dus=40, bukan {value}",
    "Item {sku} added.": "Barang {sku} telah ditambahkan.",
    "{count} items imported.": "{count} barang telah diimpor.",
    "Partner {code} added.": "Mitra {code} telah ditambahkan.",
    "Location {code} added.": "Lokasi {code} telah ditambahkan.",
    "Event {code} added.": "Kejadian bencana {code} telah ditambahkan.",
    # --- the `gudang` command: table headers ---------------------------------
    "Active": "Aktif",
    "Category": "Kategori",
    "Kind": "Jenis",
    "Type": "Jenis",
    "Kecamatan": "Kecamatan",
    "Desa": "Desa",
    "Start": "Mulai",
    "End": "Selesai",
    "Item": "Barang",
    "Location": "Lokasi",
    "Partner": "Mitra",
    "Recipient": "Penerima",
    "Days left": "Sisa hari",
    "User": "Pengguna",
    "Role": "Peran",
    # --- the `gudang` command: documents, stock, verify ----------------------
    "Receipt {number} posted.": "Penerimaan {number} telah diposting.",
    "Goods issue {number} posted.": "Pengeluaran {number} telah diposting.",
    "Goods issue #{id} saved as {state}.": "Pengeluaran #{id} disimpan dengan status {state}.",
    "a draft is named by its id, such as 12 or #12, not {value}":
        "draf disebut dengan id-nya, misalnya 12 atau #12, bukan {value}",
    "{cancelled} cancelled by {number}.": "{cancelled} dibatalkan dengan {number}.",
    "{value} is out of range": "{value} di luar rentang yang diizinkan",
    "Donor: {donor}, received {date} on {receipt}":
        "Donatur: {donor}, diterima {date} dengan penerimaan {receipt}",
    "{status}: {moves} moves, {balances} balances, {documents} documents, {audit} audit entries checked.":
        "{status}: {moves} pergerakan stok, {balances} saldo, {documents} dokumen, "
        "{audit} catatan audit telah diperiksa.",
    "OK": "OK",
    "PROBLEMS FOUND": "DITEMUKAN MASALAH",
    # --- the `gudang` command: users -----------------------------------------
    "User {name} added.": "Pengguna {name} telah ditambahkan.",
    "User {name} is now {role}.": "Peran pengguna {name} sekarang {role}.",
    "User {name} disabled.": "Pengguna {name} telah dinonaktifkan.",
    "New password: ": "Kata sandi baru: ",
    "Password of {name} changed.": "Kata sandi {name} telah diubah.",
    # --- the `gudang` command: replay ----------------------------------------
    "unknown field {field}": "kolom {field} tidak dikenal",
    "unknown type {type}: use item, partner, location, event, receipt or issue":
        "jenis {type} tidak dikenal: gunakan item, partner, location, event, receipt atau issue",
    "must be a JSON object": "harus berupa objek JSON",
    "{done} records before this line were posted and stay.":
        "{done} data sebelum baris ini sudah diposting dan tetap tersimpan.",
    "{file} line {line}": "{file} baris {line}",
    # --- the `gudang` command: backup and restore ----------------------------
    "back up a PostgreSQL database on the server with pg_dump (see the README)":
        "cadangkan basis data PostgreSQL di server dengan pg_dump (lihat README)",
    "Backup written to {path}.": "Cadangan disimpan ke {path}.",
    "restore a PostgreSQL database on the server with pg_restore (see the README)":
        "pulihkan basis data PostgreSQL di server dengan pg_restore (lihat README)",
    "Restored {path}; the previous database is kept as {kept}.":
        "{path} telah dipulihkan; basis data sebelumnya disimpan sebagai {kept}.",
    # --- the `gudang` command: input files -----------------------------------
    "cannot read {path}: {problem}": "tidak dapat membaca {path}: {problem}",
    "{path} is not a readable XLSX file: {problem}": "{path} bukan berkas XLSX yang dapat dibaca: {problem}",
    "{path} is not a readable CSV file: {problem}": "{path} bukan berkas CSV yang dapat dibaca: {problem}",
    "{path} is too large": "{path} terlalu besar",
    "{path} is not UTF-8 text": "{path} bukan teks UTF-8",
    "{source} is not valid JSON: {problem} (line {line}, column {column})":
        "{source} bukan JSON yang valid: {problem} (baris {line}, kolom {column})",
    "{source} is not valid JSON: {problem}": "{source} bukan JSON yang valid: {problem}",
    # --- the `gudang` command: print and labels ------------------------------
    "cannot write {path}: {problem}": "tidak dapat menulis {path}: {problem}",
    "Written {path}.": "Tersimpan: {path}.",
    "Written {path}, marked as a copy (SALINAN).": "Tersimpan: {path}, ditandai SALINAN.",
    "unknown label template {name}: use {names}": "template label {name} tidak dikenal: gunakan {names}",
    "{count} labels written to {path}.": "{count} label disimpan ke {path}.",
    # --- database ------------------------------------------------------------
    "{url} is not a valid database URL": "{url} bukan URL basis data yang valid",
    "unsupported database {url}: use SQLite or PostgreSQL":
        "basis data {url} tidak didukung: gunakan SQLite atau PostgreSQL",
    "{url} holds tables that are not a Gudang database":
        "{url} berisi tabel yang bukan milik basis data Gudang",
    "the database is not set up yet: run `gudang init` first":
        "basis data belum disiapkan: jalankan `gudang init` terlebih dahulu",
    "the database needs an upgrade: run `gudang init` to migrate it":
        "basis data perlu diperbarui: jalankan `gudang init` untuk memigrasikannya",
    "cannot open the database: {problem}": "tidak dapat membuka basis data: {problem}",
    # --- input: where, text, dates, quantities -------------------------------
    "line {line}": "baris {line}",
    "line {line}, field {field}": "baris {line}, kolom {field}",
    "field {field}": "kolom {field}",
    "row {row}": "baris {row}",
    "is required": "wajib diisi",
    "must not be empty": "tidak boleh kosong",
    "must be text, not {value}": "harus berupa teks, bukan {value}",
    "contains control characters": "berisi karakter kontrol",
    "is longer than {max} characters": "lebih dari {max} karakter",
    "{what} must be a JSON object": "{what} harus berupa objek JSON",
    "must be a non-empty list of lines": "harus berupa daftar baris yang tidak kosong",
    "must be one of {choices}, not {value}": "harus salah satu dari {choices}, bukan {value}",
    "must be yes or no, not {value}": "harus ya atau tidak, bukan {value}",
    "must be a whole number, not {value}": "harus berupa bilangan bulat, bukan {value}",
    "{value} is not a real date": "{value} bukan tanggal yang valid",
    "date must look like 2026-11-27, not {value}": "tanggal harus ditulis seperti 2026-11-27, bukan {value}",
    "date {value} is out of range": "tanggal {value} di luar rentang yang diizinkan",
    "quantity must be a number, not {value}": "jumlah harus berupa angka, bukan {value}",
    "quantity must be a finite number, not {value}": "jumlah harus berupa angka terhingga, bukan {value}",
    # raised for negative numbers only (zero has its own message)
    "quantity must not be negative: {value}": "jumlah tidak boleh negatif: {value}",
    "quantity must be greater than zero": "jumlah harus lebih dari nol",
    "quantity {value} is too large": "jumlah {value} terlalu besar",
    "quantity {value} has more than {places} decimal places":
        "jumlah {value} memiliki lebih dari {places} angka desimal",
    # --- document numbering --------------------------------------------------
    "unknown field {field} in number pattern": "isian {field} pada pola penomoran tidak dikenal",
    "number pattern must contain {{seq}}": "pola penomoran harus memuat {{seq}}",
    # --- roles and permissions -----------------------------------------------
    "administrator": "administrator",
    "head of warehouse": "kepala gudang",
    "warehouse officer": "petugas gudang",
    "viewer": "pemantau",
    "you may not {action}: it needs the role {roles} (you are {role})":
        "Anda tidak berwenang {action}: diperlukan peran {roles} (peran Anda {role})",
    "read data": "melihat data",
    "edit the catalogue, partners and locations": "mengubah katalog barang, mitra, dan lokasi",
    "post a receipt": "memposting penerimaan",
    "draft a goods issue": "menyusun draf pengeluaran",
    "approve a goods issue": "menyetujui pengeluaran",
    "post a goods issue": "memposting pengeluaran",
    "issue a lot out of FEFO order": "mengeluarkan lot di luar urutan FEFO",
    "confirm a delivery": "mengonfirmasi serah terima kiriman",
    "cancel a posted document": "membatalkan dokumen yang sudah diposting",
    "post a transfer": "memposting mutasi",
    "count stock": "menghitung stok",
    "start a stock count": "memulai stock opname",
    "post a stock count": "memposting stock opname",
    "post a stock adjustment": "memposting penyesuaian stok",
    "post a write-off": "memposting penghapusan",
    "quarantine a lot": "mengarantina lot",
    "release a lot from quarantine": "melepaskan lot dari karantina",
    "manage users": "mengelola pengguna",
    "change settings": "mengubah pengaturan",
    "back up or restore the database": "mencadangkan atau memulihkan basis data",
    # --- users and login -----------------------------------------------------
    "unknown role {role}: use one of {roles}": "peran {role} tidak dikenal: gunakan salah satu dari {roles}",
    "the password must have at least {n} characters": "kata sandi harus terdiri dari paling sedikit {n} karakter",
    "user {name} already exists": "pengguna {name} sudah ada",
    "unknown user {name}": "pengguna {name} tidak dikenal",
    "user name and password are required": "nama pengguna dan kata sandi wajib diisi",
    "wrong user name or password": "nama pengguna atau kata sandi salah",
    "user {name} is disabled": "pengguna {name} dinonaktifkan",
    "user {name} is locked after too many failed logins; try again in {minutes} minutes":
        "pengguna {name} dikunci karena terlalu sering gagal masuk; coba lagi dalam {minutes} menit",
    "unknown setting {key}": "pengaturan {key} tidak dikenal",
    # --- catalogue (barang) and item import ----------------------------------
    "{code} is not a valid GTIN/EAN barcode (check digit)":
        "{code} bukan barcode GTIN/EAN yang valid (digit pemeriksa salah)",
    "item {sku} already exists": "barang {sku} sudah ada",
    "GTIN {gtin} already belongs to another item": "GTIN {gtin} sudah dipakai oleh barang lain",
    "unknown item {sku}": "barang {sku} tidak dikenal",
    "unknown item {code}": "barang {code} tidak dikenal",
    "item {sku} is deactivated": "barang {sku} sudah dinonaktifkan",
    "the base unit of {sku} cannot change once created":
        "satuan dasar {sku} tidak dapat diubah setelah barang dibuat",
    "{sku} has no unit {unit}": "{sku} tidak memiliki satuan {unit}",
    "{count} rows have problems, nothing was imported: {first}":
        "{count} baris bermasalah, tidak ada yang diimpor: {first}",
    "the file has no item rows": "berkas tidak berisi baris barang",
    "unknown column {column}; use the `item add` option names: {columns}":
        "kolom {column} tidak dikenal; gunakan nama opsi `item add`: {columns}",
    "SKU {sku} is also on row {row}": "SKU {sku} juga ada di baris {row}",
    "unknown category {category}": "kategori {category} tidak dikenal",
    # --- partners (donatur, penerima), events, locations ---------------------
    "donor": "donatur",
    "recipient": "penerima",
    "transporter": "pengangkut",
    "unknown {kind} {code}": "{kind} {code} tidak dikenal",
    "{code} is a {actual}, not a {kind}": "{code} adalah {actual}, bukan {kind}",
    "{code} is deactivated": "{code} sudah dinonaktifkan",
    "partner {code} already exists": "mitra {code} sudah ada",
    "unknown partner {code}": "mitra {code} tidak dikenal",
    "the kind of partner {code} cannot change": "jenis mitra {code} tidak dapat diubah",
    "unknown event {code}": "kejadian bencana {code} tidak dikenal",
    "event {code} already exists": "kejadian bencana {code} sudah ada",
    "the end {end} is before the start {start}": "tanggal selesai {end} lebih awal dari tanggal mulai {start}",
    "unknown location {code}": "lokasi {code} tidak dikenal",
    "location {code} already exists": "lokasi {code} sudah ada",
    "unknown warehouse {code}": "gudang {code} tidak dikenal",
    "warehouse {code} already exists": "gudang {code} sudah ada",
    "unknown lot {code}": "lot {code} tidak dikenal",
    "lot {code} is of another item": "lot {code} milik barang lain",
    "unknown code {code}": "kode {code} tidak dikenal",
    # --- receipts (penerimaan) -----------------------------------------------
    "there is no {kind} location: add one first": "belum ada lokasi {kind}: tambahkan terlebih dahulu",
    "{sku} is tracked by lot: the lot is required": "{sku} dikelola per lot: lot wajib diisi",
    "{sku} needs an expiry date": "{sku} memerlukan tanggal kedaluwarsa",
    "expiry {expiry} is already past on {date}": "tanggal kedaluwarsa {expiry} sudah lewat pada {date}",
    "{code} is not a bin goods can be put in": "{code} bukan rak yang dapat diisi barang",
    "damaged goods must go to a quarantine location, not {code}":
        "barang rusak harus masuk ke lokasi karantina, bukan {code}",
    # --- goods issues (pengeluaran) and posting ------------------------------
    "lot {lot} is in quarantine and cannot be issued": "lot {lot} sedang dikarantina dan tidak dapat dikeluarkan",
    "lot {lot} expired on {expiry} and cannot be issued":
        "lot {lot} sudah kedaluwarsa pada {expiry} dan tidak dapat dikeluarkan",
    "lot {lot} is not the FEFO lot: lot {fefo} must go out first":
        "lot {lot} tidak sesuai FEFO: yang harus dikeluarkan lebih dulu adalah lot {fefo}",
    "insufficient stock of {sku}: {need} {unit} needed, {available} available":
        "stok {sku} tidak cukup: diperlukan {need} {unit}, tersedia {available}",
    "insufficient stock of {sku} lot {lot} in {bin}: {available} available, {need} needed":
        "stok {sku} lot {lot} di {bin} tidak cukup: tersedia {available}, diperlukan {need}",
    "{sku} is below its minimum stock: {left} {unit} left, minimum {minimum}":
        "stok {sku} di bawah batas minimum: sisa {left} {unit}, minimum {minimum}",
    "goods issue {number} is already posted": "pengeluaran {number} sudah diposting",
    "goods issue #{id} must be approved before posting": "pengeluaran #{id} harus disetujui sebelum diposting",
    "unknown goods issue #{id}": "pengeluaran #{id} tidak dikenal",
    "goods issue #{id} is {state}, not a draft": "pengeluaran #{id} berstatus {state}, bukan draf",
    "the {kind} location is missing: run `gudang init`": "lokasi {kind} tidak ada: jalankan `gudang init`",
    # --- delivery confirmation (serah terima, BAST) --------------------------
    "{number} was delivered and confirmed by {handover}: it cannot be cancelled; record a return as a "
    "receipt instead":
        "{number} sudah diserahterimakan dan dikonfirmasi dengan {handover}: tidak dapat dibatalkan; "
        "catat pengembalian barang sebagai penerimaan",
    "{number} is not a posted dispatch (goods issue or transfer)":
        "{number} bukan pengiriman yang sudah diposting (pengeluaran atau mutasi)",
    "{number} was cancelled by {reversal} and cannot be confirmed":
        "{number} sudah dibatalkan dengan {reversal} dan tidak dapat dikonfirmasi",
    "{number} is already confirmed by {handover}": "{number} sudah dikonfirmasi dengan {handover}",
    "the delivery date {date} is before the dispatch date {dispatched}":
        "tanggal serah terima {date} lebih awal dari tanggal pengiriman {dispatched}",
    "{number} did not go via transit: there is nothing to confirm":
        "{number} tidak melalui transit: tidak ada yang perlu dikonfirmasi",
    "lot code {code} is on several receipts: scan the lot label instead":
        "kode lot {code} terdapat pada beberapa penerimaan: pindai label lot",
    "lot {lot} was not shipped on {number}": "lot {lot} tidak dikirim dengan {number}",
    "lot {lot} is confirmed twice (lines {first} and {line})":
        "lot {lot} dikonfirmasi dua kali (baris {first} dan {line})",
    "good + damaged + short of lot {lot} is {total}, but {shipped} {unit} were shipped":
        "baik + rusak + kurang untuk lot {lot} berjumlah {total}, padahal yang dikirim {shipped} {unit}",
    "lot {lot} ({qty} {unit} shipped) is missing from the confirmation":
        "lot {lot} ({qty} {unit} dikirim) tidak ada dalam konfirmasi",
    "the warehouse of {code} has no quarantine location for damaged goods":
        "gudang dari lokasi {code} tidak memiliki lokasi karantina untuk barang rusak",
    # --- cancelling documents ------------------------------------------------
    "a reason is required to cancel a document": "alasan wajib diisi untuk membatalkan dokumen",
    "document {number} cannot be cancelled": "dokumen {number} tidak dapat dibatalkan",
    "document {number} is already cancelled by {reversal}": "dokumen {number} sudah dibatalkan dengan {reversal}",
    # --- stock opname --------------------------------------------------------
    "{bin} is being counted in stock opname {number}: post or cancel the count first":
        "{bin} sedang dihitung dalam stock opname {number}: posting atau batalkan stock opname itu "
        "terlebih dahulu",
    "unknown stock count {ref}": "stock opname {ref} tidak dikenal",
    "stock count {number} is {state}, not open": "stock opname {number} berstatus {state}, bukan terbuka",
    "name the bins to count (--location) or a whole warehouse (--warehouse)":
        "sebutkan rak yang akan dihitung (--location) atau seluruh gudang (--warehouse)",
    "{code} is not a bin that holds stock": "{code} bukan rak penyimpanan stok",
    "warehouse {code} has no bins to count": "gudang {code} tidak memiliki rak untuk dihitung",
    "{code} is the barcode of item {sku}, not a lot label: scan the lot label":
        "{code} adalah barcode barang {sku}, bukan label lot: pindai label lot",
    "unknown code {code}: not a lot label or a bin; nothing was counted":
        "kode {code} tidak dikenal: bukan label lot ataupun rak; tidak ada yang dihitung",
    "unreadable code {code}: nothing was counted": "kode {code} tidak terbaca: tidak ada yang dihitung",
    "bin {code} is not part of stock count {number}": "rak {code} tidak termasuk dalam stock opname {number}",
    "a quantity goes with a lot label, not with bin {code}":
        "jumlah hanya dapat diisi untuk label lot, bukan untuk rak {code}",
    "scan a bin label first, then the lots in it": "pindai label rak terlebih dahulu, lalu lot di dalamnya",
    "{sku} ({category}) is not in the categories of stock count {number}":
        "{sku} ({category}) tidak termasuk kategori stock opname {number}",
    "lot {lot} in {bin} agreed in round {round}: only lines with a variance are recounted":
        "lot {lot} di {bin} sudah cocok pada putaran {round}: hanya baris yang berselisih yang dihitung ulang",
    "stock count {number} has no variance to recount":
        "stock opname {number} tidak memiliki selisih yang perlu dihitung ulang",
    "the variance of lot {lot} in {bin} needs a reason (--reason)":
        "selisih lot {lot} di {bin} memerlukan alasan (--reason)",
    "the stock of lot {lot} in {bin} changed during count {number}: cancel the count and start again":
        "stok lot {lot} di {bin} berubah selama stock opname {number}: batalkan stock opname dan mulai lagi",
    "a reason is required to cancel a stock count": "alasan wajib diisi untuk membatalkan stock opname",
    # --- printing documents and labels ---------------------------------------
    "unknown document {number}": "dokumen {number} tidak dikenal",
    "{number} is a {type} document, which cannot be printed this way":
        "{number} adalah dokumen {type} yang tidak dapat dicetak dengan cara ini",
    "the goods issue of {number} is missing": "pengeluaran asal {number} tidak ditemukan",
    "unknown document kind {kind}: use {kinds}": "jenis dokumen {kind} tidak dikenal: gunakan {kinds}",
    "{number} is not posted yet": "{number} belum diposting",
    "no labels to print: name lots, a receipt, bins or items":
        "tidak ada label untuk dicetak: sebutkan lot, penerimaan, rak, atau barang",
    # --- `gudang verify` -----------------------------------------------------
    "balance of lot #{lot} in location #{location} is {have} but its moves sum to {want}":
        "saldo lot #{lot} di lokasi #{location} adalah {have}, tetapi jumlah pergerakannya {want}",
    "balance of lot #{lot} in location #{location} is negative: {have}":
        "saldo lot #{lot} di lokasi #{location} negatif: {have}",
    "posted document #{id} has no number": "dokumen #{id} yang sudah diposting tidak memiliki nomor",
    "number {number} is used twice": "nomor {number} dipakai dua kali",
    "{type} numbers of {year} are not gapless: missing {missing}":
        "nomor {type} tahun {year} tidak berurutan: terlewat {missing}",
    "posted document {number} has no stock moves":
        "dokumen {number} yang sudah diposting tidak memiliki pergerakan stok",
    "audit entry #{id} ({action} by {user}) was altered or removed: the hash chain breaks there":
        "catatan audit #{id} ({action} oleh {user}) telah diubah atau dihapus: rantai hash terputus di sana",
}
