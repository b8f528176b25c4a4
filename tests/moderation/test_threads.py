"""Locking, pinning, moving and merging threads: each its own POST, each in the audit log."""
import pytest
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from forum.moderation.models import AuditEntry
from tests.factories import make_category, make_reply, make_thread, make_user


def audit_actions():
    return [(entry.action, entry.target_id, entry.reason)
            for entry in db.session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_locking_refuses_replies_and_hides_the_form(client, login, moderator):
    thread = make_thread(replies=1)
    response = client.post(f"/moderatie/onderwerp/{thread.id}/sluiten", data={"reason": "Afgerond"})
    assert response.headers["Location"] == f"/onderwerp/{thread.id}"
    assert thread.is_locked
    assert audit_actions() == [("lock", thread.id, "Afgerond")]

    member = login(make_user())
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "Dit onderwerp is gesloten" in page
    assert f'action="/onderwerp/{thread.id}/reageren"' not in page
    refused = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Toch nog iets"})
    assert refused.status_code == 403
    assert "Dit onderwerp is gesloten: er kan niet meer op worden gereageerd." in refused.text
    assert thread.reply_count == 1
    assert member.id  # the member stayed logged in


def test_moderators_may_still_reply_to_a_locked_thread(client, moderator):
    thread = make_thread()
    client.post(f"/moderatie/onderwerp/{thread.id}/sluiten")
    assert f'action="/onderwerp/{thread.id}/reageren"' in client.get(f"/onderwerp/{thread.id}").text
    response = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Waarom het dicht is."})
    assert response.status_code == 302
    assert thread.reply_count == 1


def test_members_cannot_edit_in_a_locked_thread(client, login, moderator):
    author = make_user()
    thread = make_thread(author=author)
    client.post(f"/moderatie/onderwerp/{thread.id}/sluiten")
    login(author)
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    assert client.get(f"/bericht/{question.id}/bewerken").status_code == 403


def test_unlocking_reopens_and_a_second_lock_changes_nothing(client, moderator):
    thread = make_thread()
    client.post(f"/moderatie/onderwerp/{thread.id}/sluiten")
    client.post(f"/moderatie/onderwerp/{thread.id}/sluiten")
    assert "Het onderwerp was al gesloten." in client.get(f"/onderwerp/{thread.id}").text
    client.post(f"/moderatie/onderwerp/{thread.id}/openen")
    assert not thread.is_locked
    assert [action for action, _id, _reason in audit_actions()] == ["lock", "unlock"]


def test_pinned_threads_come_first_in_their_category(client, moderator):
    domain = make_category("Leefomgeving")
    theme = make_category("Wonen", parent=domain)
    old = make_thread(category=theme, title="Een oude vraag die vast moet")
    make_thread(category=theme, title="Een nieuwere vraag zonder pin")
    client.post(f"/moderatie/onderwerp/{old.id}/vastpinnen")
    for slug in (theme.slug, domain.slug):
        page = client.get(f"/categorie/{slug}").text
        assert page.index("Een oude vraag die vast moet") < page.index("Een nieuwere vraag zonder pin")
        assert "Vastgepind" in page
    client.post(f"/moderatie/onderwerp/{old.id}/losmaken")
    page = client.get(f"/categorie/{theme.slug}").text
    assert page.index("Een nieuwere vraag zonder pin") < page.index("Een oude vraag die vast moet")
    assert [action for action, _id, _reason in audit_actions()] == ["pin", "unpin"]


def test_moving_a_thread_moves_its_counts(client, moderator):
    domain, other_domain = make_category("Leefomgeving"), make_category("Informatiesamenleving")
    wonen, privacy = make_category("Wonen", parent=domain), make_category("Privacy", parent=other_domain)
    thread = make_thread(category=wonen, replies=2)
    page = client.get(f"/moderatie/onderwerp/{thread.id}/verplaatsen")
    assert page.status_code == 200 and "Nieuw thema" in page.text
    response = client.post(f"/moderatie/onderwerp/{thread.id}/verplaatsen",
                           data={"category": privacy.id, "reason": "Hoort bij privacy"})
    assert response.status_code == 302
    assert thread.category_id == privacy.id
    assert (wonen.thread_count, wonen.post_count, domain.thread_count, domain.post_count) == (0, 0, 0, 0)
    assert (privacy.thread_count, privacy.post_count) == (1, 3)
    assert (other_domain.thread_count, other_domain.post_count) == (1, 3)
    assert audit_actions() == [("move", thread.id, "Hoort bij privacy")]


@pytest.mark.parametrize("choice, message", [
    ("domain", None),  # domains are not among the choices
    ("same", "Het onderwerp staat al in dit thema."),
    ("unknown", None),  # WTForms' own message
])
def test_a_wrong_move_is_refused(client, moderator, choice, message):
    domain = make_category("Leefomgeving")
    theme = make_category("Wonen", parent=domain)
    thread = make_thread(category=theme)
    category_id = {"domain": domain.id, "same": theme.id, "unknown": 99999}[choice]
    response = client.post(f"/moderatie/onderwerp/{thread.id}/verplaatsen", data={"category": category_id})
    assert response.status_code == 422
    assert message is None or message in response.text
    assert thread.category_id == theme.id
    assert audit_actions() == []


def test_merging_appends_the_posts_and_redirects_the_old_address(client, moderator):
    theme = make_category("Wonen", parent=make_category("Leefomgeving"))
    asker, other = make_user(), make_user()
    target = make_thread(author=asker, category=theme, title="Sporthallen verduurzamen: aanbesteding", replies=1)
    source = make_thread(author=other, category=theme, title="Sporthal verduurzamen: hoe aanbesteden?",
                         body="Dubbele vraag", replies=2)
    response = client.post(f"/moderatie/onderwerp/{source.id}/samenvoegen",
                           data={"target": target.id, "reason": "Dubbel"})
    assert response.headers["Location"] == f"/onderwerp/{target.id}"
    positions = db.session.execute(
        select(Post.position, Post.body_markdown).where(Post.thread_id == target.id).order_by(Post.position)
    ).all()
    assert [position for position, _ in positions] == [1, 2, 3, 4, 5]
    assert positions[2].body_markdown == "Dubbele vraag"
    assert target.reply_count == 4 and target.last_position == 5
    assert source.merged_into_id == target.id and source.deleted_at is not None
    assert (theme.thread_count, theme.post_count) == (1, 5)
    assert (other.municipality.thread_count, other.municipality.reply_count) == (0, 3)
    old = client.get(f"/onderwerp/{source.id}")
    assert old.status_code == 301 and old.headers["Location"] == f"/onderwerp/{target.id}"
    page = client.get(f"/categorie/{theme.slug}").text
    assert "Sporthal verduurzamen: hoe aanbesteden?" not in page
    assert audit_actions() == [("merge", source.id, "Dubbel")]
    # A reply after the merge gets the next free position.
    reply = make_reply(target)
    assert reply.position == 6


@pytest.mark.parametrize("target, message", [
    ("self", "Een onderwerp kan niet met zichzelf worden samengevoegd."),
    ("missing", "Er is geen zichtbaar onderwerp met dit nummer."),
    ("text", None),  # WTForms' own message
    ("", "Vul het nummer van een onderwerp in."),
])
def test_a_wrong_merge_is_refused(client, moderator, target, message):
    thread = make_thread()
    value = {"self": thread.id, "missing": 99999, "text": "abc", "": ""}[target]
    response = client.post(f"/moderatie/onderwerp/{thread.id}/samenvoegen", data={"target": value})
    assert response.status_code == 422
    assert message is None or message in response.text
    assert thread.merged_into_id is None
    assert audit_actions() == []


def test_thread_tools_show_for_moderators_only(client, login):
    thread = make_thread()
    login(make_user())
    assert "Moderatie van dit onderwerp" not in client.get(f"/onderwerp/{thread.id}").text
    login(make_user(role="moderator", staff=True))
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "Moderatie van dit onderwerp" in page
    assert f'action="/moderatie/onderwerp/{thread.id}/sluiten"' in page


def test_thread_actions_need_a_post_and_a_csrf_token(app, client, moderator):
    thread = make_thread()
    assert client.get(f"/moderatie/onderwerp/{thread.id}/sluiten").status_code == 405
    app.config["WTF_CSRF_ENABLED"] = True
    assert client.post(f"/moderatie/onderwerp/{thread.id}/sluiten").status_code == 400
    assert not thread.is_locked
