"""The member data following keeps: what they follow, their mail choices, notifications, read positions."""
from sqlalchemy import delete, select, update
from sqlalchemy.orm import joinedload

from forum import personal_data
from forum.extensions import db
from forum.following.models import Notification, NotificationSettings, ThreadRead, Watch
from forum.personal_data import iso


def export_follows(user) -> list[dict]:
    watches = db.session.scalars(
        select(Watch).where(Watch.user_id == user.id).order_by(Watch.target_type, Watch.target_id)
    )
    return [{
        "target_type": watch.target_type, "target_id": watch.target_id, "level": watch.level,
        "updated_at": iso(watch.updated_at),
    } for watch in watches]


def erase_follows(user) -> None:
    db.session.execute(delete(Watch).where(Watch.user_id == user.id))


def export_notification_settings(user) -> dict | None:
    """None: the member never chose, and gets the defaults."""
    settings = db.session.get(NotificationSettings, user.id)
    if settings is None:
        return None
    return {
        "mail_frequency": settings.mail_frequency, "follow_own_threads": settings.follow_own_threads,
        "help_requests": settings.help_requests,
        "last_digest_at": iso(settings.last_digest_at), "updated_at": iso(settings.updated_at),
    }


def erase_notification_settings(user) -> None:
    db.session.execute(delete(NotificationSettings).where(NotificationSettings.user_id == user.id))


def export_notifications(user) -> list[dict]:
    notifications = db.session.scalars(
        select(Notification).where(Notification.user_id == user.id)
        .options(joinedload(Notification.thread)).order_by(Notification.id)
    )
    return [{
        "kind": notification.kind, "thread_id": notification.thread_id,
        "thread_title": notification.thread.title if notification.thread else None,
        "post_id": notification.post_id, "created_at": iso(notification.created_at),
        "read_at": iso(notification.read_at),
    } for notification in notifications]


def erase_notifications(user) -> None:
    """The member's own go (their queued notification mails with them); in others' the actor is unnamed."""
    db.session.execute(delete(Notification).where(Notification.user_id == user.id))
    db.session.execute(update(Notification).where(Notification.actor_id == user.id).values(actor_id=None))


def export_read_positions(user) -> list[dict]:
    reads = db.session.scalars(select(ThreadRead).where(ThreadRead.user_id == user.id).order_by(ThreadRead.thread_id))
    return [{
        "thread_id": read.thread_id, "last_read_position": read.last_read_position,
        "updated_at": iso(read.updated_at),
    } for read in reads]


def erase_read_positions(user) -> None:
    db.session.execute(delete(ThreadRead).where(ThreadRead.user_id == user.id))


personal_data.register("follows", tables=["watches"], export=export_follows, erase=erase_follows)
personal_data.register("notification_settings", tables=["notification_settings"],
                       export=export_notification_settings, erase=erase_notification_settings)
personal_data.register("notifications", tables=["notifications"], export=export_notifications,
                       erase=erase_notifications)
personal_data.register("read_positions", tables=["thread_reads"], export=export_read_positions,
                       erase=erase_read_positions)
