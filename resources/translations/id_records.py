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
}
