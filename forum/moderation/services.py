"""Moderators approve or reject the members whose address no verified domain vouches for."""
from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import select, update

from forum.accounts.models import STATUS_PENDING, STATUS_REJECTED, User
from forum.accounts.services import activate, forum_name
from forum.clock import utcnow
from forum.extensions import db
from forum.mail import send_mail
from forum.moderation import audit, signals
from forum.moderation.models import ACTION_APPROVE, ACTION_REJECT, TARGET_USER


def pending_accounts():
    """Applications waiting for a moderator, oldest first."""
    return select(User).where(User.status == STATUS_PENDING).order_by(User.created_at, User.id)


def approve(user: User, moderator: User) -> bool:
    """Activate a pending account and tell its owner; False if it was not pending (any more)."""
    if not activate(user, STATUS_PENDING, approved_at=utcnow(), approved_by_id=moderator.id):
        return False
    audit.record(moderator, ACTION_APPROVE, TARGET_USER, user.id, user.name)
    signals.account_approved.send(user, moderator=moderator)
    send_mail(
        user.email, _("Uw account bij het %(forum)s is goedgekeurd", forum=forum_name()),
        "account_approved", user=user, login_url=url_for("accounts.login", _external=True),
    )
    return True


def reject(user: User, moderator: User, reason: str) -> bool:
    """Reject a pending account and tell its owner why; False if it was not pending (any more)."""
    result = db.session.execute(
        update(User)
        .where(User.id == user.id, User.status == STATUS_PENDING)
        .values(status=STATUS_REJECTED)
    )
    if result.rowcount != 1:
        db.session.refresh(user)
        return False
    audit.record(moderator, ACTION_REJECT, TARGET_USER, user.id, user.name, reason)
    send_mail(
        user.email, _("Uw aanmelding bij het %(forum)s", forum=forum_name()), "account_rejected",
        user=user, reason=reason,
    )
    return True
