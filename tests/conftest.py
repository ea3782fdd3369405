"""Shared fixtures. Qt runs offscreen; set before any QApplication exists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GUDANG_LANG", "id")
# Chain anchors of PostgreSQL databases and the workstation settings file go to a
# folder of this test run, never into the user's own data folder.
import tempfile as _tempfile  # noqa: E402

_RUN_FOLDER = _tempfile.mkdtemp(prefix="gudang-tests-")
os.environ.setdefault("GUDANG_ANCHOR_DIR", os.path.join(_RUN_FOLDER, "anchors"))
os.environ.setdefault("GUDANG_SETTINGS", os.path.join(_RUN_FOLDER, "gudang.json"))

import datetime as dt  # noqa: E402
import warnings  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# CI machines have 2 busy cores: generating examples may be slow, which is not a failure.
settings.register_profile("gudang", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("gudang")
from sqlalchemy import MetaData, select, text  # noqa: E402

from tests.support.pgserver import postgres_module_url, postgres_server, postgres_url  # noqa: E402,F401

ADMIN, PASSWORD = "admin", "rahasia-admin"
# Test databases take documents dated years back without a reason: most tests post on fixed
# days of November 2026. The backdating rule has its own tests, which set the setting back.
HISTORY_DAYS = "36500"


def make_database(url: str):
    """A migrated Gudang database at `url` with an admin and a basic catalogue-free setup."""
    from gudang.db.engine import Database
    from gudang.services import setup
    from gudang.services.users import authenticate

    db = Database(url)
    setup.initialize(db, ADMIN, PASSWORD)
    setup.update_settings(db, authenticate(db, ADMIN, PASSWORD), {"backdate_days": HISTORY_DAYS})
    return db


@pytest.fixture
def sqlite_db(tmp_path):
    db = make_database(f"sqlite:///{tmp_path / 'gudang.sqlite3'}")
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request, tmp_path):
    """The same test on a real SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'gudang.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_url")
    db = make_database(url)
    yield db
    db.dispose()


@pytest.fixture
def pin_today(monkeypatch):
    """`pin_today(day)` makes the core believe it is `day` (gudang.domain.dates.today), for
    tests that post across a year end or watch lots expire."""
    from gudang.domain import dates

    def pin(day):
        day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        monkeypatch.setattr(dates, "today", lambda: day)
        return day

    return pin


@pytest.fixture
def scenario_day(pin_today):
    """The core on tests.support.clock.SCENARIO_DAY, for tests written on fixed dates (their
    lots expire, their postings age past the backdating limit); modules with such tests use
    it with `pytestmark = pytest.mark.usefixtures("scenario_day")`."""
    from tests.support.clock import SCENARIO_DAY

    return pin_today(SCENARIO_DAY)


@pytest.fixture(scope="module")
def scenario_day_module():
    """`scenario_day` for a whole module, its module-scoped fixtures included."""
    from gudang.domain import dates
    from tests.support.clock import SCENARIO_DAY

    day = dt.date.fromisoformat(SCENARIO_DAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "today", lambda: day)
        yield day


@pytest.fixture
def admin(sqlite_db):
    from gudang.services.users import authenticate

    return authenticate(sqlite_db, ADMIN, PASSWORD)


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table, to prove that a failed action wrote nothing."""
    metadata = MetaData()
    with db.engine.connect() as conn:
        conn.info["gudang_write"] = False
        with warnings.catch_warnings():  # SQLite cannot reflect an expression index; rows are what counts
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
            metadata.reflect(conn)
        return {name: sorted(tuple(map(repr, row)) for row in conn.execute(select(table)))
                for name, table in metadata.tables.items()}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """With pytest-xdist (scripts/dev.py test runs one process per core), the tests of the
    PyInstaller bundle go to one process, which installs the bundle once for all of them."""
    for item in items:
        if item.get_closest_marker("bundle") is not None:
            item.add_marker(pytest.mark.xdist_group("bundle"))
