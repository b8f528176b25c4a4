"""What a moderator removed is not followed, not jumped to and not listed among notifications."""
import pytest
from sqlalchemy import func, select

from forum.board.models import Post
from forum.extensions import db
from forum.following.models import KIND_REPLY, Notification, Watch
from forum.following.tokens import unsubscribe_token
from tests.factories import make_municipality, make_user
from tests.following.helpers import ask, reply

TITLE = "Hoe pakken jullie ondermijning in het buitengebied aan?"


def _moderator():
    return make_user(name="M. Oderator", role="moderator", staff=True)


@pytest.fixture
def conversation(client, login, theme):
    """A question with a reply from another municipality; the asker has been notified of it."""
    asker = login(make_user(make_municipality("Zeist"), name="A. Sker"))
    thread = ask(client, theme, title=TITLE)
    replier = login(make_user(make_municipality("Utrecht"), name="R. Eplier"))
    reply(client, thread, body="Wij werken samen met de politie.")
    db.session.expire_all()
    return {"thread": thread, "asker": asker, "replier": replier}


def _remove(client, login, post_id):
    login(_moderator())
    response = client.post(f"/moderatie/bericht/{post_id}/verwijderen", data={"reason": "Vertrouwelijk"})
    assert response.status_code == 302


def _question_id(thread):
    return db.session.scalar(select(Post.id).where(Post.thread_id == thread.id, Post.position == 1))


def _reply_id(thread):
    return db.session.scalar(select(Post.id).where(Post.thread_id == thread.id, Post.position == 2))


def _watches():
    return db.session.scalar(select(func.count()).select_from(Watch))


@pytest.mark.parametrize("who", ["member", "moderator"])
def test_a_removed_thread_cannot_be_followed(client, login, conversation, who):
    thread = conversation["thread"]
    _remove(client, login, _question_id(thread))
    login(make_user() if who == "member" else _moderator())
    before = _watches()
    response = client.get(f"/volgen/onderwerp/{thread.id}")
    assert response.status_code == 404 and TITLE not in response.text
    assert client.post(f"/volgen/onderwerp/{thread.id}", data={"level": "watching"}).status_code == 404
    assert _watches() == before


def test_a_merged_thread_cannot_be_followed(client, login, theme, conversation):
    source = conversation["thread"]
    login(make_user())
    target = ask(client, theme, title="Ondermijning: de aanpak van gemeenten")
    login(_moderator())
    response = client.post(f"/moderatie/onderwerp/{source.id}/samenvoegen",
                           data={"target": target.id, "reason": "Dubbel"})
    assert response.status_code == 302, response.text[:300]
    db.session.expire_all()
    assert source.merged_into_id == target.id
    login(make_user())
    assert client.get(f"/volgen/onderwerp/{source.id}").status_code == 404
    assert client.post(f"/volgen/onderwerp/{source.id}", data={"level": "watching"}).status_code == 404
    assert client.get(f"/volgen/onderwerp/{target.id}").status_code == 200


def test_first_unread_of_a_removed_thread_is_not_found(client, login, conversation):
    thread = conversation["thread"]
    login(conversation["asker"])
    assert client.get(f"/onderwerp/{thread.id}/ongelezen").status_code == 302
    _remove(client, login, _question_id(thread))
    login(conversation["asker"])
    assert client.get(f"/onderwerp/{thread.id}/ongelezen").status_code == 404


@pytest.mark.parametrize("removed", ["reply", "thread"])
def test_notifications_about_removed_content_are_left_out(client, login, conversation, removed):
    thread, asker = conversation["thread"], conversation["asker"]
    login(asker)
    page = client.get("/meldingen").text
    assert TITLE in page and "bell__count" in client.get("/").text
    post_id = _reply_id(thread) if removed == "reply" else _question_id(thread)
    _remove(client, login, post_id)
    login(asker)
    page = client.get("/meldingen").text
    assert TITLE not in page and f"/bericht/{_reply_id(thread)}" not in page
    assert "bell__count" not in client.get("/").text  # the bell counts what the list shows
    # Moderators may see removed content, so their own list keeps it.
    moderator = _moderator()
    db.session.add(Notification(user_id=moderator.id, kind=KIND_REPLY, thread_id=thread.id, post_id=_reply_id(thread)))
    db.session.commit()
    login(moderator)
    assert TITLE in client.get("/meldingen").text


def test_the_unsubscribe_link_of_a_removed_thread_neither_names_nor_mutes_it(client, login, conversation):
    thread, asker = conversation["thread"], conversation["asker"]
    token = unsubscribe_token(asker.id, thread.id)
    assert TITLE in client.get(f"/afmelden/{token}").text
    _remove(client, login, _question_id(thread))
    client.post("/uitloggen")
    page = client.get(f"/afmelden/{token}")
    assert page.status_code == 200 and TITLE not in page.text  # stopping all mail still works
    assert client.post(f"/afmelden/{token}/onderwerp").status_code == 400
    assert db.session.scalar(select(Watch.level).where(Watch.user_id == asker.id, Watch.target_id == thread.id,
                                                       Watch.level == "muted")) is None
