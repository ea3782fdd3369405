"""`PRAGMA quick_check` of the SQLite file, started before anything heavy is imported.

The app and every `gudang` command check the SQLite file before they open it
(gudang.db.recovery), and the check reads the whole file: about half a second for a
year of a busy warehouse (S=10, 180 MB), more as the years add up. Started first, it
runs while Python loads SQLAlchemy (and Qt), which takes about as long: SQLite lets go
of Python's lock while it reads. Whoever opens the database adopts the answer only if
the check read the very file it opens (`problems_of`); otherwise it checks again.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

# Importing this module imports gudang.db first, which configures SQLite before the check loads it.


class EarlyCheck:
    def __init__(self, path: Path) -> None:
        # Imported here, before the thread starts: a module imported by two threads at once can
        # be handed half made to one of them (the command's imports and the check met in
        # `typing`). The thread itself imports nothing.
        from gudang.db import backup  # the standard library's sqlite3 only

        self.path = path
        self.problems: list[str] = []
        self._quick_check = backup.quick_check
        self.thread = threading.Thread(target=self._run, name="gudang-quick-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.problems = self._quick_check(self.path)
        except Exception as error:  # noqa: BLE001 - reported as a problem of the file
            self.problems = [str(error)]

    def wait(self) -> None:
        self.thread.join()

    def problems_of(self, path: str | os.PathLike[str]) -> list[str] | None:
        """The problems the check found in `path` (after it ends), or None if it checked
        another file."""
        if Path(path).absolute() != self.path:
            return None
        self.wait()
        return list(self.problems)

    @classmethod
    def start(cls, argv: list[str]) -> "EarlyCheck | None":
        """Check the database file gudang.db.engine.resolve_url will name, found without
        importing it: --db anywhere in `argv`, else $GUDANG_DB, else the settings file's,
        else the file in the user data folder. None for PostgreSQL, or a file that is not
        there or empty."""
        from gudang import paths

        value = None
        for i, arg in enumerate(argv):
            if arg == "--db" and i + 1 < len(argv):
                value = argv[i + 1]
            elif arg.startswith("--db="):
                value = arg[5:]
        value = value or os.environ.get(paths.ENV_DB) or _settings_database(paths.settings_path())
        if value is None:
            path = paths.default_database_path()
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


def _settings_database(path: Path) -> str | None:
    """The database the settings file names, if it can be read (when the command opens the
    database, gudang.db.engine.read_settings_file reads it again and names what is wrong)."""
    import json

    try:
        value = json.loads(path.read_bytes()).get("database")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value else None
