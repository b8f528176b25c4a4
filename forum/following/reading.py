"""Unread tracking: how far each member read each thread, and what is new since their last visit."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import g
from sqlalchemy import select, update

from forum.accounts.models import User
from forum.board.models import Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.following.models import Notification, ThreadRead
from forum.following.notify import mark_read

# 'Nieuw' is what appeared since the previous visit; before a first visit, the last week;
# never further back than a month, however long someone was away.
NEW_BEFORE_FIRST_VISIT = timedelta(days=7)
NEW_AT_MOST = timedelta(days=30)
# A pause this long starts a new visit; last_seen_at is written at most this often.
VISIT_GAP = timedelta(hours=1)
SEEN_RESOLUTION = timedelta(minutes=5)
BELL_CAP = 100


@dataclass(frozen=True)
class ReadingState:
    """One member and one thread: never opened and recent ('nieuw'), or some posts unread."""

    is_new: bool
    unread_count: int
    first_unread_position: int | None

    @property
    def has_news(self) -> bool:
        return self.is_new or self.unread_count > 0


def new_since(user: User, now: datetime | None = None) -> datetime:
    now = now or utcnow()
    return max(user.previous_visit_at or now - NEW_BEFORE_FIRST_VISIT, now - NEW_AT_MOST)


def reading_state(thread: Thread, last_read_position: int | None, since: datetime) -> ReadingState:
    if last_read_position is None:
        return ReadingState(
            is_new=thread.created_at > since, unread_count=0, first_unread_position=None
        )
    unread = max(thread.post_count - last_read_position, 0)
    return ReadingState(False, unread, last_read_position + 1 if unread else None)


def reading_states(user, threads) -> dict[int, ReadingState]:
    """The state of each thread in a list for this member: one query for the whole page."""
    if not user.is_authenticated or not threads:
        return {}
    positions = dict(
        db.session.execute(
            select(ThreadRead.thread_id, ThreadRead.last_read_position).where(
                ThreadRead.user_id == user.id,
                ThreadRead.thread_id.in_([thread.id for thread in threads]),
            )
        ).all()
    )
    since = new_since(user)
    return {thread.id: reading_state(thread, positions.get(thread.id), since) for thread in threads}


def last_read_position(user_id: int, thread_id: int) -> int | None:
    return db.session.scalar(
        select(ThreadRead.last_read_position).where(
            ThreadRead.user_id == user_id, ThreadRead.thread_id == thread_id
        )
    )


def unread_notification_count(user) -> int:
    """The bell: one indexed count per request, at most BELL_CAP."""
    if not user.is_authenticated:
        return 0
    if "bell_count" not in g:
        g.bell_count = db.session.scalar(Notification.unread_count_of(
            user.id, BELL_CAP, with_removed=user.can_moderate))
    return g.bell_count


def on_thread_viewed(thread: Thread, viewer, posts) -> None:
    """Remember how far the member read, and clear the bell for what the page showed."""
    if not viewer.is_authenticated or not posts:
        return
    now = utcnow()
    before = last_read_position(viewer.id, thread.id)
    g.thread_reading = reading_state(thread, before, new_since(viewer, now))
    g.thread_page_positions = (posts[0].position, posts[-1].position)
    changed = (
        mark_read(viewer.id, thread.id, posts[-1].position, now)
        if (before or 0) < posts[-1].position
        else False
    )
    if unread_notification_count(viewer):
        # Look before writing: on SQLite an UPDATE takes the database's one write lock until
        # the request ends, even when it changes nothing, and every view would wait its turn.
        shown = db.session.scalars(
            select(Notification.id).where(
                Notification.user_id == viewer.id,
                Notification.read_at.is_(None),
                Notification.thread_id == thread.id,
                Notification.post_id.in_([post.id for post in posts]),
            )
        ).all()
        if shown:
            db.session.execute(update(Notification).where(Notification.id.in_(shown)).values(read_at=now))
            g.bell_count -= len(shown)
            changed = True
    if changed:
        g.reading_changed = True


def track_visit(user) -> bool:
    """Write last_seen_at now and then; a long pause turns it into previous_visit_at ('Nieuw')."""
    if not user.is_authenticated:
        return False
    now = utcnow()
    last_seen = user.last_seen_at
    if last_seen is not None and now - last_seen < SEEN_RESOLUTION:
        return False
    values = {"last_seen_at": now}
    if last_seen is not None and now - last_seen >= VISIT_GAP:
        values["previous_visit_at"] = last_seen
    db.session.execute(update(User).where(User.id == user.id).values(**values))
    return True


def dismiss_new(user) -> None:
    """'Alles gezien': the Nieuw page starts again from now."""
    db.session.execute(update(User).where(User.id == user.id).values(previous_visit_at=utcnow()))
