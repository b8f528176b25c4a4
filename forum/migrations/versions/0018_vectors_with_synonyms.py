"""Meaning-based search: every thread's vector again, now made from its title with synonyms

Revision ID: 0018_vectors_with_synonyms
Revises: 0017_attachment_texts
Create Date: 2026-12-02 01:00:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0018_vectors_with_synonyms'
down_revision = '0017_attachment_texts'
branch_labels = None
depends_on = None


def upgrade():
    # The stored vectors stay in use until the worker (`flask search embed`) has replaced them.
    op.execute(
        "INSERT INTO thread_vector_queue (thread_id, queued_at) SELECT id, created_at FROM threads "
        "WHERE id NOT IN (SELECT thread_id FROM thread_vector_queue)"
    )


def downgrade():
    # Vectors with synonyms work with the older code as well: nothing to undo.
    pass
