"""Indonesian texts of the core behind the screens: the document register,
counting by quantity, closing events (English message id -> Indonesian)."""

MESSAGES: dict[str, str] = {
    # --- register / `gudang documents` ---------------------------------------------------
    "Reference": "Referensi",
    "Cancelled by": "Dibatalkan dengan",
    "{number} is a stock count: open it on the stock opname page":
        "{number} adalah stock opname: buka di halaman stock opname",
    # --- events ------------------------------------------------------------------------
    "Event {code} closed on {end}.": "Kejadian {code} ditutup pada {end}.",
    "the end {end} is in the future": "tanggal selesai {end} ada di masa depan",
    "event {code} is already closed (ended {end})": "kejadian {code} sudah ditutup (selesai {end})",
    # --- counting by quantity ------------------------------------------------------------
    "the GS1 code has no GTIN: scan the lot label": "kode GS1 tidak memuat GTIN: pindai label lot",
    "unknown GTIN {gtin}: nothing was counted": "GTIN {gtin} tidak dikenal: tidak ada yang dihitung",
    "the GS1 code of {sku} names no lot: scan the lot label":
        "kode GS1 {sku} tidak memuat lot: pindai label lot",
    "lot {lot} of {sku} is not in stock here: scan the lot label":
        "lot {lot} dari {sku} tidak ada di stok sini: pindai label lot",
    "{sku} is counted in whole units: {qty} has decimals":
        "{sku} dihitung dalam satuan utuh: {qty} memiliki desimal",
    "{sku} allows {places} decimals: {qty} has more": "{sku} boleh {places} desimal: {qty} lebih dari itu",
    "line {line} is not part of stock count {number}": "baris {line} bukan bagian dari stock opname {number}",
    "nothing to undo: you have no scan in this round of stock count {number}":
        "tidak ada yang dapat dibatalkan: Anda belum memindai apa pun di putaran ini pada stock opname {number}",
    "stock count {number} changed since its variances were shown: check them again":
        "stock opname {number} berubah sejak selisihnya ditampilkan: periksa lagi",
    "the variance of lot {lot} in {bin} needs a reason": "selisih lot {lot} di {bin} memerlukan alasan",
    "name the bins to count or a whole warehouse": "sebutkan rak yang dihitung atau satu gudang",
}
