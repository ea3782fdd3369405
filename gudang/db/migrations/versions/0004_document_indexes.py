"""indexes for the overlap guard and date queries

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_document_partner_date", "document", ["partner_id", "date"])
    op.create_index("ix_document_date", "document", ["date"])


def downgrade() -> None:
    op.drop_index("ix_document_date", table_name="document")
    op.drop_index("ix_document_partner_date", table_name="document")
