"""The member data accounts keep: the account itself (with two-factor secrets), login records and
the logins open in browsers."""
from sqlalchemy import delete, select

from forum import personal_data
from forum.accounts.login_records import LoginRecord
from forum.accounts.models import STATUS_ERASED, LoginSession
from forum.clock import utcnow
from forum.extensions import db
from forum.personal_data import iso

ERASED_NAME = "Voormalig lid"
UNUSABLE_PASSWORD = "!"  # no hash matches it: werkzeug refuses what it cannot parse


def erased_address(user) -> str:
    """RFC 2606: never deliverable, and unique, so the old address can register again."""
    return f"verwijderd-{user.id}@verwijderd.invalid"


def export_account(user) -> dict:
    return {
        "id": user.id, "name": user.name, "job_title": user.job_title, "email": user.email,
        "municipality": user.municipality.name if user.municipality else None,
        "role": user.role, "status": user.status, "created_at": iso(user.created_at),
        "approved_at": iso(user.approved_at), "last_login_at": iso(user.last_login_at),
        "last_seen_at": iso(user.last_seen_at), "two_factor_enabled": user.has_two_factor,
        "recovery_codes_left": len(user.recovery_code_hashes.split()) if user.recovery_code_hashes else 0,
    }


def erase_account(user) -> None:
    """The row stays, so that posts keep their municipality; nothing in it names the person."""
    user.name = ERASED_NAME
    user.job_title = ""
    user.email = erased_address(user)
    user.password_hash = UNUSABLE_PASSWORD
    user.totp_secret = user.totp_last_step = user.recovery_code_hashes = None
    user.last_login_at = user.last_seen_at = user.previous_visit_at = None
    user.status = STATUS_ERASED
    user.erased_at = utcnow()
    user.end_other_sessions()


def export_logins(user) -> list[dict]:
    return [{
        "succeeded": record.succeeded, "ip_address": record.ip_address,
        "user_agent": record.user_agent, "at": iso(record.created_at),
    } for record in db.session.scalars(LoginRecord.of_user(user.id))]


def erase_logins(user) -> None:
    db.session.execute(delete(LoginRecord).where(LoginRecord.user_id == user.id))


def export_open_logins(user) -> list[dict]:
    return [{"since": iso(created_at)} for created_at in db.session.scalars(
        select(LoginSession.created_at).where(LoginSession.user_id == user.id).order_by(LoginSession.created_at))]


def erase_open_logins(user) -> None:
    db.session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))


personal_data.register("account", tables=["users"], export=export_account, erase=erase_account,
                       order=personal_data.ACCOUNT_ORDER)
personal_data.register("logins", tables=["login_records"], export=export_logins, erase=erase_logins)
personal_data.register("open_logins", tables=["login_sessions"], export=export_open_logins,
                       erase=erase_open_logins)
