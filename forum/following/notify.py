"""Who hears about a new thread, reply, mention, solution or approval: notifications and instant mails.

Fan-out to watchers is one INSERT ... SELECT however many members watch (a busy
category has thousands); only the few people named personally (mentioned, the
asker) are looked at one by one. Everything runs inside the transaction of the
post: a rolled-back post notifies nobody and mails nobody.
"""

from sqlalchemy import DateTime, Integer, String, and_, exists, func, insert, literal, not_, select

from forum.accounts.models import STATUS_ACTIVE, User
from forum.board.models import Post, Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.following import levels
from forum.accounts.mentions import mentioned_in, mentioned_in_markdown
from forum.following.models import (
    DEFAULT_MAIL_FREQUENCY,
    FIRST_POST,
    KIND_ACCOUNT_APPROVED,
    KIND_MENTION,
    KIND_NEW_THREAD,
    KIND_QUESTION_REPLY,
    KIND_REPLY,
    KIND_SOLUTION,
    MAIL_INSTANT,
    MAILED_KINDS,
    TARGET_THREAD,
    WATCHING,
    Notification,
    NotificationSettings,
    ThreadRead,
    Watch,
)
from forum.following.upsert import insert_or_update
from forum.mail import queue_notification_mails


def on_thread_created(thread: Thread, post: Post) -> None:
    now = post.created_at
    follow_own_thread(post.author_id, thread.id, now)
    mark_read(post.author_id, thread.id, post.position, now)
    mentioned = mentioned_in(post.body_html)
    _notify_personally(post, thread, dict.fromkeys(mentioned, KIND_MENTION), at=post.created_at)
    _fan_out(
        thread,
        post,
        KIND_NEW_THREAD,
        levels.thread_targets(thread, include_thread=False),
        (WATCHING, FIRST_POST),
    )
    queue_instant_mails(post_id=post.id)


def on_reply_created(post: Post, thread: Thread) -> None:
    now = post.created_at
    follow_own_thread(post.author_id, thread.id, now)
    mark_read(post.author_id, thread.id, post.position, now)
    personal = {thread.author_id: KIND_QUESTION_REPLY} if thread.author_id else {}
    personal.update({user_id: KIND_MENTION for user_id in mentioned_in(post.body_html)})
    _notify_personally(post, thread, personal, at=post.created_at)
    _fan_out(thread, post, KIND_REPLY, levels.thread_targets(thread), (WATCHING,))
    queue_instant_mails(post_id=post.id)


def on_post_edited(post: Post, previous_markdown: str) -> None:
    """Members mentioned for the first time in an edit hear about it; the others already did."""
    added = mentioned_in(post.body_html) - mentioned_in_markdown(previous_markdown)
    if added:
        _notify_personally(post, post.thread, {user_id: KIND_MENTION for user_id in added})
        queue_instant_mails(post_id=post.id)


def notify_solution_marked(post: Post, marked_by: User | None = None) -> Notification | None:
    """Tell the author of `post` it was marked as the solution (called by the solutions feature)."""
    if post.author_id is None or (marked_by is not None and marked_by.id == post.author_id):
        return None
    created = _notify_personally(
        post,
        post.thread,
        {post.author_id: KIND_SOLUTION},
        actor_id=marked_by.id if marked_by else None,
    )
    if not created:
        return None
    queue_instant_mails(post_id=post.id)
    return db.session.scalar(
        select(Notification).where(
            Notification.post_id == post.id,
            Notification.user_id == post.author_id,
            Notification.kind == KIND_SOLUTION,
        )
    )


def notify_account_approved(user: User, moderator: User | None = None) -> Notification:
    """A welcome in the bell; the approval mail itself goes out with the moderation service."""
    notification = Notification(
        user_id=user.id,
        kind=KIND_ACCOUNT_APPROVED,
        actor_id=moderator.id if moderator else None,
        created_at=utcnow(),
    )
    db.session.add(notification)
    db.session.flush()
    return notification


def follow_own_thread(user_id: int | None, thread_id: int, now) -> None:
    """Asking or replying follows the thread, unless the member turned that off or chose a level already."""
    if user_id is None:
        return
    wants_it = func.coalesce(
        select(NotificationSettings.follow_own_threads)
        .where(NotificationSettings.user_id == user_id)
        .scalar_subquery(),
        True,
    )
    statement = (
        insert_or_update(Watch)
        .from_select(
            ["user_id", "target_type", "target_id", "level", "updated_at"],
            select(
                literal(user_id, Integer),
                literal(TARGET_THREAD, String),
                literal(thread_id, Integer),
                literal(WATCHING, String),
                literal(now, DateTime),
            ).where(wants_it.is_(True)),
        )
        .on_conflict_do_nothing(index_elements=["user_id", "target_type", "target_id"])
    )
    db.session.execute(statement)


