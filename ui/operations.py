"""The one way the UI changes anything: `Operations.run`.

Every user action calls a core service through here (Anki's CollectionOp):
it shows a busy cursor, turns a GudangError into a warning the user can
read, logs anything else as a bug with its traceback, and tells the views
what changed so each refreshes only what it shows. The UI never holds a
database session; each call is its own unit of work in the core.
"""

from __future__ import annotations

import logging
import traceback
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gudang.db.engine import Database
from gudang.domain.errors import GudangError
from gudang.domain.roles import can
from gudang.services.uow import Actor

log = logging.getLogger("gudang.ui")
T = TypeVar("T")

# What a change touched; views refresh when they show one of these.
STOCK, CATALOGUE, PARTNERS, LOCATIONS, DOCUMENTS, SETTINGS, USERS, COUNTS = (
    "stock", "catalogue", "partners", "locations", "documents", "settings", "users", "counts")


class Operations(QObject):
    """Runs service calls for the widgets and announces what changed."""

    changed = Signal(frozenset)  # the areas touched by a successful change
    failed = Signal(str)  # the user-facing message of a refused action

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.show_dialogs = True  # tests and scan screens report errors inline instead

    def can(self, action: str) -> bool:
        """Mirror of the service layer's permission check, to enable or hide buttons."""
        return can(self.actor.role, action)

    @contextmanager
    def _busy(self) -> Iterator[None]:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()

    def run(self, service: Callable[..., T], *args: Any, changes: Iterable[str] = (),
            parent: QWidget | None = None, quiet: bool = False, **kwargs: Any) -> T | None:
        """Call a mutating service as the logged-in user: `service(db, actor, *args)`.

        Returns the service's result, or None when it was refused (the user
        has been told why, unless `quiet`, in which case `failed` carries it).
        """
        return self._call(lambda: service(self.db, self.actor, *args, **kwargs), frozenset(changes),
                          parent, quiet)

    def query(self, service: Callable[..., T], *args: Any, parent: QWidget | None = None,
              quiet: bool = False, **kwargs: Any) -> T | None:
        """Call a read-side function: `service(db, *args)`."""
        return self._call(lambda: service(self.db, *args, **kwargs), frozenset(), parent, quiet)

    def _call(self, call: Callable[[], T], changes: frozenset, parent: QWidget | None, quiet: bool) -> T | None:
        try:
            with self._busy():
                result = call()
        except GudangError as error:
            self.failed.emit(error.message)
            if not quiet and self.show_dialogs:
                QMessageBox.warning(parent, self.tr("Not possible"), error.message)
            return None
        except Exception as error:  # a bug: never hide it
            details = traceback.format_exc()
            log.error("unexpected error\n%s", details)
            message = self.tr("Unexpected error (a bug): %1").replace("%1", f"{type(error).__name__}: {error}")
            self.failed.emit(message)
            if self.show_dialogs:
                box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Program error"), message,
                                  QMessageBox.StandardButton.Ok, parent)
                box.setDetailedText(details)
                box.exec()
            return None
        if changes:
            self.changed.emit(changes)
        return result
