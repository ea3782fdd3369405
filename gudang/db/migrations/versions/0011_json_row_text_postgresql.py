"""row digests on PostgreSQL: the canonical text of a row becomes PostgreSQL's json_build_array of its values

The schema does not change. From this revision on, a PostgreSQL row's canonical
text (gudang.db.digests) is built by the server (json_build_array of the values
in column-name order, as text) instead of `repr` of the values psycopg returns,
as 0010 did for SQLite: `gudang verify` then fetches one text per row, or per
document with its lines and moves, and hashes it, instead of building every
value as a Python object and printing it again. `gudang.db.migrate` computes
the digests before this upgrade in the older form and records the new-form
digest of every row that matched, in the upgrade's audit entry; a row that did
not match stays a problem for `verify`. Nothing changes on SQLite. A downgrade
leaves the digests in the new form (Gudang never downgrades).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
