"""Two-factor login (TOTP): setting it up, logging in with a code or a recovery code, no replays,
and required for moderators."""
import re

import pyotp
import pytest

from tests.factories import PASSWORD, TOTP_SECRET, make_user


def log_in(client, email="iemand@example.nl", **fields):
    return client.post("/inloggen", data={"email": email, "password": PASSWORD, **fields})


def logged_in(client) -> bool:
    return client.get("/account").status_code == 200


def test_a_member_sets_up_two_factor_login(client, login, mails):
    user = make_user(email="iemand@example.nl")
    log_in(client)
    page = client.get("/account/tweestapsverificatie").text
    secret = re.search(r'<code class="secret">([A-Z2-7]+)</code>', page).group(1)
    assert "otpauth://totp/" in page
    wrong = client.post("/account/tweestapsverificatie/aanzetten", data={"code": "000000"})
    assert wrong.status_code == 422 and "Deze code klopt niet." in wrong.text
    assert user.totp_secret is None
    response = client.post("/account/tweestapsverificatie/aanzetten", data={"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    codes = re.findall(r"<li><code>([0-9a-f]{8}-[0-9a-f]{8})</code></li>", response.text)
    assert len(codes) == 10
    assert user.totp_secret == secret
    assert logged_in(client)  # this session goes on; others ended
    assert "Tweestapsverificatie staat aan." in client.get("/account/tweestapsverificatie").text


def test_login_asks_for_the_code_after_the_password(client):
    make_user(email="iemand@example.nl", two_factor=True)
    response = log_in(client)
    assert response.headers["Location"] == "/inloggen/code"
    assert not logged_in(client)
    wrong = client.post("/inloggen/code", data={"code": "123456"})
    assert wrong.status_code == 422 and "Deze code klopt niet of is al gebruikt." in wrong.text
    other_digits = client.post("/inloggen/code", data={"code": "１２３４５６"})  # isdigit(), but not ASCII
    assert other_digits.status_code == 422 and "Deze code klopt niet of is al gebruikt." in other_digits.text
    assert not logged_in(client)
    right = client.post("/inloggen/code", data={"code": pyotp.TOTP(TOTP_SECRET).now()})
    assert right.headers["Location"] == "/"
    assert logged_in(client)


def test_a_code_works_only_once(client):
    make_user(email="iemand@example.nl", two_factor=True)
    code = pyotp.TOTP(TOTP_SECRET).now()
    log_in(client)
    client.post("/inloggen/code", data={"code": code})
    client.post("/uitloggen")
    log_in(client)
    assert client.post("/inloggen/code", data={"code": code}).status_code == 422
    assert not logged_in(client)


def test_a_recovery_code_works_once(client, fresh_login):
    fresh_login(make_user(email="iemand@example.nl"))
    page = client.get("/account/tweestapsverificatie").text
    secret = re.search(r'<code class="secret">([A-Z2-7]+)</code>', page).group(1)
    codes = re.findall(r"<li><code>([0-9a-f-]{17})</code>",
                       client.post("/account/tweestapsverificatie/aanzetten",
                                   data={"code": pyotp.TOTP(secret).now()}).text)
    client.post("/uitloggen")
    log_in(client)
    assert client.post("/inloggen/code", data={"code": codes[0].upper()}).status_code == 302
    client.post("/uitloggen")
    log_in(client)
    assert client.post("/inloggen/code", data={"code": codes[0]}).status_code == 422


def test_the_code_step_needs_a_password_first(client):
    response = client.get("/inloggen/code")
    assert response.headers["Location"] == "/inloggen"
    assert client.post("/inloggen/code", data={"code": "123456"}).headers["Location"] == "/inloggen"


def test_a_member_turns_it_off_with_a_code(client, fresh_login):
    user = fresh_login(make_user(two_factor=True))
    assert client.post("/account/tweestapsverificatie/uitzetten", data={"code": "000000"}).status_code == 422
    assert user.totp_secret is not None
    response = client.post("/account/tweestapsverificatie/uitzetten",
                           data={"code": pyotp.TOTP(TOTP_SECRET).now()})
    assert response.status_code == 302
    assert user.totp_secret is None


@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_moderators_cannot_turn_it_off(client, fresh_login, role):
    user = fresh_login(make_user(role=role, staff=True))
    response = client.post("/account/tweestapsverificatie/uitzetten",
                           data={"code": pyotp.TOTP(TOTP_SECRET).now()})
    assert response.status_code == 403
    assert "verplicht" in response.text
    assert user.totp_secret is not None


def test_a_moderator_without_it_is_sent_to_set_it_up(client, fresh_login):
    fresh_login(make_user(role="moderator", staff=True, two_factor=False))
    response = client.get("/moderatie/meldingen")
    assert response.headers["Location"] == "/account/tweestapsverificatie"
    page = client.get("/account/tweestapsverificatie").text
    assert "Stel eerst tweestapsverificatie in." in page
    assert "Tweestapsverificatie instellen" in page


def test_setting_it_up_needs_a_recent_password(client, login, monkeypatch, app):
    from forum.accounts import sessions

    login(make_user())
    monkeypatch.setattr(sessions, "recently_authenticated", lambda: False)
    response = client.get("/account/tweestapsverificatie")
    assert response.headers["Location"].startswith("/account/bevestigen")
