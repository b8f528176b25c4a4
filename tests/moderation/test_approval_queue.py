"""The approval queue: only moderators see it; approving and rejecting mail the applicant."""
import re

import pytest

from forum.accounts.models import STATUS_ACTIVE, STATUS_PENDING, STATUS_REJECTED, STATUS_UNCONFIRMED
from tests.factories import make_applicant, make_municipality, make_user


@pytest.fixture
def moderator(login):
    return login(make_user(name="M. Oderator", role="moderator", staff=True))


def approve(client, user_id):
    return client.post(f"/moderatie/aanmeldingen/{user_id}/goedkeuren")


def reject(client, user, reason=None):
    data = {} if reason is None else {f"afwijzen-{user.id}-reason": reason}
    return client.post(f"/moderatie/aanmeldingen/{user.id}/afwijzen", data=data)


def test_visitors_are_sent_to_login(client):
    applicant = make_applicant()
    response = client.get("/moderatie/aanmeldingen")
    assert response.headers["Location"] == "/inloggen?next=%2Fmoderatie%2Faanmeldingen"
    assert approve(client, applicant.id).status_code == 302
    assert applicant.status == STATUS_PENDING


def test_members_get_403(client, login):
    login(make_user())
    applicant = make_applicant()
    assert client.get("/moderatie/aanmeldingen").status_code == 403
    assert approve(client, applicant.id).status_code == 403
    assert reject(client, applicant).status_code == 403
    assert applicant.status == STATUS_PENDING


@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_moderators_see_who_waits(client, login, role):
    login(make_user(role=role, staff=True))
    zeist = make_municipality("Zeist")
    make_applicant(zeist, name="J. de Vries", email="jdevries@gmail.com")
    make_user(zeist, name="Al Actief")
    make_applicant(zeist, name="Nog Onbevestigd", status=STATUS_UNCONFIRMED)
    response = client.get("/moderatie/aanmeldingen")
    assert response.status_code == 200
    for shown in ("J. de Vries", "beleidsmedewerker", "Gemeente Zeist", "jdevries@gmail.com", "<time"):
        assert shown in response.text
    assert "Al Actief" not in response.text
    assert "Nog Onbevestigd" not in response.text


def test_an_empty_queue_says_so(client, moderator):
    assert "Er wachten geen aanmeldingen." in client.get("/moderatie/aanmeldingen").text


def test_the_queue_is_paged(client, moderator):
    municipality = make_municipality()
    for _ in range(26):
        make_applicant(municipality)
    assert client.get("/moderatie/aanmeldingen").text.count('<li class="application">') == 25
    assert client.get("/moderatie/aanmeldingen?pagina=2").text.count('<li class="application">') == 1
    assert client.get("/moderatie/aanmeldingen?pagina=3").status_code == 404


def test_approving_activates_counts_and_mails(client, moderator, mails):
    zeist = make_municipality("Zeist")
    applicant = make_applicant(zeist, name="J. de Vries", email="jdevries@gmail.com")
    response = approve(client, applicant.id)
    assert response.headers["Location"] == "/moderatie/aanmeldingen"
    assert "Het account van J. de Vries is goedgekeurd" in client.get("/moderatie/aanmeldingen").text
    assert applicant.status == STATUS_ACTIVE
    assert applicant.approved_by_id == moderator.id
    assert applicant.approved_at is not None
    assert zeist.member_count == 1
    [mail] = mails
    assert mail.to == "jdevries@gmail.com"
    assert "http://forum.test/inloggen" in mail.text


def test_approving_twice_counts_once(client, moderator, mails):
    zeist = make_municipality("Zeist")
    applicant = make_applicant(zeist)
    approve(client, applicant.id)
    response = approve(client, applicant.id)
    assert response.status_code == 302
    assert "was al behandeld" in client.get("/moderatie/aanmeldingen").text
    assert zeist.member_count == 1
    assert len(mails) == 1


def test_rejecting_with_a_reason_mails_it(client, moderator, mails):
    zeist = make_municipality("Zeist")
    applicant = make_applicant(zeist, name="J. de Vries")
    response = reject(client, applicant, "  Geen medewerker van de gemeente Zeist.  ")
    assert response.headers["Location"] == "/moderatie/aanmeldingen"
    assert "De aanmelding van J. de Vries is afgewezen" in client.get("/moderatie/aanmeldingen").text
    assert applicant.status == STATUS_REJECTED
    assert zeist.member_count == 0
    [mail] = mails
    assert mail.to == applicant.email
    assert "De reden:\nGeen medewerker van de gemeente Zeist.\n" in mail.text


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_rejecting_needs_a_reason_for_the_applicant(client, moderator, mails, reason):
    applicant = make_applicant()
    response = reject(client, applicant, reason)
    assert response.status_code == 422
    assert "Vul een reden in." in response.text
    assert applicant.status == STATUS_PENDING
    assert mails == []


def test_a_too_long_reason_is_refused_and_kept(client, moderator, mails):
    applicant = make_applicant(name="J. de Vries")
    response = reject(client, applicant, "x" * 2001)
    assert response.status_code == 422
    assert "Een reden heeft hoogstens 2000 tekens." in response.text
    assert "x" * 2001 + "</textarea>" in response.text
    assert applicant.status == STATUS_PENDING
    assert mails == []


def test_rejecting_an_active_member_is_refused(client, moderator, mails):
    member = make_user()
    response = reject(client, member, "Weg ermee")
    assert response.status_code == 302
    assert "was al behandeld" in client.get("/moderatie/aanmeldingen").text
    assert member.status == STATUS_ACTIVE
    assert mails == []


@pytest.mark.parametrize("user_id", [999, 2**40])
def test_unknown_applicants_are_404(client, moderator, user_id):
    assert client.post(f"/moderatie/aanmeldingen/{user_id}/goedkeuren").status_code == 404
    assert client.post(f"/moderatie/aanmeldingen/{user_id}/afwijzen").status_code == 404


def test_approve_and_reject_need_a_post(client, moderator):
    applicant = make_applicant()
    assert client.get(f"/moderatie/aanmeldingen/{applicant.id}/goedkeuren").status_code == 405
    assert client.get(f"/moderatie/aanmeldingen/{applicant.id}/afwijzen").status_code == 405


def test_the_buttons_carry_a_csrf_token_and_need_it(app, client, moderator, mails):
    app.config["WTF_CSRF_ENABLED"] = True
    first, second = make_applicant(), make_applicant()
    page = client.get("/moderatie/aanmeldingen").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    reject_token = re.search(rf'name="afwijzen-{second.id}-csrf_token"[^>]*value="([^"]+)"', page).group(1)

    refused = approve(client, first.id)
    assert refused.status_code == 400
    assert "Het formulier is verlopen" in refused.text
    assert first.status == STATUS_PENDING

    response = client.post(f"/moderatie/aanmeldingen/{first.id}/goedkeuren", data={"csrf_token": token})
    assert response.status_code == 302
    assert first.status == STATUS_ACTIVE
    response = client.post(f"/moderatie/aanmeldingen/{second.id}/afwijzen",
                           data={f"afwijzen-{second.id}-csrf_token": reject_token,
                                 f"afwijzen-{second.id}-reason": "Geen medewerker van een gemeente."})
    assert response.status_code == 302
    assert second.status == STATUS_REJECTED
