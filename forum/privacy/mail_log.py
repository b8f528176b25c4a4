"""Every sent mail leaves a SentMail row, in the transaction of the use case that sent it."""
from forum.extensions import db
from forum.privacy.models import SentMail


def log_sent_mail(mail, template: str, **_extra) -> None:
    db.session.add(SentMail(recipient=mail.to[:254], subject=mail.subject[:200], template=template[:50]))
