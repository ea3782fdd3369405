"""Indonesian texts of the delivery confirmation screen (ui/pages/delivery.py)
and its entry in the main window (English source -> Indonesian).

Only texts that the other id_*.py do not already translate.
scripts/build_translations.py merges every id_*.py here.
"""

MESSAGES = {
    "MainWindow|Confirm delivery": "Konfirmasi",
    "Confirm delivery": "Konfirmasi penerimaan",
    "Delivery confirmation": "Konfirmasi penerimaan",
    "Scan the QR code of the surat jalan, then the lot labels (F2)":
        "Pindai kode QR surat jalan, lalu label lot (F2)",
    "Choose a dispatch in the list or scan the QR code of its surat jalan.":
        "Pilih pengiriman di daftar atau pindai kode QR surat jalannya.",
    "In transit at &least": "Dalam perjalanan &minimal",
    "&Refresh": "&Muat ulang",
    "Dispatched": "Tanggal kirim",
    "Days": "Hari",
    "Vehicle / driver": "Kendaraan / sopir",
    "Lots": "Lot",
    "Shipped": "Dikirim",
    "Good": "Baik",
    "Damaged": "Rusak",
    "Short": "Kurang",
    "Delivery &date": "&Tanggal terima",
    "Received &by": "&Diterima oleh",
    "name of who signed at the destination": "nama yang menandatangani di tujuan",
    "&Confirm delivery": "&Konfirmasi penerimaan",
    "Post the BAST and close the transit (Ctrl+Enter)":
        "Posting BAST dan tutup status dalam perjalanan (Ctrl+Enter)",
    "&Print BAST…": "&Cetak BAST…",
    "Print BAST…": "Cetak BAST…",
    "In transit for a week or more: follow it up.": "Sudah seminggu atau lebih dalam perjalanan: tindak lanjuti.",
    "In transit for at least %1 days: %2": "Dalam perjalanan minimal %1 hari: %2",
    "In transit, not yet confirmed: %2": "Dalam perjalanan, belum dikonfirmasi: %2",
    "Not a dispatch.": "Bukan dokumen pengiriman.",
    "%1 is already confirmed by %2.": "%1 sudah dikonfirmasi dengan %2.",
    "%1 was cancelled by %2: there is nothing to confirm.": "%1 dibatalkan dengan %2: tidak ada yang dikonfirmasi.",
    "%1: the QR code does not match the dispatch lines.": "%1: kode QR tidak cocok dengan baris pengiriman.",
    "%1 opened: %2 lots. Scan the lot labels or check the lines, then confirm.":
        "%1 dibuka: %2 lot. Pindai label lot atau periksa baris, lalu konfirmasi.",
    "%1 opened from its QR code (lines match): %2 lots. Scan the lot labels or check the lines, then confirm.":
        "%1 dibuka dari kode QR-nya (baris cocok): %2 lot. Pindai label lot atau periksa baris, lalu konfirmasi.",
    "No dispatch open.": "Belum ada pengiriman yang dibuka.",
    "transfer to warehouse %1": "mutasi ke gudang %1",
    "confirmed by %1": "dikonfirmasi dengan %1",
    "cancelled by %1": "dibatalkan dengan %1",
    "The QR code of this surat jalan does not match the lines of %1: the paper was changed or is of another "
    "version. Check every line against the goods before confirming.":
        "Kode QR surat jalan ini tidak cocok dengan baris %1: kertasnya diubah atau dari versi lain. "
        "Periksa setiap baris dengan barangnya sebelum konfirmasi.",
    "good + damaged + short is %1, but %2 %3 were shipped": "baik + rusak + kurang = %1, padahal dikirim %2 %3",
    "checked": "diperiksa",
    "%1 is not a dispatch: scan the QR code of a surat jalan.":
        "%1 bukan dokumen pengiriman: pindai kode QR surat jalan.",
    "Lot %1 (%2) was not shipped on %3.": "Lot %1 (%2) tidak dikirim dengan %3.",
    "Open a dispatch first: scan the QR code of its surat jalan.":
        "Buka pengiriman dulu: pindai kode QR surat jalannya.",
    "%1 is not a lot label of %2.": "%1 bukan label lot dari %2.",
    "Lot %1 — %2: %3 %4 shipped.": "Lot %1 — %2: dikirim %3 %4.",
    "(already checked)": "(sudah diperiksa)",
    "All %1 lots checked: type damaged or short if any, then confirm.":
        "Semua %1 lot sudah diperiksa: isi rusak atau kurang bila ada, lalu konfirmasi.",
    "Checked %1 of %2 lots.": "Sudah diperiksa %1 dari %2 lot.",
    "Lot %1: %2": "Lot %1: %2",
    "%1 of %2 lots were not scanned. Confirm the delivery anyway?":
        "%1 dari %2 lot belum dipindai. Tetap konfirmasi penerimaan?",
    "The delivery was not confirmed.": "Penerimaan tidak dikonfirmasi.",
    "Delivery of %1 confirmed: BAST %2.": "Penerimaan %1 dikonfirmasi: BAST %2.",
    "The BAST could not be made.": "BAST tidak dapat dibuat.",
    "BAST %1": "BAST %1",
    "Not confirmed: check the delivery date.": "Tidak dikonfirmasi: periksa tanggal penerimaannya.",
}
