"""Indonesian texts of gudang.domain.numbers (typed numbers)."""

MESSAGES: dict[str, str] = {
    "{value} is not a number": "{value} bukan angka",
    "a number is required": "angka wajib diisi",
    "{value} is not a number here: write {example}": "{value} bukan angka di sini: tulis {example}",
    "{value} can be read two ways: write {first} or {second}":
        "{value} bisa dibaca dua cara: tulis {first} atau {second}",
    "{value} is not a number: the thousands separator {sep} must be followed by three digits":
        "{value} bukan angka: pemisah ribuan {sep} harus diikuti tiga angka",
}
