"""Questions like the one being asked: shown while the title is typed, and before posting."""
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.board.models import Thread
from forum.extensions import db
from forum.search import backend
from forum.search.text import terms

SIMILAR_COUNT = 5
# Titles shorter than this say too little to compare.
MIN_TERMS = 1
MAX_TERMS = 20
COMMON_TERM_THREADS = 1000
CANDIDATES = 1000  # when only common words remain: the newest matching threads are ranked
REMOVED_SLACK = 20


def similar_threads(title: str, body: str = "", limit: int = SIMILAR_COUNT) -> list[Thread]:
    """The `limit` threads whose title and question share the most (and rarest) words with these."""
    wanted = list(dict.fromkeys(terms(title) + terms(body)))[:MAX_TERMS]
    if len(wanted) < MIN_TERMS:
        return []
    connection = db.session.connection()
    # A word in thousands of threads says little about likeness and would make every one of
    # those threads a candidate to rank; leave such words out while rarer ones remain.
    frequencies = backend.thread_frequencies(connection, wanted, COMMON_TERM_THREADS)
    distinctive = [term for term in wanted if frequencies[term] < COMMON_TERM_THREADS] or wanted
    index = backend.thread_index(connection, distinctive)
    candidates = (
        select(index.row_id.label("thread_id"), index.score.label("score"))
        .select_from(index.table).where(index.matches)
        .order_by(index.row_id.desc()).limit(CANDIDATES).subquery("candidates")
    )
    # Rank before joining threads: joining all candidates made PostgreSQL scan every thread.
    # The few extra rows make room for removed threads, which the index still holds.
    best = (
        select(candidates).order_by(candidates.c.score, candidates.c.thread_id.desc())
        .limit(limit + REMOVED_SLACK).subquery("best")
    )
    statement = (
        select(Thread).join(best, best.c.thread_id == Thread.id)
        .where(Thread.deleted_at.is_(None))
        .options(joinedload(Thread.municipality), joinedload(Thread.category))
        .order_by(best.c.score, Thread.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(statement).unique())


def similar_before_posting(form) -> list[Thread]:
    """The similar questions to show once for this title before it is posted, else [].

    The ask form remembers (hidden field) for which title they were shown, with or without
    script; a changed title shows them again.
    """
    title = " ".join((form.title.data or "").split())
    if form.similar_checked.data == title:
        return []
    form.similar_checked.data = title
    from forum.search.hybrid import related_to_text  # hybrid builds on this module

    return related_to_text(title)
