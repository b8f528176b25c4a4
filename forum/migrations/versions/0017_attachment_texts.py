"""Attachments: an index for the text worker's queue

Revision ID: 0017_attachment_texts
Revises: 0016_attachments
Create Date: 2026-12-01 17:40:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0017_attachment_texts'
down_revision = '0016_attachments'
branch_labels = None
depends_on = None


def upgrade():
    # `flask attachments extract` looks for text_status = 'pending' every few seconds.
    op.create_index('ix_attachments_text_status', 'attachments', ['text_status'])


def downgrade():
    op.drop_index('ix_attachments_text_status', table_name='attachments')
