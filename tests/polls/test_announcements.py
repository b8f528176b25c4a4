"""Who hears about a poll: followers of the thread when it closes; members whose municipality has
not answered, in their digest, when it closes soon."""
from datetime import timedelta

from sqlalchemy import select, update

from forum.clock import utcnow
from forum.extensions import db
from forum.following.digests import queue_due_digests
from forum.following.models import Notification, NotificationSettings
from forum.outbox.models import OutboxMail
from tests.factories import make_thread, make_user
from tests.polls.helpers import make_poll, vote


def notified(kind):
    return sorted(db.session.scalars(select(Notification.user_id).where(Notification.kind == kind)))


def run_announce(app):
    return app.test_cli_runner().invoke(args=["polls", "announce"]).output


def test_followers_hear_when_a_moderator_closes_the_poll_and_instant_readers_get_a_mail(client, login):
    thread = make_thread(title="Leges voor evenementenvergunningen")
    asker = thread.author  # follows their own question
    db.session.add(NotificationSettings(user_id=asker.id, mail_frequency="instant", follow_own_threads=True))
    bystander = make_user()
    poll = make_poll(thread)
    login(make_user(staff=True, role="moderator"))

    assert client.post(f"/peiling/{poll.id}/sluiten").status_code == 302

    assert notified("poll_closed") == [asker.id]
    assert bystander.id not in notified("poll_closed")
    mail = db.session.scalar(select(OutboxMail).where(OutboxMail.recipient == asker.email))
    assert mail is not None
    login(asker)
    page = client.get("/meldingen").text
    assert "De peiling is gesloten" in page and "Leges voor evenementenvergunningen" in page


def test_a_poll_whose_date_passed_is_announced_once_by_the_cron_job(app, client):
    poll = make_poll(make_thread(), closes_at=utcnow() + timedelta(days=10))
    poll.closes_at = utcnow() - timedelta(minutes=5)
    db.session.commit()
    assert "Gesloten peilingen gemeld: 1." in run_announce(app)
    assert notified("poll_closed") == [poll.thread.author_id]
    assert "Gesloten peilingen gemeld: 0." in run_announce(app)
    assert len(notified("poll_closed")) == 1


def test_members_whose_municipality_did_not_answer_find_a_closing_poll_in_their_digest(app, client):
    poll = make_poll(make_thread(title="Zaaksysteem van uw gemeente"), closes_at=utcnow() + timedelta(days=2))
    answered = make_user()
    colleague = make_user(answered.municipality)
    vote(poll, answered, "Ja")
    waiting = make_user(email="wachtend@example.nl")
    staff = make_user(staff=True)
    far_away = make_poll(make_thread(), closes_at=utcnow() + timedelta(days=20))

    assert "herinnering verstuurd: 1." in run_announce(app)

    reminded = notified("poll_closing")
    assert waiting.id in reminded and poll.thread.author_id in reminded
    assert answered.id not in reminded and colleague.id not in reminded and staff.id not in reminded
    assert db.session.scalars(select(Notification.thread_id).where(Notification.kind == "poll_closing")).all() == [
        poll.thread_id] * len(reminded)
    assert far_away.thread_id  # not reminded: it closes in 20 days
    assert "herinnering verstuurd: 0." in run_announce(app)

    db.session.execute(update(Notification).values(created_at=utcnow() - timedelta(hours=1)))
    queue_due_digests(utcnow())
    digest = db.session.scalar(select(OutboxMail).where(OutboxMail.recipient == "wachtend@example.nl"))
    assert "Zaaksysteem van uw gemeente" in digest.body_text
    assert "uw gemeente heeft nog niet gestemd" in digest.body_text
