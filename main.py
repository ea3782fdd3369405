"""Start the Gudang desktop app: `python main.py [--db URL|PATH] [--lang id|en]`."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path


class EarlyCheck:
    """`PRAGMA quick_check` of the SQLite file, started before anything heavy is imported.

    Reading a 100 MB file takes about a second; it runs while Python loads SQLAlchemy and
    Qt and while the user logs in. The app adopts it only if it checked the very file the
    app opens (ui.app.Controller.start_integrity_check); otherwise it checks again.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []
        self.thread = threading.Thread(target=self._run, name="gudang-quick-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from gudang.db import backup  # the standard library's sqlite3 only

        try:
            self.problems = backup.quick_check(self.path)
        except Exception as error:  # noqa: BLE001 - reported as a problem of the file
            self.problems = [str(error)]

    @classmethod
    def start(cls, argv: list[str]) -> "EarlyCheck | None":
        """Guess the database file as gudang.db.engine.resolve_url would, without importing it."""
        value = None
        for i, arg in enumerate(argv):
            if arg == "--db" and i + 1 < len(argv):
                value = argv[i + 1]
            elif arg.startswith("--db="):
                value = arg[5:]
        value = value or os.environ.get("GUDANG_DB")
        if value is None:
            from platformdirs import user_data_dir

            path = Path(user_data_dir("Gudang", appauthor=False)) / "gudang.sqlite3"
        elif "://" in value:
            if not value.startswith("sqlite") or ":///" not in value:
                return None
            path = Path(value.split(":///", 1)[1].split("?", 1)[0])
        else:
            path = Path(value).expanduser()
        path = path.absolute()
        if not path.is_file() or path.stat().st_size == 0:
            return None
        return cls(path)


def run(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    early = EarlyCheck.start(argv)
    # The core (SQLAlchemy, Alembic) before Qt: once PySide6 is loaded, its import hook
    # inspects every module imported after it, which costs a tenth of a second here.
    import gudang.services.setup  # noqa: F401
    from ui.app import main

    return main(argv, early_check=early)


if __name__ == "__main__":
    sys.exit(run())
