"""Indonesian texts of the operations screens: Stock opname (ui/pages/counting.py)
and the main window's entry for it (English source -> Indonesian).

Only texts that id_main.py and id_scanning.py do not already translate.
scripts/build_translations.py merges every id_*.py here.
"""

MESSAGES = {
    "Stock opname": "Stock opname",
    "New count": "Stock opname baru",
    "Bins, e.g. A-01, A-02": "Rak, mis. A-01, A-02",
    "Category (optional)": "Kategori (opsional)",
    "Blind count": "Hitung buta",
    "Start count": "Mulai hitung",
    "Bins:": "Rak:",
    "Open count:": "Stock opname berjalan:",
    "Variances (expected vs counted)": "Selisih (administrasi vs hasil hitung)",
    "Scan a bin label, then the lot labels in it (F2)": "Pindai label rak, lalu label lot di dalamnya (F2)",
    "Books": "Administrasi",
    "Counted": "Hasil hitung",
    "Difference": "Selisih",
    "Recount": "Hitung ulang",
    "Reason": "Alasan",
    "Reason of the variances (for lines without their own)": "Alasan selisih (untuk baris tanpa alasan sendiri)",
    "Recount variances": "Hitung ulang selisih",
    "Post count": "Posting stock opname",
    "Print berita acara": "Cetak berita acara",
    "(blind)": "(buta)",
    "No open count: start one above.": "Tidak ada stock opname berjalan: mulai di atas.",
    "%1, round %2: %3 lines": "%1, putaran %2: %3 baris",
    "(blind: the books are hidden)": "(buta: jumlah administrasi disembunyikan)",
    "The count was not started.": "Stock opname tidak dimulai.",
    "Count %1 started: scan a bin label.": "Stock opname %1 dimulai: pindai label rak.",
    "Start or choose a count first.": "Mulai atau pilih stock opname terlebih dahulu.",
    "Not counted.": "Tidak dihitung.",
    "Bin %1: scan its lots.": "Rak %1: pindai lot-lotnya.",
    "%1 lot %2 in %3: counted %4 %5": "%1 lot %2 di %3: terhitung %4 %5",
    "(not expected in this bin)": "(tidak tercatat di rak ini)",
    "No recount.": "Tidak ada hitung ulang.",
    "Round %1: count the marked lines again.": "Putaran %1: hitung ulang baris yang ditandai.",
    "The count was not posted.": "Stock opname tidak diposting.",
    "Count %1 posted; variances adjusted by %2.": "Stock opname %1 diposting; selisih disesuaikan dengan %2.",
    "Count %1 posted: no variance.": "Stock opname %1 diposting: tidak ada selisih.",
    "Berita acara stock opname": "Berita acara stock opname",
}
