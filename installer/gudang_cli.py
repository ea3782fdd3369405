"""Entry script of the bundle's `gudang` command (installer/gudang.spec); `gudang.cli.main`."""

import sys

from gudang.cli import main

if __name__ == "__main__":
    sys.exit(main())
