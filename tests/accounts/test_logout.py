"""Logging out ends the login on the server; "Overal uitloggen" ends every login of the account."""
from sqlalchemy import func, select

from forum.accounts.models import LoginSession
from forum.extensions import db
from forum.feeds.tokens import feed_token
from tests.factories import PASSWORD, make_category, make_user


def log_in(client, email="iemand@example.nl", **fields):
    response = client.post("/inloggen", data={"email": email, "password": PASSWORD, **fields})
    assert response.status_code == 302
    return response


def copy_of_cookie(app, client):
    """Another browser holding a copy of `client`'s session cookie (stolen, or a shared computer)."""
    thief = app.test_client()
    cookie = client.get_cookie("session", domain="forum.test")
    thief.set_cookie("session", cookie.value, domain="forum.test")
    return thief


def logged_in(client) -> bool:
    return client.get("/account").status_code == 200


def login_sessions_of(user) -> int:
    return db.session.scalar(select(func.count()).select_from(LoginSession).where(LoginSession.user_id == user.id))


def test_a_copied_session_cookie_stops_working_after_logout(app, client):
    make_user(email="iemand@example.nl")
    log_in(client)
    copy = copy_of_cookie(app, client)
    assert logged_in(copy)  # the copy works while the login lasts

    client.post("/uitloggen")

    assert not logged_in(client)
    response = copy.get("/account")
    assert response.status_code == 302 and response.headers["Location"].startswith("/inloggen")


def test_a_copied_remember_me_cookie_stops_working_after_logout(app, client):
    make_user(email="iemand@example.nl")
    log_in(client, remember="y")
    copy = copy_of_cookie(app, client)
    assert logged_in(copy)

    client.post("/uitloggen")

    assert not logged_in(copy)


def test_logging_out_ends_only_this_login(app, client):
    user = make_user(email="iemand@example.nl")
    laptop = app.test_client()
    log_in(laptop)
    log_in(client)
    assert login_sessions_of(user) == 2

    client.post("/uitloggen")

    assert logged_in(laptop)
    assert login_sessions_of(user) == 1


def test_logging_out_everywhere_ends_every_login_and_the_feed_addresses(app, client):
    make_category("Wonen", parent=make_category("Leefomgeving"))
    user = make_user(email="iemand@example.nl")
    laptop, phone = app.test_client(), app.test_client()
    log_in(laptop, remember="y")
    log_in(phone)
    log_in(client)
    copy = copy_of_cookie(app, laptop)
    feed_address = f"/categorie/wonen/feed.atom?token={feed_token(user)}"
    reader = app.test_client()
    assert reader.get(feed_address).status_code == 200
    assert "Overal uitloggen" in client.get("/account").text

    response = client.post("/account/overal-uitloggen")

    assert response.status_code == 302 and response.headers["Location"].startswith("/inloggen")
    assert "U bent overal uitgelogd" in client.get(response.headers["Location"]).text
    for browser in (client, laptop, phone, copy):
        assert not logged_in(browser)
    assert login_sessions_of(user) == 0
    assert reader.get(feed_address).status_code == 403
    log_in(client)  # the password still works: this logs out, it does not lock out
    assert logged_in(client)


def test_logging_out_everywhere_needs_a_login_and_the_csrf_token(app, client):
    response = client.post("/account/overal-uitloggen")
    assert response.status_code == 302 and response.headers["Location"].startswith("/inloggen")

    user = make_user(email="iemand@example.nl")
    log_in(client)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        refused = client.post("/account/overal-uitloggen")
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert refused.status_code == 400
    assert logged_in(client) and login_sessions_of(user) == 1
