"""Indonesian texts of the records work (issue 9): receiving and issuing pages, line tables,
scan feedback, number and date fields, work in progress (English source -> Indonesian).

scripts/build_translations.py merges every id_*.py here.
"""

MESSAGES = {
    "0 \u2014 whole units only": "0 \u2014 hanya satuan utuh",
    "1 decimal place": "1 angka desimal",
    "2 decimal places": "2 angka desimal",
    "3 decimal places": "3 angka desimal",
    "Quantities": "Jumlah",
    "Counted packages take whole units; weighed or measured goods (kg, liter) take decimals. A quantity "
    "with more decimals is refused, never rounded.":
        "Barang kemasan dihitung dalam satuan utuh; barang yang ditimbang atau ditakar (kg, liter) boleh "
        "desimal. Jumlah dengan desimal lebih banyak ditolak, tidak pernah dibulatkan.",
    # scan feedback
    "WARNING": "PERINGATAN",
    # issuing
    "Add an item: type words of its code or name": "Tambah barang: ketik kata dari kode atau namanya",
    "A number (1.500 or 2,5), or with a pack unit: 5 dus": "Angka (1.500 atau 2,5), atau dengan satuan kemasan: 5 dus",
    "in stock %1 %2": "stok %1 %2",
    "none in stock": "stok kosong",
    "%1 has no unit %2: use %3.": "%1 tidak memiliki satuan %2: gunakan %3.",
    "Not saved: check the date.": "Tidak disimpan: periksa tanggalnya.",
    "vehicle plate": "nomor polisi kendaraan",
    "driver": "pengemudi",
    "Dispatch without %1": "Pengiriman tanpa %1",
    "The surat jalan will have no %1. The driver signs it and the recipient checks the vehicle against it. "
    "Post anyway?":
        "Surat jalan tidak akan memuat %1. Pengemudi menandatanganinya dan penerima mencocokkan kendaraan "
        "dengannya. Tetap bukukan?",
    " and ": " dan ",
    "Not posted: the goods issue is still approved; post it when the vehicle is known (start a new one to "
    "change it).":
        "Tidak dibukukan: pengeluaran tetap berstatus disetujui; bukukan setelah kendaraan diketahui (buat "
        "pengeluaran baru untuk mengubahnya).",
    "Goods issue not saved": "Pengeluaran belum disimpan",
    "The goods issue on the Issuing page has changes that are not saved as a draft. They are kept (also if "
    "the computer stops) until you save or discard them. %1":
        "Pengeluaran di halaman Pengeluaran memiliki perubahan yang belum disimpan sebagai draf. Perubahan itu "
        "tetap disimpan (juga jika komputer mati) sampai Anda menyimpan atau membuangnya. %1",
    "Discard the goods issue?": "Buang pengeluaran ini?",
    "Discard the changes to this goods issue? They are not saved as a draft.":
        "Buang perubahan pengeluaran ini? Perubahan itu belum disimpan sebagai draf.",
    "Could not keep the goods issue on disk: %1": "Pengeluaran tidak dapat disimpan di disk: %1",
    "Unsaved goods issue found": "Ada pengeluaran yang belum disimpan",
    "A goods issue with %1 lines was being prepared on %2 and was not saved (the program was closed or the "
    "computer stopped). Restore it?":
        "Pengeluaran dengan %1 baris sedang disiapkan pada %2 dan belum disimpan (program ditutup atau komputer "
        "mati). Pulihkan?",
    "Goods issue restored: %1 lines. Save the draft (Ctrl+S).":
        "Pengeluaran dipulihkan: %1 baris. Simpan drafnya (Ctrl+S).",
    # main window
    "Leave the page?": "Tinggalkan halaman ini?",
    "Close Gudang anyway?": "Tetap tutup Gudang?",
    # line tables
    "At most 500 characters.": "Paling banyak 500 karakter.",
    # receiving
    "&Post receipt": "&Bukukan penerimaan",
    "Post the receipt (Ctrl+Enter)": "Bukukan penerimaan (Ctrl+Enter)",
    "this lot has already expired (%1): check the goods before receiving them":
        "lot ini sudah kedaluwarsa (%1): periksa barangnya sebelum diterima",
    "Receipt not posted": "Penerimaan belum dibukukan",
    "The receipt on the Receiving page has %1 lines that are not posted yet. They are kept (also if the "
    "computer stops) until you post or discard them. %2":
        "Penerimaan di halaman Penerimaan memiliki %1 baris yang belum dibukukan. Baris itu tetap disimpan "
        "(juga jika komputer mati) sampai Anda membukukan atau membuangnya. %2",
    "Discard the receipt?": "Buang penerimaan ini?",
    "Discard the %1 scanned lines of this receipt? They have not been posted.":
        "Buang %1 baris hasil pindai penerimaan ini? Baris itu belum dibukukan.",
    "Could not keep the receipt on disk: %1": "Penerimaan tidak dapat disimpan di disk: %1",
    "Unposted receipt found": "Ada penerimaan yang belum dibukukan",
    "A receipt with %1 lines was being scanned on %2 and was not posted (the program was closed or the "
    "computer stopped). Restore it?":
        "Penerimaan dengan %1 baris sedang dipindai pada %2 dan belum dibukukan (program ditutup atau komputer "
        "mati). Pulihkan?",
    "Receipt restored: %1 lines. Check them, then post.":
        "Penerimaan dipulihkan: %1 baris. Periksa, lalu bukukan.",
    "Not posted: check the date.": "Tidak dibukukan: periksa tanggalnya.",
    "Same reference as an earlier receipt": "Nomor surat sama dengan penerimaan sebelumnya",
    "Receipt %1 from this donor already has the reference %2. Is this a different delivery? Post it anyway?":
        "Penerimaan %1 dari donatur ini sudah memakai nomor surat %2. Apakah ini kiriman yang berbeda? Tetap "
        "bukukan?",
    "Not posted: receipt %1 already has this reference.":
        "Tidak dibukukan: penerimaan %1 sudah memakai nomor surat ini.",
    # dates
    "Date in the past": "Tanggal mundur",
    "This document is dated %1, more than %2 days ago. If that is right, give the reason (it is recorded and "
    "printed on the document):":
        "Dokumen ini bertanggal %1, lebih dari %2 hari yang lalu. Jika benar, isi alasannya (dicatat dan "
        "dicetak pada dokumen):",
    "e.g. entered late after a power cut": "mis. terlambat diinput karena listrik padam",
    "Decimal places": "Angka desimal",
}
