"""Adding a poll to a question, changing it until the first vote, and what is refused."""
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from forum.clock import utcnow
from forum.extensions import db
from forum.polls.models import Poll, closing_day, closing_moment
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


def test_repeats_differing_in_case_or_invisible_characters_are_refused(client, login):
    thread = make_thread()
    login(thread.author)
    for options in ("Ja\nNee\nNEE", "Ja\nNee\nNee\u200b\nnee"):
        response = client.post(f"/onderwerp/{thread.id}/peiling-toevoegen", data={**FORM, "options": options})
        assert response.status_code == 422
        assert "Elk antwoord mag maar één keer voorkomen." in response.text
    assert db.session.scalar(select(Poll)) is None


def test_format_characters_are_left_out_of_question_and_answers(client, login):
    thread = make_thread()
    login(thread.author)
    response = client.post(f"/onderwerp/{thread.id}/peiling-toevoegen", data={
        **FORM, "question": "Welk\u202e systeem?\u200b", "options": "Ja\u2066\nNee\u00ad"})
    assert response.status_code == 302
    poll = db.session.scalar(select(Poll))
    assert poll.question == "Welk systeem?"
    assert [option.label for option in poll.options] == ["Ja", "Nee"]


def test_a_poll_closes_at_the_end_of_its_closing_day_in_dutch_time(client, login):
    thread = make_thread()
    login(thread.author)
    response = client.post(f"/onderwerp/{thread.id}/peiling-toevoegen", data={**FORM, "closes_on": "2099-12-02"})
    assert response.status_code == 422 and "Kies een sluitingsdatum binnen een jaar." in response.text

    day = (utcnow() + timedelta(days=30)).date()
    assert client.post(f"/onderwerp/{thread.id}/peiling-toevoegen",
                       data={**FORM, "closes_on": day.isoformat()}).status_code == 302
    poll = db.session.scalar(select(Poll))
    # Midnight after that day in Amsterdam: 23:00 UTC in winter, 22:00 UTC in summer.
    assert poll.closes_at.date() == day and poll.closes_at.hour in (22, 23)
    assert f"Stemmen kan tot en met {day.day} " in client.get(f"/onderwerp/{thread.id}").text
    assert f'value="{day.isoformat()}"' in client.get(f"/peiling/{poll.id}/bewerken").text


def test_closing_moments_in_winter_and_summer():
    assert closing_moment(date(2026, 12, 2)) == datetime(2026, 12, 2, 23, 0)
    assert closing_moment(date(2026, 7, 1)) == datetime(2026, 7, 1, 22, 0)
    assert closing_day(datetime(2026, 12, 2, 23, 0)) == date(2026, 12, 2)
