"""A draft: what a member was writing in a composer (a new question, a reply, an edit), not yet posted."""
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, foreign, joinedload, mapped_column, relationship

from forum.board.models import TITLE_MAX_LENGTH, Category, Post, Thread
from forum.clock import utcnow
from forum.extensions import db

# Where a draft was written; the target is the thread replied to or the post edited (0 for a question).
ASK, REPLY, EDIT = "ask", "reply", "edit"
KINDS = (ASK, REPLY, EDIT)
NO_TARGET = 0


class Draft(db.Model):
    __tablename__ = "drafts"
    __table_args__ = (
        # One draft per member per place of writing: saving again replaces it (an upsert on this key).
        UniqueConstraint("user_id", "kind", "target_id", name="uq_drafts_user_kind_target"),
        CheckConstraint("kind IN ('ask', 'reply', 'edit')", name="kind"),
        Index("ix_drafts_user_updated", "user_id", "updated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[int] = mapped_column(default=NO_TARGET)
    title: Mapped[str] = mapped_column(String(TITLE_MAX_LENGTH), default="")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    category: Mapped[Category | None] = relationship()
    # The target by kind; no foreign key, as a draft may outlive what it was for (it is then not offered).
    thread: Mapped[Thread | None] = relationship(
        primaryjoin=lambda: (Draft.kind == REPLY) & (foreign(Draft.target_id) == Thread.id), viewonly=True)
    post: Mapped[Post | None] = relationship(
        primaryjoin=lambda: (Draft.kind == EDIT) & (foreign(Draft.target_id) == Post.id), viewonly=True)

    @property
    def thread_of_target(self) -> Thread | None:
        return self.thread if self.kind == REPLY else self.post.thread if self.post else None

    @property
    def is_available(self) -> bool:
        """Whether what it was written for is still there: a draft for a removed or merged thread, or
        a removed post, is not offered and shows nothing of what was removed."""
        if self.kind == ASK:
            return True
        if self.kind == REPLY:
            return self.thread is not None and self.thread.is_live
        return self.post is not None and self.post.is_live

    @staticmethod
    def of_member(user_id: int):
        """A member's drafts, last saved first, with what the list shows."""
        return (
            select(Draft)
            .where(Draft.user_id == user_id)
            .options(joinedload(Draft.category), joinedload(Draft.thread),
                     joinedload(Draft.post).joinedload(Post.thread))
            .order_by(Draft.updated_at.desc(), Draft.id.desc())
        )
