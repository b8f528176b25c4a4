"""One page of all questions in the chosen order, read through an index for each order.

Every order is an index walk (see Thread.__table_args__): ids first, then the rows of one page.
Without filters the total comes from the domains' counters, not from COUNT(*) over every thread.
"""
from sqlalchemy import func, select

from forum.board.listing import threads_with_ids
from forum.board.models import Category, Thread
from forum.extensions import db
from forum.pagination import CountedPagination, requested_page

NEWEST, ACTIVE, UNANSWERED_FIRST, HELPFUL = "nieuw", "actief", "onbeantwoord", "nuttig"
SORTS = (NEWEST, ACTIVE, UNANSWERED_FIRST, HELPFUL)
DEFAULT_SORT = NEWEST

_ORDERS = {
    NEWEST: (Thread.created_at.desc(), Thread.id.desc()),
    ACTIVE: (Thread.last_activity_at.desc(), Thread.id.desc()),
    HELPFUL: (Thread.helpful_count.desc(), Thread.last_activity_at.desc(), Thread.id.desc()),
}


def chosen_sort(value: str | None) -> str:
    """?sorteer=; anything unknown means the default, never an error."""
    return value if value in SORTS else DEFAULT_SORT


def question_page(conditions: list, sort: str, per_page: int) -> CountedPagination:
    """A page of the visible questions matching `conditions`, in the order `sort`."""
    conditions = [Thread.deleted_at.is_(None), *conditions]

    def items(offset: int, limit: int) -> list[Thread]:
        if sort == UNANSWERED_FIRST:
            ids = _unanswered_first_ids(conditions, offset, limit)
        else:
            ids = _ids(conditions, _ORDERS[sort], offset, limit)
        by_id = {thread.id: thread for thread in threads_with_ids(ids)}
        return [by_id[thread_id] for thread_id in ids if thread_id in by_id]

    return CountedPagination(page=requested_page(), per_page=per_page, items=items,
                             total=_total(conditions))


def _ids(conditions: list, order, offset: int, limit: int) -> list[int]:
    if limit <= 0:
        return []
    return db.session.scalars(
        select(Thread.id).where(*conditions).order_by(*order).offset(offset).limit(limit)
    ).all()


def _unanswered_first_ids(conditions: list, offset: int, limit: int) -> list[int]:
    """The questions without a reply (newest first), then the others (newest first): two walks
    of an index rather than one sort over every thread."""
    unanswered = _count([*conditions, Thread.reply_count == 0])
    first = _ids([*conditions, Thread.reply_count == 0], _ORDERS[NEWEST], offset, limit)
    rest = _ids([*conditions, Thread.reply_count > 0], _ORDERS[NEWEST],
                max(0, offset - unanswered), limit - len(first))
    return [*first, *rest]


def _total(conditions: list) -> int:
    if len(conditions) == 1:
        # Every visible thread is counted in its domain's counter.
        return db.session.scalar(select(func.coalesce(func.sum(Category.thread_count), 0))
                                 .where(Category.is_domain))
    return _count(conditions)


def _count(conditions: list) -> int:
    return db.session.scalar(select(func.count()).select_from(Thread).where(*conditions))
