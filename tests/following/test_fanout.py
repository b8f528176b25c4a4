"""Fan-out stays one INSERT however many watch; the bell is one indexed count."""

import pytest
from sqlalchemy import func, insert, select, text

from forum.accounts.models import User
from forum.extensions import db
from forum.following.models import (
    KIND_NEW_THREAD,
    KIND_REPLY,
    Notification,
    NotificationSettings,
    Watch,
)
from forum.following.reading import unread_notification_count
from forum.outbox.models import OutboxMail
from tests.factories import PASSWORD, make_municipality, make_thread, make_user
from tests.following.helpers import ask, reply

BUSY = 5000


def add_watchers(count: int, target_type: str, target_id: int, *, instant_every: int = 0) -> None:
    """`count` active members watching the target, inserted in bulk (test setup, not the app)."""
    municipality = make_municipality()
    label = f"{target_type}{target_id}x{count}"
    members = [
        {"email": f"kijker{number}.{label}@example.nl", "password_hash": PASSWORD,
         "name": f"Kijker {number}", "job_title": "", "municipality_id": municipality.id,
         "role": "member", "status": "active", "session_token": f"{number:032d}"}
        for number in range(count)
    ]
    ids = db.session.scalars(insert(User).returning(User.id), members).all()
    db.session.execute(insert(Watch), [
        {"user_id": user_id, "target_type": target_type, "target_id": target_id, "level": "watching"}
        for user_id in ids
    ])
    if instant_every:
        db.session.execute(insert(NotificationSettings), [
            {"user_id": user_id, "mail_frequency": "instant", "follow_own_threads": True}
            for user_id in ids[::instant_every]
        ])
    db.session.commit()


def statements_for_asking(client, count_queries, theme, title):
    with count_queries() as statements:
        ask(client, theme, title=title)
    return statements


def test_a_new_thread_in_a_busy_category_is_one_insert(client, login, theme, count_queries):
    login(make_user())
    add_watchers(3, "category", theme.id)
    few = statements_for_asking(client, count_queries, theme, "Een vraag voor weinig volgers")
    add_watchers(BUSY, "category", theme.id, instant_every=10)
    many = statements_for_asking(client, count_queries, theme, "Een vraag voor heel veel volgers")
    assert len(many) == len(few)
    inserts = [
        statement
        for statement in many
        if statement.lstrip().upper().startswith("INSERT INTO NOTIFICATIONS")
    ]
    assert len(inserts) == 1 and "SELECT" in inserts[0].upper()
    assert db.session.scalar(
        select(func.count()).select_from(Notification).where(Notification.kind == KIND_NEW_THREAD)
    ) == 3 + (3 + BUSY)
    # Every tenth wants mail at once: their outbox rows came in one INSERT ... SELECT too.
    assert len([s for s in many if s.lstrip().upper().startswith("INSERT INTO OUTBOX_MAILS")]) == 1
    assert db.session.scalar(select(func.count()).select_from(OutboxMail)) == BUSY // 10


def test_a_reply_in_a_busy_thread_is_one_insert(client, login, theme, count_queries):
    thread = make_thread(category=theme)
    add_watchers(BUSY, "thread", thread.id)
    login(make_user())
    with count_queries() as statements:
        reply(client, thread)
    inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT INTO NOTIFICATIONS")]
    # One for the people told personally (here the asker), one INSERT ... SELECT for all watchers.
    assert len(inserts) == 2 and "SELECT" in inserts[1].upper()
    assert (
        db.session.scalar(
            select(func.count()).select_from(Notification).where(Notification.kind == KIND_REPLY)
        )
        == BUSY
    )
    assert len(statements) <= 20


def test_the_bell_is_one_query(app, client, login, count_queries):
    member = make_user()
    for _ in range(3):
        db.session.add(Notification(user_id=member.id, kind="account_approved"))
    db.session.commit()
    assert member.is_authenticated and member.id  # loaded before counting
    with app.test_request_context(), count_queries() as statements:
        assert unread_notification_count(member) == 3
        assert unread_notification_count(member) == 3  # once per request
    assert len(statements) == 1


def test_the_bell_count_reads_only_its_index(app):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("query plans are compared on SQLite; PostgreSQL plans by table size")
    make_user()
    plan = " ".join(
        str(row)
        for row in db.session.execute(
            text(
                "EXPLAIN QUERY PLAN "
                + str(
                    Notification.unread_count_of(1, 100).compile(
                        db.engine, compile_kwargs={"literal_binds": True}
                    )
                )
            )
        )
    )
    assert "ix_notifications_user_unread" in plan
