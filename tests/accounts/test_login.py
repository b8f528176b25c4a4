"""Logging in and out, the account page, and where a login may send you."""
import re

import pytest

from forum.accounts.models import (
    STATUS_PENDING,
    STATUS_REJECTED,
    STATUS_SUSPENDED,
    STATUS_UNCONFIRMED,
)
from tests.factories import PASSWORD, make_municipality, make_user

WRONG = "E-mailadres of wachtwoord klopt niet."


def log_in(client, email, password=PASSWORD, url="/inloggen", **fields):
    return client.post(url, data={"email": email, "password": password, **fields})


def test_login_form_is_in_dutch(client):
    page = client.get("/inloggen").text
    assert ">E-mailadres</label>" in page and ">Wachtwoord</label>" in page
    assert ">Onthoud mij</label>" in page
    assert 'class="form"' in page


def test_member_logs_in_and_sees_the_account_page(client):
    utrecht = make_municipality("Utrecht")
    user = make_user(utrecht, name="J. de Vries", job_title="beleidsadviseur", email="j.devries@utrecht.nl")
    assert user.last_login_at is None
    response = log_in(client, " J.deVries@Utrecht.nl ")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert user.last_login_at is not None
    page = client.get("/account").text
    for shown in ("J. de Vries", "beleidsadviseur", "Gemeente Utrecht", "j.devries@utrecht.nl", "Lid"):
        assert shown in page
    assert 'href="/account/wachtwoord"' in page


def test_staff_account_page_shows_vng_and_role(client, login):
    login(make_user(role="moderator", staff=True))
    page = client.get("/account").text
    assert "VNG" in page and "Moderator" in page


def test_account_page_sends_visitors_to_login(client):
    response = client.get("/account")
    assert response.status_code == 302
    assert response.headers["Location"] == "/inloggen?next=%2Faccount"


@pytest.mark.parametrize("email, password", [
    ("iemand@example.nl", "een verkeerd wachtwoord"),
    ("niemand@example.nl", PASSWORD),
])
def test_wrong_password_and_unknown_address_get_the_same_answer(client, email, password):
    make_user(email="iemand@example.nl")
    response = log_in(client, email, password)
    assert response.status_code == 422
    assert WRONG in response.text
    assert f'value="{email}"' in response.text  # the address stays, the password not
    assert password not in response.text
    assert client.get("/account").status_code == 302


@pytest.mark.parametrize("fields, message", [
    ({"email": ""}, "Vul uw e-mailadres in."),
    ({"password": ""}, "Vul uw wachtwoord in."),
])
def test_an_incomplete_login_is_refused(client, fields, message):
    response = client.post("/inloggen", data={"email": "iemand@example.nl", "password": PASSWORD, **fields})
    assert response.status_code == 422
    assert message in response.text


@pytest.mark.parametrize("status, message", [
    (STATUS_PENDING, "Uw account wacht nog op goedkeuring door een moderator."),
    (STATUS_UNCONFIRMED, "Bevestig eerst uw e-mailadres via de link in de mail die we u stuurden."),
    (STATUS_REJECTED, "Uw aanmelding is afgewezen."),
    (STATUS_SUSPENDED, "Uw account is geschorst."),
])
def test_accounts_that_are_not_active_are_refused_with_the_reason(client, status, message):
    make_user(email="iemand@example.nl", status=status)
    response = log_in(client, "iemand@example.nl")
    assert response.status_code == 403
    assert message in response.text
    assert ('action="/bevestigingsmail"' in response.text) == (status == STATUS_UNCONFIRMED)
    assert client.get("/account").status_code == 302


def test_the_reason_is_only_told_to_who_knows_the_password(client):
    make_user(email="iemand@example.nl", status=STATUS_PENDING)
    response = log_in(client, "iemand@example.nl", "een verkeerd wachtwoord")
    assert WRONG in response.text
    assert "goedkeuring" not in response.text


def test_unconfirmed_member_can_have_the_link_sent_again_from_the_refusal(client, mails):
    make_user(email="iemand@example.nl", status=STATUS_UNCONFIRMED)
    refusal = log_in(client, "iemand@example.nl").text
    assert 'type="hidden" value="iemand@example.nl"' in refusal
    client.post("/bevestigingsmail", data={"email": "iemand@example.nl"})
    assert [mail.to for mail in mails] == ["iemand@example.nl"]


def _session_cookie(response) -> str:
    [cookie] = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    return cookie


def test_remember_me_keeps_the_session_after_the_browser_closes(client):
    """'Onthoud mij' makes the signed session cookie persistent; the server still ends it in time."""
    make_user(email="iemand@example.nl")
    cookie = _session_cookie(log_in(client, "iemand@example.nl", remember="y"))
    assert "Expires=" in cookie
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_without_remember_me_the_session_ends_with_the_browser(client):
    make_user(email="iemand@example.nl")
    response = log_in(client, "iemand@example.nl")
    assert "Expires=" not in _session_cookie(response)
    assert not any(c.startswith("remember_token=") for c in response.headers.getlist("Set-Cookie"))


def test_login_returns_to_the_page_that_asked_for_it(client):
    make_user(email="iemand@example.nl")
    login_url = client.get("/account").headers["Location"]
    assert 'action="/inloggen?next=/account"' in client.get(login_url).text
    response = log_in(client, "iemand@example.nl", url=login_url)
    assert response.headers["Location"] == "/account"


@pytest.mark.parametrize("target", [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "http:/evil.example",
    "evil.example",
])
def test_login_does_not_send_you_to_another_site(client, target):
    make_user(email="iemand@example.nl")
    response = client.post("/inloggen", query_string={"next": target},
                           data={"email": "iemand@example.nl", "password": PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_a_logged_in_member_is_sent_on_from_the_login_page(client, login):
    login(make_user())
    assert client.get("/inloggen?next=/account").headers["Location"] == "/account"


def test_logout_needs_a_post(client, login):
    login(make_user())
    assert client.get("/uitloggen").status_code == 405
    assert client.get("/account").status_code == 200


def test_logout_ends_the_session(client, login):
    login(make_user())
    response = client.post("/uitloggen", follow_redirects=True)
    assert "U bent uitgelogd." in response.text
    assert client.get("/account").status_code == 302


def test_the_login_form_carries_a_csrf_token_and_needs_it(app, client):
    app.config["WTF_CSRF_ENABLED"] = True
    make_user(email="iemand@example.nl")
    assert log_in(client, "iemand@example.nl").status_code == 400
    page = client.get("/inloggen").text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    assert log_in(client, "iemand@example.nl", csrf_token=token).status_code == 302
