"""Removing and restoring posts: soft delete, counters that follow, a notice in place of the text."""
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from forum.moderation.models import AuditEntry
from tests.factories import make_category, make_reply, make_thread, make_user


def question_of(thread):
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))


def delete(client, post, reason="Ongepast"):
    return client.post(f"/moderatie/bericht/{post.id}/verwijderen", data={"reason": reason})


def test_removing_a_reply_keeps_it_for_moderators_and_updates_the_counts(client, login, moderator):
    theme = make_category("Wonen", parent=make_category("Leefomgeving"))
    thread = make_thread(category=theme)
    replier = make_user()
    reply = make_reply(thread, replier, body="Iets wat niet mag")
    assert client.get(f"/moderatie/bericht/{reply.id}/verwijderen").status_code == 200
    response = delete(client, reply, "Persoonsgegevens van een inwoner")
    assert response.status_code == 302
    assert reply.deleted_at is not None and reply.deleted_by_id == moderator.id
    assert thread.reply_count == 0
    assert (theme.post_count, theme.parent.post_count) == (1, 1)
    assert replier.municipality.reply_count == 0
    [entry] = db.session.scalars(select(AuditEntry)).all()
    assert (entry.action, entry.target_id, entry.reason) == ("delete_post", reply.id, "Persoonsgegevens van een inwoner")

    moderator_page = client.get(f"/onderwerp/{thread.id}").text
    assert "Iets wat niet mag" in moderator_page and "Terugzetten" in moderator_page
    login(make_user())
    member_page = client.get(f"/onderwerp/{thread.id}").text
    assert "Iets wat niet mag" not in member_page
    assert "Dit bericht is verwijderd door een moderator." in member_page
    assert f"/gemeenten/{replier.municipality.slug}" != ""
    replies_page = client.get(f"/gemeenten/{replier.municipality.slug}/reacties").text
    assert thread.title not in replies_page


def test_removing_a_post_needs_a_reason(client, moderator):
    reply = make_reply(make_thread())
    response = delete(client, reply, "")
    assert response.status_code == 422
    assert "Vul een reden in." in response.text
    assert reply.deleted_at is None


def test_restoring_a_reply_brings_the_counts_back(client, moderator):
    theme = make_category("Wonen", parent=make_category("Leefomgeving"))
    thread = make_thread(category=theme)
    replier = make_user()
    reply = make_reply(thread, replier)
    delete(client, reply)
    delete(client, reply)  # a double click changes nothing more
    assert thread.reply_count == 0
    response = client.post(f"/moderatie/bericht/{reply.id}/herstellen")
    assert response.status_code == 302
    assert reply.deleted_at is None
    assert thread.reply_count == 1 and theme.post_count == 2 and replier.municipality.reply_count == 1
    actions = [entry.action for entry in db.session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions == ["delete_post", "restore_post"]


def test_removing_the_question_hides_the_thread_everywhere(client, login, moderator):
    domain = make_category("Leefomgeving")
    theme = make_category("Wonen", parent=domain)
    asker, replier = make_user(), make_user()
    thread = make_thread(author=asker, category=theme, title="Een vraag die weg moet")
    make_reply(thread, replier)
    make_thread(category=theme, title="Een vraag die blijft staan")
    delete(client, question_of(thread))
    assert thread.deleted_at is not None
    assert (theme.thread_count, theme.post_count, domain.thread_count, domain.post_count) == (1, 1, 1, 1)
    assert asker.municipality.thread_count == 0 and replier.municipality.reply_count == 0
    assert "Dit onderwerp is verwijderd" in client.get(f"/onderwerp/{thread.id}").text

    login(make_user())
    for path in ("/", f"/categorie/{theme.slug}", f"/categorie/{domain.slug}",
                 f"/gemeenten/{asker.municipality.slug}", f"/gemeenten/{replier.municipality.slug}"):
        page = client.get(path).text
        assert "Een vraag die weg moet" not in page, path
    assert "Een vraag die blijft staan" in client.get(f"/categorie/{theme.slug}").text
    assert client.get(f"/onderwerp/{thread.id}").status_code == 404


def test_restoring_the_question_brings_the_thread_back(client, moderator):
    theme = make_category("Wonen", parent=make_category("Leefomgeving"))
    asker, replier = make_user(), make_user()
    thread = make_thread(author=asker, category=theme)
    make_reply(thread, replier)
    question = question_of(thread)
    delete(client, question)
    client.post(f"/moderatie/bericht/{question.id}/herstellen")
    assert thread.deleted_at is None
    assert (theme.thread_count, theme.post_count) == (1, 2)
    assert asker.municipality.thread_count == 1 and replier.municipality.reply_count == 1


def test_a_removed_post_cannot_be_edited_or_flagged_by_members(client, login, moderator):
    """For members a removed post is not there at all, not even for its author."""
    author = make_user()
    reply = make_reply(make_thread(), author)
    delete(client, reply)
    login(author)
    assert client.get(f"/bericht/{reply.id}/bewerken").status_code == 404
    login(make_user())
    assert client.get(f"/bericht/{reply.id}/melden").status_code == 404


def test_members_cannot_remove_or_restore(client, login):
    reply = make_reply(make_thread())
    login(make_user())
    assert delete(client, reply).status_code == 403
    assert client.post(f"/moderatie/bericht/{reply.id}/herstellen").status_code == 403
    assert reply.deleted_at is None
