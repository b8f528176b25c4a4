"""Every mail leaves through here, so that production queues it, development prints it and tests read it.

Backends (MAIL_BACKEND): "outbox" (default) writes the mail to the outbox table in
the current transaction, for `flask mail deliver` to send; "console" prints it;
"memory" records it for tests. The outbox (forum/outbox) registers where queued mails go.
"""
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from blinker import Namespace
from flask import current_app, render_template

from forum.clock import utcnow

# sender: the Mail; kwargs: template. The privacy log listens.
mail_sent = Namespace().signal("mail-sent")


@dataclass(frozen=True)
class Queue:
    """Where queued mails go: `add(mail, user_id)` writes one, `add_notifications(recipients)` one
    per (recipient address, user_id, notification_id) row of a select, to be rendered later."""
    add: Callable
    add_notifications: Callable


_queue: list[Queue] = []


def register_queue(queue: Queue) -> None:
    _queue[:] = [queue]


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    text: str
    html: str | None = None
    unsubscribe_url: str | None = None
    # A Message-ID-like reference shared by the mails about one thread, so clients group them.
    reference: str | None = None


def send_mail(to: str, subject: str, template: str, **context) -> Mail:
    """Render templates/mail/<template>.txt and hand the mail to the configured backend."""
    context.setdefault("forum_name", current_app.config["FORUM_NAME"])
    mail = Mail(to=to, subject=subject, text=render_template(f"mail/{template}.txt", **context))
    backend = current_app.config["MAIL_BACKEND"]
    if backend == "outbox":
        queue_mail(mail)
    elif backend == "memory":
        current_app.extensions.setdefault("sent_mails", []).append(mail)
    elif backend == "console":
        print(build_message(mail, new_message_id()).as_string(), flush=True)
    else:
        raise ValueError(f"unknown MAIL_BACKEND {backend!r}")
    mail_sent.send(mail, template=template)
    return mail


def queue_mail(mail: Mail, user_id: int | None = None):
    """Add the mail to the outbox in the current transaction; the caller's commit sends it."""
    return _queue[0].add(mail, user_id)


def queue_notification_mails(recipients) -> None:
    """A mail, rendered at delivery, for every (recipient address, user_id, notification_id) row
    that the select `recipients` gives and that has none yet: one statement for any number."""
    _queue[0].add_notifications(recipients)


def sent_mails(app) -> list[Mail]:
    """What the memory backend recorded (tests)."""
    return app.extensions.setdefault("sent_mails", [])


def sender_address() -> str:
    """The bare address of MAIL_FROM: envelope sender and Message-ID domain."""
    return parseaddr(current_app.config["MAIL_FROM"])[1]


def new_message_id() -> str:
    return make_msgid(domain=sender_address().rpartition("@")[2] or "localhost")


def build_message(mail: Mail, message_id: str) -> EmailMessage:
    """The MIME message: a plain-text part always, an HTML alternative when there is one."""
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = Address(addr_spec=mail.to) if "@" in mail.to else mail.to
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(utcnow().replace(tzinfo=UTC))
    message["Message-ID"] = message_id
    # Tells mail servers not to send out-of-office replies to a forum mail.
    message["Auto-Submitted"] = "auto-generated"
    if mail.reference:
        message["References"] = mail.reference
    if mail.unsubscribe_url:
        message["List-Unsubscribe"] = f"<{mail.unsubscribe_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
    message.set_content(mail.text)
    if mail.html:
        message.add_alternative(mail.html, subtype="html")
    return message
