"""Passwords of 12+ characters that are still easy to guess are refused, with a Dutch reason."""
import pytest

from forum.accounts.passwords import is_guessable
from tests.factories import make_municipality

GUESSABLE = "Dit wachtwoord is te makkelijk te raden"


@pytest.mark.parametrize("password", [
    "123456789012", "password1234", "Wachtwoord2024!", "welkom123456", "qwertyuiop12",
    "abcdefghijkl", "aaaaaaaaaaaaaaa", "abababababab", "Kennisforum2025", "1qaz2wsx3edc",
])
def test_common_passwords_are_guessable(password):
    assert is_guessable(password)


@pytest.mark.parametrize("password", [
    "fietsen langs de vecht in mei", "Correct-Horse-Battery-Staple", "wachtwoord met een zin erin",
    "x" * 12 + "y7!",
])
def test_good_passphrases_are_not(password):
    assert not is_guessable(password)


def test_a_password_built_on_ones_own_name_is_guessable():
    assert is_guessable("Devries2024!!", ("J. de Vries", "devries"))


def register(client, municipality, password, name="J. de Vries", email="j.devries@gmail.com"):
    return client.post("/registreren", data={
        "municipality_id": municipality.id, "name": name, "job_title": "beleidsadviseur",
        "email": email, "password": password, "password_repeat": password,
    })


@pytest.mark.parametrize("password", ["welkom123456", "qwertyuiopasdf", "jdevries2024!"])
def test_registration_refuses_guessable_passwords(client, password):
    response = register(client, make_municipality("Zeist"), password, email="jdevries@gmail.com")
    assert response.status_code == 422
    assert GUESSABLE in response.text
    assert "J. de Vries" in response.text  # the rest of the form is kept


def test_registration_accepts_a_long_passphrase(client):
    response = register(client, make_municipality("Zeist"), "een lange zin als wachtwoord " * 6)
    assert response.status_code == 302


def test_changing_to_a_guessable_password_is_refused(client, login):
    from tests.factories import PASSWORD, make_user

    login(make_user())
    response = client.post("/account/wachtwoord", data={
        "current_password": PASSWORD, "password": "password12345", "password_repeat": "password12345"})
    assert response.status_code == 422
    assert GUESSABLE in response.text
