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


def similar_threads(title: str, body: str = "", limit: int = SIMILAR_COUNT) -> list[Thread]:
    """The `limit` threads whose title and question share the most (and rarest) words with these."""
    wanted = list(dict.fromkeys(terms(title) + terms(body)))[:MAX_TERMS]
    if len(wanted) < MIN_TERMS:
        return []
    matches = backend.thread_matches(db.session.connection(), wanted)
    statement = (
        select(Thread).join(matches, matches.c.thread_id == Thread.id)
        .options(joinedload(Thread.municipality), joinedload(Thread.category))
        .order_by(matches.c.score, Thread.id.desc())
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
    return similar_threads(title)
