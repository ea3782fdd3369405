"""Where Gudang's own files are: the same answer from the source tree and from the bundle.

From the source tree, `resources/` is beside the `gudang` package. In the PyInstaller
bundle (installer/gudang.spec) everything sits under the bundle's library folder,
`sys._MEIPASS` (`_internal/` beside the executables), in the same layout:
`_internal/resources/...` and `_internal/gudang/db/migrations/...`. Code that needs a
file of its own asks here instead of counting `.parent`s from its `__file__`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DB = "GUDANG_DB"
ENV_SETTINGS = "GUDANG_SETTINGS"  # the settings file (default: gudang.json in the user config folder)

_PACKAGE = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def root() -> Path:
    """The folder holding `gudang/` and `resources/`: the repository, or the bundle's `_internal`."""
    if is_frozen():
        return Path(sys._MEIPASS).resolve()  # type: ignore[attr-defined]
    return _PACKAGE.parent


def resource(*parts: str) -> Path:
    """A path under resources/, e.g. resource("icons", "ok.svg"), resource("fonts")."""
    return root().joinpath("resources", *parts)


def migrations() -> Path:
    """The Alembic script folder (env.py, versions/): files on disk, also in the bundle."""
    return root() / "gudang" / "db" / "migrations"


def default_database_path() -> Path:
    """The database file when neither --db, $GUDANG_DB nor the settings file names one."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Gudang", appauthor=False)) / "gudang.sqlite3"


def settings_path() -> Path:
    """The workstation's settings file (gudang.db.engine.read_settings_file reads it)."""
    if os.environ.get(ENV_SETTINGS):
        return Path(os.environ[ENV_SETTINGS])
    from platformdirs import user_config_dir

    return Path(user_config_dir("Gudang", appauthor=False)) / "gudang.json"
