"""One page of a category's threads that costs the same at a thousand threads as at a million.

A domain lists the threads of all its themes. Sorting them all to show 25 grows with the forum;
instead each category reads only its first `offset + per_page` ids from the index
(category_id, is_pinned, last_activity_at, id), and the few that are read are merged. The total
comes from the denormalized counter, not from COUNT(*) over every row.
"""
from sqlalchemy import func, select, union_all

from forum.board.models import Category, Thread
from forum.extensions import db
from forum.pagination import CountedPagination, requested_page

_ORDER = (Thread.is_pinned.desc(), Thread.last_activity_at.desc(), Thread.id.desc())


def category_threads(categories: list[Category], filters: list, per_page: int) -> CountedPagination:
    """A page of the visible threads in `categories` (a theme, or a domain and its themes),
    pinned first, then newest activity; `filters` narrow it (solved or open)."""
    conditions = [Thread.deleted_at.is_(None), *filters]
    category_ids = [category.id for category in categories]

    def items(offset: int, limit: int) -> list[Thread]:
        return threads_with_ids(_newest_ids(category_ids, conditions, offset, limit), pinned_first=True)

    if not filters:
        # Every visible thread of a domain is counted in the domain's own counter.
        total = categories[0].thread_count
    else:
        total = db.session.scalar(
            select(func.count()).select_from(Thread).where(Thread.category_id.in_(category_ids), *conditions)
        )
    return CountedPagination(page=requested_page(), per_page=per_page, items=items, total=total)


def threads_with_ids(ids: list[int], pinned_first: bool = False) -> list[Thread]:
    """The threads of one page, once their ids are known, with what a list row shows."""
    if not ids:
        return []
    return db.session.scalars(Thread.listing(pinned_first=pinned_first).where(Thread.id.in_(ids))).unique().all()


def _newest_ids(category_ids: list[int], conditions: list, offset: int, limit: int) -> list[int]:
    wanted = offset + limit
    per_category = [
        select(Thread.id, Thread.is_pinned, Thread.last_activity_at)
        .where(Thread.category_id == category_id, *conditions)
        .order_by(*_ORDER).limit(wanted).subquery()
        for category_id in category_ids
    ]
    merged = union_all(*(select(part) for part in per_category)).subquery()
    return db.session.scalars(
        select(merged.c.id)
        .order_by(merged.c.is_pinned.desc(), merged.c.last_activity_at.desc(), merged.c.id.desc())
        .offset(offset).limit(limit)
    ).all()



SOLVED, UNSOLVED, UNANSWERED = "opgelost", "open", "onbeantwoord"


def solved_condition(status: str | None) -> list:
    """The condition for ?status=opgelost, open or onbeantwoord (no reply yet) on a list of
    threads; [] for anything else."""
    if status == SOLVED:
        return [Thread.solution_post_id.is_not(None)]
    if status == UNSOLVED:
        return [Thread.solution_post_id.is_(None)]
    if status == UNANSWERED:
        return [Thread.reply_count == 0]
    return []


def solved_filter(status: str | None) -> tuple[list, str | None]:
    """The conditions for `status`, and the status that applies (None lists all)."""
    conditions = solved_condition(status)
    return conditions, status if conditions else None
