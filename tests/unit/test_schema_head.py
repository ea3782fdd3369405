"""The schema version every command checks must be the newest migration."""

import pytest

from gudang.db.migrate import HEAD, head_revision


def test_head_constant_is_the_newest_migration():
    assert HEAD == head_revision(), "update gudang.db.migrate.HEAD after adding a migration"


# SQLite cannot reflect an expression index (ix_document_reference_lower, on lower(reference)), so
# alembic leaves it out of the comparison; the schema fingerprints compare it (test_schema_fingerprints).
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_migrations_build_exactly_the_tables_the_models_describe(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from gudang.db.engine import Database
    from gudang.db.migrate import migrate
    from gudang.db.models import Base

    db = Database(f"sqlite:///{tmp_path / 'schema.sqlite3'}")
    migrate(db)
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    db.dispose()
