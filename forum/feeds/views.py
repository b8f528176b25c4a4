"""Atom feeds: the newest questions of a domain or theme, or with a tag.

Who may read them follows the reading rule: anyone when the forum is public; otherwise a
logged-in member, or a feed reader using a member's personal feed address (see tokens.py).
"""
from flask import render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.access import reading_allowed
from forum.board.lookups import category_or_404
from forum.board.models import Category, Post, Thread
from forum.clock import utcnow
from forum.errors import render_error
from forum.extensions import db
from forum.feeds import blueprint
from forum.feeds.tokens import user_for_token
from forum.tags.models import ThreadTag
from forum.tags.services import tag_or_404

FEED_SIZE = 20
ATOM_TYPE = "application/atom+xml; charset=utf-8"
MEMBERS_ONLY = ("Deze feed is alleen voor leden. Gebruik het persoonlijke feedadres dat u op de "
                "pagina van de categorie of tag vindt als u bent ingelogd.")


def _may_read() -> bool:
    return reading_allowed(current_user) or user_for_token(request.args.get("token")) is not None


def _newest_questions(condition, *joins):
    statement = select(Thread, Post).join(Post, (Post.thread_id == Thread.id) & (Post.position == 1))
    for join in joins:
        statement = statement.join(*join)
    statement = (
        # Removed and merged threads (a merged one is removed too) are in no list, so in no feed.
        statement.where(condition, Thread.deleted_at.is_(None), Post.deleted_at.is_(None))
        .options(joinedload(Thread.municipality), joinedload(Post.author))
        .order_by(Thread.created_at.desc(), Thread.id.desc())
        .limit(FEED_SIZE)
    )
    return db.session.execute(statement).all()


def _atom(title: str, page_url: str, entries):
    updated = max((thread.created_at for thread, _ in entries), default=utcnow())
    body = render_template(
        "feeds/atom.xml", title=title, page_url=page_url, feed_url=request.base_url,
        entries=entries, updated=updated,
    )
    return body, 200, {"Content-Type": ATOM_TYPE}


@blueprint.get("/categorie/<slug>/feed.atom")
def category(slug):
    if not _may_read():
        return render_error(403, MEMBERS_ONLY)
    category = category_or_404(slug)
    entries = _newest_questions(Thread.category_id.in_(Category.subtree_ids(category.id)))
    return _atom(category.name, url_for("board.category", slug=category.slug, _external=True), entries)


@blueprint.get("/tags/<slug>/feed.atom")
def tag(slug):
    if not _may_read():
        return render_error(403, MEMBERS_ONLY)
    tag = tag_or_404(slug)
    entries = _newest_questions(ThreadTag.tag_id == tag.id, (ThreadTag, ThreadTag.thread_id == Thread.id))
    return _atom(f"Tag: {tag.slug}", url_for("tags.show", slug=tag.slug, _external=True), entries)
