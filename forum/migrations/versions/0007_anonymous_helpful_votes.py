"""An erased member's helpful votes keep counting without a voter: helpful_votes.user_id may be empty

Revision ID: 0007_anonymous_helpful_votes
Revises: 0006_tag_activity
Create Date: 2026-12-01 14:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007_anonymous_helpful_votes'
down_revision = '0006_tag_activity'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('helpful_votes', schema=None) as batch_op:
        batch_op.alter_column('user_id', existing_type=sa.Integer(), nullable=True)


def downgrade():
    # posts.helpful_count keeps counting them; only the rows without a voter cannot stay.
    op.execute("DELETE FROM helpful_votes WHERE user_id IS NULL")
    with op.batch_alter_table('helpful_votes', schema=None) as batch_op:
        batch_op.alter_column('user_id', existing_type=sa.Integer(), nullable=False)
