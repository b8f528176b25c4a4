"""Tag pages: all tags, and the threads with one tag."""
from flask import current_app, render_template, request

from forum.access import readers_only
from forum.board import hooks
from forum.board.listing import solved_filter
from forum.pagination import paginate
from forum.tags import blueprint
from forum.tags.models import Tag
from forum.tags.services import tag_or_404, tag_threads

TAGS_PER_PAGE = 100


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
        "tags/show.html", tag=tag, threads=threads, status=status, **hooks.context_for("tag", tag=tag),
    )
