"""Erasing an account: the person goes, the knowledge stays, shown as the municipality only."""
import pytest
from sqlalchemy import select

from forum.accounts.login_records import LoginRecord
from forum.accounts.models import STATUS_ERASED
from forum.extensions import db
from forum.moderation.models import AuditEntry
from forum.privacy.models import SentMail
from tests.conftest import log_in_client
from tests.factories import PASSWORD, make_municipality, make_reply, make_thread, make_user


def member_with_content():
    utrecht = make_municipality("Utrecht")
    user = make_user(utrecht, name="J. de Vries", email="jdevries@utrecht.nl", job_title="adviseur")
    thread = make_thread(author=user, title="Een vraag van iemand die vertrekt")
    make_reply(thread, user, body="Een reactie die moet blijven")
    return user, thread


def assert_erased(client, user, thread):
    assert user.status == STATUS_ERASED and user.erased_at is not None
    assert "de Vries" not in user.name and user.job_title == ""
    assert user.email.endswith(".invalid")
    assert not user.check_password(PASSWORD)
    assert user.municipality.member_count == 0
    assert db.session.scalars(select(LoginRecord).where(LoginRecord.user_id == user.id)).all() == []
    assert db.session.scalars(select(SentMail).where(SentMail.recipient == "jdevries@utrecht.nl")).all() == []
    client.post("/uitloggen")
    refused = client.post("/inloggen", data={"email": "jdevries@utrecht.nl", "password": PASSWORD})
    assert refused.status_code == 422
    reader = make_user()
    log_in_client(client, reader)
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "Een reactie die moet blijven" in page
    assert "Gemeente Utrecht" in page and "voormalig lid" in page
    assert "J. de Vries" not in page and "adviseur" not in page


def test_a_member_erases_their_own_account(client, fresh_login_privacy, mails):
    user, thread = member_with_content()
    client.post("/inloggen", data={"email": "jdevries@utrecht.nl", "password": PASSWORD})
    client.post("/wachtwoord-vergeten", data={"email": "jdevries@utrecht.nl"})
    refused = client.post("/account/verwijderen", data={})
    assert refused.status_code == 422
    assert "Vink aan dat u uw account definitief wilt verwijderen." in refused.text
    response = client.post("/account/verwijderen", data={"confirm": "y"})
    assert response.headers["Location"] == "/"
    assert client.get("/account").status_code == 302  # logged out
    assert_erased(client, user, thread)
    assert db.session.scalars(select(AuditEntry)).all() == []  # one's own choice is no moderation


def test_erasing_needs_a_recent_password(client, login):
    user = login(make_user())
    response = client.post("/account/verwijderen", data={"confirm": "y"})
    assert response.headers["Location"].startswith("/account/bevestigen")
    assert user.status != STATUS_ERASED


def test_an_administrator_erases_an_account_with_a_reason(client, login):
    user, thread = member_with_content()
    admin = login(make_user(role="admin", staff=True))
    missing = client.post(f"/moderatie/leden/{user.id}/verwijderen", data={"verwijderen-reason": ""})
    assert missing.status_code == 422
    response = client.post(f"/moderatie/leden/{user.id}/verwijderen",
                           data={"verwijderen-reason": "AVG-verzoek per brief"})
    assert response.headers["Location"] == "/moderatie/leden"
    [entry] = db.session.scalars(select(AuditEntry)).all()
    assert (entry.actor_id, entry.action, entry.reason) == (admin.id, "erase", "AVG-verzoek per brief")
    assert "de Vries" not in entry.target_label
    assert_erased(client, user, thread)


@pytest.mark.parametrize("role", ["member", "moderator"])
def test_only_administrators_erase_other_accounts(client, login, role):
    user, _thread = member_with_content()
    login(make_user(role=role, staff=role != "member"))
    response = client.post(f"/moderatie/leden/{user.id}/verwijderen", data={"verwijderen-reason": "x"})
    assert response.status_code == 403
    assert user.status != STATUS_ERASED


def test_administrators_are_not_erased_by_each_other(client, login):
    other_admin = make_user(role="admin", staff=True)
    login(make_user(role="admin", staff=True))
    response = client.post(f"/moderatie/leden/{other_admin.id}/verwijderen", data={"verwijderen-reason": "x"})
    assert response.status_code == 403


def test_the_address_can_be_used_again_after_erasure(client, fresh_login_privacy):
    user, _thread = member_with_content()
    client.post("/inloggen", data={"email": "jdevries@utrecht.nl", "password": PASSWORD})
    client.post("/account/verwijderen", data={"confirm": "y"})
    response = client.post("/registreren", data={
        "municipality_id": user.municipality_id, "name": "J. de Vries", "job_title": "adviseur",
        "email": "jdevries@utrecht.nl", "password": "een nieuw lang wachtwoord",
        "password_repeat": "een nieuw lang wachtwoord"})
    assert response.status_code == 302
