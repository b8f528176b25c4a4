"""Meaning-based search: every thread's vector again, now the mean of three views of it

Revision ID: 0018_thread_vector_views
Revises: 0017_attachment_texts
Create Date: 2026-12-01 21:30:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0018_thread_vector_views'
down_revision = '0017_attachment_texts'
branch_labels = None
depends_on = None


def upgrade():
    # The worker (`flask search embed`) replaces each vector in turn; until then a thread keeps
    # its previous one, from the same model, so related questions keep working meanwhile.
    op.execute(
        "INSERT INTO thread_vector_queue (thread_id, queued_at) "
        "SELECT id, created_at FROM threads "
        "WHERE id NOT IN (SELECT thread_id FROM thread_vector_queue)"
    )


def downgrade():
    # The queued threads get vectors of the newer kind; the older code reads them as well.
    pass
