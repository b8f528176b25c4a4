"""Drafts: what a member was writing and has not posted yet, one per place of writing

Revision ID: 0013_drafts
Revises: 0012_members
Create Date: 2026-12-01 17:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0013_drafts'
down_revision = '0012_members'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'drafts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('target_id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=150), nullable=False),
        sa.Column('category_id', sa.Integer(), nullable=True),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('ask', 'reply', 'edit')", name=op.f('ck_drafts_kind')),
        sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_drafts_category_id_categories'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_drafts_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_drafts')),
        sa.UniqueConstraint('user_id', 'kind', 'target_id', name='uq_drafts_user_kind_target'),
    )
    op.create_index('ix_drafts_user_updated', 'drafts', ['user_id', 'updated_at'], unique=False)


def downgrade():
    op.drop_index('ix_drafts_user_updated', table_name='drafts')
    op.drop_table('drafts')
