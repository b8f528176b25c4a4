"""Questions like the one being asked, by their words: the lexical list that forum.search.hybrid
fuses with the meaning-based one."""
from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import joinedload

from forum.board.models import Thread
from forum.extensions import db
from forum.search import backend
from forum.search.synonyms import current_thesaurus
from forum.search.text import is_meaningful, part_terms, stem, words

SIMILAR_COUNT = 5
# Titles shorter than this say too little to compare.
MIN_TERMS = 1
MAX_TERMS = 20  # of the text itself; compound parts and synonyms come on top
MAX_EXPANDED_TERMS = 40
COMMON_TERM_THREADS = 1000
CANDIDATES = 1000  # for the last resort: the newest threads sharing any word
REMOVED_SLACK = 20


def wanted_terms(title: str, body: str = "") -> list[str]:
    """The terms to compare by: the text's own, then its compounds' parts, then synonyms."""
    typed = list(dict.fromkeys(word for word in words(f"{title}\n{body}") if is_meaningful(word)))[:MAX_TERMS]
    own = [stem(word) for word in typed]
    parts = [term for word in typed for term in part_terms(word)]
    synonyms = current_thesaurus().expanded(own)
    return list(dict.fromkeys(own + parts + synonyms))[:MAX_EXPANDED_TERMS]


def _round(index: backend.IndexQuery, number: int, count: int, newest: int | None = None):
    """The `count` best threads of one round, as (thread_id, round, score) rows."""
    matching = select(index.row_id.label("thread_id"), index.score.label("score")).select_from(index.table)
    matching = matching.where(index.matches)
    if newest:
        matching = matching.order_by(index.row_id.desc()).limit(newest)
    candidates = matching.subquery(f"candidates{number}")
    best = (
        select(candidates.c.thread_id, literal(number).label("round"), candidates.c.score)
        .order_by(candidates.c.score, candidates.c.thread_id.desc()).limit(count)
        .subquery(f"round{number}")
    )
    return select(best.c.thread_id, best.c["round"], best.c.score)


def _rounds(terms: list[str], count: int) -> list:
    """The statements that find candidates, best first, in up to three rounds.

    1. Threads sharing a distinctive word (in fewer than COMMON_TERM_THREADS threads): all of
       them are ranked, as there are few. A word found in no thread is not distinctive: it
       says nothing about any thread, and must not push out the words that do match.
    2. When those may be too few: threads holding every word that occurs, ranked among all
       threads, so that an old question that shares only common words is still found.
    3. Then as a last resort the newest CANDIDATES threads sharing any word.
    """
    connection = db.session.connection()
    # A word in thousands of threads says little about likeness and would make every one of
    # those threads a candidate to rank; leave such words out while rarer ones remain.
    frequencies = backend.thread_frequencies(connection, terms, COMMON_TERM_THREADS)
    present = [term for term in terms if frequencies[term]]
    if not present:
        return []
    distinctive = [term for term in present if frequencies[term] < COMMON_TERM_THREADS]
    rounds = []
    if distinctive:
        rounds.append(_round(backend.thread_index(connection, distinctive), 1, count))
        if sum(frequencies[term] for term in distinctive) >= count:
            return rounds
    rounds.append(_round(backend.thread_index(connection, present, every_term=True), 2, count))
    rounds.append(_round(backend.thread_index(connection, present), 3, count, newest=CANDIDATES))
    return rounds


def similar_threads(title: str, body: str = "", limit: int = SIMILAR_COUNT) -> list[Thread]:
    """The `limit` threads whose title and question share the most (and rarest) words with these."""
    terms = wanted_terms(title, body)
    if len(terms) < MIN_TERMS:
        return []
    # The few extra rows make room for removed threads, which the index still holds.
    rounds = _rounds(terms, limit + REMOVED_SLACK)
    if not rounds:
        return []
    found = union_all(*rounds).subquery("found") if len(rounds) > 1 else rounds[0].subquery("found")
    # A thread found in several rounds counts in the first.
    first = (
        select(found.c.thread_id, func.min(found.c["round"]).label("round"), func.min(found.c.score).label("score"))
        .group_by(found.c.thread_id).subquery("first")
    )
    # Rank before joining threads: joining all candidates made PostgreSQL scan every thread.
    statement = (
        select(Thread).join(first, first.c.thread_id == Thread.id)
        .where(Thread.deleted_at.is_(None))
        .options(joinedload(Thread.municipality), joinedload(Thread.category))
        .order_by(first.c["round"], first.c.score, Thread.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(statement).unique())

