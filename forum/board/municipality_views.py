"""A municipality's page: what it asked and replied, and its members; features add their part
(experience per domain, the follow control) through forum.board.hooks."""
from flask import render_template

from forum.access import readers_only
from forum.accounts.models import User
from forum.board import blueprint, hooks
from forum.board.models import Post, Thread
from forum.extensions import db
from forum.municipalities.services import municipality_or_404
from forum.pagination import paginate

ITEMS_PER_PAGE = 25
# Lists on a municipality's page show the newest few; the rest is one click away.
PREVIEW_SIZE = 10


def _preview(statement) -> tuple[list, bool]:
    """The first PREVIEW_SIZE rows, and whether there are more (one query, no count)."""
    rows = db.session.scalars(statement.limit(PREVIEW_SIZE + 1)).unique().all()
    return rows[:PREVIEW_SIZE], len(rows) > PREVIEW_SIZE


@blueprint.get("/gemeenten/<slug>")
@readers_only
def municipality(slug):
    municipality = municipality_or_404(slug)
    members, more_members = _preview(User.active_members_of(municipality.id))
    questions, more_questions = _preview(Thread.asked_by_municipality(municipality.id))
    replies, more_replies = _preview(Post.replies_by_municipality(municipality.id))
    return render_template(
        "municipalities/show.html", municipality=municipality,
        members=members, more_members=more_members,
        questions=questions, more_questions=more_questions,
        replies=replies, more_replies=more_replies,
        **hooks.context_for("municipality", municipality=municipality),
    )


# The full lists behind the page: (what they list, template) per path.
_LISTS = {
    "leden": (User.active_members_of, "municipalities/members.html"),
    "vragen": (Thread.asked_by_municipality, "municipalities/questions.html"),
    "reacties": (Post.replies_by_municipality, "municipalities/replies.html"),
}


def _full_list(slug: str, path: str):
    municipality = municipality_or_404(slug)
    statement, template = _LISTS[path]
    page = paginate(statement(municipality.id), ITEMS_PER_PAGE)
    return render_template(template, municipality=municipality, page=page)


@blueprint.get("/gemeenten/<slug>/leden")
@readers_only
def municipality_members(slug):
    return _full_list(slug, "leden")


@blueprint.get("/gemeenten/<slug>/vragen")
@readers_only
def municipality_questions(slug):
    return _full_list(slug, "vragen")


@blueprint.get("/gemeenten/<slug>/reacties")
@readers_only
def municipality_replies(slug):
    return _full_list(slug, "reacties")
