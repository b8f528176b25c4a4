"""Moderating content: lock, pin, move and merge threads; remove and restore posts; flags."""
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.board.forms import theme_choices
from forum.board.lookups import post_or_404, theme_by_id, thread_or_404
from forum.board.models import Thread
from forum.errors import UNPROCESSABLE
from forum.extensions import db
from forum.moderation import blueprint, flags, posts, threads
from forum.moderation.forms import MergeForm, MoveForm, ReasonForm, RequiredReasonForm
from forum.moderation.models import Flag
from forum.pagination import paginate

FLAGS_PER_PAGE = 25


def _live_thread(thread_id: int) -> Thread:
    thread = thread_or_404(thread_id)
    if thread.merged_into_id:
        abort(404)
    return thread


def _back_to(thread: Thread):
    return redirect(url_for("board.thread", thread_id=thread.id))


def _toggle(thread_id: int, action, done: str, already: str):
    """Lock, unlock, pin, unpin: one POST each, with an optional reason."""
    thread = _live_thread(thread_id)
    form = ReasonForm()
    if not form.validate_on_submit():
        abort(400)
    if action(thread, current_user, form.reason.data or ""):
        db.session.commit()
        flash(done, "success")
    else:
        flash(already, "info")
    return _back_to(thread)


@blueprint.post("/onderwerp/<id:thread_id>/sluiten")
def lock_thread(thread_id):
    return _toggle(thread_id, threads.lock, _("Het onderwerp is gesloten: er kan niet meer op "
                   "worden gereageerd."), _("Het onderwerp was al gesloten."))


@blueprint.post("/onderwerp/<id:thread_id>/openen")
def unlock_thread(thread_id):
    return _toggle(thread_id, threads.unlock, _("Het onderwerp is weer open voor reacties."),
                   _("Het onderwerp was al open."))


@blueprint.post("/onderwerp/<id:thread_id>/vastpinnen")
def pin_thread(thread_id):
    return _toggle(thread_id, threads.pin, _("Het onderwerp staat nu bovenaan zijn thema."),
                   _("Het onderwerp was al vastgepind."))


@blueprint.post("/onderwerp/<id:thread_id>/losmaken")
def unpin_thread(thread_id):
    return _toggle(thread_id, threads.unpin, _("Het onderwerp staat niet meer vast bovenaan."),
                   _("Het onderwerp was niet vastgepind."))


@blueprint.route("/onderwerp/<id:thread_id>/verplaatsen", methods=["GET", "POST"])
def move_thread(thread_id):
    thread = _live_thread(thread_id)
    form = MoveForm()
    form.category.choices = theme_choices()
    if form.validate_on_submit():
        try:
            threads.move(thread, theme_by_id(form.category.data), current_user, form.reason.data or "")
        except threads.ThreadActionRefused as refusal:
            form.category.errors.append(str(refusal))
        else:
            db.session.commit()
            flash(_("Het onderwerp is verplaatst naar %(theme)s.", theme=thread.category.name), "success")
            return _back_to(thread)
    elif not form.is_submitted():
        form.category.data = thread.category_id
    status = UNPROCESSABLE if form.errors else 200
    return render_template("moderation/move.html", thread=thread, form=form), status


@blueprint.route("/onderwerp/<id:thread_id>/samenvoegen", methods=["GET", "POST"])
def merge_thread(thread_id):
    source = _live_thread(thread_id)
    form = MergeForm()
    if form.validate_on_submit():
        target = db.session.get(Thread, form.target.data)
        if target is None or target.is_deleted:
            form.target.errors.append(_("Er is geen zichtbaar onderwerp met dit nummer."))
        else:
            try:
                threads.merge(source, target, current_user, form.reason.data or "")
            except threads.ThreadActionRefused as refusal:
                form.target.errors.append(str(refusal))
            else:
                db.session.commit()
                flash(_("De onderwerpen zijn samengevoegd."), "success")
                return redirect(url_for("board.thread", thread_id=target.id))
    status = UNPROCESSABLE if form.errors else 200
    return render_template("moderation/merge.html", thread=source, form=form), status


@blueprint.route("/bericht/<id:post_id>/verwijderen", methods=["GET", "POST"])
def delete_post(post_id):
    post = post_or_404(post_id, current_user)
    form = RequiredReasonForm()
    if form.validate_on_submit():
        if posts.delete(post, current_user, form.reason.data):
            db.session.commit()
            flash(_("Het onderwerp is verwijderd.") if post.is_question
                  else _("Het bericht is verwijderd."), "success")
        else:
            flash(_("Het bericht was al verwijderd."), "info")
        return redirect(url_for("board.post", post_id=post.id))
    status = UNPROCESSABLE if form.errors else 200
    return render_template("moderation/delete_post.html", post=post, form=form), status


@blueprint.post("/bericht/<id:post_id>/herstellen")
def restore_post(post_id):
    post = post_or_404(post_id, current_user)
    form = ReasonForm()
    if not form.validate_on_submit():
        abort(400)
    if posts.restore(post, current_user, form.reason.data or ""):
        db.session.commit()
        flash(_("Het bericht is teruggezet."), "success")
    else:
        flash(_("Het bericht was niet verwijderd."), "info")
    return redirect(url_for("board.post", post_id=post.id))


@blueprint.get("/meldingen")
def flag_queue():
    page = paginate(Flag.open_queue(), FLAGS_PER_PAGE)
    return render_template("moderation/flags.html", page=page)


@blueprint.post("/bericht/<id:post_id>/meldingen-afwijzen")
def dismiss_flags(post_id):
    post = post_or_404(post_id, current_user)
    form = ReasonForm()
    if not form.validate_on_submit():
        abort(400)
    if flags.dismiss_all(post, current_user, form.reason.data or ""):
        db.session.commit()
        flash(_("De rapportages over dit bericht zijn afgewezen; het bericht blijft staan."), "success")
    else:
        flash(_("Er waren geen open rapportages over dit bericht."), "info")
    return redirect(url_for("moderation.flag_queue"))
