"""Moderators close or remove a poll; both are in the moderation log."""
from sqlalchemy import select

from forum.extensions import db
from forum.moderation.models import AuditEntry
from forum.polls.models import Poll
from tests.factories import make_thread, make_user
from tests.polls.helpers import make_poll


def test_a_moderator_closes_a_poll_and_the_log_says_so(client, login):
    poll = make_poll(make_thread(title="Leges voor evenementen"))
    member = make_user()
    login(member)
    assert "Peiling modereren" not in client.get(f"/onderwerp/{poll.thread_id}").text
    assert client.post(f"/peiling/{poll.id}/sluiten").status_code == 403
    moderator = login(make_user(staff=True, role="moderator"))
    assert "Peiling modereren" in client.get(f"/onderwerp/{poll.thread_id}").text

    assert client.post(f"/peiling/{poll.id}/sluiten").status_code == 302

    assert db.session.get(Poll, poll.id).is_closed()
    entry = db.session.scalar(select(AuditEntry))
    assert (entry.action, entry.actor_id, entry.target_id) == ("close_poll", moderator.id, poll.thread_id)
    assert "peiling gesloten" in client.get("/moderatie/logboek").text
    assert client.post(f"/peiling/{poll.id}/sluiten").status_code == 409
    login(member)
    page = client.get(f"/onderwerp/{poll.thread_id}").text
    assert "Gesloten" in page and "Stemmen</button>" not in page


def test_a_moderator_removes_a_poll_with_a_reason(client, login):
    poll = make_poll(make_thread())
    login(make_user())
    assert client.post(f"/peiling/{poll.id}/verwijderen").status_code == 403
    login(make_user(staff=True, role="moderator"))
    too_long = client.post(f"/peiling/{poll.id}/verwijderen", data={"reason": "Waarom " + "x" * 2000})
    assert too_long.status_code == 422
    assert "Een reden heeft hoogstens 2000 tekens." in too_long.text  # the form again, the text kept
    assert "Waarom " + "x" * 2000 + "</textarea>" in too_long.text and 'action="/peiling/' in too_long.text

    assert client.post(f"/peiling/{poll.id}/verwijderen", data={"reason": "Dubbele peiling"}).status_code == 302

    assert db.session.get(Poll, poll.id).is_removed
    entry = db.session.scalar(select(AuditEntry))
    assert (entry.action, entry.reason) == ("remove_poll", "Dubbele peiling")
    page = client.get(f"/onderwerp/{poll.thread_id}").text
    assert "Doet uw gemeente dit?" not in page and "Peiling toevoegen" not in page
    again = client.post(f"/onderwerp/{poll.thread_id}/peiling-toevoegen", data={})
    assert again.status_code == 409
    assert "De peiling van dit onderwerp is door een moderator verwijderd" in again.text
    assert client.get(f"/peiling/{poll.id}").status_code == 404
    assert client.post(f"/peiling/{poll.id}/verwijderen").status_code == 404
