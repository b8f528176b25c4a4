"""The application as a whole: configuration, database settings, security headers."""
from sqlalchemy import text

from forum.database import SQLITE_BUSY_TIMEOUT_MS, SQLITE_MMAP_BYTES
from forum.extensions import db
from tests.factories import make_user


def test_sqlite_runs_with_wal_foreign_keys_busy_timeout_and_memory_map(app):
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == SQLITE_BUSY_TIMEOUT_MS == 20_000
        assert connection.execute(text("PRAGMA mmap_size")).scalar() == SQLITE_MMAP_BYTES == 1 << 30


def test_every_page_carries_security_headers(client):
    response = client.get("/over")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_a_refused_form_token_says_why_and_what_to_do(app, client, login):
    """Without a session (logged out in another tab, cookies gone) the token is refused first:
    the member is told to keep the text and log in again, not only to reload."""
    app.config["WTF_CSRF_ENABLED"] = True
    logged_out = client.post("/vraag-stellen", data={"title": "Een vraag die ik niet kwijt wil"})
    assert logged_out.status_code == 400
    assert "U bent niet meer ingelogd, daardoor is het formulier verlopen." in logged_out.text
    login(make_user())
    logged_in = client.post("/vraag-stellen", data={"title": "Een vraag die ik niet kwijt wil"})
    assert logged_in.status_code == 400
    assert "Het formulier is verlopen of kwam niet van deze site." in logged_in.text
