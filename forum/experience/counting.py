"""Keeping CategoryExperience and TagExperience right: on every reply (board signal), when a
thread's tags change, and from scratch with `flask experience recount` (e.g. after threads
were moved to another theme)."""
from sqlalchemy import delete, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from forum.board.models import Post, Thread
from forum.experience.models import CategoryExperience, TagExperience
from forum.extensions import db
from forum.tags.models import ThreadTag
from forum.tags.services import tags_of_thread


def _add(model, key: str, rows: list[dict]) -> None:
    """reply_count += n for each (key, municipality) row, creating missing rows (one statement)."""
    if not rows:
        return
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(model).values(rows)
    statement = statement.on_conflict_do_update(
        index_elements=[key, "municipality_id"],
        set_={"reply_count": model.reply_count + statement.excluded.reply_count},
    )
    db.session.execute(statement)


def _thread_tag_ids(thread_id: int) -> list[int]:
    return [tag.id for tag in tags_of_thread(thread_id)]


def on_reply_created(post: Post, thread: Thread, **_) -> None:
    if post.municipality_id is None:
        return
    _add(CategoryExperience, "category_id",
         [{"category_id": thread.category_id, "municipality_id": post.municipality_id, "reply_count": 1}])
    _add(TagExperience, "tag_id", [
        {"tag_id": tag_id, "municipality_id": post.municipality_id, "reply_count": 1}
        for tag_id in _thread_tag_ids(thread.id)
    ])


def replies_per_municipality(thread_id: int) -> dict[int, int]:
    return dict(db.session.execute(
        select(Post.municipality_id, func.count())
        .where(Post.thread_id == thread_id, Post.position > 1, Post.municipality_id.is_not(None))
        .group_by(Post.municipality_id)
    ).all())


def on_tags_changed(thread: Thread, added: list[int], removed: list[int], **_) -> None:
    """A thread's replies now count for the added tags and no longer for the removed ones."""
    replies = replies_per_municipality(thread.id)
    rows = [
        {"tag_id": tag_id, "municipality_id": municipality_id, "reply_count": sign * count}
        for tag_ids, sign in ((added, 1), (removed, -1))
        for tag_id in tag_ids
        for municipality_id, count in replies.items()
    ]
    _add(TagExperience, "tag_id", rows)


def recount() -> tuple[int, int]:
    """Count everything again from the posts; returns the number of rows of both tables."""
    db.session.execute(delete(CategoryExperience))
    db.session.execute(delete(TagExperience))
    replies = (Post.position > 1) & Post.municipality_id.is_not(None)
    db.session.execute(insert(CategoryExperience).from_select(
        ["category_id", "municipality_id", "reply_count"],
        select(Thread.category_id, Post.municipality_id, func.count())
        .join(Thread, Thread.id == Post.thread_id).where(replies)
        .group_by(Thread.category_id, Post.municipality_id),
    ))
    db.session.execute(insert(TagExperience).from_select(
        ["tag_id", "municipality_id", "reply_count"],
        select(ThreadTag.tag_id, Post.municipality_id, func.count())
        .join(ThreadTag, ThreadTag.thread_id == Post.thread_id).where(replies)
        .group_by(ThreadTag.tag_id, Post.municipality_id),
    ))
    return (
        db.session.scalar(select(func.count()).select_from(CategoryExperience)),
        db.session.scalar(select(func.count()).select_from(TagExperience)),
    )
