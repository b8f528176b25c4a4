"""/zoeken finds what was asked and no more: synonyms of several words only as a whole,
exclusions with their synonyms, strict quoted phrases, a municipality's name."""
import pytest

from forum.extensions import db
from tests.factories import make_municipality, make_reply, make_thread, make_user
from tests.search.test_search_page import result_titles, search

WOO = "Hoe handelt u een Woo-verzoek af?"
WET = "Vragen over de Wet open overheid en de termijnen"
OPENING = "Openingstijden milieustraat: wie houdt langer open?"


@pytest.fixture
def reader(app, login):
    return login(make_user())


@pytest.fixture
def woo_threads(reader):
    for title in (WOO, WET, OPENING, "Common Ground en Open Zaak"):
        make_thread(title=title)


def titles(client, typed):
    return sorted(result_titles(search(client, q=typed).get_data(as_text=True)))


def test_a_synonym_of_several_words_is_found_only_as_a_whole(client, woo_threads):
    assert titles(client, "woo") == sorted([WOO, WET])
    assert titles(client, "open") == sorted([WET, OPENING, "Common Ground en Open Zaak"])


def test_excluding_a_word_excludes_its_synonyms(client, woo_threads):
    assert titles(client, "woo -woo") == []
    assert titles(client, "wet open overheid -woo") == []
    assert titles(client, "open -woo") == sorted([OPENING, "Common Ground en Open Zaak"])


def test_only_exclusions_asks_for_a_word(client, woo_threads):
    page = search(client, q="-woo").get_data(as_text=True)
    assert "Geef ook een woord op om naar te zoeken." in page
    assert "alleen veelvoorkomende woorden" not in page
    assert result_titles(page) == []


def test_only_stop_words_explains_itself(client, reader):
    page = search(client, q="de het een").get_data(as_text=True)
    assert "alleen veelvoorkomende woorden" in page
    assert "Geef ook een woord op" not in page


def test_a_quoted_phrase_with_stop_words_is_strict(client, reader):
    make_thread(title="Bezwaar afhandelen binnen de termijn", body="Lukt dat bij u?")
    thread = make_thread(title="Plannen voor de korte termijn", body="Wat doet u op korte termijn?")
    make_reply(thread, body="Wij besluiten altijd binnen de\ntermijn van zes weken.")
    make_thread(title="Binnen een week of buiten de termijn", body="Beide komen voor.")
    assert titles(client, '"binnen de termijn"') == sorted([
        "Bezwaar afhandelen binnen de termijn", "Plannen voor de korte termijn",
    ])
    page = search(client, q='"binnen de termijn"').get_data(as_text=True)
    assert "2 resultaten" in page
    # Per post: the question about the short term stays, its reply with the phrase goes.
    assert titles(client, 'termijn -"binnen de termijn"') == sorted([
        "Binnen een week of buiten de termijn", "Plannen voor de korte termijn",
    ])


def test_a_quoted_phrase_keeps_its_order(client, reader):
    make_thread(title="De termijn binnen de wet")
    make_thread(title="Binnen de termijn besluiten")
    assert titles(client, '"binnen de termijn"') == ["Binnen de termijn besluiten"]


@pytest.mark.parametrize("typed, name", [("Utrecht", "Utrecht"), ("Den Haag", "'s-Gravenhage")])
def test_a_municipality_name_points_to_its_contributions(client, reader, typed, name):
    municipality = make_municipality(name)
    thread = make_thread(author=make_user(municipality), title="Hoe regelt u de parkeervergunning?")
    make_reply(thread, author=make_user(municipality))
    db.session.commit()
    page = search(client, q=typed).get_data(as_text=True)
    assert f"Bijdragen van Gemeente {name}".replace("'", "&#39;") in page
    assert "1 vraag" in page and "1 reactie" in page
    assert f'href="/gemeenten/{municipality.slug}"' in page
    assert "Niets gevonden" not in page


def test_a_municipality_without_contributions_gets_no_pointer(client, reader):
    make_municipality("Utrecht")
    page = search(client, q="Utrecht").get_data(as_text=True)
    assert "Bijdragen van" not in page
    assert "Niets gevonden" in page


def test_den_haag_is_listed_under_d_by_its_common_name(client, app):
    for name in ("'s-Gravenhage", "Amsterdam", "Delft", "Dordrecht"):
        make_municipality(name)
    db.session.commit()
    page = client.get("/registreren").get_data(as_text=True)
    listed = [name for name in ("Amsterdam", "Delft", "Den Haag (&#39;s-Gravenhage)", "Dordrecht") if name in page]
    assert len(listed) == 4
    assert sorted(listed, key=page.index) == listed


def test_no_shipped_synonym_stems_to_an_everyday_word():
    """'openbaarheid' stems to 'open': as a synonym of Woo it found every post with 'open'."""
    from forum.search.compounds import known_words
    from forum.search.synonyms import parse_line, shipped_lines
    from forum.search.text import is_meaningful, stem, words

    collapsed = []
    for line in shipped_lines():
        for part in line.split("="):
            typed = [word for word in words(part) if is_meaningful(word)]
            if len(typed) != 1 or not parse_line(part):
                continue
            term = stem(typed[0])
            shorter_by = len(typed[0]) - len(term)
            if shorter_by >= 4 and is_meaningful(term) and known_words().get(term, 0.0) >= 4.0:
                collapsed.append((typed[0], term))
    assert collapsed == []


def test_a_search_that_excludes_shows_no_related_questions_it_cannot_honour(client, reader, app):
    make_thread(title="Hoe handelt u een Woo-verzoek binnen de termijn af?")
    assert app.test_cli_runner().invoke(args=["search", "embed"]).exit_code == 0
    page = search(client, q="woo -woo").get_data(as_text=True)
    assert "Woo-verzoek" not in page
    assert "verwante-vragen-titel" not in page
    assert "Niets gevonden" in page
    assert "verwante-vragen-titel" in search(client, q="woo verzoeken termijn afhandelen").get_data(as_text=True)
