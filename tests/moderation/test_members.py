"""Suspending members (ends their sessions at once), lifting it, and who may do that to whom."""
import pytest
from sqlalchemy import select

from forum.accounts.models import STATUS_ACTIVE, STATUS_SUSPENDED
from forum.extensions import db
from forum.moderation.models import AuditEntry
from tests.conftest import log_in_client
from tests.factories import PASSWORD, make_user


def client_logged_in_as(app, user):
    other = app.test_client()
    log_in_client(other, user)
    return other


def test_suspending_ends_the_members_sessions_at_once(app, client):
    member = make_user(name="J. de Vries")
    member_browser = client_logged_in_as(app, member)
    assert member_browser.get("/account").status_code == 200
    moderator_browser = client_logged_in_as(app, make_user(role="moderator", staff=True))
    response = moderator_browser.post(f"/moderatie/leden/{member.id}/schorsen",
                                      data={"schorsen-reason": "Herhaald ongepast gedrag"})
    assert response.headers["Location"] == f"/moderatie/leden/{member.id}"
    assert member.status == STATUS_SUSPENDED
    assert member.municipality.member_count == 0
    assert member_browser.get("/account").headers["Location"].startswith("/inloggen")
    refused = member_browser.post("/inloggen", data={"email": member.email, "password": PASSWORD})
    assert refused.status_code == 403 and "Uw account is geschorst." in refused.text
    [entry] = db.session.scalars(select(AuditEntry)).all()
    assert (entry.action, entry.target_id, entry.reason, entry.target_label) == (
        "suspend", member.id, "Herhaald ongepast gedrag", "J. de Vries")


def test_suspending_needs_a_reason(client, login):
    member = make_user()
    login(make_user(role="moderator", staff=True))
    response = client.post(f"/moderatie/leden/{member.id}/schorsen", data={"schorsen-reason": ""})
    assert response.status_code == 422
    assert "Vul een reden in." in response.text
    assert member.status == STATUS_ACTIVE


def test_lifting_a_suspension(client, login):
    member = make_user()
    login(make_user(role="moderator", staff=True))
    client.post(f"/moderatie/leden/{member.id}/schorsen", data={"schorsen-reason": "Even afkoelen"})
    response = client.post(f"/moderatie/leden/{member.id}/schorsing-opheffen")
    assert response.status_code == 302
    assert member.status == STATUS_ACTIVE and member.municipality.member_count == 1
    actions = [e.action for e in db.session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions == ["suspend", "unsuspend"]
    client.post(f"/moderatie/leden/{member.id}/schorsing-opheffen")
    assert "was niet geschorst" in client.get(f"/moderatie/leden/{member.id}").text


@pytest.mark.parametrize("actor_role, target_role, allowed", [
    ("moderator", "member", True),
    ("moderator", "moderator", False),
    ("moderator", "admin", False),
    ("admin", "member", True),
    ("admin", "moderator", True),
    ("admin", "admin", False),
])
def test_who_may_suspend_whom(client, login, actor_role, target_role, allowed):
    target = make_user(role=target_role, staff=target_role != "member")
    login(make_user(role=actor_role, staff=True))
    response = client.post(f"/moderatie/leden/{target.id}/schorsen", data={"schorsen-reason": "Test"})
    assert response.status_code == (302 if allowed else 403)
    assert target.status == (STATUS_SUSPENDED if allowed else STATUS_ACTIVE)


def test_nobody_suspends_themselves(client, login):
    admin = login(make_user(role="admin", staff=True))
    assert client.post(f"/moderatie/leden/{admin.id}/schorsen", data={"schorsen-reason": "x"}).status_code == 403


def test_member_search_and_page(client, login):
    make_user(name="Jansen", email="jansen@utrecht.nl")
    make_user(name="Pietersen", email="pietersen@zeist.nl")
    login(make_user(role="moderator", staff=True))
    page = client.get("/moderatie/leden?q=utrecht").text
    assert "Jansen" in page and "Pietersen" not in page
    assert client.get("/moderatie/leden?q=%25").status_code == 200  # a % is a letter, not a wildcard
    assert client.get("/moderatie/leden/99999").status_code == 404


def test_the_member_list_has_a_fixed_number_of_queries(client, login, count_queries):
    login(make_user(role="moderator", staff=True))
    with count_queries() as few:
        client.get("/moderatie/leden")
    for _ in range(10):
        make_user()
    with count_queries() as many:
        client.get("/moderatie/leden")
    assert len(many) == len(few) <= 5  # user, members page, count, the bell and the waiting count
