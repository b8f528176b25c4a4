"""A post a moderator removed before the mail went out is in no instant mail and no digest."""
import pytest
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from tests.factories import make_category, make_municipality, make_user
from tests.following.helpers import ask, reply


@pytest.fixture
def theme(app):
    return make_category("Wonen", parent=make_category("Leefomgeving"))


def _choose_mail(client, login, user, frequency):
    login(user)
    assert client.post("/meldingen/instellingen", data={"mail_frequency": frequency}).status_code == 302


def _remove_reply(client, login, thread):
    reply_id = db.session.scalar(select(Post.id).where(Post.thread_id == thread.id, Post.position == 2))
    login(make_user(name="M. Oderator", role="moderator", staff=True))
    assert client.post(f"/moderatie/bericht/{reply_id}/verwijderen", data={"reason": "Spam"}).status_code == 302


def test_no_instant_mail_about_a_removed_reply(client, login, theme, smtp, deliver):
    asker = make_user(email="vrager@example.nl")
    _choose_mail(client, login, asker, "instant")
    thread = ask(client, theme)
    login(make_user(make_municipality("Ede")))
    reply(client, thread, body="Koop nu goedkope zonnepanelen bij ons.")
    _remove_reply(client, login, thread)
    deliver()
    assert not [mail for mail in smtp.received if "zonnepanelen" in mail.text]


def test_no_digest_about_a_removed_reply(app, client, login, theme, smtp, deliver):
    asker = make_user(email="vrager@example.nl")  # the default: a daily digest
    login(asker)
    thread = ask(client, theme)
    login(make_user(make_municipality("Ede")))
    reply(client, thread, body="Koop nu goedkope zonnepanelen bij ons.")
    _remove_reply(client, login, thread)
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["mail", "digests"])
    assert "Overzichtsmails klaargezet: 0." in result.output
    deliver()
    assert smtp.received == []
