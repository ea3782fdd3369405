"""The core (gudang/) never imports Qt nor the ui package (DESIGN.md section 2)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "gudang"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def forbidden_imports(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names = [str(node.args[0].value)]
        for name in names:
            if name.split(".")[0] in FORBIDDEN:
                found.append(f"{filename}:{node.lineno}: {name}")
    return found


def test_no_module_under_gudang_imports_qt_or_ui():
    modules = sorted(CORE.rglob("*.py"))
    assert len(modules) > 20
    problems = [p for path in modules
                for p in forbidden_imports(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert problems == []


def test_the_checker_catches_each_form():
    for source in ("import PySide6", "from PySide6.QtCore import Qt", "import ui.main_window",
                   "from ui import operations", "import importlib\nimportlib.import_module('PySide6.QtGui')",
                   "def f():\n    from PySide6 import QtWidgets"):
        assert forbidden_imports(source, "x.py"), source
    assert forbidden_imports("import uuid\nfrom gudang.ui_text import x\nimport uinput", "x.py") == []


def test_importing_every_core_module_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys, gudang\n"
        "for m in pkgutil.walk_packages(gudang.__path__, 'gudang.'):\n"
        "    if m.name.endswith('__main__') or '.migrations' in m.name: continue\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(bad)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "[]"
