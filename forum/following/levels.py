"""Which level decides for a member and a thread: the most specific one they set.

From most to least specific: the thread itself, one of its tags, its theme, its
domain, the municipality that asked it. A member who follows a thread
explicitly hears about it even in a muted category; a muted theme silences a
followed domain. Among several tags, 'negeren' wins, then 'volgen'.
"""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, case, false, func, or_, select

from forum.board.models import Category, Thread
from forum.extensions import db
from forum.following.models import (
    FIRST_POST,
    MUTED,
    NORMAL,
    TARGET_CATEGORY,
    TARGET_MUNICIPALITY,
    TARGET_TAG,
    TARGET_THREAD,
    WATCHING,
    Watch,
)

RANK_THREAD, RANK_TAG, RANK_THEME, RANK_DOMAIN, RANK_MUNICIPALITY = 5, 4, 3, 2, 1
# Equal rank (several tags): the quiet choice first, then the loud ones.
_TIE_ORDER = {MUTED: 0, WATCHING: 1, FIRST_POST: 2, NORMAL: 3}

# Where a thread's tag ids come from: registered when the app starts (forum/following/receivers.py).
_tag_sources: list[Callable[[Thread], list[int]]] = []


def register_tag_source(source: Callable[[Thread], list[int]]) -> None:
    if source not in _tag_sources:  # every app created (tests make many) registers again
        _tag_sources.append(source)


@dataclass(frozen=True)
class Target:
    type: str
    id: int
    rank: int


def thread_targets(thread: Thread, include_thread: bool = True) -> list[Target]:
    """Everything a member can set a level on that this thread belongs to."""
    targets = [Target(TARGET_THREAD, thread.id, RANK_THREAD)] if include_thread else []
    targets += [
        Target(TARGET_TAG, tag_id, RANK_TAG) for source in _tag_sources for tag_id in source(thread)
    ]
    category = thread.category
    if category.is_theme:
        targets += [
            Target(TARGET_CATEGORY, category.id, RANK_THEME),
            Target(TARGET_CATEGORY, category.parent_id, RANK_DOMAIN),
        ]
    else:
        targets.append(Target(TARGET_CATEGORY, category.id, RANK_DOMAIN))
    if thread.municipality_id:
        targets.append(Target(TARGET_MUNICIPALITY, thread.municipality_id, RANK_MUNICIPALITY))
    return targets


def _is(target: Target):
    return and_(Watch.target_type == target.type, Watch.target_id == target.id)


def _tie():
    return case(_TIE_ORDER, value=Watch.level, else_=len(_TIE_ORDER))


def deciding_watches(targets: list[Target]):
    """Per member, the one watch among `targets` that decides (a subquery with user_id and level)."""
    rank = case(*((_is(target), target.rank) for target in targets), else_=0)
    ranked = (
        select(
            Watch.user_id,
            Watch.level,
            func.row_number()
            .over(partition_by=Watch.user_id, order_by=(rank.desc(), _tie()))
            .label("place"),
        )
        .where(or_(*(_is(target) for target in targets)) if targets else false())
        .subquery()
    )
    return select(ranked.c.user_id, ranked.c.level).where(ranked.c.place == 1).subquery("deciding")


@dataclass(frozen=True)
class Decision:
    """A member's level for a thread and the watch it comes from (None: nothing set, normaal)."""

    level: str
    target: Target | None

    @property
    def is_muted(self) -> bool:
        return self.level == MUTED


def decide(watches: list[Watch], targets: list[Target]) -> Decision:
    by_key = {(target.type, target.id): target for target in targets}
    best = None
    for watch in watches:
        target = by_key.get((watch.target_type, watch.target_id))
        if target is None:
            continue
        key = (-target.rank, _TIE_ORDER[watch.level])
        if best is None or key < best[0]:
            best = (key, watch.level, target)
    return Decision(best[1], best[2]) if best else Decision(NORMAL, None)


def decisions_for(user_ids, targets: list[Target]) -> dict[int, Decision]:
    """The deciding level of each member in `user_ids`, in one query."""
    user_ids = set(user_ids)
    if not user_ids:
        return {}
    watches = db.session.scalars(
        select(Watch).where(Watch.user_id.in_(user_ids), or_(*(_is(target) for target in targets)))
    ).all()
    per_user: dict[int, list[Watch]] = {user_id: [] for user_id in user_ids}
    for watch in watches:
        per_user[watch.user_id].append(watch)
    return {user_id: decide(found, targets) for user_id, found in per_user.items()}


def level_for_listing(user_id: int):
    """The member's deciding level for each Thread row of a query, as a correlated column.

    One unique-index lookup per target, most specific first.
    """
    domain_id = (
        select(Category.parent_id)
        .where(Category.id == Thread.category_id)
        .correlate(Thread)
        .scalar_subquery()
    )

    def level_on(target_type, target_id):
        return (
            select(Watch.level)
            .where(
                Watch.user_id == user_id,
                Watch.target_type == target_type,
                Watch.target_id == target_id,
            )
            .correlate(Thread)
            .scalar_subquery()
        )

    return func.coalesce(
        level_on(TARGET_THREAD, Thread.id),
        level_on(TARGET_CATEGORY, Thread.category_id),
        level_on(TARGET_CATEGORY, domain_id),
        level_on(TARGET_MUNICIPALITY, Thread.municipality_id),
    )
