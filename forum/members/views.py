"""Member pages (/leden/<id>) and changing one's own profile (/account/profiel)."""
from functools import partial

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.access import members_only
from forum.board.lookups import domains_with_themes
from forum.errors import UNPROCESSABLE
from forum.extensions import db
from forum.members import blueprint, services
from forum.members.activity import contributions_of, questions_of, replies_of
from forum.members.forms import MAX_THEMES, ProfileForm
from forum.pagination import paginate
from forum.tags.services import tag_suggestions

ITEMS_PER_PAGE = 25
# The member's page shows the newest few; the rest is one click away.
PREVIEW_SIZE = 5


def _newest(statement) -> tuple[list, bool]:
    """The first PREVIEW_SIZE rows, and whether there are more (one query, no count)."""
    rows = db.session.scalars(statement.limit(PREVIEW_SIZE + 1)).unique().all()
    return rows[:PREVIEW_SIZE], len(rows) > PREVIEW_SIZE


@blueprint.get("/leden/<id:user_id>")
@members_only
def profile(user_id):
    member = services.member_or_404(user_id, current_user)
    if member.is_erased:
        # Nothing that names the person, nor a list that brings their posts together again.
        return render_template("members/erased.html", member=member)
    with_removed = current_user.can_moderate
    questions, more_questions = _newest(questions_of(member.id, with_removed=with_removed))
    replies, more_replies = _newest(replies_of(member.id, with_removed=with_removed))
    expertise = services.expertise_of(member.id)
    return render_template(
        "members/profile.html", member=member, expertise=expertise,
        is_vng_expert=member.municipality_id is None and bool(expertise.themes),
        contributions=contributions_of(member.id), questions=questions, more_questions=more_questions,
        replies=replies, more_replies=more_replies,
    )


def _member_with_lists(user_id: int):
    """An erased member's contributions are not brought together on a list: 404."""
    member = services.member_or_404(user_id, current_user)
    if member.is_erased:
        abort(404)
    return member


@blueprint.get("/leden/<id:user_id>/vragen")
@members_only
def questions(user_id):
    member = _member_with_lists(user_id)
    page = paginate(questions_of(member.id, with_removed=current_user.can_moderate), ITEMS_PER_PAGE)
    return render_template("members/questions.html", member=member, page=page)


@blueprint.get("/leden/<id:user_id>/reacties")
@members_only
def replies(user_id):
    member = _member_with_lists(user_id)
    page = paginate(replies_of(member.id, with_removed=current_user.can_moderate), ITEMS_PER_PAGE)
    return render_template("members/replies.html", member=member, page=page)


def _theme_groups() -> list[tuple[str, list[tuple[int, str]]]]:
    return [(domain.name, [(theme.id, theme.name) for theme in domain.children]) for domain in domains_with_themes()]


@blueprint.route("/account/profiel", methods=["GET", "POST"])
@members_only
def edit_profile():
    user = current_user._get_current_object()
    expertise = services.expertise_of(user.id)
    form = ProfileForm(
        _theme_groups(), services.tags_with_slugs, partial(services.name_taken_in_organisation, user),
        name=user.name, job_title=user.job_title,
        themes=[theme.id for theme in expertise.themes], tags=", ".join(tag.slug for tag in expertise.tags),
    )
    if not form.validate_on_submit():
        status = UNPROCESSABLE if form.is_submitted() else 200
        return render_template("members/edit_profile.html", form=form, max_themes=MAX_THEMES,
                               tag_suggestions=tag_suggestions()), status
    services.update_profile(user, name=form.name.data, job_title=form.job_title.data or "",
                            theme_ids=form.themes.data, tag_ids=[tag.id for tag in form.chosen_tags])
    db.session.commit()
    flash(_("Uw profiel is opgeslagen."), "success")
    return redirect(url_for("members.profile", user_id=user.id))
