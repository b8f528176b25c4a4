"""The member data the outbox keeps: mails to them, queued or sent, with their address and text."""
from sqlalchemy import or_, select, update

from forum import personal_data
from forum.extensions import db
from forum.outbox.models import CANCELLED, FAILED, PENDING, SENDING, OutboxMail
from forum.personal_data import iso

UNSENT = (PENDING, SENDING, FAILED)


def _to(user):
    return or_(OutboxMail.user_id == user.id, OutboxMail.recipient == user.email)


def export_mails(user) -> list[dict]:
    mails = db.session.scalars(select(OutboxMail).where(_to(user)).order_by(OutboxMail.id))
    return [{
        "kind": mail.kind, "subject": mail.subject, "status": mail.status, "queued_at": iso(mail.created_at),
        "sent_at": iso(mail.sent_at),
    } for mail in mails]


def erase_mails(user) -> None:
    """Queued mail is never sent; no row keeps the address or the text, only that a mail existed."""
    forget = {"recipient": "", "body_text": None, "body_html": None, "unsubscribe_url": None}
    db.session.execute(
        update(OutboxMail).where(_to(user), OutboxMail.status.in_(UNSENT))
        .values(status=CANCELLED, locked_until=None, **forget)
    )
    db.session.execute(update(OutboxMail).where(_to(user)).values(**forget))


personal_data.register("mails_in_the_outbox", tables=["outbox_mails"], export=export_mails, erase=erase_mails)
