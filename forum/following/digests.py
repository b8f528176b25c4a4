"""Daily and weekly digests: the unread notifications since the last digest, grouped by thread.

A digest goes out at most once per period, and only when there is something to
tell; what the member already read on the forum is left out.
"""

from collections import defaultdict
from datetime import datetime, timedelta

from flask import current_app, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import joinedload

from forum.accounts.models import STATUS_ACTIVE, User
from forum.board.models import Thread
from forum.extensions import db
from forum.following import texts
from forum.following.mails import footer_links
from forum.following.models import (
    DEFAULT_MAIL_FREQUENCY,
    KIND_HELP_REQUEST,
    MAIL_DAILY,
    MAIL_WEEKLY,
    MAILED_KINDS,
    Notification,
    NotificationSettings,
)
from forum.following.upsert import insert_or_update
from forum.mail import Mail, queue_mail

PERIODS = {MAIL_DAILY: timedelta(days=1), MAIL_WEEKLY: timedelta(days=7)}
# A cron job at 07:00 finds yesterday's 07:00:04 digest due again.
SLACK = timedelta(minutes=30)
BATCH_SIZE = 200


def queue_due_digests(now: datetime) -> int:
    """Write a digest to the outbox for every member whose digest is due and who has news."""
    frequency = func.coalesce(NotificationSettings.mail_frequency, DEFAULT_MAIL_FREQUENCY)
    last = NotificationSettings.last_digest_at
    since = func.coalesce(
        last,
        case(
            (frequency == MAIL_WEEKLY, now - PERIODS[MAIL_WEEKLY]), else_=now - PERIODS[MAIL_DAILY]
        ),
    )
    has_news = exists().where(
        Notification.user_id == User.id,
        Notification.read_at.is_(None),
        Notification.kind.in_(MAILED_KINDS),
        Notification.created_at > since,
        Notification.created_at <= now,
        Notification.about_live_content(),
    )
    due = (
        select(User.id, frequency, since)
        .outerjoin(NotificationSettings, NotificationSettings.user_id == User.id)
        .where(
            User.status == STATUS_ACTIVE,
            or_(
                *(
                    and_(frequency == name, or_(last.is_(None), last <= now - period + SLACK))
                    for name, period in PERIODS.items()
                )
            ),
            has_news,
        )
        .order_by(User.id)
    )
    members = db.session.execute(due).all()
    for start in range(0, len(members), BATCH_SIZE):
        _queue_batch(members[start : start + BATCH_SIZE], now)
    return len(members)


def _queue_batch(members, now: datetime) -> None:
    starts = {user_id: since for user_id, _frequency, since in members}
    notifications = db.session.scalars(
        select(Notification)
        .where(
            Notification.user_id.in_(starts),
            Notification.read_at.is_(None),
            Notification.kind.in_(MAILED_KINDS),
            Notification.created_at > min(starts.values()),
            Notification.created_at <= now,
            Notification.about_live_content(),
        )
        .options(
            joinedload(Notification.user),
            joinedload(Notification.post),
            joinedload(Notification.thread).joinedload(Thread.category),
            joinedload(Notification.actor).joinedload(User.municipality),
        )
        .order_by(Notification.created_at, Notification.id)
    ).all()
    per_member: dict[int, list[Notification]] = defaultdict(list)
    for notification in notifications:
        if notification.created_at > starts[notification.user_id]:
            per_member[notification.user_id].append(notification)
    for user_id, frequency, _since in members:
        if per_member[user_id]:
            queue_mail(compose_digest(per_member[user_id], frequency), user_id=user_id)
    statement = insert_or_update(NotificationSettings).values(
        [
            {
                "user_id": user_id,
                "mail_frequency": frequency,
                "follow_own_threads": True,
                "last_digest_at": now,
                "updated_at": now,
            }
            for user_id, frequency, _since in members
        ]
    )
    db.session.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id"], set_={"last_digest_at": statement.excluded.last_digest_at}
        )
    )
    db.session.flush()


def compose_digest(notifications: list[Notification], frequency: str) -> Mail:
    """One mail: per thread, what happened, newest thread activity first."""
    user = notifications[0].user
    threads: dict[int, dict] = {}
    help_requests = []
    for notification in notifications:
        if notification.kind == KIND_HELP_REQUEST:
            # Questions offered to the member stand apart: not news in what they follow.
            help_requests.append({
                "thread": notification.thread,
                **texts.excerpts(notification, 200),
                "url": url_for("board.thread", thread_id=notification.thread_id, _external=True),
            })
            continue
        group = threads.setdefault(
            notification.thread_id, {"thread": notification.thread, "items": []}
        )
        group["items"].append(
            {
                "summary": texts.summary(notification),
                **texts.excerpts(notification, 200),
                "created_at": notification.created_at,
            }
        )
    groups = sorted(
        threads.values(), key=lambda group: group["items"][-1]["created_at"], reverse=True
    )
    for group in groups:
        group["url"] = url_for(
            "following.first_unread", thread_id=group["thread"].id, _external=True
        )
    daily = frequency == MAIL_DAILY
    subject = ngettext(
        "Uw %(period)s overzicht: %(num)d onderwerp met nieuws",
        "Uw %(period)s overzicht: %(num)d onderwerpen met nieuws",
        len(groups) + len(help_requests),
        period=_("dagelijkse") if daily else _("wekelijkse"),
    )
    links = footer_links(user.id)
    context = {
        "user": user,
        "groups": groups,
        "help_requests": help_requests,
        "daily": daily,
        "forum_name": current_app.config["FORUM_NAME"],
        "notifications_url": url_for("following.notifications", _external=True),
        **links,
    }
    return Mail(
        to=user.email,
        subject=subject,
        text=render_template("mail/digest.txt", **context),
        html=render_template("mail/digest.html", **context),
        unsubscribe_url=links["unsubscribe_url"],
    )
