"""Adding a poll to a question, changing it until the first vote, and what is refused."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.clock import utcnow
from forum.extensions import db
from forum.polls.models import Poll
from tests.factories import make_thread, make_user
from tests.polls.helpers import make_poll, vote

FORM = {"question": "Welk zaaksysteem gebruikt uw gemeente?", "options": "Zaaksysteem A\nZaaksysteem B\n\nZaaksysteem A\n",
        "voice": "municipality", "results_visibility": "after_voting", "multiple": "y", "allows_other": "y"}


def test_the_asker_adds_a_poll_that_appears_under_the_question(client, login):
    thread = make_thread()
    login(thread.author)
    assert "Peiling toevoegen (optioneel)" in client.get("/vraag-stellen").text
    assert "Peiling toevoegen" in client.get(f"/onderwerp/{thread.id}").text

    response = client.post(f"/onderwerp/{thread.id}/peiling-toevoegen", data=FORM)

    assert response.status_code == 302
    poll = db.session.scalar(select(Poll))
    assert [option.label for option in poll.options] == ["Zaaksysteem A", "Zaaksysteem B"]  # repeats dropped
    assert poll.multiple and poll.allows_other and poll.per_municipality
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "Welk zaaksysteem gebruikt uw gemeente?" in page and 'type="checkbox"' in page
    assert "Anders, namelijk" in page and "Peiling toevoegen" not in page


@pytest.mark.parametrize("change, message", [
    ({"options": "Alleen een"}, "Geef 2 tot 20 antwoorden"),
    ({"options": "\n".join(f"Antwoord {n}" for n in range(21))}, "Geef 2 tot 20 antwoorden"),
    ({"options": "Ja\n" + "x" * 151}, "hoogstens 150 tekens"),
    ({"question": ""}, "Vul de vraag in"),
    ({"voice": "provincie"}, "Kies een van de mogelijkheden"),
    ({"results_visibility": "nooit"}, "Kies een van de mogelijkheden"),
    ({"closes_on": "2020-01-01"}, "Kies een sluitingsdatum na vandaag"),
    ({"closes_on": "morgen"}, "Sluitingsdatum"),
])
def test_a_poll_that_cannot_be_counted_is_refused_in_dutch(client, login, change, message):
    thread = make_thread()
    login(thread.author)
    response = client.post(f"/onderwerp/{thread.id}/peiling-toevoegen", data={**FORM, **change})
    assert response.status_code == 422
    assert message in response.text
    assert db.session.scalar(select(Poll)) is None


def test_only_the_asker_or_a_moderator_adds_a_poll_and_only_one(client, login):
    thread = make_thread()
    login(make_user())
    assert client.post(f"/onderwerp/{thread.id}/peiling-toevoegen", data=FORM).status_code == 403
    login(make_user(staff=True, role="moderator"))
    assert client.post(f"/onderwerp/{thread.id}/peiling-toevoegen", data=FORM).status_code == 302
    response = client.post(f"/onderwerp/{thread.id}/peiling-toevoegen", data=FORM)
    assert response.status_code == 409 and "al een peiling" in response.text


def test_no_poll_on_a_removed_thread(client, login):
    thread = make_thread()
    thread.deleted_at = utcnow()
    login(thread.author)
    assert client.get(f"/onderwerp/{thread.id}/peiling-toevoegen").status_code == 404


def test_the_poll_changes_until_the_first_vote(client, login):
    thread = make_thread()
    poll = make_poll(thread)
    login(thread.author)
    form = client.get(f"/peiling/{poll.id}/bewerken").text
    assert "Ja\nNee\nWeet niet" in form
    closing = (utcnow() + timedelta(days=10)).date().isoformat()
    response = client.post(f"/peiling/{poll.id}/bewerken",
                           data={**FORM, "options": "Wel\nNiet", "closes_on": closing})
    assert response.status_code == 302
    assert [option.label for option in db.session.get(Poll, poll.id).options] == ["Wel", "Niet"]

    vote(db.session.get(Poll, poll.id), make_user(), "Wel")
    response = client.post(f"/peiling/{poll.id}/bewerken", data=FORM)
    assert response.status_code == 409 and "Er is al gestemd" in response.text
    login(make_user())
    assert client.get(f"/peiling/{poll.id}/bewerken").status_code == 403
