"""Login sessions: how they start, when they end by themselves, and recent re-authentication.

Sessions are signed cookies; the times below are inside them, so a visitor cannot change them.
Ending a session everywhere at once is done by changing User.session_token (see accounts).
"""
import time
from datetime import timedelta
from functools import wraps

from flask import current_app, flash, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

STARTED = "_login_at"
SEEN = "_seen_at"
REAUTHENTICATED = "_reauth_at"
# Refresh the last-seen time at most this often, so that not every page sets a cookie.
SEEN_RESOLUTION_SECONDS = 60


def _now() -> float:
    """Seconds since the epoch; one place, so that tests can move the clock."""
    return time.time()


def begin(user, remember: bool = False) -> None:
    """Log `user` in on a clean session; 'remember' keeps it after the browser closes."""
    session.clear()  # nothing from before the login (a half-finished 2FA, a fixed value) survives
    login_user(user)
    session.permanent = remember
    now = _now()
    session[STARTED] = session[SEEN] = session[REAUTHENTICATED] = now


def end() -> None:
    logout_user()
    session.clear()


def renew(user) -> None:
    """After this session changed the session token (new password, 2FA): stay logged in here."""
    remembered, started = session.permanent, session.get(STARTED)
    begin(user, remember=remembered)
    if started:
        session[STARTED] = started  # a password change does not extend the session


def mark_reauthenticated() -> None:
    session[REAUTHENTICATED] = _now()


def recently_authenticated() -> bool:
    moment = session.get(REAUTHENTICATED)
    window = current_app.config["REAUTH_MINUTES"] * 60
    return isinstance(moment, int | float) and _now() - moment < window


def recent_login_required(view):
    """Sensitive changes (e-mail, 2FA, erasing) need the password entered in the last minutes."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if current_user.is_authenticated and not recently_authenticated():
            return redirect(url_for("accounts.reauthenticate", next=request.full_path.rstrip("?")))
        return view(*args, **kwargs)

    return wrapper


def _expired(now: float) -> bool:
    config = current_app.config
    started, seen = session.get(STARTED), session.get(SEEN)
    if not isinstance(started, int | float) or not isinstance(seen, int | float):
        return False  # stamped below
    if session.permanent:
        return now - started > config["SESSION_REMEMBER_DAYS"] * 86400
    return (now - started > config["SESSION_ABSOLUTE_HOURS"] * 3600
            or now - seen > config["SESSION_IDLE_MINUTES"] * 60)


def enforce_timeouts() -> None:
    """End a login session that was idle too long or is simply too old (ASVS V3.3)."""
    if "_user_id" not in session or request.endpoint == "static":
        return
    now = _now()
    if _expired(now):
        end()
        flash(_("Uw sessie is verlopen. Log opnieuw in."), "info")
        return
    session.setdefault(STARTED, now)
    if now - session.get(SEEN, 0) > SEEN_RESOLUTION_SECONDS:
        session[SEEN] = now


def init_app(app) -> None:
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=app.config["SESSION_REMEMBER_DAYS"])
    app.before_request(enforce_timeouts)
