"""Which question was offered to which member and why, and which questions were put to the VNG."""
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from forum.clock import utcnow
from forum.extensions import db

# Why a member was offered a question, most telling first (stored in English).
REASON_ASKED_VNG = "asked_vng"  # the asker addressed the question to the VNG; the member is its expert
REASON_VNG_EXPERT = "vng_expert"  # VNG staff, expert for the theme
REASON_EXPERTISE = "expertise"  # the member named the theme or one of the tags as their expertise
REASON_EXPERIENCE = "experience"  # the member's municipality replied before in the theme or tags
REASONS = (REASON_ASKED_VNG, REASON_VNG_EXPERT, REASON_EXPERTISE, REASON_EXPERIENCE)


class Referral(db.Model):
    """A question offered to one member; once per question and member."""

    __tablename__ = "referrals"
    __table_args__ = (
        UniqueConstraint("thread_id", "user_id", name="uq_referrals_thread_user"),
        # The weekly cap counts a member's recent offers from this index alone.
        Index("ix_referrals_user_sent", "user_id", "sent_at"),
        CheckConstraint("reason IN ('asked_vng', 'vng_expert', 'expertise', 'experience')", name="reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(20))
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)


class VngQuestion(db.Model):
    """A question the asker addressed to the VNG ("Vraag aan de VNG")."""

    __tablename__ = "vng_questions"

    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True)
    asked_at: Mapped[datetime] = mapped_column(default=utcnow)
