"""Board pages: domains and themes, threads, asking, replying, editing."""
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum import limits
from forum.access import members_only, readers_only, reading_allowed
from forum.board import blueprint, hooks, services, signals
from forum.board.forms import AskForm, EditPostForm, ReplyForm
from forum.board.listing import category_threads, solved_filter
from forum.board.lookups import (
    category_by_slug, category_or_404, domains_with_themes, post_or_404, theme_by_id, thread_or_404,
)
from forum.board.models import Post, Thread
from forum.board.thread_page import thread_page_context
from forum.errors import UNPROCESSABLE, render_error
from forum.extensions import db
from forum.accounts.mentions import render_post
from forum.markup import MarkupRefused
from forum.pagination import checked_page, page_count

RECENT_THREADS_ON_HOME = 10


@blueprint.get("/")
def index():
    domains = domains_with_themes()
    recent = []
    if reading_allowed(current_user):
        recent = db.session.scalars(Thread.listing().limit(RECENT_THREADS_ON_HOME)).unique().all()
    return render_template("board/index.html", domains=domains, recent_threads=recent)


@blueprint.get("/categorie/<slug>")
@readers_only
def category(slug):
    category = category_or_404(slug, with_children=True)
    categories = [category, *category.children]
    filters, status = solved_filter(request.args.get("status"))
    threads = category_threads(categories, filters, per_page=_config("THREADS_PER_PAGE"))
    return render_template(
        "board/category.html", category=category, threads=threads, status=status,
        **hooks.context_for("category", category=category, categories=categories),
    )


@blueprint.get("/onderwerp/<id:thread_id>")
@readers_only
def thread(thread_id):
    thread = thread_or_404(thread_id)
    if thread.merged_into_id:
        return redirect(url_for("board.thread", thread_id=thread.merged_into_id), 301)
    if thread.is_deleted and not current_user.can_moderate:
        abort(404)
    return _render_thread(thread, _reply_form())


@blueprint.post("/onderwerp/<id:thread_id>/reageren")
@members_only
@limits.posting
def reply(thread_id):
    thread = thread_or_404(thread_id)
    if not thread.can_reply(current_user):
        if thread.is_locked and current_user.can_post:
            return render_error(403, _("Dit onderwerp is gesloten: er kan niet meer op worden gereageerd."))
        abort(403)
    form = _reply_form()
    if form.validate_on_submit() and not form.wants_preview:
        try:
            post = services.add_reply(current_user, thread, form.body.data, experience=form.experience,
                                      fields=hooks.form_data("reply", form))
        except MarkupRefused as refusal:
            form.body.errors.append(str(refusal))
        else:
            db.session.commit()
            flash(_("Uw reactie is geplaatst."), "success")
            return redirect(post_url(post))
    preview = _preview(form) if form.wants_preview else None
    status = 200 if preview is not None and not form.errors else UNPROCESSABLE
    return _render_thread(thread, form, preview=preview, last_page=True), status


@blueprint.route("/vraag-stellen", methods=["GET", "POST"])
@members_only
@limits.posting
def ask():
    if not current_user.can_post:
        abort(403)
    form = hooks.form_class("ask", AskForm)()
    if request.method == "GET" and (slug := request.args.get("categorie")):
        chosen = category_by_slug(slug)
        # Questions are filed under a theme; a domain's page preselects none.
        form.category.data = chosen.id if chosen and not chosen.is_domain else None
    preview, extras = None, {}
    if form.validate_on_submit():
        extras = hooks.context_for("ask", form=form, valid=True)
        if form.wants_preview:
            preview = _preview(form)
        elif extras.get("hold_back"):
            pass  # a feature shows something once before the question is posted (similar questions)
        else:
            try:
                thread = services.create_thread(
                    current_user, theme_by_id(form.category.data), form.title.data, form.body.data,
                    fields=hooks.form_data("ask", form),
                )
            except MarkupRefused as refusal:
                form.body.errors.append(str(refusal))
            else:
                db.session.commit()
                flash(_("Uw vraag is geplaatst."), "success")
                return redirect(url_for("board.thread", thread_id=thread.id))
    else:
        extras = hooks.context_for("ask", form=form, valid=False)
    status = UNPROCESSABLE if form.errors else 200
    return render_template("board/ask.html", form=form, preview=preview, **extras), status


