"""Finding the poll a URL names, with the visibility rules of its thread applied."""
from flask import abort
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.extensions import db
from forum.polls.models import Poll

# The session key under which a refused vote waits for the poll box it is sent back to.
REFUSED_VOTE = "poll_vote_refused"


def visible_poll_or_404(poll_id: int) -> Poll:
    """The poll if the viewer may see it: 404 when it or its thread was removed (moderators see a
    removed thread's poll) or the thread was merged away."""
    poll = db.session.scalar(
        select(Poll).where(Poll.id == poll_id).options(joinedload(Poll.thread), joinedload(Poll.options))
    )
    if poll is None or poll.is_removed or not poll.thread.visible_to(current_user):
        abort(404)
    return poll


def live_poll_or_404(poll_id: int) -> Poll:
    """The poll if anyone may act on it: 404 also for moderators when its thread was removed."""
    poll = visible_poll_or_404(poll_id)
    if not poll.thread.is_live:
        abort(404)
    return poll


def can_add_poll(thread, user) -> bool:
    """The asker adds a poll to their question; moderators to any."""
    if not user.is_authenticated or not user.can_post or not thread.is_live:
        return False
    return user.id == thread.author_id or user.can_moderate
