"""Polls: one voice per municipality; notifications when a poll closes or closes soon

Revision ID: 0015_polls
Revises: 0014_routing
Create Date: 2026-12-01 17:30:00

"""
from alembic import op
import sqlalchemy as sa

KINDS_BEFORE = "('reply', 'question_reply', 'new_thread', 'mention', 'solution', 'account_approved', 'help_request')"
KINDS_AFTER = ("('reply', 'question_reply', 'new_thread', 'mention', 'solution', 'account_approved', "
               "'help_request', 'poll_closed', 'poll_closing')")

# revision identifiers, used by Alembic.
revision = '0015_polls'
down_revision = '0014_routing'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('polls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=False),
    sa.Column('question', sa.String(length=200), nullable=False),
    sa.Column('multiple', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('allows_other', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('voice', sa.String(length=20), nullable=False),
    sa.Column('results_visibility', sa.String(length=20), nullable=False),
    sa.Column('closes_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.Column('removed_by_id', sa.Integer(), nullable=True),
    sa.Column('close_announced_at', sa.DateTime(), nullable=True),
    sa.Column('closing_reminded_at', sa.DateTime(), nullable=True),
    sa.Column('vote_count', sa.Integer(), server_default='0', nullable=False),
    sa.CheckConstraint("results_visibility IN ('after_voting', 'after_closing')", name=op.f('ck_polls_results_visibility')),
    sa.CheckConstraint("voice IN ('municipality', 'member')", name=op.f('ck_polls_voice')),
    sa.ForeignKeyConstraint(['closed_by_id'], ['users.id'], name=op.f('fk_polls_closed_by_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_polls_created_by_id_users')),
    sa.ForeignKeyConstraint(['removed_by_id'], ['users.id'], name=op.f('fk_polls_removed_by_id_users')),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_polls_thread_id_threads'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_polls')),
    sa.UniqueConstraint('thread_id', name=op.f('uq_polls_thread_id'))
    )
    with op.batch_alter_table('polls', schema=None) as batch_op:
        batch_op.create_index('ix_polls_closes_at', ['closes_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_polls_closed_by_id'), ['closed_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_polls_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_polls_removed_by_id'), ['removed_by_id'], unique=False)

    op.create_table('poll_options',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('poll_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=150), nullable=False),
    sa.ForeignKeyConstraint(['poll_id'], ['polls.id'], name=op.f('fk_poll_options_poll_id_polls'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_poll_options'))
    )
    with op.batch_alter_table('poll_options', schema=None) as batch_op:
        batch_op.create_index('ix_poll_options_poll_position', ['poll_id', 'position'], unique=True)

    op.create_table('poll_vote_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('poll_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('option_ids', sa.String(length=200), nullable=False),
    sa.Column('other_text', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipalities.id'], name=op.f('fk_poll_vote_changes_municipality_id_municipalities')),
    sa.ForeignKeyConstraint(['poll_id'], ['polls.id'], name=op.f('fk_poll_vote_changes_poll_id_polls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_poll_vote_changes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_poll_vote_changes'))
    )
    with op.batch_alter_table('poll_vote_changes', schema=None) as batch_op:
        batch_op.create_index('ix_poll_vote_changes_poll', ['poll_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_poll_vote_changes_user_id'), ['user_id'], unique=False)

    op.create_table('poll_votes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('poll_id', sa.Integer(), nullable=False),
    sa.Column('per_municipality', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('other_text', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipalities.id'], name=op.f('fk_poll_votes_municipality_id_municipalities')),
    sa.ForeignKeyConstraint(['poll_id'], ['polls.id'], name=op.f('fk_poll_votes_poll_id_polls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_poll_votes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_poll_votes'))
    )
    with op.batch_alter_table('poll_votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_votes_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_poll_votes_user_id'), ['user_id'], unique=False)
        batch_op.create_index('uq_poll_votes_poll_municipality', ['poll_id', 'municipality_id'], unique=True, sqlite_where=sa.text('per_municipality'), postgresql_where=sa.text('per_municipality'))
        batch_op.create_index('uq_poll_votes_poll_user', ['poll_id', 'user_id'], unique=True, sqlite_where=sa.text('NOT per_municipality'), postgresql_where=sa.text('NOT per_municipality'))

    op.create_table('poll_choices',
    sa.Column('vote_id', sa.Integer(), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['option_id'], ['poll_options.id'], name=op.f('fk_poll_choices_option_id_poll_options'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vote_id'], ['poll_votes.id'], name=op.f('fk_poll_choices_vote_id_poll_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('vote_id', 'option_id', name=op.f('pk_poll_choices'))
    )
    with op.batch_alter_table('poll_choices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_choices_option_id'), ['option_id'], unique=False)

    # Two notification kinds: a poll closed, a poll closes soon.
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_notifications_kind'), type_='check')
        batch_op.create_check_constraint(op.f('ck_notifications_kind'), f"kind IN {KINDS_AFTER}")



def downgrade():
    op.execute("DELETE FROM notifications WHERE kind IN ('poll_closed', 'poll_closing')")
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_notifications_kind'), type_='check')
        batch_op.create_check_constraint(op.f('ck_notifications_kind'), f"kind IN {KINDS_BEFORE}")

    with op.batch_alter_table('poll_choices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_choices_option_id'))

    op.drop_table('poll_choices')
    with op.batch_alter_table('poll_votes', schema=None) as batch_op:
        batch_op.drop_index('uq_poll_votes_poll_user', sqlite_where=sa.text('NOT per_municipality'), postgresql_where=sa.text('NOT per_municipality'))
        batch_op.drop_index('uq_poll_votes_poll_municipality', sqlite_where=sa.text('per_municipality'), postgresql_where=sa.text('per_municipality'))
        batch_op.drop_index(batch_op.f('ix_poll_votes_user_id'))
        batch_op.drop_index(batch_op.f('ix_poll_votes_municipality_id'))

    op.drop_table('poll_votes')
    with op.batch_alter_table('poll_vote_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_vote_changes_user_id'))
        batch_op.drop_index('ix_poll_vote_changes_poll')

    op.drop_table('poll_vote_changes')
    with op.batch_alter_table('poll_options', schema=None) as batch_op:
        batch_op.drop_index('ix_poll_options_poll_position')

    op.drop_table('poll_options')
    with op.batch_alter_table('polls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_polls_removed_by_id'))
        batch_op.drop_index(batch_op.f('ix_polls_created_by_id'))
        batch_op.drop_index(batch_op.f('ix_polls_closed_by_id'))
        batch_op.drop_index('ix_polls_closes_at')

    op.drop_table('polls')
