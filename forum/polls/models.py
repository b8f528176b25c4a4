"""Polls on a question: one voice per municipality (or per member), every change of a vote kept.

The rules live here as named predicates; the database holds the one invariant that matters
under concurrency: a municipality (or, in a member poll, a member) has one vote row per poll.
"""
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, false, text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.board.models import Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.municipalities.models import Municipality

MIN_OPTIONS = 2
MAX_OPTIONS = 20
OPTION_MAX_LENGTH = 150
QUESTION_MAX_LENGTH = 200
OTHER_MAX_LENGTH = 200
TOTAL_MUNICIPALITIES = 342

PER_MUNICIPALITY = "municipality"
PER_MEMBER = "member"
VOICES = (PER_MUNICIPALITY, PER_MEMBER)
RESULTS_AFTER_VOTING = "after_voting"
RESULTS_AFTER_CLOSING = "after_closing"
RESULT_VISIBILITIES = (RESULTS_AFTER_VOTING, RESULTS_AFTER_CLOSING)
# A closing date means "voting is possible through that day" where the members are.
CLOSING_ZONE = ZoneInfo("Europe/Amsterdam")
MAX_DAYS_OPEN = 366


def closing_moment(day: date) -> datetime:
    """The end of `day` in Dutch time, as the naive UTC the database holds."""
    local_midnight = datetime.combine(day + timedelta(days=1), time.min, tzinfo=CLOSING_ZONE)
    return local_midnight.astimezone(timezone.utc).replace(tzinfo=None)


def closing_day(moment: datetime) -> date:
    """The last day (Dutch time) on which a poll closing at `moment` (naive UTC) takes votes."""
    local = moment.replace(tzinfo=timezone.utc).astimezone(CLOSING_ZONE)
    return (local - timedelta(microseconds=1)).date()


def _in(values) -> str:
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


class Poll(db.Model):
    """The poll of a thread (at most one); removed polls are kept for the moderation log."""

    __tablename__ = "polls"
    __table_args__ = (
        CheckConstraint(f"voice IN {_in(VOICES)}", name="voice"),
        CheckConstraint(f"results_visibility IN {_in(RESULT_VISIBILITIES)}", name="results_visibility"),
        # Polls closing soon or just closed, for the announcements (forum/polls/notify.py).
        Index("ix_polls_closes_at", "closes_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), unique=True)
    question: Mapped[str] = mapped_column(String(QUESTION_MAX_LENGTH))
    multiple: Mapped[bool] = mapped_column(default=False, server_default=false())
    allows_other: Mapped[bool] = mapped_column(default=False, server_default=false())
    voice: Mapped[str] = mapped_column(String(20), default=PER_MUNICIPALITY)
    results_visibility: Mapped[str] = mapped_column(String(20), default=RESULTS_AFTER_VOTING)
    closes_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    closed_at: Mapped[datetime | None]  # closed early by a moderator
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    removed_at: Mapped[datetime | None]
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # When the thread's followers were told it closed, and when members whose municipality had not
    # answered were reminded: each happens once.
    close_announced_at: Mapped[datetime | None]
    closing_reminded_at: Mapped[datetime | None]
    vote_count: Mapped[int] = mapped_column(default=0, server_default="0")

    thread: Mapped[Thread] = relationship()
    options: Mapped[list["PollOption"]] = relationship(
        back_populates="poll", order_by="PollOption.position", cascade="all, delete-orphan"
    )

    @property
    def per_municipality(self) -> bool:
        return self.voice == PER_MUNICIPALITY

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None

    def is_closed(self, now: datetime | None = None) -> bool:
        """Closed when its closing date passed or a moderator closed it."""
        if self.closed_at is not None:
            return True
        return self.closes_at is not None and self.closes_at <= (now or utcnow())

    def closed_since(self) -> datetime | None:
        if self.closed_at is not None:
            return self.closed_at
        return self.closes_at if self.is_closed() else None

    def can_vote(self, user) -> bool:
        """Members vote on open polls of live threads; VNG staff only in member polls."""
        if not user.is_authenticated or not user.can_post or self.is_removed or self.is_closed():
            return False
        if not self.thread.is_live or self.thread.is_locked:
            return False
        return user.municipality_id is not None or not self.per_municipality

    def can_edit(self, user) -> bool:
        """The asker (or a moderator) changes the poll until the first vote."""
        if not user.is_authenticated or not user.can_post or self.is_removed or self.vote_count:
            return False
        return user.id == self.created_by_id or user.can_moderate

    def voice_key(self, user) -> tuple:
        """What one voice is: the member's municipality, or the member."""
        return ("municipality", user.municipality_id) if self.per_municipality else ("member", user.id)

    def results_visible_to(self, user, has_voted: bool) -> bool:
        if self.is_closed() or user.is_authenticated and user.can_moderate:
            return True
        if self.results_visibility == RESULTS_AFTER_CLOSING:
            return False
        # Who cannot vote (VNG staff in a municipality poll) sees the results as they stand.
        return has_voted or (user.is_authenticated and self.per_municipality and user.municipality_id is None)


class PollOption(db.Model):
    __tablename__ = "poll_options"
    __table_args__ = (Index("ix_poll_options_poll_position", "poll_id", "position", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    position: Mapped[int]
    label: Mapped[str] = mapped_column(String(OPTION_MAX_LENGTH))

    poll: Mapped[Poll] = relationship(back_populates="options")


class PollVote(db.Model):
    """The current vote of one voice; `user_id` is who cast it last (None after erasure).

    One row per municipality in a municipality poll, per member in a member poll: two partial
    unique indexes hold that, so two colleagues voting at the same moment end with one row.
    """

    __tablename__ = "poll_votes"
    __table_args__ = (
        Index("uq_poll_votes_poll_municipality", "poll_id", "municipality_id", unique=True,
              sqlite_where=text("per_municipality"), postgresql_where=text("per_municipality")),
        Index("uq_poll_votes_poll_user", "poll_id", "user_id", unique=True,
              sqlite_where=text("NOT per_municipality"), postgresql_where=text("NOT per_municipality")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    per_municipality: Mapped[bool] = mapped_column(default=True, server_default=true())
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    other_text: Mapped[str] = mapped_column(String(OTHER_MAX_LENGTH), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)

    municipality: Mapped[Municipality | None] = relationship()
    user: Mapped[User | None] = relationship()
    choices: Mapped[list["PollChoice"]] = relationship(cascade="all, delete-orphan")


class PollChoice(db.Model):
    """An option chosen in a vote (several in a multiple-choice poll)."""

    __tablename__ = "poll_choices"

    vote_id: Mapped[int] = mapped_column(ForeignKey("poll_votes.id", ondelete="CASCADE"), primary_key=True)
    option_id: Mapped[int] = mapped_column(
        ForeignKey("poll_options.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class PollVoteChange(db.Model):
    """Every vote and every change of one, as cast: the history a municipality's vote keeps."""

    __tablename__ = "poll_vote_changes"
    __table_args__ = (Index("ix_poll_vote_changes_poll", "poll_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    option_ids: Mapped[str] = mapped_column(String(200))  # "3,5": what was chosen
    other_text: Mapped[str] = mapped_column(String(OTHER_MAX_LENGTH), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
