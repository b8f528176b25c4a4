"""Removed content may be seen by moderators, but nobody acts on it: no helpful vote, no
solution, no flag. Removing the chosen answer opens the question again."""
import pytest
from sqlalchemy import func, select

from forum.board.models import HelpfulVote, Post
from forum.clock import utcnow
from forum.extensions import db
from forum.moderation.models import Flag
from tests.factories import make_reply, make_thread, make_user


@pytest.fixture
def answered(app):
    asker, replier = make_user(), make_user()
    thread = make_thread(author=asker, title="Hoe verduurzamen jullie sporthallen?")
    reply = make_reply(thread, replier, body="Wij legden zonnepanelen op het dak van de sporthal.")
    db.session.commit()
    return {"thread": thread, "reply": reply, "asker": asker, "replier": replier}


def _moderator():
    return make_user(name="M. Oderator", role="moderator", staff=True)


def _remove_thread(thread):
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))
    question.deleted_at = thread.deleted_at = utcnow()


def test_removing_the_solution_opens_the_question_again(client, login, answered):
    thread, reply, asker = answered["thread"], answered["reply"], answered["asker"]
    login(asker)
    assert client.post(f"/bericht/{reply.id}/oplossing").status_code == 302
    db.session.expire_all()
    assert thread.solution_post_id == reply.id

    login(_moderator())
    response = client.post(f"/moderatie/bericht/{reply.id}/verwijderen", data={"reason": "Onjuist advies"})
    assert response.status_code == 302
    db.session.expire_all()
    assert thread.solution_post_id is None and not thread.is_solved
    # The thread is listed as open again.
    listed = client.get(f"/categorie/{thread.category.slug}?status=open").get_data(as_text=True)
    assert "Hoe verduurzamen jullie sporthallen?" in listed

    client.post(f"/moderatie/bericht/{reply.id}/herstellen")
    db.session.expire_all()
    assert reply.deleted_at is None and thread.solution_post_id is None  # restoring does not re-mark

    login(asker)
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "oplossing-titel" not in page


def test_the_solution_box_never_shows_a_removed_reply_to_members(client, login, answered):
    # A solution left pointing at a removed reply (as older data may have): members see no box.
    thread, reply = answered["thread"], answered["reply"]
    thread.solution_post_id = reply.id
    reply.deleted_at = utcnow()
    db.session.commit()
    login(answered["asker"])
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "oplossing-titel" not in page and "zonnepanelen op het dak" not in page


@pytest.mark.parametrize("removed", ["reply", "thread"])
def test_a_moderator_cannot_mark_removed_content_as_solution(client, login, answered, removed):
    thread, reply = answered["thread"], answered["reply"]
    if removed == "reply":
        reply.deleted_at = utcnow()
    else:
        _remove_thread(thread)
    db.session.commit()
    login(_moderator())
    assert client.post(f"/bericht/{reply.id}/oplossing").status_code == 404
    db.session.expire_all()
    assert thread.solution_post_id is None
    # Moderators still see it, without the button.
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "zonnepanelen op het dak" in page
    assert f"/bericht/{reply.id}/oplossing" not in page


@pytest.mark.parametrize("removed", ["reply", "thread"])
def test_a_moderator_cannot_vote_helpful_on_removed_content(client, login, answered, removed):
    thread, reply = answered["thread"], answered["reply"]
    if removed == "reply":
        reply.deleted_at = utcnow()
    else:
        _remove_thread(thread)
    db.session.commit()
    login(_moderator())
    assert client.post(f"/bericht/{reply.id}/nuttig").status_code == 404
    db.session.expire_all()
    assert reply.helpful_count == 0
    assert db.session.scalar(select(func.count()).select_from(HelpfulVote)) == 0
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert f"/bericht/{reply.id}/nuttig" not in page


@pytest.mark.parametrize("removed", ["reply", "thread"])
def test_a_moderator_cannot_flag_removed_content(client, login, answered, removed):
    thread, reply = answered["thread"], answered["reply"]
    if removed == "reply":
        reply.deleted_at = utcnow()
    else:
        _remove_thread(thread)
    db.session.commit()
    login(_moderator())
    assert client.get(f"/bericht/{reply.id}/melden").status_code == 404
    response = client.post(f"/bericht/{reply.id}/melden", data={"kind": "spam", "reason": "Reclame"})
    assert response.status_code == 404
    assert db.session.scalar(select(func.count()).select_from(Flag)) == 0
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert f"/bericht/{reply.id}/melden" not in page


def test_a_moderator_still_acts_on_live_content(client, login, answered):
    reply = answered["reply"]
    login(_moderator())
    assert client.post(f"/bericht/{reply.id}/nuttig").status_code == 302
    assert client.post(f"/bericht/{reply.id}/oplossing").status_code == 302
    db.session.expire_all()
    assert reply.helpful_count == 1 and answered["thread"].solution_post_id == reply.id
