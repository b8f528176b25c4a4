"""Sending the outbox: claim a row, send it, mark it sent; retry later what the server refused for now.

Each step commits on its own. A deliverer that dies after the SMTP server took a
mail but before marking it leaves the row claimed; when the claim runs out
(LEASE) the next run sends it once more, with the same Message-ID. That is the
price of never losing a mail: at most one duplicate per crash, never none.
"""

import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import update

from forum.clock import utcnow
from forum.extensions import db
from forum.mail import Mail, build_message, new_message_id, sender_address
from forum.outbox.models import CANCELLED, FAILED, PENDING, SENDING, SENT, OutboxMail

# Longer than any SMTP conversation: a claim older than this belongs to a deliverer that died.
LEASE = timedelta(minutes=10)
RETRY_BASE = timedelta(minutes=1)
RETRY_CAP = timedelta(hours=6)
# With the doubling above, ten attempts span about a day before a mail counts as failed.
MAX_ATTEMPTS = 10
BATCH_SIZE = 100
ERROR_MAX_LENGTH = 500

# kind -> function(row) returning the Mail to send, or None when there is nothing to send any more.
_composers: dict[str, Callable[[OutboxMail], Mail | None]] = {}


def register_composer(kind: str, composer: Callable[[OutboxMail], Mail | None]) -> None:
    """Let a domain render its own queued mails at delivery time (the outbox knows no domain)."""
    _composers[kind] = composer


# Functions(now) that put the mails due on a schedule in the outbox (following's digests) and
# return how many; `flask mail digests` and the worker run them.
_scheduled: list[Callable[[datetime], int]] = []


def register_scheduled(queue_due: Callable[[datetime], int]) -> None:
    if queue_due not in _scheduled:
        _scheduled.append(queue_due)


def queue_scheduled(now: datetime) -> int:
    return sum(queue_due(now) for queue_due in _scheduled)


class SmtpUnavailable(Exception):
    """The SMTP server cannot be reached or dropped the connection; every mail stays queued."""


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    cancelled: int = 0
    errors: list[str] = field(default_factory=list)


class SmtpTransport:
    """One SMTP connection for a batch, configured by MAIL_SERVER, MAIL_PORT, MAIL_USE_TLS and friends."""

    def __init__(self, config):
        self.config = config
        self.smtp = None

    def __enter__(self):
        config = self.config
        try:
            if config["MAIL_USE_SSL"]:
                self.smtp = smtplib.SMTP_SSL(
                    config["MAIL_SERVER"],
                    config["MAIL_PORT"],
                    timeout=config["MAIL_TIMEOUT"],
                    context=ssl.create_default_context(),
                )
            else:
                self.smtp = smtplib.SMTP(
                    config["MAIL_SERVER"], config["MAIL_PORT"], timeout=config["MAIL_TIMEOUT"]
                )
                if config["MAIL_USE_TLS"]:
                    self.smtp.starttls(context=ssl.create_default_context())
            if config["MAIL_USERNAME"]:
                self.smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        except (OSError, smtplib.SMTPException) as error:
            self._close()
            raise SmtpUnavailable(
                f"{config['MAIL_SERVER']}:{config['MAIL_PORT']}: {error}"
            ) from error
        return self

    def send(self, message, recipient: str) -> None:
        self.smtp.send_message(message, from_addr=sender_address(), to_addrs=[recipient])

    def __exit__(self, *exc_info):
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._close()
        return False

    def _close(self):
        if self.smtp is not None:
            self.smtp.close()
            self.smtp = None


class PrintTransport:
    """Development without an SMTP server: print each mail instead."""

    def __init__(self, echo=print):
        self.echo = echo

    def __enter__(self):
        return self

    def send(self, message, recipient: str) -> None:
        self.echo(message.as_string())

    def __exit__(self, *exc_info):
        return False


