"""Login sessions: how they start, when they end by themselves, and recent re-authentication.

Sessions are signed cookies; the times below are inside them, so a visitor cannot change them.
Each login is also a row on the server (accounts.models.LoginSession) whose id is in the
cookie: logging out deletes the row, so that a copied cookie stops working at once, and
logging out everywhere deletes all of an account's rows and changes User.session_token
(which also ends feed addresses and logins waiting for their two-factor code).
"""
import time
from datetime import timedelta
from functools import wraps

from flask import current_app, flash, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from sqlalchemy import delete, select

from forum.accounts.models import LoginSession, User
from forum.clock import utcnow
from forum.extensions import db

STARTED = "_login_at"
SEEN = "_seen_at"
REAUTHENTICATED = "_reauth_at"
LOGIN_SESSION = "_login_session"
# Refresh the last-seen time at most this often, so that not every page sets a cookie.
SEEN_RESOLUTION_SECONDS = 60


def _now() -> float:
    """Seconds since the epoch; one place, so that tests can move the clock."""
    return time.time()


def open_login_session(user) -> str:
    """A new server-side login for `user` (flushed; the view commits); returns its id.

    The account's logins older than the longest session are cleared away on the way.
    """
    too_old = utcnow() - timedelta(days=current_app.config["SESSION_REMEMBER_DAYS"])
    db.session.execute(delete(LoginSession).where(LoginSession.user_id == user.id,
                                                  LoginSession.created_at < too_old))
    login_session = LoginSession(id=LoginSession.new_id(), user_id=user.id)
    db.session.add(login_session)
    db.session.flush()
    return login_session.id


def user_of_open_login(user_id: int):
    """The user `user_id` if this browser's login of them still exists on the server; one query."""
    login_session = session.get(LOGIN_SESSION)
    if not isinstance(login_session, str):
        return None
    return db.session.scalar(
        select(User).join(LoginSession, LoginSession.user_id == User.id)
        .where(User.id == user_id, LoginSession.id == login_session)
    )


def begin(user, remember: bool = False) -> None:
    """Log `user` in on a clean session; 'remember' keeps it after the browser closes."""
    _close_this_login()
    session.clear()  # nothing from before the login (a half-finished 2FA, a fixed value) survives
    login_user(user)
    session.permanent = remember
    session[LOGIN_SESSION] = open_login_session(user)
    now = _now()
    session[STARTED] = session[SEEN] = session[REAUTHENTICATED] = now


def end() -> None:
    """Log out here: the login is deleted on the server too (the view commits)."""
    _close_this_login()
    logout_user()
    session.clear()


def end_everywhere(user) -> None:
    """Log `user` out in every browser, "Onthoud mij" ones included, and end feed addresses."""
    db.session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
    user.end_other_sessions()
    db.session.flush()
    logout_user()
    session.clear()


def _close_this_login() -> None:
    login_session = session.get(LOGIN_SESSION)
    if isinstance(login_session, str):
        db.session.execute(delete(LoginSession).where(LoginSession.id == login_session))


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
        # The row stays until the account's next login clears old ones: a read request writes nothing.
        logout_user()
        session.clear()
        flash(_("Uw sessie is verlopen. Log opnieuw in."), "info")
        return
    session.setdefault(STARTED, now)
    if now - session.get(SEEN, 0) > SEEN_RESOLUTION_SECONDS:
        session[SEEN] = now


def init_app(app) -> None:
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=app.config["SESSION_REMEMBER_DAYS"])
    app.before_request(enforce_timeouts)
