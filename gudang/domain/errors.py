"""User errors: the only exceptions a user should ever see.

Each carries a translatable message id and named parameters; `str(error)`
renders it in the current language. Anything that is not a GudangError is a
bug and is shown as one.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import PurePath

from gudang.i18n import tr


class GudangError(Exception):
    """Base of every error caused by what the user asked for."""

    code = "error"

    def __init__(self, message_id: str, **params: object) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.params = params
        self.where: str | None = None  # e.g. "line 2, field qty", prefixed by `at`
        # The same place for screens, which mark the cell or field: line number and field name.
        self.line: int | None = None
        self.field: str | None = None

    def at(self, where: str) -> "GudangError":
        """Say where in the input the problem is (document line and field).

        `where` may carry `line` and `field` attributes (gudang.domain.inputs.where_line),
        which are kept for screens that show the problem on that cell."""
        self.where = where if self.where is None else f"{where}, {self.where}"
        if self.line is None:
            self.line = getattr(where, "line", None)
        if self.field is None:
            self.field = getattr(where, "field", None)
        return self

    @property
    def message(self) -> str:
        text = tr(self.message_id).format(**{k: _show(v) for k, v in self.params.items()})
        if self.where:
            return f"{self.where}: {text}"
        return text

    def __str__(self) -> str:
        return self.message


def _show(value: object) -> str:
    if isinstance(value, Decimal) and value.is_finite():
        # In the reader's notation: "2.5" in an Indonesian message reads as twenty-five.
        from gudang.domain.numbers import format_decimal

        text = format_decimal(value)
    elif isinstance(value, Decimal):
        text = str(value)
    else:
        text = str(value)
    # Keep messages one line and of sane length even for hostile input; control
    # characters (NUL, ESC sequences, bidi overrides) are shown escaped, never raw.
    # File paths stay whole so a suggested command can be copied; other values are cut.
    limit = 400 if isinstance(value, PurePath) else 120
    text = text if len(text) <= limit else text[:limit - 3] + "..."
    if not text.isprintable():
        text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return text


class InvalidInput(GudangError):
    code = "invalid_input"


class NotFound(GudangError):
    code = "not_found"


class AlreadyExists(GudangError):
    code = "already_exists"


class InsufficientStock(GudangError):
    code = "insufficient_stock"


class LotNotAllowed(GudangError):
    """An expired or quarantined lot was asked for."""

    code = "lot_not_allowed"


class InvalidState(GudangError):
    code = "invalid_state"


class PermissionDenied(GudangError):
    code = "permission_denied"


class AuthenticationFailed(GudangError):
    code = "authentication_failed"


class DatabaseProblem(GudangError):
    """The database file or server cannot be used as it is (not a bug in Gudang)."""

    code = "database"


class CountInProgress(GudangError):
    code = "count_in_progress"


class DiskFull(DatabaseProblem):
    """The disk (or the database server's disk) is full: nothing was written."""

    code = "disk_full"
