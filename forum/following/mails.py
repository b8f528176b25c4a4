"""Notification mails: the instant one, rendered by the deliverer, and what every such mail carries."""

from flask import current_app, render_template, url_for
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.accounts.models import User
from forum.board.models import Thread
from forum.extensions import db
from forum.following import texts
from forum.following.models import MAIL_INSTANT, Notification
from forum.following.services import settings_of
from forum.following.tokens import unsubscribe_token
from forum.mail import Mail, sender_address
from forum.outbox.models import OutboxMail


def thread_reference(thread_id: int) -> str:
    """The same for every mail about a thread, so that mail clients show them as one conversation."""
    return f"<onderwerp-{thread_id}@{sender_address().rpartition('@')[2] or 'localhost'}>"


def footer_links(user_id: int, thread_id: int | None = None) -> dict:
    return {
        "settings_url": url_for("following.settings", _external=True),
        "unsubscribe_url": url_for(
            "following.unsubscribe", token=unsubscribe_token(user_id), _external=True
        ),
        "mute_thread_url": url_for(
            "following.unsubscribe", token=unsubscribe_token(user_id, thread_id), _external=True
        )
        if thread_id
        else None,
    }


def compose_notification_mail(row: OutboxMail) -> Mail | None:
    """The instant mail for one notification; None if the member no longer wants it or cannot read it."""
    notification = db.session.scalar(
        select(Notification)
        .where(Notification.id == row.notification_id)
        .options(
            joinedload(Notification.user),
            joinedload(Notification.actor).joinedload(User.municipality),
            joinedload(Notification.thread).joinedload(Thread.category),
            joinedload(Notification.post),
        )
    )
    if notification is None or not notification.user.is_active or not notification.is_about_live_content:
        return None
    if settings_of(notification.user_id).mail_frequency != MAIL_INSTANT:
        return None
    links = footer_links(notification.user_id, notification.thread_id)
    # A thread-specific link in the header, so that one click in the mail client stops this thread only.
    context = {
        "user": notification.user,
        "notification": notification,
        "summary": texts.summary(notification),
        **texts.excerpts(notification, lines=True),
        "post_url": url_for("board.post", post_id=notification.post_id, _external=True)
        if notification.post_id
        else url_for("following.notifications", _external=True),
        "forum_name": current_app.config["FORUM_NAME"],
        **links,
    }
    return Mail(
        to=notification.user.email,
        subject=texts.mail_subject(notification),
        text=render_template("mail/notification.txt", **context),
        html=render_template("mail/notification.html", **context),
        unsubscribe_url=links["unsubscribe_url"],
        reference=thread_reference(notification.thread_id) if notification.thread_id else None,
    )
