"""Members' expertise: the themes and tags they can help with

Revision ID: 0011_member_expertise
Revises: 0010_thread_vectors
Create Date: 2026-12-01 17:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0011_member_expertise'
down_revision = '0010_thread_vectors'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'theme_expertise',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('category_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['category_id'], ['categories.id'],
                                name=op.f('fk_theme_expertise_category_id_categories'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_theme_expertise_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'category_id', name=op.f('pk_theme_expertise')),
    )
    op.create_index(op.f('ix_theme_expertise_category_id'), 'theme_expertise', ['category_id'], unique=False)
    op.create_table(
        'tag_expertise',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('tag_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_tag_expertise_tag_id_tags'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_tag_expertise_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'tag_id', name=op.f('pk_tag_expertise')),
    )
    op.create_index(op.f('ix_tag_expertise_tag_id'), 'tag_expertise', ['tag_id'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_tag_expertise_tag_id'), table_name='tag_expertise')
    op.drop_table('tag_expertise')
    op.drop_index(op.f('ix_theme_expertise_category_id'), table_name='theme_expertise')
    op.drop_table('theme_expertise')
