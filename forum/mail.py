"""Every mail leaves through send_mail, so development can print them and tests can read them."""
from dataclasses import dataclass
from email.message import EmailMessage

from blinker import Namespace
from flask import current_app, render_template

# sender: the Mail; kwargs: template. The privacy log listens (issue 6).
mail_sent = Namespace().signal("mail-sent")


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    text: str


def send_mail(to: str, subject: str, template: str, **context) -> Mail:
    """Render templates/mail/<template>.txt and hand the mail to the configured backend."""
    context.setdefault("forum_name", current_app.config["FORUM_NAME"])
    mail = Mail(to=to, subject=subject, text=render_template(f"mail/{template}.txt", **context))
    backend = current_app.config["MAIL_BACKEND"]
    if backend == "memory":
        current_app.extensions.setdefault("sent_mails", []).append(mail)
    elif backend == "console":
        print(_as_message(mail).as_string(), flush=True)
    else:
        raise ValueError(f"unknown MAIL_BACKEND {backend!r}")
    mail_sent.send(mail, template=template)
    return mail


def sent_mails(app) -> list[Mail]:
    """What the memory backend recorded (tests)."""
    return app.extensions.setdefault("sent_mails", [])


def _as_message(mail: Mail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message.set_content(mail.text)
    return message
