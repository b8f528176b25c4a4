"""POST endpoints for solutions and helpful votes, one per action (issue 5)."""
from flask import abort, flash, redirect
from flask_babel import gettext as _
from flask_login import current_user

from forum.access import members_only
from forum.board import blueprint, solutions
from forum.board.views import _post_or_404, _post_url
from forum.extensions import db


def _reply_or_404(post_id: int):
    post = _post_or_404(post_id)
    if post.is_question:
        abort(404)
    return post


@blueprint.post("/bericht/<id:post_id>/oplossing")
@members_only
def mark_solution(post_id):
    post = _reply_or_404(post_id)
    if not post.can_be_marked_solution(current_user):
        abort(403)
    if solutions.mark_solution(post, current_user):
        db.session.commit()
        flash(_("Deze reactie is gemarkeerd als oplossing van de vraag."), "success")
    return redirect(_post_url(post))


@blueprint.post("/bericht/<id:post_id>/oplossing/intrekken")
@members_only
def unmark_solution(post_id):
    post = _reply_or_404(post_id)
    if not post.can_be_marked_solution(current_user):
        abort(403)
    if post.is_solution and solutions.unmark_solution(post.thread):
        db.session.commit()
        flash(_("De vraag heeft geen oplossing meer; u kunt een andere reactie kiezen."), "success")
    return redirect(_post_url(post))


@blueprint.post("/bericht/<id:post_id>/nuttig")
@members_only
def vote_helpful(post_id):
    post = _reply_or_404(post_id)
    if not post.can_vote_helpful(current_user):
        abort(403)
    if solutions.vote_helpful(post, current_user):
        db.session.commit()
        flash(_("U vond deze reactie nuttig. Dank u wel."), "success")
    return redirect(_post_url(post))


@blueprint.post("/bericht/<id:post_id>/nuttig/intrekken")
@members_only
def withdraw_helpful(post_id):
    post = _reply_or_404(post_id)
    if not post.can_vote_helpful(current_user):
        abort(403)
    if solutions.withdraw_helpful(post, current_user):
        db.session.commit()
        flash(_("Uw stem ‘nuttig’ is ingetrokken."), "success")
    return redirect(_post_url(post))
