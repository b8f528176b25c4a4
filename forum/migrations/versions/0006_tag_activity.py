"""Tag pages read their threads in index order: thread_tags.last_activity_at

Revision ID: 0006_tag_activity
Revises: 0005_scaling_indexes
Create Date: 2026-11-23 16:45:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006_tag_activity'
down_revision = '0005_scaling_indexes'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('thread_tags', sa.Column('last_activity_at', sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE thread_tags SET last_activity_at = "
        "(SELECT threads.last_activity_at FROM threads WHERE threads.id = thread_tags.thread_id)"
    )
    # Tag.thread_count now counts visible threads only, as the category counters do.
    op.execute(
        "UPDATE tags SET thread_count = (SELECT count(*) FROM thread_tags JOIN threads "
        "ON threads.id = thread_tags.thread_id WHERE thread_tags.tag_id = tags.id AND threads.deleted_at IS NULL)"
    )
    with op.batch_alter_table('thread_tags', schema=None) as batch_op:
        batch_op.alter_column('last_activity_at', existing_type=sa.DateTime(), nullable=False)
        batch_op.drop_index('ix_thread_tags_tag_thread')
        batch_op.create_index('ix_thread_tags_tag_activity', ['tag_id', 'last_activity_at', 'thread_id'], unique=False)


def downgrade():
    with op.batch_alter_table('thread_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_thread_tags_tag_activity')
        batch_op.create_index('ix_thread_tags_tag_thread', ['tag_id', 'thread_id'], unique=False)
        batch_op.drop_column('last_activity_at')
