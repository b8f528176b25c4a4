"""Unlocking a browser by mail, for an owner whose logins are blocked by someone else's failures."""
from flask import flash, redirect, url_for
from flask_babel import gettext as _

from forum import limits
from forum.accounts import blueprint, devices
from forum.accounts.views import _link_invalid, ask_for_a_link


@blueprint.route("/inloggen/ontgrendelen", methods=["GET", "POST"])
@limits.mail_request
def request_unlock():
    return ask_for_a_link(
        "accounts/request_unlock.html", devices.send_unlock_link,
        _("Als dit e-mailadres bij ons bekend is, ontvangt u een mail met een link waarmee u "
          "in deze browser weer kunt inloggen."), then="accounts.login")


@blueprint.get("/inloggen/ontgrendelen/<token>")
def unlock(token):
    user = devices.user_from_unlock_token(token)
    if user is None:
        return _link_invalid(url_for("accounts.request_unlock"), _("Vraag een nieuwe link aan"))
    flash(_("Deze browser is ontgrendeld: u kunt hier weer inloggen, ook als inloggen voor anderen "
            "nog geblokkeerd is."), "success")
    return devices.trust_this_browser(redirect(url_for("accounts.login")), user)
