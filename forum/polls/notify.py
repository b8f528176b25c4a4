"""Who hears about a poll: the thread's followers when it closes, and, a few days before it closes,
the members whose municipality has not answered (their digest carries it; no instant mail).

Each announcement is one INSERT ... SELECT however many members it reaches, and happens once
per poll (claimed by a compare-and-set on the poll's timestamp). `flask polls announce` runs both
for the polls whose date came; a moderator closing a poll announces it at once.
"""
from datetime import datetime, timedelta

from sqlalchemy import DateTime, Integer, String, and_, exists, func, insert, literal, not_, select, update

from forum.accounts.models import STATUS_ACTIVE, User
from forum.board.models import Post
from forum.clock import utcnow
from forum.extensions import db
from forum.following import levels
from forum.following.models import (
    DEFAULT_MAIL_FREQUENCY, KIND_POLL_CLOSED, KIND_POLL_CLOSING, MAIL_INSTANT, WATCHING, Notification,
    NotificationSettings,
)
from forum.mail import queue_notification_mails
from forum.polls.models import Poll, PollVote

CLOSING_SOON = timedelta(days=3)


def _claim(poll: Poll, column, now: datetime) -> bool:
    claimed = db.session.execute(
        update(Poll).where(Poll.id == poll.id, column.is_(None)).values({column: now})
        .execution_options(synchronize_session=False)
    )
    return claimed.rowcount == 1


def _question_id(poll: Poll) -> int:
    return db.session.scalar(select(Post.id).where(Post.thread_id == poll.thread_id, Post.position == 1))


def _notify(recipients, poll: Poll, kind: str, actor_id: int | None, now: datetime) -> int:
    """Notify the members `recipients` (a select of user ids) once, and mail those who want it at once."""
    question_id = _question_id(poll)
    told = exists().where(Notification.post_id == question_id, Notification.kind == kind,
                          Notification.user_id == recipients.c.user_id)
    rows = (
        select(recipients.c.user_id, literal(kind, String), literal(poll.thread_id, Integer),
               literal(question_id, Integer), literal(actor_id, Integer), literal(now, DateTime))
        .join(User, and_(User.id == recipients.c.user_id, User.status == STATUS_ACTIVE))
        .where(not_(told))
    )
    if actor_id is not None:
        rows = rows.where(recipients.c.user_id != actor_id)
    result = db.session.execute(insert(Notification).from_select(
        ["user_id", "kind", "thread_id", "post_id", "actor_id", "created_at"], rows))
    return result.rowcount


def announce_closed(poll: Poll, actor_id: int | None = None, now: datetime | None = None) -> int:
    """Tell those who follow the thread (level 'alle berichten') that the poll closed; once."""
    now = now or utcnow()
    if not _claim(poll, Poll.close_announced_at, now):
        return 0
    deciding = levels.deciding_watches(levels.thread_targets(poll.thread))
    followers = select(deciding.c.user_id).where(deciding.c.level == WATCHING).subquery()
    count = _notify(followers, poll, KIND_POLL_CLOSED, actor_id, now)
    frequency = func.coalesce(NotificationSettings.mail_frequency, DEFAULT_MAIL_FREQUENCY)
    queue_notification_mails(
        select(User.email, Notification.user_id, Notification.id)
        .join(User, User.id == Notification.user_id)
        .outerjoin(NotificationSettings, NotificationSettings.user_id == Notification.user_id)
        .where(Notification.thread_id == poll.thread_id, Notification.kind == KIND_POLL_CLOSED,
               User.status == STATUS_ACTIVE, frequency == MAIL_INSTANT)
    )
    return count


def remind_before_closing(poll: Poll, now: datetime | None = None) -> int:
    """Tell the members whose municipality (or who, in a member poll) did not answer yet; once."""
    now = now or utcnow()
    if not _claim(poll, Poll.closing_reminded_at, now):
        return 0
    if poll.per_municipality:
        answered = exists().where(PollVote.poll_id == poll.id, PollVote.per_municipality.is_(True),
                                  PollVote.municipality_id == User.municipality_id)
        members = select(User.id.label("user_id")).where(User.municipality_id.is_not(None), not_(answered))
    else:
        answered = exists().where(PollVote.poll_id == poll.id, PollVote.user_id == User.id)
        members = select(User.id.label("user_id")).where(not_(answered))
    return _notify(members.where(User.status == STATUS_ACTIVE).subquery(), poll, KIND_POLL_CLOSING, None, now)


def announce_due(now: datetime | None = None) -> tuple[int, int]:
    """For the cron job: remind before polls close soon, announce those whose date passed.
    Returns (polls reminded about, polls announced as closed)."""
    now = now or utcnow()
    live = [Poll.removed_at.is_(None)]
    soon = db.session.scalars(select(Poll).where(
        *live, Poll.closes_at > now, Poll.closes_at <= now + CLOSING_SOON, Poll.closing_reminded_at.is_(None),
        Poll.closed_at.is_(None))).all()
    closed = db.session.scalars(select(Poll).where(
        *live, Poll.closes_at <= now, Poll.close_announced_at.is_(None))).all()
    soon = [poll for poll in soon if poll.thread.is_live]
    closed = [poll for poll in closed if poll.thread.is_live]
    for poll in soon:
        remind_before_closing(poll, now)
    for poll in closed:
        announce_closed(poll, now=now)
    return len(soon), len(closed)
