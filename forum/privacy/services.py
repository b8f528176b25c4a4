"""AVG: what the forum holds about a member, erasing it, and forgetting old records."""
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, or_, update

from forum import personal_data
from forum.accounts.login_records import LoginRecord
from forum.accounts.models import STATUS_ACTIVE, User
from forum.accounts.personal_data import ERASED_NAME
from forum.clock import utcnow
from forum.extensions import db
from forum.moderation import audit, counters
from forum.moderation.models import ACTION_ERASE, TARGET_USER
from forum.privacy.models import SentMail


def export_data(user: User) -> dict:
    """Everything the forum holds about `user`, as plain data for a JSON download."""
    return personal_data.export_all(user)


def erase_account(user: User, actor: User, reason: str = "") -> None:
    """Remove the person, keep the knowledge: every package erases its part (forum/personal_data.py)."""
    if user.status == STATUS_ACTIVE:
        counters.municipality(user.municipality_id, members=-1)
    if actor.id != user.id:
        audit.record(actor, ACTION_ERASE, TARGET_USER, user.id, ERASED_NAME, reason)
    personal_data.erase_all(user)
    db.session.flush()
    db.session.expire_all()


def apply_retention(now=None) -> dict[str, int]:
    """Forget IP addresses, login records and sent-mail records older than configured."""
    now = now or utcnow()
    config = current_app.config
    ip_limit = now - timedelta(days=config["PRIVACY_IP_RETENTION_DAYS"])
    login_limit = now - timedelta(days=config["PRIVACY_LOGIN_RETENTION_DAYS"])
    mail_limit = now - timedelta(days=config["PRIVACY_MAIL_RETENTION_DAYS"])
    logins = db.session.execute(delete(LoginRecord).where(LoginRecord.created_at < login_limit)).rowcount
    addresses = db.session.execute(
        update(LoginRecord)
        .where(LoginRecord.created_at < ip_limit,
               or_(LoginRecord.ip_address.is_not(None), LoginRecord.user_agent != ""))
        .values(ip_address=None, user_agent="")
    ).rowcount
    mails = db.session.execute(delete(SentMail).where(SentMail.sent_at < mail_limit)).rowcount
    return {"login_records": logins, "ip_addresses": addresses, "sent_mails": mails}
