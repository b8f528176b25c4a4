"""Following: levels per thread, category, tag and municipality; notifications; unread; mail.

The board does not know this package: it announces new threads, replies, edits
and page views as signals (forum/board/signals.py), and this package listens.
"""

from flask import Blueprint, g, request
from flask_login import current_user
from sqlalchemy import select

from forum.extensions import db

blueprint = Blueprint("following", __name__)


def _on_thread_created(thread, post, **_):
    from forum.following.notify import on_thread_created

    on_thread_created(thread, post)


def _on_reply_created(post, thread, **_):
    from forum.following.notify import on_reply_created

    on_reply_created(post, thread)


def _on_post_edited(post, editor=None, **_):
    from forum.board.models import PostRevision
    from forum.following.notify import on_post_edited

    previous = db.session.scalar(
        select(PostRevision.body_markdown)
        .where(PostRevision.post_id == post.id)
        .order_by(PostRevision.id.desc())
        .limit(1)
    )
    on_post_edited(post, previous or "")


def _on_thread_viewed(thread, viewer, posts, **_):
    from forum.following.reading import on_thread_viewed

    on_thread_viewed(thread, viewer, posts)


def _on_solution_marked(thread, post, marked_by=None, **_):
    from forum.following.notify import notify_solution_marked

    notify_solution_marked(post, marked_by)


def _tags_of(thread) -> list[int]:
    from forum.tags.services import tags_of_thread

    return [tag.id for tag in tags_of_thread(thread.id)]


def _connect_signals() -> None:
    from forum.board import signals
    from forum.following import levels, services
    from forum.tags.models import Tag

    services.register_tag_model(Tag)
    levels.register_tag_source(_tags_of)
    signals.solution_marked.connect(_on_solution_marked)

    signals.thread_created.connect(_on_thread_created)
    signals.reply_created.connect(_on_reply_created)
    signals.post_edited.connect(_on_post_edited)
    signals.thread_viewed.connect(_on_thread_viewed)


@blueprint.record_once
def _set_up(state) -> None:
    from forum.following import controls, mails, reading, texts
    from forum.outbox.delivery import register_composer
    from forum.outbox.models import KIND_NOTIFICATION

    _connect_signals()
    register_composer(KIND_NOTIFICATION, mails.compose_notification_mail)
    app = state.app
    app.jinja_env.globals.update(
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
    from forum.following.reading import track_visit

    if track_visit(current_user):
        db.session.commit()


@blueprint.after_app_request
def _commit_reading(response):
    """The thread page records how far the member read; a GET has no view commit of its own."""
    if g.pop("reading_changed", False) and response.status_code < 400:
        db.session.commit()
    return response


from forum.following import personal_data, views  # noqa: F401 - registers the routes and member data
