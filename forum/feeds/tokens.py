"""Feed addresses for members of a members-only forum.

Feed readers send no login cookie, so a member's feed address carries a signed token
naming the member and their session token: logging out everywhere or changing the
password (which renews the session token) makes old feed addresses stop working.
"""
from flask import current_app, url_for
from flask_login import current_user
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select

from forum.accounts.models import User
from forum.extensions import db

SALT = "kennisforum-atom-feed"


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def feed_token(user: User) -> str:
    return _serializer().dumps([user.id, user.session_token])


def user_for_token(token: str | None) -> User | None:
    """The active member the token was made for, or None when it is invalid or revoked."""
    if not token or len(token) > 200:
        return None
    try:
        user_id, session_token = _serializer().loads(token)
    except (BadSignature, ValueError, TypeError):
        return None
    if not isinstance(user_id, int) or not 0 < user_id < 2**31:
        return None
    user = db.session.scalar(select(User).where(User.id == user_id))
    if user is None or not user.is_active or user.session_token != session_token:
        return None
    return user


def feed_url(endpoint: str, **values) -> str:
    """The feed's absolute address; in a members-only forum, personal for the member who sees it."""
    if not current_app.config["PUBLIC_READING"] and current_user.is_authenticated:
        values["token"] = feed_token(current_user)
    return url_for(endpoint, _external=True, **values)
