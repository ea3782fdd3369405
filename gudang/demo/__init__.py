"""Demo / training data sets (pure data, no I/O). See :mod:`gudang.demo.data`."""
