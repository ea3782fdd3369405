"""Entry script of the bundle's `gudang` command (installer/gudang.spec); `gudang.command.main`."""

import sys

from gudang.command import main

if __name__ == "__main__":
    sys.exit(main())
