"""Abuse limits: 429 with Retry-After, no session while blocked, no hint whether an account exists.

Other tests run with the limiter off; these switch it on, each with its own key prefix.
"""
import uuid

import pytest
import redis

from forum import create_app, limits
from forum.extensions import db, limiter
from tests.conftest import TEST_CONFIG
from tests.factories import PASSWORD, make_reply, make_thread, make_user

REDIS_URL = "redis://127.0.0.1:6379/15"


def log_in(client, email, password="een verkeerd wachtwoord", **headers):
    return client.post("/inloggen", data={"email": email, "password": password},
                       environ_base={"REMOTE_ADDR": headers.get("ip", "192.0.2.1")})


def assert_blocked(response, login=True):
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0
    assert "Te veel verzoeken" in response.text
    if login:  # no login session is handed out while blocked
        assert not any(cookie.startswith("session=") for cookie in response.headers.getlist("Set-Cookie"))


@pytest.mark.parametrize("known", [True, False])
def test_failed_logins_per_account_and_address_are_limited_alike_for_known_and_unknown(client, limited, known):
    if known:
        make_user(email="iemand@example.nl")
    for _ in range(5):
        assert log_in(client, "iemand@example.nl", ip="192.0.2.7").status_code == 422
    blocked = log_in(client, "iemand@example.nl", ip="192.0.2.7")
    assert_blocked(blocked)
    # Even the right password does not log in from there while blocked.
    right = log_in(client, "iemand@example.nl", PASSWORD, ip="192.0.2.7")
    assert_blocked(right)
    with client.session_transaction() as session:
        assert "_user_id" not in session


@pytest.mark.parametrize("known", [True, False])
def test_failed_logins_per_account_from_many_addresses_are_limited_alike(client, limited, known):
    if known:
        make_user(email="iemand@example.nl")
    for attempt in range(20):
        assert log_in(client, "iemand@example.nl", ip=f"192.0.2.{attempt}").status_code == 422
    assert_blocked(log_in(client, "iemand@example.nl", ip="192.0.2.99"))


def test_a_blocked_account_does_not_block_others(client, limited):
    make_user(email="ander@example.nl")
    for _ in range(6):
        log_in(client, "iemand@example.nl")
    assert log_in(client, "ander@example.nl", PASSWORD).status_code == 302


def test_successful_logins_do_not_count(client, limited):
    make_user(email="iemand@example.nl")
    for _ in range(7):
        assert log_in(client, "iemand@example.nl", PASSWORD).status_code == 302
        client.post("/uitloggen")


def test_logins_per_address_are_limited(client, limited):
    for number in range(20):
        assert log_in(client, f"persoon{number}@example.nl").status_code == 422
    assert_blocked(log_in(client, "nog-iemand@example.nl"))
    assert log_in(client, "nog-iemand@example.nl", ip="198.51.100.7").status_code == 422


def test_two_factor_codes_are_limited_per_account(client, limited):
    make_user(email="iemand@example.nl", two_factor=True)
    assert log_in(client, "iemand@example.nl", PASSWORD).headers["Location"] == "/inloggen/code"
    for _ in range(5):
        assert client.post("/inloggen/code", data={"code": "000000"}).status_code == 422
    assert_blocked(client.post("/inloggen/code", data={"code": "000000"}), login=False)
    with client.session_transaction() as session:
        assert "_user_id" not in session


def test_the_login_page_itself_is_not_limited(client, limited):
    for _ in range(30):
        assert client.get("/inloggen").status_code == 200


def test_registration_is_limited_per_address(client, limited):
    for _ in range(5):
        assert client.post("/registreren", data={}).status_code == 422
    assert_blocked(client.post("/registreren", data={}), login=False)


