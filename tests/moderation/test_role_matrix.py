"""Every role against every action, through HTTP: who may, who is refused, and how.

Roles: a visitor, a member, the post's author, a moderator without two-factor login, a
moderator, an administrator. Outcomes: 'ok' (done, and the database shows it), 'login' (sent to
the login page), '403', '2fa' (a moderator is sent to set up two-factor login first).
"""
import pytest
from sqlalchemy import select

from forum.accounts.models import STATUS_ACTIVE, STATUS_SUSPENDED
from forum.board.models import Post
from forum.extensions import db
from tests.factories import make_applicant, make_category, make_reply, make_thread, make_user

ROLES = ["visitor", "member", "author", "moderator_without_2fa", "moderator", "admin"]

EXPECTED = {
    #           visitor  member  author  mod-no-2fa  moderator  admin
    "view":    ("login", "ok",   "ok",   "ok",       "ok",      "ok"),
    "post":    ("login", "ok",   "ok",   "ok",       "ok",      "ok"),
    "edit":    ("login", "403",  "ok",   "403",      "ok",      "ok"),
    "delete":  ("login", "403",  "403",  "2fa",      "ok",      "ok"),
    "approve": ("login", "403",  "403",  "2fa",      "ok",      "ok"),
    "lock":    ("login", "403",  "403",  "2fa",      "ok",      "ok"),
    "pin":     ("login", "403",  "403",  "2fa",      "ok",      "ok"),
    "move":    ("login", "403",  "403",  "2fa",      "ok",      "ok"),
    "merge":   ("login", "403",  "403",  "2fa",      "ok",      "ok"),
    "ban":     ("login", "403",  "403",  "2fa",      "ok",      "ok"),
}


@pytest.fixture
def world():
    """A thread with a reply by 'the author', a second thread, a pending applicant, a member."""
    domain = make_category("Leefomgeving")
    theme, other_theme = make_category("Wonen", parent=domain), make_category("Klimaat", parent=domain)
    author = make_user(name="De Auteur")
    thread = make_thread(category=theme, title="Een vraag voor de rollentabel")
    reply = make_reply(thread, author, body="Oorspronkelijke tekst")
    return {
        "author": author, "thread": thread, "reply": reply, "other_theme": other_theme,
        "second": make_thread(category=theme, title="Een tweede vraag voor de tabel"),
        "applicant": make_applicant(), "member": make_user(name="Gewoon Lid"),
    }


def act(client, action, w):
    """Do `action` as whoever is logged in; returns (response, check) where check() -> bool."""
    thread, reply = w["thread"], w["reply"]
    if action == "view":
        response = client.get(f"/onderwerp/{thread.id}")
        return response, lambda: "Oorspronkelijke tekst" in response.text
    if action == "post":
        response = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Een nieuwe ervaring"})
        return response, lambda: thread.reply_count == 2
    if action == "edit":
        response = client.post(f"/bericht/{reply.id}/bewerken", data={"body": "Bewerkte tekst"})
        return response, lambda: reply.body_markdown == "Bewerkte tekst"
    if action == "delete":
        response = client.post(f"/moderatie/bericht/{reply.id}/verwijderen", data={"reason": "Test"})
        return response, lambda: reply.deleted_at is not None
    if action == "approve":
        response = client.post(f"/moderatie/aanmeldingen/{w['applicant'].id}/goedkeuren")
        return response, lambda: w["applicant"].status == STATUS_ACTIVE
    if action == "lock":
        return client.post(f"/moderatie/onderwerp/{thread.id}/sluiten"), lambda: thread.is_locked
    if action == "pin":
        return client.post(f"/moderatie/onderwerp/{thread.id}/vastpinnen"), lambda: thread.is_pinned
    if action == "move":
        response = client.post(f"/moderatie/onderwerp/{thread.id}/verplaatsen",
                               data={"category": w["other_theme"].id})
        return response, lambda: thread.category_id == w["other_theme"].id
    if action == "merge":
        response = client.post(f"/moderatie/onderwerp/{w['second'].id}/samenvoegen",
                               data={"target": thread.id})
        return response, lambda: w["second"].merged_into_id == thread.id
    if action == "ban":
        response = client.post(f"/moderatie/leden/{w['member'].id}/schorsen",
                               data={"schorsen-reason": "Test"})
        return response, lambda: w["member"].status == STATUS_SUSPENDED
    raise AssertionError(action)


def log_in_as(login, role, w):
    if role == "visitor":
        return
    if role == "author":
        login(w["author"])
    elif role == "member":
        login(make_user())
    elif role == "moderator_without_2fa":
        login(make_user(role="moderator", staff=True, two_factor=False))
    else:
        login(make_user(role=role, staff=True))


@pytest.mark.parametrize("action", list(EXPECTED))
@pytest.mark.parametrize("role", ROLES)
def test_role_may_or_may_not(client, login, world, role, action):
    expected = EXPECTED[action][ROLES.index(role)]
    log_in_as(login, role, world)
    response, done = act(client, action, world)
    location = response.headers.get("Location", "")
    if expected == "ok":
        assert response.status_code in (200, 302), response.status_code
        assert done(), f"{role} could not {action}"
    else:
        assert not done(), f"{role} could {action}"
        if expected == "login":
            assert response.status_code == 302 and location.startswith("/inloggen?next=")
        elif expected == "2fa":
            assert response.status_code == 302 and location == "/account/tweestapsverificatie"
        else:
            assert response.status_code == 403
    assert db.session.scalar(select(Post.body_markdown).where(Post.id == world["reply"].id)) in (
        "Oorspronkelijke tekst", "Bewerkte tekst")
