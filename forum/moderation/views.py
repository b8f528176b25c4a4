"""The approval queue: moderators approve or reject new members; the audit log."""
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.accounts.models import User
from forum.errors import UNPROCESSABLE
from forum.extensions import db, login_manager
from forum.moderation import blueprint, services
from forum.moderation.forms import reject_form
from forum.moderation.models import AuditEntry
from forum.pagination import paginate

APPLICATIONS_PER_PAGE = 25
AUDIT_ENTRIES_PER_PAGE = 50


@blueprint.before_request
def moderators_only():
    """Everything under /moderatie is for moderators with two-factor login.

    Visitors go to login, members get a 403, moderators without 2FA are sent to set it up.
    """
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if not current_user.is_moderator:
        abort(403)
    if not current_user.can_moderate:
        flash(_("Stel eerst tweestapsverificatie in. Dat is verplicht voor moderatoren en "
                "beheerders."), "info")
        return redirect(url_for("accounts.two_factor_settings"))
    return None


@blueprint.get("/aanmeldingen")
def pending():
    page = paginate(services.pending_accounts(), APPLICATIONS_PER_PAGE)
    return render_template(
        "moderation/pending.html", page=page,
        reject_forms={user.id: reject_form(user.id, formdata=None) for user in page.items},
    )


@blueprint.post("/aanmeldingen/<id:user_id>/goedkeuren")
def approve(user_id):
    user = db.get_or_404(User, user_id)  # the form is only a CSRF token, which CSRFProtect checked
    if not services.approve(user, current_user):
        flash(_("De aanmelding van %(name)s was al behandeld.", name=user.name), "error")
        return redirect(url_for("moderation.pending"))
    db.session.commit()
    flash(_("Het account van %(name)s is goedgekeurd; %(name)s heeft een mail gekregen.",
            name=user.name), "success")
    return redirect(url_for("moderation.pending"))


@blueprint.post("/aanmeldingen/<id:user_id>/afwijzen")
def reject(user_id):
    user = db.get_or_404(User, user_id)
    form = reject_form(user_id)
    if not form.validate_on_submit():
        return render_template("moderation/reject.html", user=user, form=form), UNPROCESSABLE
    if not services.reject(user, current_user, form.reason.data):
        flash(_("De aanmelding van %(name)s was al behandeld.", name=user.name), "error")
        return redirect(url_for("moderation.pending"))
    db.session.commit()
    flash(_("De aanmelding van %(name)s is afgewezen; %(name)s heeft een mail gekregen.",
            name=user.name), "success")
    return redirect(url_for("moderation.pending"))


@blueprint.get("/logboek")
def audit_log():
    page = paginate(AuditEntry.newest_first(), AUDIT_ENTRIES_PER_PAGE)
    return render_template("moderation/audit_log.html", page=page)
