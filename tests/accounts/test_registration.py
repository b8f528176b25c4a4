"""Registering: a verified domain confirms by mail, any other address waits for a moderator."""
import re

import pytest
from sqlalchemy import func, select

from forum.accounts import services
from forum.accounts.models import (
    STATUS_ACTIVE,
    STATUS_PENDING,
    STATUS_SUSPENDED,
    STATUS_UNCONFIRMED,
    User,
)
from forum.extensions import db
from tests.factories import make_municipality, make_user

PASSWORD = "een lange zin als wachtwoord"


def registration(municipality, **changes):
    return {
        "municipality_id": str(municipality.id), "name": "J. de Vries",
        "job_title": "beleidsadviseur duurzaamheid", "email": "j.devries@utrecht.nl",
        "password": PASSWORD, "password_repeat": PASSWORD, **changes,
    }


def user_with_email(address):
    return db.session.scalar(select(User).where(User.email == address))


def link_in(mail) -> str:
    return re.search(r"https?://\S+", mail.text).group()


def log_in(client, email, password=PASSWORD):
    return client.post("/inloggen", data={"email": email, "password": password})


def test_form_offers_every_municipality_by_name(client):
    make_municipality("Zwolle")
    make_municipality("Amersfoort")
    response = client.get("/registreren")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.index(">Amersfoort</option>") < page.index(">Zwolle</option>")
    for label in ("Gemeente", "Naam", "Functie", "Werk-e-mailadres"):
        assert f">{label}</label>" in page


def test_verified_domain_is_confirmed_by_the_mailed_link(client, mails):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    response = client.post("/registreren", data=registration(utrecht, email=" J.deVries@Utrecht.NL "))
    assert response.status_code == 302
    assert response.headers["Location"] == "/registreren/ontvangen"
    user = user_with_email("j.devries@utrecht.nl")
    assert user.status == STATUS_UNCONFIRMED
    assert user.check_password(PASSWORD)
    assert utrecht.member_count == 0  # counted once active, not before
    assert "We hebben een mail gestuurd naar j.devries@utrecht.nl" in client.get("/registreren/ontvangen").text

    [mail] = mails
    assert mail.to == "j.devries@utrecht.nl"
    assert "Bevestig uw e-mailadres" in mail.subject
    assert link_in(mail).startswith("http://forum.test/bevestigen/")
    assert "3 dagen" in mail.text

    response = client.get(link_in(mail), follow_redirects=True)
    assert "Uw e-mailadres is bevestigd en uw account is actief." in response.text
    assert user.status == STATUS_ACTIVE
    assert utrecht.member_count == 1
    assert log_in(client, "j.devries@utrecht.nl").status_code == 302


def test_following_the_link_again_says_it_was_already_confirmed(client, mails):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    client.post("/registreren", data=registration(utrecht))
    client.get(link_in(mails[0]))
    response = client.get(link_in(mails[0]), follow_redirects=True)
    assert response.status_code == 200
    assert "Uw e-mailadres was al bevestigd." in response.text
    assert utrecht.member_count == 1


def test_other_address_waits_for_a_moderator_until_approved(client, mails, login):
    zeist = make_municipality("Zeist")
    response = client.post("/registreren", data=registration(zeist, email="jdevries@gmail.com"),
                           follow_redirects=True)
    assert "Een moderator van de VNG beoordeelt uw aanmelding" in response.text
    user = user_with_email("jdevries@gmail.com")
    assert user.status == STATUS_PENDING
    assert mails == []
    refused = log_in(client, "jdevries@gmail.com")
    assert refused.status_code == 403
    assert "Uw account wacht nog op goedkeuring door een moderator." in refused.text

    login(make_user(role="moderator", staff=True))
    assert client.post(f"/moderatie/aanmeldingen/{user.id}/goedkeuren").status_code == 302
    client.post("/uitloggen")

    assert user.status == STATUS_ACTIVE
    assert zeist.member_count == 1
    assert mails[-1].to == "jdevries@gmail.com"
    assert "goedgekeurd" in mails[-1].subject
    assert log_in(client, "jdevries@gmail.com").status_code == 302


def test_verified_domain_of_another_municipality_still_needs_a_moderator(client, mails):
    make_municipality("Utrecht", domain="utrecht.nl")
    zeist = make_municipality("Zeist")
    client.post("/registreren", data=registration(zeist))
    assert user_with_email("j.devries@utrecht.nl").status == STATUS_PENDING
    assert mails == []


def test_a_known_address_gets_the_same_answer_and_its_owner_a_mail(client, mails):
    utrecht = make_municipality("Utrecht")
    owner = make_user(utrecht, email="j.devries@utrecht.nl")
    response = client.post("/registreren", data=registration(utrecht, email="J.deVries@utrecht.nl"))
    assert response.status_code == 302
    assert response.headers["Location"] == "/registreren/ontvangen"
    assert db.session.scalar(select(func.count()).select_from(User)) == 1
    assert not owner.check_password(PASSWORD)
    [mail] = mails
    assert mail.to == "j.devries@utrecht.nl"
    assert "U heeft al een account" in mail.subject
    assert "http://forum.test/wachtwoord-vergeten" in mail.text


