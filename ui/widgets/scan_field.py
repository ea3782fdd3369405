"""The scan field: a line edit for keyboard-wedge barcode scanners.

A wedge scanner types the code's characters and then Enter. The field emits
`scanned(raw)` with exactly what was typed (GS separators kept, symbology
identifier kept) and clears itself, so the next scan can follow at once.
It keeps the keyboard focus: after a button is used, after a table cell edit
ends, when the page is shown, and when focus falls to nothing, it takes the
focus back, but never while a dialog or popup is open, a table cell is being
edited, or the user is typing in another text field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLineEdit,
    QPlainTextEdit, QTextEdit, QWidget,
)

GS = "\x1d"
SYMBOLOGY_PREFIXES = ("]C1", "]e0", "]d2", "]Q3")
GS_SHOWN = "\u241d"  # the visible stand-in for GS while the field holds it


def gs1_payload(raw: str) -> str:
    """The scan as the GS1 parser wants it: without a symbology prefix, GS kept."""
    for prefix in SYMBOLOGY_PREFIXES:
        if raw.startswith(prefix):
            return raw[len(prefix):]
    return raw


def _is_text_entry(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


class ScanField(QLineEdit):
    """Emits `scanned(str)` for every non-empty code followed by Enter."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.6)
        self.setFont(font)
        self.setMinimumHeight(46)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Scan a barcode or type a code, then Enter  (F2)"))
        self.setAccessibleName(self.tr("Scan field"))
        self.returnPressed.connect(self._submit)
        self._tables: list[QAbstractItemView] = []
        self._root: QWidget | None = None
        self.auto_focus = True
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

    # --- input -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Scanners send the GS1 separator as the character 29 or as Ctrl+]; QLineEdit
        # drops control characters, so insert a visible stand-in and restore it on Enter.
        ctrl_bracket = (event.key() == Qt.Key.Key_BracketRight
                        and event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.text() == GS or ctrl_bracket:
            self.insert(GS_SHOWN)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()  # Ctrl+Enter is the page's Post shortcut
            return
        super().keyPressEvent(event)

    def raw_text(self) -> str:
        return self.text().replace(GS_SHOWN, GS)

    def _submit(self) -> None:
        raw = self.raw_text().strip("\r\n")
        self.clear()
        if not raw.strip():
            return  # an empty Enter is not a scan
        self.scanned.emit(raw)

    # --- focus keeping -------------------------------------------------------
    def keep_focus_in(self, root: QWidget, tables: list[QAbstractItemView] = ()) -> None:
        """Take the focus back after buttons and table edits inside `root`; F2 focuses."""
        self._root = root
        self._tables = list(tables)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), root)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.reclaim(force=True))
        for button in root.findChildren(QAbstractButton):
            self.follow(button)
        for table in self._tables:
            delegate = table.itemDelegate()
            delegate.closeEditor.connect(lambda *_: QTimer.singleShot(0, self, self.reclaim))

    def follow(self, widget: QWidget) -> None:
        """Return to scanning once `widget` (a button, a combo box) has been used."""
        if isinstance(widget, QAbstractButton):
            widget.clicked.connect(lambda *_: QTimer.singleShot(0, self, lambda: self.reclaim(force=True)))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda *_: QTimer.singleShot(0, self, self.reclaim))
        elif isinstance(widget, QLineEdit):
            widget.returnPressed.connect(lambda: QTimer.singleShot(0, self, lambda: self.reclaim(force=True)))

    def may_take_focus(self, force: bool = False) -> bool:
        if not self.auto_focus or not self.isVisible() or not self.isEnabled():
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        for table in self._tables:
            if table.state() == QAbstractItemView.State.EditingState:
                return False
        current = QApplication.focusWidget()
        if current is self:
            return False
        if current is not None and current.window() is not self.window():
            return False  # another top-level window (a non-modal dialog) has the keyboard
        if not force and current is not None and _is_text_entry(current):
            return False  # the user is typing in a header field
        return True

    def reclaim(self, force: bool = False) -> None:
        if self.may_take_focus(force):
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.selectAll()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._root is None or not self.isVisible():
            return
        if new is None and old is not None and self._root.isAncestorOf(old):
            QTimer.singleShot(0, self, self.reclaim)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: self.reclaim(force=True))

