"""The member data the board keeps: their questions and replies, edits they made, replies they found helpful.

Posts stay after erasure as their municipality's contribution; only the link to the person goes.
"""
from sqlalchemy import select, update
from sqlalchemy.orm import joinedload

from forum import personal_data
from forum.board.models import HelpfulVote, Post, PostRevision, Thread
from forum.extensions import db
from forum.personal_data import iso


def _unlink(*columns, user) -> None:
    for column in columns:
        db.session.execute(
            update(column.class_).where(column == user.id).values({column.key: None})
            .execution_options(synchronize_session=False)
        )


def export_posts(user) -> list[dict]:
    posts = db.session.scalars(
        select(Post).where(Post.author_id == user.id).options(joinedload(Post.thread))
        .order_by(Post.created_at, Post.id)
    )
    return [{
        "id": post.id, "thread_id": post.thread_id, "thread_title": post.thread.title,
        "is_question": post.is_question, "text": post.body_markdown,
        "created_at": iso(post.created_at), "edited_at": iso(post.edited_at),
        "removed_by_moderator": post.is_deleted,
    } for post in posts]


def erase_posts(user) -> None:
    _unlink(Post.author_id, Thread.author_id, Thread.last_poster_id, user=user)


def export_revisions(user) -> list[dict]:
    revisions = db.session.scalars(
        select(PostRevision).where(PostRevision.editor_id == user.id)
        .order_by(PostRevision.created_at, PostRevision.id)
    )
    return [{
        "post_id": revision.post_id, "title": revision.title, "previous_text": revision.body_markdown,
        "created_at": iso(revision.created_at),
    } for revision in revisions]


def erase_revisions(user) -> None:
    _unlink(PostRevision.editor_id, user=user)


def export_helpful_votes(user) -> list[dict]:
    votes = db.session.execute(
        select(HelpfulVote.post_id, Post.thread_id, HelpfulVote.created_at)
        .join(Post, Post.id == HelpfulVote.post_id)
        .where(HelpfulVote.user_id == user.id).order_by(HelpfulVote.created_at, HelpfulVote.id)
    )
    return [{"post_id": post_id, "thread_id": thread_id, "at": iso(at)} for post_id, thread_id, at in votes]


def erase_helpful_votes(user) -> None:
    """The vote stays without its voter: helpful_count is recounted from the rows, so deleting
    them would lower the count of every reply the member found helpful."""
    _unlink(HelpfulVote.user_id, user=user)


personal_data.register("posts", tables=["posts", "threads"], export=export_posts, erase=erase_posts)
personal_data.register("revisions_you_made", tables=["post_revisions"], export=export_revisions,
                       erase=erase_revisions)
personal_data.register("helpful_votes", tables=["helpful_votes"], export=export_helpful_votes,
                       erase=erase_helpful_votes)
