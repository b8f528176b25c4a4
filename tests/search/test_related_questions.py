"""Related questions by meaning: queued by posting, computed by the worker, shown on the ask
form, the search page and the thread page, also when no word is shared."""
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from forum.board.models import Post, Thread
from forum.extensions import db
from forum.search import embedding
from forum.search.models import ThreadVector, ThreadVectorQueue
from tests.factories import make_category, make_reply, make_thread, make_user

WASTE = "Openingstijden en tarieven van het afvalbrengstation"
LIGHTS = "Openbare verlichting vervangen door led: ervaringen?"
PARKING = "Parkeervergunningen voor bewoners in het centrum"


@pytest.fixture
def cli(app):
    runner = app.test_cli_runner()

    def invoke(*args):
        result = runner.invoke(args=list(args))
        assert result.exit_code == 0, result.output
        db.session.expire_all()
        return result.output
    return invoke


@pytest.fixture
def theme(app):
    return make_category("Afval", parent=make_category("Leefomgeving"))


@pytest.fixture
def forum(theme, cli):
    """Three questions with their vectors, as the worker leaves them."""
    threads = {title: make_thread(category=theme, title=title, body="Hoe doen jullie dit?")
               for title in (WASTE, LIGHTS, PARKING)}
    cli("search", "embed")
    return threads


def queued_ids():
    return set(db.session.scalars(select(ThreadVectorQueue.thread_id)))


def test_asking_queues_the_new_thread_and_the_worker_gives_it_a_vector(client, login, theme, cli):
    login(make_user())
    response = client.post("/vraag-stellen", data={
        "title": "Hoe vaak legen jullie de ondergrondse containers?", "category": theme.id,
        "body": "Onze vraag.", "similar_checked": "Hoe vaak legen jullie de ondergrondse containers?",
    })
    assert response.status_code == 302
    thread = db.session.scalar(select(Thread))
    assert queued_ids() == {thread.id}
    assert db.session.scalar(select(func.count()).select_from(ThreadVector)) == 0

    assert "Vectoren berekend: 1; wachtend: 0." in cli("search", "embed")
    vector = db.session.get(ThreadVector, thread.id)
    assert vector.model == embedding.MODEL_NAME and len(vector.codes) == embedding.DIMENSIONS
    assert queued_ids() == set()


def test_editing_the_question_and_marking_a_solution_queue_the_thread_again(client, login, forum):
    thread = forum[WASTE]
    author = thread.author
    login(author)
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))
    response = client.post(f"/bericht/{question.id}/bewerken", data={
        "title": WASTE, "body": "Hoe doen jullie dit, en wat kost het?", "version": question.version,
    })
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    assert queued_ids() == {thread.id}
    db.session.execute(ThreadVectorQueue.__table__.delete())
    reply = make_reply(thread)
    assert queued_ids() == set()  # a reply does not change what the question is about
    assert client.post(f"/bericht/{reply.id}/oplossing").status_code == 302
    assert queued_ids() == {thread.id}


def test_the_ask_form_shows_a_question_with_no_word_in_common(client, login, forum, theme):
    login(make_user())
    title = "Wanneer is de milieustraat open?"
    response = client.post("/vraag-stellen", data={"title": title, "category": theme.id, "body": "Vraag."})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Er zijn al vragen die op de uwe lijken" in page
    assert WASTE in page
    fragment = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": title}).get_data(as_text=True)
    assert fragment.index(WASTE) < fragment.index(LIGHTS) if LIGHTS in fragment else WASTE in fragment


