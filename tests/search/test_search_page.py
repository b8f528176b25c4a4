"""/zoeken: Dutch full-text search with stemming, folded accents, ranking, snippets, paging."""
import html
import re

import pytest
from sqlalchemy import delete, select

from forum.board.models import Thread
from forum.board.services import edit_post
from forum.extensions import db
from tests.factories import make_reply, make_thread, make_user


def result_titles(page: str) -> list[str]:
    titles = re.findall(r'class="result__title"[^>]*>(.*?)</a>', page, re.S)
    return [html.unescape(re.sub(r"</?mark>", "", title)) for title in titles]


def search(client, **arguments):
    return client.get("/zoeken", query_string=arguments)


@pytest.fixture
def reader(app, login):
    return login(make_user())


@pytest.mark.parametrize("stored, typed", [
    ("Wie heeft ervaring met een fiets voor ambtenaren?", "fietsen"),
    ("Wie deelt zijn fietsen met collega's?", "fiets"),
    ("Hoe verduurzamen jullie het gebouw van de bibliotheek?", "gebouwen"),
    ("Een vergunning voor een terras bij het café aan de haven", "cafe"),
    ("Zonnepanelen op het dak van de sporthallen leggen", "sporthal"),
    ("Wat kost een aanbesteding voor laadpalen precies?", "aanbesteden laadpaal"),
])
def test_dutch_words_are_found_in_other_forms(client, reader, stored, typed):
    make_thread(title=stored)
    make_thread(title="Iets heel anders over de Omgevingswet en participatie")
    page = search(client, q=typed).get_data(as_text=True)
    assert result_titles(page) == [stored]


def test_replies_are_found_and_say_whose_they_are(client, reader):
    thread = make_thread(title="Onze vraag over de bijstand in het algemeen")
    make_reply(thread, body="Wij gebruiken een **vrijlatingsregeling** voor bijverdiensten.")
    page = search(client, q="vrijlatingsregeling").get_data(as_text=True)
    assert result_titles(page) == ["Onze vraag over de bijstand in het algemeen"]
    assert "Reactie van" in page
    assert "<mark>vrijlatingsregeling</mark>" in page


def test_a_title_match_ranks_above_a_match_in_the_text(client, reader):
    make_thread(title="Algemene vraag over de begroting", body="Ook warmtepompen komen ter sprake.")
    make_thread(title="Warmtepompen in schoolgebouwen", body="Wie heeft dit gedaan?")
    titles = result_titles(search(client, q="warmtepomp").get_data(as_text=True))
    assert titles == ["Warmtepompen in schoolgebouwen", "Algemene vraag over de begroting"]


def test_snippets_mark_the_words_and_escape_everything_else(client, reader):
    body = "Kosten: a < b & c. " + "Vulling zonder betekenis. " * 30 + "Daarna de `<warmtepomp>` en de WARMTEPOMPEN."
    make_thread(title="Een vraag met een lange tekst erin", body=body)
    page = search(client, q="warmtepompen").get_data(as_text=True)
    assert "… " in page  # the snippet starts near the match, not at the beginning
    assert "&lt;<mark>warmtepomp</mark>&gt;" in page
    assert "<mark>WARMTEPOMPEN</mark>" in page
    assert "<warmtepomp>" not in page


def test_title_with_markup_is_escaped_in_results(client, reader):
    make_thread(title='Vraag over <script>alert("x")</script> scripts')
    page = search(client, q="scripts").get_data(as_text=True)
    assert result_titles(page) == ['Vraag over <script>alert("x")</script> scripts']
    assert "<script>alert" not in page
    assert "&lt;<mark>script</mark>&gt;alert(&#34;x&#34;)" in page


def test_phrases_and_excluded_words(client, reader):
    make_thread(title="Hybride warmtepomp in de sporthal")
    make_thread(title="Warmtepomp all-electric in het zwembad")
    make_thread(title="Een pomp die warm wordt in de sporthal")
    assert len(result_titles(search(client, q="warmtepomp").get_data(as_text=True))) == 2
    assert result_titles(search(client, q="warmtepomp -hybride").get_data(as_text=True)) == [
        "Warmtepomp all-electric in het zwembad"
    ]
    assert result_titles(search(client, q='"hybride warmtepomp"').get_data(as_text=True)) == [
        "Hybride warmtepomp in de sporthal"
    ]
    assert result_titles(search(client, q='"warmtepomp hybride"').get_data(as_text=True)) == []


