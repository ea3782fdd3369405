"""Indonesian texts of the core messages of records: validation, dates, decimals, duplicates,
replay keys and scanning (issue 9)."""

MESSAGES = {
    # dates
    "{date} is in the future (today is {today})":
        "{date} adalah tanggal yang akan datang (hari ini {today})",
    "{date} is more than {days} days ago: only the head of warehouse or an administrator may backdate "
    "a document":
        "{date} lebih dari {days} hari yang lalu: hanya kepala gudang atau administrator yang boleh "
        "memundurkan tanggal dokumen",
    "{date} is more than {days} days ago: give the reason for backdating":
        "{date} lebih dari {days} hari yang lalu: isi alasan tanggal mundur",
    # inputs
    "must be true or false, not {value}": "harus true atau false, bukan {value}",
    "has {count} lines, at most {max}": "berisi {count} baris, paling banyak {max}",
    "must be a receipt line": "harus berupa baris penerimaan",
    "must be an issue line": "harus berupa baris pengeluaran",
    "must be a transfer line": "harus berupa baris mutasi",
    "must be a date, not {value}": "harus berupa tanggal, bukan {value}",
    "must be a write-off line": "harus berupa baris penghapusan",
    "must be a delivery line": "harus berupa baris penerimaan di tujuan",
    # quantities
    "{value}: whole units only": "{value}: hanya satuan utuh (tanpa desimal)",
    "{value} has more than {places} decimal places: this item allows {places}":
        "{value} memiliki lebih dari {places} angka desimal: barang ini hanya boleh {places}",
    # replay keys
    "key {key} was already posted": "kunci {key} sudah pernah diposting",
    "key {key} was already posted ({kind} {object})": "kunci {key} sudah pernah diposting ({kind} {object})",
    "{skipped} records posted before (by their key) were skipped.":
        "{skipped} catatan yang sudah diposting sebelumnya (menurut kuncinya) dilewati.",
    # GS1
    "Not a GS1 barcode: no field can be read in {text}":
        "Bukan barcode GS1: tidak ada isian yang dapat dibaca dalam {text}",
    "GS1 field ({ai}) {title} cannot be read: {value}": "Isian GS1 ({ai}) {title} tidak dapat dibaca: {value}",
    # catalogue
    "must be 0, 1, 2 or 3, not {value}": "harus 0, 1, 2 atau 3, bukan {value}",
    # issues
    "lot {lot} is not the FEFO lot: lot {fefo} in {bin} (expiry {expiry}) must go out first; give the "
    "reason for taking {lot}":
        "lot {lot} bukan lot FEFO: lot {fefo} di {bin} (kedaluwarsa {expiry}) harus keluar lebih dulu; "
        "isi alasan mengambil {lot}",
    # receipts
    "receipt {number} of {date} from {donor} already has the reference {reference}: is this the same "
    "delivery? Post it again only if it is not (\"duplicate_ok\": true)":
        "penerimaan {number} tanggal {date} dari {donor} sudah memakai referensi {reference}: apakah ini "
        "kiriman yang sama? Posting lagi hanya jika bukan (\"duplicate_ok\": true)",
    # scanning
    "{code} is misread: its check digit is wrong (it should end in {digit}); scan it again or type the code":
        "{code} salah terbaca: digit pemeriksanya salah (seharusnya berakhir {digit}); pindai lagi atau "
        "ketik kodenya",
    "unknown document {number}": "dokumen {number} tidak dikenal",
}
