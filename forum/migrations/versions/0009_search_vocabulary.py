"""Search vocabulary ("Bedoelde u ...?") and synonyms added by administrators

Revision ID: 0009_search_vocabulary
Revises: 0008_session_hardening
Create Date: 2026-12-01 15:00:00

The stop list and compound splitting change what the index holds: run `flask search reindex`
after upgrading (it also fills search_words).
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0009_search_vocabulary'
down_revision = '0008_session_hardening'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'search_words',
        sa.Column('word', sa.String(length=40), nullable=False),
        sa.Column('length', sa.Integer(), nullable=False),
        sa.Column('posts', sa.Integer(), nullable=False),
        sa.CheckConstraint('posts >= 0', name='ck_search_words_posts'),
        sa.PrimaryKeyConstraint('word'),
    )
    op.create_index('ix_search_words_length_word', 'search_words', ['length', 'word'], unique=False)
    op.create_table(
        'search_synonyms',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('line', sa.String(length=500), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('line'),
    )


def downgrade():
    op.drop_table('search_synonyms')
    op.drop_index('ix_search_words_length_word', table_name='search_words')
    op.drop_table('search_words')
