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
    # quantities
    "{value}: whole units only": "{value}: hanya satuan utuh (tanpa desimal)",
    "{value} has more than {places} decimal places: this item allows {places}":
        "{value} memiliki lebih dari {places} angka desimal: barang ini hanya boleh {places}",
}
