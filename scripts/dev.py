#!/usr/bin/env python3
"""Gudang developer commands. Standard library only: runs with the system python3.

    python3 scripts/dev.py run  [args for main.py]   start the app
    python3 scripts/dev.py test [args for pytest]    run the test suite (offscreen)

Both first make sure that
  * the system libraries Qt needs are installed (Debian/Ubuntu; as root they
    are installed with apt-get, otherwise the command to do so is printed),
  * `.venv` exists in the repository root, with `pip install -e '.[test]'`
    done for the current pyproject.toml (a stamp file in .venv remembers its
    hash, so this is skipped when nothing changed).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".gudang-install-stamp"
WINDOWS = os.name == "nt"
VENV_PYTHON = VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")
MIN_PYTHON = (3, 11)

# Debian/Ubuntu packages. "a|b" means either (Ubuntu 24.04+ and Debian 13 renamed
# some libraries with a t64 suffix).
# Qt 6 (PySide6 wheels) runtime: what the xcb and offscreen platform plugins,
# QtGui/QtWidgets/QtPdf and the OpenGL/EGL integrations link against (checked
# with ldd on the wheel's libraries and plugins). libnss3 and libasound2 are for
# QtWebEngine/QtMultimedia, which ship in the same PySide6 wheels.
QT_PACKAGES = [
    "libegl1",
    "libgl1",
    "libopengl0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0|libglib2.0-0t64",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-glx0",
    "libnss3",
    "libasound2|libasound2t64",
    # QtMultimedia (scan feedback sounds) links against PulseAudio's client library.
    "libpulse0",
    "libpulse-mainloop-glib0",
]
# Fonts for rendering, poppler (pdftotext/pdftoppm) for checking PDFs, Xvfb
# (and xauth, for xvfb-run) for a real (virtual) screen.
TOOL_PACKAGES = ["fonts-dejavu-core", "poppler-utils", "xvfb", "xauth"]
# The PostgreSQL server binaries the test suite starts its own server from.
TEST_PACKAGES = ["postgresql"]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


# --------------------------------------------------------------------------- system packages


def _installed_debian_packages(names: list[str]) -> set[str]:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Status}\n", *names],
        capture_output=True,
        text=True,
    )
    installed = set()
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == "installed":
            installed.add(parts[0].split(":")[0])
    return installed


def _apt_available(name: str) -> bool:
    result = subprocess.run(
        ["apt-cache", "show", "--no-all-versions", name], capture_output=True, text=True
    )
    return result.returncode == 0 and "Package:" in result.stdout


def ensure_system_packages(groups: list[str]) -> None:
    """Install missing Debian packages as root, or say what to install."""
    if not (shutil.which("dpkg-query") and shutil.which("apt-get")):
        return  # not Debian/Ubuntu: the PySide6 wheels mostly work as they are
    alternatives = [group.split("|") for group in groups]
    installed = _installed_debian_packages(sorted({n for alts in alternatives for n in alts}))
    missing = [alts for alts in alternatives if not any(n in installed for n in alts)]
    if not missing:
        return
    names = " ".join(alts[0] for alts in missing)
    if not is_root():
        say(f"Missing system packages: {names}")
        say(f"Install them with:  sudo apt-get install {names}")
        say("Continuing without them; Qt or PostgreSQL tests may fail or be skipped.")
        return
    say(f"Installing system packages: {names}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    apt_options = ["-o", "Acquire::Retries=3", "-o", "DPkg::Lock::Timeout=300"]
    say("Running apt-get update…")
    subprocess.run(["apt-get", *apt_options, "update", "-q"], env=env, check=True, stdin=subprocess.DEVNULL)
    chosen = []
    for alts in missing:
        available = [n for n in alts if _apt_available(n)]
        if not available:
            sys.exit(f"[dev] No Debian package found for {' or '.join(alts)}")
        chosen.append(available[0])
    subprocess.run(
        ["apt-get", *apt_options, "install", "-y", "-q", "--no-install-recommends", *chosen],
        env=env,
        check=True,
        stdin=subprocess.DEVNULL,
    )


def ensure_venv_support() -> None:
    """Debian's python3 lacks venv/ensurepip until python3-venv is installed."""
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        package = f"python{sys.version_info[0]}.{sys.version_info[1]}-venv"
        if shutil.which("apt-get") and is_root():
            ensure_system_packages([f"{package}|python3-venv"])
        else:
            sys.exit(f"[dev] Python's venv module is missing: install it (Debian/Ubuntu: apt-get install {package})")


# --------------------------------------------------------------------------- virtual environment


def _venv_works() -> bool:
    if not VENV_PYTHON.exists():
        return False
    try:
        result = subprocess.run(
            [str(VENV_PYTHON), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def _wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"pyproject-sha256={digest}\n"


def ensure_venv() -> None:
    if not _venv_works():
        if VENV.exists():
            say(f"{VENV} is broken (its Python does not run): recreating it…")
        else:
            say(f"Creating the virtual environment {VENV.relative_to(ROOT)}…")
        ensure_venv_support()
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    wanted = _wanted_stamp()
    try:
        if STAMP.read_text() == wanted:
            return
    except OSError:
        pass
    say("Installing Python packages (pip install -e '.[test]'; the first time takes a few minutes)…")
    started = time.monotonic()
    install = [str(VENV_PYTHON), "-m", "pip", "--disable-pip-version-check", "install"]
    if os.environ.get("CI"):
        install.append("--progress-bar=off")
    result = subprocess.run([*install, "-e", ".[test]"], cwd=ROOT, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        sys.exit(f"[dev] pip install failed (exit {result.returncode}); fix the error above and run again")
    tmp = STAMP.with_suffix(".tmp")
    tmp.write_text(wanted)
    os.replace(tmp, STAMP)
    say(f"Python packages installed in {time.monotonic() - started:.0f} s")


# --------------------------------------------------------------------------- commands


def run_in_venv(args: list[str], env: dict[str, str]) -> int:
    command = [str(VENV_PYTHON), *args]
    if not WINDOWS:
        sys.stdout.flush()
        sys.stderr.flush()
        os.chdir(ROOT)
        os.execve(command[0], command, env)  # signals and exit code go straight to the child
    try:
        return subprocess.call(command, cwd=ROOT, env=env)
    except KeyboardInterrupt:
        return 130


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] not in ("run", "test"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"[dev] Python {'.'.join(map(str, MIN_PYTHON))} or newer is needed, this is {sys.version.split()[0]}")
    command, extra = argv[0], argv[1:]

    packages = QT_PACKAGES + TOOL_PACKAGES + (TEST_PACKAGES if command == "test" else [])
    ensure_system_packages(packages)
    ensure_venv()

    env = dict(os.environ)
    if command == "run":
        main_py = ROOT / "main.py"
        if not main_py.exists():
            sys.exit("[dev] main.py does not exist yet")
        say("Starting Gudang…")
        return run_in_venv([str(main_py), *extra], env)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    say("Running the tests: pytest " + " ".join(extra))
    return run_in_venv(["-m", "pytest", *extra], env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
