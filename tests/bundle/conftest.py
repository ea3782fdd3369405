"""Fixtures of the installable-app tests: the built bundle, an office PC with it installed.

The bundle is dist/Gudang, built by `python3 scripts/dev.py bundle` (CI does that in
.ci/run before the tests). A bundle built from other sources than the tree's (dev.py
keeps a hash of them in dist/Gudang.stamp.json) is rebuilt here first: a couple of
minutes on two cores.

"Office PC" means: the Linux archive unpacked in a temporary folder far from the source
tree, installed with its install.sh into an empty HOME, and every program run with a
clean environment (no PYTHONPATH, no virtualenv, cwd outside the repository).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_0001 = Path(__file__).resolve().parent / "data" / "release-0001.sqlite3"
FIXTURE_0009 = Path(__file__).resolve().parent / "data" / "release-0009.sqlite3"  # row digests in repr text
OLD_ADMIN = ("admin", "rahasia-lama-1")  # users in the fixtures (make_release.py)
OLD_CLERK = ("siti", "petugas-lama-1")
LINUX = sys.platform.startswith("linux")


def dev_module():
    """scripts/dev.py as a module (where the bundle is, whether it is current)."""
    spec = importlib.util.spec_from_file_location("gudang_dev_script", ROOT / "scripts" / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Bundle:
    folder: Path          # dist/Gudang
    archive: Path | None  # the Linux archive
    stamp: dict


@pytest.fixture(scope="session")
def built_bundle() -> Bundle:
    dev = dev_module()
    dev.DIST.mkdir(parents=True, exist_ok=True)
    # Each pytest-xdist worker has its own session: the first to get here builds a stale
    # bundle, the other waits for it (two builds at once trip over each other's files).
    with open(dev.DIST / ".bundle-build.lock", "w") as lock:
        _lock(lock)
        if not dev.bundle_is_current():
            started = time.monotonic()
            result = subprocess.run([sys.executable, str(ROOT / "scripts" / "dev.py"), "bundle"], cwd=ROOT,
                                    stdin=subprocess.DEVNULL, capture_output=True, text=True)
            assert result.returncode == 0, f"bundle build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
            print(f"bundle built by the test in {time.monotonic() - started:.0f} s")
    assert dev.bundle_is_current()
    stamp = json.loads(dev.BUNDLE_STAMP.read_text())
    archive = dev.DIST / stamp["archive"] if "archive" in stamp else None
    return Bundle(dev.BUNDLE, archive, stamp)


def _lock(file) -> None:
    """An exclusive lock on an open file, held until it is closed."""
    if sys.platform == "win32":
        import msvcrt

        while True:
            try:
                msvcrt.locking(file.fileno(), msvcrt.LK_LOCK, 1)
                return
            except OSError:  # LK_LOCK gives up after 10 s: keep waiting for the build
                continue
    import fcntl

    fcntl.flock(file, fcntl.LOCK_EX)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session of a new user has: no Python or Gudang variables."""
    env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(home / "tmp")}
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    env.update(extra)
    return env


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)

    def last_json(self):
        return json.loads(self.stdout.strip().splitlines()[-1])


@dataclass
class OfficePC:
    """A user's HOME with Gudang installed by install.sh from the unpacked archive."""

    home: Path
    unpacked: Path  # the archive's top folder (install.sh, gudang.desktop, gudang.png, Gudang/)
    env: dict[str, str] = field(default_factory=dict)

    @property
    def prefix(self) -> Path:
        return self.home / ".local" / "lib" / "gudang"

    @property
    def bin(self) -> Path:
        return self.home / ".local" / "bin"

    @property
    def data(self) -> Path:
        return self.home / ".local" / "share" / "Gudang"

    @property
    def entry(self) -> Path:
        return self.home / ".local" / "share" / "applications" / "gudang.desktop"

    def run(self, program: str, *args: str, stdin: str | None = None, user: tuple[str, str] | None = None,
            timeout: float = 120, home: Path | None = None, **env: str) -> Run:
        """Run an installed program (gudang or gudang-app) from the user's ~/.local/bin."""
        home = home or self.home
        run_env = clean_env(home, **env)
        if user:
            run_env.update(GUDANG_USER=user[0], GUDANG_PASSWORD=user[1])
        proc = subprocess.run([str(self.bin / program), *args], cwd=home, env=run_env, input=stdin,
                              capture_output=True, text=True, timeout=timeout)
        return Run(proc.returncode, proc.stdout, proc.stderr)


def unpack(archive: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    (top,) = [p for p in into.iterdir() if p.is_dir()]
    return top


def install(unpacked: Path, home: Path, *args: str) -> Run:
    home.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([str(unpacked / "install.sh"), *args], cwd=unpacked.parent, env=clean_env(home),
                          capture_output=True, text=True, timeout=300)
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="session")
def unpacked_archive(built_bundle, tmp_path_factory) -> Path:
    if not LINUX or built_bundle.archive is None:
        pytest.skip("the Linux archive is built on Linux")
    return unpack(built_bundle.archive, tmp_path_factory.mktemp("download"))


@pytest.fixture(scope="session")
def office_pc(unpacked_archive, tmp_path_factory) -> OfficePC:
    home = tmp_path_factory.mktemp("office-pc") / "home" / "staf"
    installed = install(unpacked_archive, home)
    assert installed.code == 0, installed.stderr
    return OfficePC(home, unpacked_archive)


# -- the state of a SQLite file, for "the data is intact" ------------------------------------------

def revision(path: Path) -> str | None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        try:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except sqlite3.OperationalError:
            return None


def rows_by_key(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, dict[tuple, tuple]]:
    """Every row of every table, keyed by primary key, limited to `columns` (table -> names)
    when given: what an older release wrote is compared on the columns it had."""
    out: dict[str, dict[tuple, tuple]] = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            names = [r[1] for r in info] if columns is None else columns.get(table)
            if names is None:
                continue
            keys = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] or names
            select = ", ".join(f'"{n}"' for n in keys + names)
            out[table] = {row[:len(keys)]: row[len(keys):] for row in conn.execute(f'SELECT {select} FROM "{table}"')}
    conn.close()
    return out


def columns_of(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        result = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    conn.close()
    return result


@dataclass(frozen=True)
class Snapshot:
    columns: dict[str, list[str]]
    rows: dict[str, dict[tuple, tuple]]


def snapshot_file(path: Path) -> Snapshot:
    columns = columns_of(path)
    return Snapshot(columns, rows_by_key(path, columns))


def assert_old_rows_intact(before: Snapshot, after_path: Path) -> None:
    """Every row the older release wrote is still there, unchanged on the columns it had."""
    after = rows_by_key(after_path, before.columns)
    for table, rows in before.rows.items():
        assert table in after, f"table {table} is gone"
        missing = [key for key in rows if key not in after[table]]
        assert not missing, f"{table}: rows {missing[:5]} are gone"
        changed = [key for key, row in rows.items() if after[table][key] != row]
        assert not changed, f"{table}: rows {changed[:5]} changed: {rows[changed[0]]} -> {after[table][changed[0]]}"


def copy_fixture(dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE_0001, dest)
    return dest


def file_state(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes and the names beside it (a refused database must keep both)."""
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(("-wal", "-shm")))


def make_newer(path: Path, revision_id: str = "9999") -> Path:
    """A database as a newer Gudang would leave it: our schema, an unknown revision."""
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision_id,))
    conn.close()  # the last connection folds the WAL into the file
    return path

