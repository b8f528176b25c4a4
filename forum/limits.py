"""Abuse limits (Flask-Limiter), declared once and used as decorators on the views.

Storage and switches come from RATELIMIT_* settings (see forum/config.py): memory by default,
Redis when FORUM_RATELIMIT_STORAGE_URL is set, so that every gunicorn worker counts together.
A breach is a 429 with Retry-After, answered by forum/errors.py in Dutch.
"""
from flask import g, request, session
from flask_limiter.util import get_remote_address
from flask_login import current_user

from forum.extensions import limiter
from forum.markup import RENDER_REFUSED
from forum.text import normalize_email

LOGIN_PER_IP = "20 per 10 minutes; 100 per day"
# Failed attempts only. Per account and address: one stranger guessing; per account from
# browsers the account never logged in with: many strangers together. A trusted browser
# (forum/accounts/devices.py) is exempt from both and has its own allowance, so that the
# owner is not locked out by someone else's failures.
LOGIN_PER_ACCOUNT_AND_ADDRESS = "5 per 15 minutes; 20 per day"
LOGIN_PER_ACCOUNT_UNKNOWN_BROWSERS = "20 per 15 minutes; 100 per day"
LOGIN_PER_TRUSTED_BROWSER = "5 per 15 minutes; 20 per day"
TWO_FACTOR_PER_ACCOUNT = "5 per 15 minutes"
REGISTRATION_PER_IP = "5 per hour; 20 per day"
MAIL_REQUEST_PER_IP = "5 per hour"  # password reset and confirmation mails: no mail bombing
POSTING_PER_MEMBER = "6 per minute; 60 per hour"  # questions, replies and edits that were saved
# The editor's preview button; each preview may hold a worker for the renderer's deadline.
PREVIEW_PER_MEMBER = "20 per minute; 200 per hour"
FLAGGING_PER_MEMBER = "10 per hour"
# Poll votes (and changes of a vote): their own, wider budget, so that voting does not use up posting.
VOTING_PER_MEMBER = "30 per minute; 300 per hour"
# Drafts: the composer's script saves after a pause in typing, the button on a click; both together.
DRAFTS_PER_MEMBER = "30 per minute; 600 per hour"
SEARCH_PER_CLIENT = "30 per minute; 500 per hour"
# The composer asks once per typed letter after "@" (debounced): room for typing, none for a crawl.
MENTION_SUGGESTIONS_PER_MEMBER = "60 per minute; 600 per hour"


def _login_failed(response) -> bool:
    """Only attempts that did not log in count towards the account's limit."""
    return response.status_code != 302


def _saved(response) -> bool:
    """A saved post (or flag) redirects; a form sent back to be corrected costs nothing."""
    return response.status_code == 302


def _saved_or_render_refused(response) -> bool:
    """A text the Markdown renderer gave up on cost as much as a saved post: it counts too,
    or refusals would be a free way to keep workers busy."""
    return _saved(response) or g.get(RENDER_REFUSED, False)


def _submitted_email() -> str:
    return normalize_email(request.form.get("email", ""))[:254]


def _submitted_account() -> str:
    """The address typed into the login form, whether or not it has an account: no hint either way."""
    return "account:" + _submitted_email()


def _submitted_account_and_address() -> str:
    return f"account:{_submitted_email()}|{get_remote_address()}"


def _no_trusted_devices(email: str) -> str | None:
    return None


# Accounts tells which browser is trusted for an account (its device cookie); the core does not
# know accounts, so accounts hands the lookup in (recognise_trusted_devices).
_trusted_device_of = _no_trusted_devices


def recognise_trusted_devices(lookup) -> None:
    """`lookup(email)` gives this browser's device id when it is trusted for that account."""
    global _trusted_device_of
    _trusted_device_of = lookup


def _trusted_device_id() -> str | None:
    return _trusted_device_of(_submitted_email())


def _trusted_browser() -> str:
    return f"device:{_trusted_device_id()}"


def _from_trusted_browser() -> bool:
    return _trusted_device_id() is not None


def _from_unknown_browser() -> bool:
    return not _from_trusted_browser()


def _member_or_address() -> str:
    if current_user.is_authenticated:
        return f"member:{current_user.id}"
    return get_remote_address()


def _pending_two_factor_account() -> str:
    pending = session.get("_2fa_pending") or {}
    return f"2fa:{pending.get('id', get_remote_address())}"


# A browser the account logged in with before has its own allowance (below): a shared office
# address that others filled up must not lock its owner out.
login_per_ip = limiter.limit(LOGIN_PER_IP, methods=["POST"], exempt_when=_from_trusted_browser,
                             scope="login-ip")
login_per_account_and_address = limiter.limit(
    LOGIN_PER_ACCOUNT_AND_ADDRESS, methods=["POST"], key_func=_submitted_account_and_address,
    deduct_when=_login_failed, exempt_when=_from_trusted_browser, scope="login-account-address")
login_per_account = limiter.limit(
    LOGIN_PER_ACCOUNT_UNKNOWN_BROWSERS, methods=["POST"], key_func=_submitted_account,
    deduct_when=_login_failed, exempt_when=_from_trusted_browser, scope="login-account")
login_per_trusted_browser = limiter.limit(
    LOGIN_PER_TRUSTED_BROWSER, methods=["POST"], key_func=_trusted_browser,
    deduct_when=_login_failed, exempt_when=_from_unknown_browser, scope="login-device")
two_factor_per_account = limiter.limit(TWO_FACTOR_PER_ACCOUNT, methods=["POST"],
                                       key_func=_pending_two_factor_account,
                                       deduct_when=_login_failed, scope="two-factor")
registration = limiter.limit(REGISTRATION_PER_IP, methods=["POST"], scope="registration")
# Shared: asking, replying and editing draw from one budget, as do the two mail requests.
mail_request = limiter.shared_limit(MAIL_REQUEST_PER_IP, "mail-request", methods=["POST"])
posting = limiter.shared_limit(POSTING_PER_MEMBER, "posting", methods=["POST"],
                               key_func=_member_or_address, deduct_when=_saved_or_render_refused)
preview = limiter.limit(PREVIEW_PER_MEMBER, methods=["POST"], key_func=_member_or_address, scope="preview")
flagging = limiter.limit(FLAGGING_PER_MEMBER, methods=["POST"], key_func=_member_or_address,
                         deduct_when=_saved, scope="flagging")
voting = limiter.limit(VOTING_PER_MEMBER, methods=["POST"], key_func=_member_or_address, deduct_when=_saved,
                       scope="voting")
drafts = limiter.shared_limit(DRAFTS_PER_MEMBER, "drafts", methods=["POST"], key_func=_member_or_address)
# For the search view: `@limits.search` on the view function.
search = limiter.limit(SEARCH_PER_CLIENT, key_func=_member_or_address, scope="search")
mention_suggestions = limiter.limit(MENTION_SUGGESTIONS_PER_MEMBER, key_func=_member_or_address,
                                    scope="mention-suggestions")
