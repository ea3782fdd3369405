"""The schema version every command checks must be the newest migration."""

from gudang.db.migrate import HEAD, head_revision


def test_head_constant_is_the_newest_migration():
    assert HEAD == head_revision(), "update gudang.db.migrate.HEAD after adding a migration"
