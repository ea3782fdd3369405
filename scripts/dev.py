#!/usr/bin/env python3
"""Gudang developer commands. Standard library only: runs with the system python3.

    python3 scripts/dev.py run  [args for main.py]   start the app
    python3 scripts/dev.py test [args for pytest]    run the test suite (offscreen; one process per
                                                     core, up to 4; `-n 0`: in this one process)
    python3 scripts/dev.py bundle                    build the installable app (PyInstaller):
                                                     dist/Gudang/ and, on Linux, the archive
                                                     dist/Gudang-VERSION-linux-ARCH.tar.gz

All first make sure that
  * the system libraries Qt needs are installed (Debian/Ubuntu; as root they
    are installed with apt-get, otherwise the command to do so is printed),
  * `.venv` exists in the repository root, with `pip install -e '.[test]'`
    (`.[test,bundle]` for bundle) done for the current pyproject.toml (a stamp
    file in .venv remembers its hash, so this is skipped when nothing changed).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
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
# PyInstaller reads shared libraries with objdump (and strips with strip).
BUNDLE_PACKAGES = ["binutils"]


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
    if Path(sys.prefix).resolve() == VENV.resolve():
        # This script runs on it (the bundle tests call `dev.py bundle` so, from inside the
        # running suite): it works, and a check that timed out on a loaded machine must not
        # clear it from under the tests.
        return True
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


def _wanted_stamp(extras: tuple[str, ...]) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"pyproject-sha256={digest}\nextras={','.join(sorted(extras))}\n"


def _stamp_covers(stamp: str, extras: tuple[str, ...]) -> bool:
    """The installed stamp is for this pyproject.toml and at least these extras."""
    lines = dict(line.split("=", 1) for line in stamp.splitlines() if "=" in line)
    wanted = dict(line.split("=", 1) for line in _wanted_stamp(extras).splitlines())
    have = set(filter(None, lines.get("extras", "test").split(",")))
    return lines.get("pyproject-sha256") == wanted["pyproject-sha256"] and set(extras) <= have


def ensure_venv(extras: tuple[str, ...] = ("test",)) -> None:
    if not _venv_works():
        if VENV.exists():
            say(f"{VENV} is broken (its Python does not run): recreating it…")
        else:
            say(f"Creating the virtual environment {VENV.relative_to(ROOT)}…")
        ensure_venv_support()
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    wanted = _wanted_stamp(extras)
    try:
        if _stamp_covers(STAMP.read_text(), extras):
            return
    except OSError:
        pass
    spec = f".[{','.join(extras)}]"
    say(f"Installing Python packages (pip install -e '{spec}'; the first time takes a few minutes)…")
    started = time.monotonic()
    install = [str(VENV_PYTHON), "-m", "pip", "--disable-pip-version-check", "install"]
    if os.environ.get("CI"):
        install.append("--progress-bar=off")
    result = subprocess.run([*install, "-e", spec], cwd=ROOT, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        sys.exit(f"[dev] pip install failed (exit {result.returncode}); fix the error above and run again")
    tmp = STAMP.with_suffix(".tmp")
    tmp.write_text(wanted)
    os.replace(tmp, STAMP)
    say(f"Python packages installed in {time.monotonic() - started:.0f} s")


# --------------------------------------------------------------------------- bundle

DIST = ROOT / "dist"
BUNDLE = DIST / "Gudang"
BUNDLE_STAMP = DIST / "Gudang.stamp.json"
# What goes into the bundle; a change to any of these makes a built bundle stale.
BUNDLE_SOURCES = ["main.py", "pyproject.toml", "gudang", "ui", "resources", "installer"]


def bundle_sources_digest() -> str:
    """A hash of every file the bundle is built from (the tests use it to know whether
    dist/Gudang is current)."""
    digest = hashlib.sha256()
    for name in BUNDLE_SOURCES:
        top = ROOT / name
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
                continue
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def bundle_is_current() -> bool:
    try:
        stamp = json.loads(BUNDLE_STAMP.read_text())
    except (OSError, ValueError):
        return False
    executable = BUNDLE / ("gudang-app.exe" if WINDOWS else "gudang-app")
    return executable.exists() and stamp.get("sources") == bundle_sources_digest()


def project_version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under folder, symlinks not followed."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def linux_archive_name() -> str:
    return f"Gudang-{project_version()}-linux-{platform.machine()}.tar.gz"


def build_linux_archive() -> Path:
    """dist/Gudang-VERSION-linux-ARCH.tar.gz: one folder holding the bundle (Gudang/), the
    install script, the desktop entry and the icon."""
    top = f"Gudang-{project_version()}"
    out = DIST / linux_archive_name()
    tmp = out.with_name(out.name + ".tmp")
    extras = [
        (ROOT / "installer" / "linux" / "install.sh", "install.sh", 0o755),
        (ROOT / "installer" / "gudang.desktop", "gudang.desktop", 0o644),
        (ROOT / "resources" / "icons" / "gudang.png", "gudang.png", 0o644),
    ]

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        for source, name, mode in extras:
            info = clean(tar.gettarinfo(str(source), f"{top}/{name}"))
            info.mode = mode
            with source.open("rb") as handle:
                tar.addfile(info, handle)
        tar.add(str(BUNDLE), f"{top}/Gudang", filter=clean)
    os.replace(tmp, out)
    return out


def find_iscc() -> Path | None:
    """Inno Setup 6's compiler: on PATH, or where its installer puts it."""
    found = shutil.which("ISCC")
    if found:
        return Path(found)
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        for sub in ("Inno Setup 6", "Programs/Inno Setup 6"):
            if base and (Path(base) / sub / "ISCC.exe").exists():
                return Path(base) / sub / "ISCC.exe"
    return None


