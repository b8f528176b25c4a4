"""What members follow, what they were told, and how far they read.

Learned from Discourse: a level per member per target (thread, category, tag,
municipality), notifications as rows with a read time, and a read position
per thread.
"""

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    PrimaryKeyConstraint,
    String,
    UniqueConstraint,
    and_,
    func,
    select,
    true,
)
from sqlalchemy.orm import Mapped, joinedload, mapped_column, relationship

from forum.accounts.models import User
from forum.board.models import Post, Thread
from forum.clock import utcnow
from forum.extensions import db

# Levels, loudest first. Stored in English; the interface says volgen, eerste bericht, normaal, negeren.
WATCHING = "watching"  # every new post
FIRST_POST = "first_post"  # new threads only (categories, tags, municipalities)
NORMAL = "normal"  # only when mentioned or when someone replies to your question
MUTED = "muted"  # nothing at all
LEVELS = (WATCHING, FIRST_POST, NORMAL, MUTED)

TARGET_THREAD = "thread"
TARGET_CATEGORY = "category"
TARGET_TAG = "tag"
TARGET_MUNICIPALITY = "municipality"
TARGET_TYPES = (TARGET_THREAD, TARGET_CATEGORY, TARGET_TAG, TARGET_MUNICIPALITY)

# Notification kinds.
KIND_REPLY = "reply"  # a reply in a thread the member follows
KIND_QUESTION_REPLY = "question_reply"  # a reply to the member's own question
KIND_NEW_THREAD = "new_thread"  # a new thread in a followed category, tag or municipality
KIND_MENTION = "mention"  # @[Name] in a post
KIND_SOLUTION = "solution"  # the member's reply was marked as the solution
KIND_ACCOUNT_APPROVED = "account_approved"
KIND_HELP_REQUEST = "help_request"  # "Kunt u helpen?": an unanswered question offered to the member
KIND_POLL_CLOSED = "poll_closed"  # the poll of a thread the member follows closed
KIND_POLL_CLOSING = "poll_closing"  # a poll closes soon and the member's municipality has not answered
KINDS = (
    KIND_REPLY,
    KIND_QUESTION_REPLY,
    KIND_NEW_THREAD,
    KIND_MENTION,
    KIND_SOLUTION,
    KIND_ACCOUNT_APPROVED,
    KIND_HELP_REQUEST,
    KIND_POLL_CLOSED,
    KIND_POLL_CLOSING,
)
# Kinds that are also mailed (instantly or in a digest); the approval has a mail of its own.
MAILED_KINDS = tuple(kind for kind in KINDS if kind != KIND_ACCOUNT_APPROVED)

MAIL_INSTANT = "instant"
MAIL_DAILY = "daily"
MAIL_WEEKLY = "weekly"
MAIL_NONE = "none"
MAIL_FREQUENCIES = (MAIL_INSTANT, MAIL_DAILY, MAIL_WEEKLY, MAIL_NONE)
# A busy civil servant gets one calm mail a day unless they ask for more.
DEFAULT_MAIL_FREQUENCY = MAIL_DAILY


def _in(values) -> str:
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


