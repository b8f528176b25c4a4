"""The list of municipalities: searching by name and province, pages, who may read it."""
import html

import pytest

from forum.extensions import db
from forum.municipalities.models import Municipality
from forum.municipalities.services import load_municipalities
from tests.factories import make_municipality, make_user


@pytest.fixture
def municipalities(app):
    made = {
        "utrecht": make_municipality("Utrecht", province="Utrecht", population=374_238),
        "groningen": make_municipality("Groningen", province="Groningen", population=243_768),
        "sudwest": make_municipality("Súdwest-Fryslân", province="Fryslân", population=93_000),
        "bergen-nh": make_municipality("Bergen (NH.)", province="Noord-Holland", population=29_932),
        "bergen-l": make_municipality("Bergen (L.)", province="Limburg", population=13_154),
    }
    db.session.commit()
    return made


@pytest.fixture
def member(app, login, municipalities):
    return login(make_user(municipalities["utrecht"]))


def names_on(response) -> set[str]:
    page = response.get_data(as_text=True)
    return {name for name in ("Utrecht", "Groningen", "Súdwest-Fryslân", "Bergen (NH.)", "Bergen (L.)")
            if f">{name}</a>" in page}


def test_anonymous_visitor_is_sent_to_login(client, municipalities):
    response = client.get("/gemeenten/")
    assert response.status_code == 302
    assert "/inloggen" in response.headers["Location"]


def test_public_forum_shows_the_list_without_login(app, client, municipalities):
    app.config["PUBLIC_READING"] = True
    response = client.get("/gemeenten/")
    assert response.status_code == 200
    assert len(names_on(response)) == 5


def test_list_shows_province_inhabitants_and_counts(client, member, municipalities):
    groningen = municipalities["groningen"]
    groningen.member_count, groningen.thread_count, groningen.reply_count = 7, 12, 1_234
    db.session.commit()
    page = client.get("/gemeenten/").get_data(as_text=True)
    row = page[page.index(">Groningen</a>"):].split("</tr>")[0]
    assert "243.768" in row
    assert ">7<" in row and ">12<" in row and ">1.234<" in row
    assert '<th scope="col">' in page and "<caption" in page
    assert 'href="/gemeenten/groningen"' in page


def test_list_is_sorted_by_name(client, member, municipalities):
    page = client.get("/gemeenten/").get_data(as_text=True)
    positions = [page.index(f">{name}</a>") for name in ("Bergen (L.)", "Bergen (NH.)", "Groningen", "Utrecht")]
    assert positions == sorted(positions)


@pytest.mark.parametrize("query, expected", [
    ("berg", {"Bergen (NH.)", "Bergen (L.)"}),
    ("BERGEN (nh", {"Bergen (NH.)"}),
    ("  utrecht ", {"Utrecht"}),
    ("sudwest", {"Súdwest-Fryslân"}),
    ("Súdwest", {"Súdwest-Fryslân"}),
    ("amsterdam", set()),
])
def test_search_by_part_of_the_name(client, member, query, expected):
    response = client.get("/gemeenten/", query_string={"q": query})
    assert response.status_code == 200
    assert names_on(response) == expected


def test_search_by_province_and_by_both(client, member):
    assert names_on(client.get("/gemeenten/?provincie=Limburg")) == {"Bergen (L.)"}
    assert names_on(client.get("/gemeenten/?provincie=Fryslân")) == {"Súdwest-Fryslân"}
    assert names_on(client.get("/gemeenten/?q=bergen&provincie=Noord-Holland")) == {"Bergen (NH.)"}
    assert names_on(client.get("/gemeenten/?q=utrecht&provincie=Limburg")) == set()


def test_the_form_keeps_what_was_searched(client, member):
    page = client.get("/gemeenten/?q=berg&provincie=Limburg").get_data(as_text=True)
    assert 'value="berg"' in page
    assert '<option selected value="Limburg">' in page
    assert '<label class="field__label" for="q">' in page
    assert '<label class="field__label" for="provincie">' in page


def test_nothing_found_says_so(client, member):
    page = client.get("/gemeenten/?q=xyz").get_data(as_text=True)
    assert "Geen gemeenten gevonden" in page


@pytest.mark.parametrize("query_string, expected", [
    ({"q": "%"}, set()),
    ({"q": "_"}, set()),
    ({"q": "\x00"}, 5),
    ({"q": "ber\x00gen"}, {"Bergen (NH.)", "Bergen (L.)"}),
    ({"q": "x" * 5000}, set()),
    ({"q": "'; drop table municipalities; --"}, set()),
    ({"provincie": "Atlantis"}, 5),
    ({"provincie": "\x00"}, 5),
    ({"provincie": ["Limburg", "Utrecht"]}, {"Bergen (L.)"}),
    ({"pagina": "abc"}, 5),
    ({"pagina": "-3"}, 5),
    ({"pagina": "0"}, 5),
    ({"pagina": "1.5"}, 5),
])
def test_malformed_filters_give_a_page_not_an_error(client, member, query_string, expected):
    response = client.get("/gemeenten/", query_string=query_string)
    assert response.status_code == 200
    found = names_on(response)
    assert (len(found) if isinstance(expected, int) else found) == expected


@pytest.mark.parametrize("page", ["2", "99999", "100000000000000000000"])
def test_a_page_past_the_end_is_not_found(client, member, page):
    assert client.get(f"/gemeenten/?pagina={page}").status_code == 404


@pytest.fixture
def all_municipalities(app, login):
    load_municipalities()
    db.session.commit()
    login(make_user(db.session.scalar(Municipality.by_slug("utrecht"))))


def test_fifty_per_page_and_the_pages_keep_the_filter(client, all_municipalities):
    first = client.get("/gemeenten/?provincie=Noord-Brabant").get_data(as_text=True)
    assert first.count('<th scope="row">') == 50
    assert "56 gemeenten gevonden" in first
    assert "/gemeenten/?pagina=2&amp;provincie=Noord-Brabant" in first
    second = client.get("/gemeenten/?pagina=2&provincie=Noord-Brabant").get_data(as_text=True)
    assert second.count('<th scope="row">') == 6
    assert ">Zundert</a>" in second and ">Zundert</a>" not in first


def test_all_342_municipalities_fill_seven_pages(client, all_municipalities):
    assert "342 gemeenten" in client.get("/gemeenten/").get_data(as_text=True)
    assert ">Zwolle</a>" in client.get("/gemeenten/?pagina=7").get_data(as_text=True)
    assert client.get("/gemeenten/?pagina=8").status_code == 404


@pytest.mark.parametrize("typed, expected", [
    ("Den Haag", {"'s-Gravenhage"}),
    ("den bosch", {"'s-Hertogenbosch"}),
    ("Fryslân", {"Súdwest-Fryslân", "Leeuwarden"}),
    ("Friesland", {"Súdwest-Fryslân", "Leeuwarden"}),
    ("Sneek", {"Súdwest-Fryslân"}),
])
def test_the_names_people_use_find_the_official_ones(client, member, typed, expected):
    make_municipality("'s-Gravenhage", province="Zuid-Holland")
    make_municipality("'s-Hertogenbosch", province="Noord-Brabant")
    make_municipality("Leeuwarden", province="Fryslân")
    db.session.commit()
    page = client.get("/gemeenten/", query_string={"q": typed}).get_data(as_text=True)
    names = {"'s-Gravenhage", "'s-Hertogenbosch", "Súdwest-Fryslân", "Leeuwarden", "Utrecht", "Groningen"}
    assert {name for name in names if f">{name}</a>" in html.unescape(page)} == expected
