"""indexes for the overlap guard, date queries and expiring lots

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
    op.create_index("ix_lot_expiry", "lot", ["expiry"])


def downgrade() -> None:
    op.drop_index("ix_lot_expiry", table_name="lot")
    op.drop_index("ix_document_date", table_name="document")
    op.drop_index("ix_document_partner_date", table_name="document")
