"""A member's own data: see what is kept, download it, erase the account."""
import json

from flask import Response, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.accounts import sessions
from forum.errors import UNPROCESSABLE
from forum.access import members_only
from forum.accounts.login_records import LoginRecord
from forum.extensions import db
from forum.privacy import blueprint, services
from forum.privacy.forms import EraseAccountForm

RECENT_LOGINS_SHOWN = 10


def _page(form, status=200):
    logins = db.session.scalars(LoginRecord.of_user(current_user.id).limit(RECENT_LOGINS_SHOWN)).all()
    return render_template("privacy/my_data.html", form=form, logins=logins), status


@blueprint.get("/account/gegevens")
@members_only
def my_data():
    return _page(EraseAccountForm(formdata=None))


@blueprint.get("/account/gegevens/download")
@members_only
@sessions.recent_login_required
def download():
    user = current_user._get_current_object()
    body = json.dumps(services.export_data(user), ensure_ascii=False, indent=2)
    return Response(body, mimetype="application/json", headers={
        "Content-Disposition": f'attachment; filename="kennisforum-gegevens-{user.id}.json"',
        "Cache-Control": "no-store",
    })


@blueprint.post("/account/verwijderen")
@members_only
@sessions.recent_login_required
def erase():
    form = EraseAccountForm()
    if not form.validate_on_submit():
        return _page(form, UNPROCESSABLE)
    user = current_user._get_current_object()
    services.erase_account(user, user)
    sessions.end()
    db.session.commit()
    flash(_("Uw account en uw persoonsgegevens zijn verwijderd. Uw berichten blijven staan onder "
            "de naam van uw gemeente."), "success")
    return redirect(url_for("board.index"))
