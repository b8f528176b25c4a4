"""The forum's own words, and "Bedoelde u ...?" for a word that none of its posts holds.

search_words counts, per folded word, the visible posts it occurs in: raised as posts are
written and restored, lowered as moderators remove them, and recounted by `flask search
reindex` (an edit counts its post again; the reindex sets that straight). Words of removed
posts are never suggested: that would show what moderation took away.

A typed word that no visible post holds, as written or by its stem, is matched against the
frequent words of about its length that start with the same letter.
"""
import re
from collections import Counter

from rapidfuzz.distance import DamerauLevenshtein
from sqlalchemy import bindparam, case, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from forum.extensions import db
from forum.search.backend import is_postgresql
from forum.search.models import MAX_WORD_LENGTH, SearchWord
from forum.search.stemming import fold, stem
from forum.search.text import is_meaningful, words

MIN_SUGGESTED_LENGTH = 4
MAX_DISTANCE = 2  # edits (a letter left out, added, changed or two swapped)
NEAR_WORDS = 2000  # the most frequent words of about the right length compared, per typed word
MAX_CORRECTED_WORDS = 2
MAX_LOOKED_UP = 50
_TYPED_WORD = re.compile(r"[^\W_]+")


def vocabulary_words(text: str) -> set[str]:
    return {
        word for word in words(text)
        if is_meaningful(word) and word.isalpha() and MIN_SUGGESTED_LENGTH <= len(word) <= MAX_WORD_LENGTH
    }


def any_in_posts(folded_words: list[str]) -> bool:
    """Whether a visible post holds any of these folded words."""
    candidates = [word for word in folded_words if MIN_SUGGESTED_LENGTH <= len(word) <= MAX_WORD_LENGTH]
    return bool(candidates) and db.session.scalar(
        select(SearchWord.word).where(SearchWord.word.in_(candidates[:MAX_LOOKED_UP])).limit(1)) is not None


def count_posts(connection: Connection, counts: Counter) -> None:
    """Count more posts for these words: each by the number of posts it is in."""
    if not counts:
        return
    rows = [{"word": word, "length": len(word), "posts": posts} for word, posts in sorted(counts.items())]  # sorted: no deadlocks
    statement = (postgresql_insert if is_postgresql(connection) else sqlite_insert)(SearchWord)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=["word"], set_={"posts": SearchWord.posts + statement.excluded.posts}
        ),
        rows,
    )


def uncount_posts(connection: Connection, counts: Counter) -> None:
    """Count fewer posts for these words; a word no visible post holds any more is dropped."""
    if not counts:
        return
    rows = [{"counted_word": word, "fewer": posts} for word, posts in sorted(counts.items())]
    fewer = bindparam("fewer")
    connection.execute(
        update(SearchWord).where(SearchWord.word == bindparam("counted_word"))
        .values(posts=case((SearchWord.posts > fewer, SearchWord.posts - fewer), else_=0)),
        rows,
    )
    connection.execute(delete(SearchWord).where(SearchWord.word.in_(list(counts)), SearchWord.posts == 0))


def replace_counts(connection: Connection, counts: Counter) -> None:
    connection.execute(delete(SearchWord))
    rows = [{"word": word, "length": len(word), "posts": posts} for word, posts in counts.items()]
    for start in range(0, len(rows), 5000):
        connection.execute(insert(SearchWord), rows[start:start + 5000])


def _max_distance(word: str) -> int:
    return 1 if len(word) < 7 else MAX_DISTANCE


def _nearest(word: str) -> str | None:
    """The most frequent word of the forum within a few edits of this one, or None."""
    distance = _max_distance(word)
    near = db.session.execute(SearchWord.near(word, distance, NEAR_WORDS)).all()
    scored = (
        (DamerauLevenshtein.distance(word, candidate, score_cutoff=distance), -posts, candidate)
        for candidate, posts in near if candidate != word
    )
    best = min((score for score in scored if score[0] <= distance), default=None)
    return best[2] if best else None


def _as_typed(text: str, corrections: dict[str, str]) -> str:
    """The text as typed (quotes, -signs, capitals), with only the corrected words replaced."""
    def replace(match: re.Match) -> str:
        typed = match.group()
        corrected = corrections.get(fold(typed))
        if corrected is None:
            return typed
        if typed.isupper() and len(typed) > 1:
            return corrected.upper()
        return corrected[:1].upper() + corrected[1:] if typed[:1].isupper() else corrected
    return _TYPED_WORD.sub(replace, text)


def suggestion(text: str, names: frozenset[str] = frozenset(), found=lambda words: set()) -> str | None:
    """The text as typed with each word that no post holds replaced by a frequent near word, or None.

    Never changed: a word some visible post holds as written, or by its stem (`found`: the
    words the index finds), or a word of a recognised name (`names`: their terms).
    """
    typed = [
        word for word in dict.fromkeys(words(text))
        if word in vocabulary_words(word) and stem(word) not in names
    ]
    if not typed:
        return None
    held = {word for word, posts in db.session.execute(SearchWord.counts_of(typed)).all() if posts > 0}
    unknown = [word for word in typed if word not in held]
    if unknown:
        in_index = found(unknown)  # one statement for all of them
        unknown = [word for word in unknown if word not in in_index]
    # Several unknown words are rarely typos of one text (another language, random keys):
    # guessing each would cost a query per word and make a line of nonsense.
    if not unknown or len(unknown) > MAX_CORRECTED_WORDS:
        return None
    corrections = {word: near for word in unknown if (near := _nearest(word))}
    return _as_typed(text, corrections) if corrections else None
