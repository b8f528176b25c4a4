"""A poll added on the ask form itself, posted with the question; and the way to the poll from
the question's edit page."""
import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.attachments.models import Attachment
from forum.board.models import Post, Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.polls.models import Poll
from tests.factories import make_category, make_thread, make_user
from tests.polls.helpers import make_poll, vote

POLL = {"peiling-question": "Welk zaaksysteem gebruikt uw gemeente?",
        "peiling-options": "Zaaksysteem A\nZaaksysteem B\nZaaksysteem C",
        "peiling-voice": "member", "peiling-results_visibility": "after_closing", "peiling-multiple": "y"}
TITLE = "Welk zaaksysteem gebruiken jullie voor Woo-verzoeken?"


@pytest.fixture
def theme(app):
    return make_category("Wonen", parent=make_category("Leefomgeving"))


def ask(client, theme, **fields):
    data = {"title": TITLE, "category": theme.id, "body": "Wij zoeken een **nieuw** systeem."}
    return client.post("/vraag-stellen", data={**data, **fields})


def test_the_ask_form_offers_an_optional_poll(client, login, theme):
    login(make_user())
    page = client.get("/vraag-stellen").text
    assert "Peiling toevoegen (optioneel)" in page
    assert 'name="peiling-question"' in page and 'name="peiling-options"' in page
    assert "Na het plaatsen kunt u" not in page


def test_asking_with_a_poll_posts_the_question_and_its_poll(client, login, theme):
    asker = make_user()
    login(asker)
    closing = (utcnow() + timedelta(days=14)).date()

    response = ask(client, theme, **POLL, **{"peiling-closes_on": closing.isoformat()})

    assert response.status_code == 302
    thread = db.session.scalar(select(Thread))
    poll = db.session.scalar(select(Poll))
    assert poll.thread_id == thread.id and poll.created_by_id == asker.id
    assert poll.question == "Welk zaaksysteem gebruikt uw gemeente?"
    assert [option.label for option in poll.options] == ["Zaaksysteem A", "Zaaksysteem B", "Zaaksysteem C"]
    assert poll.multiple and not poll.allows_other and not poll.per_municipality
    assert poll.results_visibility == "after_closing" and poll.closes_at.date() == closing
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "Welk zaaksysteem gebruikt uw gemeente?" in page and "Zaaksysteem C" in page


def test_asking_without_poll_fields_posts_no_poll(client, login, theme):
    login(make_user())
    response = ask(client, theme, **{"peiling-voice": "municipality", "peiling-results_visibility": "after_voting",
                                     "peiling-question": "  ", "peiling-options": "\n\n"})
    assert response.status_code == 302
    assert db.session.scalar(select(Thread)) is not None
    assert db.session.scalar(select(Poll)) is None


@pytest.mark.parametrize("change, field, message", [
    ({"peiling-options": "Alleen een"}, "options", "Geef 2 tot 20 antwoorden"),
    ({"peiling-options": "\n".join(f"Antwoord {n}" for n in range(21))}, "options", "Geef 2 tot 20 antwoorden"),
    ({"peiling-closes_on": "2020-01-01"}, "closes_on", "Kies een sluitingsdatum na vandaag"),
    ({"peiling-closes_on": "morgen"}, "closes_on", "Ongeldige datum"),
    ({"peiling-question": ""}, "question", "Vul de vraag in"),
    ({"peiling-voice": "provincie"}, "voice", "Kies een van de mogelijkheden"),
])
def test_an_invalid_poll_refuses_the_question_and_keeps_what_was_typed(client, login, theme, change, field, message):
    login(make_user())
    typed = {**POLL, **change}

    response = ask(client, theme, **typed)

    assert response.status_code == 422
    page = response.text
    error = page.split(f'id="peiling-{field}-error">', 1)[1].split("</p>", 1)[0]  # next to the poll's field
    assert message in error
    assert f'value="{TITLE}"' in page and "Wij zoeken een **nieuw** systeem.</textarea>" in page
    if typed["peiling-question"]:
        assert f'value="{typed["peiling-question"]}"' in page
    assert typed["peiling-options"].splitlines()[0] in page
    assert db.session.scalar(select(Thread)) is None
    assert db.session.scalar(select(Poll)) is None


def test_an_invalid_poll_keeps_the_file_already_uploaded_and_the_second_try_posts_both(client, login, theme):
    login(make_user())
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    data = {"title": TITLE, "category": theme.id, "body": "Zie het plan.", **POLL, "peiling-options": "Alleen een",
            "attachments": [(io.BytesIO(pdf), "plan.pdf")]}
    refused = client.post("/vraag-stellen", data=data, content_type="multipart/form-data")
    assert refused.status_code == 422
    pending = db.session.scalar(select(Attachment))
    assert "plan.pdf" in refused.text and f'name="attachments-pending" value="{pending.id}"' in refused.text

    again = {**data, "peiling-options": "Ja\nNee", "attachments": [], "attachments-pending": str(pending.id)}
    assert client.post("/vraag-stellen", data=again, content_type="multipart/form-data").status_code == 302
    question = db.session.scalar(select(Post).where(Post.position == 1))
    db.session.refresh(pending)
    assert pending.post_id == question.id
    assert [option.label for option in db.session.scalar(select(Poll)).options] == ["Ja", "Nee"]


def test_the_poll_errors_are_listed_in_the_error_summary_with_links(client, login, theme):
    login(make_user())
    page = ask(client, theme, **{**POLL, "peiling-options": "Alleen een"}).text
    summary = page.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    assert 'href="#peiling-options"' in summary and "Geef 2 tot 20 antwoorden" in summary


def test_the_question_edit_page_leads_to_the_poll_until_the_first_vote(client, login):
    thread = make_thread()
    edit_question = f"/bericht/{_post_id(thread, 1)}/bewerken"
    login(thread.author)

    page = client.get(edit_question).text
    assert "Peiling toevoegen" in page and f"/onderwerp/{thread.id}/peiling-toevoegen" in page

    poll = make_poll(thread)
    page = client.get(edit_question).text
    assert "Peiling wijzigen" in page and f"/peiling/{poll.id}/bewerken" in page

    vote(poll, make_user(), "Ja")
    page = client.get(edit_question).text
    assert "Peiling wijzigen" not in page and "Er is al gestemd" in page


def test_a_reply_edit_page_has_no_poll_link(client, login):
    thread = make_thread()
    login(make_user())
    assert client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Wij doen het zo."}).status_code == 302
    page = client.get(f"/bericht/{_post_id(thread, 2)}/bewerken").text
    assert "Peiling toevoegen" not in page and "Peiling wijzigen" not in page


def _post_id(thread, position: int) -> int:
    return db.session.scalar(select(Post.id).where(Post.thread_id == thread.id, Post.position == position))
