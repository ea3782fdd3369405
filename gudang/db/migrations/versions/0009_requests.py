"""requests (permintaan) and their lines, the people behind a recipient, ration standards,
and the request a goods issue serves

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

import gudang.db.types
from gudang.db.digests import drop_touch_trigger_sql, touch_trigger_sql

# Requests change after they are written (lines, state): their rows are digested like
# every mutable table (gudang.db.digests.MUTABLE_TABLES).
TRACKED = (("request", "request", ("id",)), ("request_line", "request_line", ("id",)))

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=True),
        sa.Column("households", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("close_reason", sa.Text(), nullable=True),
        sa.Column("closed_by", sa.String(length=60), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("priority BETWEEN 1 AND 3", name=op.f("ck_request_priority")),
        sa.CheckConstraint("state IN ('open', 'closed')", name=op.f("ck_request_state")),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], name=op.f("fk_request_event_id_event")),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"], name=op.f("fk_request_partner_id_partner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request")),
        sa.UniqueConstraint("number", name=op.f("uq_request_number")),
        sa.UniqueConstraint("year", "seq", name="request_year_seq"),
    )
    op.create_index("ix_request_event_state", "request", ["event_id", "state"])
    op.create_index("ix_request_partner", "request", ["partner_id"])
    op.create_table(
        "request_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("qty", gudang.db.types.Quantity(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=True),
        sa.CheckConstraint("qty > 0", name=op.f("ck_request_line_positive")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_request_line_item_id_item")),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], name=op.f("fk_request_line_request_id_request")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_line")),
        sa.UniqueConstraint("request_id", "item_id", name="request_item"),
    )
    op.create_index("ix_request_line_request_id", "request_line", ["request_id"])

    with op.batch_alter_table("partner") as batch:
        for name in ("households", "balita", "lansia", "ibu_hamil", "disabilitas"):
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
    with op.batch_alter_table("item") as batch:
        batch.add_column(sa.Column("ration_person_day", gudang.db.types.Quantity(), nullable=True))
        batch.add_column(sa.Column("ration_household", gudang.db.types.Quantity(), nullable=True))
    # document.request_id with its foreign key. SQLite adds a column with a REFERENCES
    # clause in place; a batch "recreate" of the document table would drop the
    # triggers that keep posted documents immutable, so it is not used.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE document ADD COLUMN request_id INTEGER "
                   "CONSTRAINT fk_document_request_id_request REFERENCES request (id)")
    else:
        op.add_column("document", sa.Column("request_id", sa.Integer(), nullable=True))
        op.create_foreign_key(op.f("fk_document_request_id_request"), "document", "request",
                              ["request_id"], ["id"])
    op.create_index("ix_document_request_id", "document", ["request_id"])
    dialect = op.get_bind().dialect.name
    for table, kind, key in TRACKED:
        for statement in touch_trigger_sql(dialect, table, kind, key):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, _kind, _key in TRACKED:
        for statement in drop_touch_trigger_sql(dialect, table):
            op.execute(statement)
    op.drop_index("ix_document_request_id", table_name="document")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE document DROP COLUMN request_id")
    else:
        op.drop_constraint("fk_document_request_id_request", "document", type_="foreignkey")
        op.drop_column("document", "request_id")
    with op.batch_alter_table("item") as batch:
        batch.drop_column("ration_household")
        batch.drop_column("ration_person_day")
    with op.batch_alter_table("partner") as batch:
        for name in ("disabilitas", "ibu_hamil", "lansia", "balita", "households"):
            batch.drop_column(name)
    op.drop_index("ix_request_line_request_id", table_name="request_line")
    op.drop_table("request_line")
    op.drop_index("ix_request_partner", table_name="request")
    op.drop_index("ix_request_event_state", table_name="request")
    op.drop_table("request")
