"""Changing a password, and resetting a forgotten one with a mailed link."""
import re

import pytest

from forum.accounts import tokens
from forum.accounts.models import STATUS_PENDING, STATUS_SUSPENDED
from tests.conftest import log_in_client
from tests.factories import PASSWORD, make_user

NEW = "een nieuwe lange zin als wachtwoord"
SAME_ANSWER = "Als dit e-mailadres bij ons bekend is, ontvangt u een mail met een link."


def change(client, current=PASSWORD, new=NEW, repeat=None):
    return client.post("/account/wachtwoord", data={
        "current_password": current, "password": new, "password_repeat": new if repeat is None else repeat,
    })


def reset(client, link, new=NEW, repeat=None):
    return client.post(link, data={"password": new, "password_repeat": new if repeat is None else repeat})


def link_in(mail) -> str:
    return re.search(r"https?://\S+", mail.text).group()


def log_in(client, email, password):
    return client.post("/inloggen", data={"email": email, "password": password})


def test_change_password_keeps_this_session_and_ends_the_others(app, client, login, mails):
    user = login(make_user(email="iemand@example.nl"))
    other_device = app.test_client()
    log_in_client(other_device, user)
    assert other_device.get("/account").status_code == 200

    response = change(client)
    assert response.status_code == 302
    assert response.headers["Location"] == "/account"
    assert "Uw wachtwoord is gewijzigd." in client.get("/account").text
    assert other_device.get("/account").status_code == 302
    assert user.check_password(NEW)
    assert [mail.to for mail in mails] == ["iemand@example.nl"]
    assert "gewijzigd" in mails[0].subject


def test_a_remembered_session_stays_remembered_after_a_change(client):
    make_user(email="iemand@example.nl")
    client.post("/inloggen", data={"email": "iemand@example.nl", "password": PASSWORD, "remember": "y"})
    response = change(client)
    [cookie] = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert "Expires=" in cookie


@pytest.mark.parametrize("fields, message", [
    ({"current": "niet mijn wachtwoord"}, "Uw huidige wachtwoord klopt niet."),
    ({"current": ""}, "Vul uw huidige wachtwoord in."),
    ({"new": "te kort", "repeat": "te kort"}, "Een wachtwoord heeft minstens 12 tekens."),
    ({"repeat": "een andere lange zin"}, "De wachtwoorden komen niet overeen."),
])
def test_a_wrong_change_is_refused_and_nothing_changes(client, login, mails, fields, message):
    user = login(make_user())
    response = change(client, **fields)
    assert response.status_code == 422
    assert message in response.text
    assert user.check_password(PASSWORD)
    assert mails == []


def test_change_password_is_for_members(client):
    assert client.get("/account/wachtwoord").headers["Location"] == "/inloggen?next=%2Faccount%2Fwachtwoord"


def test_forgotten_password_mails_a_link_that_works_once(client, mails):
    user = make_user(email="iemand@example.nl")
    response = client.post("/wachtwoord-vergeten", data={"email": "Iemand@Example.nl"}, follow_redirects=True)
    assert SAME_ANSWER in response.text
    [mail] = mails
    assert mail.to == "iemand@example.nl"
    assert "2 uur" in mail.text
    link = link_in(mail)
    assert link.startswith("http://forum.test/wachtwoord-herstellen/")

    assert client.get(link).status_code == 200
    response = reset(client, link)
    assert response.headers["Location"] == "/inloggen"
    assert user.check_password(NEW)
    assert log_in(client, "iemand@example.nl", NEW).status_code == 302

    again = client.get(link)
    assert again.status_code == 400
    assert "Deze link werkt niet meer" in again.text
    assert 'href="/wachtwoord-vergeten"' in again.text
    assert reset(client, link, new="nog een andere lange zin").status_code == 400
    assert user.check_password(NEW)


@pytest.mark.parametrize("status", [None, STATUS_PENDING, STATUS_SUSPENDED])
def test_forgotten_password_answers_the_same_when_no_mail_is_sent(client, mails, status):
    make_user(email="bekend@example.nl")
    if status:
        make_user(email="iemand@example.nl", status=status)
    known = client.post("/wachtwoord-vergeten", data={"email": "bekend@example.nl"}, follow_redirects=True)
    unknown = client.post("/wachtwoord-vergeten", data={"email": "iemand@example.nl"}, follow_redirects=True)
    assert unknown.status_code == known.status_code == 200
    assert unknown.text == known.text
    assert [mail.to for mail in mails] == ["bekend@example.nl"]


def test_forgotten_password_needs_a_valid_address(client, mails):
    response = client.post("/wachtwoord-vergeten", data={"email": "geen adres"})
    assert response.status_code == 422
    assert "Vul een geldig e-mailadres in" in response.text
    assert 'value="geen adres"' in response.text


def test_an_expired_reset_link_is_refused(app, client, mails, clock_ahead):
    user = make_user(email="iemand@example.nl")
    client.post("/wachtwoord-vergeten", data={"email": "iemand@example.nl"})
    clock_ahead(app.config["PASSWORD_RESET_MAX_AGE"] - 60)
    assert client.get(link_in(mails[0])).status_code == 200
    clock_ahead(app.config["PASSWORD_RESET_MAX_AGE"] + 1)
    assert client.get(link_in(mails[0])).status_code == 400
    assert reset(client, link_in(mails[0])).status_code == 400
    assert user.check_password(PASSWORD)


def test_a_reset_link_stops_working_when_the_account_is_suspended(client, mails):
    user = make_user(email="iemand@example.nl")
    client.post("/wachtwoord-vergeten", data={"email": "iemand@example.nl"})
    user.status = STATUS_SUSPENDED
    assert client.get(link_in(mails[0])).status_code == 400


@pytest.mark.parametrize("token", ["onzin", "a" * 500, "eyJpZCI6MX0.aaaaaa.bbbbbb"])
def test_a_broken_reset_link_is_explained(client, token):
    make_user()
    response = client.get(f"/wachtwoord-herstellen/{token}")
    assert response.status_code == 400
    assert "Deze link werkt niet meer" in response.text


def test_a_confirmation_link_is_no_reset_link(client):
    token = tokens.confirmation_token(make_user())
    assert client.get(f"/wachtwoord-herstellen/{token}").status_code == 400


@pytest.mark.parametrize("payload", [{"id": "1"}, [1], {"id": 1, "password": "0" * 16}])
def test_a_signed_link_with_a_wrong_content_is_refused(client, payload):
    make_user()
    token = tokens._serializer(tokens.PASSWORD_RESET_SALT).dumps(payload)
    assert client.get(f"/wachtwoord-herstellen/{token}").status_code == 400


@pytest.mark.parametrize("new, repeat, message", [
    ("te kort", "te kort", "Een wachtwoord heeft minstens 12 tekens."),
    (NEW, "een andere lange zin", "De wachtwoorden komen niet overeen."),
])
def test_an_invalid_new_password_is_refused_and_the_link_keeps_working(client, mails, new, repeat, message):
    user = make_user(email="iemand@example.nl")
    client.post("/wachtwoord-vergeten", data={"email": "iemand@example.nl"})
    response = reset(client, link_in(mails[0]), new=new, repeat=repeat)
    assert response.status_code == 422
    assert message in response.text
    assert user.check_password(PASSWORD)
    assert reset(client, link_in(mails[0])).status_code == 302
