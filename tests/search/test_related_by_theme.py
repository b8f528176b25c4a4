"""Related questions prefer the theme the member chose (ask form, search filter) or the thread's
own theme, and show a question posted twice under one title once."""
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from forum.moderation import posts as moderated_posts
from forum.moderation.threads import merge
from forum.search import vectors
from tests.factories import make_category, make_reply, make_thread, make_user

QUESTION = "Wanneer is de milieustraat open in de zomer?"


def embed_waiting_threads():
    """What the vector worker (`flask search embed`) does."""
    while vectors.embed_queued(limit=64):
        db.session.commit()


@pytest.fixture
def forum(app):
    domain = make_category("Leefomgeving")
    waste, sport = make_category("Afval", parent=domain), make_category("Sport", parent=domain)
    # Enough other questions for the usual spread of likeness to decide what is shown.
    subjects = json.loads((Path(__file__).parents[2] / "bench/corpus/subjects.json").read_text())
    ict = make_category("ICT", parent=make_category("Bedrijfsvoering"))
    for subject in subjects["themes"]["data-en-ict-samenwerking"][:30]:
        make_thread(category=ict, title=subject["title"], body=subject["body"])
    threads = {
        "waste": make_thread(category=waste, title="Openingstijden van de milieustraat in de zomer",
                             body="Gaan jullie in de vakantie later open?"),
        "sport": make_thread(category=sport, title="Milieustraat bij het sportpark: openingstijden in de zomer",
                             body="Verenigingen brengen hun afval na toernooien."),
        "unrelated": make_thread(category=waste, title="Parkeervergunningen voor bewoners van de binnenstad",
                                 body="Hoeveel kost een vergunning bij jullie?"),
    }
    embed_waiting_threads()
    return waste, sport, threads


def question_of(thread):
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))


def order(page: str, *threads) -> list[int]:
    """The threads in the order the page links to them (those it does not list left out)."""
    found = [(page.index(f'href="/onderwerp/{thread.id}"'), thread.id)
             for thread in threads if f'href="/onderwerp/{thread.id}"' in page]
    return [thread_id for _, thread_id in sorted(found)]


def similar(client, **query) -> str:
    response = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": QUESTION, **query})
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_chosen_theme_comes_first_while_typing(client, login, forum):
    waste, sport, threads = forum
    login(make_user())
    both = (threads["waste"], threads["sport"])
    assert order(similar(client, thema=waste.id), *both) == [threads["waste"].id, threads["sport"].id]
    assert order(similar(client, thema=sport.id), *both) == [threads["sport"].id, threads["waste"].id]
    # The preference does not make an unrelated question of that theme "like" the typed one.
    assert f'href="/onderwerp/{threads["unrelated"].id}"' not in similar(client, thema=waste.id)


@pytest.mark.parametrize("value", ["", "abc", "0", "-3", "2147483648", "9999999999", "99999999999999999999", "１",
                                   "7x", "1e3", "9999"])
def test_a_theme_that_is_no_theme_is_no_choice(client, login, forum, value):
    waste, sport, threads = forum
    login(make_user())
    page = similar(client, thema=value)
    assert set(order(page, threads["waste"], threads["sport"])) == {threads["waste"].id, threads["sport"].id}


def test_a_domain_is_no_theme_to_prefer(client, login, forum):
    waste, sport, threads = forum
    login(make_user())
    page = similar(client, thema=waste.parent_id)
    assert set(order(page, threads["waste"], threads["sport"])) == {threads["waste"].id, threads["sport"].id}


def ask_without_script(client, theme):
    return client.post("/vraag-stellen", data={"title": QUESTION, "category": theme.id, "body": "Onze vraag."})


def search_filtered_on(client, theme):
    """No post holds every word, so the related questions are the page's answer."""
    return client.get("/zoeken", query_string={"q": "milieustraat open op zondag", "categorie": theme.slug})


@pytest.mark.parametrize("show, heading", [
    (ask_without_script, "Er zijn al vragen die op de uwe lijken"),
    (search_filtered_on, "Deze vragen lijken op uw zoekvraag"),
])
def test_the_held_back_ask_form_and_a_filtered_search_put_the_chosen_theme_first(client, login, forum, show, heading):
    waste, sport, threads = forum
    login(make_user())
    for theme, first in ((sport, "sport"), (waste, "waste")):
        page = show(client, theme)
        assert page.status_code == 200
        text = page.get_data(as_text=True)
        assert heading in text
        assert order(text, threads["waste"], threads["sport"])[0] == threads[first].id


def test_the_thread_page_prefers_its_own_theme(client, login, forum):
    waste, sport, threads = forum
    asked = {theme.name: make_thread(category=theme, title="Zomertijden van de milieustraat",
                                     body="Geldt dat ook voor het afval van sportverenigingen?")
             for theme in (waste, sport)}
    embed_waiting_threads()
    login(make_user())
    for name, first in (("Afval", "waste"), ("Sport", "sport")):
        text = client.get(f"/onderwerp/{asked[name].id}").get_data(as_text=True)
        section = text[text.index('id="vergelijkbare-vragen-titel"'):]
        assert order(section, threads["waste"], threads["sport"])[0] == threads[first].id


def test_a_question_posted_twice_under_one_title_is_listed_once(client, login, forum):
    waste, sport, threads = forum
    again = make_thread(category=waste, title="Openingstijden van de  milieustraat in de Zomer",
                        body="Onze raad wil een proef met zondagsopenstelling; wat kost extra personeel?")
    # The solution changes its vector, too far for the two to count as one by meaning.
    again.solution_post_id = make_reply(again, body="Wij huren uitzendkrachten in via de regio, "
                                        "tegen 38 euro per uur; de raad betaalt het uit de afvalstoffenheffing.").id
    db.session.commit()
    embed_waiting_threads()
    login(make_user())
    page = similar(client)
    assert page.count("Openingstijden van de") == 1
    assert len(order(page, threads["waste"], again)) == 1


@pytest.mark.parametrize("gone", ["removed", "merged"])
def test_a_removed_or_merged_twin_in_the_chosen_theme_does_not_hide_the_live_one(client, login, forum, gone):
    waste, sport, threads = forum
    twin = make_thread(category=sport, title=threads["waste"].title, body="Gaan jullie in de vakantie later open?")
    embed_waiting_threads()
    moderator = make_user(role="moderator")
    if gone == "removed":
        moderated_posts.delete(question_of(twin), moderator, "Dubbel gesteld")
    else:
        merge(twin, threads["waste"], moderator, "Dubbel gesteld")
    db.session.commit()
    login(make_user())
    page = similar(client, thema=sport.id)
    assert f'href="/onderwerp/{threads["waste"].id}"' in page
    assert f'href="/onderwerp/{twin.id}"' not in page
