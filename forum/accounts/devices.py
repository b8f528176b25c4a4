"""Trusted browsers (OWASP's "device cookies") and the e-mailed link that unlocks one.

Failed logins are limited per account and address, and per account for unknown browsers
(forum/limits.py), so that a stranger cannot guess passwords. Those limits must not lock
the owner out: a browser in which the account logged in before carries a signed cookie
naming the account, and has an allowance of its own that nobody else's failures use up.
From a new browser, the owner asks for an unlock link by mail; following it makes that
browser trusted too.
"""
import secrets

from flask import current_app, g, request
from itsdangerous import BadData, URLSafeTimedSerializer

from forum.accounts.models import User
from forum.extensions import db

COOKIE_NAME = "kennisforum_device"
COOKIE_SALT = "kennisforum-device"
UNLOCK_SALT = "kennisforum-unlock"
DEVICE_DAYS = 180
UNLOCK_LINK_SECONDS = 60 * 60


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def trust_this_browser(response, user: User):
    """Give the browser that gets `response` a device cookie for `user` (a new one each time)."""
    value = _serializer(COOKIE_SALT).dumps([user.id, secrets.token_urlsafe(16)])
    response.set_cookie(
        COOKIE_NAME, value, max_age=DEVICE_DAYS * 86400, httponly=True, samesite="Lax",
        secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")),
    )
    return response


def _device_cookie() -> tuple[int, str] | None:
    """(account id, device id) from this request's device cookie, if it is ours and not too old."""
    value = request.cookies.get(COOKIE_NAME)
    if not value or len(value) > 300:
        return None
    try:
        user_id, device_id = _serializer(COOKIE_SALT).loads(value, max_age=DEVICE_DAYS * 86400)
    except (BadData, ValueError, TypeError):
        return None
    return (user_id, device_id) if isinstance(user_id, int) and isinstance(device_id, str) else None


def trusted_device_id(email: str) -> str | None:
    """This browser's device id when it is trusted for the account with this address; else None.

    Looked up once per request: the limiter asks more than once.
    """
    if "trusted_device_id" not in g:
        from forum.accounts.services import find_user_by_email

        cookie = _device_cookie()
        user = find_user_by_email(email) if cookie and email else None
        g.trusted_device_id = cookie[1] if user is not None and user.id == cookie[0] else None
    return g.trusted_device_id


def unlock_token(user: User) -> str:
    return _serializer(UNLOCK_SALT).dumps({"id": user.id, "token": user.session_token})


def user_from_unlock_token(token: str) -> User | None:
    """The active account the unlock link was mailed for, while the link is valid."""
    try:
        payload = _serializer(UNLOCK_SALT).loads(token, max_age=UNLOCK_LINK_SECONDS)
    except BadData:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("id"), int):
        return None
    user = db.session.get(User, payload["id"])
    if user is None or not user.is_active or user.session_token != payload.get("token"):
        return None
    return user
