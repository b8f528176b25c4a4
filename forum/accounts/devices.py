"""Trusted browsers (OWASP's "device cookies") and the e-mailed link that unlocks one.

Failed logins are limited per account and address, and per account for unknown browsers
(forum/limits.py), so that a stranger cannot guess passwords. Those limits must not lock
the owner out: a browser in which the account logged in before carries a signed cookie
naming the account, and has an allowance of its own that nobody else's failures use up.
From a new browser, the owner asks for an unlock link by mail; following it makes that
browser trusted too.
"""
import secrets

from datetime import timedelta

from flask import current_app, g, request, url_for
from flask_babel import format_timedelta
from flask_babel import gettext as _
from itsdangerous import BadData, URLSafeTimedSerializer

from forum.accounts.models import User
from forum.accounts.services import find_user_by_email, forum_name
from forum.extensions import db
from forum.mail import send_mail

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


def send_unlock_link(address: str) -> None:
    """Mail a link that makes a browser trusted for logging in to an active account with this
    address; silently nothing otherwise, as for a password reset."""
    user = find_user_by_email(address)
    if user is None or not user.is_active:
        return
    link = url_for("accounts.unlock", token=unlock_token(user), _external=True)
    send_mail(
        user.email, _("Inloggen op een nieuw apparaat bij het %(forum)s", forum=forum_name()),
        "unlock", user=user, link=link,
        valid_for=format_timedelta(timedelta(seconds=UNLOCK_LINK_SECONDS)),
    )
