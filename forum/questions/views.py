"""All questions, and the questions nobody has answered yet."""
from flask import current_app, render_template, request
from flask_babel import gettext as _
from sqlalchemy import select

from forum.access import readers_only
from forum.board.listing import solved_filter
from forum.board.lookups import domains_with_themes
from forum.board.models import Thread
from forum.errors import render_error
from forum.extensions import db
from forum.questions import blueprint
from forum.questions.forms import QuestionFilterForm
from forum.questions.listing import DEFAULT_SORT, chosen_sort, question_page
from forum.tags.models import TAG_MAX_LENGTH, Tag, ThreadTag


@blueprint.get("/vragen")
@readers_only
def index():
    return _render_list(unanswered_only=False)


@blueprint.get("/vragen/onbeantwoord")
@readers_only
def unanswered():
    return _render_list(unanswered_only=True)


def _render_list(unanswered_only: bool):
    domains = domains_with_themes()
    form = QuestionFilterForm(domains, request.args)
    theme_slug, tag_slug = request.args.get("thema") or None, request.args.get("tag") or None
    category = _category(domains, theme_slug)
    tag = _tag(tag_slug)
    if (theme_slug and category is None) or (tag_slug and tag is None):
        return render_error(404, _("Dit thema of deze tag bestaat niet (meer). Kies een ander filter."))
    conditions = []
    if category is not None:
        conditions.append(Thread.category_id.in_(category.subtree if category.is_domain else [category.id]))
    if tag is not None:
        conditions.append(Thread.id.in_(select(ThreadTag.thread_id).where(ThreadTag.tag_id == tag.id)))
    if unanswered_only:
        conditions.append(Thread.reply_count == 0)
        status, sort = None, DEFAULT_SORT
    else:
        filters, status = solved_filter(request.args.get("status"))
        conditions += filters
        sort = chosen_sort(request.args.get("sorteer"))
    form.sorteer.data, form.status.data = sort, status or ""
    threads = question_page(conditions, sort, per_page=current_app.config["THREADS_PER_PAGE"])
    arguments = {"thema": category.slug if category else None, "tag": tag.slug if tag else None}
    if not unanswered_only:
        arguments.update(status=status, sorteer=sort if sort != DEFAULT_SORT else None)
    return render_template(
        "questions/index.html", form=form, threads=threads, category=category, tag=tag,
        unanswered_only=unanswered_only, arguments=arguments,
    )


def _category(domains, slug: str | None):
    """The domain or theme of ?thema=, from the domains already read (no query of its own)."""
    for domain in domains:
        for category in (domain, *domain.children):
            if category.slug == slug:
                return category
    return None


def _tag(slug: str | None) -> Tag | None:
    if not slug or len(slug) > TAG_MAX_LENGTH:
        return None
    return db.session.scalar(Tag.by_slug(slug))
