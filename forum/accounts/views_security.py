"""Account security: entering the password again, changing the e-mail address, two-factor login."""
from flask import flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum import limits
from forum.accounts import sessions
from forum.access import members_only
from forum.accounts import blueprint, services, tokens, two_factor
from forum.accounts.forms import ChangeEmailForm, ReauthenticateForm, TwoFactorCodeForm
from forum.errors import UNPROCESSABLE
from forum.routing import safe_next
from forum.errors import render_error
from forum.extensions import db

TOTP_SETUP = "_totp_setup"


def _user():
    return current_user._get_current_object()


@blueprint.route("/account/bevestigen", methods=["GET", "POST"])
@members_only
@limits.login_per_ip
def reauthenticate():
    """'Sudo mode': the password again before a sensitive change."""
    next_url = safe_next(request.args.get("next")) or url_for("accounts.account")
    form = ReauthenticateForm(_user())
    if not form.validate_on_submit():
        status = UNPROCESSABLE if form.is_submitted() else 200
        return render_template("accounts/reauthenticate.html", form=form, next_url=next_url), status
    sessions.mark_reauthenticated()
    return redirect(next_url)


@blueprint.route("/account/e-mailadres", methods=["GET", "POST"])
@members_only
@sessions.recent_login_required
@limits.mail_request
def change_email():
    form = ChangeEmailForm()
    if form.validate_on_submit() and form.email.data.lower() == current_user.email:
        form.email.errors.append(_("Dit is al uw e-mailadres."))
    elif form.validate_on_submit():
        services.request_email_change(_user(), form.email.data)
        db.session.commit()
        flash(_("We hebben een mail met een bevestigingslink gestuurd naar %(email)s. Uw "
                "e-mailadres verandert zodra u op die link klikt.", email=form.email.data), "success")
        return redirect(url_for("accounts.account"))
    status = UNPROCESSABLE if form.errors else 200
    return render_template("accounts/change_email.html", form=form), status


@blueprint.get("/account/e-mailadres/bevestigen/<token>")
def confirm_email_change(token):
    found = tokens.email_change_from_token(token)
    if found is None or not services.change_email(*found):
        page = render_template("accounts/link_invalid.html", again_url=url_for("accounts.change_email"),
                               again_text=_("Vraag de wijziging opnieuw aan"))
        return page, 400
    db.session.commit()
    flash(_("Uw e-mailadres is gewijzigd in %(email)s.", email=found[1]), "success")
    return redirect(url_for("accounts.account"))


@blueprint.get("/account/tweestapsverificatie")
@members_only
@sessions.recent_login_required
def two_factor_settings():
    user = _user()
    if user.has_two_factor:
        return render_template("accounts/two_factor.html", user=user,
                               remaining=two_factor.remaining_recovery_codes(user),
                               form=TwoFactorCodeForm(formdata=None))
    secret = session.setdefault(TOTP_SETUP, two_factor.new_secret())
    return _setup_page(secret, TwoFactorCodeForm(formdata=None))


def _setup_page(secret, form, status=200):
    uri = two_factor.provisioning_uri(secret, _user())
    qr_code = two_factor.qr_code_svg(uri, _("QR-code om te scannen met uw authenticator-app"))
    return render_template("accounts/two_factor_setup.html", secret=secret, form=form, uri=uri,
                           qr_code=qr_code), status


@blueprint.post("/account/tweestapsverificatie/aanzetten")
@members_only
@sessions.recent_login_required
def enable_two_factor():
    user = _user()
    secret = session.get(TOTP_SETUP)
    if user.has_two_factor or not secret:
        return redirect(url_for("accounts.two_factor_settings"))
    form = TwoFactorCodeForm()
    codes = two_factor.enable(user, secret, form.code.data) if form.validate_on_submit() else None
    if codes is None:
        if not form.errors:
            form.code.errors.append(_("Deze code klopt niet. Controleer de klok van uw telefoon en "
                                      "vul de nieuwste code in."))
        return _setup_page(secret, form, UNPROCESSABLE)
    session.pop(TOTP_SETUP, None)
    sessions.renew(user)  # other sessions ended; this one goes on
    db.session.commit()
    response = render_template("accounts/recovery_codes.html", codes=codes)
    return response, 200, {"Cache-Control": "no-store"}


@blueprint.post("/account/tweestapsverificatie/uitzetten")
@members_only
@sessions.recent_login_required
def disable_two_factor():
    user = _user()
    if user.is_moderator:
        return render_error(403, _("Voor moderatoren en beheerders is tweestapsverificatie verplicht."))
    form = TwoFactorCodeForm()
    if not form.validate_on_submit() or not two_factor.verify(user, form.code.data):
        if not form.errors:
            form.code.errors.append(_("Deze code klopt niet of is al gebruikt."))
        return render_template("accounts/two_factor.html", user=user, form=form,
                               remaining=two_factor.remaining_recovery_codes(user)), UNPROCESSABLE
    two_factor.disable(user)
    db.session.commit()
    flash(_("Tweestapsverificatie staat uit."), "success")
    return redirect(url_for("accounts.account"))
