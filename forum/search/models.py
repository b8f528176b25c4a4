"""Meaning-based search data: a vector per thread, and the threads waiting for a new one."""
from datetime import datetime

from sqlalchemy import BigInteger, Float, ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from forum.clock import utcnow
from forum.extensions import db


class ThreadVector(db.Model):
    """What a thread is about, as a vector of forum.search.embedding, quantised to int8.

    `codes` holds DIMENSIONS signed bytes; the vector is codes * scale. Four times smaller
    than float32, so that every worker can keep all vectors of a large forum in memory.
    `revision` grows with every write: a worker reloads only rows newer than it has.
    """

    __tablename__ = "thread_vectors"
    __table_args__ = (Index("ix_thread_vectors_revision", "revision"),)

    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True)
    model: Mapped[str] = mapped_column(String(64))
    codes: Mapped[bytes] = mapped_column(LargeBinary)
    scale: Mapped[float] = mapped_column(Float)
    revision: Mapped[int] = mapped_column(BigInteger)


class ThreadVectorQueue(db.Model):
    """A thread whose text changed: `flask search embed` gives it a new vector, outside the request."""

    __tablename__ = "thread_vector_queue"

    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