def test_registering_again_before_confirming_sends_a_new_link(client, mails):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    client.post("/registreren", data=registration(utrecht))
    client.post("/registreren", data=registration(utrecht))
    assert [mail.subject for mail in mails] == ["Bevestig uw e-mailadres voor het Kennisforum"] * 2
    client.get(link_in(mails[1]))
    assert user_with_email("j.devries@utrecht.nl").status == STATUS_ACTIVE


def test_a_double_click_registers_once_without_an_error(client, mails, monkeypatch):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    make_user(utrecht, email="j.devries@utrecht.nl", status=STATUS_UNCONFIRMED)
    # The second request looked before the first one had committed.
    monkeypatch.setattr(services, "find_user_by_email", lambda address: None)
    response = client.post("/registreren", data=registration(utrecht))
    assert response.status_code == 302
    assert response.headers["Location"] == "/registreren/ontvangen"
    assert db.session.scalar(select(func.count()).select_from(User)) == 1
    assert mails == []


@pytest.mark.parametrize("changes, message", [
    ({"password": "kort genoeg", "password_repeat": "kort genoeg"}, "Een wachtwoord heeft minstens 12 tekens."),
    ({"password": "x" * 201, "password_repeat": "x" * 201}, "Een wachtwoord heeft hoogstens 200 tekens."),
    ({"password_repeat": "een andere zin als wachtwoord"}, "De wachtwoorden komen niet overeen."),
    ({"municipality_id": "999999"}, "Kies uw gemeente uit de lijst."),
    ({"municipality_id": "abc"}, "Kies uw gemeente uit de lijst."),
    ({"municipality_id": ""}, "Kies uw gemeente."),
    ({"email": "geen-adres"}, "Vul een geldig e-mailadres in"),
    ({"email": ""}, "Vul uw e-mailadres in."),
    ({"name": "  "}, "Vul uw naam in."),
    ({"job_title": "x" * 101}, "Een functie heeft hoogstens 100 tekens."),
])
def test_invalid_registrations_are_refused_in_dutch_and_keep_the_entries(client, mails, changes, message):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    response = client.post("/registreren", data=registration(utrecht, **changes))
    assert response.status_code == 422
    assert "Er is iets niet goed ingevuld" in response.text
    assert message in response.text
    if "name" not in changes:
        assert 'value="J. de Vries"' in response.text
    if "job_title" not in changes:
        assert 'value="beleidsadviseur duurzaamheid"' in response.text
    assert PASSWORD not in response.text
    assert db.session.scalar(select(User)) is None
    assert mails == []


def test_the_chosen_municipality_stays_selected_after_an_error(client):
    utrecht = make_municipality("Utrecht")
    response = client.post("/registreren", data=registration(utrecht, name=""))
    assert f'<option selected value="{utrecht.id}">Utrecht</option>' in response.text


def test_a_logged_in_member_is_sent_home(client, login):
    login(make_user())
    assert client.get("/registreren").headers["Location"] == "/"


@pytest.mark.parametrize("token", ["onzin", "eyJpZCI6MX0.invalid.signature"])
def test_a_broken_confirmation_link_is_explained(client, token):
    response = client.get(f"/bevestigen/{token}")
    assert response.status_code == 400
    assert "Deze link werkt niet meer" in response.text
    assert "/bevestigingsmail" in response.text


def test_an_expired_confirmation_link_is_refused(app, client, mails, clock_ahead):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    client.post("/registreren", data=registration(utrecht))
    clock_ahead(app.config["EMAIL_CONFIRM_MAX_AGE"] + 1)
    response = client.get(link_in(mails[0]))
    assert response.status_code == 400
    assert user_with_email("j.devries@utrecht.nl").status == STATUS_UNCONFIRMED


def test_a_new_confirmation_link_can_be_requested(client, mails):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    client.post("/registreren", data=registration(utrecht))
    response = client.post("/bevestigingsmail", data={"email": "J.deVries@utrecht.nl"})
    assert response.headers["Location"] == "/inloggen"
    assert len(mails) == 2 and mails[1].to == "j.devries@utrecht.nl"
    client.get(link_in(mails[1]))
    assert user_with_email("j.devries@utrecht.nl").status == STATUS_ACTIVE


@pytest.mark.parametrize("status", [STATUS_ACTIVE, STATUS_PENDING])
def test_no_confirmation_link_for_accounts_that_need_none(client, mails, status):
    make_user(email="iemand@example.nl", status=status)
    unknown = client.post("/bevestigingsmail", data={"email": "niemand@example.nl"}, follow_redirects=True)
    known = client.post("/bevestigingsmail", data={"email": "iemand@example.nl"}, follow_redirects=True)
    assert "Als er bij dit e-mailadres een account hoort" in known.text
    assert known.text == unknown.text
    assert mails == []


def test_the_confirmation_link_form_asks_for_a_valid_address(client):
    assert client.get("/bevestigingsmail").status_code == 200
    response = client.post("/bevestigingsmail", data={"email": "geen adres"})
    assert response.status_code == 422
    assert "Vul een geldig e-mailadres in" in response.text


def test_a_confirmation_link_does_not_undo_a_suspension(client, mails):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    client.post("/registreren", data=registration(utrecht))
    user_with_email("j.devries@utrecht.nl").status = STATUS_SUSPENDED
    assert client.get(link_in(mails[0])).status_code == 400
    assert user_with_email("j.devries@utrecht.nl").status == STATUS_SUSPENDED
    assert utrecht.member_count == 0
