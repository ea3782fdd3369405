"""Indonesian texts of the security work (issue 10): logins, passwords, init, restore,
verify, PostgreSQL roles, full disks."""

MESSAGES = {
    # passwords and the command line
    "no password on stdin: give it as one line": "tidak ada kata sandi di stdin: berikan sebagai satu baris",
    "no terminal to type the password on: pipe it in with --password-stdin":
        "tidak ada terminal untuk mengetik kata sandi: salurkan dengan --password-stdin",
    "Repeat the password: ": "Ulangi kata sandi: ",
    "the two passwords differ": "kedua kata sandi berbeda",
    "{option} is not accepted: a password on the command line shows in the process list and the shell history; "
    "use {instead}":
        "{option} tidak diterima: kata sandi di baris perintah terlihat di daftar proses dan riwayat shell; "
        "gunakan {instead}",
    "the password must be text": "kata sandi harus berupa teks",
    "the password must have at most {n} characters": "kata sandi paling banyak {n} karakter",
    "the password must not contain control characters (such as a line break)":
        "kata sandi tidak boleh berisi karakter kendali (seperti ganti baris)",
    # init and the demo
    "--admin-password-stdin needs --admin-user": "--admin-password-stdin memerlukan --admin-user",
    "--demo needs an administrator: give --admin-user (the first one) or set GUDANG_USER and GUDANG_PASSWORD":
        "--demo memerlukan administrator: berikan --admin-user (yang pertama) atau isi GUDANG_USER dan "
        "GUDANG_PASSWORD",
    "this database already holds posted documents: load the training data into a separate training database, "
    "e.g. `gudang --db latihan.sqlite3 init --demo`":
        "basis data ini sudah berisi dokumen yang diposting: muat data latihan ke basis data latihan tersendiri, "
        "misalnya `gudang --db latihan.sqlite3 init --demo`",
    "PostgreSQL roles: owner {owner}, application {app} (workstations log in as {app}).":
        "Peran PostgreSQL: pemilik {owner}, aplikasi {app} (komputer kerja masuk sebagai {app}).",
    "No user exists yet: run `gudang init --admin-user NAME` (the password is asked).":
        "Belum ada pengguna: jalankan `gudang init --admin-user NAMA` (kata sandi akan ditanyakan).",
    "this database has users: adding an administrator needs one, set GUDANG_USER and GUDANG_PASSWORD":
        "basis data ini sudah memiliki pengguna: menambah administrator memerlukan administrator, isi "
        "GUDANG_USER dan GUDANG_PASSWORD",
    # users
    "nothing to change: give --full-name, --title or --nip":
        "tidak ada yang diubah: berikan --full-name, --title atau --nip",
    "User {name} changed.": "Pengguna {name} diubah.",
    "User {name} enabled.": "Pengguna {name} diaktifkan.",
    "{name} unlocked.": "Kunci {name} dibuka.",
    "{name} was not locked.": "{name} tidak terkunci.",
    "Title": "Jabatan",
    "Locked": "Terkunci",
    "{name} is locked after too many failed logins: try again in {minutes} minutes, or ask an administrator to "
    "unlock it (`gudang user unlock {name}`)":
        "{name} terkunci karena terlalu banyak gagal masuk: coba lagi dalam {minutes} menit, atau minta "
        "administrator membukanya (`gudang user unlock {name}`)",
    "{name} is the last active administrator: make another user administrator first":
        "{name} adalah administrator aktif terakhir: jadikan pengguna lain administrator terlebih dahulu",
    "unknown user detail {key}": "data pengguna tidak dikenal: {key}",
    "you cannot disable your own account: ask another administrator":
        "Anda tidak dapat menonaktifkan akun sendiri: minta administrator lain",
    # database, settings file, PostgreSQL
    "cannot read the settings file {path}: {problem}": "berkas pengaturan {path} tidak dapat dibaca: {problem}",
    "the settings file {path} is not valid JSON": "berkas pengaturan {path} bukan JSON yang sah",
    "the settings file {path} holds a password but others may read it: run `chmod 600 {path}`":
        "berkas pengaturan {path} berisi kata sandi tetapi dapat dibaca orang lain: jalankan `chmod 600 {path}`",
    "{source} must not contain the database password (this workstation's settings would keep it where other "
    "programs can read it): put it in PGPASSWORD, a ~/.pgpass or pg_service.conf file, or the settings file "
    "{settings}":
        "{source} tidak boleh berisi kata sandi basis data (pengaturan komputer ini akan menyimpannya di tempat "
        "yang dapat dibaca program lain): letakkan di PGPASSWORD, berkas ~/.pgpass atau pg_service.conf, atau "
        "berkas pengaturan {settings}",
    "{source} must not contain the database password (it would show in the process list and the shell "
    "history): put it in PGPASSWORD, a ~/.pgpass or pg_service.conf file, or the settings file {settings}":
        "{source} tidak boleh berisi kata sandi basis data (akan terlihat di daftar proses dan riwayat shell): "
        "letakkan di PGPASSWORD, berkas ~/.pgpass atau pg_service.conf, atau berkas pengaturan {settings}",
    "the database needs an upgrade, which only its owner may make: run `gudang init` as the database owner "
    "(see the README, PostgreSQL)":
        "basis data perlu diperbarui, dan hanya pemiliknya yang boleh: jalankan `gudang init` sebagai pemilik "
        "basis data (lihat README, PostgreSQL)",
    "{name} is not a usable PostgreSQL role name (lower-case letters, digits, _)":
        "{name} bukan nama peran PostgreSQL yang dapat dipakai (huruf kecil, angka, _)",
    "disk full: {free} MB free, nothing was written": "disk penuh: sisa {free} MB, tidak ada yang ditulis",
    "the database server's disk is full: nothing was written":
        "disk server basis data penuh: tidak ada yang ditulis",
    "a new number is already taken: a number sequence runs behind its documents (changed outside Gudang?); "
    "nothing was written. Run `gudang verify`":
        "nomor baru sudah terpakai: urutan nomor tertinggal dari dokumennya (diubah di luar Gudang?); tidak ada "
        "yang ditulis. Jalankan `gudang verify`",
    # backup and restore
    "{path} is the database itself (or part of it): choose a new file for the backup":
        "{path} adalah basis data itu sendiri (atau bagiannya): pilih berkas baru untuk cadangan",
    "{path} already exists: a backup never overwrites a file, choose a new name":
        "{path} sudah ada: cadangan tidak pernah menimpa berkas, pilih nama baru",
    "cannot write the backup {path}: {problem}": "cadangan {path} tidak dapat ditulis: {problem}",
    "{path} is at migration revision {revision}, which this version of Gudang does not know ({known})":
        "{path} berada pada revisi migrasi {revision}, yang tidak dikenal versi Gudang ini ({known})",
    "{path} has no migration revision: it is not a Gudang database":
        "{path} tidak memiliki revisi migrasi: bukan basis data Gudang",
    "{path} does not have the schema of revision {revision}: {difference}":
        "{path} tidak memiliki skema revisi {revision}: {difference}",
    "{path} does not contain the audit entry #{id} it was anchored at: its audit log was cut or rewritten":
        "{path} tidak berisi catatan audit #{id} yang menjadi jangkarnya: log auditnya dipotong atau ditulis ulang",
    # schema differences
    "table {name} is missing": "tabel {name} tidak ada",
    "unexpected table {name}": "tabel tak terduga {name}",
    "index {name} is missing": "indeks {name} tidak ada",
    "unexpected index {name} on {table}": "indeks tak terduga {name} pada {table}",
    "index {name} differs": "indeks {name} berbeda",
    "trigger {name} is missing": "trigger {name} tidak ada",
    "unexpected trigger {name} on {table}": "trigger tak terduga {name} pada {table}",
    "trigger {name} was altered": "trigger {name} telah diubah",
    "trigger {name} is disabled": "trigger {name} dinonaktifkan",
    "view {name} is missing": "view {name} tidak ada",
    "unexpected view {name}": "view tak terduga {name}",
    "view {name} differs": "view {name} berbeda",
    "table {table}: column {column} is missing": "tabel {table}: kolom {column} tidak ada",
    "table {table}: unexpected column {column}": "tabel {table}: kolom tak terduga {column}",
    "table {table}: column {column} differs": "tabel {table}: kolom {column} berbeda",
    "table {table}: its definition (constraints) differs": "tabel {table}: definisinya (batasan) berbeda",
    # verify
    "user": "pengguna",
    "setting": "pengaturan",
    "warehouse": "gudang",
    "location": "lokasi",
    "item": "barang",
    "pack unit": "satuan kemasan",
    "partner": "mitra",
    "event": "kejadian",
    "lot": "lot",
    "number sequence": "urutan nomor",
    "stock count": "stock opname",
    "stock count bin": "lokasi stock opname",
    "stock count line": "baris stock opname",
    "stock count scan": "pindaian stock opname",
    "document": "dokumen",
    "... and {n} more problems of the same kind ({check})": "... dan {n} masalah lain sejenis ({check})",
    "no schema reference for revision {revision}: run scripts/schema_fingerprints.py":
        "tidak ada acuan skema untuk revisi {revision}: jalankan scripts/schema_fingerprints.py",
    "schema: {difference}": "skema: {difference}",
    "posted document {number} has no lines": "dokumen terposting {number} tidak memiliki baris",
    "posted document {number} has no audit entry that records it":
        "dokumen terposting {number} tidak memiliki catatan audit yang merekamnya",
    "number sequence {name} {year} is at {last} but {number} already uses {top}: it runs behind its documents, "
    "the next posting would reuse a number":
        "urutan nomor {name} {year} ada di {last} tetapi {number} sudah memakai {top}: tertinggal dari "
        "dokumennya, posting berikutnya akan memakai ulang nomor",
    "number sequence {name} {year} is at {last} but the highest number used is {top}: numbers {first}..{last} "
    "are missing":
        "urutan nomor {name} {year} ada di {last} tetapi nomor tertinggi yang dipakai {top}: nomor "
        "{first}..{last} hilang",
    "{row} was added outside Gudang: no audit entry records it":
        "{row} ditambahkan di luar Gudang: tidak ada catatan audit yang merekamnya",
    "{row} was changed outside Gudang: it differs from what audit entry #{entry} recorded":
        "{row} diubah di luar Gudang: berbeda dari yang direkam catatan audit #{entry}",
    "{row} was deleted outside Gudang: audit entry #{entry} recorded it":
        "{row} dihapus di luar Gudang: catatan audit #{entry} merekamnya",
    "the anchor file {path} cannot be read ({problem})": "berkas jangkar {path} tidak dapat dibaca ({problem})",
    "the anchor file {path}": "berkas jangkar {path}",
    "the anchor file {path} is missing: the newest audit entries cannot be checked against it":
        "berkas jangkar {path} tidak ada: catatan audit terbaru tidak dapat diperiksa terhadapnya",
    "the anchor stamped into this backup": "jangkar yang tercantum dalam cadangan ini",
    "the backup {name}": "cadangan {name}",
    "the audit log ends at entry #{last} but {where} records entry #{id}: the newest entries were removed":
        "log audit berakhir di catatan #{last} tetapi {where} merekam catatan #{id}: catatan terbaru telah dihapus",
    "audit entry #{id}, which {where} records, is missing": "catatan audit #{id}, yang direkam {where}, tidak ada",
    "audit entry #{id} differs from {where}: the audit chain was rewritten":
        "catatan audit #{id} berbeda dari {where}: rantai audit telah ditulis ulang",
    # verify --quick (issue 15)
    "Quick check: the digests of {rows} rows touched outside Gudang were recomputed; run `gudang verify` "
    "without --quick to recompute every row.":
        "Pemeriksaan cepat: digest {rows} baris yang diubah di luar Gudang dihitung ulang; jalankan "
        "`gudang verify` tanpa --quick untuk menghitung ulang setiap baris.",
}