def build_windows_installer() -> Path | None:
    """dist/GudangSetup-VERSION.exe from installer/windows/gudang.iss, if Inno Setup is installed."""
    iscc = find_iscc()
    if iscc is None:
        say("Inno Setup 6 not found (ISCC.exe): dist/Gudang is built, the installer is not. "
            "Install Inno Setup 6 and run this again (README: Windows installer).")
        return None
    version = project_version()
    result = subprocess.run([str(iscc), f"/DAppVersion={version}", str(ROOT / "installer" / "windows" / "gudang.iss")],
                            cwd=ROOT, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        sys.exit(f"[dev] Inno Setup failed (exit {result.returncode})")
    setup_exe = DIST / f"GudangSetup-{version}.exe"
    say(f"Windows installer: {setup_exe.relative_to(ROOT)} ({setup_exe.stat().st_size / 2**20:.0f} MiB)")
    return setup_exe


def build_bundle() -> int:
    """PyInstaller (installer/gudang.spec) -> dist/Gudang, then the Linux archive."""
    started = time.monotonic()
    say("Building the bundle with PyInstaller (a few minutes)…")
    BUNDLE_STAMP.unlink(missing_ok=True)
    command = [str(VENV_PYTHON), "-m", "PyInstaller", str(ROOT / "installer" / "gudang.spec"), "--noconfirm",
               "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), "--log-level", "WARN"]
    sources = bundle_sources_digest()
    result = subprocess.run(command, cwd=ROOT, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        say(f"PyInstaller failed (exit {result.returncode})")
        return result.returncode
    built = time.monotonic() - started
    size, files = folder_size(BUNDLE)
    say(f"Bundle built in {built:.0f} s: {BUNDLE.relative_to(ROOT)} holds {files} files, {size / 2**20:.0f} MiB")
    stamp = {"sources": sources, "version": project_version(), "seconds": round(built),
             "bytes": size, "files": files, "python": platform.python_version()}
    if sys.platform.startswith("linux"):
        archive = build_linux_archive()
        stamp["archive"] = archive.name
        stamp["archive_bytes"] = archive.stat().st_size
        say(f"Linux archive: {archive.relative_to(ROOT)} ({archive.stat().st_size / 2**20:.0f} MiB) "
            f"in {time.monotonic() - started - built:.0f} s")
    if WINDOWS:
        setup_exe = build_windows_installer()
        if setup_exe is not None:
            stamp["installer"] = setup_exe.name
    tmp = BUNDLE_STAMP.with_suffix(".tmp")
    tmp.write_text(json.dumps(stamp, indent=1) + "\n")
    os.replace(tmp, BUNDLE_STAMP)
    say(f"Bundle size: {size / 2**20:.0f} MiB in {files} files; total time {time.monotonic() - started:.0f} s")
    return 0


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
    if len(argv) < 1 or argv[0] not in ("run", "test", "bundle"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"[dev] Python {'.'.join(map(str, MIN_PYTHON))} or newer is needed, this is {sys.version.split()[0]}")
    command, extra = argv[0], argv[1:]

    if command == "bundle":
        if extra:
            print(__doc__.strip(), file=sys.stderr)
            return 2
        ensure_system_packages(QT_PACKAGES + TOOL_PACKAGES + BUNDLE_PACKAGES)
        ensure_venv(("test", "bundle"))
        return build_bundle()

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
    extra = parallel_args(extra) + extra
    say("Running the tests: pytest " + " ".join(extra))
    return run_in_venv(["-m", "pytest", *extra], env)


def parallel_args(extra: list[str]) -> list[str]:
    """pytest-xdist options: the tests in one process per core (at most 4: each starts its own
    PostgreSQL server), the PyInstaller bundle's tests together in one of them; none if the
    command line chooses (`-n 0` runs the tests one after the other in this process)."""
    chosen = "no:xdist" in extra or any(
        arg in ("-n", "--numprocesses", "--dist") or arg.startswith(("-n", "--numprocesses=", "--dist="))
        for arg in extra)
    workers = min(4, os.cpu_count() or 1)
    if chosen or workers < 2:
        return []
    return ["-n", str(workers), "--dist", "loadgroup"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
