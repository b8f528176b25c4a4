"""Flags: members point moderators at a post; a moderator removes the post or dismisses them."""
from sqlalchemy import select, update

from forum.board.models import Post
from forum.clock import utcnow
from forum.extensions import db
from forum.moderation import audit
from forum.moderation.models import (
    ACTION_DISMISS_FLAGS,
    FLAG_DISMISSED,
    FLAG_OPEN,
    FLAG_UPHELD,
    TARGET_POST,
    Flag,
)


class AlreadyFlagged(ValueError):
    """This member flagged this post before."""


def flag(post: Post, reporter, kind: str, reason: str) -> Flag:
    if db.session.scalar(select(Flag.id).where(Flag.post_id == post.id, Flag.reporter_id == reporter.id)):
        raise AlreadyFlagged
    new_flag = Flag(post_id=post.id, reporter_id=reporter.id, kind=kind, reason=reason)
    db.session.add(new_flag)
    db.session.flush()
    return new_flag


def _resolve_all(post: Post, moderator, status: str) -> int:
    return db.session.execute(
        update(Flag).where(Flag.post_id == post.id, Flag.status == FLAG_OPEN)
        .values(status=status, resolved_at=utcnow(), resolved_by_id=moderator.id)
        .execution_options(synchronize_session=False)
    ).rowcount


def uphold_all(post: Post, moderator) -> int:
    """The post was removed: its open flags were right."""
    return _resolve_all(post, moderator, FLAG_UPHELD)


def dismiss_all(post: Post, moderator, reason: str = "") -> int:
    """The post stays: close its open flags; 0 if none were open."""
    dismissed = _resolve_all(post, moderator, FLAG_DISMISSED)
    if dismissed:
        audit.record(moderator, ACTION_DISMISS_FLAGS, TARGET_POST, post.id, post.thread.title, reason)
    db.session.flush()
    return dismissed

