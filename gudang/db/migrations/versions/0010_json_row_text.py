"""row digests on SQLite: the canonical text of a row becomes SQLite's json_array of its values

The schema does not change. From this revision on, a SQLite row's canonical text
(gudang.db.digests) is built by SQLite (json_array of the values in column-name
order) instead of `repr` of the values the driver returns: `gudang verify`
then fetches one text per row and hashes it, instead of building every value
as a Python object and printing it again. `gudang.db.migrate` computes the
digests before this upgrade in the older form and records the new-form digest
of every row that matched, in the upgrade's audit entry; a row that did not
match stays a problem for `verify`. PostgreSQL keeps its form: nothing changes
there. A downgrade leaves the digests in the new form (Gudang never downgrades).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
