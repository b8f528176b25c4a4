"""Mentions of a member in other members' posts: listed in the download, and nameless after erasure.

A mention made with the composer names the member by id (`@[J. de Vries](#lid-123)`). On
erasure the name in such tokens, in posts and in their earlier versions, becomes "Voormalig
lid", and the posts are rendered again: the link becomes plain "@Voormalig lid". A mention
typed by name only (`@[J. de Vries]`) is ordinary text; it cannot be told from a namesake's.
"""
import re

from sqlalchemy import select

from forum import personal_data
from forum.accounts.mentions import ERASED_MENTION, member_path, render_post
from forum.accounts.personal_data import ERASED_NAME
from forum.board.models import Post, PostRevision
from forum.extensions import db
from forum.markup import MENTION_CLASS, MarkupRefused


def _token(user_id: int) -> str:
    return f"(#lid-{user_id})"


def _named(user_id: int) -> re.Pattern:
    return re.compile(r"@\[[^\[\]\n]{1,120}\]" + re.escape(_token(user_id)))


def export_mentions(user) -> list[dict]:
    posts = db.session.execute(
        select(Post.id, Post.thread_id).where(Post.body_markdown.contains(_token(user.id))).order_by(Post.id)
    )
    return [{"post_id": post_id, "thread_id": thread_id} for post_id, thread_id in posts]


def erase_mentions(user) -> None:
    """Runs after the account is erased, so that rendering sees an erased member."""
    named, nameless = _named(user.id), f"@[{ERASED_NAME}]{_token(user.id)}"
    for post in db.session.scalars(select(Post).where(Post.body_markdown.contains(_token(user.id)))):
        post.body_markdown = named.sub(nameless, post.body_markdown)
        try:
            post.body_html = render_post(post.body_markdown)
        except MarkupRefused:  # rendered once before, so unlikely; the name must go all the same
            link = re.compile(rf'<a class="{MENTION_CLASS}" href="{member_path(user.id)}">[^<]*</a>')
            post.body_html = link.sub(ERASED_MENTION, post.body_html)
    for revision in db.session.scalars(
        select(PostRevision).where(PostRevision.body_markdown.contains(_token(user.id)))
    ):
        revision.body_markdown = named.sub(nameless, revision.body_markdown)
    db.session.flush()


personal_data.register("mentions_of_you", tables=["posts", "post_revisions"], export=export_mentions,
                       erase=erase_mentions, order=personal_data.ACCOUNT_ORDER + 10)
