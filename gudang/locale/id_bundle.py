"""Indonesian texts of the installable app: upgrading an older database, refusing a newer one."""

MESSAGES = {
    "{database} was made by a newer version of Gudang (database version {revision}; this version "
    "knows up to {head}). Install that version or a newer one; the database was not changed.": (
        "{database} dibuat oleh Gudang versi yang lebih baru (versi basis data {revision}; versi ini "
        "hanya mengenal sampai {head}). Pasang versi tersebut atau yang lebih baru; basis data tidak diubah."
    ),
    "the upgrade would leave rows of {table} pointing at missing {parent} rows; nothing was changed": (
        "pembaruan akan meninggalkan baris {table} yang merujuk ke baris {parent} yang tidak ada; "
        "tidak ada yang diubah"
    ),
}
