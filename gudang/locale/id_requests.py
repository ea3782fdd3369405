"""Indonesian texts of needs-based distribution: recipients' people, requests
(permintaan), allocation, the overlap guard's desa checks, the 4W, donor and
position reports and their exports (gudang/services/{requests,allocation,overlap}.py,
gudang/reports/{distribution,donor,position,indicators,exports}.py,
gudang/cli/requesting.py, gudang/domain/{regions,request_inputs}.py).
"""

MESSAGES = {
    # --- the `gudang partner` / `request` / `allocate` / `report` commands --------------
    "nothing to change: give at least one option": "tidak ada yang diubah: berikan minimal satu opsi",
    "Partner {code} changed.": "Mitra {code} diubah.",
    "Request {number} entered: {lines} lines.": "Permintaan {number} dicatat: {lines} baris.",
    "Priority": "Prioritas",
    "priority": "prioritas",
    "Asked": "Diminta",
    "Issued": "Dikeluarkan",
    "Outstanding": "Sisa",
    "Pending": "Dalam draf",
    "Request {number} closed.": "Permintaan {number} ditutup.",
    "must be between {low} and {high}, not {value}": "harus antara {low} dan {high}, bukan {value}",
    "Basis": "Dasar hitung",
    "Ration standard of {sku} saved.": "Standar jatah {sku} disimpan.",
    "Per person per day": "Per jiwa per hari",
    "Per household": "Per KK",
    "write a change as NUMBER:SKU=QTY, not {value}": "tulis perubahan sebagai NOMOR:SKU=JUMLAH, bukan {value}",
    "Request": "Permintaan",
    "Allocated": "Dialokasikan",
    "Draft goods issue #{id} for {request} ({recipient}).":
        "Draf pengeluaran #{id} untuk {request} ({recipient}).",
    "{rows} rows written to {file}.": "{rows} baris ditulis ke {file}.",
    "{path}: the file name must end in .xlsx, .csv or .pdf": "{path}: nama berkas harus berakhiran .xlsx, .csv atau .pdf",
    "cannot write {path}: {problem}": "tidak dapat menulis {path}: {problem}",
    "new": "baru",
    "partially issued": "sebagian dikeluarkan",
    "complete": "lengkap",
    "closed": "ditutup",
    # --- regions, request files -------------------------------------------------------
    "{value} is not a region code: write it as 14.01.07 (kecamatan) or 14.01.07.2005 (desa)":
        "{value} bukan kode wilayah: tulis seperti 14.01.07 (kecamatan) atau 14.01.07.2005 (desa)",
    "give the people or the households to compute the lines for {days} days":
        "berikan jumlah jiwa atau KK untuk menghitung baris selama {days} hari",
    "{sku} is already on line {line}: one line per item": "{sku} sudah ada di baris {line}: satu baris per barang",
    "enter a request": "mencatat permintaan",
    "close a request": "menutup permintaan",
    "turn an allocation plan into draft goods issues": "menjadikan rencana alokasi draf pengeluaran",
    # --- requests and allocation --------------------------------------------------------
    "unknown request {number}": "permintaan {number} tidak dikenal",
    "no item has a ration standard: give the lines": "tidak ada barang dengan standar jatah: isi barisnya",
    "{sku} is counted in whole {unit}: {qty} has too many decimals":
        "{sku} dihitung dalam {unit} utuh: {qty} memiliki terlalu banyak desimal",
    "request {number} is already closed": "permintaan {number} sudah ditutup",
    "request {number} is closed: it takes no more goods issues":
        "permintaan {number} sudah ditutup: tidak menerima pengeluaran lagi",
    "request {number} is from {recipient}, not from the recipient of this goods issue":
        "permintaan {number} berasal dari {recipient}, bukan dari penerima pengeluaran ini",
    "{sku} is not on request {number}": "{sku} tidak ada dalam permintaan {number}",
    "{sku}: {qty} is more than the {left} still outstanding on request {number}":
        "{sku}: {qty} melebihi sisa {left} pada permintaan {number}",
    "the date {date} is in the future": "tanggal {date} ada di masa depan",
    "{sku} is not an open line of request {number}": "{sku} bukan baris terbuka permintaan {number}",
    "{qty} is more than the {need} still asked": "{qty} melebihi {need} yang masih diminta",
    "{sku}: {total} planned but only {available} can be issued":
        "{sku}: {total} direncanakan tetapi hanya {available} yang dapat dikeluarkan",
    "nothing to draft: no request of {event} gets any stock":
        "tidak ada draf yang dibuat: tidak ada permintaan {event} yang mendapat stok",
    # --- the overlap guard ---------------------------------------------------------------
    "desa {desa}: {recipient} already received {category} from {donors} stock on {date} with {number}; "
    "this dispatch takes {category} from {these} stock":
        "desa {desa}: {recipient} sudah menerima {category} dari stok {donors} pada {date} dengan {number}; "
        "pengeluaran ini mengambil {category} dari stok {these}",
    "desa {desa}": "desa {desa}",
    "{place}: requests {first} ({first_recipient}, {first_date}) and {second} ({second_recipient}, "
    "{second_date}) both ask for {categories}":
        "{place}: permintaan {first} ({first_recipient}, {first_date}) dan {second} ({second_recipient}, "
        "{second_date}) sama-sama meminta {categories}",
    # --- reports ---------------------------------------------------------------------------
    "{value} is not a grouping: use one of {choices}": "{value} bukan pengelompokan: gunakan salah satu dari {choices}",
    "Weight (kg)": "Berat (kg)",
    "Dispatches": "Pengiriman",
    "First": "Pertama",
    "Last": "Terakhir",
    "Who (donor)": "Siapa (donatur)",
    "Region code": "Kode wilayah",
    "People": "Jiwa",
    "Recipients": "Penerima",
    "Donor name": "Nama donatur",
    "by kecamatan": "per kecamatan",
    "by desa": "per desa",
    "by recipient": "per penerima",
    "by item": "per barang",
    "by donor": "per donatur",
    "detail (4W)": "rinci (4W)",
    "Grouped": "Dikelompokkan",
    "Reached": "Jangkauan",
    "{recipients} recipients in {kecamatan} kecamatan, {people} people":
        "{recipients} penerima di {kecamatan} kecamatan, {people} jiwa",
    "Distribution": "Distribusi",
    "Quantities in each item's base unit; weight = quantity x weight per unit. People: the jiwa of the "
    "distinct recipients reached (in the place; with the item; with the donor's goods), as recorded now. "
    "Cancelled dispatches are left out.":
        "Jumlah dalam satuan dasar tiap barang; berat = jumlah x berat per satuan. Jiwa: jumlah jiwa dari "
        "penerima berbeda yang dijangkau (di wilayah itu; dengan barang itu; dengan barang donatur itu), "
        "menurut data saat ini. Pengeluaran yang dibatalkan tidak dihitung.",
    "4W distribution report": "Laporan distribusi 4W",
    "Event": "Kejadian",
    "unknown donor {code}": "donatur {code} tidak dikenal",
    "{code} is not a donor": "{code} bukan donatur",
    "Dispatched": "Dikirim",
    "Written off": "Dihapuskan",
    "Adjusted": "Disesuaikan",
    "On hand": "Stok ada",
    "Expired in stock": "Stok kedaluwarsa",
    "all dates": "semua tanggal",
    "from {start}": "sejak {start}",
    "until {end}": "sampai {end}",
    "Summary per item": "Ringkasan per barang",
    "In transit": "Dalam perjalanan",
    "Received (kg)": "Diterima (kg)",
    "Barcode": "Barcode",
    "Receipt": "Penerimaan",
    "Where each lot went": "Ke mana setiap lot disalurkan",
    "Surat jalan": "Surat jalan",
    "yes": "ya",
    "not yet": "belum",
    "Lots received": "Lot diterima",
    "As of": "Per tanggal",
    "Dispatched: goods issues posted and not cancelled. Adjusted: stock opname and other corrections "
    "(+ found, - lost). Expired: on hand past its expiry date today.":
        "Dikirim: pengeluaran yang diposting dan tidak dibatalkan. Disesuaikan: stock opname dan koreksi lain "
        "(+ ditemukan, - hilang). Kedaluwarsa: stok yang melewati tanggal kedaluwarsanya per hari ini.",
    "Donor accountability report": "Laporan pertanggungjawaban donatur",
    "(no rows)": "(tidak ada baris)",
    "Made by Gudang on {when}": "Dibuat oleh Gudang pada {when}",
    "Stock position": "Posisi stok",
    "Opening": "Saldo awal",
    "Closing": "Saldo akhir",
    "Closing (kg)": "Saldo akhir (kg)",
    "Items": "Barang",
    "Closing = opening + received - issued + adjusted - written off, in each item's base unit. Adjusted: "
    "stock opname, losses and finds, transfers. Goods in transit have been issued.":
        "Saldo akhir = saldo awal + diterima - dikeluarkan + disesuaikan - dihapuskan, dalam satuan dasar tiap "
        "barang. Disesuaikan: stock opname, kehilangan dan temuan, mutasi. Barang dalam perjalanan sudah "
        "dikeluarkan.",
    "Stock position report (mutasi)": "Laporan posisi dan mutasi logistik",
}
