"""Municipality pages: the searchable list of all 342, and what each one shared."""
import re

from flask import abort, render_template, request

from forum.access import readers_only
from forum.extensions import db
from forum.municipalities import blueprint
from forum.municipalities.forms import MunicipalitySearchForm
from forum.municipalities.models import PREVIEW_SIZE, Municipality
from forum.pagination import paginate

MUNICIPALITIES_PER_PAGE = 50
ITEMS_PER_PAGE = 25
# What forum.text.slugify makes; anything else names no municipality (and PostgreSQL refuses NUL).
SLUG = re.compile(r"[a-z0-9-]{1,100}")


def _preview(statement) -> tuple[list, bool]:
    """The first PREVIEW_SIZE rows, and whether there are more (one query, no count)."""
    rows = db.session.scalars(statement.limit(PREVIEW_SIZE + 1)).unique().all()
    return rows[:PREVIEW_SIZE], len(rows) > PREVIEW_SIZE


def _municipality_or_404(slug: str) -> Municipality:
    if not SLUG.fullmatch(slug):
        abort(404)
    return db.first_or_404(Municipality.by_slug(slug))


@blueprint.get("/")
@readers_only
def index():
    form = MunicipalitySearchForm(request.args)
    page = paginate(Municipality.search(form.name_part, form.province), MUNICIPALITIES_PER_PAGE)
    return render_template("municipalities/index.html", form=form, page=page, filters=form.filters)


@blueprint.get("/<slug>")
@readers_only
def show(slug):
    from forum.experience.services import contributions_per_domain  # experience imports the board, which imports us

    municipality = _municipality_or_404(slug)
    members, more_members = _preview(Municipality.members_of(municipality.id))
    questions, more_questions = _preview(Municipality.questions_of(municipality.id))
    replies, more_replies = _preview(Municipality.replies_of(municipality.id))
    return render_template(
        "municipalities/show.html", municipality=municipality,
        domain_contributions=contributions_per_domain(municipality.id),
        members=members, more_members=more_members,
        questions=questions, more_questions=more_questions,
        replies=replies, more_replies=more_replies,
    )


@blueprint.get("/<slug>/leden")
@readers_only
def members(slug):
    municipality = _municipality_or_404(slug)
    page = paginate(Municipality.members_of(municipality.id), ITEMS_PER_PAGE)
    return render_template("municipalities/members.html", municipality=municipality, page=page)


@blueprint.get("/<slug>/vragen")
@readers_only
def questions(slug):
    municipality = _municipality_or_404(slug)
    page = paginate(Municipality.questions_of(municipality.id), ITEMS_PER_PAGE)
    return render_template("municipalities/questions.html", municipality=municipality, page=page)


@blueprint.get("/<slug>/reacties")
@readers_only
def replies(slug):
    municipality = _municipality_or_404(slug)
    page = paginate(Municipality.replies_of(municipality.id), ITEMS_PER_PAGE)
    return render_template("municipalities/replies.html", municipality=municipality, page=page)