def smtp_transport():
    return SmtpTransport(current_app.config)


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, 8 ... minutes after the first, second, third ... failed attempt, at most RETRY_CAP."""
    return min(RETRY_BASE * 2 ** max(attempts - 1, 0), RETRY_CAP)


def deliver_due(
    transport_factory=smtp_transport, now: datetime | None = None, limit: int | None = None
) -> DeliveryReport:
    """Send every mail that is due; raises SmtpUnavailable (nothing lost) when the server is away."""
    now = now or utcnow()
    report = DeliveryReport()
    handled = 0
    with transport_factory() as transport:
        # Every handled row leaves the due set (sent, failed, cancelled, or retried later), so
        # asking again for the first due rows walks through the queue.
        while limit is None or handled < limit:
            batch = BATCH_SIZE if limit is None else min(BATCH_SIZE, limit - handled)
            ids = db.session.scalars(OutboxMail.due(now).limit(batch)).all()
            if not ids:
                break
            for mail_id in ids:
                handled += 1
                _deliver_one(transport, mail_id, now, report)
    return report


def _claim(mail_id: int, now: datetime) -> bool:
    """Take the row for this deliverer; False if another one has it or it was sent meanwhile."""
    result = db.session.execute(
        update(OutboxMail)
        .where(
            OutboxMail.id == mail_id,
            ((OutboxMail.status == PENDING) & (OutboxMail.next_attempt_at <= now))
            | ((OutboxMail.status == SENDING) & (OutboxMail.locked_until < now)),
        )
        .values(status=SENDING, locked_until=now + LEASE)
    )
    return result.rowcount == 1


def _deliver_one(transport, mail_id: int, now: datetime, report: DeliveryReport) -> None:
    if not _claim(mail_id, now):
        db.session.rollback()
        return
    row = db.session.get(OutboxMail, mail_id)
    if not row.is_rendered and not _render(row):
        row.status = CANCELLED
        row.locked_until = None
        db.session.commit()
        report.cancelled += 1
        return
    if row.message_id is None:
        row.message_id = new_message_id()
    message = build_message(_as_mail(row), row.message_id)
    recipient = row.recipient
    db.session.commit()  # the claim, the rendered text and the Message-ID, before anything leaves
    try:
        transport.send(message, recipient)
    except smtplib.SMTPRecipientsRefused as error:
        code, text = next(iter(error.recipients.values()))
        _refused(mail_id, now, code, text, report)
    except smtplib.SMTPResponseException as error:
        _refused(mail_id, now, error.smtp_code, error.smtp_error, report)
    except (OSError, smtplib.SMTPException) as error:
        # The connection broke: the mail most likely did not arrive. Back in the queue, no attempt lost.
        _set(
            mail_id,
            status=PENDING,
            locked_until=None,
            next_attempt_at=now,
            last_error=_short(error),
        )
        db.session.commit()
        raise SmtpUnavailable(str(error)) from error
    else:
        mark_sent(mail_id, now)
        report.sent += 1


def mark_sent(mail_id: int, now: datetime) -> bool:
    """Sending -> sent, once: a second deliverer that sent the same row finds it already marked."""
    result = db.session.execute(
        update(OutboxMail)
        .where(OutboxMail.id == mail_id, OutboxMail.status == SENDING)
        .values(
            status=SENT,
            sent_at=now,
            locked_until=None,
            attempts=OutboxMail.attempts + 1,
            last_error=None,
        )
    )
    db.session.commit()
    return result.rowcount == 1


def _refused(mail_id: int, now: datetime, code, text, report: DeliveryReport) -> None:
    """4xx: try again later, less and less often; 5xx or too many tries: failed for good."""
    detail = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
    error = f"{code} {detail}"
    row = db.session.get(OutboxMail, mail_id)
    attempts = row.attempts + 1
    if 400 <= int(code) < 500 and attempts < MAX_ATTEMPTS:
        _set(
            mail_id,
            status=PENDING,
            attempts=attempts,
            locked_until=None,
            next_attempt_at=now + retry_delay(attempts),
            last_error=error[:ERROR_MAX_LENGTH],
        )
        report.retrying += 1
    else:
        _set(
            mail_id,
            status=FAILED,
            attempts=attempts,
            locked_until=None,
            last_error=error[:ERROR_MAX_LENGTH],
        )
        report.failed += 1
    report.errors.append(f"mail {mail_id} aan {row.recipient}: {error}")
    db.session.commit()


def _render(row: OutboxMail) -> bool:
    composer = _composers.get(row.kind)
    mail = composer(row) if composer else None
    if mail is None:
        return False
    row.recipient = mail.to
    row.subject = mail.subject
    row.body_text = mail.text
    row.body_html = mail.html
    row.unsubscribe_url = mail.unsubscribe_url
    row.thread_reference = mail.reference
    return True


def _as_mail(row: OutboxMail) -> Mail:
    return Mail(
        to=row.recipient,
        subject=row.subject,
        text=row.body_text,
        html=row.body_html,
        unsubscribe_url=row.unsubscribe_url,
        reference=row.thread_reference,
    )


def _set(mail_id: int, **values) -> None:
    db.session.execute(update(OutboxMail).where(OutboxMail.id == mail_id).values(**values))


def _short(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:ERROR_MAX_LENGTH]
