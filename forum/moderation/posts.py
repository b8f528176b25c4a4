"""Removing a post and putting it back: soft delete, so nothing is lost and the log says why.

Removing the question hides the whole thread from lists; the counters follow (see counters).
"""
from forum.board import solutions
from forum.board.models import Post, Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.moderation import audit, counters, flags, signals
from forum.moderation.models import ACTION_DELETE_POST, ACTION_RESTORE_POST, TARGET_POST


def delete(post: Post, moderator, reason: str = "") -> bool:
    """Hide a post (and with the question, its thread); False if it was already hidden."""
    if post.is_deleted:
        return False
    thread = post.thread
    now = utcnow()
    if post.is_question:
        counters.thread_visibility(thread, -1)
        thread.deleted_at = now
    else:
        _count_reply(post, -1)
        if post.is_solution:
            # The question is open again: the asker chooses another answer, and restoring the
            # reply later does not make it the answer by itself.
            solutions.unmark_solution(thread)
    post.deleted_at = now
    post.deleted_by_id = moderator.id
    post.version += 1  # an edit form opened before the removal is now out of date
    flags.uphold_all(post, moderator)
    audit.record(moderator, ACTION_DELETE_POST, TARGET_POST, post.id, thread.title, reason)
    db.session.flush()
    signals.post_deleted.send(post, moderator=moderator)
    return True


def restore(post: Post, moderator, reason: str = "") -> bool:
    """Show a hidden post again; False if it was not hidden (or its thread was merged away)."""
    if not post.is_deleted or post.thread.merged_into_id:
        return False
    thread = post.thread
    post.deleted_at = None
    post.deleted_by_id = None
    post.version += 1
    if post.is_question:
        thread.deleted_at = None
        db.session.flush()
        counters.thread_visibility(thread, +1)
    else:
        _count_reply(post, +1)
    audit.record(moderator, ACTION_RESTORE_POST, TARGET_POST, post.id, thread.title, reason)
    db.session.flush()
    signals.post_restored.send(post, moderator=moderator)
    return True


def _count_reply(post: Post, direction: int) -> None:
    thread = post.thread
    thread.reply_count = Thread.reply_count + direction  # in SQL: a reply may arrive meanwhile
    if thread.is_deleted:
        return  # a hidden thread's replies count nowhere else
    counters.categories(thread.category, posts=direction)
    counters.municipality(post.municipality_id, replies=direction)
