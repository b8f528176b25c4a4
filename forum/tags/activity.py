"""Tag pages list a tag's threads from thread_tags alone: its copy of each thread's last
activity, and Tag.thread_count for the visible threads. This keeps both in step with the
board (a reply) and moderation (a question removed or restored, a thread merged away)."""
from sqlalchemy import select, update

from forum.extensions import db
from forum.tags.models import Tag, ThreadTag


def on_reply_created(post, thread, **_) -> None:
    _copy_activity(thread)


def on_thread_merged(source, target, **_) -> None:
    _copy_activity(target)  # it may have taken the source's later activity
    _count_visible(source.id, -1)


def on_question_hidden(post, **_) -> None:
    if post.is_question:
        _count_visible(post.thread_id, -1)


def on_question_shown(post, **_) -> None:
    if post.is_question:
        _count_visible(post.thread_id, +1)


def _copy_activity(thread) -> None:
    db.session.execute(
        update(ThreadTag).where(ThreadTag.thread_id == thread.id).values(last_activity_at=thread.last_activity_at)
    )


def _count_visible(thread_id: int, direction: int) -> None:
    db.session.execute(
        update(Tag)
        .where(Tag.id.in_(select(ThreadTag.tag_id).where(ThreadTag.thread_id == thread_id).scalar_subquery()))
        .values(thread_count=Tag.thread_count + direction)
    )
