"""Meaning-based search: a vector per thread and the queue of threads waiting for one

Revision ID: 0010_thread_vectors
Revises: 0009_search_vocabulary
Create Date: 2026-12-01 14:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010_thread_vectors'
down_revision = '0009_search_vocabulary'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'thread_vectors',
        sa.Column('thread_id', sa.Integer(), nullable=False),
        sa.Column('model', sa.String(length=64), nullable=False),
        sa.Column('codes', sa.LargeBinary(), nullable=False),
        sa.Column('scale', sa.Float(), nullable=False),
        sa.Column('revision', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_thread_vectors_thread_id_threads'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('thread_id', name=op.f('pk_thread_vectors')),
    )
    op.create_index('ix_thread_vectors_revision', 'thread_vectors', ['revision'], unique=False)
    op.create_table(
        'thread_vector_queue',
        sa.Column('thread_id', sa.Integer(), nullable=False),
        sa.Column('queued_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_thread_vector_queue_thread_id_threads'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('thread_id', name=op.f('pk_thread_vector_queue')),
    )
    op.create_index(op.f('ix_thread_vector_queue_queued_at'), 'thread_vector_queue', ['queued_at'], unique=False)
    # Every existing thread waits for its vector: `flask search embed` (or reindex) fills them.
    op.execute("INSERT INTO thread_vector_queue (thread_id, queued_at) SELECT id, created_at FROM threads")


def downgrade():
    op.drop_index(op.f('ix_thread_vector_queue_queued_at'), table_name='thread_vector_queue')
    op.drop_table('thread_vector_queue')
    op.drop_index('ix_thread_vectors_revision', table_name='thread_vectors')
    op.drop_table('thread_vectors')
