"""row digests of mutable rows, backup anchors, login attempts per name

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

- `audit_row`: the digests an audit entry recorded (immutable, covered by the
  entry's hash); `row_touch`: what the touch triggers noted in the current
  transaction (see gudang.db.digests); touch triggers on every mutable table.
- `chain_anchor`: the audit chain head stamped into a backup copy.
- `login_attempt`: failed logins and locks per name, known or not. The old
  counters `app_user.failed_logins` / `locked_until` are no longer used (kept, so
  that an upgraded database keeps every value it had); a user row now changes
  only by audited actions.
"""
import sqlalchemy as sa
from alembic import op

from gudang.db.digests import (
    POSTGRES_TOUCH_FUNCTION, drop_touch_trigger_sql, touch_trigger_sql,
)

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# The tables and keys tracked at this revision (gudang.db.digests.MUTABLE_TABLES then).
TRACKED = (
    ("app_user", "app_user", ("id",)),
    ("setting", "setting", ("key",)),
    ("warehouse", "warehouse", ("id",)),
    ("location", "location", ("id",)),
    ("item", "item", ("id",)),
    ("item_unit", "item_unit", ("id",)),
    ("partner", "partner", ("id",)),
    ("event", "event", ("id",)),
    ("lot", "lot", ("id",)),
    ("number_sequence", "number_sequence", ("name", "year")),
    ("count_session", "count_session", ("id",)),
    ("count_location", "count_location", ("session_id", "location_id")),
    ("count_line", "count_line", ("id",)),
    ("count_scan", "count_scan", ("id",)),
    ("replay_key", "replay_key", ("key",)),
    ("document", "document", ("id",)),
    ("document_line", "document", ("document_id",)),
    ("stock_move", "document", ("document_id",)),
)

SQLITE_IMMUTABLE = [
    """CREATE TRIGGER audit_row_no_update BEFORE UPDATE ON audit_row
       BEGIN SELECT RAISE(ABORT, 'audit entries are immutable'); END""",
    """CREATE TRIGGER audit_row_no_delete BEFORE DELETE ON audit_row
       BEGIN SELECT RAISE(ABORT, 'audit entries are immutable'); END""",
]
POSTGRES_IMMUTABLE = [
    """CREATE TRIGGER audit_row_immutable BEFORE UPDATE OR DELETE ON audit_row
       FOR EACH ROW EXECUTE FUNCTION gudang_refuse_change()""",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        'audit_row',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('audit_id', sa.Integer(), nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_key', sa.String(length=120), nullable=False),
        sa.Column('label', sa.String(length=120), nullable=True),
        sa.Column('digest', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['audit_id'], ['audit_entry.id'], name=op.f('fk_audit_row_audit_id_audit_entry')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_row')),
    )
    op.create_index('ix_audit_row_key', 'audit_row', ['table_name', 'row_key'], unique=False)
    op.create_table(
        'row_touch',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_key', sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_row_touch')),
    )
    op.create_table(
        'chain_anchor',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('audit_id', sa.Integer(), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.Column('taken_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_chain_anchor')),
    )
    op.create_table(
        'login_attempt',
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(), nullable=True),
        sa.Column('last_failure', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_login_attempt')),
    )
    statements = list(SQLITE_IMMUTABLE if dialect == "sqlite" else POSTGRES_IMMUTABLE)
    if dialect != "sqlite":
        statements.append(POSTGRES_TOUCH_FUNCTION)
    for table, kind, key in TRACKED:
        statements += touch_trigger_sql(dialect, table, kind, key)
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, _kind, _key in TRACKED:
        for statement in drop_touch_trigger_sql(dialect, table):
            op.execute(statement)
    if dialect == "sqlite":
        op.execute("DROP TRIGGER audit_row_no_update")
        op.execute("DROP TRIGGER audit_row_no_delete")
    else:
        op.execute("DROP TRIGGER audit_row_immutable ON audit_row")
        op.execute("DROP FUNCTION gudang_touch()")
    op.drop_table('login_attempt')
    op.drop_table('chain_anchor')
    op.drop_table('row_touch')
    op.drop_index('ix_audit_row_key', table_name='audit_row')
    op.drop_table('audit_row')
