"""Who may read: members only, unless the forum is configured as public."""
from functools import wraps

from flask import current_app
from flask_login import current_user

from forum.extensions import login_manager


def reading_allowed(user) -> bool:
    return current_app.config["PUBLIC_READING"] or (user.is_authenticated and user.is_active)


def readers_only(view):
    """Send anonymous visitors of a members-only forum to the login page."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if not reading_allowed(current_user):
            return login_manager.unauthorized()
        return view(*args, **kwargs)

    return wrapper


def members_only(view):
    """Require an active member; the login page for anonymous visitors."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        return view(*args, **kwargs)

    return wrapper
