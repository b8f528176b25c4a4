"""What the forum keeps about mails it sent: to whom, what, when; never the text."""
from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from forum.clock import utcnow
from forum.extensions import db


class SentMail(db.Model):
    """Kept for PRIVACY_MAIL_RETENTION_DAYS, so that a member's question 'did you mail me?' has an answer."""

    __tablename__ = "sent_mails"

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(254), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    template: Mapped[str] = mapped_column(String(50))
    sent_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
