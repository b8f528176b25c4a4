"""The outbox: every mail is a row, written in the transaction of the change that causes it.

A rolled-back post leaves no mail behind; `flask mail deliver` sends what was
committed and marks each row sent once.
"""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from forum.clock import utcnow
from forum.extensions import db

PENDING = "pending"  # waits for its turn (next_attempt_at)
SENDING = "sending"  # claimed by a deliverer until locked_until
SENT = "sent"
FAILED = "failed"  # refused for good, or out of attempts: `flask mail status` lists these
CANCELLED = "cancelled"  # nothing to send any more (member left, or changed their choice)
STATUSES = (PENDING, SENDING, SENT, FAILED, CANCELLED)

KIND_MESSAGE = "message"  # rendered when written (account mails, digests)
KIND_NOTIFICATION = (
    "notification"  # rendered by the deliverer, so a post to 5,000 watchers is one INSERT
)


class OutboxMail(db.Model):
    __tablename__ = "outbox_mails"
    __table_args__ = (
        # The deliverer asks: what is due?
        Index("ix_outbox_mails_due", "status", "next_attempt_at"),
        CheckConstraint(
            "status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')", name="status"
        ),
        CheckConstraint("kind IN ('message', 'notification')", name="kind"),
        CheckConstraint("kind = 'notification' OR subject IS NOT NULL", name="rendered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default=KIND_MESSAGE)
    recipient: Mapped[str] = mapped_column(String(254))
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    # A notification's mail goes with it when its thread or post is deleted.
    notification_id: Mapped[int | None] = mapped_column(
        ForeignKey("notifications.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str | None] = mapped_column(String(255))
    body_text: Mapped[str | None] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    unsubscribe_url: Mapped[str | None] = mapped_column(String(500))
    # Mail clients group the mails of one thread by this reference.
    thread_reference: Mapped[str | None] = mapped_column(String(255))
    # Fixed before the first attempt, so that every retry carries the same Message-ID.
    message_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=PENDING)
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    locked_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    @property
    def is_rendered(self) -> bool:
        return self.subject is not None

    @staticmethod
    def due(now: datetime):
        """Rows to send now: pending and due, or claimed by a deliverer that never finished."""
        return (
            select(OutboxMail.id)
            .where(
                ((OutboxMail.status == PENDING) & (OutboxMail.next_attempt_at <= now))
                | ((OutboxMail.status == SENDING) & (OutboxMail.locked_until < now))
            )
            .order_by(OutboxMail.id)
        )

    def __repr__(self) -> str:
        return f"<OutboxMail {self.id} {self.status} to {self.recipient}>"
