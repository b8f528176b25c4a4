"""Finding a question in other words: synonyms and abbreviations, compounds and their parts,
a misspelled word, and the names of themes, tags, municipalities and provinces."""
import html

import pytest

from forum.board.categories import seed_categories
from forum.extensions import db
from forum.tags.services import set_thread_tags
from tests.factories import make_municipality, make_thread, make_user
from tests.search.test_search_page import result_titles, search


@pytest.fixture
def reader(app, login):
    return login(make_user())


def page_of(client, typed: str) -> str:
    return html.unescape(search(client, q=typed).get_data(as_text=True))


@pytest.mark.parametrize("stored, typed", [
    ("Openingstijden van de milieustraat uitbreiden", "afvalbrengstation"),
    ("Adresonderzoek in de basisregistratie personen", "BRP adresonderzoek"),
    ("Welke BRP-koppeling gebruikt u?", "basisregistratie personen"),
    ("Openbare verlichting vervangen door led", "lantaarnpalen"),
    ("Ophalen van grofvuil op afroep", "grof afval"),
    ("Ervaringen met de Wet open overheid", "Woo"),
    ("Onze legesverordening voor 2026", "leges"),
    ("Een verordening voor de leges", "legesverordening"),
    ("Subsidie voor een warmtepomp in het buurthuis", "warmtepompen"),
])
def test_found_by_synonyms_abbreviations_and_compound_parts(client, reader, stored, typed):
    make_thread(title=stored)
    make_thread(title="Iets heel anders over kinderopvang en peuters")
    assert result_titles(page_of(client, typed)) == [stored]


def test_a_quoted_phrase_is_taken_as_written(client, reader):
    make_thread(title="Zonnepanelen plaatsen op scholen")
    make_thread(title="Plaatsen van zonnepanelen op de sporthal")
    assert result_titles(page_of(client, '"zonnepanelen plaatsen"')) == ["Zonnepanelen plaatsen op scholen"]


def test_a_misspelled_word_gets_did_you_mean_from_the_forums_words(client, reader):
    make_thread(title="Zonnepanelen op het gemeentehuis", body="Wij legden zonnepanelen op het dak.")
    page = page_of(client, "zonepanelen")
    assert "Bedoelde u:" in page and "?q=zonnepanelen" in page and ">zonnepanelen</strong>" in page
    assert result_titles(page_of(client, "zonnepanelen")) == ["Zonnepanelen op het gemeentehuis"]
    assert "Bedoelde u" not in page_of(client, "zonnepanelen")
    assert "Bedoelde u" not in page_of(client, "kwzrtplof")  # nothing near it
    # The same typo in one post does not hide the correction, while the right word is far more common.
    make_thread(title="Subsidie zonepanelen")
    assert "Bedoelde u" not in page_of(client, "zonepanelen")
    for number in range(3):
        make_thread(title=f"Zonnepanelen op school {number}")
    page = page_of(client, "zonepanelen")
    # Found through its part "panelen", the right posts are on the page: nothing to correct.
    assert "Zonnepanelen op school 0" in result_titles(page) and "Bedoelde u" not in page


def test_a_word_that_finds_posts_is_not_corrected_into_a_more_common_one(client, reader):
    for number in range(4):
        make_thread(title=f"Inkomen en bijstand {number}", body="Vragen over inkomen.")
    for number in range(3):
        make_thread(title=f"Gezamenlijk inkopen van hulpmiddelen {number}")
    page = page_of(client, "inkopen")
    assert len(result_titles(page)) == 3
    assert "Bedoelde u" not in page


def test_a_theme_named_in_the_search_is_offered(client, reader):
    seed_categories()
    db.session.commit()
    page = page_of(client, "verduurzaming maatschappelijk vastgoed")
    assert 'href="/categorie/verduurzaming-maatschappelijk-vastgoed">Verduurzaming maatschappelijk vastgoed</a>' in page
    assert "categorie=verduurzaming-maatschappelijk-vastgoed" in page
    # By the abbreviation in its name, too.
    assert "/categorie/open-overheid-en-informatiehuishouding" in page_of(client, "Woo termijnen")
    assert "Gevonden in uw zoekvraag" not in page_of(client, "kermis")


def test_tags_municipalities_and_provinces_named_in_the_search_are_offered(client, reader):
    set_thread_tags(make_thread(title="Warmtepomp in het zwembad"), ["warmtepomp"])
    make_municipality("'s-Gravenhage", province="Zuid-Holland")
    make_municipality("Best", province="Noord-Brabant")
    db.session.commit()
    page = page_of(client, "parkeren in Den Haag")
    assert 'href="/gemeenten/s-gravenhage">\'s-Gravenhage</a> (Den Haag)' in page and "gemeente=s-gravenhage" in page
    assert 'href="/tags/warmtepomp"' in page_of(client, "warmtepomp")
    assert "provincie=Frysl%C3%A2n" in page_of(client, "statushouders in Friesland")
    # A municipality named like a common word counts when written as a name.
    assert "/gemeenten/best" not in page_of(client, "best practices parkeren")
    assert "/gemeenten/best" in page_of(client, "parkeren in Best")


def test_similar_questions_on_the_ask_form_know_synonyms(client, reader):
    make_thread(title="Storingen in de openbare verlichting melden")
    make_thread(title="Iets heel anders over kinderopvang en peuters")
    page = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": "Lantaarnpalen kapot"}).get_data(as_text=True)
    assert "Storingen in de openbare verlichting melden" in page and "kinderopvang" not in page


def test_each_place_is_offered_once_with_an_alias_only_where_it_differs(client, reader):
    make_municipality("'s-Hertogenbosch", province="Noord-Brabant")
    make_municipality("Súdwest-Fryslân", province="Fryslân")
    db.session.commit()
    page = page_of(client, "Fryslân")
    assert page.count("provincie=Frysl%C3%A2n") == 1 and "Provincie Fryslân ·" in " ".join(page.split())
    page = page_of(client, "Noord-Brabant")
    assert page.count("provincie=Noord-Brabant") == 1 and "(Brabant)" not in page
    assert "Provincie Noord-Brabant (Brabant)" in " ".join(page_of(client, "Brabant").split())
    page = " ".join(page_of(client, "'s-Hertogenbosch").split())
    assert 'href="/gemeenten/s-hertogenbosch">\'s-Hertogenbosch</a> ·' in page and "(s-Hertogenbosch)" not in page
    assert 'href="/gemeenten/s-hertogenbosch">\'s-Hertogenbosch</a> (Den Bosch)' in page_of(client, "Den Bosch")
    # A municipality's own name, not the province inside it.
    for typed in ("Súdwest-Fryslân", "Sneek", "Zuidwest-Friesland"):
        page = page_of(client, typed)
        assert page.count("gemeente=sudwest-fryslan") == 1 and "provincie=" not in page, typed
    assert "provincie=Frysl%C3%A2n" in page_of(client, "statushouders in Friesland")
