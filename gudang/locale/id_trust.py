"""Indonesian texts for damaged-database detection (gudang/db/recovery.py)."""

MESSAGES = {
    "the database {path} is damaged ({problem}); the newest good backup is {backup}: "
    "restore it with `gudang --db {db} restore {backup}`": (
        "basis data {path} rusak ({problem}); cadangan baik terbaru adalah {backup}: "
        "pulihkan dengan `gudang --db {db} restore {backup}`"
    ),
    "the database {path} is damaged ({problem}) and no good backup of it was found": (
        "basis data {path} rusak ({problem}) dan tidak ada cadangan baik yang ditemukan"
    ),
}
