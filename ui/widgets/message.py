"""A one-line message under a form or table: what happened, or why not.

Quieter than the scan feedback banner (no sound, hidden when there is
nothing to say); the colour always comes with a word ("Done", "Not done").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

OK, WRONG, INFO = "ok", "wrong", "info"
_STYLE = {
    OK: "color: #1b5e20; background: #e6f4ea; border: 1px solid #b7dfc1;",
    WRONG: "color: #b3261e; background: #fdecea; border: 1px solid #f3c2bd;",
    INFO: "color: #1d2733; background: #e8f0f8; border: 1px solid #c5d7ea;",
}


class MessageBar(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.kind = ""
        self.message = ""
        self.hide()

    def _show(self, kind: str, text: str) -> None:
        words = {OK: self.tr("Done"), WRONG: self.tr("Not done"), INFO: ""}
        self.kind, self.message = kind, text
        self.setStyleSheet(f"QLabel#MessageBar {{ {_STYLE[kind]} border-radius: 4px; padding: 6px 8px; }}")
        self.setText(f"{words[kind]}: {text}" if words[kind] else text)
        self.setAccessibleName(self.text())
        self.show()

    def ok(self, text: str) -> None:
        self._show(OK, text)

    def wrong(self, text: str) -> None:
        self._show(WRONG, text)

    def info(self, text: str) -> None:
        self._show(INFO, text)

    def clear(self) -> None:  # noqa: D102 - QLabel.clear, and hidden
        self.kind, self.message = "", ""
        super().clear()
        self.hide()
