"""Page queries for Mijn onderwerpen and Nieuw: select() statements the views paginate."""

from datetime import datetime

from sqlalchemy import and_, or_, select

from forum.board.models import Category, Thread
from forum.extensions import db
from forum.following import levels
from forum.following.models import (
    MUTED,
    TARGET_CATEGORY,
    TARGET_MUNICIPALITY,
    TARGET_THREAD,
    WATCHING,
    ThreadRead,
    Watch,
)
from forum.municipalities.models import Municipality


def followed_threads(user_id: int):
    """Threads the member follows (explicitly or by asking or replying), latest activity first."""
    return Thread.listing().join(
        Watch,
        and_(
            Watch.user_id == user_id,
            Watch.target_type == TARGET_THREAD,
            Watch.target_id == Thread.id,
            Watch.level == WATCHING,
        ),
    )


def new_threads(user_id: int, since: datetime):
    """Threads with activity since `since` that the member did not read to the end and did not mute."""
    level = levels.level_for_listing(user_id)
    read_up_to = (
        select(ThreadRead.last_read_position)
        .where(ThreadRead.user_id == user_id, ThreadRead.thread_id == Thread.id)
        .correlate(Thread)
        .scalar_subquery()
    )
    return Thread.listing().where(
        Thread.last_activity_at > since,
        or_(level.is_(None), level != MUTED),
        or_(read_up_to.is_(None), read_up_to <= Thread.reply_count),
    )


def followed_targets(user_id: int) -> dict[str, list]:
    """The categories and municipalities the member chose a level for, with that level."""
    categories = db.session.execute(
        select(Category, Watch.level)
        .join(Watch, and_(Watch.target_type == TARGET_CATEGORY, Watch.target_id == Category.id))
        .where(Watch.user_id == user_id)
        .order_by(Category.name)
    ).all()
    municipalities = db.session.execute(
        select(Municipality, Watch.level)
        .join(
            Watch,
            and_(Watch.target_type == TARGET_MUNICIPALITY, Watch.target_id == Municipality.id),
        )
        .where(Watch.user_id == user_id)
        .order_by(Municipality.name)
    ).all()
    return {"categories": categories, "municipalities": municipalities}
