"""Windows that open within the screen: the room a screen leaves, and sizing a window to it.

Warehouse PCs often have 1366x768 or 1024x768 screens: a window asks for the size
it would like and gets at most what the screen leaves (minus the taskbar and the
title bar), centred there. `available` is the one place that asks the screen, so
the screenshot test can stand in a 1024x768 one.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = 40  # title bar and borders the window manager adds


def available(widget: QWidget | None = None) -> QRect:
    """What the screen of `widget` (or the primary screen) leaves for windows."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(window: QWidget, wanted: QSize, parent: QWidget | None = None) -> QSize:
    """Size `window` to `wanted`, never larger than the room of its screen, and centre it."""
    room = available(parent)
    size = QSize(min(wanted.width(), room.width() - 16), min(wanted.height(), room.height() - FRAME))
    window.resize(size)
    window.move(room.x() + (room.width() - size.width()) // 2,
                room.y() + max(0, (room.height() - FRAME - size.height()) // 2))
    return size
