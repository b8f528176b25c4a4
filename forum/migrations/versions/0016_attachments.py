"""Attachments: files with questions and replies

Revision ID: 0016_attachments
Revises: 0015_polls
Create Date: 2026-12-01 17:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0016_attachments'
down_revision = '0015_polls'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'attachments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('post_id', sa.Integer(), nullable=True),
        sa.Column('uploader_id', sa.Integer(), nullable=True),
        sa.Column('storage_key', sa.String(length=64), nullable=False),
        sa.Column('thumbnail_key', sa.String(length=64), nullable=True),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('mime_type', sa.String(length=100), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('width', sa.Integer(), nullable=True),
        sa.Column('height', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('removed_at', sa.DateTime(), nullable=True),
        sa.Column('removed_by_id', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=True),
        sa.Column('text_status', sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_attachments_post_id_posts'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['removed_by_id'], ['users.id'], name=op.f('fk_attachments_removed_by_id_users'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['uploader_id'], ['users.id'], name=op.f('fk_attachments_uploader_id_users'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments')),
    )
    op.create_index(op.f('ix_attachments_post_id'), 'attachments', ['post_id'], unique=False)
    op.create_index(op.f('ix_attachments_storage_key'), 'attachments', ['storage_key'], unique=False)
    op.create_index(op.f('ix_attachments_thumbnail_key'), 'attachments', ['thumbnail_key'], unique=False)
    op.create_index('ix_attachments_uploader_id_created_at', 'attachments', ['uploader_id', 'created_at'],
                    unique=False)


def downgrade():
    op.drop_index('ix_attachments_uploader_id_created_at', table_name='attachments')
    op.drop_index(op.f('ix_attachments_thumbnail_key'), table_name='attachments')
    op.drop_index(op.f('ix_attachments_storage_key'), table_name='attachments')
    op.drop_index(op.f('ix_attachments_post_id'), table_name='attachments')
    op.drop_table('attachments')
