"""The forum's own words, and "Bedoelde u ...?" for a word that (nearly) none of its posts holds.

search_words counts, per folded word, the posts it occurs in: raised as posts are written
and recounted by `flask search reindex` (an edit counts its post again; the reindex sets
that straight). A typed word that no post holds, or only a post or two, is matched against
the frequent words of about its length that start with the same letter.
"""
from collections import Counter

from rapidfuzz.distance import DamerauLevenshtein
from sqlalchemy import delete, insert
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from forum.extensions import db
from forum.search.backend import is_postgresql
from forum.search.models import MAX_WORD_LENGTH, SearchWord
from forum.search.text import is_meaningful, words

MIN_SUGGESTED_LENGTH = 4
MAX_DISTANCE = 2  # edits (a letter left out, added, changed or two swapped)
NEAR_WORDS = 2000  # the most frequent words of about the right length compared, per typed word
# The same typo in a post or two must not hide the correction: a word in at most RARE_POSTS
# posts is corrected into a near word that is MORE_COMMON times as frequent.
RARE_POSTS = 2
MORE_COMMON = 3


def vocabulary_words(text: str) -> set[str]:
    return {
        word for word in words(text)
        if is_meaningful(word) and word.isalpha() and MIN_SUGGESTED_LENGTH <= len(word) <= MAX_WORD_LENGTH
    }


def count_posts(connection: Connection, found: set[str]) -> None:
    """Count one more post for each of these words."""
    if not found:
        return
    rows = [{"word": word, "length": len(word), "posts": 1} for word in sorted(found)]  # sorted: no deadlocks
    statement = (postgresql_insert if is_postgresql(connection) else sqlite_insert)(SearchWord)
    connection.execute(
        statement.on_conflict_do_update(index_elements=["word"], set_={"posts": SearchWord.posts + 1}), rows
    )


def replace_counts(connection: Connection, counts: Counter) -> None:
    connection.execute(delete(SearchWord))
    rows = [{"word": word, "length": len(word), "posts": posts} for word, posts in counts.items()]
    for start in range(0, len(rows), 5000):
        connection.execute(insert(SearchWord), rows[start:start + 5000])


def _max_distance(word: str) -> int:
    return 1 if len(word) < 7 else MAX_DISTANCE


def suggestion(text: str) -> str | None:
    """The text with each word that (nearly) no post holds replaced by a frequent near word, or None."""
    typed = [word for word in dict.fromkeys(words(text)) if word in vocabulary_words(word)]
    if not typed:
        return None
    known = dict(db.session.execute(SearchWord.counts_of(typed)).all())
    corrections = {}
    for word in typed:
        posts_with_word = known.get(word, 0)
        if posts_with_word > RARE_POSTS:
            continue
        distance = _max_distance(word)
        near = db.session.execute(SearchWord.near(word, distance, NEAR_WORDS)).all()
        wanted = max(RARE_POSTS + 1, MORE_COMMON * posts_with_word) if posts_with_word else 1
        scored = [
            (DamerauLevenshtein.distance(word, candidate, score_cutoff=distance), -posts, candidate)
            for candidate, posts in near if posts >= wanted and candidate != word
        ]
        best = min((score for score in scored if score[0] <= distance), default=None)
        if best:
            corrections[word] = best[2]
    if not corrections:
        return None
    return " ".join(corrections.get(word, word) for word in words(text))
