"""What a member's page lists and counts: their questions, replies, solutions and helpful marks.

Non-moderators see only what is still on the forum; moderators also see removed questions and
replies (marked as such), as they do on the thread pages.
"""
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import contains_eager, joinedload

from forum.board.models import Post, Thread
from forum.extensions import db


@dataclass(frozen=True)
class Contributions:
    questions: int
    replies: int
    solutions: int
    helpful: int


def questions_of(user_id: int, *, with_removed: bool):
    """The threads `user_id` asked, newest first (threads.author_id is indexed)."""
    statement = (
        select(Thread)
        .where(Thread.author_id == user_id, Thread.merged_into_id.is_(None))
        .options(joinedload(Thread.category))
        .order_by(Thread.created_at.desc(), Thread.id.desc())
    )
    return statement if with_removed else statement.where(Thread.deleted_at.is_(None))


def replies_of(user_id: int, *, with_removed: bool):
    """The replies `user_id` wrote, newest first, with their thread (read from ix_posts_author_created)."""
    statement = (
        select(Post)
        .join(Post.thread)
        .where(Post.author_id == user_id, Post.position > 1, Thread.merged_into_id.is_(None))
        .options(contains_eager(Post.thread))
        .order_by(Post.created_at.desc(), Post.id.desc())
    )
    if with_removed:
        return statement
    return statement.where(Post.deleted_at.is_(None), Thread.deleted_at.is_(None))


def _visible_replies(user_id: int):
    return (
        select(Post)
        .join(Post.thread)
        .where(Post.author_id == user_id, Post.position > 1, Post.deleted_at.is_(None),
               Thread.deleted_at.is_(None))
    )


def contributions_of(user_id: int) -> Contributions:
    """The counts on a member's page, of what everyone can see, in one statement."""
    replies = _visible_replies(user_id)
    questions = select(func.count()).select_from(Thread).where(
        Thread.author_id == user_id, Thread.deleted_at.is_(None))
    row = db.session.execute(select(
        questions.scalar_subquery(),
        replies.with_only_columns(func.count()).scalar_subquery(),
        replies.with_only_columns(func.count()).where(Thread.solution_post_id == Post.id).scalar_subquery(),
        replies.with_only_columns(func.coalesce(func.sum(Post.helpful_count), 0)).scalar_subquery(),
    )).one()
    return Contributions(*(int(value) for value in row))
