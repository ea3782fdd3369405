"""Indonesian texts of the second wave of documents: fonts, BAST from the
delivery confirmation, cancellations, reversal papers, totals per unit."""

MESSAGES: dict[str, str] = {
    "contains {char}, which documents cannot print: write it in Latin or Arabic letters":
        "berisi {char} yang tidak dapat dicetak pada dokumen: tulislah dengan huruf Latin atau Arab",
    "Condition on receipt": "Kondisi saat diterima",
    "DRAFT": "DRAF",
    "Audit chain {digits}": "Rantai audit {digits}",
    "CANCELLED by {number} on {date}.": "BATAL dengan {number} tanggal {date}.",
    "Reason: {reason}": "Alasan: {reason}",
    "DRAFT \u2014 not confirmed: this form records the goods as shipped; the certificate is printed "
    "after the delivery confirmation.":
        "DRAF \u2014 belum dikonfirmasi: formulir ini memuat barang sebagaimana dikirim; berita acara "
        "dicetak setelah konfirmasi penerimaan.",
    "Dated back: {reason}": "Tanggal mundur: {reason}",
    "CANCELLATION NOTE": "BUKTI PEMBATALAN",
    "Cancels": "Membatalkan",
    "Document type": "Jenis dokumen",
    "Document date": "Tanggal dokumen",
    "Document {number} is cancelled. The goods below were moved back where they came from:":
        "Dokumen {number} dibatalkan. Barang berikut dikembalikan ke tempat asalnya:",
    "Cancelled by": "Dibatalkan oleh",
    "Packages: {packages}": "Jumlah koli: {packages}",
    "Total weight: {kg} kg": "Berat total: {kg} kg",
    "Total volume: {m3} m\u00b3": "Volume total: {m3} m\u00b3",
    "quarantined": "karantina",
    "expired": "kedaluwarsa",
    "Head of the logistics warehouse": "Kepala Gudang Logistik",
    "Executive head of BPBD": "Kepala Pelaksana BPBD",
    "to help the people affected by the disaster": "untuk membantu warga terdampak bencana",
    "the QR code does not match the posted lines of {number}: the paper was changed or belongs to "
    "another document":
        "kode QR tidak sesuai dengan baris {number} yang telah diposting: kertas itu diubah atau milik "
        "dokumen lain",
    "Goods issue": "Pengeluaran barang",
    "Goods receipt": "Penerimaan barang",
    "Transfer": "Mutasi",
    "Write-off": "Penghapusan",
    "Adjustment": "Penyesuaian",
    "Handover": "Serah terima",
    "Written {path}: a DRAF handover form, the delivery is not confirmed yet.":
        "{path} ditulis: formulir serah terima DRAF, penerimaan belum dikonfirmasi.",
}
