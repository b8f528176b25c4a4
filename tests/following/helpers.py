"""Posting through the HTTP client, as members do, and reading what following recorded."""

from sqlalchemy import select

from forum.board.models import Thread
from forum.extensions import db
from forum.following.models import Notification, Watch


def ask(client, theme, title="Hoe pakken jullie flexwonen aan?", body="Onze **vraag**."):
    response = client.post(
        "/vraag-stellen", data={"title": title, "category": theme.id, "body": body}
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return db.session.scalar(select(Thread).where(Thread.title == title))


def reply(client, thread, body="Onze ervaring."):
    response = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": body})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return response


def set_level(client, path, level):
    return client.post(path, data={"level": level})


def notified(kind=None, post_id=None) -> set[int]:
    """User ids with a notification (of `kind`, about `post_id`)."""
    statement = select(Notification.user_id)
    if kind:
        statement = statement.where(Notification.kind == kind)
    if post_id:
        statement = statement.where(Notification.post_id == post_id)
    return set(db.session.scalars(statement))


def watch_level(user, target_type, target_id):
    return db.session.scalar(
        select(Watch.level).where(
            Watch.user_id == user.id, Watch.target_type == target_type, Watch.target_id == target_id
        )
    )
