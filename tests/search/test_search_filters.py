"""Search filters: domain/theme, municipality, province, solved/open, dates, questions only."""
import html
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from forum.board.models import Post, Thread
from forum.clock import utcnow
from forum.extensions import db
from tests.factories import make_category, make_municipality, make_reply, make_thread, make_user
from tests.search.test_search_page import result_titles


@pytest.fixture
def forum(app, login):
    login(make_user())
    living, society = make_category("Leefomgeving"), make_category("Inclusieve samenleving")
    housing, youth = make_category("Wonen", parent=living), make_category("Jeugd", parent=society)
    zwolle = make_user(make_municipality("Zwolle", "Overijssel"))
    breda = make_user(make_municipality("Breda", "Noord-Brabant"))
    old = make_thread(author=zwolle, category=housing, title="Budget voor woningbouw in Zwolle")
    new = make_thread(author=breda, category=youth, title="Budget voor jeugdhulp in Breda")
    solution = make_reply(new, breda, body="Ons budget voor jeugdhulp is verhoogd.")
    db.session.execute(update(Thread).where(Thread.id == new.id).values(solution_post_id=solution.id))
    long_ago = utcnow() - timedelta(days=400)
    db.session.execute(update(Post).where(Post.thread_id == old.id).values(created_at=long_ago))
    db.session.commit()
    return {"living": living, "housing": housing, "youth": youth}


def titles(client, **arguments):
    response = client.get("/zoeken", query_string={"q": "budget", **arguments})
    assert response.status_code == 200, response.get_data(as_text=True)
    return sorted(result_titles(response.get_data(as_text=True)))


ZWOLLE, BREDA = "Budget voor woningbouw in Zwolle", "Budget voor jeugdhulp in Breda"


def test_filters(client, forum):
    assert titles(client) == [BREDA, BREDA, ZWOLLE]  # Breda's question and its reply
    assert titles(client, categorie="leefomgeving") == [ZWOLLE]
    assert titles(client, categorie="jeugd") == [BREDA, BREDA]
    assert titles(client, gemeente="zwolle") == [ZWOLLE]
    assert titles(client, provincie="Noord-Brabant") == [BREDA, BREDA]
    assert titles(client, status="opgelost") == [BREDA, BREDA]
    assert titles(client, status="open") == [ZWOLLE]
    assert titles(client, vragen="y") == [BREDA, ZWOLLE]
    last_month = (utcnow() - timedelta(days=30)).date()
    assert titles(client, van=last_month.isoformat()) == [BREDA, BREDA]
    assert titles(client, tot=last_month.strftime("%d-%m-%Y")) == [ZWOLLE]


def test_unknown_filter_values_are_ignored_and_the_page_says_which(client, forum):
    unknown = {"categorie": "bestaat-niet", "gemeente": "ämsterdam", "provincie": "Atlantis", "status": "x"}
    assert titles(client, **unknown) == [BREDA, BREDA, ZWOLLE]
    page = " ".join(html.unescape(client.get("/zoeken", query_string={"q": "budget", **unknown}).get_data(as_text=True)).split())
    assert ("Niet gebruikt, want deze bestaan niet: Domein of thema “bestaat-niet”, Gemeente “ämsterdam”, "
            "Provincie “Atlantis”, Opgelost of open “x”.") in page
    known = html.unescape(client.get("/zoeken", query_string={
        "q": "budget", "categorie": "jeugd", "gemeente": "breda", "provincie": "Noord-Brabant", "status": "opgelost",
    }).get_data(as_text=True))
    assert "Niet gebruikt" not in known and "Er bestaat geen tag" not in known


def test_filter_values_in_other_capitals_or_with_spaces_are_understood(client, forum):
    assert titles(client, gemeente=" Zwolle ", provincie="noord-brabant") == []
    assert titles(client, gemeente="ZWOLLE") == [ZWOLLE]
    assert titles(client, categorie="Jeugd ") == [BREDA, BREDA]  # a name typed as it reads works like its slug
    assert titles(client, provincie="noord-brabant ") == [BREDA, BREDA]
    assert titles(client, categorie="Jeugd", status="OPGELOST") == [BREDA, BREDA]
    page = client.get("/zoeken", query_string={"q": "budget", "gemeente": "Zwolle", "status": " "}).get_data(as_text=True)
    assert "Niet gebruikt" not in page


def test_a_long_or_disguised_unknown_value_is_repeated_short_and_plain(client, forum):
    page = html.unescape(client.get("/zoeken", query_string={
        "q": "budget", "gemeente": "\u202eUw sessie is verlopen " + "x" * 5000, "tag": "t" * 5000,
    }).get_data(as_text=True))
    assert "Gemeente “Uw sessie is verlopen " + "x" * 38 + "…”" in " ".join(page.split())
    assert "Er bestaat geen tag “" + "t" * 60 + "…”." in page
    assert "\u202e" not in page and "x" * 100 not in page
    stacked = html.unescape(client.get("/zoeken", query_string={
        "q": "budget", "gemeente": "'s-Hertogenbosch-Oost", "provincie": "e" + "\u0301" * 200,
        "status": "Zalgo" + "\u0489" * 40 + "\u20dd" * 20,
    }).get_data(as_text=True))
    assert ("Gemeente “'s-Hertogenbosch-Oost”, Provincie “é”, Opgelost of open “Zalgo”."
            in " ".join(stacked.split()))


@pytest.mark.parametrize("arguments, message", [
    ({"van": "gisteren"}, "Vul een datum in als 31-12-2025 of kies er een."),
    ({"tot": "31-02-2025"}, "Vul een datum in als 31-12-2025 of kies er een."),
    ({"tot": "9999-12-31"}, "Vul een datum in als 31-12-2025 of kies er een."),
    ({"van": "2025-06-01", "tot": "2025-01-01"}, "De einddatum ligt vóór de begindatum."),
])
def test_bad_dates_are_refused_in_dutch_with_the_form_kept(client, forum, arguments, message):
    response = client.get("/zoeken", query_string={"q": "budget", **arguments})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert message in page
    assert 'value="budget"' in page


def test_filter_form_is_labelled_and_keeps_choices_in_page_links(client, forum):
    author = make_user()
    for number in range(21):
        make_thread(author=author, category=forum["housing"], title=f"Budget nummer {number} voor wonen")
    page = client.get("/zoeken", query_string={"q": "budget", "categorie": "wonen"}).get_data(as_text=True)
    for label in ("Zoekwoorden", "Domein of thema", "Tag", "Gemeente", "Provincie", "Opgelost of open",
                  "Geplaatst vanaf", "Geplaatst tot en met"):
        assert f">{label}</label>" in page
    assert '<optgroup label="Leefomgeving">' in page
    assert "pagina=2" in page and "categorie=wonen" in page


def test_what_a_moderator_removed_is_not_found(client, forum):
    removed = db.session.scalar(select(Thread).where(Thread.title == ZWOLLE))
    db.session.execute(update(Post).where(Post.thread_id == removed.id).values(deleted_at=utcnow()))
    db.session.execute(update(Thread).where(Thread.id == removed.id).values(deleted_at=utcnow()))
    db.session.commit()
    found = titles(client)
    assert BREDA in found and ZWOLLE not in found
    similar = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": "Budget voor woningbouw"})
    assert "woningbouw in Zwolle" not in similar.get_data(as_text=True)