def test_query_syntax_cannot_break_the_search(client, reader):
    make_thread(title="Vraag over de Woo en termijnen")
    for typed in ['"', 'woo"', "woo AND OR NOT", "woo*", "(woo", "-", "woo NEAR(x)", "\x00woo", "'; drop table posts"]:
        response = search(client, q=typed)
        assert response.status_code == 200, typed


def test_only_stop_words_explains_itself(client, reader):
    page = search(client, q="hoe de het").get_data(as_text=True)
    assert "alleen veelvoorkomende woorden" in page


def test_an_edit_is_found_under_its_new_words(client, reader):
    thread = make_thread(title="Vraag over kerstbomen", body="Wij zamelen ze in met een kraan.")
    edit_post(_question(thread), make_user(), "Wij zamelen ze in met een shovel.", "Vraag over inzamelrondes")
    db.session.commit()
    assert result_titles(search(client, q="kraan").get_data(as_text=True)) == []
    assert result_titles(search(client, q="shovel").get_data(as_text=True)) == ["Vraag over inzamelrondes"]
    assert result_titles(search(client, q="inzamelrondes").get_data(as_text=True)) == ["Vraag over inzamelrondes"]
    assert result_titles(search(client, q="kerstbomen").get_data(as_text=True)) == []


def _question(thread):
    from forum.board.models import Post

    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))


def test_a_deleted_thread_leaves_the_index(client, reader):
    thread = make_thread(title="Vraag over hondenbelasting afschaffen", replies=2)
    db.session.execute(delete(Thread).where(Thread.id == thread.id))
    db.session.commit()
    assert result_titles(search(client, q="hondenbelasting").get_data(as_text=True)) == []
    assert result_titles(search(client, q="ervaring").get_data(as_text=True)) == []


def test_results_are_paged(client, reader):
    author = make_user()
    for number in range(23):
        make_thread(author=author, title=f"Vraag nummer {number} over parkeervergunningen")
    first = search(client, q="parkeervergunning").get_data(as_text=True)
    assert len(result_titles(first)) == 20
    assert "23 resultaten" in first
    assert 'rel="next"' in first and "pagina=2" in first
    second = search(client, q="parkeervergunning", pagina=2).get_data(as_text=True)
    assert len(result_titles(second)) == 3
    assert 'rel="prev"' in second
    assert search(client, q="parkeervergunning", pagina=3).status_code == 404
    assert search(client, q="parkeervergunning", pagina="x").status_code == 200


def test_search_page_without_a_query_shows_the_form(client, reader):
    page = search(client).get_data(as_text=True)
    assert '<h1>Zoeken in vragen en ervaringen</h1>' in page
    assert 'role="search"' in page
    assert "Resultaten" not in page


def test_members_only_forum_sends_visitors_to_login(client):
    response = search(client, q="fiets")
    assert response.status_code == 302
    assert "/inloggen" in response.headers["Location"]


def test_public_forum_lets_visitors_search(app, client):
    app.config["PUBLIC_READING"] = True
    make_thread(title="Openbare vraag over speeltuinen")
    assert result_titles(search(client, q="speeltuin").get_data(as_text=True)) == ["Openbare vraag over speeltuinen"]


def test_too_long_query_is_refused_in_dutch(client, reader):
    response = search(client, q="woord " * 60)
    assert response.status_code == 422
    assert "Gebruik hoogstens 200 tekens." in response.get_data(as_text=True)


def test_query_count_does_not_grow_with_results(client, reader, count_queries):
    author = make_user()
    make_thread(author=author, title="Eén vraag over afvalinzameling")
    with count_queries() as few:
        assert search(client, q="afvalinzameling").status_code == 200
    for number in range(15):
        thread = make_thread(author=make_user(), title=f"Vraag {number} over afvalinzameling")
        make_reply(thread, body="Ook wij doen aan afvalinzameling.")
    with count_queries() as many:
        assert search(client, q="afvalinzameling").status_code == 200
    # user, categories and municipalities for the form, matches; the added synonyms (once a
    # minute); the words' counts for "Bedoelde u" (the index and near words for an unknown one);
    # themes, tags and municipalities named in the search; plus the capped count for many;
    # related questions: word frequencies, word matches, vector revision, their threads; the
    # text of the attachments of posts whose own text does not hold the words.
    assert len(many) <= len(few) + 1 <= 17
