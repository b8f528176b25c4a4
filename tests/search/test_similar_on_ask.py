"""Similar questions while asking: for the script as the title is typed, and server-side once
before posting, so that it also works without JavaScript."""
import pytest
from sqlalchemy import func, select

from forum.board.models import Thread
from forum.extensions import db
from tests.factories import make_category, make_reply, make_thread, make_user

TITLE = "Hoe besteden jullie het verduurzamen van sporthallen aan?"


@pytest.fixture
def theme(app):
    theme = make_category("Vastgoed", parent=make_category("Leefomgeving"))
    solved = make_thread(category=theme, title="Aanbesteding verduurzaming sporthallen: bouwteam of traditioneel?")
    reply = make_reply(solved)
    solved.solution_post_id = reply.id
    make_thread(category=theme, title="Sporthallen verduurzamen met zonnepanelen")
    make_thread(category=theme, title="Iets heel anders: parkeervergunningen voor bewoners")
    db.session.commit()
    return theme


def thread_count():
    return db.session.scalar(select(func.count(Thread.id)))


def test_fragment_lists_similar_threads_with_solved_marked(client, login, theme):
    login(make_user())
    page = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": TITLE}).get_data(as_text=True)
    assert "Lijken deze vragen op de uwe?" in page
    assert "Aanbesteding verduurzaming sporthallen" in page and "Sporthallen verduurzamen met" in page
    assert "parkeervergunningen" not in page
    assert page.count('badge--solved">Opgelost') == 1
    assert "<html" not in page


def test_fragment_is_empty_for_nothing_alike_and_escapes_titles(client, login, theme):
    login(make_user())
    assert "Lijken" not in client.get("/zoeken/vergelijkbare-vragen?titel=kermis").get_data(as_text=True)
    make_thread(title="<b>Kermis</b> in de binnenstad")
    page = client.get("/zoeken/vergelijkbare-vragen?titel=kermis").get_data(as_text=True)
    assert "&lt;b&gt;Kermis&lt;/b&gt;" in page


def test_without_script_the_first_submit_shows_similar_questions_and_the_second_posts(client, login, theme):
    login(make_user())
    data = {"title": TITLE, "category": theme.id, "body": "Onze vraag.", "tags": "sport"}
    first = client.post("/vraag-stellen", data=data)
    page = first.get_data(as_text=True)
    assert first.status_code == 200
    assert "Er zijn al vragen die op de uwe lijken" in page
    assert "Aanbesteding verduurzaming sporthallen" in page
    assert f'name="similar_checked" type="hidden" value="{TITLE}"' in page
    assert "Onze vraag.</textarea>" in page and 'value="sport"' in page
    assert thread_count() == 3
    second = client.post("/vraag-stellen", data={**data, "similar_checked": TITLE})
    assert second.status_code == 302
    assert thread_count() == 4


def test_a_changed_title_shows_them_again(client, login, theme):
    login(make_user())
    data = {"title": "Sporthallen verduurzamen: welke subsidie?", "category": theme.id, "body": "Vraag.",
            "similar_checked": TITLE}
    assert client.post("/vraag-stellen", data=data).status_code == 200
    assert thread_count() == 3


def test_no_similar_questions_posts_at_once(client, login, theme):
    login(make_user())
    response = client.post("/vraag-stellen", data={"title": "Kermis in de binnenstad organiseren", "category": theme.id, "body": "Vraag."})
    assert response.status_code == 302


def test_preview_shows_them_too(client, login, theme):
    login(make_user())
    response = client.post("/vraag-stellen", data={
        "title": TITLE, "category": theme.id, "body": "Vraag.", "preview": "Voorbeeld bekijken",
    })
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Lijken deze vragen op de uwe?" in page and "Er zijn al vragen" not in page


def test_fragment_is_for_readers_and_fast_on_queries(client, login, theme, count_queries):
    response = client.get("/zoeken/vergelijkbare-vragen?titel=sporthallen")
    assert response.status_code == 302
    login(make_user())
    client.get("/zoeken/vergelijkbare-vragen?titel=sporthallen")  # reads the added synonyms, once a minute
    with count_queries() as queries:
        client.get("/zoeken/vergelijkbare-vragen?titel=sporthallen")
    # the member, how common each word is, the matching threads, the vector revision, which of
    # the candidates are live (and in the chosen theme), the threads shown
    assert len(queries) <= 6