def test_the_search_page_offers_related_questions_instead_of_nothing(client, login, forum):
    login(make_user())
    response = client.get("/zoeken", query_string={"q": "ledlampen in lantaarnpalen"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Niets gevonden" not in page
    assert "Geen bericht bevat al deze woorden." in page
    assert "Deze vragen lijken op uw zoekvraag" in page
    related = page[page.index("verwante-vragen-titel"):]
    assert f'href="/onderwerp/{forum[LIGHTS].id}"' in related


def test_the_search_page_shows_related_questions_beside_matching_posts(client, login, forum):
    login(make_user())
    page = client.get("/zoeken", query_string={"q": "afvalbrengstation"}).get_data(as_text=True)
    assert "1 resultaat, de beste eerst." in page
    assert "Vragen die op uw zoekvraag lijken" in page
    assert client.get("/zoeken", query_string={"q": "afvalbrengstation", "pagina": 2}).status_code == 404


def test_filtered_results_are_not_mixed_with_unfiltered_related_questions(client, login, forum):
    login(make_user())
    filtered = client.get("/zoeken", query_string={"q": "afvalbrengstation", "status": "open"}).get_data(as_text=True)
    assert "1 resultaat, de beste eerst." in filtered and "verwante-vragen-titel" not in filtered
    nothing = client.get("/zoeken", query_string={"q": "ledlampen in lantaarnpalen", "status": "open"}).get_data(as_text=True)
    assert "Geen bericht bevat al deze woorden." in nothing and f'href="/onderwerp/{forum[LIGHTS].id}"' in nothing


def test_the_search_page_still_says_nothing_was_found_without_related_questions(client, login, theme):
    login(make_user())
    page = client.get("/zoeken", query_string={"q": "lantaarnpalen"}).get_data(as_text=True)
    assert "Niets gevonden" in page and "verwante-vragen-titel" not in page


def test_the_thread_page_lists_similar_questions_but_not_itself_or_removed_ones(client, login, forum, theme, cli):
    login(make_user())
    tonnen = make_thread(category=theme, title="Tarieven en openingstijden van de milieustraat", body="Wat rekenen jullie?")
    removed = make_thread(category=theme, title="Milieustraat: openingstijden in het weekend", body="Wie is er open?")
    removed.deleted_at = removed.created_at
    db.session.commit()
    cli("search", "embed")
    waste = forum[WASTE]
    page = client.get(f"/onderwerp/{waste.id}").get_data(as_text=True)
    section = page[page.index('id="vergelijkbare-vragen-titel"'):]
    assert "Vergelijkbare vragen</h2>" in section
    assert f'href="/onderwerp/{tonnen.id}"' in section
    assert f'href="/onderwerp/{waste.id}"' not in section
    assert f'href="/onderwerp/{removed.id}"' not in section
    # A second view reads the ranked list from the cache: the same section.
    again = client.get(f"/onderwerp/{waste.id}").get_data(as_text=True)
    assert again[again.index('id="vergelijkbare-vragen-titel"'):].count("/onderwerp/") == section.count("/onderwerp/")


def test_the_thread_page_is_readers_only(client, forum):
    response = client.get(f"/onderwerp/{forum[WASTE].id}")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


def test_reindex_fills_every_vector(cli, theme):
    ids = {make_thread(category=theme, title=title).id for title in (WASTE, LIGHTS)}
    db.session.execute(ThreadVectorQueue.__table__.delete())
    db.session.commit()
    output = cli("search", "reindex")
    assert "Vectoren berekend: 2 vragen" in output
    assert set(db.session.scalars(select(ThreadVector.thread_id))) == ids
    assert queued_ids() == set()


def test_reindex_can_leave_the_vectors_to_the_worker(cli, theme):
    thread_id = make_thread(category=theme, title=WASTE).id
    assert "1 vragen wachten op een vector" in cli("search", "reindex", "--queue-only")
    assert queued_ids() == {thread_id}


def test_embed_refuses_a_malformed_part(app):
    result = app.test_cli_runner().invoke(args=["search", "embed", "--part", "2/2"])
    assert result.exit_code != 0 and "i moet tussen 0 en n-1 liggen." in result.output


UNRELATED = {
    "Leerlingenvervoer opnieuw aanbesteden: welke eisen stellen jullie?":
        "Ons contract met de vervoerder loopt af. Welke kwaliteitseisen namen jullie op?",
    "Hoe handelen jullie Woo-verzoeken binnen de termijn af?":
        "We halen de wettelijke termijn vaak niet. Hoe hebben jullie dat georganiseerd?",
    "Subsidieregeling voor sportverenigingen en hun accommodaties":
        "We willen verenigingen helpen met onderhoud van hun kantine en velden.",
    "Digitale toegankelijkheid van de gemeentelijke website testen":
        "Welk bureau voert jullie WCAG-audit uit, en hoe vaak?",
    "Schuldhulpverlening voor jongeren: vroegsignalering met woningcorporaties":
        "Hoe krijgen jullie signalen over huurachterstand van jongeren binnen?",
}


def test_similar_questions_stop_where_the_meaning_falls_away(client, login, theme, cli):
    """Two questions about the same need among thirty about other things: the list is not padded
    to five with the unrelated ones, on the thread page nor on the ask form."""
    subjects = json.loads((Path(__file__).parents[2] / "bench/corpus/subjects.json").read_text())
    for subject in subjects["themes"]["data-en-ict-samenwerking"][:25]:  # a forum with a usual spread
        make_thread(category=theme, title=subject["title"], body=subject["body"])
    waste = make_thread(category=theme, title=WASTE, body="Bewoners vragen om ruimere openingstijden.")
    same = make_thread(category=theme, title="Tarieven en openingstijden van de milieustraat",
                       body="Wat rekenen jullie voor een aanhanger vol grofvuil?")
    others = [make_thread(category=theme, title=title, body=body) for title, body in UNRELATED.items()]
    cli("search", "embed")
    login(make_user())
    page = client.get(f"/onderwerp/{waste.id}").get_data(as_text=True)
    section = page[page.index('id="vergelijkbare-vragen-titel"'):]
    assert f'href="/onderwerp/{same.id}"' in section
    assert not [other.title for other in others if f'href="/onderwerp/{other.id}"' in section]

    shown = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": "Wat kost het grofvuil wegbrengen?"})
    text = shown.get_data(as_text=True)
    assert shown.status_code == 200 and f'href="/onderwerp/{same.id}"' in text
    assert not [other.title for other in others if f'href="/onderwerp/{other.id}"' in text]


def test_the_model_reads_a_title_and_a_typed_question_with_their_synonyms(client, login, theme, cli, monkeypatch):
    """'milieustraat' and 'afvalbrengstation' name one place: the vector of a stored title is
    made from the title with its synonyms in brackets, a typed question's with the first."""
    read = []
    model = embedding.embed

    def reading(texts, *, query=False):
        read.extend((query, text) for text in texts)
        return model(texts, query=query)
    monkeypatch.setattr(embedding, "embed", reading)
    embedding.embed_query.cache_clear()
    make_thread(category=theme, title="Openingstijden van de milieustraat", body="Hoe doen jullie dit?")
    cli("search", "embed")
    assert [text for query, text in read] == [
        "Openingstijden van de milieustraat (afvalbrengstation, afvalbrengpunt, recyclingstation, "
        "gemeentewerf, brengstation)\nHoe doen jullie dit?"]

    login(make_user())
    shown = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": "Wie doet bij jullie de BRP?"})
    assert shown.status_code == 200
    assert read[-1] == (True, "Wie doet bij jullie de BRP? (basisregistratie personen)")


def test_a_thread_waiting_for_its_vector_shows_no_similar_questions_until_it_has_one(client, login, forum, theme, cli):
    """Its words alone (widened by synonyms) match unrelated questions; the list is neither
    shown nor kept in the cache, so it appears as soon as the worker has made the vector."""
    login(make_user())
    asked = make_thread(category=theme, title="Openingstijden van de milieustraat in de zomer", body="Wie is er open?")
    page = client.get(f"/onderwerp/{asked.id}").get_data(as_text=True)
    assert 'id="vergelijkbare-vragen-titel"' not in page
    cli("search", "embed")
    page = client.get(f"/onderwerp/{asked.id}").get_data(as_text=True)
    section = page[page.index('id="vergelijkbare-vragen-titel"'):]
    assert f'href="/onderwerp/{forum[WASTE].id}"' in section


def test_the_search_page_does_not_offer_again_a_question_its_results_list(client, login, forum, theme, cli):
    again = make_thread(category=theme, title="Wat kost het wegbrengen van afval naar de milieustraat?",
                        body="Wat rekenen jullie?")
    cli("search", "embed")
    login(make_user())
    page = client.get("/zoeken", query_string={"q": "kosten wegbrengen milieustraat"}).get_data(as_text=True)
    results, related = page.split("verwante-vragen-titel", 1)
    question = db.session.scalar(select(Post.id).where(Post.thread_id == again.id, Post.position == 1))
    assert f'href="/bericht/{question}' in results
    assert f'href="/onderwerp/{again.id}"' not in related
    assert f'href="/onderwerp/{forum[WASTE].id}"' in related


def test_a_question_typed_again_is_not_embedded_again(client, login, forum, monkeypatch):
    """The search page again with a filter, or the ask form's box twice on one title: the
    model's work is done once."""
    read = []
    model = embedding.embed

    def reading(texts, *, query=False):
        read.extend(texts)
        return model(texts, query=query)
    monkeypatch.setattr(embedding, "embed", reading)
    embedding.embed_query.cache_clear()
    login(make_user())
    for _ in range(2):
        shown = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": "Lantaarnpalen op led"})
        assert f'href="/onderwerp/{forum[LIGHTS].id}"' in shown.get_data(as_text=True)
    assert read == ["Lantaarnpalen op led (openbare verlichting)"]
    with pytest.raises(ValueError):
        embedding.embed_query("Lantaarnpalen op led (openbare verlichting)")[0] = 1.0


@pytest.mark.parametrize("typed", ["aaaaaaaaaaaaaaaaaaaaaaaa", "%FF%FE", "asdf jkl qwrtz", "Hoe doen jullie dat?"])
def test_a_title_that_names_nothing_gets_no_similar_questions(client, login, forum, typed):
    login(make_user())
    shown = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": typed})
    assert shown.status_code == 200 and "/onderwerp/" not in shown.get_data(as_text=True)


@pytest.mark.parametrize("typed", ["lantaarnpalen", "lantarenpalen vervangen", "OV", "Xential"])
def test_a_dutch_word_a_compound_an_abbreviation_or_a_word_of_the_forum_is_enough(client, login, forum, theme, cli,
                                                                                  typed):
    xential = make_thread(category=theme, title="Xential-sjablonen: wie beheert ze?", body="Hoe doen jullie dit?")
    cli("search", "embed")
    login(make_user())
    page = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": typed}).get_data(as_text=True)
    expected = xential if typed == "Xential" else forum[LIGHTS]
    assert f'href="/onderwerp/{expected.id}"' in page


def test_a_question_that_names_nothing_is_never_offered_as_like_another(client, login, forum, theme, cli):
    """Symbols, ligatures and stacked accents sit near the middle of every subject for the model."""
    # More threads than SPREAD_MIN_THREADS, so that the spread of the cosines decides what shows.
    for number, subject in enumerate(["parkeren", "jeugdzorg", "subsidie", "inburgering", "archief"] * 7):
        make_thread(category=theme, title=f"Vraag {number} over {subject} in onze gemeente", body="Graag ervaringen.")
    junk = [make_thread(category=theme, title=title, body=title) for title in (
        "\ufdfa" * 12, "e" + "\u0301" * 40 + " 🙂‍↔️🙂‍↔️", "!!! ??? ### ***")]
    cli("search", "embed")
    for thread in junk:
        vector = db.session.get(ThreadVector, thread.id)
        assert vector is not None and not any(vector.codes)  # the zero vector: near to nothing
    login(make_user())
    for typed in ("Lantaarnpalen vervangen", "Wanneer is het afvalbrengstation open?", "parkeren", "\ufdfa" * 3):
        page = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": typed}).get_data(as_text=True)
        assert not any(f'href="/onderwerp/{thread.id}"' in page for thread in junk), typed
    assert f'href="/onderwerp/{forum[LIGHTS].id}"' in client.get(
        "/zoeken/vergelijkbare-vragen", query_string={"titel": "Lantaarnpalen vervangen"}).get_data(as_text=True)
