"""Indonesian texts for gudang/db/backup.py."""

MESSAGES = {
    "{path} is not a Gudang database": "{path} bukan basis data Gudang",
    "{path} fails the integrity check: {problem}": "{path} gagal dalam pemeriksaan integritas: {problem}",
    "Backup file {path} does not exist": "Berkas cadangan {path} tidak ditemukan",
    "Cannot restore {path} onto itself": "Tidak dapat memulihkan {path} ke berkas itu sendiri",
    "Could not save a copy of {path} before restoring: {problem}": (
        "Tidak dapat menyimpan salinan {path} sebelum pemulihan: {problem}"
    ),
    "The restored database {path} fails the check: {problem}": (
        "Basis data yang dipulihkan {path} gagal dalam pemeriksaan: {problem}"
    ),
    "Database file {path} does not exist": "Berkas basis data {path} tidak ditemukan",
}
