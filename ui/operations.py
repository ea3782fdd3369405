"""The one way the UI changes anything: `Operations.run`.

Every user action calls a core service through here (Anki's CollectionOp):
it shows a busy cursor, turns a GudangError into a message the user can
read, logs anything else as a bug with its traceback, and tells the views
what changed so each refreshes only what it shows. The UI never holds a
database session; each call is its own unit of work in the core.

    result = ops.run(counts.undo_scan, count_id, changes={COUNTS}, quiet=True)
    if result.ok: ... result.value ...
    else: banner.wrong(result.message)

`run` returns an `OpResult` (ok, value, message, error): the caller decides
where a refusal goes (a banner, the field it concerns; a warning dialog
unless `quiet`), with no signal to listen to. `execute` is `run` with
`quiet=True`, for screens that show refusals inline; `read` the same for
read-side functions, and `query` their value alone (None when refused).
`submit` runs work that takes more than a moment (a big PDF, verify, an
import) in a worker thread with a progress indicator and hands the OpResult
to a callback in the GUI thread. The `failed` signal only feeds the status
bar; nothing waits on it.
"""

from __future__ import annotations

import logging
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from gudang.db.engine import Database
from gudang.domain.errors import GudangError
from gudang.domain.roles import can
from gudang.services.uow import Actor

log = logging.getLogger("gudang.ui")
T = TypeVar("T")

# What a change touched; views refresh when they show one of these.
STOCK, CATALOGUE, PARTNERS, LOCATIONS, DOCUMENTS, SETTINGS, USERS, COUNTS = (
    "stock", "catalogue", "partners", "locations", "documents", "settings", "users", "counts")


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """What a service call gave the screen: its value, or why it was refused.

    `message` is the user's language's text of a refusal (a GudangError) or of
    a bug; `error` the exception itself (a GudangError names its field in
    `error.where`); `changes` the areas refreshed after a success.
    """

    ok: bool
    value: T | None = None
    message: str = ""
    error: BaseException | None = None
    changes: frozenset = field(default_factory=frozenset)

    @property
    def refused(self) -> bool:
        """Refused by a rule the user can act on (not a bug)."""
        return not self.ok and isinstance(self.error, GudangError)


def field_word(name: str) -> str:
    """A core input field's name as a user reads it ("qty" -> "quantity")."""
    from PySide6.QtCore import QCoreApplication

    words = {
        "qty": QCoreApplication.translate("Fields", "quantity"), "lot": QCoreApplication.translate("Fields", "lot"),
        "location": QCoreApplication.translate("Fields", "bin"), "from": QCoreApplication.translate("Fields", "from bin"),
        "to": QCoreApplication.translate("Fields", "to bin"), "reason": QCoreApplication.translate("Fields", "reason"),
        "date": QCoreApplication.translate("Fields", "date"), "sku": QCoreApplication.translate("Fields", "item"),
        "start": QCoreApplication.translate("Fields", "from date"), "end": QCoreApplication.translate("Fields", "to date"),
        "partner": QCoreApplication.translate("Fields", "partner"), "code": QCoreApplication.translate("Fields", "code"),
        "name": QCoreApplication.translate("Fields", "name"), "warehouse": QCoreApplication.translate("Fields", "warehouse"),
        "password": QCoreApplication.translate("Fields", "password"),
    }
    return words.get(name, name)


def user_message(error: GudangError) -> str:
    """The message of a refusal for a screen: where the core says "field qty" (a file's field
    name), the screen says the word the user sees ("quantity"), or nothing when the error
    concerns one field of a form that shows it next to that field."""
    import re

    from gudang.domain.inputs import where_field, where_line

    where = error.where
    if not where:
        return error.message
    field_pattern = re.escape(where_field("\0")).replace(re.escape("\0"), "(?P<field>[\\w-]+)")
    line_pattern = re.escape(where_line(987654, "\0")).replace("987654", "(?P<line>\\d+)").replace(
        re.escape("\0"), "(?P<field>[\\w-]+)")
    error.where = None
    try:
        text = error.message
    finally:
        error.where = where
    match = re.fullmatch(line_pattern, where)
    if match:
        return f"{where_line(int(match['line']))}, {field_word(match['field'])}: {text}"
    match = re.fullmatch(field_pattern, where)
    if match:
        return f"{field_word(match['field'])}: {text}"
    return error.message


class _Signals(QObject):
    finished = Signal(object)  # (ok, value or exception, traceback text)


