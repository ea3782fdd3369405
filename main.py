"""Start the Gudang desktop app: `python main.py [--db URL|PATH] [--lang id|en]`."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
