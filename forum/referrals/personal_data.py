"""The member data referrals keep: which questions were offered to the member, and why."""
from sqlalchemy import delete, select

from forum import personal_data
from forum.extensions import db
from forum.personal_data import iso
from forum.referrals.models import Referral


def export_referrals(user) -> list[dict]:
    referrals = db.session.scalars(select(Referral).where(Referral.user_id == user.id).order_by(Referral.id))
    return [{"thread_id": referral.thread_id, "reason": referral.reason, "sent_at": iso(referral.sent_at)}
            for referral in referrals]


def erase_referrals(user) -> None:
    db.session.execute(delete(Referral).where(Referral.user_id == user.id))


personal_data.register("questions_offered", tables=["referrals"], export=export_referrals, erase=erase_referrals)
