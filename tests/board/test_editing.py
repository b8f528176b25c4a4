"""Editing posts: authors edit their own, history is kept, others are refused."""
import pytest
from sqlalchemy import select

from forum.board.models import Post, PostRevision
from forum.extensions import db
from tests.factories import make_thread, make_user


def question_of(thread):
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))


def test_author_edits_question_title_and_body_and_history_is_kept(client, login):
    author = make_user(name="J. de Vries")
    thread = make_thread(author=author, title="Eerste titel van de vraag", body="Eerste tekst")
    question = question_of(thread)
    login(author)
    form = client.get(f"/bericht/{question.id}/bewerken").get_data(as_text=True)
    assert "Eerste titel van de vraag" in form and "Eerste tekst</textarea>" in form
    response = client.post(f"/bericht/{question.id}/bewerken",
                           data={"title": "Tweede titel van de vraag", "body": "Tweede *tekst*"})
    assert response.status_code == 302
    db.session.refresh(question)
    db.session.refresh(thread)
    assert thread.title == "Tweede titel van de vraag"
    assert question.body_html == "<p>Tweede <em>tekst</em></p>"
    assert question.edit_count == 1 and question.edited_at is not None
    revision = db.session.scalar(select(PostRevision))
    assert (revision.title, revision.body_markdown, revision.editor_id) == (
        "Eerste titel van de vraag", "Eerste tekst", author.id)
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "bewerkt" in page
    history = client.get(f"/bericht/{question.id}/geschiedenis").get_data(as_text=True)
    assert "Eerste tekst" in history and "Tweede *tekst*" in history and "J. de Vries" in history


def test_editing_a_reply_has_no_title_field(client, login):
    author = make_user()
    thread = make_thread(replies=1, author=author)
    reply = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    login(author)
    assert 'name="title"' not in client.get(f"/bericht/{reply.id}/bewerken").get_data(as_text=True)
    response = client.post(f"/bericht/{reply.id}/bewerken", data={"body": "Aangepaste ervaring"})
    assert response.status_code == 302
    db.session.refresh(reply)
    assert reply.body_markdown == "Aangepaste ervaring"
    assert db.session.scalar(select(PostRevision)).title is None


def test_unchanged_save_writes_no_revision(client, login):
    author = make_user()
    thread = make_thread(author=author, title="Een titel die blijft staan", body="Zelfde tekst")
    login(author)
    client.post(f"/bericht/{question_of(thread).id}/bewerken",
                data={"title": "Een titel die blijft staan", "body": "Zelfde tekst"})
    assert db.session.scalar(select(PostRevision)) is None
    assert question_of(thread).edit_count == 0


def test_other_members_may_not_edit_and_see_no_edit_link(client, login):
    thread = make_thread(body="Origineel")
    question = question_of(thread)
    login(make_user())
    assert client.get(f"/bericht/{question.id}/bewerken").status_code == 403
    response = client.post(f"/bericht/{question.id}/bewerken", data={"title": "Gekaapte titel hier", "body": "Gekaapt"})
    assert response.status_code == 403
    assert "Geen toegang" in response.get_data(as_text=True)
    db.session.refresh(question)
    assert question.body_markdown == "Origineel"
    assert "/bewerken" not in client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)


def test_moderators_may_edit_any_post(client, login):
    thread = make_thread(body="Origineel")
    login(make_user(staff=True, role="moderator"))
    response = client.post(f"/bericht/{question_of(thread).id}/bewerken",
                           data={"title": thread.title, "body": "Persoonsgegevens verwijderd"})
    assert response.status_code == 302
    assert question_of(thread).body_markdown == "Persoonsgegevens verwijderd"


@pytest.mark.parametrize("data, message", [
    ({"title": "Geldige titel voor de vraag", "body": ""}, "Vul een tekst in."),
    ({"title": "kort", "body": "Nieuwe tekst die bewaard moet blijven"}, "De titel moet tussen"),
])
def test_invalid_edit_is_refused_and_keeps_the_text(client, login, data, message):
    author = make_user()
    thread = make_thread(author=author, body="Origineel")
    login(author)
    response = client.post(f"/bericht/{question_of(thread).id}/bewerken", data=data)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert message in page
    if data["body"]:
        assert "Nieuwe tekst die bewaard moet blijven</textarea>" in page
    assert question_of(thread).body_markdown == "Origineel"


def test_edit_preview_does_not_save(client, login):
    author = make_user()
    thread = make_thread(author=author, body="Origineel")
    login(author)
    response = client.post(f"/bericht/{question_of(thread).id}/bewerken",
                           data={"title": thread.title, "body": "**Nieuw**", "preview": "1"})
    assert response.status_code == 200
    assert "<strong>Nieuw</strong>" in response.get_data(as_text=True)
    assert question_of(thread).body_markdown == "Origineel"
