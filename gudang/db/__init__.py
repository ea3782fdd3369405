"""Database: tables, engine setup for SQLite and PostgreSQL, migrations, backups."""

from gudang.db.sqlite_memory import turn_off_memory_statistics

# Before anything imports sqlite3 (gudang.db.sqlite_memory says why).
turn_off_memory_statistics()
