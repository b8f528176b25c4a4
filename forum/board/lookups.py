"""Finding what a URL names, with the visibility rules applied in one place."""
import re

from flask import abort
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.board.models import Category, Post, Thread
from forum.extensions import db

# What forum.text.slugify makes for a category; anything else names none (and PostgreSQL
# refuses a NUL byte in a query parameter).
CATEGORY_SLUG = re.compile(r"[a-z0-9-]{1,100}")


def thread_or_404(thread_id: int) -> Thread:
    """The thread with its category, domain, author and municipality, in one query.

    Visibility is the caller's: the thread page redirects a merged thread, moderation acts on
    removed ones.
    """
    thread = db.session.scalar(
        select(Thread)
        .where(Thread.id == thread_id)
        .options(
            joinedload(Thread.category).joinedload(Category.parent),
            joinedload(Thread.author),
            joinedload(Thread.municipality),
        )
    )
    if thread is None:
        abort(404)
    return thread


def live_thread_or_404(thread_id: int) -> Thread:
    """The thread if anyone may act on it (follow it): 404 when it was removed or merged away,
    for moderators too."""
    thread = thread_or_404(thread_id)
    if not thread.is_live:
        abort(404)
    return thread


def post_or_404(post_id: int, viewer) -> Post:
    """The post if `viewer` may reach it: 404 for a removed post or thread (moderators still
    reach those) and for a thread merged away."""
    post = db.session.scalar(
        select(Post).where(Post.id == post_id).options(joinedload(Post.thread), joinedload(Post.author))
    )
    if post is None or not post.visible_to(viewer):
        abort(404)
    return post


def live_post_or_404(post_id: int, viewer) -> Post:
    """The post if `viewer` may act on it: like post_or_404, and 404 for everyone, moderators
    included, when the post or its thread was removed (moderators restore it first)."""
    post = post_or_404(post_id, viewer)
    if not post.is_live:
        abort(404)
    return post


def category_by_slug(slug: str | None, *, with_children: bool = False) -> Category | None:
    if not slug or not CATEGORY_SLUG.fullmatch(slug):
        return None
    statement = Category.by_slug(slug)
    if with_children:
        statement = statement.options(joinedload(Category.parent), joinedload(Category.children))
    return db.session.scalar(statement)


def category_or_404(slug: str, *, with_children: bool = False) -> Category:
    category = category_by_slug(slug, with_children=with_children)
    if category is None:
        abort(404)
    return category


def domains_with_themes() -> list[Category]:
    """Every domain with its themes, in their order: one query."""
    return db.session.scalars(Category.domains_with_themes()).unique().all()


def theme_by_id(category_id: int | None) -> Category | None:
    return db.session.scalar(select(Category).where(Category.id == category_id, ~Category.is_domain))
