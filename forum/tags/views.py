"""Tag pages: all tags, and the threads with one tag."""
from flask import abort, current_app, render_template, request

from forum.access import readers_only
from forum.board.thread_extras import solved_filter
from forum.experience.services import top_contributors_to_tag
from forum.feeds.tokens import feed_url
from forum.extensions import db
from forum.pagination import paginate
from forum.tags import blueprint
from forum.tags.models import Tag
from forum.tags.services import tag_threads

TAGS_PER_PAGE = 100
SLUG_MAX = 41


@blueprint.get("/tags")
@readers_only
def index():
    page = paginate(Tag.popular(), TAGS_PER_PAGE)
    return render_template("tags/index.html", page=page)


@blueprint.get("/tags/<slug>")
@readers_only
def show(slug):
    tag = tag_or_404(slug)
    filters, status = solved_filter(request.args.get("status"))
    threads = tag_threads(tag, filters, current_app.config["THREADS_PER_PAGE"])
    return render_template(
        "tags/show.html", tag=tag, threads=threads, status=status, contributors=top_contributors_to_tag(tag.id),
        feed_url=feed_url("feeds.tag", slug=tag.slug),
    )


def tag_or_404(slug: str) -> Tag:
    if len(slug) > SLUG_MAX:
        abort(404)
    tag = db.session.scalar(Tag.by_slug(slug))
    if tag is None:
        abort(404)
    return tag
