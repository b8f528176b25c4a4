"""Files attached to a question or reply.

An attachment without a post is a pending upload (or, with removed_at, one taken off again:
kept a day for the daily quota): accepted from a form that was refused for
another reason (a title too short), kept for its uploader so the file is never asked for twice.
"""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.clock import utcnow
from forum.extensions import db

NAME_MAX_LENGTH = 200
IMAGE_TYPES = frozenset({"image/png", "image/jpeg"})


class Attachment(db.Model):
    __tablename__ = "attachments"
    __table_args__ = (
        # The daily quota counts a member's uploads of the last 24 hours.
        Index("ix_attachments_uploader_id_created_at", "uploader_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    # Kept when the uploader's account is erased: the file is the municipality's contribution.
    uploader_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # SHA-256 of the content, hex: the same file uploaded twice is stored once.
    storage_key: Mapped[str] = mapped_column(String(64), index=True)
    thumbnail_key: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    width: Mapped[int | None]
    height: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    removed_at: Mapped[datetime | None]
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Text extracted for search, and how far that got (set by forum.attachments.extraction).
    text: Mapped[str | None] = mapped_column(Text)
    text_status: Mapped[str | None] = mapped_column(String(20), index=True)  # the text worker's queue

    post = relationship("Post")

    @property
    def is_image(self) -> bool:
        return self.mime_type in IMAGE_TYPES

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None

    @property
    def is_pending(self) -> bool:
        return self.post_id is None

    def visible_to(self, user) -> bool:
        """Exactly the post's rules; a removed file only for moderators."""
        if self.post is None or not self.post.visible_to(user):
            return False
        return not self.is_removed or user.can_moderate

    @staticmethod
    def of_posts(post_ids: list[int]):
        """The files under these posts, in upload order: one query for a whole thread page."""
        return (
            select(Attachment).where(Attachment.post_id.in_(post_ids))
            .order_by(Attachment.post_id, Attachment.id)
        )

    @staticmethod
    def pending_of(user_id: int, ids: list[int]):
        """The member's own pending uploads among `ids` (hidden fields of a resubmitted form)."""
        return select(Attachment).where(
            Attachment.id.in_(ids), Attachment.uploader_id == user_id, Attachment.post_id.is_(None),
            Attachment.removed_at.is_(None),
        ).order_by(Attachment.id)

    def __repr__(self) -> str:
        return f"<Attachment {self.id} {self.name!r}>"
