"""A municipality's page: its facts, members, questions and replies, and the pages behind them."""
import pytest

from forum.accounts.models import STATUS_PENDING
from forum.extensions import db
from tests.factories import make_municipality, make_reply, make_thread, make_user


@pytest.fixture
def utrecht(app):
    municipality = make_municipality("Utrecht", province="Utrecht", population=374_238)
    db.session.commit()
    return municipality


@pytest.fixture
def member(app, login):
    return login(make_user(make_municipality("Zeist")))


def test_anonymous_visitor_is_sent_to_login(client, utrecht):
    for path in ("/gemeenten/utrecht", "/gemeenten/utrecht/vragen", "/gemeenten/utrecht/reacties",
                 "/gemeenten/utrecht/leden"):
        response = client.get(path)
        assert response.status_code == 302
        assert "/inloggen" in response.headers["Location"]


def test_public_forum_shows_the_page_without_login(app, client, utrecht):
    app.config["PUBLIC_READING"] = True
    assert "<h1>Gemeente Utrecht</h1>" in client.get("/gemeenten/utrecht").get_data(as_text=True)


@pytest.mark.parametrize("path", [
    "/gemeenten/atlantis", "/gemeenten/atlantis/vragen", "/gemeenten/%00", "/gemeenten/%00/leden",
    "/gemeenten/Utrecht", "/gemeenten/utrecht%20", "/gemeenten/" + "x" * 500, "/gemeenten/%C3%BCtrecht",
])
def test_unknown_municipality_is_not_found(client, member, path):
    assert client.get(path).status_code == 404


def test_page_shows_facts_members_questions_and_replies(client, member, utrecht):
    jan = make_user(utrecht, name="Jan de Vries", job_title="beleidsadviseur duurzaamheid")
    make_user(utrecht, name="Wachtende Collega", status=STATUS_PENDING)
    question = make_thread(author=jan, title="Hoe besteden jullie sporthallen aan?")
    elsewhere = make_thread(title="Wie heeft ervaring met warmtenetten?")
    reply = make_reply(elsewhere, author=jan, body="Wij hebben een warmtebedrijf opgericht.")
    make_reply(question)  # a reply from another municipality is not Utrecht's

    page = client.get("/gemeenten/utrecht").get_data(as_text=True)

    assert "<h1>Gemeente Utrecht</h1>" in page
    assert "374.238" in page
    assert "<dt>Provincie</dt><dd>Utrecht</dd>" in page
    assert "<dt>Vragen gesteld</dt><dd>1</dd>" in page
    assert "<dt>Reacties gegeven</dt><dd>1</dd>" in page
    assert "Jan de Vries" in page and "beleidsadviseur duurzaamheid" in page
    assert "Wachtende Collega" not in page
    assert f'href="/onderwerp/{question.id}">Hoe besteden jullie sporthallen aan?</a>' in page
    assert f'href="/bericht/{reply.id}">Wie heeft ervaring met warmtenetten?</a>' in page
    assert "1 reactie" in page
    assert "<time datetime=" in page


def test_empty_municipality_says_so(client, member, utrecht):
    page = client.get("/gemeenten/utrecht").get_data(as_text=True)
    assert "Gemeente Utrecht heeft nog geen vragen gesteld." in page
    assert "Gemeente Utrecht heeft nog niet gereageerd." in page
    assert "Gemeente Utrecht heeft nog geen leden op het forum." in page


def test_page_shows_the_newest_ten_and_links_to_the_rest(client, member, utrecht):
    author = make_user(utrecht)
    for number in range(11):
        make_thread(author=author, title=f"Vraag nummer {number:02d} van Utrecht")
    page = client.get("/gemeenten/utrecht").get_data(as_text=True)
    assert "Vraag nummer 10 van Utrecht" in page
    assert "Vraag nummer 00 van Utrecht" not in page
    assert 'href="/gemeenten/utrecht/vragen"' in page
    assert 'href="/gemeenten/utrecht/reacties"' not in page


def test_questions_replies_and_members_are_paginated(app, client, member, utrecht, monkeypatch):
    monkeypatch.setattr("forum.board.municipality_views.ITEMS_PER_PAGE", 2)
    author = make_user(utrecht, name="Auteur Utrecht")
    make_user(utrecht, name="Zwijgende Collega")
    other = make_thread(title="Een vraag van een andere gemeente")
    for number in range(3):
        make_thread(author=author, title=f"Vraag nummer {number} van Utrecht")
        make_reply(other, author=author, body=f"Reactie {number}")

    first = client.get("/gemeenten/utrecht/vragen").get_data(as_text=True)
    assert "<h1>Vragen van Gemeente Utrecht</h1>" in first
    assert "Vraag nummer 2" in first and "Vraag nummer 0" not in first
    assert 'href="/gemeenten/utrecht/vragen?pagina=2"' in first
    assert "Vraag nummer 0" in client.get("/gemeenten/utrecht/vragen?pagina=2").get_data(as_text=True)

    replies = client.get("/gemeenten/utrecht/reacties?pagina=2").get_data(as_text=True)
    assert replies.count("Een vraag van een andere gemeente") == 1
    members = client.get("/gemeenten/utrecht/leden?pagina=1").get_data(as_text=True)
    assert "Auteur Utrecht" in members and "Zwijgende Collega" in members


@pytest.mark.parametrize("suffix", ["vragen", "reacties", "leden"])
@pytest.mark.parametrize("page, status", [("abc", 200), ("-1", 200), ("0", 200), ("2", 404), ("9" * 30, 404)])
def test_bad_page_numbers_give_the_first_page_or_not_found(client, member, utrecht, suffix, page, status):
    assert client.get(f"/gemeenten/utrecht/{suffix}?pagina={page}").status_code == status


def _fill(municipality, threads: int) -> None:
    """`threads` questions and replies by as many members, each in its own category."""
    for number in range(threads):
        author = make_user(municipality)
        thread = make_thread(author=author)
        make_reply(make_thread(), author=author)
        make_reply(thread)


@pytest.mark.parametrize("path", ["/gemeenten/utrecht", "/gemeenten/utrecht/vragen",
                                  "/gemeenten/utrecht/reacties", "/gemeenten/utrecht/leden"])
def test_query_count_does_not_grow_with_the_content(client, member, utrecht, count_queries, path):
    _fill(utrecht, 2)
    db.session.expire_all()
    with count_queries() as few:
        assert client.get(path).status_code == 200
    _fill(utrecht, 13)
    db.session.expire_all()
    with count_queries() as many:
        assert client.get(path).status_code == 200
    assert len(many) == len(few)
    # user, municipality, members, questions, replies; contributions per domain (categories
    # and counts); following: the bell and, on the main page, the member's level
    assert len(few) <= 10


def test_names_and_titles_are_escaped(client, member, utrecht):
    author = make_user(utrecht, name="<b>Jan</b>", job_title="<i>adviseur</i>")
    make_reply(make_thread(author=author, title="<script>alert(1)</script> vraag"), author=author)
    page = client.get("/gemeenten/utrecht").get_data(as_text=True)
    assert "<script>alert" not in page and "<b>Jan" not in page and "<i>adviseur" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; vraag" in page
    assert f'door <a href="/leden/{author.id}">&lt;b&gt;Jan&lt;/b&gt;</a>' in page
