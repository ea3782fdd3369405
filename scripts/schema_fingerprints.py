"""Write gudang/db/fingerprints.py: the exact schema of every migration revision.

    .venv/bin/python scripts/schema_fingerprints.py            # SQLite, and PostgreSQL if installed
    .venv/bin/python scripts/schema_fingerprints.py --check    # exit 1 if the stored ones are stale

Run it after adding or renumbering a migration (tests/integration/
test_schema_fingerprints.py says when). SQLite: every revision, for `restore`;
PostgreSQL: the triggers of the newest revision, for `verify` (needs the
PostgreSQL server binaries; without them the stored PostgreSQL part is kept).
"""

from __future__ import annotations

import argparse
import pprint
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "gudang" / "db" / "fingerprints.py"

HEADER = '''"""The exact schema of each migration revision (generated: do not edit).

Made by `scripts/schema_fingerprints.py`; see gudang.db.schema.
"""

# fmt: off
FINGERPRINTS = '''


def postgres_fingerprint() -> dict | None:
    from gudang.db.engine import Database
    from gudang.db.migrate import HEAD, migrate
    from gudang.db.schema import postgres_triggers
    from tests.support.pgserver import PostgresServer, find_bindir

    if find_bindir() is None:
        return None
    with PostgresServer(find_bindir()) as server:
        db = Database(server.create_database("fingerprints"))
        try:
            migrate(db)
            with db.engine.connect() as conn:
                return {"revision": HEAD, **postgres_triggers(conn)}
        finally:
            db.dispose()


def build() -> dict:
    from gudang.db.schema import build_sqlite_fingerprints

    with tempfile.TemporaryDirectory() as folder:
        out = {"sqlite": build_sqlite_fingerprints(folder)}
    postgres = postgres_fingerprint()
    if postgres is None:
        from gudang.db.fingerprints import FINGERPRINTS

        print("PostgreSQL not installed: keeping the stored PostgreSQL fingerprint", file=sys.stderr)
        postgres = FINGERPRINTS.get("postgresql")
    out["postgresql"] = postgres
    return out


def render(value: dict) -> str:
    return HEADER + pprint.pformat(value, width=120, sort_dicts=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if stale")
    args = parser.parse_args()
    text = render(build())
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is stale: run scripts/schema_fingerprints.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
