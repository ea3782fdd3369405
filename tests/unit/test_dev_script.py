"""scripts/dev.py's virtual environment check."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _dev():
    spec = importlib.util.spec_from_file_location("gudang_dev_script_unit", ROOT / "scripts" / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_venv_this_script_runs_on_is_never_taken_for_broken(monkeypatch):
    """The bundle tests run `dev.py bundle` with the venv's Python while the suite runs on it: a
    version check that times out on a loaded machine once made dev.py recreate the venv with
    --clear under the running tests."""
    dev = _dev()
    here = Path(sys.prefix)
    python = Path(sys.executable)
    monkeypatch.setattr(dev, "VENV", here)
    monkeypatch.setattr(dev, "VENV_PYTHON", python)

    def timed_out(*args, **kwargs):
        raise subprocess.TimeoutExpired(args[0], 60)

    monkeypatch.setattr(dev.subprocess, "run", timed_out)
    assert dev._venv_works()
    monkeypatch.setattr(dev, "VENV", here / "elsewhere")  # another venv whose Python does not answer
    assert not dev._venv_works()
