"""Indonesian texts of the warehouse operations: stock opname, delivery
confirmation, transfers, quarantine, recall, write-off and the overlap guard
(gudang/services/{counts,delivery,transfers,quarantine,writeoff,overlap}.py,
gudang/cli/operations.py, gudang/reports/operations_print.py).

Ids already translated in id_core.py are not repeated here.
"""

MESSAGES = {
    # --- the `gudang count` command ------------------------------------------
    "Bins: {bins}": "Rak: {bins}",
    "Stock count {number} started (id {id}): {lines} lines frozen.":
        "Stock opname {number} dimulai (id {id}): {lines} baris dibekukan.",
    "Bin {bin}: now scan its lots.": "Rak {bin}: sekarang pindai lot-lot di dalamnya.",
    "{bin}: {sku} lot {lot} +{qty}, counted {counted} {unit}":
        "{bin}: {sku} lot {lot} +{qty}, terhitung {counted} {unit}",
    "(books: {expected})": "(administrasi: {expected})",
    "(not expected in this bin)": "(tidak tercatat di rak ini)",
    "Stock count {number}: round {round} started for the lines with a variance.":
        "Stock opname {number}: putaran {round} dimulai untuk baris yang berselisih.",
    "round": "putaran",
    "blind": "buta",
    "Adjustment: {number}": "Penyesuaian: {number}",
    "Books": "Administrasi",
    "Recount": "Hitung ulang",
    "Stock count {number} posted: {variances} variances adjusted by {adjustment}.":
        "Stock opname {number} diposting: {variances} selisih disesuaikan dengan {adjustment}.",
    "Stock count {number} posted: no variance.": "Stock opname {number} diposting: tidak ada selisih.",
    "Stock count {number} cancelled.": "Stock opname {number} dibatalkan.",
    "State": "Status",
    "Blind": "Buta",
    "Round": "Putaran",
    "Bins": "Rak",
    "Lines": "Baris",
    # --- delivery confirmation -----------------------------------------------
    "{dispatch} confirmed by {number}.": "{dispatch} dikonfirmasi dengan {number}.",
    "Shipped": "Dikirim",
    "Days": "Hari",
    "Vehicle": "Kendaraan",
    "Lots": "Lot",
    "Delivered": "Diterima",
    # --- transfers ---------------------------------------------------------------
    "Transfer {number} posted.": "Mutasi {number} diposting.",
    "The goods are in transit to {warehouse}: confirm their arrival with `gudang confirm {number} FILE.json`.":
        "Barang dalam perjalanan ke {warehouse}: konfirmasi kedatangannya dengan "
        "`gudang confirm {number} FILE.json`.",
    "from and to are the same bin {code}": "rak asal dan tujuan sama-sama {code}",
    "lot {lot} is in quarantine: release it before moving it to {code}":
        "lot {lot} sedang dikarantina: lepaskan dulu sebelum memindahkannya ke {code}",
    "one transfer goes to one other warehouse: split it by destination":
        "satu mutasi hanya ke satu gudang lain: pisahkan per gudang tujuan",
    "unknown code {code}: not a lot label or a bin": "kode {code} tidak dikenal: bukan label lot ataupun rak",
    "scan the bin the goods come from first": "pindai dulu rak asal barang",
    "scan the bin the goods go to": "pindai rak tujuan barang",
    "nothing scanned to move": "tidak ada barang yang dipindai untuk dipindahkan",
    "scan {index}": "pindaian ke-{index}",
    # --- quarantine, release, recall ------------------------------------------------
    "Lot {lot} is in quarantine ({number}).": "Lot {lot} dikarantina ({number}).",
    "Lot {lot} is released ({number}).": "Lot {lot} dilepas dari karantina ({number}).",
    "Lot {lot} ({sku}) recalled: in quarantine, {on_hand} on hand.":
        "Lot {lot} ({sku}) ditarik: dikarantina, {on_hand} masih di gudang.",
    "the warehouse of {code} has no {kind} location": "gudang tempat {code} tidak memiliki lokasi {kind}",
    "a reason is required to quarantine a lot": "alasan wajib diisi untuk mengarantina lot",
    "lot {lot} is already in quarantine": "lot {lot} sudah dikarantina",
    "lot {lot} is not in quarantine": "lot {lot} tidak sedang dikarantina",
    "a reason is required to recall a lot": "alasan wajib diisi untuk menarik lot",
    # --- write-off -----------------------------------------------------------------
    "Write-off {number} posted.": "Penghapusan {number} diposting.",
    "a reason is required for a write-off": "alasan wajib diisi untuk penghapusan",
    # --- printing -----------------------------------------------------------------
    "Variances posted with adjustment {number}.": "Selisih dibukukan dengan penyesuaian {number}.",
    "Provisional: the count is still open.": "Sementara: stock opname masih berlangsung.",
    "The count was cancelled: {reason}": "Stock opname dibatalkan: {reason}",
    "stock count {number} is blind and still open: only the head of warehouse can print it":
        "stock opname {number} bersifat buta dan masih berlangsung: hanya kepala gudang yang dapat mencetaknya",
    # --- overlap guard -------------------------------------------------------------
    "{recipient} already received {category} on {date} with {number} ({days} days before this dispatch)":
        "{recipient} sudah menerima {category} pada {date} dengan {number} ({days} hari sebelum pengiriman ini)",
}
