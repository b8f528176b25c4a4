"""Accounts: registration, confirmation, login, passwords."""
from flask import Blueprint

from forum.extensions import db, login_manager

blueprint = Blueprint("accounts", __name__)


@login_manager.user_loader
def load_user(session_id: str):
    """The session holds 'id:token'; a changed token (password change, suspension) logs out."""
    from forum.accounts.models import User

    user_id, _, token = session_id.partition(":")
    if not user_id.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.is_active or user.session_token != token:
        return None
    return user


def _configure_login_manager() -> None:
    from forum.accounts.models import AnonymousUser

    login_manager.anonymous_user = AnonymousUser
    login_manager.login_view = "accounts.login"
    login_manager.login_message = "Log in om deze pagina te bekijken."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"


_configure_login_manager()

from forum.accounts import personal_data, views, views_security  # noqa: F401 - routes, member data
