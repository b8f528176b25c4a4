"""POST endpoints for solutions and helpful votes, one per action."""
from flask import abort, flash, redirect
from flask_babel import gettext as _
from flask_login import current_user

from forum.access import members_only
from forum.board import blueprint, solutions
from forum.board.lookups import live_post_or_404
from forum.board.views import post_url
from forum.board.models import Post
from forum.extensions import db


def _reply_for(post_id: int, may) -> Post:
    """The live reply, if the current member `may` act on it: 404 for a question or removed
    content, 403 when not allowed."""
    post = live_post_or_404(post_id, current_user)
    if post.is_question:
        abort(404)
    if not may(post, current_user):
        abort(403)
    return post


@blueprint.post("/bericht/<id:post_id>/oplossing")
@members_only
def mark_solution(post_id):
    post = _reply_for(post_id, Post.can_be_marked_solution)
    if solutions.mark_solution(post, current_user):
        db.session.commit()
        flash(_("Deze reactie is gemarkeerd als oplossing van de vraag."), "success")
    return redirect(post_url(post))


@blueprint.post("/bericht/<id:post_id>/oplossing/intrekken")
@members_only
def unmark_solution(post_id):
    post = _reply_for(post_id, Post.can_be_marked_solution)
    if post.is_solution and solutions.unmark_solution(post.thread):
        db.session.commit()
        flash(_("De vraag heeft geen oplossing meer; u kunt een andere reactie kiezen."), "success")
    return redirect(post_url(post))


@blueprint.post("/bericht/<id:post_id>/nuttig")
@members_only
def vote_helpful(post_id):
    post = _reply_for(post_id, Post.can_vote_helpful)
    if solutions.vote_helpful(post, current_user):
        db.session.commit()
        flash(_("U vond deze reactie nuttig. Dank u wel."), "success")
    return redirect(post_url(post))


@blueprint.post("/bericht/<id:post_id>/nuttig/intrekken")
@members_only
def withdraw_helpful(post_id):
    post = _reply_for(post_id, Post.can_vote_helpful)
    if solutions.withdraw_helpful(post, current_user):
        db.session.commit()
        flash(_("Uw stem ‘nuttig’ is ingetrokken."), "success")
    return redirect(post_url(post))
