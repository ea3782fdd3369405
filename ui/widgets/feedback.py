"""Scan feedback: a big coloured banner with the last message, and a sound.

ok (green, a short high beep), unknown (amber, a low double beep), wrong
(red, a buzz), and warning (orange, the low double beep): the scan was taken but
something deserves a look (a lot already expired, stock falling below its minimum).
Colour is never the only signal: each state also has a symbol and a word ("OK",
"UNKNOWN", "WRONG", "WARNING") in front of the message, and the message itself says
what happened. A later good scan also clears an old refusal from the window's status bar. Optional inline actions (a button, and
for a wrong lot a reason field) sit in the banner, so continuous scanning is
never interrupted by a dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget,
)

from gudang import paths

log = logging.getLogger("gudang.ui")

OK, UNKNOWN, WRONG, INFO, WARNING = "ok", "unknown", "wrong", "info", "warning"
SOUND_DIR = paths.resource("sounds")

# background, text colour, symbol
STYLES = {
    OK: ("#1e7b34", "#ffffff", "\u2714"),        # heavy check mark
    UNKNOWN: ("#f0b400", "#1a1a1a", "?"),
    WRONG: ("#c62828", "#ffffff", "\u2716"),     # heavy multiplication x
    INFO: ("#e8eef5", "#1a1a1a", "\u2139"),      # information source
    WARNING: ("#e65100", "#ffffff", "!"),
}
SOUND_OF = {WARNING: UNKNOWN}  # a warning sounds like "look at this", not like a refusal


class Sounds(QObject):
    """Plays the three feedback sounds; never fails.

    QSoundEffect is used when an audio output exists. Without one (offscreen
    tests, libpulse missing, no sound card) it falls back to the system beep,
    silently.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._effects: dict[str, object] = {}
        self._ready = False
        self.played: list[str] = []  # for tests: what would have sounded

    def _load(self) -> None:
        self._ready = True
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                return
            for kind in (OK, UNKNOWN, WRONG):
                path = SOUND_DIR / f"{kind}.wav"
                if path.exists():
                    effect = QSoundEffect(self)
                    effect.setSource(QUrl.fromLocalFile(str(path)))
                    effect.setVolume(0.8)
                    self._effects[kind] = effect
        except Exception:  # no multimedia backend: beep instead
            log.info("scan sounds: multimedia unavailable, using the system beep", exc_info=True)
            self._effects = {}

    def play(self, kind: str) -> None:
        if not self.enabled or kind not in (OK, UNKNOWN, WRONG):
            return
        if not self._ready:
            self._load()
        self.played.append(kind)
        effect = self._effects.get(kind)
        try:
            if effect is not None and effect.status() != effect.Status.Error:
                effect.play()
                return
        except Exception:  # pragma: no cover - backend trouble mid-session
            log.info("scan sound failed", exc_info=True)
        QApplication.beep()


_sounds: Sounds | None = None


def sounds() -> Sounds:
    """One sound player for the whole application."""
    global _sounds
    if _sounds is None:
        _sounds = Sounds(QApplication.instance())
    return _sounds


class FeedbackBanner(QFrame):
    """The banner under the scan field. `shown(kind, text)` fires after every update."""

    shown = Signal(str, str)
    actionTriggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackBanner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.kind = INFO
        self.text = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.symbol = QLabel(self)
        self.symbol.setFixedWidth(40)
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 9) * 2.0)
        big.setBold(True)
        self.symbol.setFont(big)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.35)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action = QPushButton(self)
        self.action.setVisible(False)
        self.action.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.action.clicked.connect(self._action)
        row.addWidget(self.symbol)
        row.addWidget(self.label, 1)
        row.addWidget(self.action)
        outer.addLayout(row)
        # The inline reason row (a wrong lot may be taken with a typed reason).
        self.reason_row = QWidget(self)
        reason_layout = QHBoxLayout(self.reason_row)
        reason_layout.setContentsMargins(52, 0, 0, 0)
        self.reason_label = QLabel(self.reason_row)
        self.reason = QLineEdit(self.reason_row)
        self.reason.setMaxLength(500)
        self.reason_button = QPushButton(self.reason_row)
        reason_layout.addWidget(self.reason_label)
        reason_layout.addWidget(self.reason, 1)
        reason_layout.addWidget(self.reason_button)
        self.reason_row.setVisible(False)
        outer.addWidget(self.reason_row)
        self._callback = None
        self.sounds = sounds()
        self.show_message(INFO, self.tr("Ready to scan."), sound=False)

    def show_message(self, kind: str, text: str, *, action: str | None = None, callback=None,
                     sound: bool = True) -> None:
        background, colour, symbol = STYLES[kind]
        words = {OK: self.tr("OK"), UNKNOWN: self.tr("UNKNOWN"), WRONG: self.tr("WRONG"), INFO: "",
                 WARNING: self.tr("WARNING")}
        self.kind, self.text = kind, text
        self.setStyleSheet(
            f"QFrame#feedbackBanner {{ background: {background}; border-radius: 6px; }}"
            f"QFrame#feedbackBanner QLabel {{ color: {colour}; background: transparent; }}"
            "QFrame#feedbackBanner QPushButton { padding: 4px 12px; }")
        self.symbol.setText(symbol)
        prefix = words[kind]
        self.label.setText(f"{prefix}: {text}" if prefix else text)
        self.setAccessibleName(self.label.text())
        self.setAccessibleDescription(prefix)
        self._callback = callback
        self.action.setVisible(bool(action))
        if action:
            self.action.setText(action)
        self.reason_row.setVisible(False)
        if sound:
            self.sounds.play(SOUND_OF.get(kind, kind))
        if kind in (OK, WARNING):
            self._clear_status_bar()
        self.shown.emit(kind, text)

    def _clear_status_bar(self) -> None:
        """A refusal shown in the window's status bar is old news once a scan went through."""
        window = self.window()
        bar = window.statusBar() if isinstance(window, QMainWindow) else None
        if bar is not None and bar.currentMessage():
            bar.clearMessage()

    def ok(self, text: str, **kw) -> None:
        self.show_message(OK, text, **kw)

    def unknown(self, text: str, **kw) -> None:
        self.show_message(UNKNOWN, text, **kw)

    def wrong(self, text: str, **kw) -> None:
        self.show_message(WRONG, text, **kw)

    def warning(self, text: str, **kw) -> None:
        self.show_message(WARNING, text, **kw)

    def info(self, text: str, **kw) -> None:
        self.show_message(INFO, text, sound=False, **kw)

    def ask_reason(self, label: str, button: str) -> None:
        """Show the inline reason field (after a wrong-lot message)."""
        self.reason_label.setText(label)
        self.reason_button.setText(button)
        self.reason.clear()
        self.reason_row.setVisible(True)

    def _action(self) -> None:
        callback = self._callback
        self.actionTriggered.emit()
        if callback is not None:
            callback()
