"""Members flag a post for the moderators, with a reason."""
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum import limits
from forum.access import members_only
from forum.board.lookups import live_post_or_404
from forum.errors import UNPROCESSABLE
from forum.extensions import db
from forum.moderation import flags
from forum.moderation.forms import FlagForm

blueprint = Blueprint("flagging", __name__)


@blueprint.route("/bericht/<id:post_id>/melden", methods=["GET", "POST"])
@members_only
@limits.flagging
def flag_post(post_id):
    post = live_post_or_404(post_id, current_user)
    if not post.can_flag(current_user):
        abort(403)
    form = FlagForm()
    if form.validate_on_submit():
        try:
            flags.flag(post, current_user, form.kind.data, form.reason.data or "")
        except flags.AlreadyFlagged:
            flash(_("U had dit bericht al gerapporteerd. Een moderator bekijkt het."), "info")
        else:
            db.session.commit()
            flash(_("Bedankt voor het rapporteren. Een moderator bekijkt het bericht."), "success")
        return redirect(url_for("board.post", post_id=post.id))
    status = UNPROCESSABLE if form.errors else 200
    return render_template("moderation/flag.html", post=post, form=form), status