class _Work(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        from gudang.i18n import get_language

        self.call, self.signals = call, signals
        self.language = get_language()  # the core's language is per thread: the worker speaks the user's

    def run(self) -> None:
        from gudang.i18n import set_language

        set_language(self.language)
        try:
            outcome = (True, self.call(), "")
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread
            outcome = (False, error, traceback.format_exc())
        try:
            self.signals.finished.emit(outcome)
        except RuntimeError:  # the window closed meanwhile
            pass


class Operations(QObject):
    """Runs service calls for the widgets and announces what changed."""

    changed = Signal(frozenset)  # the areas touched by a successful change
    failed = Signal(str)  # the message of a refused action, for the status bar (callers use OpResult)

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.show_dialogs = True  # tests and scan screens report errors inline instead
        self._running: set[_Signals] = set()  # keeps the signal objects of background work alive

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
            parent: QWidget | None = None, quiet: bool = False, **kwargs: Any) -> OpResult[T]:
        """Call a mutating service as the logged-in user, `service(db, actor, *args)`, and say
        how it went. A refusal is shown in a warning dialog unless `quiet` (then the caller
        shows `result.message`); a bug is always shown and logged. After a success the areas in
        `changes` are announced, so the views showing them refresh."""
        return self._attempt(lambda: service(self.db, self.actor, *args, **kwargs), frozenset(changes),
                             parent, quiet)

    def execute(self, service: Callable[..., T], *args: Any, changes: Iterable[str] = (),
                parent: QWidget | None = None, quiet: bool = True, **kwargs: Any) -> OpResult[T]:
        """`run` for screens that show a refusal where it belongs (quiet by default)."""
        return self.run(service, *args, changes=changes, parent=parent, quiet=quiet, **kwargs)

    def read(self, service: Callable[..., T], *args: Any, parent: QWidget | None = None, quiet: bool = True,
             **kwargs: Any) -> OpResult[T]:
        """Call a read-side function `service(db, *args)` and say how it went."""
        return self._attempt(lambda: service(self.db, *args, **kwargs), frozenset(), parent, quiet)

    def submit(self, service: Callable[..., Any], *args: Any, done: Callable[[OpResult], None],
               label: str = "", changes: Iterable[str] = (), parent: QWidget | None = None,
               as_user: bool = True, **kwargs: Any) -> None:
        """Run `service` in a worker thread (as the user, or as a read with `as_user=False`);
        after a moment a progress indicator says what is being done. `done(OpResult)`
        is called in the GUI thread."""
        db, actor = self.db, self.actor
        call = (lambda: service(db, actor, *args, **kwargs)) if as_user else (lambda: service(db, *args, **kwargs))
        changes = frozenset(changes)
        signals = _Signals(self)
        progress = QProgressDialog(label or self.tr("Working…"), "", 0, 0, parent)
        progress.setWindowTitle(self.tr("Please wait"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.reset()
        timer = QTimer(self, singleShot=True, interval=400)  # quick work shows no dialog
        timer.timeout.connect(progress.show)
        self._running.add(signals)

        def finished(outcome) -> None:
            timer.stop()
            progress.reset()
            progress.deleteLater()
            self._running.discard(signals)
            ok, value, details = outcome
            result = self._result(ok, value, details, changes, parent, quiet=True)
            done(result)

        signals.finished.connect(finished)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        signals.finished.connect(lambda _: QApplication.restoreOverrideCursor())
        timer.start()
        QThreadPool.globalInstance().start(_Work(call, signals))

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for work started by `submit` (tests, closing the window)."""
        return QThreadPool.globalInstance().waitForDone(timeout_ms)

    def _attempt(self, call: Callable[[], T], changes: frozenset, parent: QWidget | None,
                 quiet: bool) -> OpResult[T]:
        try:
            with self._busy():
                value = call()
        except Exception as error:  # noqa: BLE001 - sorted in _result
            return self._result(False, error, traceback.format_exc(), changes, parent, quiet)
        return self._result(True, value, "", changes, parent, quiet)

    def _result(self, ok: bool, value: Any, details: str, changes: frozenset, parent: QWidget | None,
                quiet: bool) -> OpResult:
        if ok:
            if changes:
                self.changed.emit(changes)
            return OpResult(True, value, changes=changes)
        error = value
        if isinstance(error, GudangError):
            message = user_message(error)
            self.failed.emit(message)  # the status bar's; callers use the result
            if not quiet and self.show_dialogs:
                QMessageBox.warning(parent, self.tr("Not possible"), message)
            return OpResult(False, None, message, error)
        log.error("unexpected error\n%s", details)
        message = self.tr("Unexpected error (a bug): %1").replace("%1", f"{type(error).__name__}: {error}")
        self.failed.emit(message)
        if self.show_dialogs:
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Program error"), message,
                              QMessageBox.StandardButton.Ok, parent)
            box.setDetailedText(details)
            box.exec()
        return OpResult(False, None, message, error)

    def query(self, service: Callable[..., T], *args: Any, parent: QWidget | None = None,
              quiet: bool = False, **kwargs: Any) -> T | None:
        """A read-side function's value, `service(db, *args)`, or None when it was refused (shown
        in a dialog unless `quiet`). For the reason as well, use `read`."""
        result = self._attempt(lambda: service(self.db, *args, **kwargs), frozenset(), parent, quiet)
        return result.value if result.ok else None
