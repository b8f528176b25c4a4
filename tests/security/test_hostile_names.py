"""Names of members and municipalities are text on every page they appear on, whatever they hold."""
import pytest
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from forum.moderation import audit
from forum.moderation.models import Flag
from tests.factories import make_applicant, make_category, make_municipality, make_reply, make_thread, make_user
from tests.security.html_check import dangers

HOSTILE_NAMES = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "<svg onload=alert(1)>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">klik</a>',
    "</title><script>alert(1)</script>",
    "{{ 7*7 }}",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_member_and_municipality_names_are_inert_everywhere(client, login, name):
    municipality = make_municipality(f"{name} gemeente", code="GM9999")
    theme = make_category("Wonen", parent=make_category("Leefomgeving"))
    author = make_user(municipality, name=name, job_title=name)
    thread = make_thread(author=author, category=theme, title="Een vraag met een vreemde schrijver")
    reply = make_reply(thread, author)
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))
    applicant = make_applicant(municipality, name=name)
    moderator = make_user(role="moderator", staff=True, name=name)
    db.session.add(Flag(post_id=reply.id, reporter_id=author.id, kind="other", reason=name))
    audit.record(moderator, "suspend", "user", author.id, author.name, name)
    db.session.commit()

    login(author)
    client.post(f"/bericht/{question.id}/bewerken", data={"title": thread.title, "body": "Nieuwe tekst"})
    member_pages = [
        "/", f"/categorie/{theme.slug}", f"/categorie/{theme.parent.slug}", f"/onderwerp/{thread.id}",
        f"/bericht/{question.id}/geschiedenis", "/gemeenten/", f"/gemeenten/{municipality.slug}",
        f"/gemeenten/{municipality.slug}/leden", f"/gemeenten/{municipality.slug}/vragen",
        f"/gemeenten/{municipality.slug}/reacties", "/account", "/account/gegevens",
        f"/bericht/{reply.id}/bewerken",
    ]
    for path in member_pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert dangers(response.text) == [], path
        assert "<script>alert" not in response.text, path

    login(moderator)
    moderator_pages = [
        "/moderatie/aanmeldingen", "/moderatie/meldingen", "/moderatie/logboek", "/moderatie/leden",
        f"/moderatie/leden/{author.id}", f"/moderatie/leden/{applicant.id}", f"/onderwerp/{thread.id}",
        f"/moderatie/bericht/{reply.id}/verwijderen", f"/moderatie/onderwerp/{thread.id}/verplaatsen",
    ]
    for path in moderator_pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert dangers(response.text) == [], path
