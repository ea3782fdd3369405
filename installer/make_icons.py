#!/usr/bin/env python3
"""Render the app icon resources/icons/gudang.svg into gudang.png (256 px, Linux menu
entry and window icon) and gudang.ico (16-256 px, the Windows executables and installer).

    .venv/bin/python installer/make_icons.py

Run after changing gudang.svg; the PNG and ICO are committed so that a build needs no
SVG rendering.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def render(size: int) -> Image.Image:
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "gudang.svg")).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    big = render(256)
    big.save(ICONS / "gudang.png", optimize=True)
    sizes = [16, 24, 32, 48, 64, 128, 256]
    big.save(ICONS / "gudang.ico", sizes=[(s, s) for s in sizes])
    print(f"wrote {ICONS / 'gudang.png'} and {ICONS / 'gudang.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
