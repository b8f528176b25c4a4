"""Indexes that keep pages as fast at a million posts as at a thousand

Revision ID: 0005_scaling_indexes
Revises: 0004_following
Create Date: 2026-11-23 16:40:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0005_scaling_indexes'
down_revision = '0004_following'
branch_labels = None
depends_on = None


def upgrade():
    # Plain CREATE INDEX (no batch mode): SQLite must not copy a million-row table for this.
    op.create_index('ix_posts_thread_municipality', 'posts', ['thread_id', 'municipality_id', 'position'])
    op.create_index('ix_threads_municipality_category', 'threads', ['municipality_id', 'category_id'])


def downgrade():
    op.drop_index('ix_threads_municipality_category', table_name='threads')
    op.drop_index('ix_posts_thread_municipality', table_name='posts')
