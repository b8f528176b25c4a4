"""Members mark other people's replies as helpful: once, revocable, counted."""
import pytest
from sqlalchemy import func, select

from forum.board.models import HelpfulVote, Post
from forum.extensions import db
from tests.factories import make_reply, make_thread, make_user


@pytest.fixture
def reply(app):
    thread = make_thread(title="Vraag over afvalscheiding bij hoogbouw")
    return make_reply(thread, body="Wij plaatsen ondergrondse containers.")


def helpful_count(post):
    return db.session.scalar(select(Post.helpful_count).where(Post.id == post.id))


def test_member_marks_helpful_once_and_can_take_it_back(client, login, reply):
    login(make_user())
    response = client.post(f"/bericht/{reply.id}/nuttig")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"#bericht-{reply.id}")
    assert helpful_count(reply) == 1
    client.post(f"/bericht/{reply.id}/nuttig")  # a second click does not count twice
    assert helpful_count(reply) == 1
    assert db.session.scalar(select(func.count()).select_from(HelpfulVote)) == 1
    page = client.get(f"/onderwerp/{reply.thread_id}").get_data(as_text=True)
    assert "1 collega vond dit nuttig" in page
    assert 'aria-pressed="true"' in page
    client.post(f"/bericht/{reply.id}/nuttig/intrekken")
    assert helpful_count(reply) == 0
    client.post(f"/bericht/{reply.id}/nuttig/intrekken")
    assert helpful_count(reply) == 0


def test_votes_of_several_members_add_up(client, login, reply):
    for _ in range(3):
        login(make_user())
        client.post(f"/bericht/{reply.id}/nuttig")
    assert helpful_count(reply) == 3
    page = client.get(f"/onderwerp/{reply.thread_id}").get_data(as_text=True)
    assert "3 collega’s vonden dit nuttig" in page


def test_not_on_own_reply_nor_on_the_question(client, login, reply):
    login(reply.author)
    assert client.post(f"/bericht/{reply.id}/nuttig").status_code == 403
    assert helpful_count(reply) == 0
    page = client.get(f"/onderwerp/{reply.thread_id}").get_data(as_text=True)
    assert f'/bericht/{reply.id}/nuttig"' not in page
    question = db.session.scalar(select(Post).where(Post.thread_id == reply.thread_id, Post.position == 1))
    login(make_user())
    assert client.post(f"/bericht/{question.id}/nuttig").status_code == 404


def test_pending_members_and_visitors_cannot_vote(client, login, reply):
    response = client.post(f"/bericht/{reply.id}/nuttig")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]
    login(make_user(status="pending"))  # not active, so not logged in
    assert client.post(f"/bericht/{reply.id}/nuttig").status_code == 302
    assert helpful_count(reply) == 0
