"""What the search page says when it shows no results: filters that leave nothing out of what
the words find, filters without words, and a query without searchable words."""
import html

import pytest
from sqlalchemy import update

from forum.board.categories import seed_categories
from forum.board.lookups import category_by_slug
from forum.board.models import Thread
from forum.extensions import db
from forum.tags.services import set_thread_tags
from tests.factories import make_municipality, make_reply, make_thread, make_user
from tests.search.test_search_page import result_titles

FILTERS_HID_ALL = "geen enkel resultaat past bij deze filters"
NO_WORDS_GIVEN = "Vul een zoekwoord in."


@pytest.fixture
def forum(app, login):
    login(make_user())
    seed_categories()  # the theme Woo names
    housing = category_by_slug("wonen")
    make_municipality("Amsterdam", "Noord-Holland")
    utrecht = make_user(make_municipality("Utrecht", "Utrecht"))
    open_question = make_thread(author=utrecht, category=housing, title="Termijnen van de Woo bij woningbouw")
    set_thread_tags(open_question, ["woo"])
    solved = make_thread(author=utrecht, category=housing, title="Woo-verzoek over huurwoningen")
    solution = make_reply(solved, utrecht, body="Wij beantwoorden een Woo-verzoek binnen vier weken.")
    db.session.execute(update(Thread).where(Thread.id == solved.id).values(solution_post_id=solution.id))
    db.session.commit()


def page_of(client, **arguments) -> str:
    response = client.get("/zoeken", query_string=arguments)
    assert response.status_code == 200
    return html.unescape(response.get_data(as_text=True))


@pytest.mark.parametrize("filters", [
    {"gemeente": "amsterdam"},
    {"tag": "bestaatniet"},
    {"kosten": "y", "vragen": "y", "status": "opgelost"},
])
def test_filters_that_hide_every_match_say_so_with_a_way_back(client, forum, filters):
    assert len(result_titles(page_of(client, q="woo"))) == 3
    page = page_of(client, q="woo", **filters)
    assert result_titles(page) == []
    assert FILTERS_HID_ALL in page and "Geen bericht bevat al deze woorden" not in page
    assert '<a href="/zoeken?q=woo">Zoek zonder filters</a>' in page
    assert ("Er bestaat geen tag “bestaatniet”." in page) == ("tag" in filters)
    assert "Niet gebruikt, want deze bestaan niet" not in page


def test_words_that_find_nothing_are_not_blamed_on_the_filters(client, forum):
    page = page_of(client, q="kwzrtplof", gemeente="utrecht")
    assert FILTERS_HID_ALL not in page and "Zoek zonder filters" not in page
    assert "Niets gevonden" in page or "Geen bericht bevat al deze woorden" in page


def test_filters_that_leave_results_say_nothing_of_the_kind(client, forum):
    page = page_of(client, q="woo", gemeente="utrecht")
    assert len(result_titles(page)) == 3 and FILTERS_HID_ALL not in page


@pytest.mark.parametrize("arguments", [
    {"categorie": "wonen"}, {"gemeente": "utrecht", "status": "opgelost"}, {"tag": "woo"}, {"q": "\x00"},
    {"q": ""}, {"q": " ", "vragen": "y"},
])
def test_filters_without_words_ask_for_a_word(client, forum, arguments):
    page = page_of(client, **arguments)
    assert NO_WORDS_GIVEN in page and "Resultaten" not in page


def test_an_empty_search_page_asks_for_nothing(client, forum):
    assert NO_WORDS_GIVEN not in page_of(client)


@pytest.mark.parametrize("typed", [":", "-", "%", "*", "&|!", '"', "é", "😀"])
def test_a_query_without_words_says_so(client, forum, typed):
    page = page_of(client, q=typed)
    assert "geen woorden om op te zoeken" in page
    assert "veelvoorkomende woorden" not in page and "Resultaten" not in page


def test_only_stop_words_still_says_they_are_too_common(client, forum):
    page = page_of(client, q="hoe de het")
    assert "veelvoorkomende woorden" in page and "geen woorden om op te zoeken" not in page


@pytest.mark.parametrize("typed", ["-woo", "woo -woo", '-"woo termijn"', "-Woo termijnen"])
def test_a_name_in_excluded_words_is_not_offered(client, forum, typed):
    assert "/categorie/open-overheid-en-informatiehuishouding" in page_of(client, q="woo")
    page = page_of(client, q=typed)
    assert "/categorie/open-overheid-en-informatiehuishouding" not in page
    assert "categorie=open-overheid-en-informatiehuishouding" not in page
    assert "tags/woo" not in page


def test_excluding_one_name_keeps_the_others(client, forum):
    page = page_of(client, q="Woo termijnen -Amsterdam")
    assert "/categorie/open-overheid-en-informatiehuishouding" in page
    assert "/gemeenten/amsterdam" not in page
    assert "/gemeenten/utrecht" in page_of(client, q="Woo Utrecht -Amsterdam")
