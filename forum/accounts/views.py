"""Registering, confirming, logging in and out, the account page and passwords."""
import time

from flask import flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.exc import IntegrityError

from forum import limits
from forum.accounts import sessions
from forum.access import members_only
from forum.accounts import account_page, blueprint, devices, services, tokens, two_factor
from forum.accounts.login_records import record_attempt
from forum.accounts.forms import (
    ChangePasswordForm,
    EmailForm,
    LoginForm,
    RegistrationForm,
    ResetPasswordForm,
    TwoFactorCodeForm,
)
from forum.accounts.models import (
    STATUS_ACTIVE,
    STATUS_PENDING,
    STATUS_REJECTED,
    STATUS_UNCONFIRMED,
    User,
)
from forum.errors import UNPROCESSABLE
from forum.extensions import db
from forum.municipalities.models import Municipality
from forum.routing import safe_next
from forum.text import normalize_email


def _home():
    return redirect(url_for("board.index"))


def _link_invalid(again_url: str, again_text: str):
    """A mailed link that expired, was used, or was mangled: say so, and offer a new one."""
    page = render_template("accounts/link_invalid.html", again_url=again_url, again_text=again_text)
    return page, 400


def _refusal(user) -> str:
    """Why an account with the right password may not log in."""
    if user.status == STATUS_PENDING:
        return _("Uw account wacht nog op goedkeuring door een moderator.")
    if user.status == STATUS_UNCONFIRMED:
        return _("Bevestig eerst uw e-mailadres via de link in de mail die we u stuurden.")
    if user.status == STATUS_REJECTED:
        return _("Uw aanmelding is afgewezen. U kunt niet inloggen. Neem contact op met de VNG "
                 "als u denkt dat dit een vergissing is.")
    return _("Uw account is geschorst. U kunt niet inloggen. Neem contact op met de VNG "
             "als u denkt dat dit een vergissing is.")


TWO_FACTOR_PENDING = "_2fa_pending"
TWO_FACTOR_STEP_SECONDS = 5 * 60  # time to type the code after the password


@blueprint.route("/inloggen", methods=["GET", "POST"])
@limits.login_per_ip
@limits.login_per_account_and_address
@limits.login_per_account
@limits.login_per_trusted_browser
def login():
    next_url = safe_next(request.args.get("next"))
    if current_user.is_authenticated:
        return redirect(next_url or url_for("board.index"))
    form = LoginForm()
    if not form.validate_on_submit():
        status = UNPROCESSABLE if form.is_submitted() else 200
        return render_template("accounts/login.html", form=form, next_url=next_url), status
    user = services.authenticate(form.email.data, form.password.data)
    if user is None:
        db.session.commit()  # the failed attempt on a known account is on record
        return render_template("accounts/login.html", form=form, next_url=next_url,
                               refusal=_("E-mailadres of wachtwoord klopt niet.")), UNPROCESSABLE
    if user.status != STATUS_ACTIVE:
        unconfirmed = user.status == STATUS_UNCONFIRMED
        resend_form = EmailForm(formdata=None, email=user.email) if unconfirmed else None
        return render_template("accounts/login.html", form=form, next_url=next_url,
                               refusal=_refusal(user), resend_form=resend_form), 403
    if user.has_two_factor:
        session.clear()
        session[TWO_FACTOR_PENDING] = {
            "id": user.id, "token": user.session_token, "at": time.time(),
            "remember": bool(form.remember.data), "next": next_url,
        }
        return redirect(url_for("accounts.login_code"))
    return _complete_login(user, bool(form.remember.data), next_url)


def _complete_login(user, remember: bool, next_url: str | None):
    sessions.begin(user, remember=remember)
    services.record_login(user)
    record_attempt(user, succeeded=True)
    db.session.commit()
    flash(_("Welkom, %(name)s. U bent ingelogd.", name=user.name), "success")
    if user.is_moderator and not user.has_two_factor:
        flash(_("Als moderator moet u tweestapsverificatie instellen voordat u kunt modereren."), "info")
    # This browser now keeps its own allowance of failed logins for the account.
    return devices.trust_this_browser(redirect(next_url or url_for("board.index")), user)


def _pending_two_factor_user():
    """The account whose password was right a moment ago in this browser, if still valid."""
    pending = session.get(TWO_FACTOR_PENDING)
    if not isinstance(pending, dict) or time.time() - pending.get("at", 0) > TWO_FACTOR_STEP_SECONDS:
        return None, {}
    user = db.session.get(User, pending.get("id"))
    if user is None or not user.is_active or user.session_token != pending.get("token"):
        return None, {}
    return user, pending


@blueprint.route("/inloggen/code", methods=["GET", "POST"])
@limits.two_factor_per_account
def login_code():
    user, pending = _pending_two_factor_user()
    if user is None:
        session.pop(TWO_FACTOR_PENDING, None)
        flash(_("Log opnieuw in: de tijd om de code in te vullen is verstreken."), "info")
        return redirect(url_for("accounts.login"))
    form = TwoFactorCodeForm()
    if form.validate_on_submit():
        if two_factor.verify(user, form.code.data):
            return _complete_login(user, pending.get("remember", False), pending.get("next"))
        record_attempt(user, succeeded=False)
        db.session.commit()
        form.code.errors.append(_("Deze code klopt niet of is al gebruikt."))
    status = UNPROCESSABLE if form.errors else 200
    return render_template("accounts/login_code.html", form=form), status


