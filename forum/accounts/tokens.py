"""Signed links in mails: confirming an e-mail address, resetting a password."""
import hashlib

from flask import current_app
from itsdangerous import BadData, URLSafeTimedSerializer

from forum.accounts.models import User
from forum.extensions import db

CONFIRM_SALT = "email-confirm"
PASSWORD_RESET_SALT = "password-reset"
EMAIL_CHANGE_SALT = "email-change"


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _load(token: str, salt: str, max_age: int) -> dict | None:
    """The payload of a valid, unexpired token; None for anything else a visitor can send."""
    try:
        payload = _serializer(salt).loads(token, max_age=max_age)
    except BadData:  # bad signature, expired, or not even a token
        return None
    return payload if isinstance(payload, dict) and isinstance(payload.get("id"), int) else None


def confirmation_token(user: User) -> str:
    return _serializer(CONFIRM_SALT).dumps({"id": user.id, "email": user.email})


def user_from_confirmation_token(token: str) -> User | None:
    """The user the confirmation link was sent to, while the link is valid."""
    payload = _load(token, CONFIRM_SALT, current_app.config["EMAIL_CONFIRM_MAX_AGE"])
    if payload is None:
        return None
    user = db.session.get(User, payload["id"])
    return user if user is not None and user.email == payload.get("email") else None


def password_fingerprint(password_hash: str) -> str:
    """Changes with the password, so that a reset link works once."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[-16:]


def password_reset_token(user: User) -> str:
    return _serializer(PASSWORD_RESET_SALT).dumps(
        {"id": user.id, "password": password_fingerprint(user.password_hash)}
    )


def user_from_password_reset_token(token: str) -> User | None:
    """The active user whose password the link may reset: unexpired, and not used yet."""
    payload = _load(token, PASSWORD_RESET_SALT, current_app.config["PASSWORD_RESET_MAX_AGE"])
    if payload is None:
        return None
    user = db.session.get(User, payload["id"])
    if user is None or not user.is_active:
        return None
    if payload.get("password") != password_fingerprint(user.password_hash):
        return None
    return user


def email_change_token(user: User, new_address: str) -> str:
    return _serializer(EMAIL_CHANGE_SALT).dumps({"id": user.id, "from": user.email, "to": new_address})


def email_change_from_token(token: str) -> tuple[User, str] | None:
    """(user, new address) while the link is valid and the account still has the old address."""
    payload = _load(token, EMAIL_CHANGE_SALT, current_app.config["EMAIL_CONFIRM_MAX_AGE"])
    if payload is None or not isinstance(payload.get("to"), str):
        return None
    user = db.session.get(User, payload["id"])
    if user is None or not user.is_active or user.email != payload.get("from"):
        return None
    return user, payload["to"]
