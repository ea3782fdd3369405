"""Gudang: warehouse management for disaster-relief logistics (the Qt-free core)."""

__version__ = "0.1.0"


def resources_path(*parts: str):
    """Path of a file or folder under resources/ (fonts, logo, translations...).

    One place finds the resources folder: the environment variable
    GUDANG_RESOURCES when set, else the PyInstaller bundle's folder
    (sys._MEIPASS/resources), else resources/ beside the package in the source tree."""
    import os
    import sys
    from pathlib import Path

    override = os.environ.get("GUDANG_RESOURCES")
    if override:
        base = Path(override)
    elif getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        base = Path(sys._MEIPASS) / "resources"
    else:
        base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)
