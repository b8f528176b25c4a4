"""What a member says they can help with: themes and tags ("Aanspreekpunt voor").

A VNG staff member (no municipality) with expertise on a theme is the VNG's expert for it:
unanswered questions and questions addressed to the VNG on that theme go to them.
"""
from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from forum.board.models import Thread
from forum.clock import utcnow
from forum.extensions import db


class ThemeExpertise(db.Model):
    """A member can help with questions in this theme (a category)."""

    __tablename__ = "theme_expertise"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    # Indexed through the primary key the other way round: "who can help with this theme".
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TagExpertise(db.Model):
    """A member can help with questions carrying this tag."""

    __tablename__ = "tag_expertise"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# A member's page lists their questions newest first: read in this index's order, a page of them
# costs the same however many questions they asked. (The board's index on author_id alone serves
# the counts.)
Index("ix_threads_author_created", Thread.author_id, Thread.created_at)
