"""indexes on a document's reference: a dispatch's BAST by the dispatch's number, a receipt's
duplicate by the donor's reference in any case

A BAST records the dispatch it confirms in `reference`, and a receipt the donor's surat jalan
number. Without an index, finding the BAST of a dispatch (viewing, confirming or cancelling
it) read every BAST, and a receipt's duplicate check every receipt of its donor: reads that
grew with the whole history (issue 15). `lower(reference)` is what the duplicate check
compares. Rows do not change, so neither do their digests.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_document_reference", "document", ["reference"])
    op.create_index("ix_document_reference_lower", "document", [sa.text("lower(reference)")])


def downgrade() -> None:
    op.drop_index("ix_document_reference_lower", table_name="document")
    op.drop_index("ix_document_reference", table_name="document")
