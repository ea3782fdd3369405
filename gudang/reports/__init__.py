"""Reports and printing: fills the document contract (gudang.documents.data) from the database."""
