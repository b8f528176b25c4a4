"""Every route that takes a post id finds the post through one lookup: a removed post, a post in
a removed thread and a post in a thread merged away are not there for members."""
import pytest
from sqlalchemy import func, select

from forum.board.models import HelpfulVote, Post
from forum.board.services import edit_post
from forum.clock import utcnow
from forum.extensions import db
from tests.factories import make_reply, make_thread, make_user

# (method, path after /bericht/<id>, who asks: the reply's author, the asker, or another member)
POST_ROUTES = [
    ("GET", "", "other"),
    ("GET", "/geschiedenis", "other"),
    ("GET", "/bewerken", "author"),
    ("POST", "/bewerken", "author"),
    ("POST", "/oplossing", "asker"),
    ("POST", "/oplossing/intrekken", "asker"),
    ("POST", "/nuttig", "other"),
    ("POST", "/nuttig/intrekken", "other"),
    ("GET", "/melden", "other"),
    ("POST", "/melden", "other"),
]


def _remove_reply(reply, thread):
    reply.deleted_at = utcnow()


def _remove_thread(reply, thread):
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))
    question.deleted_at = thread.deleted_at = utcnow()


def _merge_thread_away(reply, thread):
    # What merging leaves on the thread row; the lookup must not reach posts through it.
    thread.merged_into_id = make_thread().id
    thread.deleted_at = utcnow()


STATES = {"removed reply": _remove_reply, "removed thread": _remove_thread, "merged thread": _merge_thread_away}


@pytest.fixture
def edited_reply(app):
    """A reply in a thread, edited once (so it has a history), and the people around it."""
    asker, author = make_user(), make_user()
    thread = make_thread(author=asker, title="Hoe verduurzamen jullie sporthallen?")
    reply = make_reply(thread, author, body="Eerste versie: ledverlichting.")
    edit_post(reply, author, "Tweede versie: zonnepanelen.")
    db.session.commit()
    return {"reply": reply, "thread": thread, "asker": asker, "author": author, "other": make_user()}


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize(("method", "suffix", "who"), POST_ROUTES)
def test_a_hidden_post_is_not_found_by_any_post_route(client, login, edited_reply, state, method, suffix, who):
    reply, thread = edited_reply["reply"], edited_reply["thread"]
    STATES[state](reply, thread)
    db.session.commit()
    login(edited_reply[who])
    data = {"body": "Nieuwe tekst van het bericht.", "kind": "spam", "reason": "Reclame"}
    response = client.open(f"/bericht/{reply.id}{suffix}", method=method, data=data if method == "POST" else None)
    assert response.status_code == 404
    db.session.expire_all()
    assert reply.body_markdown == "Tweede versie: zonnepanelen." and thread.solution_post_id is None


def test_helpful_on_a_removed_reply_is_refused_and_not_counted(client, login, edited_reply):
    reply = edited_reply["reply"]
    reply.deleted_at = utcnow()
    db.session.commit()
    login(edited_reply["other"])
    assert client.post(f"/bericht/{reply.id}/nuttig").status_code == 404
    db.session.expire_all()
    assert reply.helpful_count == 0
    assert db.session.scalar(select(func.count()).select_from(HelpfulVote)) == 0


def test_the_history_of_a_removed_post_is_shown_to_no_member_or_visitor(app, client, login, edited_reply):
    reply = edited_reply["reply"]
    reply.deleted_at = utcnow()
    db.session.commit()
    app.config["PUBLIC_READING"] = True
    assert client.get(f"/bericht/{reply.id}/geschiedenis").status_code == 404
    login(edited_reply["author"])
    response = client.get(f"/bericht/{reply.id}/geschiedenis")
    assert response.status_code == 404 and "ledverlichting" not in response.text


def test_moderators_still_read_the_history_of_a_removed_post(client, login, edited_reply):
    reply = edited_reply["reply"]
    reply.deleted_at = utcnow()
    db.session.commit()
    login(make_user(role="moderator"))
    response = client.get(f"/bericht/{reply.id}/geschiedenis")
    assert response.status_code == 200 and "ledverlichting" in response.text


def test_a_post_moved_by_a_merge_is_found_in_its_new_thread(client, login, edited_reply):
    reply, thread = edited_reply["reply"], edited_reply["thread"]
    target = make_thread()
    thread.merged_into_id, thread.deleted_at = target.id, utcnow()
    reply.thread_id, reply.position = target.id, target.last_position + 1
    target.last_position += 1
    db.session.commit()
    login(edited_reply["other"])
    response = client.get(f"/bericht/{reply.id}")
    assert response.status_code == 302 and f"/onderwerp/{target.id}" in response.headers["Location"]
    assert client.post(f"/bericht/{reply.id}/nuttig").status_code == 302
    db.session.expire_all()
    assert reply.helpful_count == 1
