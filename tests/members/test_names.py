"""Names members read: nothing invisible or reversed, and no two colleagues by one name."""
import pytest
from sqlalchemy import select

from forum.accounts.models import STATUS_PENDING, STATUS_SUSPENDED, User
from forum.extensions import db
from tests.factories import make_municipality, make_user

SAME_NAME = "Er is al een lid van uw organisatie met deze naam. Voeg bijvoorbeeld een voorletter toe."
PASSWORD = "een lange zin als wachtwoord"


def save_profile(client, name, job_title="adviseur"):
    return client.post("/account/profiel", data={"name": name, "job_title": job_title, "tags": ""})


@pytest.mark.parametrize("name", ["\u200b\u200b", "\ufeff \u2060", "123 -", "\u202e\u2066"])
def test_an_invisible_or_letterless_name_is_refused_on_the_profile(client, login, name):
    user = login(make_user(name="Jan Jansen"))
    response = save_profile(client, name)
    assert response.status_code == 422
    assert "Vul uw naam in." in response.text
    assert db.session.get(User, user.id).name == "Jan Jansen"


def test_format_characters_are_taken_out_of_name_and_job_title(client, login):
    user = login(make_user(name="Jan Jansen"))
    response = save_profile(client, "\u202eevil\u200b  Jansen\u2069", job_title="\u200badviseur\u202e")
    assert response.status_code == 302
    db.session.expire_all()
    user = db.session.get(User, user.id)
    assert (user.name, user.job_title) == ("evil Jansen", "adviseur")


def test_registration_cleans_and_checks_the_name_too(client, mails):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    data = {"municipality_id": str(utrecht.id), "name": "\u200b\u200b", "job_title": "adviseur",
            "email": "a@utrecht.nl", "password": PASSWORD, "password_repeat": PASSWORD}
    response = client.post("/registreren", data=data)
    assert response.status_code == 422 and "Vul uw naam in." in response.text
    response = client.post("/registreren", data={**data, "name": "\u202eAnna\u200b de Wit",
                                                 "job_title": "\ufeffadviseur"})
    assert response.status_code == 302
    user = db.session.scalar(select(User).where(User.email == "a@utrecht.nl"))
    assert (user.name, user.job_title) == ("Anna de Wit", "adviseur")


@pytest.mark.parametrize("taken", ["Jan de Vries", "jan  DE vries", " JAN de Vries "])
def test_a_colleagues_exact_name_is_refused(client, login, taken):
    utrecht = make_municipality("Utrecht")
    make_user(utrecht, name="Jan de Vries", job_title="beleidsadviseur")
    user = login(make_user(utrecht, name="Piet Smit"))
    response = save_profile(client, taken, job_title="beleidsadviseur")
    assert response.status_code == 422
    assert SAME_NAME in response.text
    assert db.session.get(User, user.id).name == "Piet Smit"


def test_a_suspended_colleague_keeps_the_name_too_and_vng_staff_are_one_organisation(client, login):
    utrecht = make_municipality("Utrecht")
    make_user(utrecht, name="Sanne Koster", status=STATUS_SUSPENDED)
    make_user(staff=True, name="Karin Vos")
    login(make_user(utrecht, name="Piet Smit"))
    assert save_profile(client, "Sanne Koster").status_code == 422
    login(make_user(staff=True, name="Kees Bos"))
    assert SAME_NAME in save_profile(client, "Karin Vos").text


def test_the_same_name_elsewhere_or_of_an_applicant_is_allowed(client, login):
    utrecht = make_municipality("Utrecht")
    make_user(make_municipality("Zeist"), name="Jan de Vries")
    make_user(utrecht, name="Anna Bakker", status=STATUS_PENDING)
    make_user(staff=True, name="Kees Bos")
    login(make_user(utrecht, name="Piet Smit"))
    assert save_profile(client, "Jan de Vries").status_code == 302
    assert save_profile(client, "Anna Bakker").status_code == 302
    assert save_profile(client, "Kees Bos").status_code == 302


def test_namesakes_from_before_can_still_save_their_profile(client, login):
    utrecht = make_municipality("Utrecht")
    make_user(utrecht, name="Jan de Vries")
    login(make_user(utrecht, name="Jan de Vries"))
    assert save_profile(client, "Jan de Vries", job_title="nieuwe functie").status_code == 302
