"""Suspending a member and lifting it; erasing an account. Suspension ends every session of the
member at once."""
from collections.abc import Callable

from sqlalchemy import update

from forum.accounts.models import STATUS_ACTIVE, STATUS_SUSPENDED, User
from forum.extensions import db
from forum.moderation import audit, counters
from forum.moderation.models import ACTION_SUSPEND, ACTION_UNSUSPEND, TARGET_USER


# Erasing an account is the privacy package's work (it walks every package's personal data);
# it registers its eraser here, so that moderation does not import it.
_erasers: list[Callable] = []


def register_account_eraser(erase: Callable) -> None:
    """`erase(user, actor, reason)` removes the person and keeps the knowledge; services flush."""
    _erasers[:] = [erase]


def erase_account(user: User, actor: User, reason: str) -> None:
    _erasers[0](user, actor, reason)


def _change_status(user: User, from_status: str, to_status: str) -> bool:
    result = db.session.execute(
        update(User).where(User.id == user.id, User.status == from_status).values(status=to_status)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.refresh(user)
        return False
    user.status = to_status
    return True


def suspend(user: User, moderator: User, reason: str) -> bool:
    """Suspend an active member; False if they were not active (any more)."""
    if not _change_status(user, STATUS_ACTIVE, STATUS_SUSPENDED):
        return False
    user.end_other_sessions()  # the session token changes: every login of theirs ends now
    counters.municipality(user.municipality_id, members=-1)  # the counter holds active members
    audit.record(moderator, ACTION_SUSPEND, TARGET_USER, user.id, user.name, reason)
    db.session.flush()
    return True


def unsuspend(user: User, moderator: User, reason: str = "") -> bool:
    if not _change_status(user, STATUS_SUSPENDED, STATUS_ACTIVE):
        return False
    counters.municipality(user.municipality_id, members=1)
    audit.record(moderator, ACTION_UNSUSPEND, TARGET_USER, user.id, user.name, reason)
    db.session.flush()
    return True
