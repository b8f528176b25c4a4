"""Tags: short lowercase labels on threads, up to MAX_TAGS_PER_THREAD each."""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, func, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.clock import utcnow
from forum.extensions import db

MAX_TAGS_PER_THREAD = 5
TAG_MIN_LENGTH = 2
TAG_MAX_LENGTH = 40


class Tag(db.Model):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The slug is the tag: 'omgevingswet', 'warmtepomp', 'bio2'.
    slug: Mapped[str] = mapped_column(String(TAG_MAX_LENGTH), unique=True)
    # Denormalized so that suggestions and tag lists need no count over thread_tags.
    thread_count: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @staticmethod
    def popular():
        """Tags in use, most used first: the suggestions on the ask form."""
        return select(Tag).where(Tag.thread_count > 0).order_by(Tag.thread_count.desc(), Tag.slug)

    @staticmethod
    def by_slug(slug: str):
        return select(Tag).where(Tag.slug == slug)

    @staticmethod
    def of_thread(thread_id: int):
        return (
            select(Tag).join(ThreadTag, ThreadTag.tag_id == Tag.id)
            .where(ThreadTag.thread_id == thread_id).order_by(Tag.slug)
        )

    def __repr__(self) -> str:
        return f"<Tag {self.slug}>"


class ThreadTag(db.Model):
    __tablename__ = "thread_tags"
    # The primary key serves "tags of a thread"; this index serves "threads with a tag, newest
    # activity first", read in index order however many threads carry the tag.
    __table_args__ = (Index("ix_thread_tags_tag_activity", "tag_id", "last_activity_at", "thread_id"),)

    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)
    # The thread's last_activity_at, copied (forum/tags/activity.py keeps it in step).
    last_activity_at: Mapped[datetime]

    tag: Mapped[Tag] = relationship()


def tag_count_of(thread_id: int):
    return select(func.count()).select_from(ThreadTag).where(ThreadTag.thread_id == thread_id)