def mark_read(user_id: int | None, thread_id: int, position: int, now) -> bool:
    """Move the member's read position forward to `position` (never back); True if it moved."""
    if user_id is None:
        return False
    statement = insert_or_update(ThreadRead).values(
        user_id=user_id,
        thread_id=thread_id,
        last_read_position=position,
        updated_at=now,
    )
    statement = statement.on_conflict_do_update(
        index_elements=["user_id", "thread_id"],
        set_={"last_read_position": statement.excluded.last_read_position, "updated_at": now},
        where=ThreadRead.last_read_position < statement.excluded.last_read_position,
    )
    # RETURNING, because drivers disagree on the rowcount of INSERT ... ON CONFLICT.
    moved = db.session.execute(statement.returning(ThreadRead.last_read_position)).scalar()
    return moved is not None


_POST_AUTHOR = object()  # the default actor: whoever wrote the post


def _notify_personally(
    post: Post, thread: Thread, kinds: dict[int, str], actor_id=_POST_AUTHOR, at=None
) -> int:
    """Notify the named members (not the actor, nobody inactive, nobody who muted it); one INSERT.

    `at` is when it happened: the post's time for a new post, now for an edit or a solution.
    """
    at = at or utcnow()
    actor_id = post.author_id if actor_id is _POST_AUTHOR else actor_id
    wanted = {user_id for user_id in kinds if user_id and user_id != actor_id}
    if not wanted:
        return 0
    active = set(
        db.session.scalars(select(User.id).where(User.id.in_(wanted), User.status == STATUS_ACTIVE))
    )
    already = set(
        db.session.scalars(
            select(Notification.user_id).where(
                Notification.post_id == post.id, Notification.user_id.in_(active)
            )
        )
    )
    decisions = levels.decisions_for(active - already, levels.thread_targets(thread))
    rows = [
        {
            "user_id": user_id,
            "kind": kinds[user_id],
            "thread_id": thread.id,
            "post_id": post.id,
            "actor_id": actor_id,
            "created_at": at,
        }
        for user_id, decision in decisions.items()
        if not decision.is_muted
    ]
    if rows:
        db.session.execute(insert(Notification), rows)
    return len(rows)


def _fan_out(thread: Thread, post: Post, kind: str, targets, notify_levels) -> None:
    """Everyone whose deciding level is in `notify_levels`: one INSERT ... SELECT."""
    deciding = levels.deciding_watches(targets)
    told = exists().where(
        Notification.post_id == post.id, Notification.user_id == deciding.c.user_id
    )
    watchers = (
        select(
            deciding.c.user_id,
            literal(kind, String),
            literal(thread.id, Integer),
            literal(post.id, Integer),
            literal(post.author_id, Integer),
            literal(post.created_at, DateTime),
        )
        .join(User, and_(User.id == deciding.c.user_id, User.status == STATUS_ACTIVE))
        .where(deciding.c.level.in_(notify_levels), not_(told))
    )
    if post.author_id is not None:
        watchers = watchers.where(deciding.c.user_id != post.author_id)
    db.session.execute(
        insert(Notification).from_select(
            ["user_id", "kind", "thread_id", "post_id", "actor_id", "created_at"], watchers
        )
    )


def queue_instant_mails(post_id: int) -> None:
    """A mail for every notification about `post_id` whose member wants mail at once; one INSERT.

    The deliverer renders them, so that 5,000 watchers cost one statement here.
    """
    frequency = func.coalesce(NotificationSettings.mail_frequency, DEFAULT_MAIL_FREQUENCY)
    queue_notification_mails(
        select(User.email, Notification.user_id, Notification.id)
        .join(User, User.id == Notification.user_id)
        .outerjoin(NotificationSettings, NotificationSettings.user_id == Notification.user_id)
        .where(
            Notification.post_id == post_id,
            Notification.kind.in_(MAILED_KINDS),
            User.status == STATUS_ACTIVE,
            frequency == MAIL_INSTANT,
        )
    )
