"""Where following plugs into the forum, in one place: the board's signals, the outbox, the
board's pages, and the visit tracking around every request."""
from flask import g, request
from flask_login import current_user
from sqlalchemy import select

from forum.board import hooks, signals
from forum.board.models import PostRevision
from forum.extensions import db
from forum.following import blueprint, controls, digests, levels, mails, reading, services, texts
from forum.following.notify import (
    notify_account_approved, notify_solution_marked, on_post_edited, on_reply_created, on_thread_created,
)
from forum.moderation import signals as moderation
from forum.outbox.delivery import register_composer, register_scheduled
from forum.outbox.models import KIND_NOTIFICATION
from forum.tags.models import Tag
from forum.tags.services import tags_of_thread


def _on_thread_created(thread, post, **_):
    on_thread_created(thread, post)


def _on_reply_created(post, thread, **_):
    on_reply_created(post, thread)


def _on_post_edited(post, editor=None, **_):
    previous = db.session.scalar(
        select(PostRevision.body_markdown)
        .where(PostRevision.post_id == post.id)
        .order_by(PostRevision.id.desc())
        .limit(1)
    )
    on_post_edited(post, previous or "")


def _on_thread_viewed(thread, viewer, posts, **_):
    reading.on_thread_viewed(thread, viewer, posts)


def _on_solution_marked(thread, post, marked_by=None, **_):
    notify_solution_marked(post, marked_by)


def _on_account_approved(user, moderator=None, **_):
    notify_account_approved(user, moderator)


def _tags_of(thread) -> list[int]:
    return [tag.id for tag in tags_of_thread(thread.id)]


hooks.page_fragment("thread", "header", "following/_thread_bar.html", order=30)
hooks.page_fragment("category", "header", "following/_category_follow.html")
hooks.page_fragment("municipality", "header", "following/_municipality_follow.html")
hooks.page_fragment("tag", "header", "following/_tag_follow.html")


@blueprint.record_once
def _set_up(state) -> None:
    services.register_tag_model(Tag)
    levels.register_tag_source(_tags_of)
    signals.thread_created.connect(_on_thread_created)
    signals.reply_created.connect(_on_reply_created)
    signals.post_edited.connect(_on_post_edited)
    signals.thread_viewed.connect(_on_thread_viewed)
    signals.solution_marked.connect(_on_solution_marked)
    moderation.account_approved.connect(_on_account_approved)
    register_composer(KIND_NOTIFICATION, mails.compose_notification_mail)
    register_scheduled(digests.queue_due_digests)
    state.app.jinja_env.globals.update(
        unread_notification_count=lambda: reading.unread_notification_count(current_user),
        thread_reading_states=lambda threads: reading.reading_states(current_user, threads),
        follow_control=controls.follow_control,
        current_thread_reading=lambda: g.get("thread_reading"),
        notification_summary=texts.summary,
        level_label=lambda level: texts.LEVEL_LABELS[level],
    )


@blueprint.before_app_request
def _track_visit():
    if request.endpoint == "static" or not current_user.is_authenticated:
        return
    if reading.track_visit(current_user):
        db.session.commit()


@blueprint.after_app_request
def _commit_reading(response):
    """The thread page records how far the member read; a GET has no view commit of its own."""
    if g.pop("reading_changed", False) and response.status_code < 400:
        db.session.commit()
    return response
