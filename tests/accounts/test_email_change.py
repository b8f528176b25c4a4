"""Changing the e-mail address: after the password, confirmed from the new address, told to the old."""
import re

import pytest

from tests.factories import make_user


def link_in(mail) -> str:
    return re.search(r"http://forum\.test(/\S+)", mail.text).group(1)


def test_the_new_address_is_confirmed_by_mail(client, fresh_login, mails):
    user = fresh_login(make_user(email="oud@utrecht.nl"))
    response = client.post("/account/e-mailadres", data={"email": " Nieuw@Utrecht.nl "})
    assert response.headers["Location"] == "/account"
    assert user.email == "oud@utrecht.nl"  # nothing changes before the link is followed
    confirm, notice = mails
    assert (confirm.to, notice.to) == ("nieuw@utrecht.nl", "oud@utrecht.nl")
    assert "nieuw@utrecht.nl" in notice.text
    response = client.get(link_in(confirm))
    assert response.headers["Location"] == "/account"
    assert user.email == "nieuw@utrecht.nl"
    assert client.get(link_in(confirm)).status_code == 400  # the link works once


def test_a_taken_address_gets_the_same_answer_and_a_mail(client, fresh_login, mails):
    make_user(email="bezet@utrecht.nl")
    user = fresh_login(make_user(email="oud@utrecht.nl"))
    response = client.post("/account/e-mailadres", data={"email": "bezet@utrecht.nl"})
    assert response.headers["Location"] == "/account"
    [mail] = mails
    assert mail.to == "bezet@utrecht.nl" and "al een account" in mail.text
    assert user.email == "oud@utrecht.nl"


@pytest.mark.parametrize("email, message", [
    ("", "Vul uw e-mailadres in."),
    ("geen-adres", "Vul een geldig e-mailadres in"),
    ("oud@utrecht.nl", "Dit is al uw e-mailadres."),
])
def test_a_wrong_address_is_refused_and_kept(client, fresh_login, mails, email, message):
    fresh_login(make_user(email="oud@utrecht.nl"))
    response = client.post("/account/e-mailadres", data={"email": email})
    assert response.status_code == 422
    assert message in response.text
    assert mails == []


def test_a_forged_link_is_refused(client, fresh_login):
    user = fresh_login(make_user(email="oud@utrecht.nl"))
    assert client.get("/account/e-mailadres/bevestigen/niet-echt").status_code == 400
    assert user.email == "oud@utrecht.nl"


def test_changing_the_address_is_for_members(client):
    assert client.get("/account/e-mailadres").headers["Location"].startswith("/inloggen")
