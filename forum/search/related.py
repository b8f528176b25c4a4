"""Related questions on the board's pages: the thread page's "Vergelijkbare vragen" and the
similar questions shown once on the ask form before posting."""
import time

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import joinedload
from wtforms import HiddenField

from forum.board import hooks
from forum.board.models import Thread
from forum.extensions import db
from forum.search.hybrid import related_to_text, related_to_thread

# What is related to a thread changes slowly; a busy thread page must not rank on every view.
CACHE_SECONDS = 600
CACHE_SIZE = 5000


def _cache() -> dict[int, tuple[float, list[int]]]:
    return current_app.extensions.setdefault("related_threads", {})


def related_threads(thread: Thread) -> list[Thread]:
    """Ranked once per CACHE_SECONDS per thread; in between, one statement reads the threads."""
    cache = _cache()
    cached = cache.get(thread.id)
    now = time.monotonic()
    if cached and now - cached[0] < CACHE_SECONDS:
        ids = cached[1]
        found = db.session.scalars(
            select(Thread).where(Thread.id.in_(ids), Thread.deleted_at.is_(None))
            .options(joinedload(Thread.municipality), joinedload(Thread.category))
        ).unique().all() if ids else []
        order = {thread_id: position for position, thread_id in enumerate(ids)}
        return sorted(found, key=lambda each: order[each.id])
    related = related_to_thread(thread)
    if related is None:  # no vector yet: nothing to show, and nothing to keep for ten minutes
        return []
    if len(cache) >= CACHE_SIZE:
        cache.clear()
    cache[thread.id] = (now, [each.id for each in related])
    return related


@hooks.page_context("thread")
def _related_threads(thread: Thread, page: int = 1, **_) -> dict:
    if page != 1 or thread.is_deleted:
        return {}
    return {"related_threads": related_threads(thread)}


hooks.page_fragment("thread", "after_posts", "search/_related.html", order=50)


def similar_before_posting(form) -> list[Thread]:
    """The similar questions to show once for this title before it is posted, else [].

    The ask form remembers (hidden field) for which title they were shown, with or without
    script; a changed title shows them again. Questions in the chosen theme come first.
    """
    title = " ".join((form.title.data or "").split())
    if form.similar_checked.data == title:
        return []
    form.similar_checked.data = title
    return related_to_text(title, themes=[form.category.data] if form.category.data else [])


@hooks.page_context("ask")
def _similar_on_ask(form, valid, **_) -> dict:
    """A valid question is held back once while similar ones exist; a preview shows them too."""
    if not valid:
        return {}
    similar = similar_before_posting(form)
    return {"similar": similar, "hold_back": bool(similar) and not form.wants_preview}


# The title for which similar questions were shown, so that they are shown once.
hooks.form_field("ask", "similar_checked", HiddenField)
hooks.page_fragment("ask", "after_title", "search/_similar_on_ask.html")
