"""Database: tables, engine setup for SQLite and PostgreSQL, migrations, backups."""
