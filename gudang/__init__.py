"""Gudang: warehouse management for disaster-relief logistics (the Qt-free core)."""

__version__ = "0.1.0"

