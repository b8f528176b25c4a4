"""Writing mails to the outbox table: what forum.mail hands over when it queues a mail."""
from sqlalchemy import DateTime, Integer, String, exists, insert, literal, not_, select

from forum.clock import utcnow
from forum.extensions import db
from forum.mail import Mail, Queue, new_message_id
from forum.outbox.models import KIND_NOTIFICATION, PENDING, OutboxMail


def add(mail: Mail, user_id: int | None = None) -> OutboxMail:
    row = OutboxMail(
        recipient=mail.to, user_id=user_id, subject=mail.subject, body_text=mail.text,
        body_html=mail.html, unsubscribe_url=mail.unsubscribe_url, thread_reference=mail.reference,
        message_id=new_message_id(),
    )
    db.session.add(row)
    return row


def add_notifications(recipients) -> None:
    """One INSERT ... SELECT, so that a post to 5,000 watchers costs one statement; a
    notification that already has its mail gets no second one."""
    now = utcnow()
    wanted = recipients.subquery("wanted")
    recipient, user_id, notification_id = wanted.c
    rows = select(
        literal(KIND_NOTIFICATION, String), recipient, user_id, notification_id,
        literal(PENDING, String), literal(0, Integer), literal(now, DateTime), literal(now, DateTime),
    ).where(not_(exists().where(OutboxMail.notification_id == notification_id)))
    db.session.execute(insert(OutboxMail).from_select(
        ["kind", "recipient", "user_id", "notification_id", "status", "attempts", "next_attempt_at", "created_at"],
        rows,
    ))


OUTBOX = Queue(add=add, add_notifications=add_notifications)
