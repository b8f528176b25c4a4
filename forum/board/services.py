"""Asking, replying and editing: each keeps the counters on thread, category and municipality.

Services flush; the view commits once per use case.
"""
from sqlalchemy import update

from forum.accounts.models import User
from forum.board import signals
from forum.board.models import Category, Post, PostRevision, Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.accounts.mentions import render_post
from forum.municipalities.models import Municipality


def create_thread(author: User, category: Category, title: str, body: str, *, now=None,
                  fields: dict | None = None) -> Thread:
    """A new question; raises MarkupRefused for a body we will not render.

    `fields`: what the fields features added to the ask form hold (e.g. tags). They are saved
    before the thread is announced, so that followers of a tag hear of it.
    """
    now = now or utcnow()
    body_html = render_post(body)
    thread = Thread(
        category=category, author=author, municipality_id=author.municipality_id, title=title.strip(),
        created_at=now, last_activity_at=now, last_poster=author,
        last_poster_municipality_id=author.municipality_id,
    )
    db.session.add(thread)
    question = Post(
        thread=thread, author=author, municipality_id=author.municipality_id, position=1,
        body_markdown=body, body_html=body_html, created_at=now,
    )
    db.session.add(question)
    _count_in_categories(category, threads=1, posts=1, now=now)
    if author.municipality_id:
        _count_for_municipality(author.municipality_id, Municipality.thread_count)
    db.session.flush()
    save_question_fields(thread, fields or {})
    save_post_fields(question, fields or {})
    signals.thread_created.send(thread, post=question)
    return thread


def add_reply(author: User, thread: Thread, body: str, *, now=None, experience: dict | None = None,
              fields: dict | None = None) -> Post:
    """An experience shared in reply; raises MarkupRefused for a body we will not render.

    `experience`: the optional structured parts, as Post columns (experience_costs, ...).
    `fields`: what the fields features added to the reply form hold (e.g. attachments).
    """
    now = now or utcnow()
    body_html = render_post(body)
    # Incrementing first takes the row lock, so two replies at once get distinct positions.
    position = db.session.execute(
        update(Thread)
        .where(Thread.id == thread.id)
        .values(
            reply_count=Thread.reply_count + 1, last_position=Thread.last_position + 1,
            last_activity_at=now, last_poster_id=author.id,
            last_poster_municipality_id=author.municipality_id,
        )
        .returning(Thread.last_position)
    ).scalar_one()
    post = Post(
        thread_id=thread.id, author=author, municipality_id=author.municipality_id,
        position=position, body_markdown=body, body_html=body_html, created_at=now,
        **(experience or {}),
    )
    db.session.add(post)
    _count_in_categories(thread.category, threads=0, posts=1, now=now)
    if author.municipality_id:
        _count_for_municipality(author.municipality_id, Municipality.reply_count)
    db.session.flush()
    db.session.refresh(thread)
    save_post_fields(post, fields or {})
    signals.reply_created.send(post, thread=thread)
    return post


def save_question_fields(thread: Thread, fields: dict) -> bool:
    """Hand what the added fields of a question form hold to the features that own them;
    True if one of them changed something."""
    results = signals.question_form_saved.send(thread, data=fields)
    return any(changed for _, changed in results)


def save_post_fields(post: Post, fields: dict) -> bool:
    """Hand what the added fields of any post form hold to the features that own them, with the
    saved post; True if one of them changed something."""
    results = signals.post_form_saved.send(post, data=fields)
    return any(changed for _, changed in results)


class EditConflict(Exception):
    """The post changed since the editor opened it; their save would overwrite that change."""


def edit_post(post: Post, editor: User, body: str, title: str | None = None,
              based_on_version: int | None = None, experience: dict | None = None) -> bool:
    """Save a new version and keep the old one; returns False when nothing changed.

    With `based_on_version`, raises EditConflict when someone saved in between.
    """
    thread = post.thread
    new_title = title.strip() if (title is not None and post.is_question) else thread.title
    if based_on_version is not None and based_on_version != post.version:
        raise EditConflict
    experience = experience or {}
    experience_changed = any(getattr(post, key) != value for key, value in experience.items())
    if body == post.body_markdown and new_title == thread.title and not experience_changed:
        return False
    body_html = render_post(body)
    # Compare-and-set: of two saves that both read this version, only one raises it.
    claimed = db.session.execute(
        update(Post).where(Post.id == post.id, Post.version == post.version)
        .values(version=Post.version + 1)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        raise EditConflict
    post.version += 1
    for key, value in experience.items():
        setattr(post, key, value)
    db.session.add(PostRevision(
        post=post, editor=editor, body_markdown=post.body_markdown,
        title=thread.title if post.is_question else None,
    ))
    post.body_markdown = body
    post.body_html = body_html
    post.edited_at = utcnow()
    post.edit_count += 1
    previous_title = thread.title if new_title != thread.title else None
    thread.title = new_title
    db.session.flush()
    signals.post_edited.send(post, editor=editor, previous_title=previous_title)
    return True


def _count_in_categories(category: Category, *, threads: int, posts: int, now) -> None:
    """A theme's activity also counts for its domain."""
    db.session.execute(
        update(Category)
        .where(Category.id.in_(category.counted_in_ids))
        .values(
            thread_count=Category.thread_count + threads,
            post_count=Category.post_count + posts,
            last_activity_at=now,
        )
    )


def _count_for_municipality(municipality_id: int, column) -> None:
    db.session.execute(
        update(Municipality).where(Municipality.id == municipality_id).values({column: column + 1})
    )

