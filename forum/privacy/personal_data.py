"""The member data privacy keeps: the record of mails sent to their address."""
from sqlalchemy import delete, select

from forum import personal_data
from forum.extensions import db
from forum.personal_data import iso
from forum.privacy.models import SentMail


def export_sent_mails(user) -> list[dict]:
    mails = db.session.scalars(
        select(SentMail).where(SentMail.recipient == user.email).order_by(SentMail.sent_at, SentMail.id)
    )
    return [{"subject": mail.subject, "at": iso(mail.sent_at)} for mail in mails]


def erase_sent_mails(user) -> None:
    """The record answers the member's 'did you mail me?'; with the member gone, so is the question."""
    db.session.execute(delete(SentMail).where(SentMail.recipient == user.email))


personal_data.register("mails_sent_to_you", tables=["sent_mails"], export=export_sent_mails,
                       erase=erase_sent_mails)
