"""The member data moderation keeps: flags they raised, and the audit log about or by them."""
from sqlalchemy import select, update

from forum import personal_data
from forum.accounts.personal_data import ERASED_NAME
from forum.extensions import db
from forum.moderation.models import TARGET_USER, AuditEntry, Flag
from forum.personal_data import iso


def export_flags(user) -> list[dict]:
    flags = db.session.scalars(select(Flag).where(Flag.reporter_id == user.id).order_by(Flag.id))
    return [{
        "post_id": flag.post_id, "kind": flag.kind, "reason": flag.reason, "status": flag.status,
        "created_at": iso(flag.created_at),
    } for flag in flags]


def erase_flags(user) -> None:
    """The flag stays for the moderators' queue; who raised it does not."""
    db.session.execute(update(Flag).where(Flag.reporter_id == user.id).values(reporter_id=None))


def _about(user):
    return (AuditEntry.target_type == TARGET_USER, AuditEntry.target_id == user.id)


def export_moderation_of_account(user) -> list[dict]:
    entries = db.session.scalars(select(AuditEntry).where(*_about(user)).order_by(AuditEntry.created_at))
    return [{"action": entry.action, "reason": entry.reason, "at": iso(entry.created_at)} for entry in entries]


def erase_moderation_of_account(user) -> None:
    """Names in the audit log are personal data too; the actions themselves stay accountable."""
    db.session.execute(update(AuditEntry).where(*_about(user)).values(target_label=ERASED_NAME))


def export_moderation_by_member(user) -> list[dict]:
    entries = db.session.scalars(
        select(AuditEntry).where(AuditEntry.actor_id == user.id).order_by(AuditEntry.created_at, AuditEntry.id)
    )
    return [{
        "action": entry.action, "target_type": entry.target_type, "target": entry.target_label,
        "reason": entry.reason, "at": iso(entry.created_at),
    } for entry in entries]


def keep_moderation_by_member(user) -> None:
    """A moderator's actions stay in the log: the actor is the erased account, which names nobody."""


personal_data.register("flags", tables=["flags"], export=export_flags, erase=erase_flags)
personal_data.register("moderation_of_your_account", tables=["audit_entries"],
                       export=export_moderation_of_account, erase=erase_moderation_of_account)
personal_data.register("moderation_you_did", tables=["audit_entries"],
                       export=export_moderation_by_member, erase=keep_moderation_by_member)
