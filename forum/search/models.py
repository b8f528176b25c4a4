"""What search keeps beside its full-text index: the words of the forum, the synonyms
administrators added, and a vector per thread for meaning-based search."""
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, Float, ForeignKey, Index, LargeBinary, String, select
from sqlalchemy.orm import Mapped, mapped_column

from forum.clock import utcnow
from forum.extensions import db

MAX_WORD_LENGTH = 40
MAX_SYNONYM_LINE_LENGTH = 500


class SearchWord(db.Model):
    """A folded word of the forum's posts and in how many posts it occurs: the vocabulary
    that "Bedoelde u ...?" suggests from."""

    __tablename__ = "search_words"
    __table_args__ = (
        Index("ix_search_words_length_word", "length", "word"),
        CheckConstraint("posts >= 0", name="ck_search_words_posts"),
    )

    word: Mapped[str] = mapped_column(String(MAX_WORD_LENGTH), primary_key=True)
    length: Mapped[int]
    posts: Mapped[int] = mapped_column(default=0)

    @staticmethod
    def counts_of(words: list[str]):
        return select(SearchWord.word, SearchWord.posts).where(SearchWord.word.in_(words))

    @staticmethod
    def near(word: str, max_distance: int, limit: int):
        """Frequent words that start with the same letter and differ at most `max_distance` in length."""
        return (
            select(SearchWord.word, SearchWord.posts)
            .where(
                SearchWord.length.between(len(word) - max_distance, len(word) + max_distance),
                SearchWord.word >= word[0], SearchWord.word < chr(ord(word[0]) + 1),
            )
            .order_by(SearchWord.posts.desc()).limit(limit)
        )


class SearchSynonym(db.Model):
    """One group of equivalent expressions an administrator added: 'BRP = basisregistratie personen'."""

    __tablename__ = "search_synonyms"

    id: Mapped[int] = mapped_column(primary_key=True)
    line: Mapped[str] = mapped_column(String(MAX_SYNONYM_LINE_LENGTH), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @staticmethod
    def ordered():
        return select(SearchSynonym).order_by(SearchSynonym.id)


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