@blueprint.post("/uitloggen")
def logout():
    sessions.end()
    db.session.commit()
    flash(_("U bent uitgelogd."), "success")
    return _home()


@blueprint.post("/account/overal-uitloggen")
@members_only
def logout_everywhere():
    """End every login of this account, in every browser, and its feed addresses."""
    sessions.end_everywhere(current_user._get_current_object())
    db.session.commit()
    flash(_("U bent overal uitgelogd, ook op andere apparaten. Persoonlijke feedadressen werken "
            "niet meer; na het inloggen vindt u nieuwe."), "success")
    return redirect(url_for("accounts.login"))


@blueprint.route("/registreren", methods=["GET", "POST"])
@limits.registration
def register():
    if current_user.is_authenticated:
        return _home()
    form = RegistrationForm()
    form.set_municipalities(services.municipality_choices())
    if not form.validate_on_submit():
        status = UNPROCESSABLE if form.is_submitted() else 200
        return render_template("accounts/register.html", form=form), status
    municipality = db.session.get(Municipality, form.municipality_id.data)
    try:
        by_mail = services.register_member(
            municipality=municipality, name=form.name.data, job_title=form.job_title.data,
            email=form.email.data, password=form.password.data,
        )
        db.session.commit()
    except IntegrityError:
        # The same address was registered a moment ago (a double click): answer as the first time.
        db.session.rollback()
        by_mail = services.confirms_by_mail(form.email.data, municipality)
    if by_mail:
        flash(_("We hebben een mail gestuurd naar %(email)s. Klik op de link in die mail om uw "
                "account te activeren.", email=normalize_email(form.email.data)), "success")
    else:
        flash(_("Bedankt voor uw aanmelding. Een moderator van de VNG beoordeelt uw aanmelding; "
                "u krijgt een mail zodra u kunt inloggen."), "success")
    return redirect(url_for("accounts.registered"))


@blueprint.get("/registreren/ontvangen")
def registered():
    return render_template("accounts/registered.html")


@blueprint.get("/bevestigen/<token>")
def confirm(token):
    user = tokens.user_from_confirmation_token(token)
    if user is not None and user.status == STATUS_ACTIVE:
        flash(_("Uw e-mailadres was al bevestigd. U kunt inloggen."), "info")
        return redirect(url_for("accounts.login"))
    if user is None or not services.confirm_email(user):
        return _link_invalid(url_for("accounts.resend_confirmation"),
                             _("Vraag een nieuwe bevestigingslink aan"))
    db.session.commit()
    flash(_("Uw e-mailadres is bevestigd en uw account is actief. U kunt nu inloggen."), "success")
    return redirect(url_for("accounts.login"))


def ask_for_a_link(template: str, send, sent_message: str, *, then: str):
    """Ask for an address and mail a link to it. The answer is the same whether or not the
    address has an account, so the page tells nobody who is a member."""
    form = EmailForm()
    if not form.validate_on_submit():
        status = UNPROCESSABLE if form.is_submitted() else 200
        return render_template(template, form=form), status
    send(form.email.data)
    db.session.commit()  # the mail waits in the outbox, in this transaction
    flash(sent_message, "info")
    return redirect(url_for(then))


@blueprint.route("/bevestigingsmail", methods=["GET", "POST"])
@limits.mail_request
def resend_confirmation():
    return ask_for_a_link(
        "accounts/resend_confirmation.html", services.resend_confirmation,
        _("Als er bij dit e-mailadres een account hoort dat nog bevestigd moet worden, ontvangt "
          "u een mail met een nieuwe link."), then="accounts.login")


@blueprint.get("/account")
@members_only
def account():
    return render_template("accounts/account.html", user=current_user,
                           role_label=services.ROLE_LABELS[current_user.role], sections=account_page.sections())


@blueprint.route("/account/wachtwoord", methods=["GET", "POST"])
@members_only
def change_password():
    user = current_user._get_current_object()
    form = ChangePasswordForm(user)
    if not form.validate_on_submit():
        status = UNPROCESSABLE if form.is_submitted() else 200
        return render_template("accounts/change_password.html", form=form), status
    services.change_password(user, form.password.data)
    sessions.renew(user)  # the new session token ended every session; this one goes on
    db.session.commit()
    flash(_("Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd."), "success")
    return redirect(url_for("accounts.account"))


@blueprint.route("/wachtwoord-vergeten", methods=["GET", "POST"])
@limits.mail_request
def forgot_password():
    return ask_for_a_link(
        "accounts/forgot_password.html", services.request_password_reset,
        _("Als dit e-mailadres bij ons bekend is, ontvangt u een mail met een link."),
        then="accounts.forgot_password")


@blueprint.route("/wachtwoord-herstellen/<token>", methods=["GET", "POST"])
def reset_password(token):
    user = tokens.user_from_password_reset_token(token)
    if user is None:
        return _link_invalid(url_for("accounts.forgot_password"), _("Vraag een nieuwe link aan"))
    form = ResetPasswordForm(user)
    if not form.validate_on_submit():
        status = UNPROCESSABLE if form.is_submitted() else 200
        return render_template("accounts/reset_password.html", form=form, token=token), status
    services.change_password(user, form.password.data)
    db.session.commit()
    flash(_("Uw wachtwoord is gewijzigd. U kunt nu inloggen met uw nieuwe wachtwoord."), "success")
    return redirect(url_for("accounts.login"))
