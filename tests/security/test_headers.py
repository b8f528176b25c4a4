"""Security headers on every page, and /.well-known/security.txt (RFC 9116)."""
from datetime import datetime, timedelta

import pytest

from forum.clock import utcnow
from tests.factories import make_thread, make_user


@pytest.mark.parametrize("path", ["/", "/inloggen", "/bestaat-niet"])
def test_every_page_carries_the_security_headers(client, path):
    headers = client.get(path).headers
    policy = headers["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy and "base-uri 'none'" in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"


def test_pages_have_no_inline_script_or_style(client, login):
    login(make_user(role="moderator", staff=True))
    thread = make_thread()
    for path in ("/", f"/onderwerp/{thread.id}", "/account", "/moderatie/meldingen", "/moderatie/logboek"):
        page = client.get(path).text
        assert "<script>" not in page and "<style" not in page and " style=" not in page, path
        assert " onclick=" not in page and "javascript:" not in page, path


def test_security_txt_names_a_contact_and_a_future_expiry(app, client):
    app.config["SECURITY_CONTACT"] = "mailto:security@vng.example"
    app.config["SECURITY_POLICY_URL"] = "https://vng.example/cvd"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    fields = dict(line.split(": ", 1) for line in response.text.strip().splitlines())
    assert fields["Contact"] == "mailto:security@vng.example"
    assert fields["Policy"] == "https://vng.example/cvd"
    assert fields["Canonical"] == "http://forum.test/.well-known/security.txt"
    expires = datetime.fromisoformat(fields["Expires"].removesuffix("Z"))
    assert utcnow() < expires < utcnow() + timedelta(days=365)


def test_security_txt_falls_back_to_the_contact_address(app, client):
    app.config["CONTACT_EMAIL"] = "info@vng.example"
    assert "Contact: mailto:info@vng.example" in client.get("/.well-known/security.txt").text


def test_without_any_contact_there_is_no_security_txt(client):
    assert client.get("/.well-known/security.txt").status_code == 404


def test_behind_a_proxy_the_client_address_is_used(tmp_path):
    from forum import create_app
    from tests.conftest import TEST_CONFIG

    app = create_app({**TEST_CONFIG, "PROXY_COUNT": 1,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'p.sqlite'}"})

    @app.get("/adres-test")
    def address():
        from flask import request

        return request.remote_addr

    response = app.test_client().get("/adres-test", headers={"X-Forwarded-For": "203.0.113.9"},
                                     environ_base={"REMOTE_ADDR": "127.0.0.1"})
    assert response.text == "203.0.113.9"


def test_pages_of_a_logged_in_member_are_not_cached(client, login):
    assert "no-store" not in client.get("/inloggen").headers.get("Cache-Control", "")
    login(make_user())
    assert client.get("/account").headers["Cache-Control"] == "no-store"
