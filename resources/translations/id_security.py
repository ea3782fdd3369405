"""Indonesian texts of the security work (issue 10): first start with a separate
training database, the training bar of the main window, the administrator's
login before a restore (English source -> Indonesian).

scripts/build_translations.py merges every id_*.py here.
"""

MESSAGES = {
    "Disk full": "Disk penuh",
    "An administrator restores the backup": "Administrator memulihkan cadangan",
    "as documents print it": "seperti tercetak di dokumen",
    "at least %1 characters": "minimal %1 karakter",
    "Also make a separate training database with the demo data (Banjir Kampar: items, partners, bins, four "
    "months of receipts and dispatches) and open it":
        "Buat juga basis data latihan tersendiri berisi data contoh (Banjir Kampar: barang, mitra, rak, empat "
        "bulan penerimaan dan pengiriman) lalu buka",
    "Training database": "Basis data latihan",
    "The training data never goes into this database. The training database is the file %1, shown with an "
    "orange bar; its practice users kepala, petugas and tamu have the password latihan123.":
        "Data latihan tidak pernah masuk ke basis data ini. Basis data latihan adalah berkas %1, ditandai "
        "dengan bilah jingga; pengguna latihannya kepala, petugas dan tamu memakai kata sandi latihan123.",
    "TRAINING — %1": "LATIHAN — %1",
    "TRAINING DATABASE — practice data, not the real ledger: %1":
        "BASIS DATA LATIHAN — data latihan, bukan pembukuan yang sebenarnya: %1",
}
