"""Keeping a draft (the composer's button, or its script while one types), the list of one's drafts,
and discarding one."""
from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum import limits
from forum.access import members_only
from forum.attachments.forms import FIELD_NAME
from forum.drafts import blueprint, services
from forum.drafts.forms import DiscardDraftForm, DraftForm
from forum.drafts.models import ASK, EDIT, NO_TARGET, REPLY, Draft
from forum.drafts.places import checked_place, draft_url
from forum.errors import UNPROCESSABLE, render_error
from forum.extensions import db
from forum.pagination import paginate
from forum.routing import safe_next
from forum.templating import exact_date

DRAFTS_PER_PAGE = 20


def _place_rules(suffix: str):
    """One rule per place of writing, all for the same view."""
    def register(view):
        view = blueprint.post(f"/account/concepten/bewerking/<id:target_id>{suffix}", defaults={"kind": EDIT})(view)
        view = blueprint.post(f"/account/concepten/reactie/<id:target_id>{suffix}", defaults={"kind": REPLY})(view)
        return blueprint.post(f"/account/concepten/vraag{suffix}",
                              defaults={"kind": ASK, "target_id": NO_TARGET})(view)
    return register


@_place_rules("")
@members_only
@limits.drafts
def save(kind, target_id):
    """The composer's "Concept opslaan" button, which works without script: back to the composer."""
    place = checked_place(kind, target_id, current_user)
    form = DraftForm()
    if not form.validate_on_submit():
        return render_error(UNPROCESSABLE, " ".join(form.messages()) or None)
    saved = _save(form, place)
    db.session.commit()
    message = _("Uw concept is opgeslagen.") if saved else _("Het formulier was leeg: er is geen concept bewaard.")
    if _came_with_files():
        message += " " + _("Bestanden worden niet in een concept bewaard: voeg ze toe wanneer u plaatst.")
    flash(message, "success")
    return redirect(place.page_url)


def _came_with_files() -> bool:
    """Files chosen in the composer, or uploads carried from an earlier try: a draft keeps neither."""
    chosen = any(upload.filename for upload in request.files.getlist(FIELD_NAME))
    return chosen or bool(request.form.getlist(f"{FIELD_NAME}-pending"))


@_place_rules("/automatisch")
@members_only
@limits.drafts
def autosave(kind, target_id):
    """The composer's script saves while one types; it reads the answer as JSON."""
    place = checked_place(kind, target_id, current_user)
    form = DraftForm()
    if not form.validate_on_submit():
        return jsonify(error=" ".join(form.messages()) or _("Het concept kon niet worden opgeslagen.")), UNPROCESSABLE
    saved = _save(form, place)
    db.session.commit()
    if saved is None:
        return jsonify(saved=False, message=_("Er is geen concept bewaard: het formulier is leeg."))
    return jsonify(saved=True, message=_("Concept opgeslagen om %(time)s.", time=exact_date(saved, "HH:mm")))


def _save(form: DraftForm, place):
    return services.save_draft(current_user, place.kind, place.target_id, title=form.title.data or "",
                               body=form.body.data or "", category_id=form.category_id)


@blueprint.get("/account/concepten")
@members_only
def index():
    drafts = paginate(Draft.of_member(current_user.id), DRAFTS_PER_PAGE)
    return render_template("drafts/index.html", drafts=drafts, draft_url=draft_url, form=DiscardDraftForm())


@blueprint.post("/account/concepten/<id:draft_id>/weggooien")
@members_only
def discard(draft_id):
    draft = services.own_draft(current_user.id, draft_id)
    if draft is None:
        abort(404)
    db.session.delete(draft)
    db.session.commit()
    flash(_("Het concept is weggegooid."), "success")
    return redirect(safe_next(request.form.get("next")) or url_for("drafts.index"))
