"""What belongs to this workstation, not to the shared database: the database it opens,
its language, its printer and its label template.

Kept with QSettings (an INI file in the user's configuration folder: on Windows
%APPDATA%/BPBD/Gudang.ini, on Linux ~/.config/BPBD/Gudang.ini), so two PCs on
one PostgreSQL server can each have their own language and printer, and the
letterhead, numbering and users stay shared in the database.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION, APPLICATION = "BPBD", "Gudang"
DATABASE, LANGUAGE, PRINTER, LABEL_TEMPLATE = "database", "language", "printer", "label_template"
DEFAULT_LABEL_TEMPLATE = "a4-3x8"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def get(key: str, default: str | None = None) -> str | None:
    value = _settings().value(key, default)
    return str(value) if value not in (None, "") else default


def put(key: str, value: str | None) -> None:
    settings = _settings()
    if value in (None, ""):
        settings.remove(key)
    else:
        settings.setValue(key, value)
    settings.sync()


def database() -> str | None:
    """The database chosen on this workstation (a SQLite file or a PostgreSQL URL), if any."""
    return get(DATABASE)


def language() -> str | None:
    return get(LANGUAGE)


def printer() -> str | None:
    """The printer documents go to (None: the system's default printer)."""
    return get(PRINTER)


def label_template() -> str:
    return get(LABEL_TEMPLATE, DEFAULT_LABEL_TEMPLATE) or DEFAULT_LABEL_TEMPLATE


def location() -> str:
    """Where the settings are kept (shown on the settings page)."""
    return _settings().fileName()
