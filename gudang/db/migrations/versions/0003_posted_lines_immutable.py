"""lines of posted documents are immutable too

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

SQLITE = [
    """CREATE TRIGGER document_line_posted_no_update BEFORE UPDATE ON document_line
       WHEN (SELECT state FROM document WHERE id = OLD.document_id) = 'posted'
       BEGIN SELECT RAISE(ABORT, 'lines of posted documents are immutable'); END""",
    """CREATE TRIGGER document_line_posted_no_delete BEFORE DELETE ON document_line
       WHEN (SELECT state FROM document WHERE id = OLD.document_id) = 'posted'
       BEGIN SELECT RAISE(ABORT, 'lines of posted documents are immutable'); END""",
]
POSTGRES = [
    """CREATE FUNCTION gudang_refuse_posted_line_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF (SELECT state FROM document WHERE id = OLD.document_id) = 'posted' THEN
           RAISE EXCEPTION 'lines of posted documents are immutable';
         END IF;
         IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
         RETURN NEW;
       END $$""",
    """CREATE TRIGGER document_line_posted_immutable BEFORE UPDATE OR DELETE ON document_line
       FOR EACH ROW EXECUTE FUNCTION gudang_refuse_posted_line_change()""",
]


def upgrade() -> None:
    for statement in SQLITE if op.get_bind().dialect.name == "sqlite" else POSTGRES:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER document_line_posted_no_update")
        op.execute("DROP TRIGGER document_line_posted_no_delete")
    else:
        op.execute("DROP TRIGGER document_line_posted_immutable ON document_line")
        op.execute("DROP FUNCTION gudang_refuse_posted_line_change()")
