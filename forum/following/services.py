"""Following use cases: setting levels, reading notifications, mail choices. These flush; views commit."""

from sqlalchemy import select, update

from forum.accounts.models import User
from forum.board.models import Category, Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.following import levels
from forum.following.models import (
    FIRST_POST,
    LEVELS,
    MAIL_NONE,
    MUTED,
    TARGET_CATEGORY,
    TARGET_MUNICIPALITY,
    TARGET_TAG,
    TARGET_THREAD,
    Notification,
    NotificationSettings,
    Watch,
)
from forum.following.upsert import insert_or_update
from forum.municipalities.models import Municipality

# Levels a member can choose per kind of target: 'eerste bericht' means nothing for one thread.
LEVELS_FOR = {
    TARGET_THREAD: tuple(level for level in LEVELS if level != FIRST_POST),
    TARGET_CATEGORY: LEVELS,
    TARGET_TAG: LEVELS,
    TARGET_MUNICIPALITY: LEVELS,
}
# target type -> model; the tag model is registered when the app starts (forum/following/receivers.py).
TARGET_MODELS = {
    TARGET_THREAD: Thread,
    TARGET_CATEGORY: Category,
    TARGET_MUNICIPALITY: Municipality,
}


def register_tag_model(model) -> None:
    TARGET_MODELS[TARGET_TAG] = model


def target_or_none(target_type: str, target_id: int):
    model = TARGET_MODELS.get(target_type)
    return db.session.get(model, target_id) if model else None


def settings_of(user_id: int) -> NotificationSettings:
    """The member's settings; the defaults (not stored) for a member who never changed them."""
    return db.session.get(NotificationSettings, user_id) or NotificationSettings.defaults(user_id)


def update_settings(user, *, mail_frequency: str, follow_own_threads: bool, help_requests: bool = True) -> None:
    settings = db.session.get(NotificationSettings, user.id)
    if settings is None:
        settings = NotificationSettings.defaults(user.id)
        db.session.add(settings)
    if settings.mail_frequency != mail_frequency:
        # A member who moves to a digest gets news from now on, not a backlog of what was mailed.
        settings.last_digest_at = utcnow()
    settings.mail_frequency = mail_frequency
    settings.follow_own_threads = follow_own_threads
    settings.help_requests = help_requests
    settings.updated_at = utcnow()
    db.session.flush()


def stop_all_mail(user_id: int) -> None:
    """The unsubscribe link: no notification mail or digest any more (account mails still come)."""
    statement = insert_or_update(NotificationSettings).values(
        user_id=user_id, mail_frequency=MAIL_NONE, follow_own_threads=True, updated_at=utcnow()
    )
    db.session.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id"], set_={"mail_frequency": MAIL_NONE, "updated_at": utcnow()}
        )
    )


def set_level(user_id: int, target_type: str, target_id: int, level: str) -> None:
    """Set (or change) the member's level for one target."""
    if level not in LEVELS_FOR[target_type]:
        raise ValueError(f"level {level!r} does not apply to a {target_type}")
    statement = insert_or_update(Watch).values(
        user_id=user_id,
        target_type=target_type,
        target_id=target_id,
        level=level,
        updated_at=utcnow(),
    )
    db.session.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id", "target_type", "target_id"],
            set_={"level": level, "updated_at": utcnow()},
        )
    )


def mute_thread(user_id: int, thread_id: int) -> None:
    set_level(user_id, TARGET_THREAD, thread_id, MUTED)


def explicit_level(user_id: int, target_type: str, target_id: int) -> str | None:
    return db.session.scalar(
        select(Watch.level).where(
            Watch.user_id == user_id, Watch.target_type == target_type, Watch.target_id == target_id
        )
    )


def thread_decision(user_id: int, thread: Thread) -> levels.Decision:
    """The member's level for a thread and where it comes from (the thread, its theme ...)."""
    return levels.decisions_for({user_id}, levels.thread_targets(thread))[user_id]


def mark_read(notification: Notification) -> None:
    if notification.read_at is None:
        notification.read_at = utcnow()
    db.session.flush()


def mark_all_read(user_id: int) -> int:
    return db.session.execute(
        update(Notification)
        .where(Notification.user_id == user_id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    ).rowcount


def user_or_none(user_id: int):
    """The active member an unsubscribe link names; None for a closed or unknown account."""
    user = db.session.get(User, user_id)
    return user if user is not None and user.is_active else None
