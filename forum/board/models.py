"""Categories (VNG domains and their themes), threads, posts and their edit history."""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false, or_, select
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, contains_eager, joinedload, mapped_column, relationship

from forum.accounts.models import User
from forum.clock import utcnow
from forum.extensions import db
from forum.municipalities.models import Municipality

TITLE_MAX_LENGTH = 150
TITLE_MIN_LENGTH = 10


class Category(db.Model):
    """A VNG domain (no parent) or a theme within one."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    thread_count: Mapped[int] = mapped_column(default=0, server_default="0")
    post_count: Mapped[int] = mapped_column(default=0, server_default="0")
    last_activity_at: Mapped[datetime | None]

    parent: Mapped["Category | None"] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list["Category"]] = relationship(
        back_populates="parent", order_by="Category.position"
    )

    @hybrid_property
    def is_domain(self) -> bool:
        return self.parent_id is None

    @is_domain.inplace.expression
    @classmethod
    def _is_domain_expression(cls):
        return cls.parent_id.is_(None)

    @property
    def is_theme(self) -> bool:
        return not self.is_domain

    @property
    def domain_id(self) -> int:
        """The domain this category is or belongs to."""
        return self.id if self.is_domain else self.parent_id

    @property
    def counted_in_ids(self) -> list[int]:
        """This category and, for a theme, its domain: a theme's activity also counts for its domain."""
        return [self.id] if self.is_domain else [self.id, self.parent_id]

    @property
    def subtree(self) -> list[int]:
        """The ids of this category and its themes (load `children` with it)."""
        return [self.id, *(theme.id for theme in self.children)]

    @staticmethod
    def subtree_ids(category_id: int):
        """The ids of a category and its themes (a theme has none)."""
        return select(Category.id).where(or_(Category.id == category_id, Category.parent_id == category_id))

    @staticmethod
    def by_slug(slug: str):
        return select(Category).where(Category.slug == slug)

    @staticmethod
    def domains_with_themes():
        return (
            select(Category)
            .where(Category.is_domain)
            .options(joinedload(Category.children))
            .order_by(Category.position, Category.id)
        )

    def __repr__(self) -> str:
        return f"<Category {self.slug}>"


