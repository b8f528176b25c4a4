"""Choosing a thread's tags: normalized, limited, created on first use, counted."""
from flask import abort, g
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from forum.board.listing import threads_with_ids
from forum.board.models import Thread
from forum.pagination import CountedPagination, requested_page
from forum.extensions import db
from forum.tags.models import MAX_TAGS_PER_THREAD, TAG_MAX_LENGTH, TAG_MIN_LENGTH, Tag, ThreadTag
from forum.tags.signals import thread_tags_changed
from forum.text import slugify


# Longer than any slug normalize_tag makes: such a URL names no tag and is not looked up.
SLUG_MAX = TAG_MAX_LENGTH + 1


class TagError(ValueError):
    """Tags that cannot be used; the message (Dutch) says why."""


def normalize_tag(name: str) -> str:
    """'Omgevingswet ' -> 'omgevingswet'; 'Energie Transitie' -> 'energie-transitie'."""
    return slugify(name)[:TAG_MAX_LENGTH + 1]


def parse_tags(text: str | None) -> list[str]:
    """Comma-separated names as slugs, without duplicates; raises TagError when they cannot be used."""
    slugs = []
    for name in (text or "").split(","):
        if not name.strip():
            continue
        slug = normalize_tag(name)
        if not TAG_MIN_LENGTH <= len(slug) <= TAG_MAX_LENGTH:
            raise TagError(
                f"De tag '{name.strip()[:50]}' moet {TAG_MIN_LENGTH} tot {TAG_MAX_LENGTH} letters of cijfers lang zijn."
            )
        if slug not in slugs:
            slugs.append(slug)
    if len(slugs) > MAX_TAGS_PER_THREAD:
        raise TagError(f"Gebruik hoogstens {MAX_TAGS_PER_THREAD} tags.")
    return slugs


def _tag_for(slug: str) -> Tag:
    tag = db.session.scalar(Tag.by_slug(slug))
    if tag is not None:
        return tag
    try:
        with db.session.begin_nested():  # someone may create the same tag at this moment
            tag = Tag(slug=slug)
            db.session.add(tag)
    except IntegrityError:
        tag = db.session.scalar(Tag.by_slug(slug))
    return tag


def tag_or_404(slug: str) -> Tag:
    tag = db.session.scalar(Tag.by_slug(slug)) if len(slug) <= SLUG_MAX else None
    if tag is None:
        abort(404)
    return tag


def tags_of_thread(thread_id: int) -> list[Tag]:
    """The thread's tags by name, read once per request: the thread page, its follow control,
    notification fan-out and the experience counters all ask. set_thread_tags forgets them."""
    known = g.setdefault("thread_tags", {})
    if thread_id not in known:
        known[thread_id] = db.session.scalars(Tag.of_thread(thread_id)).all()
    return known[thread_id]


def set_thread_tags(thread: Thread, slugs: list[str]) -> bool:
    """Give the thread exactly these tags, keeping each tag's thread count right; True if changed."""
    current = dict(db.session.execute(
        select(Tag.slug, Tag.id).join(ThreadTag, ThreadTag.tag_id == Tag.id).where(ThreadTag.thread_id == thread.id)
    ).all())
    removed = [tag_id for slug, tag_id in current.items() if slug not in slugs]
    added = [_tag_for(slug) for slug in slugs if slug not in current]
    if removed:
        db.session.execute(delete(ThreadTag).where(ThreadTag.thread_id == thread.id, ThreadTag.tag_id.in_(removed)))
        db.session.execute(update(Tag).where(Tag.id.in_(removed)).values(thread_count=Tag.thread_count - 1))
    if added:
        db.session.add_all(
            ThreadTag(thread_id=thread.id, tag_id=tag.id, last_activity_at=thread.last_activity_at) for tag in added
        )
        db.session.execute(
            update(Tag).where(Tag.id.in_([tag.id for tag in added])).values(thread_count=Tag.thread_count + 1)
        )
    db.session.flush()
    g.get("thread_tags", {}).pop(thread.id, None)
    if removed or added:
        thread_tags_changed.send(thread, added=[tag.id for tag in added], removed=removed)
    return bool(removed or added)


def tag_names_of(thread: Thread) -> str:
    """The thread's tags as the form shows them: 'bio2, ensia'."""
    return ", ".join(db.session.scalars(select(Tag.slug).join(ThreadTag).where(ThreadTag.thread_id == thread.id).order_by(Tag.slug)))


SUGGESTED_TAGS = 200


def tag_suggestions() -> list[str]:
    """The most used tags, offered in the tag field's list."""
    return list(db.session.scalars(Tag.popular().with_only_columns(Tag.slug).limit(SUGGESTED_TAGS)))


def tag_threads(tag: Tag, filters: list, per_page: int) -> CountedPagination:
    """A page of the visible threads with `tag`, newest activity first, read in the order of
    the index (tag_id, last_activity_at, thread_id); `filters` narrow it (solved or open)."""
    visible = [ThreadTag.tag_id == tag.id, Thread.deleted_at.is_(None), *filters]
    with_tag = select(ThreadTag.thread_id).join(Thread, Thread.id == ThreadTag.thread_id).where(*visible)

    def items(offset: int, limit: int) -> list[Thread]:
        newest_first = with_tag.order_by(ThreadTag.last_activity_at.desc(), ThreadTag.thread_id.desc())
        return threads_with_ids(db.session.scalars(newest_first.offset(offset).limit(limit)).all())

    total = tag.thread_count if not filters else db.session.scalar(select(func.count()).select_from(with_tag.subquery()))
    return CountedPagination(page=requested_page(), per_page=per_page, items=items, total=total)
