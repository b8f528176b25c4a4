"""Signed unsubscribe links: they work without logging in, from any mail, for as long as the key stays."""

from flask import current_app
from itsdangerous import BadData, URLSafeSerializer

UNSUBSCRIBE_SALT = "unsubscribe"


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=UNSUBSCRIBE_SALT)


def unsubscribe_token(user_id: int, thread_id: int | None = None) -> str:
    """No expiry: an unsubscribe link in a mail from last year must still work (RFC 8058)."""
    return _serializer().dumps({"id": user_id, "thread": thread_id})


def read_unsubscribe_token(token: str) -> tuple[int, int | None] | None:
    """(user id, thread id or None) for a genuine token; None for anything a visitor can make up."""
    try:
        payload = _serializer().loads(token)
    except BadData:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("id"), int):
        return None
    thread_id = payload.get("thread")
    return payload["id"], thread_id if isinstance(thread_id, int) else None
