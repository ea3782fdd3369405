"""The `gudang` command's entry: the check of the database file starts first, then Python
loads the command (gudang.cli, SQLAlchemy) while SQLite reads the file (gudang.db.early_check)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from gudang.db.early_check import EarlyCheck

    early = EarlyCheck.start(sys.argv[1:] if argv is None else argv)
    from gudang.cli import main as run_command

    return run_command(argv, early_check=early)
