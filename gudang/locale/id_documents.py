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
    # --- documents: common -------------------------------------------------
    "Number": "Nomor",
    "Page {page} of {total}": "Halaman {page} dari {total}",
    "continued": "lanjutan",
    "CANCELLED": "BATAL",
    "COPY": "SALINAN",
    "NIP": "NIP",
    "Date": "Tanggal",
    "No": "No",
    "Code": "Kode",
    "Item name": "Nama Barang",
    "Qty": "Jumlah",
    "Unit": "Satuan",
    "TOTAL": "JUMLAH",
    "Notes": "Catatan",
    "Remark": "Keterangan",
    "Lot": "Lot",
    "Lot / Expiry": "Lot / Kedaluwarsa",
    "Exp.": "ED",
    "Expiry": "Kedaluwarsa",
    "Disaster event": "Kejadian bencana",
    "Acknowledged by": "Mengetahui",
    "Handed over by": "Yang Menyerahkan",
    "Received by": "Yang Menerima",
    "Driver": "Pengemudi",
    "Warehouse": "Gudang",
    "Condition": "Kondisi",
    "good": "baik",
    "damaged": "rusak",
    # --- surat jalan -------------------------------------------------------
    "WAYBILL": "SURAT JALAN",
    "Sheet 1: Recipient": "Lembar 1: Penerima",
    "Sheet 2: Driver": "Lembar 2: Pengemudi",
    "Sheet 3: Archive": "Lembar 3: Arsip",
    "From": "Dari",
    "To": "Kepada",
    "Village": "Desa/Kelurahan",
    "District": "Kecamatan",
    "Contact": "Kontak",
    "Loading place": "Tempat muat",
    "Destination": "Tujuan bongkar",
    "Request ref.": "Ref. permintaan",
    "Transport mode": "Moda angkutan",
    "Carrier": "Pengangkut",
    "Vehicle plate": "No. polisi",
    "Driver phone": "Telp. pengemudi",
    "Please receive the following goods:": "Mohon diterima barang-barang sebagai berikut:",
    "Received": "Diterima",
    "Good": "Baik",
    "Damaged": "Rusak",
    "Short": "Kurang",
    "Weight / Volume": "Berat / Volume",
    "Packages: {packages} \u2022 Total weight: {kg} kg \u2022 Total volume: {m3} m\u00b3":
        "Jumlah koli: {packages} \u2022 Berat total: {kg} kg \u2022 Volume total: {m3} m\u00b3",
    "The recipient fills in the Received columns and signs with the date of receipt.":
        "Kolom Diterima diisi oleh penerima, lalu ditandatangani dengan tanggal penerimaan.",
    # --- berita acara, kartu stok ------------------------------------------
    ', as follows:':
        ', dengan rincian sebagai berikut:',
    'Acting for and on behalf of {agency}, hereinafter called {role}.':
        'Dalam hal ini bertindak untuk dan atas nama {agency}, selanjutnya disebut {role}.',
    'Address':
        'Alamat',
    'Approval':
        'Dasar persetujuan',
    'Approved by':
        'Menyetujui',
    'Balance':
        'Sisa',
    'Bin':
        'Lokasi/Rak',
    'Contract / order':
        'No. kontrak/SPK',
    'Counted':
        'Hasil hitung',
    'Counting team':
        'Tim Pemeriksa',
    'Delivered by':
        'Diantar oleh',
    'Difference':
        'Selisih',
    'Document':
        'Dokumen',
    'Document number':
        'Nomor Dokumen',
    'Donation / aid':
        'Hibah / bantuan',
    'Donor':
        'Donatur',
    'Earmarked for':
        'Peruntukan',
    'FIRST PARTY':
        'PIHAK PERTAMA',
    'From / to':
        'Dari / Kepada',
    'GOODS RECEIVED REPORT':
        'BERITA ACARA PENERIMAAN BARANG',
    'HANDOVER CERTIFICATE':
        'BERITA ACARA SERAH TERIMA BARANG',
    'In':
        'Masuk',
    'Item code':
        'Kode barang',
    'Lot / Bin':
        'Lot / Rak',
    'Lot barcode':
        'Barcode lot',
    'Method':
        'Cara penghapusan',
    'Name':
        'Nama',
    'On {day}, {date},':
        'Pada hari {day}, {date},',
    'Opening balance':
        'Saldo awal',
    'Out':
        'Keluar',
    'Pack':
        'Kemasan',
    'Per records':
        'Menurut administrasi',
    'Period':
        'Periode',
    'Position':
        'Jabatan',
    'Purchase':
        'Pembelian',
    'Quantity':
        'Jumlah',
    'Reason':
        'Alasan',
    'Receipt type':
        'Jenis penerimaan',
    'SECOND PARTY':
        'PIHAK KEDUA',
    'STOCK CARD':
        'KARTU STOK',
    'STOCK COUNT REPORT':
        'BERITA ACARA STOCK OPNAME',
    'Scope':
        'Cakupan',
    "Sender's waybill":
        'No. surat jalan pengirim',
    'Source / donor':
        'Sumber / donatur',
    'Stock custodian':
        'Pengurus Barang',
    'TOTAL / CLOSING BALANCE':
        'JUMLAH / SALDO AKHIR',
    'The goods were checked on arrival and received in the quantities and condition stated above. This report is made truthfully to be used as appropriate.':
        'Barang tersebut telah diperiksa pada saat kedatangan dan diterima dengan jumlah dan kondisi sebagaimana tersebut di atas. Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    'This handover certificate is made truthfully in two copies, each with the same legal force, to be used as appropriate.':
        'Demikian Berita Acara Serah Terima ini dibuat dengan sebenarnya dalam rangkap 2 (dua), masing-masing mempunyai kekuatan hukum yang sama, untuk dipergunakan sebagaimana mestinya.',
    'This stock count report is made truthfully to be used as appropriate.':
        'Demikian berita acara stock opname ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    'This write-off report is made truthfully to be used as appropriate.':
        'Demikian berita acara penghapusan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    'Transfer':
        'Mutasi antargudang',
    'WRITE-OFF REPORT':
        'BERITA ACARA PENGHAPUSAN BARANG',
    'Warehouse officer':
        'Petugas Gudang',
    'Witness':
        'Saksi',
    'according to waybill number {number}':
        'sesuai Surat Jalan Nomor {number}',
    'at {place},':
        'bertempat di {place},',
    'for the disaster event {event}':
        'dalam rangka penanganan {event}',
    'the goods listed below were received from {donor}:':
        'telah diterima barang dari {donor} sebagai berikut:',
    'the goods of {warehouse} listed below were written off from the stock:':
        'telah dilakukan penghapusan barang persediaan {warehouse} sebagai berikut:',
    'the undersigned counting team carried out a physical count of the stock of {warehouse} with the following result:':
        'kami tim pemeriksa yang bertanda tangan di bawah ini telah melaksanakan pemeriksaan fisik (stock opname) persediaan {warehouse} dengan hasil sebagai berikut:',
    'we the undersigned:':
        'kami yang bertanda tangan di bawah ini:',
    '{first} hands over to {second}, and {second} declares to have received from {first}, the relief goods':
        '{first} menyerahkan kepada {second}, dan {second} menyatakan telah menerima dari {first}, barang bantuan',
    '{lines} lines counted, {differing} with a difference.':
        '{lines} baris dihitung, {differing} di antaranya berselisih.',
    # --- labels ------------------------------------------------------------
    "No expiry": "Tanpa kedaluwarsa",
    "Unknown label template {name}; choose one of {choices}":
        "Template label {name} tidak dikenal; pilih salah satu dari {choices}",
}
