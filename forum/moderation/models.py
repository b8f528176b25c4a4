"""What moderators keep: the audit log of every moderator action, and members' flags."""
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, joinedload, mapped_column, relationship

from forum.accounts.models import User
from forum.board.models import Post
from forum.clock import utcnow
from forum.extensions import db

# Audit actions: the names are stored, the labels are shown on the audit page.
ACTION_APPROVE = "approve"
ACTION_REJECT = "reject"
ACTION_LOCK = "lock"
ACTION_UNLOCK = "unlock"
ACTION_PIN = "pin"
ACTION_UNPIN = "unpin"
ACTION_MOVE = "move"
ACTION_MERGE = "merge"
ACTION_DELETE_POST = "delete_post"
ACTION_RESTORE_POST = "restore_post"
ACTION_SUSPEND = "suspend"
ACTION_UNSUSPEND = "unsuspend"
ACTION_ERASE = "erase"
ACTION_DISMISS_FLAGS = "dismiss_flags"

TARGET_USER = "user"
TARGET_THREAD = "thread"
TARGET_POST = "post"

FLAG_KINDS = ("inappropriate", "spam", "personal_data", "other")
FLAG_OPEN = "open"
FLAG_UPHELD = "upheld"  # the post was removed
FLAG_DISMISSED = "dismissed"
FLAG_STATUSES = (FLAG_OPEN, FLAG_UPHELD, FLAG_DISMISSED)
REASON_MAX_LENGTH = 2000


class AuditEntry(db.Model):
    """One moderator action: who did what to which target, why, and when. Never changed."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_created", "created_at", "id"),
        Index("ix_audit_entries_target", "target_type", "target_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(30))
    target_type: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int]
    # What the target was called at the time: titles change and threads are merged away.
    target_label: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    actor: Mapped[User | None] = relationship()

    @staticmethod
    def newest_first():
        return (
            select(AuditEntry)
            .options(joinedload(AuditEntry.actor))
            .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
        )


class Flag(db.Model):
    """A member tells the moderators that a post breaks the rules."""

    __tablename__ = "flags"
    __table_args__ = (
        UniqueConstraint("post_id", "reporter_id", name="uq_flags_post_reporter"),
        CheckConstraint(f"kind IN {FLAG_KINDS}", name="kind"),
        CheckConstraint(f"status IN {FLAG_STATUSES}", name="status"),
        Index("ix_flags_status_created", "status", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=FLAG_OPEN)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    post: Mapped[Post] = relationship()
    reporter: Mapped[User | None] = relationship(foreign_keys=[reporter_id])
    resolved_by: Mapped[User | None] = relationship(foreign_keys=[resolved_by_id])

    @staticmethod
    def open_queue():
        """Open flags, oldest first, with the post, its thread and its author."""
        return (
            select(Flag)
            .where(Flag.status == FLAG_OPEN)
            .options(
                joinedload(Flag.post).joinedload(Post.thread),
                joinedload(Flag.post).joinedload(Post.author),
                joinedload(Flag.post).joinedload(Post.municipality),
                joinedload(Flag.reporter),
            )
            .order_by(Flag.created_at, Flag.id)
        )
