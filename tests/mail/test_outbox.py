"""The outbox: written in the transaction of the change, delivered over SMTP once, nothing lost."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.clock import utcnow
from forum.extensions import db
from forum.mail import send_mail
from forum.outbox import delivery
from forum.outbox.models import FAILED, PENDING, SENDING, SENT, OutboxMail
from tests.factories import make_municipality, make_user


@pytest.fixture(autouse=True)
def _outbox_backend(app):
    app.config["MAIL_BACKEND"] = "outbox"


def outbox() -> list[OutboxMail]:
    return db.session.scalars(select(OutboxMail).order_by(OutboxMail.id)).all()


def queue(to="lid@example.nl", subject="Onderwerp"):
    with db.session.no_autoflush:
        return send_mail(
            to,
            subject,
            "account_approved",
            user=make_user(),
            login_url="https://forum.test/inloggen",
        )


def test_a_mail_waits_in_the_outbox_until_its_transaction_commits(app, smtp):
    queue()
    db.session.rollback()
    assert outbox() == []
    queue()
    db.session.commit()
    assert [mail.status for mail in outbox()] == [PENDING]
    assert smtp.received == []


def test_registering_queues_the_mail_and_a_failed_registration_queues_nothing(
    app, client, smtp, deliver
):
    utrecht = make_municipality("Utrecht", domain="utrecht.nl")
    form = {
        "municipality_id": utrecht.id,
        "name": "J. de Vries",
        "job_title": "adviseur",
        "email": "j.devries@utrecht.nl",
        "password": "een lang wachtwoord",
        "password_repeat": "een lang wachtwoord",
    }
    assert (
        client.post("/registreren", data={**form, "password_repeat": "iets anders"}).status_code
        == 422
    )
    assert outbox() == []
    assert client.post("/registreren", data=form).status_code == 302
    assert deliver().exit_code == 0
    [mail] = smtp.received
    assert mail.recipients == ["j.devries@utrecht.nl"]
    assert mail.message["Subject"] == "Bevestig uw e-mailadres voor het Kennisforum"
    assert "http://forum.test/bevestigen/" in mail.text


def test_deliver_sends_marks_sent_and_keeps_the_message_id(app, smtp, deliver):
    queue(to="a@example.nl", subject="Eerste")
    queue(to="b@example.nl", subject="Tweede")
    message_ids = [mail.message_id for mail in outbox()]
    result = deliver()
    assert result.exit_code == 0, result.output
    assert "Verstuurd: 2" in result.output
    assert [(m.recipients, m.message["Subject"]) for m in smtp.received] == [
        (["a@example.nl"], "Eerste"),
        (["b@example.nl"], "Tweede"),
    ]
    assert [m.message["Message-ID"] for m in smtp.received] == message_ids
    assert all(m.sender == "noreply@kennisforum.vng.nl" for m in smtp.received)
    assert [(mail.status, mail.attempts) for mail in outbox()] == [(SENT, 1), (SENT, 1)]
    assert all(mail.sent_at is not None for mail in outbox())
    assert deliver().exit_code == 0
    assert len(smtp.received) == 2  # sent once, not again


def test_every_mail_has_a_plain_text_part_and_dutch_headers(app, smtp, deliver):
    queue()
    deliver()
    [mail] = smtp.received
    assert mail.message.get_content_type() == "text/plain"
    assert "Een moderator heeft uw account" in mail.text
    assert mail.message["Auto-Submitted"] == "auto-generated"
    assert mail.message["Date"]


def test_an_smtp_server_that_is_down_loses_nothing(app, smtp, deliver):
    queue()
    smtp.stop()
    result = deliver()
    assert result.exit_code == 1
    assert "SMTP-server niet bereikbaar" in result.output
    assert "1 mail(s) blijven in de wachtrij" in result.output
    [mail] = outbox()
    assert (mail.status, mail.attempts) == (PENDING, 0)
    smtp.start()
    assert deliver().exit_code == 0
    assert len(smtp.received) == 1
    assert outbox()[0].status == SENT


def test_a_temporary_refusal_is_retried_later_with_growing_pauses(app, smtp):
    queue()
    db.session.commit()
    smtp.handler.refusal = "451 4.3.0 Even geduld"
    now = utcnow()
    report = delivery.deliver_due(now=now)
    assert (report.sent, report.retrying) == (0, 1)
    [mail] = outbox()
    assert (mail.status, mail.attempts) == (PENDING, 1)
    assert mail.next_attempt_at == now + timedelta(minutes=1)
    assert "451" in mail.last_error
    # Not due yet: nothing is tried.
    assert delivery.deliver_due(now=now + timedelta(seconds=30)).retrying == 0
    delivery.deliver_due(now=now + timedelta(minutes=1))
    db.session.expire_all()
    assert (outbox()[0].attempts, outbox()[0].next_attempt_at) == (2, now + timedelta(minutes=3))
    smtp.handler.refusal = None
    assert delivery.deliver_due(now=now + timedelta(minutes=3)).sent == 1
    db.session.expire_all()
    assert (outbox()[0].status, outbox()[0].attempts) == (SENT, 3)
    assert len(smtp.received) == 1


@pytest.mark.parametrize("attempts, delay", [(1, 1), (2, 2), (3, 4), (9, 256), (20, 360)])
def test_the_retry_delay_doubles_up_to_six_hours(attempts, delay):
    assert delivery.retry_delay(attempts) == timedelta(minutes=delay)


def test_a_permanent_refusal_fails_at_once_and_status_shows_it(app, smtp, deliver):
    queue(to="bestaat-niet@example.nl")
    smtp.handler.refusal = "550 5.1.1 Onbekende ontvanger"
    result = deliver()
    assert "mislukt: 1" in result.output
    [mail] = outbox()
    assert (mail.status, mail.attempts) == (FAILED, 1)
    status = app.test_cli_runner().invoke(args=["mail", "status"])
    assert "failed: 1" in status.output
    assert "bestaat-niet@example.nl" in status.output and "550" in status.output
    smtp.handler.refusal = None
    retried = app.test_cli_runner().invoke(args=["mail", "retry-failed"])
    assert "Opnieuw in de wachtrij: 1." in retried.output
    deliver()
    assert len(smtp.received) == 1


def test_a_crash_between_sending_and_marking_sends_at_most_one_duplicate(app, smtp, monkeypatch):
    queue()
    db.session.commit()
    now = utcnow()

    def crash(mail_id, now):
        raise SystemExit("the deliverer was killed")

    monkeypatch.setattr(delivery, "mark_sent", crash)
    with pytest.raises(SystemExit):
        delivery.deliver_due(now=now)
    db.session.rollback()
    monkeypatch.undo()
    assert len(smtp.received) == 1
    assert outbox()[0].status == SENDING  # claimed, never marked
    # While the claim lasts, nobody sends it again (another deliverer might still be busy).
    assert delivery.deliver_due(now=now + timedelta(minutes=5)).sent == 0
    # After the claim runs out it is sent once more, with the same Message-ID, and marked.
    assert delivery.deliver_due(now=now + delivery.LEASE + timedelta(seconds=1)).sent == 1
    assert delivery.deliver_due(now=now + timedelta(hours=1)).sent == 0
    assert len(smtp.received) == 2
    assert smtp.received[0].message["Message-ID"] == smtp.received[1].message["Message-ID"]
    db.session.expire_all()
    assert outbox()[0].status == SENT


def test_marking_sent_happens_once(app):
    queue()
    db.session.commit()
    mail = outbox()[0]
    mail.status = SENDING
    db.session.commit()
    assert delivery.mark_sent(mail.id, utcnow()) is True
    assert delivery.mark_sent(mail.id, utcnow()) is False


def test_two_deliverers_do_not_both_take_a_mail(app):
    queue()
    db.session.commit()
    mail_id = outbox()[0].id
    now = utcnow()
    assert delivery._claim(mail_id, now) is True
    db.session.commit()
    assert delivery._claim(mail_id, now) is False


def test_the_worker_loop_delivers_and_backs_off_while_the_server_is_away(app, smtp):
    from threading import Event

    from forum.outbox.cli import run_worker

    queue()
    db.session.commit()
    smtp.stop()
    waits = []

    class RecordingStop(Event):
        def wait(self, timeout=None):
            waits.append(timeout)
            if len(waits) == 2:
                smtp.start()
            return False

    run_worker(delivery.smtp_transport, interval=1, stop=RecordingStop(), max_rounds=3)
    assert waits == [2, 4]  # backing off while the server was down
    assert len(smtp.received) == 1
    assert (
        db.session.scalar(
            select(func.count()).select_from(OutboxMail).where(OutboxMail.status == SENT)
        )
        == 1
    )


def test_deliver_needs_the_site_address_for_links(app, deliver):
    app.config["SERVER_NAME"] = None
    result = deliver()
    assert result.exit_code == 1
    assert "FORUM_SERVER_NAME" in result.output


def test_print_shows_mails_without_a_server(app, deliver):
    queue(subject="Voor op het scherm")
    result = deliver("--print")
    assert "Subject: Voor op het scherm" in result.output
    assert outbox()[0].status == SENT


def test_printing_without_the_site_address_says_what_to_set_and_keeps_the_mails(app, deliver):
    app.config["SERVER_NAME"] = None
    queue(subject="Voor op het scherm")
    result = deliver("--print")
    assert result.exit_code == 1
    assert "Stel FORUM_SERVER_NAME in" in result.output and "Traceback" not in result.output
    assert outbox()[0].status == PENDING
