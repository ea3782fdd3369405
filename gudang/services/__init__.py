"""One function per user action, each one unit of work; plus the read side.

Every mutating service takes the database, the acting user and plain values,
runs in one transaction (commit at the end, rollback on any error) and
returns what changed. The UI and the `gudang` command never hold a session.
"""
