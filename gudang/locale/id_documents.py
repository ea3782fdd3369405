"""Indonesian texts of the documents, labels, barcodes, GS1 and terbilang messages."""

MESSAGES: dict[str, str] = {
    # --- barcodes / GTIN -------------------------------------------------
    "A check digit needs digits only, got {code}":
        "Digit pemeriksa hanya dapat dihitung dari angka, diterima {code}",
    "GTIN {code} must consist of digits only": "GTIN {code} harus berupa angka saja",
    "GTIN {code} has {length} digits; expected 8, 12, 13 or 14":
        "GTIN {code} terdiri dari {length} digit; seharusnya 8, 12, 13 atau 14",
    "Check digit of GTIN {code} is wrong (expected {expected})":
        "Digit pemeriksa GTIN {code} salah (seharusnya {expected})",
    # --- GS1 ---------------------------------------------------------------
    "The scan is empty": "Hasil pindai kosong",
    "Not a GS1 barcode (symbology {ident}): {text}":
        "Bukan barcode GS1 (simbologi {ident}): {text}",
    "GS1 AI ({ai}) appears twice with different values: {first} and {second}":
        "AI GS1 ({ai}) muncul dua kali dengan nilai berbeda: {first} dan {second}",
    "Expected a GS1 application identifier at position {pos}, found {found!r}":
        "Seharusnya ada application identifier GS1 di posisi {pos}, ditemukan {found!r}",
    "Unknown GS1 application identifier at position {pos}: {found}":
        "Application identifier GS1 tidak dikenal di posisi {pos}: {found}",
    "GS1 field ({ai}) {title} is too long: {length} characters, at most {max} "
    "(missing GS separator?)":
        "Isian GS1 ({ai}) {title} terlalu panjang: {length} karakter, paling banyak {max} "
        "(pemisah GS hilang?)",
    "GS1 field ({ai}) {title} is truncated: {got} of {expected} characters":
        "Isian GS1 ({ai}) {title} terpotong: {got} dari {expected} karakter",
    "GS1 field ({ai}) {title} is empty": "Isian GS1 ({ai}) {title} kosong",
    "GS1 field ({ai}) {title} contains a character not allowed: {char!r}":
        "Isian GS1 ({ai}) {title} berisi karakter yang tidak diizinkan: {char!r}",
    "GS1 field ({ai}) {title} must be digits only, got {value}":
        "Isian GS1 ({ai}) {title} harus berupa angka saja, diterima {value}",
    "Check digit of GS1 field ({ai}) {title} {value} is wrong (expected {expected})":
        "Digit pemeriksa isian GS1 ({ai}) {title} {value} salah (seharusnya {expected})",
    "Impossible date {value} in GS1 field ({ai}): expected YYMMDD":
        "Tanggal {value} pada isian GS1 ({ai}) tidak mungkin: seharusnya YYMMDD",
    "Impossible date {value} in GS1 field ({ai}): month {month} does not exist":
        "Tanggal {value} pada isian GS1 ({ai}) tidak mungkin: bulan {month} tidak ada",
    "Impossible date {value} in GS1 field ({ai}): month {month}/{year} has {days} days":
        "Tanggal {value} pada isian GS1 ({ai}) tidak mungkin: bulan {month}/{year} "
        "hanya {days} hari",
    # --- terbilang -------------------------------------------------------
    "Cannot spell out {value}: use an integer or a decimal":
        "Tidak dapat menuliskan {value} dengan huruf: gunakan bilangan bulat atau desimal",
    "Cannot spell out {value}: not a number":
        "Tidak dapat menuliskan {value} dengan huruf: bukan angka",
    "Cannot spell out {value}: too large":
        "Tidak dapat menuliskan {value} dengan huruf: terlalu besar",
}
