"""fields the second wave builds on: a user's jabatan, an item's decimals, a backdating reason

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("title", sa.String(length=120), nullable=True))
    with op.batch_alter_table("item") as batch:
        batch.add_column(sa.Column("decimals", sa.Integer(), nullable=False, server_default="0"))
        batch.create_check_constraint("decimals", "decimals BETWEEN 0 AND 3")
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("backdate_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.drop_column("backdate_reason")
    with op.batch_alter_table("item") as batch:
        batch.drop_constraint("ck_item_decimals", type_="check")
        batch.drop_column("decimals")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("title")
