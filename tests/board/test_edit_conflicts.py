"""Two people editing one post: the second save is refused with 409 and keeps their text."""
import re

from sqlalchemy import select

from forum.board.models import Post, PostRevision
from forum.extensions import db
from tests.factories import make_reply, make_thread, make_user


def version_on_form(page: str) -> int:
    return int(re.search(r'name="version" type="hidden" value="(\d+)"', page).group(1))


def test_the_second_save_is_refused_and_keeps_its_text(app, client, login):
    author = make_user()
    reply = make_reply(make_thread(), author, body="De eerste tekst")
    moderator = make_user(role="moderator", staff=True)

    login(author)
    author_version = version_on_form(client.get(f"/bericht/{reply.id}/bewerken").text)
    login(moderator)
    moderator_version = version_on_form(client.get(f"/bericht/{reply.id}/bewerken").text)
    assert author_version == moderator_version == 1

    saved = client.post(f"/bericht/{reply.id}/bewerken",
                        data={"body": "Door de moderator verbeterd", "version": moderator_version})
    assert saved.status_code == 302
    login(author)
    conflict = client.post(f"/bericht/{reply.id}/bewerken",
                           data={"body": "Mijn eigen aanvulling", "version": author_version})
    assert conflict.status_code == 409
    assert "Iemand anders heeft dit bericht gewijzigd" in conflict.text
    assert "Mijn eigen aanvulling</textarea>" in conflict.text  # the text typed is kept
    assert "Door de moderator verbeterd" in conflict.text  # the current version is shown
    assert f'href="/bericht/{reply.id}"' in conflict.text
    assert reply.body_markdown == "Door de moderator verbeterd"
    assert len(db.session.scalars(select(PostRevision)).all()) == 1

    # Saving again from the conflict page is deliberate: it is based on the current version.
    again = client.post(f"/bericht/{reply.id}/bewerken",
                        data={"body": "Mijn eigen aanvulling", "version": version_on_form(conflict.text)})
    assert again.status_code == 302
    assert reply.body_markdown == "Mijn eigen aanvulling" and reply.version == 3


def test_a_post_removed_meanwhile_is_a_conflict_for_a_moderator(client, login):
    reply = make_reply(make_thread(), body="Tekst")
    login(make_user(role="moderator", staff=True))
    version = version_on_form(client.get(f"/bericht/{reply.id}/bewerken").text)
    client.post(f"/moderatie/bericht/{reply.id}/verwijderen", data={"reason": "Spam"})
    response = client.post(f"/bericht/{reply.id}/bewerken", data={"body": "Nieuw", "version": version})
    assert response.status_code == 409


def test_saving_without_a_change_does_not_raise_the_version(client, login):
    author = make_user()
    reply = make_reply(make_thread(), author, body="Tekst")
    login(author)
    client.post(f"/bericht/{reply.id}/bewerken", data={"body": "Tekst", "version": 1})
    assert reply.version == 1


def test_two_saves_of_the_same_version_in_one_database_race(app):
    """The compare-and-set in the UPDATE: of two saves based on version 1, only one wins."""
    from forum.board import services

    reply = make_reply(make_thread(), body="Tekst")
    editor = make_user()
    stale = db.session.get(Post, reply.id)
    db.session.execute(Post.__table__.update().where(Post.id == reply.id).values(version=2))
    try:
        services.edit_post(stale, editor, "Nieuw", based_on_version=1)
    except services.EditConflict:
        pass
    else:
        raise AssertionError("a stale save went through")
    db.session.rollback()
