"""Moderating threads: lock, pin, move and merge. Each writes an audit row; services flush only."""
from sqlalchemy import update

from forum.board.models import Category, Post, Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.moderation import audit, counters, signals
from forum.moderation.models import (
    ACTION_LOCK,
    ACTION_MERGE,
    ACTION_MOVE,
    ACTION_PIN,
    ACTION_UNLOCK,
    ACTION_UNPIN,
    TARGET_THREAD,
)


class ThreadActionRefused(ValueError):
    """The action cannot be done to this thread; the message says why, in Dutch."""


def _set_flag(thread: Thread, moderator, column: str, value: bool, action: str, reason: str) -> bool:
    """Set is_locked / is_pinned; False when it already had that value (a double click)."""
    result = db.session.execute(
        update(Thread).where(Thread.id == thread.id, getattr(Thread, column) == (not value))
        .values({column: value}).execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return False
    setattr(thread, column, value)
    audit.record(moderator, action, TARGET_THREAD, thread.id, thread.title, reason)
    return True


def lock(thread, moderator, reason=""):
    return _set_flag(thread, moderator, "is_locked", True, ACTION_LOCK, reason)


def unlock(thread, moderator, reason=""):
    return _set_flag(thread, moderator, "is_locked", False, ACTION_UNLOCK, reason)


def pin(thread, moderator, reason=""):
    return _set_flag(thread, moderator, "is_pinned", True, ACTION_PIN, reason)


def unpin(thread, moderator, reason=""):
    return _set_flag(thread, moderator, "is_pinned", False, ACTION_UNPIN, reason)


def move(thread: Thread, theme: Category, moderator, reason: str = "") -> None:
    """Put the thread in another theme; both themes and their domains recount."""
    if theme.is_domain:
        raise ThreadActionRefused("Kies een thema, geen domein.")
    if theme.id == thread.category_id:
        raise ThreadActionRefused("Het onderwerp staat al in dit thema.")
    previous = thread.category
    counters.categories(previous, threads=-1, posts=-thread.post_count)
    counters.categories(theme, threads=1, posts=thread.post_count)
    if theme.last_activity_at is None or theme.last_activity_at < thread.last_activity_at:
        theme.last_activity_at = thread.last_activity_at
    thread.category = theme
    audit.record(moderator, ACTION_MOVE, TARGET_THREAD, thread.id, thread.title,
                 reason or f"{previous.name} → {theme.name}")
    db.session.flush()
    signals.thread_moved.send(thread, moderator=moderator, previous_category=previous)


def merge(source: Thread, target: Thread, moderator, reason: str = "") -> None:
    """Append every post of `source` to `target`; `source` then redirects to `target`."""
    if source.id == target.id:
        raise ThreadActionRefused("Een onderwerp kan niet met zichzelf worden samengevoegd.")
    if target.is_deleted:
        raise ThreadActionRefused("Het doel-onderwerp is verwijderd of samengevoegd.")
    moved_visible = source.post_count  # its question becomes a reply in the target
    offset = target.last_position
    db.session.execute(
        update(Post).where(Post.thread_id == source.id)
        .values(thread_id=target.id, position=Post.position + offset)
        .execution_options(synchronize_session=False)
    )
    # In SQL, not Python: a reply to the target may be saved at the same moment.
    target.last_position = Thread.last_position + source.last_position
    target.reply_count = Thread.reply_count + moved_visible
    if source.last_activity_at > target.last_activity_at:
        target.last_activity_at = source.last_activity_at
        target.last_poster_id = source.last_poster_id
        target.last_poster_municipality_id = source.last_poster_municipality_id
    counters.categories(source.category, threads=-1, posts=-moved_visible)
    counters.categories(target.category, posts=moved_visible)
    counters.municipality(source.municipality_id, threads=-1, replies=1)
    # Earlier merges into the source now lead straight to the target.
    db.session.execute(
        update(Thread).where(Thread.merged_into_id == source.id).values(merged_into_id=target.id)
        .execution_options(synchronize_session=False)
    )
    source.deleted_at = utcnow()
    source.merged_into_id = target.id
    source.reply_count = 0
    audit.record(moderator, ACTION_MERGE, TARGET_THREAD, source.id, source.title,
                 reason or f"→ {target.title}")
    db.session.flush()
    db.session.expire_all()  # positions and threads of posts changed in bulk
    signals.thread_merged.send(source, target=target, moderator=moderator)
