"""Moderators find members, suspend them and lift it; administrators erase accounts."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, or_, select

from forum.accounts.models import STATUS_ERASED, User
from forum.errors import UNPROCESSABLE
from forum.extensions import db
from forum.moderation import blueprint, members
from forum.moderation.forms import MemberSearchForm, ReasonForm, RequiredReasonForm
from forum.pagination import paginate

MEMBERS_PER_PAGE = 50


def members_matching(text: str):
    statement = (select(User).where(User.status != STATUS_ERASED)
                 .order_by(func.lower(User.name), User.id))
    if text:
        statement = statement.where(or_(User.name.icontains(text, autoescape=True),
                                        User.email.icontains(text, autoescape=True)))
    return statement


@blueprint.get("/leden")
def member_list():
    form = MemberSearchForm(request.args)
    form.validate()
    page = paginate(members_matching(form.q.data or ""), MEMBERS_PER_PAGE)
    return render_template("moderation/members.html", form=form, page=page)


def _render_member(user: User, suspend_form=None, erase_form=None, status=200):
    return render_template(
        "moderation/member.html", member=user,
        suspend_form=suspend_form or RequiredReasonForm(prefix="schorsen", formdata=None),
        erase_form=erase_form or RequiredReasonForm(prefix="verwijderen", formdata=None),
    ), status


@blueprint.get("/leden/<id:user_id>")
def member(user_id):
    return _render_member(db.get_or_404(User, user_id))


@blueprint.post("/leden/<id:user_id>/schorsen")
def suspend(user_id):
    user = db.get_or_404(User, user_id)
    if not user.can_be_suspended_by(current_user):
        abort(403)
    form = RequiredReasonForm(prefix="schorsen")
    if not form.validate_on_submit():
        return _render_member(user, suspend_form=form, status=UNPROCESSABLE)
    if members.suspend(user, current_user, form.reason.data):
        db.session.commit()
        flash(_("%(name)s is geschorst en overal uitgelogd.", name=user.name), "success")
    else:
        flash(_("%(name)s was niet actief; er is niets gewijzigd.", name=user.name), "info")
    return redirect(url_for("moderation.member", user_id=user.id))


@blueprint.post("/leden/<id:user_id>/schorsing-opheffen")
def unsuspend(user_id):
    user = db.get_or_404(User, user_id)
    if not user.can_be_suspended_by(current_user):
        abort(403)
    form = ReasonForm()
    if not form.validate_on_submit():
        abort(400)
    if members.unsuspend(user, current_user, form.reason.data or ""):
        db.session.commit()
        flash(_("De schorsing van %(name)s is opgeheven.", name=user.name), "success")
    else:
        flash(_("%(name)s was niet geschorst.", name=user.name), "info")
    return redirect(url_for("moderation.member", user_id=user.id))


@blueprint.post("/leden/<id:user_id>/verwijderen")
def erase(user_id):
    user = db.get_or_404(User, user_id)
    if user.id == current_user.id or not user.can_be_erased_by(current_user):
        abort(403)  # one's own account is erased from the account page, after the password
    form = RequiredReasonForm(prefix="verwijderen")
    if not form.validate_on_submit():
        return _render_member(user, erase_form=form, status=UNPROCESSABLE)
    if user.is_erased:
        flash(_("Dit account was al verwijderd."), "info")
        return redirect(url_for("moderation.member", user_id=user.id))
    members.erase_account(user, current_user, form.reason.data)
    db.session.commit()
    flash(_("Het account is verwijderd. De berichten blijven staan onder de naam van de gemeente."),
          "success")
    return redirect(url_for("moderation.member_list"))
