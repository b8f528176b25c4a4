"""Keep the denormalized counters right when moderators hide, restore, move or merge.

Lists and municipality pages count what a reader can see: a removed reply, or a thread whose
question was removed, no longer counts anywhere. Changes are deltas in single UPDATEs, so that
a reply posted at the same moment is not lost.
"""
from sqlalchemy import func, select, update

from forum.board.models import Category, Post
from forum.extensions import db
from forum.municipalities.models import Municipality


def categories(category: Category, *, threads: int = 0, posts: int = 0) -> None:
    """A theme's counts also count for its domain."""
    db.session.execute(
        update(Category).where(Category.id.in_(category.counted_in_ids)).values(
            thread_count=Category.thread_count + threads, post_count=Category.post_count + posts,
        )
    )


def municipality(municipality_id: int | None, *, threads: int = 0, replies: int = 0,
                 members: int = 0) -> None:
    if municipality_id is None:
        return
    db.session.execute(
        update(Municipality).where(Municipality.id == municipality_id).values(
            thread_count=Municipality.thread_count + threads,
            reply_count=Municipality.reply_count + replies,
            member_count=Municipality.member_count + members,
        )
    )


def visible_replies_by_municipality(thread_id: int) -> list[tuple[int, int]]:
    """(municipality id, number of visible replies) in a thread."""
    return db.session.execute(
        select(Post.municipality_id, func.count(Post.id))
        .where(Post.thread_id == thread_id, Post.position > 1, Post.deleted_at.is_(None),
               Post.municipality_id.is_not(None))
        .group_by(Post.municipality_id)
    ).all()


def thread_visibility(thread, direction: int) -> None:
    """A whole thread leaves the lists (-1) or comes back (+1): its question and visible replies."""
    categories(thread.category, threads=direction, posts=direction * (1 + thread.reply_count))
    municipality(thread.municipality_id, threads=direction)
    for municipality_id, count in visible_replies_by_municipality(thread.id):
        municipality(municipality_id, replies=direction * count)
