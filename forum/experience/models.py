"""Replies per municipality per theme and per tag, kept up to date as replies arrive, so that
"who has experience" on a category or tag page needs no count over a million posts."""
from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import db


class CategoryExperience(db.Model):
    """How many replies a municipality gave in threads of one theme."""

    __tablename__ = "category_experience"
    __table_args__ = (Index("ix_category_experience_municipality", "municipality_id"),)

    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), primary_key=True
    )
    reply_count: Mapped[int] = mapped_column(default=0, server_default="0")


class TagExperience(db.Model):
    """How many replies a municipality gave in threads carrying one tag."""

    __tablename__ = "tag_experience"

    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), primary_key=True
    )
    reply_count: Mapped[int] = mapped_column(default=0, server_default="0")
