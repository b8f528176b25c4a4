"""Accounts: registration, confirmation, login, passwords."""
from flask import Blueprint

from forum import limits
from forum.accounts import devices, sessions
from forum.accounts.models import AnonymousUser
from forum.extensions import login_manager

blueprint = Blueprint("accounts", __name__, cli_group="users")


@login_manager.user_loader
def load_user(session_id: str):
    """The session holds 'id:token'; a changed token (password change, suspension) logs out,
    and so does a login that no longer exists on the server (logged out, also elsewhere)."""
    user_id, _, token = session_id.partition(":")
    if not (user_id.isascii() and user_id.isdigit()) or not 0 < int(user_id) < 2**31:
        return None
    user = sessions.user_of_open_login(int(user_id))
    if user is None or not user.is_active or user.session_token != token:
        return None
    return user


def _configure_login_manager() -> None:
    login_manager.anonymous_user = AnonymousUser
    login_manager.login_view = "accounts.login"
    login_manager.login_message = "Log in om deze pagina te bekijken."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"


_configure_login_manager()
limits.recognise_trusted_devices(devices.trusted_device_id)

from forum.accounts import cli, personal_data, views, views_security, views_unlock  # noqa: E402,F401 - routes, commands, member data
