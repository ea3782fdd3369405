"""Values and rules without I/O: quantities, dates, FEFO, numbering, GS1, errors."""
