"""Every mail leaves through here, so that production queues it, development prints it and tests read it.

Backends (MAIL_BACKEND): "outbox" (default) writes the mail to the outbox table in
the current transaction, for `flask mail deliver` to send; "console" prints it;
"memory" records it for tests.
"""
from dataclasses import dataclass
from datetime import UTC
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from blinker import Namespace
from flask import current_app, render_template

from forum.clock import utcnow

# sender: the Mail; kwargs: template. The privacy log listens (issue 6).
mail_sent = Namespace().signal("mail-sent")


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
    from forum.extensions import db
    from forum.outbox.models import OutboxMail

    row = OutboxMail(
        recipient=mail.to, user_id=user_id, subject=mail.subject, body_text=mail.text,
        body_html=mail.html, unsubscribe_url=mail.unsubscribe_url, thread_reference=mail.reference,
        message_id=new_message_id(),
    )
    db.session.add(row)
    return row


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