def test_password_reset_mails_are_limited(client, limited, mails):
    make_user(email="iemand@example.nl")
    for _ in range(5):
        client.post("/wachtwoord-vergeten", data={"email": "iemand@example.nl"})
    assert_blocked(client.post("/bevestigingsmail", data={"email": "iemand@example.nl"}), login=False)
    assert len(mails) == 5


def test_posting_is_limited_per_member_but_previews_are_free(client, login, limited):
    thread = make_thread()
    login(make_user())
    for _ in range(8):
        assert client.post(f"/onderwerp/{thread.id}/reageren",
                           data={"body": "Even kijken", "preview": "1"}).status_code == 200
    for number in range(6):
        response = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": f"Ervaring {number}"})
        assert response.status_code == 302
    blocked = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Nog een"})
    assert blocked.status_code == 429
    assert thread.reply_count == 6
    # Asking draws from the same budget.
    assert client.post("/vraag-stellen", data={}).status_code == 429


def test_flagging_is_limited_per_member(client, login, limited):
    thread = make_thread()
    posts = [make_reply(thread) for _ in range(11)]
    login(make_user())
    for post in posts[:10]:
        assert client.post(f"/bericht/{post.id}/melden", data={"kind": "spam"}).status_code == 302
    assert client.post(f"/bericht/{posts[10].id}/melden", data={"kind": "spam"}).status_code == 429


@pytest.mark.parametrize("path", ["/zoeken?q=sporthal", "/zoeken/vergelijkbare-vragen?titel=sporthal+verduurzamen"])
def test_search_and_similar_questions_are_limited_per_member(client, login, limited, path):
    login(make_user())
    allowed = int(limits.SEARCH_PER_CLIENT.split()[0])
    assert all(client.get(path).status_code == 200 for _ in range(allowed))
    refused = client.get(path)
    assert refused.status_code == 429
    assert "Te veel verzoeken" in refused.text


def _redis_available() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


def _worker(tmp_path, storage_url, prefix):
    """A fresh app, as a new gunicorn worker would build it; binding the limiter anew drops any
    count it kept in its own memory."""
    config = {**TEST_CONFIG, "RATELIMIT_ENABLED": True, "RATELIMIT_STORAGE_URI": storage_url,
              "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'shared.sqlite'}"}
    worker = create_app(config)
    limiter._key_prefix = prefix
    with worker.app_context():
        db.create_all()
    return worker.test_client()


def _attempts_across_two_workers(tmp_path, storage_url, prefix):
    first = _worker(tmp_path, storage_url, prefix)
    for _ in range(3):
        assert log_in(first, "iemand@example.nl").status_code == 422
    second = _worker(tmp_path, storage_url, prefix)
    for _ in range(2):
        assert log_in(second, "iemand@example.nl").status_code == 422
    return log_in(second, "iemand@example.nl")


@pytest.mark.skipif(not _redis_available(), reason="no Redis on 127.0.0.1:6379")
def test_with_redis_two_workers_share_the_count(tmp_path):
    prefix = f"kennisforum-test-{uuid.uuid4().hex}"
    try:
        assert_blocked(_attempts_across_two_workers(tmp_path, REDIS_URL, prefix))
    finally:
        connection = redis.Redis.from_url(REDIS_URL)
        for key in connection.scan_iter(f"*{prefix}*"):
            connection.delete(key)
        connection.close()
        limiter.enabled = False


def test_in_memory_each_worker_counts_alone(tmp_path):
    """The control: without shared storage the second worker starts from zero."""
    try:
        response = _attempts_across_two_workers(tmp_path, "memory://", f"memory-{uuid.uuid4().hex}")
        assert response.status_code == 422
    finally:
        limiter.enabled = False


def test_the_storage_comes_from_forum_ratelimit_storage_url(monkeypatch):
    monkeypatch.setenv("FORUM_RATELIMIT_STORAGE_URL", REDIS_URL)
    from forum.config import environment_overrides

    assert environment_overrides()["RATELIMIT_STORAGE_URI"] == REDIS_URL
