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
    "Also make a separate training database and open it": "Buat juga basis data latihan tersendiri lalu buka",
    "Training database": "Basis data latihan",
    "Demo data of the Banjir Kampar scenario: items, partners, bins and four months of receipts and dispatches. "
    "It never goes into this database: the training database is the file %1, shown with an orange bar; its "
    "practice users kepala, petugas and tamu have the password latihan123.":
        "Data contoh skenario Banjir Kampar: barang, mitra, rak, dan empat bulan penerimaan dan pengiriman. Data "
        "ini tidak pernah masuk ke basis data ini: basis data latihan adalah berkas %1, ditandai dengan bilah "
        "jingga; pengguna latihannya kepala, petugas dan tamu memakai kata sandi latihan123.",
    "The PostgreSQL server": "Server PostgreSQL",
    "TRAINING — %1": "LATIHAN — %1",
    "TRAINING DATABASE — practice data, not the real ledger: %1":
        "BASIS DATA LATIHAN — data latihan, bukan pembukuan yang sebenarnya: %1",
}
