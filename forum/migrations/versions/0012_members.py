"""Member pages: a member's questions, newest first, from an index

Revision ID: 0012_members
Revises: 0011_member_expertise
Create Date: 2026-12-01 17:20:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0012_members'
down_revision = '0011_member_expertise'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index('ix_threads_author_created', 'threads', ['author_id', 'created_at'], unique=False)


def downgrade():
    op.drop_index('ix_threads_author_created', table_name='threads')
