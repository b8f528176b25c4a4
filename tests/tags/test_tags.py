"""Tags: up to five per question, existing suggested, new allowed, tag pages, search filter."""
import pytest
from sqlalchemy import select

from forum.board.models import Post, Thread
from forum.extensions import db
from forum.tags.models import Tag
from tests.factories import make_category, make_user


@pytest.fixture
def theme(app):
    return make_category("Wonen", parent=make_category("Leefomgeving"))


def ask(client, theme, title="Hoe pakken jullie flexwonen aan?", **fields):
    data = {"title": title, "category": theme.id, "body": "Onze vraag.", "similar_checked": title}
    return client.post("/vraag-stellen", data={**data, **fields})


def tags_of(thread_id):
    return db.session.scalars(Tag.of_thread(thread_id).with_only_columns(Tag.slug)).all()


def test_asking_with_tags_creates_and_counts_them(client, login, theme):
    login(make_user())
    response = ask(client, theme, tags="Flexwonen, Tijdelijke woningen,flexwonen , ")
    assert response.status_code == 302
    thread = db.session.scalar(select(Thread))
    assert tags_of(thread.id) == ["flexwonen", "tijdelijke-woningen"]
    counts = dict(db.session.execute(select(Tag.slug, Tag.thread_count)).all())
    assert counts == {"flexwonen": 1, "tijdelijke-woningen": 1}
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert 'href="/tags/flexwonen">flexwonen</a>' in page


@pytest.mark.parametrize("tags, message", [
    ("aa, bb, cc, dd, ee, ff", "Gebruik hoogstens 5 tags."),
    ("x", "moet 2 tot 40 letters of cijfers lang zijn"),
    ("!!!", "moet 2 tot 40 letters of cijfers lang zijn"),
    ("een-heel-lange-tag-die-echt-veel-te-lang-is-om-te-gebruiken", "moet 2 tot 40 letters of cijfers lang zijn"),
])
def test_bad_tags_keep_the_draft_and_explain(client, login, theme, tags, message):
    login(make_user())
    response = ask(client, theme, tags=tags)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert message in page
    assert "Onze vraag.</textarea>" in page
    assert db.session.scalar(select(Thread)) is None


def test_existing_tags_are_suggested(client, login, theme):
    author = login(make_user())
    ask(client, theme, tags="omgevingswet")
    page = client.get("/vraag-stellen").get_data(as_text=True)
    assert 'list="bestaande-tags"' in page
    assert '<option value="omgevingswet">' in page
    assert author.id


def test_editing_the_question_changes_tags_and_counts(client, login, theme):
    author = login(make_user())
    ask(client, theme, tags="flexwonen, wonen")
    thread = db.session.scalar(select(Thread))
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    form = client.get(f"/bericht/{question.id}/bewerken").get_data(as_text=True)
    assert 'value="flexwonen, wonen"' in form
    response = client.post(f"/bericht/{question.id}/bewerken", data={
        "title": thread.title, "body": "Onze vraag.", "tags": "wonen, huisvesting",
    })
    assert response.status_code == 302
    assert "Uw wijziging is opgeslagen." in client.get(response.headers["Location"]).get_data(as_text=True)
    assert tags_of(thread.id) == ["huisvesting", "wonen"]
    counts = dict(db.session.execute(select(Tag.slug, Tag.thread_count)).all())
    assert counts == {"flexwonen": 0, "wonen": 1, "huisvesting": 1}
    assert author.id == thread.author_id


def test_tag_page_lists_its_threads_and_the_tag_index_counts(client, login, theme):
    login(make_user())
    ask(client, theme, title="Eerste vraag over flexwonen", tags="flexwonen")
    ask(client, theme, title="Tweede vraag over iets anders", tags="parkeren")
    page = client.get("/tags/flexwonen").get_data(as_text=True)
    assert "<h1>Vragen met de tag “flexwonen”</h1>" in page
    assert "Eerste vraag over flexwonen" in page and "Tweede vraag over iets anders" not in page
    assert 'type="application/atom+xml"' in page
    index = client.get("/tags").get_data(as_text=True)
    assert "flexwonen" in index and "parkeren" in index
    assert client.get("/tags/bestaat-niet").status_code == 404
    assert client.get("/tags/" + "x" * 300).status_code == 404


def test_search_filters_on_tag(client, login, theme):
    login(make_user())
    ask(client, theme, title="Flexwonen op een oud sportveld", tags="flexwonen")
    ask(client, theme, title="Flexwonen voor studenten", tags="studenten")
    page = client.get("/zoeken?q=flexwonen&tag=Flexwonen").get_data(as_text=True)
    assert "Flexwonen op een oud sportveld" in page.replace("<mark>", "").replace("</mark>", "")
    assert "studenten" not in page.split('class="search-results"')[1]
    assert 'class="result"' not in client.get("/zoeken?q=flexwonen&tag=onbekend").get_data(as_text=True)


def test_tag_pages_are_for_readers_only(client):
    response = client.get("/tags")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]
