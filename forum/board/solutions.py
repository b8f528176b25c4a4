"""Solutions and helpful votes: the asker marks the reply that solved the question;
any member marks other people's replies as helpful, once, and may take it back.

Services flush; the view commits.
"""
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from forum.accounts.models import User
from forum.board import signals
from forum.board.models import HelpfulVote, Post, Thread
from forum.extensions import db


def mark_solution(post: Post, marked_by: User) -> bool:
    """Make `post` the thread's solution (replacing another); False if it already was."""
    thread = post.thread
    if thread.solution_post_id == post.id:
        return False
    thread.solution_post_id = post.id
    db.session.flush()
    signals.solution_marked.send(thread, post=post, marked_by=marked_by)
    return True


def unmark_solution(thread: Thread) -> bool:
    """The thread is open again; False if it had no solution."""
    if thread.solution_post_id is None:
        return False
    thread.solution_post_id = None
    db.session.flush()
    return True


def vote_helpful(post: Post, user: User) -> bool:
    """Count the member's vote once; False if they had voted already."""
    try:
        with db.session.begin_nested():  # the unique constraint settles a double click
            db.session.execute(insert(HelpfulVote).values(post_id=post.id, user_id=user.id))
    except IntegrityError:
        return False
    _recount(post)
    return True


def withdraw_helpful(post: Post, user: User) -> bool:
    removed = db.session.execute(
        delete(HelpfulVote).where(HelpfulVote.post_id == post.id, HelpfulVote.user_id == user.id)
    ).rowcount
    if removed:
        _recount(post)
    return bool(removed)


def _recount(post: Post) -> None:
    """Count from the votes themselves, so the counter cannot drift under concurrent clicks."""
    votes = select(func.count()).select_from(HelpfulVote).where(HelpfulVote.post_id == post.id).scalar_subquery()
    db.session.execute(update(Post).where(Post.id == post.id).values(helpful_count=votes))
    in_thread = select(func.coalesce(func.sum(Post.helpful_count), 0)).where(Post.thread_id == post.thread_id)
    db.session.execute(
        update(Thread).where(Thread.id == post.thread_id).values(helpful_count=in_thread.scalar_subquery())
    )
    db.session.refresh(post, ["helpful_count"])


def helpful_votes_of(user: User, post_ids: list[int]) -> set[int]:
    """Which of these posts the user marked as helpful (one query for a page of posts)."""
    if not user.is_authenticated or not post_ids:
        return set()
    return set(db.session.scalars(
        select(HelpfulVote.post_id).where(HelpfulVote.user_id == user.id, HelpfulVote.post_id.in_(post_ids))
    ))
