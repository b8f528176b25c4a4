"""Sessions end by themselves (idle, absolute), cookies are hardened, and sensitive changes need
the password again."""
import pytest

from forum import create_app
from forum.accounts import sessions
from tests.conftest import TEST_CONFIG
from tests.factories import PASSWORD, make_user


@pytest.fixture
def clock(monkeypatch):
    """`clock.advance(seconds)`: the session code sees a later time."""

    class Clock:
        now = 1_900_000_000.0

        def advance(self, seconds):
            self.now += seconds

    moving = Clock()
    monkeypatch.setattr(sessions, "_now", lambda: moving.now)
    return moving


def log_in(client, email="iemand@example.nl", **fields):
    return client.post("/inloggen", data={"email": email, "password": PASSWORD, **fields})


def test_an_idle_session_ends(client, clock, app):
    make_user(email="iemand@example.nl")
    log_in(client)
    clock.advance(app.config["SESSION_IDLE_MINUTES"] * 60 - 5)
    assert client.get("/account").status_code == 200  # activity keeps it alive
    clock.advance(app.config["SESSION_IDLE_MINUTES"] * 60 - 5)
    assert client.get("/account").status_code == 200
    clock.advance(app.config["SESSION_IDLE_MINUTES"] * 60 + 5)
    response = client.get("/account")
    assert response.headers["Location"].startswith("/inloggen")
    assert "Uw sessie is verlopen. Log opnieuw in." in client.get(response.headers["Location"]).text


def test_an_active_session_still_ends_after_the_absolute_limit(client, clock, app):
    make_user(email="iemand@example.nl")
    log_in(client)
    for _ in range(app.config["SESSION_ABSOLUTE_HOURS"] * 2 + 2):
        clock.advance(30 * 60)
        if client.get("/account").status_code != 200:
            break
    else:
        pytest.fail("the session never ended")
    assert client.get("/account").headers["Location"].startswith("/inloggen")


def test_a_remembered_session_survives_idleness_but_not_the_remember_period(client, clock, app):
    make_user(email="iemand@example.nl")
    log_in(client, remember="y")
    clock.advance(3 * 24 * 3600)
    assert client.get("/account").status_code == 200
    clock.advance(app.config["SESSION_REMEMBER_DAYS"] * 24 * 3600)
    assert client.get("/account").status_code == 302


def test_the_session_cookie_is_hardened(client):
    make_user(email="iemand@example.nl")
    [cookie] = [c for c in log_in(client).headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain http in tests; see the next test


def test_production_sets_secure_cookies_and_hsts(tmp_path, monkeypatch):
    monkeypatch.setenv("FORUM_SESSION_COOKIE_SECURE", "1")
    app = create_app({**TEST_CONFIG, "WTF_CSRF_ENABLED": True,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'x.sqlite'}"})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    client = app.test_client()
    response = client.get("/inloggen", base_url="https://forum.test")
    [cookie] = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert "Secure" in cookie
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_logging_in_starts_a_clean_session(client):
    make_user(email="iemand@example.nl")
    with client.session_transaction() as session:
        session["planted"] = "door een aanvaller"
    log_in(client)
    with client.session_transaction() as session:
        assert "planted" not in session and "_user_id" in session


def test_changing_the_email_address_needs_the_password_again(client, clock, app):
    make_user(email="iemand@example.nl")
    log_in(client)
    assert client.get("/account/e-mailadres").status_code == 200  # just logged in
    clock.advance(app.config["REAUTH_MINUTES"] * 60 + 1)
    response = client.get("/account/e-mailadres")
    assert response.headers["Location"] == "/account/bevestigen?next=/account/e-mailadres"
    wrong = client.post("/account/bevestigen?next=/account/e-mailadres", data={"password": "fout fout fout"})
    assert wrong.status_code == 422 and "Dit wachtwoord klopt niet." in wrong.text
    right = client.post("/account/bevestigen?next=/account/e-mailadres", data={"password": PASSWORD})
    assert right.headers["Location"] == "/account/e-mailadres"
    assert client.get("/account/e-mailadres").status_code == 200


def test_reauthentication_does_not_send_you_off_site(client):
    make_user(email="iemand@example.nl")
    log_in(client)
    response = client.post("/account/bevestigen?next=//evil.example", data={"password": PASSWORD})
    assert response.headers["Location"] == "/account"


def test_reauthentication_is_for_members(client):
    assert client.get("/account/bevestigen").headers["Location"].startswith("/inloggen")