class Thread(db.Model):
    """A question and the experiences shared in reply to it."""

    __tablename__ = "threads"
    __table_args__ = (
        Index("ix_threads_category_pinned_activity", "category_id", "is_pinned", "last_activity_at", "id"),
        Index("ix_threads_activity", "last_activity_at", "id"),
        Index("ix_threads_municipality_created", "municipality_id", "created_at"),
        # A municipality page counts its questions per theme from this index alone.
        Index("ix_threads_municipality_category", "municipality_id", "category_id"),
        # "Alle vragen": newest, most helpful, and the unanswered (no replies) newest first.
        Index("ix_threads_created", "created_at", "id"),
        Index("ix_threads_helpful", "helpful_count", "last_activity_at", "id"),
        Index("ix_threads_unanswered", "reply_count", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    title: Mapped[str] = mapped_column(String(TITLE_MAX_LENGTH))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Denormalized so that lists need no aggregate over posts.
    reply_count: Mapped[int] = mapped_column(default=0, server_default="0")
    # The helpful votes on all its posts, so that "meest nuttig" sorts without a sum per request.
    helpful_count: Mapped[int] = mapped_column(default=0, server_default="0")
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_poster_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    last_poster_municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    # Moderation. last_position hands out post positions; reply_count counts the
    # replies readers see, so it drops when a moderator removes one.
    is_locked: Mapped[bool] = mapped_column(default=False, server_default=false())
    is_pinned: Mapped[bool] = mapped_column(default=False, server_default=false())
    deleted_at: Mapped[datetime | None]  # its question was removed, or it was merged away
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id"))
    last_position: Mapped[int] = mapped_column(default=1, server_default="1")

    category: Mapped[Category] = relationship()
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    municipality: Mapped[Municipality | None] = relationship(foreign_keys=[municipality_id])
    last_poster: Mapped[User | None] = relationship(foreign_keys=[last_poster_id])
    last_poster_municipality: Mapped[Municipality | None] = relationship(
        foreign_keys=[last_poster_municipality_id]
    )
    # The reply the asker (or a moderator) marked as the answer. threads and posts
    # point at each other, so this key is added after both tables exist (use_alter).
    solution_post_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", ondelete="SET NULL", use_alter=True, name="fk_threads_solution_post_id_posts")
    )

    @property
    def post_count(self) -> int:
        return self.reply_count + 1

    def visible_to(self, user) -> bool:
        """A thread merged away is gone; a removed one is seen by moderators only."""
        return not self.merged_into_id and (not self.is_deleted or user.can_moderate)

    @staticmethod
    def asked_by_municipality(municipality_id: int):
        """Visible threads this municipality asked, newest first."""
        return (
            select(Thread)
            .where(Thread.municipality_id == municipality_id, Thread.deleted_at.is_(None))
            .options(joinedload(Thread.category), joinedload(Thread.author))
            .order_by(Thread.created_at.desc(), Thread.id.desc())
        )

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_live(self) -> bool:
        """Neither removed nor merged away: what members (and moderators) may act on."""
        return not self.is_deleted and not self.merged_into_id

    def can_reply(self, user) -> bool:
        """Members reply to open threads; moderators also to locked ones, to say why."""
        if not user.is_authenticated or not user.can_post or self.is_deleted:
            return False
        return not self.is_locked or user.can_moderate

    @staticmethod
    def listing(pinned_first: bool = False):
        """Visible threads with what a list row shows, newest activity first; filter before paginating."""
        order = [Thread.is_pinned.desc()] if pinned_first else []
        return (
            select(Thread)
            .where(Thread.deleted_at.is_(None))
            # Only what a row shows: every join here costs PostgreSQL planning time.
            .options(
                joinedload(Thread.municipality),
                joinedload(Thread.last_poster_municipality),
                joinedload(Thread.category),
            )
            .order_by(*order, Thread.last_activity_at.desc(), Thread.id.desc())
        )

    def __repr__(self) -> str:
        return f"<Thread {self.id} {self.title!r}>"

    # Solutions
    @property
    def is_solved(self) -> bool:
        return self.solution_post_id is not None

    def can_mark_solution(self, user) -> bool:
        """The asker chooses the answer that solved the question; moderators may correct it."""
        if not user.is_authenticated or not user.can_post:
            return False
        return user.id == self.author_id or user.is_moderator


class Post(db.Model):
    """The question (position 1) or a reply; body_html is rendered once, at save time."""

    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("thread_id", "position", name="uq_posts_thread_position"),
        Index("ix_posts_municipality_created", "municipality_id", "created_at"),
        Index("ix_posts_author_created", "author_id", "created_at"),
        # "Gemeenten met ervaring" on a thread counts replies per municipality from this index alone.
        Index("ix_posts_thread_municipality", "thread_id", "municipality_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    position: Mapped[int]
    body_markdown: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    edited_at: Mapped[datetime | None]
    edit_count: Mapped[int] = mapped_column(default=0, server_default="0")
    # Moderation and edit conflicts: a removed post keeps its place; every save of
    # the text raises the version, so that a save based on an older one is refused.
    deleted_at: Mapped[datetime | None]
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    # "Helpful" votes (denormalized for lists) and the optional structured experience.
    helpful_count: Mapped[int] = mapped_column(default=0, server_default="0")
    experience_approach: Mapped[str | None] = mapped_column(Text)
    experience_result: Mapped[str | None] = mapped_column(Text)
    experience_costs: Mapped[str | None] = mapped_column(Text)
    experience_lessons: Mapped[str | None] = mapped_column(Text)
    experience_contact: Mapped[str | None] = mapped_column(Text)

    thread: Mapped[Thread] = relationship(foreign_keys=[thread_id])
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    municipality: Mapped[Municipality | None] = relationship()
    revisions: Mapped[list["PostRevision"]] = relationship(
        back_populates="post", order_by="PostRevision.created_at.desc(), PostRevision.id.desc()",
        cascade="all, delete-orphan",
    )

    @property
    def is_question(self) -> bool:
        return self.position == 1

    @property
    def anchor(self) -> str:
        return f"bericht-{self.id}"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def can_edit(self, user) -> bool:
        """Authors edit their own posts while the thread is open; moderators edit any."""
        if not user.is_authenticated or not user.can_post:
            return False
        if user.can_moderate:
            return True
        return user.id == self.author_id and not self.is_deleted and not self.thread.is_locked

    @property
    def is_live(self) -> bool:
        """Neither the post nor its thread was removed or merged away: only live content is
        acted on (voted on, marked as solution, flagged). Moderators may see removed content,
        but they restore it through moderation before anyone acts on it."""
        return not self.is_deleted and self.thread.is_live

    def can_flag(self, user) -> bool:
        """Members flag others' live posts for the moderators."""
        return (self.is_live and user.is_authenticated and user.can_post
                and user.id != self.author_id)

    def can_moderate(self, user) -> bool:
        return user.can_moderate

    def visible_to(self, user) -> bool:
        """Whether `user` may reach this post by its id: not when it or its thread was removed,
        unless they moderate."""
        return self.thread.visible_to(user) and (not self.is_deleted or user.can_moderate)

    def body_visible_to(self, user) -> bool:
        """A removed post shows only a notice; moderators still read it, to restore it."""
        return not self.is_deleted or user.can_moderate

    @staticmethod
    def page_of_thread(thread_id: int, first_position: int, last_position: int):
        return (
            select(Post)
            .where(Post.thread_id == thread_id, Post.position.between(first_position, last_position))
            .options(joinedload(Post.author), joinedload(Post.municipality))
            .order_by(Post.position)
            # Without it PostgreSQL expects a thousand rows from a long thread and reads all users.
            .limit(last_position - first_position + 1)
        )

    @staticmethod
    def replies_by_municipality(municipality_id: int):
        return (
            select(Post)
            .join(Post.thread)
            .where(Post.municipality_id == municipality_id, Post.position > 1,
                   Post.deleted_at.is_(None), Thread.deleted_at.is_(None))
            .options(contains_eager(Post.thread), joinedload(Post.author))
            .order_by(Post.created_at.desc(), Post.id.desc())
        )

    # Solutions, helpful votes, structured experience
    @property
    def is_solution(self) -> bool:
        return self.thread.solution_post_id == self.id

    def can_be_marked_solution(self, user) -> bool:
        """A live reply; a removed one is never (re)published as the answer, not even by a moderator."""
        return self.is_live and not self.is_question and self.thread.can_mark_solution(user)

    def can_vote_helpful(self, user) -> bool:
        """Members mark other people's live replies as helpful, not their own and not the question."""
        if not self.is_live or not user.is_authenticated or not user.can_post or self.is_question:
            return False
        return user.id != self.author_id

    @property
    def has_experience(self) -> bool:
        return any(getattr(self, f"experience_{name}") for name in EXPERIENCE_FIELDS)


# The optional parts of a structured experience reply, in the order they are shown.
EXPERIENCE_FIELDS = ("approach", "result", "costs", "lessons", "contact")


class PostRevision(db.Model):
    """A post as it was before an edit: the text, and the thread title for a question."""

    __tablename__ = "post_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    editor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str | None] = mapped_column(String(TITLE_MAX_LENGTH))
    body_markdown: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    post: Mapped[Post] = relationship(back_populates="revisions")
    editor: Mapped[User | None] = relationship()


class HelpfulVote(db.Model):
    """One member found one reply helpful; withdrawn by deleting the row.

    An erased member's votes keep counting without a voter (user_id NULL): the count is made from these rows.
    """

    __tablename__ = "helpful_votes"
    __table_args__ = (UniqueConstraint("post_id", "user_id", name="uq_helpful_votes_post_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
