"""What search keeps beside its full-text index: the words of the forum and the synonyms
administrators added."""
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, String, select
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