@blueprint.route("/bericht/<id:post_id>/bewerken", methods=["GET", "POST"])
@members_only
@limits.posting
def edit_post(post_id):
    post = post_or_404(post_id, current_user)
    if not post.can_edit(current_user):
        abort(403)
    if post.is_question:
        initial = hooks.initial_form_data("edit_question", thread=post.thread) if request.method == "GET" else {}
        form = hooks.form_class("edit_question", EditPostForm)(
            obj=post, title=post.thread.title, body=post.body_markdown, **initial
        )
        form.remove_experience_fields()
    else:
        form = hooks.form_class("edit_reply", EditPostForm)(obj=post, body=post.body_markdown)
        del form.title
    form.edited_post = post
    form_name = "edit_question" if post.is_question else "edit_reply"
    preview = None
    if form.validate_on_submit():
        if form.wants_preview:
            preview = _preview(form)
        else:
            title = form.title.data if post.is_question else None
            experience = None if post.is_question else form.experience
            try:
                changed = services.edit_post(post, current_user, form.body.data, title,
                                             based_on_version=form.version.data, experience=experience)
                fields = hooks.form_data(form_name, form)
                if post.is_question:
                    changed = services.save_question_fields(post.thread, fields) or changed
                changed = services.save_post_fields(post, fields) or changed
            except MarkupRefused as refusal:
                form.body.errors.append(str(refusal))
            except services.EditConflict:
                db.session.rollback()
                # A new save now knowingly replaces the current version.
                form.version.raw_data, form.version.data = None, post.version
                return render_template("board/edit_conflict.html", form=form, post=post), 409
            else:
                db.session.commit()
                flash(_("Uw wijziging is opgeslagen.") if changed else _("Er was niets gewijzigd."), "success")
                return redirect(post_url(post))
    status = UNPROCESSABLE if form.errors else 200
    return render_template(
        "board/edit.html", form=form, post=post, preview=preview, **hooks.context_for("edit", post=post, form=form),
    ), status


@blueprint.get("/bericht/<id:post_id>/geschiedenis")
@readers_only
def post_history(post_id):
    post = post_or_404(post_id, current_user)
    return render_template("board/history.html", post=post, revisions=post.revisions)


@blueprint.get("/bericht/<id:post_id>")
@readers_only
def post(post_id):
    return redirect(post_url(post_or_404(post_id, current_user)))


@blueprint.post("/voorbeeld")
@members_only
@limits.preview
def preview():
    """The preview for the script on the editor; the no-script path posts the form itself."""
    text = request.form.get("body", "")
    try:
        return render_template("board/_preview.html", preview=render_post(text))
    except MarkupRefused as refusal:
        return render_template("board/_preview.html", refusal=str(refusal)), UNPROCESSABLE


def _render_thread(thread: Thread, form: ReplyForm, preview=None, last_page=False):
    per_page = _config("POSTS_PER_PAGE")
    pages = page_count(thread.last_position, per_page)
    page = pages if last_page else checked_page(thread.last_position, per_page)
    first = (page - 1) * per_page + 1
    posts = db.session.scalars(Post.page_of_thread(thread.id, first, first + per_page - 1)).all()
    signals.thread_viewed.send(thread, viewer=current_user, posts=posts)
    return render_template(
        "board/thread.html", thread=thread, posts=posts, form=form, preview=preview,
        page=page, pages=pages, **thread_page_context(thread, posts, page),
        **hooks.context_for("thread", thread=thread, posts=posts, page=page, form=form),
    )


def _reply_form() -> ReplyForm:
    return hooks.form_class("reply", ReplyForm)()


def _preview(form) -> str | None:
    try:
        return render_post(form.body.data)
    except MarkupRefused as refusal:
        form.body.errors.append(str(refusal))
        return None


def post_url(post: Post) -> str:
    page = (post.position - 1) // _config("POSTS_PER_PAGE") + 1
    return url_for("board.thread", thread_id=post.thread_id, pagina=page if page > 1 else None, _anchor=post.anchor)


def _config(key):
    return current_app.config[key]
