"""`flask privacy retention`: old IP addresses, login records and sent-mail records go."""
from datetime import timedelta

from sqlalchemy import select

from forum.accounts.login_records import LoginRecord
from forum.clock import utcnow
from forum.extensions import db
from forum.privacy.models import SentMail
from tests.factories import make_user


def test_retention_forgets_what_is_too_old(app):
    user = make_user()
    now = utcnow()
    for days in (1, 40, 200):
        db.session.add(LoginRecord(user_id=user.id, succeeded=True, ip_address="192.0.2.1",
                                   user_agent="Firefox", created_at=now - timedelta(days=days)))
        db.session.add(SentMail(recipient=user.email, subject="Onderwerp", template="x",
                                sent_at=now - timedelta(days=days)))
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["privacy", "retention"])
    assert result.exit_code == 0, result.output
    assert "Inloggegevens verwijderd: 1; IP-adressen gewist: 1; verzonden-mailgegevens verwijderd: 1." in result.output
    records = db.session.execute(
        select(LoginRecord.ip_address, LoginRecord.user_agent).order_by(LoginRecord.created_at.desc())).all()
    assert records == [("192.0.2.1", "Firefox"), (None, "")]
    assert len(db.session.scalars(select(SentMail)).all()) == 2  # 90 days for mails


def test_retention_periods_come_from_the_configuration(app):
    user = make_user()
    db.session.add(LoginRecord(user_id=user.id, succeeded=True, ip_address="192.0.2.1",
                               created_at=utcnow() - timedelta(days=3)))
    db.session.commit()
    app.config["PRIVACY_IP_RETENTION_DAYS"] = 2
    app.test_cli_runner().invoke(args=["privacy", "retention"])
    assert db.session.scalar(select(LoginRecord.ip_address)) is None


def test_sent_mails_are_recorded_without_their_text(client, mails):
    make_user(email="iemand@example.nl")
    client.post("/wachtwoord-vergeten", data={"email": "iemand@example.nl"})
    [record] = db.session.scalars(select(SentMail)).all()
    assert (record.recipient, record.template) == ("iemand@example.nl", "password_reset")
    assert record.subject == mails[0].subject
