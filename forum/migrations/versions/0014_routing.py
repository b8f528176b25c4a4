"""All questions sorted, unanswered questions offered to who may help, questions to the VNG

Revision ID: 0014_routing
Revises: 0013_drafts
Create Date: 2026-12-01 17:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0014_routing'
down_revision = '0013_drafts'
branch_labels = None
depends_on = None

KINDS_BEFORE = "('reply', 'question_reply', 'new_thread', 'mention', 'solution', 'account_approved')"
KINDS_AFTER = "('reply', 'question_reply', 'new_thread', 'mention', 'solution', 'account_approved', 'help_request')"


def upgrade():
    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('helpful_count', sa.Integer(), server_default='0', nullable=False))
        batch_op.create_index('ix_threads_created', ['created_at', 'id'], unique=False)
        batch_op.create_index('ix_threads_helpful', ['helpful_count', 'last_activity_at', 'id'], unique=False)
        batch_op.create_index('ix_threads_unanswered', ['reply_count', 'created_at', 'id'], unique=False)
    # The helpful votes given so far, summed once per thread.
    op.execute(
        "UPDATE threads SET helpful_count = "
        "(SELECT COALESCE(SUM(posts.helpful_count), 0) FROM posts WHERE posts.thread_id = threads.id)"
    )

    with op.batch_alter_table('notification_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('help_requests', sa.Boolean(), server_default=sa.true(), nullable=False))
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_notifications_kind'), type_='check')
        batch_op.create_check_constraint(op.f('ck_notifications_kind'), f"kind IN {KINDS_AFTER}")

    op.create_table(
        'referrals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('thread_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=20), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("reason IN ('asked_vng', 'vng_expert', 'expertise', 'experience')",
                           name=op.f('ck_referrals_reason')),
        sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_referrals_thread_id_threads'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_referrals_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals')),
        sa.UniqueConstraint('thread_id', 'user_id', name='uq_referrals_thread_user'),
    )
    op.create_index('ix_referrals_user_sent', 'referrals', ['user_id', 'sent_at'], unique=False)
    op.create_table(
        'vng_questions',
        sa.Column('thread_id', sa.Integer(), nullable=False),
        sa.Column('asked_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_vng_questions_thread_id_threads'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('thread_id', name=op.f('pk_vng_questions')),
    )


def downgrade():
    op.drop_table('vng_questions')
    op.drop_index('ix_referrals_user_sent', table_name='referrals')
    op.drop_table('referrals')
    op.execute("DELETE FROM notifications WHERE kind = 'help_request'")
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_notifications_kind'), type_='check')
        batch_op.create_check_constraint(op.f('ck_notifications_kind'), f"kind IN {KINDS_BEFORE}")
    with op.batch_alter_table('notification_settings', schema=None) as batch_op:
        batch_op.drop_column('help_requests')
    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.drop_index('ix_threads_unanswered')
        batch_op.drop_index('ix_threads_helpful')
        batch_op.drop_index('ix_threads_created')
        batch_op.drop_column('helpful_count')