class Watch(db.Model):
    """A member's level for one thread, category, tag or municipality."""

    __tablename__ = "watches"
    __table_args__ = (
        UniqueConstraint("user_id", "target_type", "target_id", name="uq_watches_user_target"),
        # Fan-out reads the watchers of a few targets at once.
        Index("ix_watches_target", "target_type", "target_id", "level"),
        CheckConstraint(f"target_type IN {_in(TARGET_TYPES)}", name="target_type"),
        CheckConstraint(f"level IN {_in(LEVELS)}", name="level"),
        CheckConstraint(
            f"NOT (target_type = '{TARGET_THREAD}' AND level = '{FIRST_POST}')", name="thread_level"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    target_type: Mapped[str] = mapped_column(String(20))
    # No foreign key: the target is one of four tables. Lists join the target, so a watch on
    # something deleted is never shown and never matches a new post.
    target_id: Mapped[int]
    level: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    @staticmethod
    def of_member(user_id: int, target_type: str):
        return select(Watch).where(Watch.user_id == user_id, Watch.target_type == target_type)


class Notification(db.Model):
    """Something a member was told about; unread while read_at is empty."""

    __tablename__ = "notifications"
    __table_args__ = (
        # The bell: count of a member's unread rows, read from this index alone.
        Index("ix_notifications_user_unread", "user_id", "read_at"),
        Index("ix_notifications_user_newest", "user_id", "id"),
        # One notification per member per post and kind, however often a signal fires.
        UniqueConstraint("post_id", "user_id", "kind", name="uq_notifications_post_user_kind"),
        CheckConstraint(f"kind IN {_in(KINDS)}", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    thread_id: Mapped[int | None] = mapped_column(
        ForeignKey("threads.id", ondelete="CASCADE"), index=True
    )
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])
    thread: Mapped[Thread | None] = relationship()
    post: Mapped[Post | None] = relationship()

    @property
    def is_unread(self) -> bool:
        return self.read_at is None

    def belongs_to(self, user) -> bool:
        return user.is_authenticated and user.id == self.user_id

    @property
    def is_about_live_content(self) -> bool:
        """Neither its thread nor its post was removed (or merged away)."""
        return not (self.thread and self.thread.is_deleted) and not (self.post and self.post.is_deleted)

    @staticmethod
    def about_live_content():
        """The SQL of is_about_live_content: lists and mails leave out the rest, which would
        show what a moderator removed."""
        return and_(
            ~Notification.thread.has(Thread.deleted_at.is_not(None)),
            ~Notification.post.has(Post.deleted_at.is_not(None)),
        )

    @staticmethod
    def of_member(user_id: int, *, with_removed: bool = False):
        """A member's notifications, newest first, with what a row shows; about removed
        content only `with_removed` (for moderators, who may see it)."""
        statement = select(Notification).where(Notification.user_id == user_id)
        if not with_removed:
            statement = statement.where(Notification.about_live_content())
        return (
            statement
            .options(
                joinedload(Notification.thread).joinedload(Thread.category),
                joinedload(Notification.post),
                joinedload(Notification.actor).joinedload(User.municipality),
            )
            .order_by(Notification.id.desc())
        )

    @staticmethod
    def unread_count_of(user_id: int, cap: int, *, with_removed: bool = False):
        """At most `cap` unread: the bell says '99+' rather than count a backlog. It counts
        what the list shows (see of_member)."""
        unread = select(Notification.id).where(Notification.user_id == user_id, Notification.read_at.is_(None))
        if not with_removed:
            unread = unread.where(Notification.about_live_content())
        unread = unread.limit(cap).subquery()
        return select(func.count()).select_from(unread)


class ThreadRead(db.Model):
    """How far a member read a thread: the position of the last post they were shown."""

    __tablename__ = "thread_reads"
    __table_args__ = (PrimaryKeyConstraint("user_id", "thread_id", name="pk_thread_reads"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), index=True)
    last_read_position: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class NotificationSettings(db.Model):
    """A member's choices; a member without a row has the defaults."""

    __tablename__ = "notification_settings"
    __table_args__ = (
        CheckConstraint(f"mail_frequency IN {_in(MAIL_FREQUENCIES)}", name="mail_frequency"),
        Index("ix_notification_settings_digest", "mail_frequency", "last_digest_at"),
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    mail_frequency: Mapped[str] = mapped_column(String(10), default=DEFAULT_MAIL_FREQUENCY)
    # Asking or replying follows the thread, unless the member turns that off.
    follow_own_threads: Mapped[bool] = mapped_column(default=True)
    # Unanswered questions in the member's themes are offered to them, unless they opt out.
    help_requests: Mapped[bool] = mapped_column(default=True, server_default=true())
    # Until when the last digest reported; the next one starts there.
    last_digest_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    @staticmethod
    def defaults(user_id: int) -> "NotificationSettings":
        return NotificationSettings(
            user_id=user_id, mail_frequency=DEFAULT_MAIL_FREQUENCY, follow_own_threads=True,
            help_requests=True,
        )
