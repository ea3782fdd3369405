"""Message catalogues of the core, one module per language (English is the id)."""
